#include "ticketdetailpanel.h"

#include "calltimerwidget.h"
#include "catalog.h"
#include "timelinecomposer.h"
#include "timelineview.h"

#include <QComboBox>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

TicketDetailPanel::TicketDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_form(new QWidget(this))
    , m_description(new QPlainTextEdit(this))
    , m_editButton(new QPushButton(tr("&Edit"), this))
    , m_statusCombo(new QComboBox(this))
    , m_presenceLabel(new QLabel(this))
    , m_mergedLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sections(new QVBoxLayout)
    , m_timeline(new TimelineView(this))
    , m_composer(new TimelineComposer(this))
{
    setObjectName(QStringLiteral("ticketDetailPanel"));

    buildTitle();
    QLabel *statusBuddy = buildStatusControls();
    QGridLayout *grid = buildFieldGrid();

    m_description->setObjectName(QStringLiteral("descriptionValue"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setReadOnly(true);
    m_description->setMinimumHeight(60);
    m_description->setFrameShape(QFrame::StyledPanel);

    auto *header = new QHBoxLayout;
    header->addWidget(m_numberLabel);
    header->addStretch();
    header->addWidget(statusBuddy);
    header->addWidget(m_statusCombo);
    header->addWidget(m_editButton);

    m_presenceLabel->setObjectName(QStringLiteral("presenceValue"));
    m_presenceLabel->setAccessibleName(tr("Others on this ticket"));
    m_presenceLabel->setTextFormat(Qt::PlainText);
    m_presenceLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4100; font-weight: bold; }"));
    m_presenceLabel->hide();
    m_mergedLabel->setObjectName(QStringLiteral("mergedValue"));
    m_mergedLabel->setAccessibleName(tr("Merged into"));
    m_mergedLabel->setTextFormat(Qt::PlainText);
    m_mergedLabel->setStyleSheet(QStringLiteral("QLabel { color: #5b3a8c; font-weight: bold; }"));
    m_mergedLabel->hide();

    buildTabs(grid);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(12, 8, 12, 8);
    formLayout->addLayout(header);
    formLayout->addWidget(m_subjectLabel);
    formLayout->addWidget(m_presenceLabel);
    formLayout->addWidget(m_mergedLabel);
    m_sections->setContentsMargins(0, 0, 0, 0);
    m_sections->setSpacing(4);
    formLayout->addLayout(m_sections);
    formLayout->addWidget(m_tabs, 1);

    auto *empty = new QLabel(tr("Select a ticket in the queue to see its details."), this);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_statusCombo, m_editButton);
    setTabOrder(m_editButton, m_tabs);
    setTabOrder(m_tabs, m_description);

    connectActions();
    setTicket(std::nullopt);
}

void TicketDetailPanel::buildTitle()
{
    m_numberLabel = new QLabel(m_form);
    m_numberLabel->setObjectName(QStringLiteral("numberValue"));
    m_numberLabel->setAccessibleName(tr("Ticket number"));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numberLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont numberFont = m_numberLabel->font();
    numberFont.setBold(true);
    m_numberLabel->setFont(numberFont);
    m_numberLabel->setMinimumSize(m_numberLabel->fontMetrics().horizontalAdvance(QStringLiteral("T-0000000")) + 8,
                                  m_numberLabel->fontMetrics().height());
    m_subjectLabel = new QLabel(m_form);
    m_subjectLabel->setObjectName(QStringLiteral("subjectValue"));
    m_subjectLabel->setAccessibleName(tr("Subject"));
    m_subjectLabel->setWordWrap(true);
    m_subjectLabel->setTextFormat(Qt::PlainText);
    m_subjectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subjectLabel->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setBold(true);
    m_subjectLabel->setFont(subjectFont);
}

// The header's controls; returns the label of the status box.
QLabel *TicketDetailPanel::buildStatusControls()
{
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setAccessibleName(tr("Edit ticket"));
    m_editButton->setToolTip(tr("Edit this ticket (E in the queue, F2)"));
    m_statusCombo->setObjectName(QStringLiteral("quickStatusCombo"));
    m_statusCombo->setAccessibleName(tr("Change status"));
    for (const CodeEntry &e : Catalog::ticketStatuses())
        m_statusCombo->addItem(Catalog::label(Catalog::ticketStatuses(), e.key), e.key);
    auto *statusBuddy = new QLabel(tr("Set stat&us:"), this);
    statusBuddy->setBuddy(m_statusCombo);
    return statusBuddy;
}

// The fields in two columns of name and value.
QGridLayout *TicketDetailPanel::buildFieldGrid()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto place = [&](int index, const QString &name, const QString &objectName, const QString &accessible) {
        QLabel *value = addField(objectName, accessible);
        auto *key = new QLabel(name, m_form);
        key->setForegroundRole(QPalette::PlaceholderText); // muted, yet readable in light and dark themes
        const int row = index / 2;
        const int column = (index % 2) * 2;
        grid->addWidget(key, row, column, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(value, row, column + 1, Qt::AlignTop);
        return value;
    };
    m_statusLabel = place(0, tr("Status"), QStringLiteral("statusValue"), tr("Status"));
    m_priorityLabel = place(1, tr("Priority"), QStringLiteral("priorityValue"), tr("Priority"));
    m_categoryLabel = place(2, tr("Category"), QStringLiteral("categoryValue"), tr("Category"));
    m_channelLabel = place(3, tr("Channel"), QStringLiteral("channelValue"), tr("Channel"));
    m_requesterLabel = place(4, tr("Requester"), QStringLiteral("requesterValue"), tr("Requester"));
    m_organizationLabel = place(5, tr("Organization"), QStringLiteral("organizationValue"), tr("Organization"));
    m_assigneeLabel = place(6, tr("Assignee"), QStringLiteral("assigneeValue"), tr("Assignee"));
    m_createdLabel = place(7, tr("Created"), QStringLiteral("createdValue"), tr("Created"));
    m_updatedLabel = place(8, tr("Updated"), QStringLiteral("updatedValue"), tr("Updated"));
    return grid;
}

// Details (the field grid and the description) and Timeline.
void TicketDetailPanel::buildTabs(QGridLayout *grid)
{
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 8, 8, 8);
    detailsLayout->addLayout(grid);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_description, 1);
    auto *timeline = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(8, 8, 8, 8);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(m_composer);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Ticket details and timeline"));
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(timeline, tr("Timeline"));
    m_tabs->setDocumentMode(true);
}

void TicketDetailPanel::connectActions()
{
    connect(m_composer, &TimelineComposer::entrySubmitted, this, [this](const QString &kind, const QString &body) {
        if (m_ticket && !m_readOnly)
            Q_EMIT entryRequested(m_ticket->id, kind, body);
    });
    // A call belongs to the ticket it started on, even if the selection moves meanwhile.
    connect(m_composer->callTimer(), &CallTimerWidget::started, this,
            [this] { m_callTicketId = m_ticket ? m_ticket->id : 0; });
    connect(m_composer, &TimelineComposer::callLogged, this, [this](const CallLog &call) {
        if (m_callTicketId)
            Q_EMIT callLogRequested(m_callTicketId, call);
        m_callTicketId = 0;
    });

    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (m_ticket && !m_readOnly)
            Q_EMIT editRequested(m_ticket->id);
    });
    connect(m_statusCombo, &QComboBox::activated, this, &TicketDetailPanel::onStatusPicked);
}

void TicketDetailPanel::addSection(QWidget *section, const QString &title)
{
    Q_ASSERT(section);
    // A group box gives the section a visible title and one accessible name for screen readers.
    auto *box = new QGroupBox(title.isEmpty() ? section->windowTitle() : title, m_form);
    box->setObjectName(section->objectName().isEmpty() ? QStringLiteral("detailSection")
                                                       : section->objectName() + QStringLiteral("Section"));
    box->setAccessibleName(box->title());
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(8, 4, 8, 4);
    boxLayout->addWidget(section);
    section->show();
    m_sections->addWidget(box);
}

QLabel *TicketDetailPanel::addField(const QString &objectName, const QString &accessibleName)
{
    auto *value = new QLabel(m_form);
    value->setObjectName(objectName);
    value->setAccessibleName(accessibleName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return value;
}

void TicketDetailPanel::setTicket(const std::optional<Ticket> &ticket)
{
    const qint64 previous = m_ticket ? m_ticket->id : 0;
    m_ticket = ticket;
    if (!ticket || ticket->id != previous) {
        m_timeline->clear();
        setPresenceText(QString());
        if (ticket) {
            // Only on a new ticket: a refresh of the same one must not overwrite a typed number.
            m_composer->setCallerPhone(ticket->requesterContact.contains(QLatin1Char('@')) ? QString()
                                                                                           : ticket->requesterContact);
            Q_EMIT timelineRequested(ticket->id);
        }
    }
    m_stack->setCurrentIndex(ticket ? 1 : 0);
    if (!ticket) {
        updateEnabled();
        Q_EMIT ticketShown(ticket);
        return;
    }
    const Ticket &t = *ticket;
    m_numberLabel->setText(t.displayNumber());
    m_subjectLabel->setText(t.subject);
    m_statusLabel->setText(Catalog::label(Catalog::ticketStatuses(), t.status));
    m_priorityLabel->setText(Catalog::label(Catalog::ticketPriorities(), t.priority));
    m_categoryLabel->setText(Catalog::label(Catalog::ticketCategories(), t.category));
    m_channelLabel->setText(Catalog::label(Catalog::ticketChannels(), t.channel));
    m_requesterLabel->setText(t.requesterContact.isEmpty() ? t.requesterName
                                                           : tr("%1 — %2").arg(t.requesterName, t.requesterContact));
    m_organizationLabel->setText(t.organizationName.isEmpty() ? tr("—") : t.organizationName);
    m_assigneeLabel->setText(t.assignee.isEmpty() ? tr("Unassigned") : t.assignee);
    m_createdLabel->setText(t.createdBy.isEmpty() ? localTime(t.createdAt)
                                                  : tr("%1 by %2").arg(localTime(t.createdAt), t.createdBy));
    m_updatedLabel->setText(localTime(t.updatedAt));
    m_description->setPlainText(t.description);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(t.status));
    m_composer->setCategory(t.category);
    if (t.mergedInto) {
        Ticket target;
        target.id = *t.mergedInto;
        m_mergedLabel->setText(tr("Merged into %1").arg(target.displayNumber()));
    }
    m_mergedLabel->setVisible(t.mergedInto.has_value());
    updateEnabled();
    Q_EMIT ticketShown(ticket);
}

void TicketDetailPanel::setReadOnly(bool readOnly)
{
    const bool changed = readOnly != m_readOnly;
    m_readOnly = readOnly;
    updateEnabled();
    if (changed)
        Q_EMIT readOnlyChanged(readOnly);
}

int TicketDetailPanel::addTab(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

void TicketDetailPanel::setTabTitle(QWidget *page, const QString &title)
{
    if (const int index = m_tabs->indexOf(page); index >= 0)
        m_tabs->setTabText(index, title);
}

void TicketDetailPanel::showTab(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
}

void TicketDetailPanel::updateEnabled()
{
    const bool editable = m_ticket.has_value() && !m_readOnly;
    m_editButton->setEnabled(editable);
    m_statusCombo->setEnabled(editable);
    m_composer->setEnabled(editable || m_composer->callTimer()->isRunning());
    m_editButton->setToolTip(m_readOnly ? tr("Offline: changes are disabled")
                                        : tr("Edit this ticket (E in the queue, F2)"));
}

void TicketDetailPanel::onStatusPicked(int index)
{
    if (!m_ticket || m_readOnly)
        return;
    const QString status = m_statusCombo->itemData(index).toString();
    if (status == m_ticket->status)
        return;
    // Show the stored status again until the saved ticket comes back: the request may fail.
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(m_ticket->status));
    Q_EMIT statusChangeRequested(m_ticket->id, status);
}

void TicketDetailPanel::setEntries(qint64 ticketId, const QList<TimelineRow> &entries)
{
    if (m_ticket && m_ticket->id == ticketId)
        m_timeline->setEntries(entries);
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(m_timeline->count()));
}

void TicketDetailPanel::appendEntry(qint64 ticketId, const TimelineRow &entry)
{
    if (m_ticket && m_ticket->id == ticketId)
        m_timeline->appendEntry(entry);
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(m_timeline->count()));
}

void TicketDetailPanel::setCannedResponses(const QList<CannedResponseChoice> &responses)
{
    m_composer->setCannedResponses(responses);
}

void TicketDetailPanel::setPresenceText(const QString &text)
{
    m_presenceLabel->setText(text.isEmpty() ? QString() : tr("● %1").arg(text));
    m_presenceLabel->setVisible(!text.isEmpty());
}

QString TicketDetailPanel::presenceText() const
{
    return m_presenceLabel->text();
}

void TicketDetailPanel::confirmEntrySaved()
{
    m_composer->clearAfterSave();
}

void TicketDetailPanel::showTimeline()
{
    m_tabs->setCurrentIndex(1);
}

void TicketDetailPanel::startNote()
{
    showTimeline();
    m_composer->startNote();
}

void TicketDetailPanel::startReply()
{
    showTimeline();
    m_composer->startReply();
}

void TicketDetailPanel::pickCannedResponse()
{
    showTimeline();
    m_composer->pickCannedResponse();
}

void TicketDetailPanel::toggleCallTimer()
{
    if (!m_ticket && !m_composer->callTimer()->isRunning())
        return;
    showTimeline();
    m_composer->toggleCallTimer();
}

} // namespace izdesk
