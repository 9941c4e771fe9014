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

// Tables sit in a scrolling page: each shows all its rows instead of scrolling on its own.
void fitHeight(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    if (table->rowCount() == 0)
        height += table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(height);
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

// One grey row across the table instead of an empty grid.
void setNoneRow(QTableWidget *table, const QString &text)
{
    table->setRowCount(1);
    auto *item = new QTableWidgetItem(text);
    item->setForeground(QColor(0x6b, 0x6b, 0x6b));
    item->setFlags(Qt::ItemIsEnabled);
    table->setItem(0, 0, item);
    table->setSpan(0, 0, 1, table->columnCount());
}

QString consentColor(const QString &kind)
{
    if (kind == QLatin1String("sharing_lock") || kind == QLatin1String("full_opt_out"))
        return QStringLiteral("#b3261e");
    if (kind == QLatin1String("protection"))
        return QStringLiteral("#8a5300");
    return QStringLiteral("#35608f");
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

    // Record page: header, then the sections in a scrolling column.
    auto *page = new QWidget(this);
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_linkButton);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_nameLabel);
    pageLayout->addWidget(m_subtitleLabel);
    pageLayout->addWidget(m_verificationBanner);
    pageLayout->addWidget(scroll, 1);

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

QString PatientRecordView::gated(const QString &value) const
{
    if (value.trimmed().isEmpty())
        return tr("—");
    return m_verified ? value : tr("•••••• hidden until the caller is verified");
}

void PatientRecordView::render()
{
    const PatientRecord &r = m_record;
    m_nameLabel->setText(r.displayName());
    QStringList subtitle;
    subtitle << tr("Born %1").arg(r.birthDate.isValid() ? r.birthDate.toString(Qt::ISODate) : tr("unknown"))
             << PatientResultModel::sexLabel(r.sex);
    if (!r.iisId.isEmpty())
        subtitle << tr("IIS ID %1").arg(r.iisId);
    if (!r.active)
        subtitle << tr("inactive record");
    m_subtitleLabel->setText(subtitle.join(QStringLiteral(" · ")));
    if (m_verified) {
        m_verificationBanner->setText(
            tr("Caller verified — details and history may be discussed within the release rules."));
        m_verificationBanner->setStyleSheet(
            QStringLiteral("background:#e3f1e4; color:#1b5e20; padding:4px 8px; border-radius:3px;"));
    } else {
        m_verificationBanner->setText(tr("Caller not verified — address, phone, mother's maiden name, identifiers, "
                                         "guardians and the immunization history stay hidden."));
        m_verificationBanner->setStyleSheet(
            QStringLiteral("background:#fff4e0; color:#6d4300; padding:4px 8px; border-radius:3px;"));
    }

    // Consent badges: always visible — they decide what may be released at all.
    while (QLayoutItem *item = m_badgeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList details;
    for (const PatientConsent &c : r.consents) {
        if (!c.active)
            continue;
        auto *badge = new QLabel(PatientResultModel::consentLabel(c.kind), m_badgeRow);
        badge->setObjectName(QStringLiteral("consentBadge_%1").arg(c.kind));
        badge->setAccessibleName(PatientResultModel::consentLabel(c.kind));
        badge->setStyleSheet(
            QStringLiteral("color:white; background:%1; border-radius:8px; padding:2px 8px; font-weight:600;")
                .arg(consentColor(c.kind)));
        m_badgeLayout->addWidget(badge);
        badge->show(); // added to a visible row: shown now, not on the next event loop turn
        details << tr("%1: since %2, source %3")
                       .arg(PatientResultModel::consentLabel(c.kind),
                            c.effectiveDate.isValid() ? c.effectiveDate.toString(Qt::ISODate) : tr("unknown date"),
                            c.source.isEmpty() ? tr("not recorded") : c.source);
    }
    if (details.isEmpty()) {
        auto *none = new QLabel(tr("No consent restrictions on file"), m_badgeRow);
        none->setObjectName(QStringLiteral("noConsentLabel"));
        m_badgeLayout->addWidget(none);
        none->show();
    }
    m_badgeLayout->addStretch(1);
    m_consentDetails->setText(details.join(QLatin1Char('\n')));
    m_consentDetails->setVisible(!details.isEmpty());

    if (r.birthDate.isValid()) {
        const QDate today = QDate::currentDate();
        int age = today.year() - r.birthDate.year();
        if (today < r.birthDate.addYears(age))
            --age;
        m_dobValue->setText(tr("%1 (age %2)").arg(r.birthDate.toString(Qt::ISODate)).arg(qMax(0, age)));
    } else {
        m_dobValue->setText(tr("—"));
    }
    m_sexValue->setText(PatientResultModel::sexLabel(r.sex));
    m_multipleValue->setText(r.multipleBirth ? tr("Yes, birth order %1").arg(r.birthOrder) : tr("No"));
    QStringList aliases;
    for (const PatientAlias &a : r.aliases)
        aliases << QStringList{a.firstName, a.middleName, a.lastName}.join(QLatin1Char(' ')).simplified();
    m_aliasValue->setText(aliases.isEmpty() ? tr("—") : aliases.join(QStringLiteral("; ")));
    m_motherValue->setText(gated(r.motherMaidenName));
    QStringList addresses;
    for (const PatientAddress &a : r.addresses) {
        if (a.current || r.addresses.size() == 1)
            addresses << a.oneLine();
    }
    m_addressValue->setText(gated(addresses.join(QLatin1Char('\n'))));
    QStringList phones;
    for (const PatientPhone &p : r.phones)
        phones << (p.kind.isEmpty() ? p.number : tr("%1 (%2)").arg(p.number, p.kind));
    m_phoneValue->setText(gated(phones.join(QStringLiteral(", "))));
    QStringList race;
    for (const QString &code : {r.race, r.ethnicity}) {
        if (!code.isEmpty())
            race << PatientResultModel::raceEthnicityLabel(code);
    }
    m_raceValue->setText(race.isEmpty() ? tr("—") : race.join(QStringLiteral(" / ")));
    m_facilityValue->setText(r.owningFacilityCode.isEmpty() ? tr("—") : r.owningFacilityCode);

    m_identifiers->clearSpans();
    m_identifiers->setRowCount(static_cast<int>(r.identifiers.size()));
    for (int i = 0; i < r.identifiers.size(); ++i) {
        const PatientIdentifier &id = r.identifiers.at(i);
        const QString type = PatientResultModel::identifierLabel(id.type);
        // The IIS ID is how the desk names a patient (header, verification wizard): never masked.
        const bool visible = m_verified || id.type == QLatin1String("iis_id");
        setRow(m_identifiers, i,
               {type.isEmpty() ? id.type : type, visible ? id.value : tr("••••••"), id.assigningFacility,
                id.status.isEmpty() ? tr("current") : id.status});
    }
    if (r.identifiers.isEmpty())
        setNoneRow(m_identifiers, tr("No identifiers on file"));
    m_identifiers->resizeColumnsToContents();
    fitHeight(m_identifiers);

    m_guardians->clearSpans();
    m_guardians->setRowCount(static_cast<int>(r.guardians.size()));
    for (int i = 0; i < r.guardians.size(); ++i) {
        const PatientGuardian &g = r.guardians.at(i);
        setRow(m_guardians, i,
               {m_verified ? QStringLiteral("%1 %2").arg(g.firstName, g.lastName).trimmed() : tr("••••••"),
                g.relationship, g.phone.isEmpty() ? QString() : gated(g.phone)});
    }
    if (r.guardians.isEmpty())
        setNoneRow(m_guardians, tr("No guardians on file"));
    m_guardians->resizeColumnsToContents();
    fitHeight(m_guardians);
    renderHistory();

    m_verifyButton->setEnabled(r.isValid() && !m_hasHistory);
    m_linkButton->setEnabled(r.isValid() && m_linkTicketId != 0 && !m_linked);
    m_linkButton->setText(m_linked         ? tr("Linked to %1").arg(m_linkLabel)
                          : m_linkTicketId ? tr("&Link to %1").arg(m_linkLabel)
                                           : tr("&Link to ticket"));
}

void PatientRecordView::renderHistory()
{
    if (!m_hasHistory) {
        m_historyGate->setText(tr("Verify the caller to see the immunization history."));
        showHistoryPage(m_historyGate);
        return;
    }
    if (m_scope == QLatin1String("compliance_only")) {
        m_historyTable->setColumnCount(2);
        m_historyTable->setHorizontalHeaderLabels({tr("Vaccine group"), tr("Doses")});
        m_historyTable->setRowCount(static_cast<int>(m_compliance.size()));
        for (int i = 0; i < m_compliance.size(); ++i)
            setRow(m_historyTable, i, {m_compliance.at(i).first, QString::number(m_compliance.at(i).second)});
    } else {
        m_historyTable->setColumnCount(7);
        m_historyTable->setHorizontalHeaderLabels(
            {tr("Date"), tr("Vaccine"), tr("CVX"), tr("Manufacturer"), tr("Lot"), tr("Record"), tr("Facility")});
        m_historyTable->setRowCount(static_cast<int>(m_history.size()));
        for (int i = 0; i < m_history.size(); ++i) {
            const PatientImmunization &im = m_history.at(i);
            const QString name
                = !im.vaccineName.isEmpty() ? im.vaccineName : m_vaccineNames.value(im.cvx, tr("CVX %1").arg(im.cvx));
            setRow(m_historyTable, i,
                   {im.administeredDate.toString(Qt::ISODate), name, im.cvx,
                    im.manufacturer.isEmpty() ? im.mvx : im.manufacturer, im.lot,
                    im.recordType == QLatin1String("historical") ? tr("Historical") : tr("Administered"),
                    im.facilityCode});
        }
    }
    if (m_historyTable->rowCount() == 0) {
        m_historyGate->setText(tr("No immunizations on file."));
        showHistoryPage(m_historyGate);
        return;
    }
    m_historyTable->resizeColumnsToContents();
    fitHeight(m_historyTable);
    showHistoryPage(m_historyTable);
}

void PatientRecordView::showHistoryPage(QWidget *page)
{
    // The stack is as tall as the page shown, not as its tallest page.
    m_historyStack->setCurrentWidget(page);
    m_historyStack->setFixedHeight(page->sizeHint().height());
}

} // namespace izdesk
