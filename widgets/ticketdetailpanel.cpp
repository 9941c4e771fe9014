#include "ticketdetailpanel.h"

#include "catalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
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
{
    setObjectName(QStringLiteral("ticketDetailPanel"));

    m_numberLabel = new QLabel(m_form);
    m_numberLabel->setObjectName(QStringLiteral("numberValue"));
    m_numberLabel->setAccessibleName(tr("Ticket number"));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numberLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-weight: bold; }"));
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

    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setAccessibleName(tr("Edit ticket"));
    m_editButton->setToolTip(tr("Edit this ticket (E in the queue, F2)"));
    m_statusCombo->setObjectName(QStringLiteral("quickStatusCombo"));
    m_statusCombo->setAccessibleName(tr("Change status"));
    for (const CodeEntry &e : Catalog::ticketStatuses())
        m_statusCombo->addItem(Catalog::label(Catalog::ticketStatuses(), e.key), e.key);
    auto *statusBuddy = new QLabel(tr("Set stat&us:"), this);
    statusBuddy->setBuddy(m_statusCombo);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto place = [&](int index, const QString &name, const QString &objectName, const QString &accessible) {
        QLabel *value = addField(objectName, accessible);
        auto *key = new QLabel(name, m_form);
        key->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
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

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(12, 8, 12, 8);
    formLayout->addLayout(header);
    formLayout->addWidget(m_subjectLabel);
    formLayout->addSpacing(4);
    formLayout->addLayout(grid);
    formLayout->addSpacing(4);
    formLayout->addWidget(m_description, 1);

    auto *empty = new QLabel(tr("Select a ticket in the queue to see its details."), this);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_statusCombo, m_editButton);
    setTabOrder(m_editButton, m_description);

    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    f2->setContext(Qt::WindowShortcut);
    connect(f2, &QShortcut::activated, m_editButton, &QPushButton::click);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (m_ticket && !m_readOnly)
            Q_EMIT editRequested(m_ticket->id);
    });
    connect(m_statusCombo, &QComboBox::activated, this, &TicketDetailPanel::onStatusPicked);
    setTicket(std::nullopt);
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
    m_ticket = ticket;
    m_stack->setCurrentIndex(ticket ? 1 : 0);
    if (!ticket) {
        updateEnabled();
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
    updateEnabled();
}

void TicketDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void TicketDetailPanel::updateEnabled()
{
    const bool editable = m_ticket.has_value() && !m_readOnly;
    m_editButton->setEnabled(editable);
    m_statusCombo->setEnabled(editable);
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

} // namespace izdesk
