#pragma once

#include "ticket.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace izdesk {

struct ReportChartData;

// Reports computed from the local replica (TicketReport; no row cap): volume by day,
// category and channel, backlog and aging, SLA compliance, top categories and tickets per
// specialist, for a chosen period. Each report is a Qt Charts chart next to a table of the
// same numbers. "Export CSV…" asks where to save and emits the table; the app writes it
// through ReportExporter (the widget does no file I/O). GUI thread only.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    enum class Report { VolumeByDay, VolumeByCategory, VolumeByChannel, Backlog, SlaCompliance, TopCategories,
                        PerSpecialist };

    explicit ReportsView(QWidget *parent = nullptr);

    void setTickets(const QList<Ticket> &tickets);
    // Tests pin "now" (UTC); invalid = the system clock.
    void setNow(const QDateTime &nowUtc);
    void showReport(Report report);
    void setPeriodDays(int days);

    QStringList tableHeader() const { return m_header; }
    QList<QStringList> tableRows() const { return m_rows; }
    QChartView *chartView() const { return m_chartView; }

Q_SIGNALS:
    void csvExportRequested(const QString &path, const QStringList &header, const QList<QStringList> &rows);

public Q_SLOTS:
    void showExportResult(const QString &message);

private:
    ReportChartData computeReport(Report report, const QDate &from, const QDate &to);
    void fillTable();
    void recompute();
    void exportCsv();
    QDateTime now() const;

    QComboBox *m_reportCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_exportButton = nullptr;
    QList<Ticket> m_tickets;
    QDateTime m_now;
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace izdesk
