#pragma once

#include "queuetypes.h"

#include <ticket.h>

#include <QObject>
#include <QTimer>

namespace izdesk {

class AutoAssignDialog;
class BulkEditDialog;
class MainWindow;
class SupervisorController;
class TicketQueueController;

// Supervisor tools: the Desk dock (staff board, refreshed every 15 s while shown; shift
// changes), bulk assign / bulk edit of the queue's selection, and auto-assignment with a
// preview, wired to SupervisorController. Converts service types to the widgets' plain
// types. GUI thread only.
class SupervisorConnector : public QObject
{
    Q_OBJECT

public:
    SupervisorConnector(MainWindow *window, SupervisorController *supervisor, TicketQueueController *queue,
                        QObject *parent = nullptr);

    BulkEditDialog *bulkDialog() const { return m_bulk; }
    AutoAssignDialog *autoAssignDialog() const { return m_autoAssign; }
    void onSignedOut();

Q_SIGNALS:
    void messageRaised(const QString &message);

private:
    void connectBoard();
    void connectBulk();
    void connectAutoAssign();
    void showPlan(const AssignmentPlan &plan);
    void applied(const QList<Ticket> &tickets);

    MainWindow *m_window;
    SupervisorController *m_supervisor;
    TicketQueueController *m_queue;
    BulkEditDialog *m_bulk;
    AutoAssignDialog *m_autoAssign;
    QList<StaffBoardEntry> m_board;
    AssignmentPlan m_plan;
    QTimer m_boardTimer;
};

} // namespace izdesk
