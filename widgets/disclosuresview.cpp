#include "disclosuresview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QString &accessible, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false);
    return t;
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString methodName(const QString &method)
{
    if (method == QLatin1String("read"))
        return DisclosuresView::tr("Read to the caller");
    if (method == QLatin1String("mail"))
        return DisclosuresView::tr("Mailed");
    if (method == QLatin1String("fax"))
        return DisclosuresView::tr("Faxed");
    if (method == QLatin1String("print"))
        return DisclosuresView::tr("Printed for pick-up");
    return method;
}

QString alertKind(const QString &kind)
{
    if (kind == QLatin1String("release_locked"))
        return DisclosuresView::tr("Phone release locked (failed attempts)");
    if (kind == QLatin1String("referral"))
        return DisclosuresView::tr("Referred by a specialist");
    return kind;
}

} // namespace

DisclosuresView::DisclosuresView(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("disclosuresView"));
    setWindowTitle(tr("Disclosures and alerts"));

    QGroupBox *alerts = buildAlertsGroup();
    QGroupBox *disclosures = buildDisclosuresGroup();

    m_message->setObjectName(QStringLiteral("disclosuresMessage"));
    m_message->setAccessibleName(tr("Status"));
    m_message->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("disclosuresCloseButton"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alerts, 1);
    layout->addWidget(disclosures, 1);
    layout->addLayout(bottom);
    for (QPushButton *b : {m_refreshAlerts, m_acknowledge, m_liftLock, m_showDisclosures, close})
        b->setAutoDefault(false);

    connectSignals();
    resize(760, 620);
    updateButtons();
}

// Open alerts with acknowledge and lift lock (which needs a reason).
QGroupBox *DisclosuresView::buildAlertsGroup()
{
    auto *alerts = new QGroupBox(tr("Open alerts"), this);
    alerts->setAccessibleName(alerts->title());
    m_alertTable = makeTable(alerts, QStringLiteral("alertTable"), tr("Open alerts"),
                             {tr("Alert"), tr("Ticket"), tr("Patient record"), tr("Raised")});
    m_refreshAlerts = new QPushButton(tr("Re&fresh"), alerts);
    m_refreshAlerts->setObjectName(QStringLiteral("refreshAlertsButton"));
    m_refreshAlerts->setAccessibleName(tr("Refresh the open alerts"));
    m_acknowledge = new QPushButton(tr("&Acknowledge"), alerts);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alert"));
    m_reason = new QLineEdit(alerts);
    m_reason->setObjectName(QStringLiteral("liftReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for lifting the lock"));
    m_reason->setPlaceholderText(tr("Reason for lifting the lock (required)"));
    m_liftLock = new QPushButton(tr("&Lift lock"), alerts);
    m_liftLock->setObjectName(QStringLiteral("liftLockButton"));
    m_liftLock->setAccessibleName(tr("Lift today's phone release lock for the selected alert's patient"));
    auto *alertButtons = new QHBoxLayout;
    alertButtons->addWidget(m_refreshAlerts);
    alertButtons->addWidget(m_acknowledge);
    alertButtons->addWidget(m_reason, 1);
    alertButtons->addWidget(m_liftLock);
    auto *alertLayout = new QVBoxLayout(alerts);
    alertLayout->addWidget(m_alertTable, 1);
    alertLayout->addLayout(alertButtons);
    return alerts;
}

// The accounting of disclosures of one patient record.
QGroupBox *DisclosuresView::buildDisclosuresGroup()
{
    auto *disclosures = new QGroupBox(tr("Accounting of disclosures"), this);
    disclosures->setAccessibleName(disclosures->title());
    auto *patientLabel = new QLabel(tr("Patient &record:"), disclosures);
    m_patient = new QSpinBox(disclosures);
    m_patient->setObjectName(QStringLiteral("disclosurePatientSpin"));
    m_patient->setAccessibleName(tr("Patient record number"));
    m_patient->setRange(0, 999999999);
    patientLabel->setBuddy(m_patient);
    m_showDisclosures = new QPushButton(tr("&Show disclosures"), disclosures);
    m_showDisclosures->setObjectName(QStringLiteral("showDisclosuresButton"));
    m_showDisclosures->setAccessibleName(tr("Show the disclosures of this patient record"));
    m_disclosureTable = makeTable(disclosures, QStringLiteral("disclosureTable"), tr("Disclosures"),
                                  {tr("When"), tr("Method"), tr("Caller type"), tr("Recipient"), tr("Ticket"), tr("By")});
    auto *patientRow = new QHBoxLayout;
    patientRow->addWidget(patientLabel);
    patientRow->addWidget(m_patient);
    patientRow->addWidget(m_showDisclosures);
    patientRow->addStretch(1);
    auto *disclosureLayout = new QVBoxLayout(disclosures);
    disclosureLayout->addLayout(patientRow);
    disclosureLayout->addWidget(m_disclosureTable, 1);
    return disclosures;
}

void DisclosuresView::connectSignals()
{
    connect(m_refreshAlerts, &QPushButton::clicked, this, &DisclosuresView::alertsRequested);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAlertId())
            Q_EMIT acknowledgeRequested(id);
    });
    connect(m_liftLock, &QPushButton::clicked, this, [this] {
        const qint64 patient = selectedAlertPatient();
        if (patient == 0)
            return;
        if (m_reason->text().trimmed().isEmpty()) {
            showMessage(tr("Give a reason for lifting the lock."), true);
            m_reason->setFocus();
            return;
        }
        Q_EMIT liftLockRequested(patient, m_reason->text().trimmed());
    });
    connect(m_showDisclosures, &QPushButton::clicked, this, [this] {
        if (m_patient->value() > 0)
            Q_EMIT disclosuresRequested(m_patient->value());
    });
    connect(m_alertTable, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (const qint64 patient = selectedAlertPatient())
            m_patient->setValue(int(patient));
    });
    connect(m_reason, &QLineEdit::textChanged, this, &DisclosuresView::updateButtons);
}

void DisclosuresView::showFor(qint64 patientId)
{
    if (patientId > 0) {
        m_patient->setValue(int(patientId));
        Q_EMIT disclosuresRequested(patientId);
    }
    Q_EMIT alertsRequested();
    m_alertTable->setFocus();
}

void DisclosuresView::setAlerts(const QList<AlertRow> &alerts)
{
    m_alerts = alerts;
    m_alertTable->setRowCount(int(alerts.size()));
    for (int r = 0; r < alerts.size(); ++r) {
        const AlertRow &a = alerts[r];
        const QStringList cells{alertKind(a.kind), a.ticketId ? QStringLiteral("#%1").arg(a.ticketId) : QString(),
                                a.patientId ? QStringLiteral("#%1").arg(a.patientId) : QString(), localTime(a.createdAt)};
        for (int c = 0; c < cells.size(); ++c)
            m_alertTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_alertTable->resizeColumnsToContents();
    m_alertTable->resizeRowsToContents();
    if (!alerts.isEmpty())
        m_alertTable->selectRow(0);
    updateButtons();
    if (alerts.isEmpty())
        showMessage(tr("No open alerts."));
}

void DisclosuresView::setDisclosures(qint64 patientId, const QList<DisclosureRow> &rows)
{
    m_patient->setValue(int(patientId));
    m_disclosureTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const DisclosureRow &d = rows[r];
        const QStringList cells{localTime(d.disclosedAt), methodName(d.method), d.callerType, d.recipient,
                                QStringLiteral("#%1").arg(d.ticketId), d.disclosedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_disclosureTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_disclosureTable->resizeColumnsToContents();
    showMessage(rows.isEmpty() ? tr("No disclosures recorded for patient record #%1.").arg(patientId)
                               : tr("%n disclosure(s) for patient record #%1.", nullptr, int(rows.size())).arg(patientId));
}

void DisclosuresView::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #a50e0e; }") : QString());
    m_message->setText(error ? tr("⚠ %1").arg(message) : message);
}

qint64 DisclosuresView::selectedAlertId() const
{
    const int row = m_alertTable->currentRow();
    return row >= 0 && row < m_alerts.size() && m_alertTable->selectionModel()->hasSelection() ? m_alerts[row].id : 0;
}

qint64 DisclosuresView::selectedAlertPatient() const
{
    const int row = m_alertTable->currentRow();
    return row >= 0 && row < m_alerts.size() && m_alertTable->selectionModel()->hasSelection() ? m_alerts[row].patientId : 0;
}

void DisclosuresView::updateButtons()
{
    m_acknowledge->setEnabled(selectedAlertId() != 0);
    m_liftLock->setEnabled(selectedAlertPatient() != 0);
}

} // namespace izdesk
