#pragma once

#include <QObject>
#include <QTimer>

namespace izdesk {

class MainWindow;
class ReportExporter;
class ReportsView;
class TicketListModel;

// View ▸ Reports: a window of reports computed from the replica (the queue model's tickets),
// recomputed a second after the replica changes while it is shown; CSV files are written by
// ReportExporter on a worker thread. GUI thread only.
class ReportsConnector : public QObject
{
    Q_OBJECT

public:
    ReportsConnector(MainWindow *window, TicketListModel *model, QObject *parent = nullptr);
    ~ReportsConnector() override;

    ReportsView *view() const { return m_view; }
    void open();
    void close();

private:
    void reload();

    TicketListModel *m_model;
    ReportsView *m_view;
    ReportExporter *m_exporter;
    QTimer m_reload;
};

} // namespace izdesk
