#pragma once

#include <codesetrelease.h>

#include <QObject>
#include <QString>

namespace izdesk {

class SessionController;
struct ApiReply;

// Code set releases for supervisors and administrators (contracts.md "Code set releases"):
// lists them and moves one release on (approve, publish, discard) through the REST API. A
// step the server refuses (409: the release is no longer in the state the step needs) is
// reported in words and the release is read again, so the view shows where it is now.
// Sign-out drops everything in flight (sessionEnded). GUI-thread object: every call returns at
// once, results arrive by signal.
class CodesetReleaseController : public QObject
{
    Q_OBJECT

public:
    enum class Step { Approve, Publish, Discard };
    Q_ENUM(Step)

    explicit CodesetReleaseController(SessionController *session, QObject *parent = nullptr);

    void load();
    void move(qint64 releaseId, Step step);
    bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    // `what` says in words what is happening ("Approving release 3…").
    void working(const QString &what);
    void releasesLoaded(const QList<izdesk::CodesetRelease> &releases);
    // A release as the server has it now; `what` says what changed, in words.
    void releaseChanged(const izdesk::CodesetRelease &release, const QString &what);
    void requestFailed(const QString &message);
    void sessionEnded();

private:
    void onMoved(qint64 releaseId, Step step, const ApiReply &reply);
    void reload(qint64 releaseId, const QString &message);
    bool current(quint64 generation);

    SessionController *m_session;
    quint64 m_generation = 0;
    int m_inFlight = 0;
};

} // namespace izdesk
