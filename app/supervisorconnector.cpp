#include "supervisorconnector.h"

#include "autoassigndialog.h"
#include "bulkeditdialog.h"
#include "mainwindow.h"
#include "staffboardview.h"
#include "supervisorcontroller.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"

#include <QDockWidget>

namespace izdesk {

SupervisorConnector::SupervisorConnector(MainWindow *window, SupervisorController *supervisor,
                                         TicketQueueController *queue, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_supervisor(supervisor)
    , m_queue(queue)
    , m_bulk(new BulkEditDialog(window))
    , m_autoAssign(new AutoAssignDialog(window))
{
    connectBoard();
    connectBulk();
    connectAutoAssign();
    connect(supervisor, &SupervisorController::writeQueued, this, [this] {
        if (m_bulk->isSaving())
            m_bulk->confirmApplied();
        Q_EMIT messageRaised(tr("Saved on this computer; it will be sent when the server can be reached."));
    });
    connect(supervisor, &SupervisorController::operationFailed, this, [this](const QString &message) {
        if (m_bulk->isSaving())
            m_bulk->showFailed(message);
        else if (m_autoAssign->isVisible())
            m_autoAssign->showFailed(message);
        else
            Q_EMIT messageRaised(message);
    });
}

void SupervisorConnector::onSignedOut()
{
    m_boardTimer.stop();
    m_board.clear();
    for (QDialog *dialog : {static_cast<QDialog *>(m_bulk), static_cast<QDialog *>(m_autoAssign)}) {
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
}

void SupervisorConnector::connectBoard()
{
    StaffBoardView *board = m_window->staffBoard();
    m_boardTimer.setInterval(15 * 1000);
    connect(&m_boardTimer, &QTimer::timeout, m_supervisor, &SupervisorController::loadStaffBoard);
    connect(m_window->deskDock(), &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            m_supervisor->loadStaffBoard();
            m_boardTimer.start();
        } else {
            m_boardTimer.stop();
        }
    });
    connect(board, &StaffBoardView::refreshRequested, m_supervisor, &SupervisorController::loadStaffBoard);
    connect(m_supervisor, &SupervisorController::staffBoardLoaded, this, [this](const QList<StaffBoardEntry> &entries) {
        m_board = entries;
        QList<StaffBoardRow> rows;
        for (const StaffBoardEntry &e : entries)
            rows.append({e.username, e.displayName, e.role, e.presence, e.onShift, e.skills, e.openTickets, e.byStatus});
        m_window->staffBoard()->setBoard(rows);
    });
    connect(board, &StaffBoardView::onShiftChangeRequested, this, [this](const QString &username, bool onShift) {
        for (const StaffBoardEntry &e : std::as_const(m_board)) {
            if (e.username == username)
                m_supervisor->updateStaff(username, onShift, e.skills);
        }
    });
    connect(m_supervisor, &SupervisorController::staffUpdated, m_supervisor, &SupervisorController::loadStaffBoard);
}

void SupervisorConnector::connectBulk()
{
    connect(m_window, &MainWindow::bulkEditRequested, this, [this](const QList<qint64> &ids, bool assignOnly) {
        QList<StaffChoice> staff;
        for (const StaffUser &s : m_queue->staff())
            staff.append({s.username, s.displayName});
        m_bulk->setStaff(staff);
        m_bulk->start(ids, assignOnly);
        m_bulk->open();
    });
    connect(m_bulk, &BulkEditDialog::bulkEditSubmitted, m_supervisor, &SupervisorController::bulkUpdate);
    connect(m_supervisor, &SupervisorController::bulkUpdated, this, [this](const QList<Ticket> &tickets) {
        applied(tickets);
        if (m_bulk->isSaving())
            m_bulk->confirmApplied();
        Q_EMIT messageRaised(tr("%1 tickets changed").arg(tickets.size()));
    });
}

void SupervisorConnector::connectAutoAssign()
{
    connect(m_window, &MainWindow::autoAssignRequested, this, [this](const QList<qint64> &ids) {
        m_autoAssign->start(ids);
        m_autoAssign->show();
        m_autoAssign->raise();
    });
    connect(m_autoAssign, &AutoAssignDialog::previewRequested, this,
            [this](const QString &strategy, const QList<qint64> &ids) {
                m_supervisor->previewAssignment(strategy == QLatin1String("round_robin")
                                                    ? SupervisorController::Strategy::RoundRobin
                                                    : SupervisorController::Strategy::LeastLoaded,
                                                ids);
            });
    connect(m_supervisor, &SupervisorController::assignmentPreviewed, this, &SupervisorConnector::showPlan);
    connect(m_autoAssign, &AutoAssignDialog::applyRequested, this, [this] { m_supervisor->applyAssignment(m_plan); });
    connect(m_supervisor, &SupervisorController::assignmentApplied, this, [this](const QList<Ticket> &tickets) {
        applied(tickets);
        m_plan = {};
        m_autoAssign->confirmApplied(int(tickets.size()));
    });
    connect(m_supervisor, &SupervisorController::assignmentStale, m_autoAssign, &AutoAssignDialog::showStale);
}

void SupervisorConnector::showPlan(const AssignmentPlan &plan)
{
    m_plan = plan;
    const TicketListModel *model = m_queue->model();
    auto row = [model](qint64 id, const QString &assignee, const QString &reason) {
        AssignmentRow r{id, QStringLiteral("T-%1").arg(id, 6, 10, QLatin1Char('0')), QString(), assignee, reason};
        if (const auto t = model->ticketById(id))
            r.subject = t->subject;
        return r;
    };
    QList<AssignmentRow> planned;
    for (const AssignmentPlan::Item &i : plan.plan)
        planned.append(row(i.ticketId, i.assignee, i.reason));
    QList<AssignmentRow> skipped;
    for (const AssignmentPlan::Skipped &s : plan.skipped)
        skipped.append(row(s.ticketId, QString(), s.reason));
    m_autoAssign->setPreview(planned, skipped);
}

void SupervisorConnector::applied(const QList<Ticket> &tickets)
{
    for (const Ticket &t : tickets)
        m_queue->model()->upsertTicket(t);
}

} // namespace izdesk
