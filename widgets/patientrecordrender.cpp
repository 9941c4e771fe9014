// PatientRecordView: filling the record page from the record, masked until the caller is verified.
#include "patientrecordview.h"

#include "patientresultmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>

namespace izdesk {

namespace {

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

QString PatientRecordView::gated(const QString &value) const
{
    if (value.trimmed().isEmpty())
        return tr("—");
    return m_verified ? value : tr("•••••• hidden until the caller is verified");
}

void PatientRecordView::render()
{
    renderHeader();
    renderConsents();
    renderDemographics();
    renderIdentifiers();
    renderGuardians();
    renderHistory();

    const PatientRecord &r = m_record;
    m_verifyButton->setEnabled(r.isValid() && !m_hasHistory);
    m_linkButton->setEnabled(r.isValid() && m_linkTicketId != 0 && !m_linked);
    m_linkButton->setText(m_linked         ? tr("Linked to %1").arg(m_linkLabel)
                          : m_linkTicketId ? tr("&Link to %1").arg(m_linkLabel)
                                           : tr("&Link to ticket"));
}

void PatientRecordView::renderHeader()
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
}

// Consent badges: always visible — they decide what may be released at all.
void PatientRecordView::renderConsents()
{
    const PatientRecord &r = m_record;
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
}

void PatientRecordView::renderDemographics()
{
    const PatientRecord &r = m_record;
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
}

void PatientRecordView::renderIdentifiers()
{
    const PatientRecord &r = m_record;
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
}

void PatientRecordView::renderGuardians()
{
    const PatientRecord &r = m_record;
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
