#include "reportsconnector.h"

#include "mainwindow.h"
#include "reportexporter.h"
#include "reportsview.h"
#include "ticketlistmodel.h"

namespace izdesk {

ReportsConnector::ReportsConnector(MainWindow *window, TicketListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(new ReportsView)
    , m_exporter(new ReportExporter(this))
{
    m_view->setWindowFlag(Qt::Window);
    m_view->setWindowIcon(window->windowIcon());
    m_reload.setSingleShot(true);
    m_reload.setInterval(1000);
    connect(&m_reload, &QTimer::timeout, this, &ReportsConnector::reload);
    auto later = [this] {
        if (m_view->isVisible())
            m_reload.start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, [later](const QModelIndex &topLeft) {
        if (topLeft.column() != TicketListModel::DueColumn) // the countdown tick changes no report
            later();
    });
    connect(window, &MainWindow::reportsRequested, this, &ReportsConnector::open);
    connect(m_view, &ReportsView::csvExportRequested, m_exporter, &ReportExporter::exportCsv);
    connect(m_exporter, &ReportExporter::exported, m_view, [this](const QString &path, int rows) {
        m_view->showExportResult(tr("%1 rows saved to %2").arg(rows).arg(path));
    });
    connect(m_exporter, &ReportExporter::exportFailed, m_view, [this](const QString &path, const QString &message) {
        m_view->showExportResult(tr("Could not save %1: %2").arg(path, message));
    });
}

ReportsConnector::~ReportsConnector()
{
    delete m_view;
}

void ReportsConnector::open()
{
    reload();
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
}

void ReportsConnector::close()
{
    m_view->hide();
}

void ReportsConnector::reload()
{
    m_view->setTickets(m_model->tickets());
}

} // namespace izdesk
