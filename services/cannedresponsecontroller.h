#pragma once

#include "queuetypes.h"

#include <ticket.h>

#include <QList>
#include <QObject>

namespace izdesk {

class SessionController;
struct ApiReply;

// Supervisors' management of canned responses (SOP snippets): list, create, edit (If-Match
// on the version the supervisor saw, so a concurrent edit is a clear conflict, not a silent
// overwrite) and delete. Online only — the answer decides what the list shows, so these do not
// go through the outbox. After every change the list is reloaded and responsesLoaded is
// emitted, which also refreshes what specialists are offered in the composer.
// GUI-thread object; every call returns at once, results arrive by signal.
class CannedResponseController : public QObject
{
    Q_OBJECT

public:
    explicit CannedResponseController(SessionController *session, QObject *parent = nullptr);

    void load();
    void create(const CannedResponse &response);
    // response.version = the version the supervisor edited.
    void update(const CannedResponse &response);
    void remove(const CannedResponse &response);

    QList<CannedResponse> responses() const { return m_responses; }

Q_SIGNALS:
    void responsesLoaded(const QList<izdesk::CannedResponse> &responses);
    void responseSaved(const izdesk::CannedResponse &response, bool created);
    void responseRemoved(qint64 id);
    // Field errors (422) are in `errors`; a 412 says someone else changed it first.
    void operationFailed(const QString &message, const QList<izdesk::FieldError> &errors);

private:
    void onWriteReply(const ApiReply &reply, bool created);

    SessionController *m_session;
    QList<CannedResponse> m_responses;
    quint64 m_generation = 0;
    // Lists can answer out of order (the HTTP worker runs requests in parallel): only the
    // newest list asked for is applied, so a list from before a save never hides the save.
    quint64 m_loadGeneration = 0;
};

} // namespace izdesk
