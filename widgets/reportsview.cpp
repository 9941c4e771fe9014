#include "reportsview.h"

#include "catalog.h"
#include "reportchartbuilder.h"
#include "ticketreport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

const QColor kBlue(0x1f, 0x6f, 0xb5);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x78, 0x90, 0x9c);

QString categoryLabel(const QString &key)
{
    return Catalog::label(Catalog::ticketCategories(), key);
}

// Counts -> chart data and table rows, with display labels for the keys.
void fromCounts(const QList<TicketReport::Count> &counts, const std::function<QString(const QString &)> &label,
                const QString &seriesName, ReportChartData *chart, QList<QStringList> *rows)
{
    ReportChartData::Series series{seriesName, {}, kBlue};
    for (const TicketReport::Count &c : counts) {
        const QString text = label ? label(c.key) : c.key;
        chart->categories << text;
        series.values << c.count;
        rows->append({text, QString::number(c.count)});
    }
    chart->series = {series};
}

} // namespace

ReportsView::ReportsView(QWidget *parent)
    : QWidget(parent)
    , m_reportCombo(new QComboBox(this))
    , m_periodCombo(new QComboBox(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("reportsView"));
    setWindowTitle(tr("Reports"));
    m_reportCombo->setObjectName(QStringLiteral("reportCombo"));
    m_reportCombo->setAccessibleName(tr("Report"));
    const QList<QPair<QString, Report>> reports{
        {tr("Volume by day"), Report::VolumeByDay},       {tr("Volume by category"), Report::VolumeByCategory},
        {tr("Volume by channel"), Report::VolumeByChannel}, {tr("Backlog and aging"), Report::Backlog},
        {tr("SLA compliance"), Report::SlaCompliance},    {tr("Top categories"), Report::TopCategories},
        {tr("Tickets per specialist"), Report::PerSpecialist}};
    for (const auto &[text, report] : reports)
        m_reportCombo->addItem(text, int(report));
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setAccessibleName(tr("Period"));
    m_periodCombo->addItem(tr("Last 7 days"), 7);
    m_periodCombo->addItem(tr("Last 30 days"), 30);
    m_periodCombo->addItem(tr("Last 90 days"), 90);
    m_periodCombo->addItem(tr("Last 365 days"), 365);
    m_periodCombo->setCurrentIndex(1);
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setAccessibleName(tr("Report chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 260);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setAccessibleName(tr("Export the table as CSV"));

    auto *reportLabel = new QLabel(tr("&Report:"), this);
    reportLabel->setBuddy(m_reportCombo);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(reportLabel);
    bar->addWidget(m_reportCombo);
    bar->addSpacing(12);
    bar->addWidget(periodLabel);
    bar->addWidget(m_periodCombo);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_exportButton);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_reportCombo, &QComboBox::currentIndexChanged, this, &ReportsView::recompute);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &ReportsView::recompute);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsView::exportCsv);
    resize(980, 520);
    recompute();
}

void ReportsView::setTickets(const QList<Ticket> &tickets)
{
    m_tickets = tickets;
    recompute();
}

void ReportsView::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    recompute();
}

QDateTime ReportsView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void ReportsView::showReport(Report report)
{
    m_reportCombo->setCurrentIndex(m_reportCombo->findData(int(report)));
}

void ReportsView::setPeriodDays(int days)
{
    m_periodCombo->setCurrentIndex(std::max(0, m_periodCombo->findData(days)));
}

void ReportsView::recompute()
{
    const auto report = Report(m_reportCombo->currentData().toInt());
    const int days = m_periodCombo->currentData().toInt();
    const QDate to = now().date().addDays(1);
    const QDate from = to.addDays(-days);
    const bool periodMatters = report != Report::Backlog;
    m_periodCombo->setEnabled(periodMatters);
    const ReportChartData chart = computeReport(report, from, to);
    m_chartView->setChart(ReportChartBuilder::build(chart, m_reportCombo->currentText()));
    fillTable();
    m_summary->setText(periodMatters ? tr("%1 – %2 · computed from %3 tickets on this computer")
                                           .arg(QLocale().toString(from, QLocale::ShortFormat),
                                                QLocale().toString(to.addDays(-1), QLocale::ShortFormat))
                                           .arg(m_tickets.size())
                                     : tr("Open now · computed from %1 tickets on this computer").arg(m_tickets.size()));
    m_exportButton->setEnabled(!m_rows.isEmpty());
}

// The chart and the table rows (m_header, m_rows) of one report over [from, to).
ReportChartData ReportsView::computeReport(Report report, const QDate &from, const QDate &to)
{
    ReportChartData chart;
    m_rows.clear();
    const QString tickets = tr("Tickets");
    switch (report) {
    case Report::VolumeByDay: {
        m_header = {tr("Day"), tickets};
        fromCounts(TicketReport::volumeByDay(m_tickets, from, to),
                   [](const QString &k) { return QLocale().toString(QDate::fromString(k, Qt::ISODate), QStringLiteral("d MMM")); },
                   tickets, &chart, &m_rows);
        break;
    }
    case Report::VolumeByCategory:
        m_header = {tr("Category"), tickets};
        fromCounts(TicketReport::volumeByCategory(m_tickets, from, to), categoryLabel, tickets, &chart, &m_rows);
        chart.horizontal = true;
        break;
    case Report::VolumeByChannel:
        m_header = {tr("Channel"), tickets};
        fromCounts(TicketReport::volumeByChannel(m_tickets, from, to),
                   [](const QString &k) { return Catalog::label(Catalog::ticketChannels(), k); }, tickets, &chart,
                   &m_rows);
        break;
    case Report::Backlog: {
        m_header = {tr("Age"), tr("Open tickets")};
        QList<TicketReport::Count> counts;
        for (const TicketReport::Aging &a : TicketReport::backlogAging(m_tickets, now()))
            counts.append({a.bucket, a.count});
        fromCounts(counts, nullptr, tr("Open tickets"), &chart, &m_rows);
        break;
    }
    case Report::SlaCompliance: {
        m_header = {tr("Priority"), tr("Met"), tr("Breached"), tr("% met")};
        ReportChartData::Series met{tr("Met"), {}, kGreen};
        ReportChartData::Series breached{tr("Breached"), {}, kRed};
        for (const TicketReport::SlaCompliance &c : TicketReport::slaCompliance(m_tickets, from, to)) {
            const QString label = Catalog::label(Catalog::ticketPriorities(), c.priority);
            chart.categories << label;
            met.values << c.met;
            breached.values << c.breached;
            m_rows.append({label, QString::number(c.met), QString::number(c.breached),
                           c.met + c.breached == 0 ? tr("—") : QLocale().toString(c.percentMet(), 'f', 1)});
        }
        chart.series = {met, breached};
        chart.stacked = true;
        break;
    }
    case Report::TopCategories:
        m_header = {tr("Category"), tickets};
        fromCounts(TicketReport::topCategories(m_tickets, 10, from, to), categoryLabel, tickets, &chart, &m_rows);
        chart.horizontal = true;
        break;
    case Report::PerSpecialist: {
        m_header = {tr("Specialist"), tr("Resolved in period"), tr("Open now")};
        ReportChartData::Series resolved{tr("Resolved in period"), {}, kGreen};
        ReportChartData::Series open{tr("Open now"), {}, kGrey};
        for (const TicketReport::Handled &h : TicketReport::handledPerSpecialist(m_tickets, from, to)) {
            chart.categories << h.assignee;
            resolved.values << h.resolved;
            open.values << h.open;
            m_rows.append({h.assignee, QString::number(h.resolved), QString::number(h.open)});
        }
        chart.series = {resolved, open};
        break;
    }
    }
    return chart;
}

void ReportsView::fillTable()
{
    m_table->clear();
    m_table->setColumnCount(int(m_header.size()));
    m_table->setHorizontalHeaderLabels(m_header);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(m_rows.at(r).at(c));
            item->setTextAlignment(c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_header.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void ReportsView::exportCsv()
{
    const QString name = m_reportCombo->currentText().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        Q_EMIT csvExportRequested(path, m_header, m_rows);
}

void ReportsView::showExportResult(const QString &message)
{
    m_summary->setText(message);
}

} // namespace izdesk
