#include "ticketqueueview.h"

#include "catalog.h"
#include "ticketfilterproxymodel.h"
#include "ticketitemdelegate.h"
#include "ticketlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace izdesk {

namespace {

const QString kMe = QStringLiteral("@me");

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TicketQueueView::TicketQueueView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new TicketFilterProxyModel(this))
    , m_statusCombo(new QComboBox(this))
    , m_assigneeCombo(new QComboBox(this))
    , m_categoryCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_dueTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketQueueView"));

    setUpFilters();
    setUpTable();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(buddyLabel(tr("&Status:"), m_statusCombo, this));
    bar->addWidget(m_statusCombo);
    bar->addSpacing(8);
    bar->addWidget(buddyLabel(tr("&Assignee:"), m_assigneeCombo, this));
    bar->addWidget(m_assigneeCombo);
    bar->addSpacing(8);
    bar->addWidget(buddyLabel(tr("Ca&tegory:"), m_categoryCombo, this));
    bar->addWidget(m_categoryCombo);
    bar->addSpacing(8);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    setTabOrder(m_statusCombo, m_assigneeCombo);
    setTabOrder(m_assigneeCombo, m_categoryCombo);
    setTabOrder(m_categoryCombo, m_searchEdit);
    setTabOrder(m_searchEdit, m_table);

    createKeyActions();
    connectSignals();

    m_proxy->setStatusFilter(QLatin1String(TicketFilterProxyModel::kActiveStatuses));
    updateCount();
}

// The filter bar: status, assignee, category and the search line.
void TicketQueueView::setUpFilters()
{
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->addItem(tr("Active"), QLatin1String(TicketFilterProxyModel::kActiveStatuses));
    m_statusCombo->addItem(tr("All"), QString());
    for (const CodeEntry &e : Catalog::ticketStatuses())
        m_statusCombo->addItem(Catalog::label(Catalog::ticketStatuses(), e.key), e.key);

    m_assigneeCombo->setObjectName(QStringLiteral("assigneeFilter"));
    m_assigneeCombo->setAccessibleName(tr("Assignee filter"));
    fillAssigneeCombo();

    m_categoryCombo->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryCombo->setAccessibleName(tr("Category filter"));
    m_categoryCombo->addItem(tr("All categories"), QString());
    for (const CodeEntry &e : Catalog::ticketCategories())
        m_categoryCombo->addItem(Catalog::label(Catalog::ticketCategories(), e.key), e.key);
    m_categoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_categoryCombo->setMinimumContentsLength(18);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search tickets"));
    m_searchEdit->setPlaceholderText(tr("Search number, subject, requester… (Ctrl+F or /)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
}

void TicketQueueView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setAccessibleName(tr("Ticket queue"));
    m_table->setModel(m_proxy);
    m_delegate = new TicketItemDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->installEventFilter(this);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("Ticket count"));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void TicketQueueView::createKeyActions()
{
    // Single-key bindings of the table, as actions so Help ▸ Keyboard shortcuts lists them.
    auto tableAction = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                              auto slot) {
        auto *action = new QAction(text, m_table);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        m_keyActions.append(action);
    };
    tableAction(QStringLiteral("nextTicketAction"), tr("Next ticket"), {Qt::Key_J}, [this] { moveCurrent(1); });
    tableAction(QStringLiteral("previousTicketAction"), tr("Previous ticket"), {Qt::Key_K}, [this] { moveCurrent(-1); });
    tableAction(QStringLiteral("slashSearchAction"), tr("Search the queue"), {Qt::Key_Slash}, [this] { focusSearch(); });
    tableAction(QStringLiteral("openTicketAction"), tr("Edit the selected ticket"), {Qt::Key_E, Qt::Key_Return},
                [this] {
                    if (m_currentId)
                        Q_EMIT ticketActivated(m_currentId);
                });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &TicketQueueView::focusSearch);
}

void TicketQueueView::connectSignals()
{
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &TicketQueueView::applyFilters);
    connect(m_assigneeCombo, &QComboBox::currentIndexChanged, this, &TicketQueueView::applyFilters);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &TicketQueueView::applyFilters);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &TicketQueueView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TicketQueueView::syncCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        syncCurrent();
        Q_EMIT selectionCountChanged(int(m_table->selectionModel()->selectedRows().size()));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = idAt(index))
            Q_EMIT ticketActivated(id);
    });
    // Rows come and go under the selection (filters, live updates): keep the count and the
    // announced current ticket truthful.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateCount(); syncCurrent(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateCount(); syncCurrent(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); syncCurrent(); });

    // The Due column counts down: repaint (and re-sort) that column only, every 30 s.
    m_dueTimer->setObjectName(QStringLiteral("dueTimer"));
    m_dueTimer->setInterval(kDueTickMs);
    connect(m_dueTimer, &QTimer::timeout, this, [this] {
        if (m_source)
            m_source->refreshDueColumn();
    });
    m_dueTimer->start();
}

void TicketQueueView::setSourceModel(TicketListModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    m_proxy->setSourceModel(model);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &TicketQueueView::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &TicketQueueView::updateCount);
    }
    // The active queue works soonest-to-breach first.
    m_table->sortByColumn(TicketListModel::DueColumn, Qt::AscendingOrder);

    QHeaderView *header = m_table->horizontalHeader();
    // Fit the short coded columns to their longest label (bold, as the delegate may draw
    // them); free-text columns get a fixed share and the subject takes the rest.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    auto fit = [&fm](const QStringList &texts) {
        int width = 0;
        for (const QString &t : texts)
            width = std::max(width, fm.horizontalAdvance(t));
        return width + 20;
    };
    auto labels = [](const QList<CodeEntry> &codes) {
        QStringList out;
        for (const CodeEntry &e : codes)
            out << Catalog::label(codes, e.key);
        return out;
    };
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    const QList<QPair<int, int>> widths{
        {TicketListModel::NumberColumn, fit({QStringLiteral("T-000000")})},
        {TicketListModel::StatusColumn, fit(labels(Catalog::ticketStatuses()))},
        {TicketListModel::PriorityColumn, fit(labels(Catalog::ticketPriorities()))},
        {TicketListModel::CategoryColumn, std::min(fit(labels(Catalog::ticketCategories())), 9 * em)},
        {TicketListModel::ChannelColumn, fit(labels(Catalog::ticketChannels()))},
        {TicketListModel::RequesterColumn, 10 * em},
        {TicketListModel::AssigneeColumn, fit({tr("Unassigned"), QStringLiteral("supervisor")})},
        {TicketListModel::UpdatedColumn, fit({sampleTime})},
        {TicketListModel::DueColumn, fit({tr("Breached 9h 59m ago")}) + fm.height()}};
    header->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    // Due sits next to Priority on screen; the model keeps it last so column numbers stay put.
    header->moveSection(header->visualIndex(TicketListModel::DueColumn),
                        header->visualIndex(TicketListModel::PriorityColumn) + 1);
    for (const auto &[column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    updateCount();
}

void TicketQueueView::setCurrentUser(const QString &username)
{
    m_currentUser = username;
    applyFilters();
}

void TicketQueueView::setStaff(const QList<StaffChoice> &staff)
{
    m_staff = staff;
    fillAssigneeCombo();
}

void TicketQueueView::fillAssigneeCombo()
{
    const QString previous = m_assigneeCombo->currentData().toString();
    const QSignalBlocker blocker(m_assigneeCombo);
    m_assigneeCombo->clear();
    m_assigneeCombo->addItem(tr("Anyone"), QString());
    m_assigneeCombo->addItem(tr("Unassigned"), QLatin1String(TicketFilterProxyModel::kUnassigned));
    m_assigneeCombo->addItem(tr("Me"), kMe);
    if (!m_staff.isEmpty())
        m_assigneeCombo->insertSeparator(m_assigneeCombo->count());
    for (const StaffChoice &s : m_staff) {
        const QString text = s.displayName.isEmpty() ? s.username
                                                     : tr("%1 (%2)").arg(s.displayName, s.username);
        m_assigneeCombo->addItem(text, s.username);
    }
    const int index = m_assigneeCombo->findData(previous);
    m_assigneeCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void TicketQueueView::applyFilters()
{
    m_proxy->setStatusFilter(m_statusCombo->currentData().toString());
    QString assignee = m_assigneeCombo->currentData().toString();
    if (assignee == kMe)
        assignee = m_currentUser.isEmpty() ? QStringLiteral("@nobody") : m_currentUser;
    m_proxy->setAssigneeFilter(assignee);
    m_proxy->setCategoryFilter(m_categoryCombo->currentData().toString());
    m_proxy->setTextFilter(m_searchEdit->text());
    updateCount();
    syncCurrent();
}

void TicketQueueView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_source ? m_source->rowCount() : 0;
    m_countLabel->setText(tr("%1 of %2 tickets").arg(shown).arg(total));
}

qint64 TicketQueueView::idAt(const QModelIndex &proxyIndex) const
{
    // A ticket created offline and not yet sent has a negative local id: nothing can be done
    // to it until the server has it, so for the rest of the desk it is not a ticket yet.
    const qint64 id = proxyIndex.isValid() ? proxyIndex.data(TicketListModel::TicketIdRole).toLongLong() : 0;
    return id > 0 ? id : 0;
}

void TicketQueueView::syncCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected = current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {});
    const qint64 id = selected ? idAt(current) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentTicketChanged(id);
}

QList<qint64> TicketQueueView::selectedTicketIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const qint64 id = idAt(index))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TicketQueueView::setPresence(const QHash<qint64, QString> &presence)
{
    m_delegate->setPresence(presence);
    m_table->viewport()->update();
}

bool TicketQueueView::selectTicket(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (idAt(index) == id) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            syncCurrent();
            return true;
        }
    }
    return false;
}

bool TicketQueueView::selectFirstTicket()
{
    if (m_proxy->rowCount() == 0)
        return false;
    return selectTicket(idAt(m_proxy->index(0, 0)));
}

void TicketQueueView::moveCurrent(int delta)
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, m_proxy->rowCount() - 1) : 0;
    const QModelIndex target = m_proxy->index(row, current.isValid() ? current.column() : 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

void TicketQueueView::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void TicketQueueView::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid())
        moveCurrent(0);
}

bool TicketQueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_table && plain && key->key() == Qt::Key_Enter) { // keypad Enter, like Return
        if (m_currentId)
            Q_EMIT ticketActivated(m_currentId);
        return true;
    }
    if (watched == m_searchEdit && plain) {
        if (key->key() == Qt::Key_Escape) {
            if (m_searchEdit->text().isEmpty())
                focusTable();
            else
                m_searchEdit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            focusTable();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace izdesk
