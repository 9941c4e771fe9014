#include "patientrecordview.h"

#include "patientresultmodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                        QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Width follows the dock, not the longest cell (the page scrolls vertically only).
    table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    table->setMinimumWidth(120);
    return table;
}

} // namespace

PatientRecordView::PatientRecordView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_verificationBanner(new QLabel(this))
    , m_badgeRow(new QWidget(this))
    , m_badgeLayout(new QHBoxLayout(m_badgeRow))
    , m_consentDetails(new QLabel(this))
    , m_historyStack(new QStackedWidget(this))
    , m_historyGate(new QLabel(this))
    , m_backButton(new QPushButton(tr("&Back to results"), this))
    , m_verifyButton(new QPushButton(tr("&Verify caller…"), this))
    , m_linkButton(new QPushButton(tr("&Link to ticket"), this))
{
    setObjectName(QStringLiteral("patientRecordView"));
    setUpLabels();
    buildButtons();
    QWidget *page = buildRecordPage();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_linkButton);

    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addStretch(1);
    m_stack->addWidget(messagePage);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    clear();
}

void PatientRecordView::setUpLabels()
{
    m_message->setObjectName(QStringLiteral("recordMessage"));
    m_message->setAccessibleName(tr("Record status"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_nameLabel->setObjectName(QStringLiteral("patientNameValue"));
    m_nameLabel->setAccessibleName(tr("Patient name"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_subtitleLabel->setObjectName(QStringLiteral("patientSubtitle"));
    m_subtitleLabel->setAccessibleName(tr("Patient summary"));
    m_verificationBanner->setObjectName(QStringLiteral("verificationBanner"));
    m_verificationBanner->setAccessibleName(tr("Verification status"));
    m_verificationBanner->setWordWrap(true);
    m_badgeRow->setObjectName(QStringLiteral("consentBadges"));
    m_badgeRow->setAccessibleName(tr("Consent and protection"));
    m_badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badgeLayout->setSpacing(6);
    m_consentDetails->setObjectName(QStringLiteral("consentDetails"));
    m_consentDetails->setAccessibleName(tr("Consent details"));
    // No word wrap inside the scrolling page: wrapped labels make its height depend on its
    // width, which QScrollArea lays out badly (squashed and stretched sections).
    m_consentDetails->setWordWrap(false);
}

void PatientRecordView::buildButtons()
{
    m_backButton->setObjectName(QStringLiteral("backToResultsButton"));
    m_backButton->setAccessibleName(tr("Back to the search results"));
    m_backButton->setToolTip(tr("Back to the search results (Esc)"));
    m_verifyButton->setObjectName(QStringLiteral("verifyCallerButton"));
    m_verifyButton->setAccessibleName(tr("Verify the caller's identity"));
    m_linkButton->setObjectName(QStringLiteral("recordLinkButton"));
    m_linkButton->setAccessibleName(tr("Link this patient to the current ticket"));
    connect(m_backButton, &QPushButton::clicked, this, &PatientRecordView::backRequested);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] {
        if (m_record.isValid())
            Q_EMIT verifyRequested(m_record.id);
    });
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        if (m_record.isValid() && m_linkTicketId)
            Q_EMIT linkRequested(m_record.id);
    });
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, m_backButton, &QPushButton::click);
    auto *link = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    link->setContext(Qt::WidgetWithChildrenShortcut);
    connect(link, &QShortcut::activated, m_linkButton, &QPushButton::click);
}

// The record page: header, then the sections in a scrolling column.
QWidget *PatientRecordView::buildRecordPage()
{
    auto *page = new QWidget(this);
    QWidget *content = buildSections(page);

    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("recordScroll"));
    scroll->setAccessibleName(tr("Patient record"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // Keyboard users land in the record and scroll it with the arrow keys; Esc goes back.
    scroll->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(scroll);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_nameLabel);
    pageLayout->addWidget(m_subtitleLabel);
    pageLayout->addWidget(m_verificationBanner);
    pageLayout->addWidget(scroll, 1);
    return page;
}

// Consents, demographics, identifiers, guardians and the history, one above the other.
QWidget *PatientRecordView::buildSections(QWidget *page)
{
    auto *content = new QWidget(page);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 6, 0);

    auto *demographics = new QGroupBox(tr("Demographics"), content);
    auto *form = new QFormLayout(demographics);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_dobValue = addField(demographics, tr("Date of birth:"), QStringLiteral("dobValue"));
    m_sexValue = addField(demographics, tr("Sex:"), QStringLiteral("sexValue"));
    m_multipleValue = addField(demographics, tr("Multiple birth:"), QStringLiteral("multipleBirthValue"));
    m_aliasValue = addField(demographics, tr("Also known as:"), QStringLiteral("aliasValue"));
    m_motherValue = addField(demographics, tr("Mother's maiden name:"), QStringLiteral("motherMaidenValue"));
    m_addressValue = addField(demographics, tr("Address:"), QStringLiteral("addressValue"));
    m_phoneValue = addField(demographics, tr("Phone:"), QStringLiteral("phoneValue"));
    m_raceValue = addField(demographics, tr("Race / ethnicity:"), QStringLiteral("raceValue"));
    m_facilityValue = addField(demographics, tr("Owning facility:"), QStringLiteral("owningFacilityValue"));

    auto *consents = new QGroupBox(tr("Consent and protection"), content);
    auto *consentLayout = new QVBoxLayout(consents);
    consentLayout->addWidget(m_badgeRow);
    consentLayout->addWidget(m_consentDetails);

    auto *identifiers = new QGroupBox(tr("Identifiers"), content);
    m_identifiers = makeTable(QStringLiteral("identifiersTable"), tr("Identifiers"),
                              {tr("Type"), tr("Value"), tr("Assigning facility"), tr("Status")}, identifiers);
    (new QVBoxLayout(identifiers))->addWidget(m_identifiers);

    auto *guardians = new QGroupBox(tr("Guardians"), content);
    m_guardians = makeTable(QStringLiteral("guardiansTable"), tr("Guardians"),
                            {tr("Name"), tr("Relationship"), tr("Phone")}, guardians);
    (new QVBoxLayout(guardians))->addWidget(m_guardians);

    auto *history = new QGroupBox(tr("Immunization history"), content);
    m_historyGate->setObjectName(QStringLiteral("historyGateLabel"));
    m_historyGate->setAccessibleName(tr("Immunization history status"));
    m_historyGate->setWordWrap(true);
    m_historyGate->setAlignment(Qt::AlignCenter);
    m_historyGate->setMinimumHeight(60);
    m_historyTable = makeTable(
        QStringLiteral("historyTable"), tr("Immunization history"),
        {tr("Date"), tr("Vaccine"), tr("CVX"), tr("Manufacturer"), tr("Lot"), tr("Record"), tr("Facility")}, history);
    m_historyStack->addWidget(m_historyGate);
    m_historyStack->addWidget(m_historyTable);
    (new QVBoxLayout(history))->addWidget(m_historyStack);

    column->addWidget(consents);
    column->addWidget(demographics);
    column->addWidget(identifiers);
    column->addWidget(guardians);
    column->addWidget(history);
    column->addStretch(1);
    return content;
}

QLabel *PatientRecordView::addField(QWidget *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form);
    value->setObjectName(objectName);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    static_cast<QFormLayout *>(form->layout())->addRow(label, value);
    return value;
}

void PatientRecordView::clear()
{
    m_record = {};
    m_verified = false;
    m_hasHistory = false;
    m_linked = false;
    m_history.clear();
    m_compliance.clear();
    m_message->setText(tr("No patient open. Find a patient and press Enter to open the record."));
    m_stack->setCurrentIndex(0);
    m_verifyButton->setEnabled(false);
    m_linkButton->setEnabled(false);
}

void PatientRecordView::showLoading()
{
    m_message->setText(tr("Loading the record…"));
    m_stack->setCurrentIndex(0);
}

void PatientRecordView::showError(const QString &message)
{
    m_message->setText(tr("The record could not be opened: %1").arg(message));
    m_stack->setCurrentIndex(0);
}

void PatientRecordView::setRecord(const PatientRecord &record)
{
    m_record = record;
    m_verified = false;
    m_hasHistory = false;
    m_linked = false;
    m_history.clear();
    m_compliance.clear();
    m_scope.clear();
    render();
    m_stack->setCurrentIndex(1);
}

void PatientRecordView::setVerified(bool verified)
{
    m_verified = verified;
    if (m_record.isValid())
        render();
}

void PatientRecordView::setHistory(const QJsonObject &historyReply)
{
    m_scope = historyReply.value(QStringLiteral("scope")).toString();
    m_history = PatientImmunization::listFromJson(historyReply.value(QStringLiteral("immunizations")).toArray());
    m_compliance.clear();
    for (const QJsonValue &v : historyReply.value(QStringLiteral("compliance")).toArray()) {
        const QJsonObject o = v.toObject();
        m_compliance.append(
            {o.value(QStringLiteral("vaccine_group")).toString(), o.value(QStringLiteral("doses")).toInt()});
    }
    m_hasHistory = true;
    m_verified = true;
    if (m_record.isValid())
        render();
}

void PatientRecordView::setVaccineNames(const QHash<QString, QString> &names)
{
    m_vaccineNames = names;
    if (m_hasHistory)
        renderHistory();
}

void PatientRecordView::setLinkTarget(qint64 ticketId, const QString &ticketLabel)
{
    m_linkTicketId = ticketId;
    m_linkLabel = ticketLabel;
    if (m_record.isValid())
        render();
    else
        m_linkButton->setText(tr("&Link to ticket"));
}

void PatientRecordView::setLinked(bool linked)
{
    m_linked = linked;
    if (m_record.isValid())
        render();
}

} // namespace izdesk
