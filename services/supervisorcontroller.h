#pragma once

#include "queuetypes.h"

#include <ticket.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace izdesk {

class SessionController;
struct ApiReply;

// Supervisor tools: the staff board (load, presence, shift, skills), bulk edit, auto-assignment
// with a preview, canned response management and the SLA policy. Bulk edits and plan
// applications go through the durable Outbox (with their Idempotency-Key). Every call returns
// at once; results arrive by signal. GUI-thread object.
class SupervisorController : public QObject
{
    Q_OBJECT

public:
    enum class Strategy { RoundRobin, LeastLoaded };

    explicit SupervisorController(SessionController *session, QObject *parent = nullptr);

    void loadStaffBoard();
    void updateStaff(const QString &username, bool onShift, const QStringList &skills);

    // Applies the same changes to up to 500 tickets in one transaction (all or nothing).
    void bulkUpdate(const QList<qint64> &ids, const QJsonObject &changes);

    // ticketIds empty = every unassigned active ticket.
    void previewAssignment(Strategy strategy, const QList<qint64> &ticketIds = {});
    // Applies exactly this plan; 412 if any ticket changed since the preview.
    void applyAssignment(const AssignmentPlan &plan);

    void createCannedResponse(const CannedResponse &response);
    void updateCannedResponse(const CannedResponse &response); // If-Match from response.version
    void deleteCannedResponse(qint64 id);

    void loadSlaPolicy();
    QJsonObject slaPolicy() const { return m_slaPolicy; }

Q_SIGNALS:
    void staffBoardLoaded(const QList<izdesk::StaffBoardEntry> &board);
    void staffUpdated(const QString &username);
    void bulkUpdated(const QList<izdesk::Ticket> &tickets);
    void assignmentPreviewed(const izdesk::AssignmentPlan &plan);
    void assignmentApplied(const QList<izdesk::Ticket> &tickets);
    // 412 on apply: the queue changed since the preview; preview again.
    void assignmentStale(const QString &message);
    void cannedResponsesChanged();
    void slaPolicyLoaded(const QJsonObject &policy);
    void writeQueued();
    void operationFailed(const QString &message);

private:
    void reportFailure(const ApiReply &reply);

    SessionController *m_session;
    QJsonObject m_slaPolicy;
};

} // namespace izdesk
