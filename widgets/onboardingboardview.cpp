#include "onboardingboardview.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace izdesk {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
// The style sheet's item margin, border and padding around a card's text, each side.
constexpr int kCardFrame = 2 + 2 + 6;

// Gives each card the height its wrapped lines need at the column's width (the list's own
// estimate ignores the style sheet's padding, and cuts the last line).
void sizeCards(QListWidget *list)
{
    const int width = list->viewport()->width() - 2 * kCardFrame - 4;
    if (width <= 0)
        return;
    const QFontMetrics metrics(list->font());
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const QRect text = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text());
        item->setSizeHint(QSize(width, text.height() + 2 * kCardFrame + 2));
    }
}

// Cards as boxes; the selected one stands out with the palette's highlight.
const char *kCardStyle = "QListWidget { background: palette(window); border: none; outline: 0; }"
                         "QListWidget::item { background: palette(base); border: 1px solid #b9bec6;"
                         " border-radius: 4px; margin: 3px 2px; padding: 6px; }"
                         "QListWidget::item:selected { border: 2px solid palette(highlight); color: palette(text); }";

} // namespace

OnboardingBoardView::OnboardingBoardView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_invite(new QPushButton(tr("&Invite"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("onboardingBoardView"));
    setWindowTitle(tr("Onboarding board"));
    m_filter->setObjectName(QStringLiteral("onboardingFilter"));
    m_filter->setAccessibleName(tr("Filter the board"));
    m_filter->setPlaceholderText(tr("Filter by organization, stage or status (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setObjectName(QStringLiteral("onboardingRefresh"));
    m_refresh->setAccessibleName(tr("Reload the board"));
    m_invite->setObjectName(QStringLiteral("onboardingInvite"));
    m_invite->setAccessibleName(tr("Invite the selected queue entry"));
    m_invite->setToolTip(tr("Start a project for the selected waiting organization"));
    m_withdraw->setObjectName(QStringLiteral("onboardingWithdrawEntry"));
    m_withdraw->setAccessibleName(tr("Withdraw the selected queue entry"));
    m_status->setObjectName(QStringLiteral("onboardingBoardStatus"));
    m_status->setAccessibleName(tr("Board status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *filterLabel = new QLabel(tr("Fil&ter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(8);
    for (int column = 0; column < OnboardingBoard::columnCount(); ++column)
        columns->addWidget(buildColumn(column), 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_board.setFilter(text);
        render();
    });
    // Down from the filter goes to the first column with cards.
    m_filter->installEventFilter(this);
    connect(m_refresh, &QPushButton::clicked, this, &OnboardingBoardView::refreshRequested);
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this,
            &OnboardingBoardView::refreshRequested);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_invite, &QPushButton::clicked, this, [this] {
        const OnboardingCard card = cardOf(m_lists.at(OnboardingBoard::QueueColumn)->currentItem());
        if (card.kind == OnboardingCard::Kind::QueueEntry && card.waiting)
            Q_EMIT inviteRequested(card.id);
    });
    connect(m_withdraw, &QPushButton::clicked, this, &OnboardingBoardView::askWithdraw);
    setMayManage(false);
    render();
    resize(1280, 640);
}

QFrame *OnboardingBoardView::buildColumn(int column)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(4, 4, 4, 4);
    auto *title = new QLabel(frame);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    const QString key
        = column == OnboardingBoard::QueueColumn ? QStringLiteral("queue") : OnboardingBoard::columnStage(column);
    title->setObjectName(QStringLiteral("onboardingTitle_%1").arg(key));
    auto *list = new QListWidget(frame);
    list->setObjectName(QStringLiteral("onboardingColumn_%1").arg(key));
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setUniformItemSizes(false);
    list->setSpacing(0);
    list->setStyleSheet(QLatin1String(kCardStyle));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust); // cards re-wrap when the column's width changes
    list->installEventFilter(this);
    list->viewport()->installEventFilter(this);
    title->setBuddy(list);
    box->addWidget(title);
    box->addWidget(list, 1);
    if (column == OnboardingBoard::QueueColumn) {
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_invite);
        buttons->addWidget(m_withdraw);
        box->addLayout(buttons);
    }
    m_titles.append(title);
    m_lists.append(list);
    connect(list, &QListWidget::itemActivated, this, &OnboardingBoardView::activate);
    connect(list, &QListWidget::currentItemChanged, this, &OnboardingBoardView::updateQueueButtons);
    return frame;
}

void OnboardingBoardView::setBoard(const QList<OnboardingProject> &projects, const QList<OnboardingQueueEntry> &queue,
                                   const QDateTime &now)
{
    const OnboardingCard keep = currentCard();
    const bool hadFocus = isAncestorOf(focusWidget()) && focusWidget() != m_filter;
    m_board.setNow(now);
    m_board.setProjects(projects);
    m_board.setQueue(queue);
    m_loaded = true;
    int waiting = 0;
    for (const OnboardingQueueEntry &e : queue)
        waiting += e.isWaiting() ? 1 : 0;
    m_summary = tr("%n active project(s)", nullptr, m_board.projectCount()) + QStringLiteral(" · ")
                + tr("%n overdue", nullptr, m_board.overdueCount()) + QStringLiteral(" · ")
                + tr("%n waiting in the queue", nullptr, waiting) + QStringLiteral(" · ")
                + tr("updated %1").arg(QLocale().toString(now.toLocalTime().time(), QStringLiteral("HH:mm")));
    render();
    if (keep.id) {
        if (const auto at = m_board.locate(keep.kind, keep.id)) {
            QListWidget *list = m_lists.at(at->first);
            list->setCurrentRow(at->second);
            if (hadFocus)
                list->setFocus();
        }
    }
    showMessage(QString());
}

void OnboardingBoardView::render()
{
    for (int column = 0; column < m_lists.size(); ++column)
        fillColumn(column);
    updateQueueButtons();
}

void OnboardingBoardView::fillColumn(int column)
{
    QListWidget *list = m_lists.at(column);
    const OnboardingCard keep = cardOf(list->currentItem());
    list->clear();
    const QList<OnboardingCard> cards = m_board.cards(column);
    m_titles.at(column)->setText(m_board.columnTitle(column));
    list->setAccessibleName(m_board.columnTitle(column));
    for (const OnboardingCard &card : cards) {
        QString second = card.timing;
        if (card.kind == OnboardingCard::Kind::Project && card.overdue)
            second = tr("OVERDUE · %1").arg(card.timing);
        const QString text = card.organization + QLatin1Char('\n') + second + QLatin1Char('\n') + card.gateText;
        auto *item = new QListWidgetItem(text, list);
        item->setData(IdRole, card.id);
        item->setData(KindRole, int(card.kind));
        item->setData(Qt::AccessibleTextRole, text.split(QLatin1Char('\n')).join(QStringLiteral(", ")));
        if (card.kind == OnboardingCard::Kind::Project && card.overdue)
            item->setForeground(QBrush(QColor(0x9b, 0x1c, 0x1c)));
        else if (card.kind == OnboardingCard::Kind::Project && card.gateMet)
            item->setForeground(QBrush(QColor(0x1e, 0x5e, 0x2e)));
        if (card.id == keep.id && card.kind == keep.kind)
            list->setCurrentItem(item);
    }
    if (cards.isEmpty() && m_loaded) {
        auto *none = new QListWidgetItem(m_board.filter().isEmpty() ? tr("Nothing here") : tr("No match"), list);
        none->setFlags(Qt::NoItemFlags);
    }
    sizeCards(list);
}

OnboardingCard OnboardingBoardView::cardOf(const QListWidgetItem *item) const
{
    OnboardingCard card;
    if (!item || !item->data(IdRole).isValid())
        return card;
    card.kind = OnboardingCard::Kind(item->data(KindRole).toInt());
    card.id = item->data(IdRole).toLongLong();
    if (card.kind == OnboardingCard::Kind::QueueEntry) {
        if (const OnboardingQueueEntry *e = m_board.queueEntry(card.id))
            card.waiting = e->isWaiting();
    }
    return card;
}

OnboardingCard OnboardingBoardView::currentCard() const
{
    for (QListWidget *list : m_lists) {
        if (list->hasFocus())
            return cardOf(list->currentItem());
    }
    for (QListWidget *list : m_lists) {
        if (!list->selectedItems().isEmpty())
            return cardOf(list->currentItem());
    }
    return {};
}

bool OnboardingBoardView::focusProject(qint64 projectId)
{
    const auto at = m_board.locate(OnboardingCard::Kind::Project, projectId);
    if (!at)
        return false;
    QListWidget *list = m_lists.at(at->first);
    list->setFocus();
    list->setCurrentRow(at->second);
    return true;
}

void OnboardingBoardView::activate(QListWidgetItem *item)
{
    const OnboardingCard card = cardOf(item);
    if (card.kind == OnboardingCard::Kind::Project && card.id)
        Q_EMIT projectOpenRequested(card.id);
    else if (card.kind == OnboardingCard::Kind::QueueEntry && card.id)
        showMessage(m_mayManage && card.waiting ? tr("A queue entry becomes a project when it is invited (Alt+I).")
                                                : tr("A queue entry becomes a project when a supervisor invites it."));
}

void OnboardingBoardView::moveColumn(int from, int step)
{
    const int row = from >= 0 ? qMax(0, m_lists.at(from)->currentRow()) : 0; // from -1: the filter
    for (int column = from + step; column >= 0 && column < m_lists.size(); column += step) {
        QListWidget *list = m_lists.at(column);
        if (list->count() == 0 || !(list->item(0)->flags() & Qt::ItemIsEnabled))
            continue; // an empty column is skipped
        list->setFocus();
        list->setCurrentRow(qMin(row, list->count() - 1));
        return;
    }
}

bool OnboardingBoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (QListWidget *list : std::as_const(m_lists)) {
            if (watched == list->viewport())
                sizeCards(list);
        }
    }
    if (event->type() == QEvent::FocusIn && m_lists.contains(static_cast<QListWidget *>(watched))) {
        // One card is selected on the board: the one in the column with the focus.
        for (QListWidget *list : std::as_const(m_lists)) {
            if (list != watched)
                list->clearSelection();
        }
        if (auto *list = qobject_cast<QListWidget *>(watched); list && list->currentItem())
            list->currentItem()->setSelected(true);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down) {
            moveColumn(-1, 1);
            return true;
        }
        return false;
    }
    const int column = int(m_lists.indexOf(static_cast<QListWidget *>(watched)));
    if (column < 0 || key->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
        moveColumn(column, key->key() == Qt::Key_Left ? -1 : 1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OnboardingBoardView::updateQueueButtons()
{
    const OnboardingCard card = cardOf(m_lists.at(OnboardingBoard::QueueColumn)->currentItem());
    m_invite->setEnabled(m_mayManage && card.id && card.waiting);
    m_withdraw->setEnabled(m_mayManage && card.id && card.waiting);
}

void OnboardingBoardView::askWithdraw()
{
    const OnboardingCard card = cardOf(m_lists.at(OnboardingBoard::QueueColumn)->currentItem());
    const OnboardingQueueEntry *entry = m_board.queueEntry(card.id);
    if (!entry || !entry->isWaiting())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("onboardingWithdrawEntryDialog"));
    dialog.setWindowTitle(tr("Withdraw from the queue"));
    dialog.setLabelText(tr("Why is %1 withdrawn from the queue?").arg(entry->organization.name));
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    Q_EMIT withdrawEntryRequested(card.id, dialog.textValue().trimmed());
}

void OnboardingBoardView::setMayManage(bool mayManage)
{
    m_mayManage = mayManage;
    m_invite->setVisible(mayManage);
    m_withdraw->setVisible(mayManage);
    updateQueueButtons();
}

void OnboardingBoardView::showLoading()
{
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Loading the board…"));
}

void OnboardingBoardView::showMessage(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #9b1c1c;") : QString());
    if (message.isEmpty())
        m_status->setText(m_loaded ? m_summary : QString());
    else
        m_status->setText(m_summary.isEmpty() ? message : message + QStringLiteral("  —  ") + m_summary);
}

QString OnboardingBoardView::statusText() const
{
    return m_status->text();
}

void OnboardingBoardView::clear()
{
    m_board = OnboardingBoard();
    m_loaded = false;
    m_summary.clear();
    m_filter->clear();
    render();
    showMessage(QString());
}

} // namespace izdesk
