#include "timelinecomposer.h"

#include "calltimerwidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace izdesk {

TimelineComposer::TimelineComposer(QWidget *parent)
    : QWidget(parent)
    , m_noteRadio(new QRadioButton(tr("Internal &note"), this))
    , m_replyRadio(new QRadioButton(tr("&Reply to caller"), this))
    , m_kindGroup(new QButtonGroup(this))
    , m_cannedCombo(new QComboBox(this))
    , m_edit(new QPlainTextEdit(this))
    , m_addButton(new QPushButton(this))
    , m_directionCombo(new QComboBox(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_callTimer(new CallTimerWidget(this))
{
    setObjectName(QStringLiteral("timelineComposer"));
    m_noteRadio->setObjectName(QStringLiteral("noteRadio"));
    m_noteRadio->setAccessibleName(tr("Internal note"));
    m_replyRadio->setObjectName(QStringLiteral("replyRadio"));
    m_replyRadio->setAccessibleName(tr("Reply to caller"));
    m_noteRadio->setChecked(true);
    m_kindGroup->addButton(m_noteRadio);
    m_kindGroup->addButton(m_replyRadio);

    m_cannedCombo->setObjectName(QStringLiteral("cannedCombo"));
    m_cannedCombo->setAccessibleName(tr("Insert a canned response"));
    m_cannedCombo->setToolTip(tr("Insert a canned response (Ctrl+Shift+K)"));
    m_cannedCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cannedCombo->setMinimumContentsLength(22);

    m_edit->setObjectName(QStringLiteral("entryEdit"));
    m_edit->setAccessibleName(tr("Entry text"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
    m_edit->installEventFilter(this);

    m_addButton->setObjectName(QStringLiteral("addEntryButton"));

    m_directionCombo->setObjectName(QStringLiteral("callDirectionCombo"));
    m_directionCombo->setAccessibleName(tr("Call direction"));
    m_directionCombo->addItem(tr("Inbound"), QStringLiteral("inbound"));
    m_directionCombo->addItem(tr("Outbound"), QStringLiteral("outbound"));
    m_phoneEdit->setObjectName(QStringLiteral("callPhoneEdit"));
    m_phoneEdit->setAccessibleName(tr("Caller phone number"));
    m_phoneEdit->setPlaceholderText(tr("Phone"));
    m_phoneEdit->setMaximumWidth(m_phoneEdit->fontMetrics().horizontalAdvance(QStringLiteral("(555) 555-0100 x000")) + 16);
    auto *callLabel = new QLabel(tr("Ca&ll:"), this);
    callLabel->setBuddy(m_directionCombo);

    auto *top = new QHBoxLayout;
    top->addWidget(m_noteRadio);
    top->addWidget(m_replyRadio);
    top->addStretch();
    top->addWidget(m_cannedCombo);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(callLabel);
    bottom->addWidget(m_directionCombo);
    bottom->addWidget(m_phoneEdit);
    bottom->addWidget(m_callTimer);
    bottom->addStretch();
    bottom->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_edit);
    layout->addLayout(bottom);

    setTabOrder(m_noteRadio, m_replyRadio);
    setTabOrder(m_replyRadio, m_cannedCombo);
    setTabOrder(m_cannedCombo, m_edit);
    setTabOrder(m_edit, m_directionCombo);
    setTabOrder(m_directionCombo, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_callTimer->findChild<QPushButton *>(QStringLiteral("callTimerButton")));

    connect(m_kindGroup, &QButtonGroup::buttonToggled, this, &TimelineComposer::updateButtons);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TimelineComposer::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &TimelineComposer::submit);
    connect(m_cannedCombo, &QComboBox::activated, this, &TimelineComposer::insertCanned);
    connect(m_callTimer, &CallTimerWidget::stopped, this, [this](const QDateTime &from, const QDateTime &to) {
        CallLog call;
        call.direction = m_directionCombo->currentData().toString();
        call.phone = m_phoneEdit->text().trimmed();
        call.body = m_edit->toPlainText().trimmed();
        call.startedAt = from;
        call.endedAt = to;
        Q_EMIT callLogged(call);
    });
    connect(m_callTimer, &CallTimerWidget::started, this, &TimelineComposer::updateButtons);
    connect(m_callTimer, &CallTimerWidget::stopped, this, &TimelineComposer::updateButtons);
    fillCanned();
    updateButtons();
}

QString TimelineComposer::kind() const
{
    return m_replyRadio->isChecked() ? QStringLiteral("reply") : QStringLiteral("note");
}

void TimelineComposer::setCannedResponses(const QList<CannedResponseChoice> &responses)
{
    m_canned = responses;
    fillCanned();
}

void TimelineComposer::setCategory(const QString &category)
{
    m_category = category;
    fillCanned();
}

void TimelineComposer::setCallerPhone(const QString &phone)
{
    if (!m_callTimer->isRunning())
        m_phoneEdit->setText(phone);
}

void TimelineComposer::fillCanned()
{
    m_cannedCombo->clear();
    m_cannedCombo->addItem(tr("Canned response…"), -1);
    for (int i = 0; i < m_canned.size(); ++i) {
        const CannedResponseChoice &c = m_canned.at(i);
        if (c.category.isEmpty() || m_category.isEmpty() || c.category == m_category)
            m_cannedCombo->addItem(c.title, i);
    }
    m_cannedCombo->setEnabled(m_cannedCombo->count() > 1);
}

void TimelineComposer::insertCanned(int index)
{
    const int i = m_cannedCombo->itemData(index).toInt();
    m_cannedCombo->setCurrentIndex(0);
    if (i < 0 || i >= m_canned.size())
        return;
    m_edit->insertPlainText(m_canned.at(i).body);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void TimelineComposer::startNote()
{
    m_noteRadio->setChecked(true);
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void TimelineComposer::startReply()
{
    m_replyRadio->setChecked(true);
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void TimelineComposer::pickCannedResponse()
{
    if (!m_cannedCombo->isEnabled())
        return;
    m_cannedCombo->setFocus(Qt::ShortcutFocusReason);
    m_cannedCombo->showPopup();
}

void TimelineComposer::toggleCallTimer()
{
    m_callTimer->toggle();
}

void TimelineComposer::clearAfterSave()
{
    m_edit->clear();
}

void TimelineComposer::submit()
{
    const QString body = m_edit->toPlainText().trimmed();
    if (body.isEmpty())
        return;
    Q_EMIT entrySubmitted(kind(), body);
}

void TimelineComposer::updateButtons()
{
    const bool reply = m_replyRadio->isChecked();
    m_addButton->setText(reply ? tr("Send reply") : tr("Add note"));
    m_addButton->setAccessibleName(reply ? tr("Send reply to caller") : tr("Add internal note"));
    m_addButton->setToolTip(tr("Ctrl+Enter"));
    m_addButton->setEnabled(!m_edit->toPlainText().trimmed().isEmpty());
    m_edit->setPlaceholderText(m_callTimer->isRunning()
                                   ? tr("Call notes: saved with the call when you stop the timer")
                                   : reply ? tr("Reply the caller will see")
                                           : tr("Internal note, only staff see it"));
}

bool TimelineComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace izdesk
