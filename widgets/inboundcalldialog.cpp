#include "inboundcalldialog.h"

#include "calltimerwidget.h"
#include "catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

} // namespace

InboundCallDialog::InboundCallDialog(QWidget *parent)
    : QDialog(parent)
    , m_phoneEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_subjectEdit(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_priorityCombo(new QComboBox(this))
    , m_notesEdit(new QPlainTextEdit(this))
    , m_recentList(new QListWidget(this))
    , m_recentLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_createButton(new QPushButton(tr("&Create ticket"), this))
    , m_existingButton(new QPushButton(tr("&Log call on selected"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_timer(new CallTimerWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("inboundCallDialog"));
    setWindowTitle(tr("Inbound call"));
    setModal(true);
    setUpWidgets();
    buildLayout();

    setTabOrder(m_phoneEdit, m_nameEdit);
    setTabOrder(m_nameEdit, m_subjectEdit);
    setTabOrder(m_subjectEdit, m_categoryCombo);
    setTabOrder(m_categoryCombo, m_priorityCombo);
    setTabOrder(m_priorityCombo, m_notesEdit);
    setTabOrder(m_notesEdit, m_recentList);
    setTabOrder(m_recentList, m_existingButton);
    setTabOrder(m_existingButton, m_createButton);
    setTabOrder(m_createButton, m_cancelButton);

    connectSignals();
    resize(820, 460);
}

void InboundCallDialog::setUpWidgets()
{
    const QList<std::tuple<QWidget *, QString, QString>> named{
        {m_phoneEdit, QStringLiteral("callerPhoneEdit"), tr("Caller phone number")},
        {m_nameEdit, QStringLiteral("callerNameEdit"), tr("Caller name")},
        {m_subjectEdit, QStringLiteral("callSubjectEdit"), tr("Subject")},
        {m_categoryCombo, QStringLiteral("callCategoryCombo"), tr("Category")},
        {m_priorityCombo, QStringLiteral("callPriorityCombo"), tr("Priority")},
        {m_notesEdit, QStringLiteral("callNotesEdit"), tr("Call notes")},
        {m_recentList, QStringLiteral("recentTicketsList"), tr("Recent tickets from this caller")},
        {m_createButton, QStringLiteral("createCallTicketButton"), tr("Create ticket")},
        {m_existingButton, QStringLiteral("logOnExistingButton"), tr("Log the call on the selected ticket")},
        {m_cancelButton, QStringLiteral("cancelCallButton"), tr("Cancel")}};
    for (const auto &[widget, name, accessible] : named) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessible);
    }
    m_phoneEdit->setPlaceholderText(tr("(555) 555-0100"));
    m_nameEdit->setPlaceholderText(tr("Who is calling"));
    m_subjectEdit->setPlaceholderText(tr("What the call is about"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setPlaceholderText(tr("Notes: saved as the ticket description and with the call"));
    for (const CodeEntry &e : Catalog::ticketCategories())
        m_categoryCombo->addItem(Catalog::label(Catalog::ticketCategories(), e.key), e.key);
    for (const CodeEntry &e : Catalog::ticketPriorities())
        m_priorityCombo->addItem(Catalog::label(Catalog::ticketPriorities(), e.key), e.key);
    m_priorityCombo->setCurrentIndex(std::max(0, m_priorityCombo->findData(QStringLiteral("normal"))));
    m_recentList->setAlternatingRowColors(true);
    m_recentList->setWordWrap(true);
    m_recentList->setTextElideMode(Qt::ElideRight);
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setSpacing(1);
    m_recentLabel->setObjectName(QStringLiteral("recentTicketsLabel"));
    m_recentLabel->setForegroundRole(QPalette::PlaceholderText);
    m_recentLabel->setWordWrap(true);
    m_errorLabel->setObjectName(QStringLiteral("callErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_createButton->setDefault(true);
}

// The caller form beside the caller's recent tickets, then the call timer and the buttons.
void InboundCallDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Caller &phone:"), m_phoneEdit);
    form->addRow(tr("Caller &name:"), m_nameEdit);
    form->addRow(tr("&Subject:"), m_subjectEdit);
    form->addRow(tr("Ca&tegory:"), m_categoryCombo);
    form->addRow(tr("P&riority:"), m_priorityCombo);
    form->addRow(tr("N&otes:"), m_notesEdit);

    auto *recentTitle = new QLabel(tr("Recent tic&kets from this caller"), this);
    recentTitle->setBuddy(m_recentList);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    auto *right = new QVBoxLayout;
    right->addWidget(recentTitle);
    right->addWidget(m_recentList, 1);
    right->addWidget(m_recentLabel);
    right->addWidget(m_existingButton);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);

    auto *timerRow = new QHBoxLayout;
    auto *timerLabel = new QLabel(tr("Call in progress"), this);
    timerRow->addWidget(timerLabel);
    timerRow->addWidget(m_timer);
    timerRow->addStretch();
    timerRow->addWidget(m_createButton);
    timerRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(timerRow);
}

void InboundCallDialog::connectSignals()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kLookupDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &InboundCallDialog::lookUp);
    connect(m_phoneEdit, &QLineEdit::textChanged, this, [this] {
        m_debounce->start();
        updateButtons();
    });
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &InboundCallDialog::updateButtons);
    connect(m_recentList, &QListWidget::currentRowChanged, this, &InboundCallDialog::updateButtons);
    connect(m_recentList, &QListWidget::itemActivated, this, &InboundCallDialog::submitExisting);
    connect(m_createButton, &QPushButton::clicked, this, &InboundCallDialog::submitNew);
    connect(m_existingButton, &QPushButton::clicked, this, &InboundCallDialog::submitExisting);
    connect(m_cancelButton, &QPushButton::clicked, this, &InboundCallDialog::reject);
}

void InboundCallDialog::startCall(const QString &phone)
{
    setSaving(false);
    for (QLineEdit *edit : {m_nameEdit, m_subjectEdit})
        edit->clear();
    m_notesEdit->clear();
    m_recentList->clear();
    m_lookedUp.clear();
    m_errorLabel->hide();
    m_recentLabel->setText(tr("Type the caller's number to see their recent tickets."));
    m_phoneEdit->setText(phone);
    m_finished.reset();
    m_timer->reset();
    m_timer->start();
    m_phoneEdit->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void InboundCallDialog::lookUp()
{
    const QString digits = digitsOf(m_phoneEdit->text());
    if (digits.size() < 7 || digits == m_lookedUp)
        return;
    m_lookedUp = digits;
    m_recentLabel->setText(tr("Looking up recent tickets…"));
    Q_EMIT recentTicketsRequested(m_phoneEdit->text().trimmed());
}

void InboundCallDialog::setRecentTickets(const QString &phone, const QList<Ticket> &tickets)
{
    if (digitsOf(phone) != digitsOf(m_phoneEdit->text()))
        return; // an answer for a number typed earlier
    m_recentList->clear();
    for (const Ticket &t : tickets) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3\n%4")
                .arg(t.displayNumber(), Catalog::label(Catalog::ticketStatuses(), t.status),
                     QLocale().toString(t.updatedAt.toLocalTime().date(), QLocale::ShortFormat), t.subject),
            m_recentList);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.requesterName);
    }
    m_recentLabel->setText(tickets.isEmpty() ? tr("No tickets from this number in the last 90 days.")
                           : tickets.size() == 1 ? tr("1 recent ticket. Enter on it logs the call there.")
                                                 : tr("%1 recent tickets. Enter on one logs the call there.")
                                                       .arg(tickets.size()));
    if (m_nameEdit->text().isEmpty() && !tickets.isEmpty())
        m_nameEdit->setText(tickets.first().requesterName);
    updateButtons();
}

QJsonObject InboundCallDialog::ticketBody() const
{
    return {{QStringLiteral("subject"), m_subjectEdit->text().trimmed()},
            {QStringLiteral("category"), m_categoryCombo->currentData().toString()},
            {QStringLiteral("priority"), m_priorityCombo->currentData().toString()},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("requester_name"), m_nameEdit->text().trimmed()},
            {QStringLiteral("requester_contact"), m_phoneEdit->text().trimmed()},
            {QStringLiteral("description"), m_notesEdit->toPlainText()}};
}

CallLog InboundCallDialog::finishCall()
{
    // A retry after a failed save keeps the call's original start and end.
    if (!m_finished) {
        CallLog call;
        call.startedAt = m_timer->startedAt();
        m_timer->stop();
        call.endedAt = QDateTime::currentDateTimeUtc();
        if (!call.startedAt.isValid())
            call.startedAt = call.endedAt;
        m_finished = call;
    }
    CallLog call = *m_finished;
    call.direction = QStringLiteral("inbound");
    call.phone = m_phoneEdit->text().trimmed();
    call.body = m_notesEdit->toPlainText().trimmed();
    return call;
}

void InboundCallDialog::submitNew()
{
    if (m_subjectEdit->text().trimmed().isEmpty()) {
        showSaveFailed(tr("Enter a subject for the new ticket."));
        m_subjectEdit->setFocus();
        return;
    }
    const CallLog call = finishCall();
    setSaving(true);
    Q_EMIT ticketSubmitted(ticketBody(), call);
}

void InboundCallDialog::submitExisting()
{
    const QListWidgetItem *item = m_recentList->currentItem();
    if (!item)
        return;
    const CallLog call = finishCall();
    setSaving(true);
    Q_EMIT callOnExistingSubmitted(item->data(Qt::UserRole).toLongLong(), call);
}

void InboundCallDialog::showSaveFailed(const QString &message)
{
    setSaving(false);
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void InboundCallDialog::confirmSaved()
{
    setSaving(false);
    accept();
}

void InboundCallDialog::reject()
{
    if (m_saving)
        return;
    m_timer->reset();
    QDialog::reject();
}

void InboundCallDialog::setSaving(bool saving)
{
    m_saving = saving;
    updateButtons();
}

void InboundCallDialog::updateButtons()
{
    m_createButton->setEnabled(!m_saving && !m_subjectEdit->text().trimmed().isEmpty());
    m_existingButton->setEnabled(!m_saving && m_recentList->currentItem() != nullptr);
    m_cancelButton->setEnabled(!m_saving);
}

} // namespace izdesk
