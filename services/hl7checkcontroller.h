#pragma once

#include <hl7checkresult.h>

#include <QByteArray>
#include <QObject>
#include <QString>

namespace izdesk {

class SessionController;
struct ApiReply;

// The desk's HL7 message check (POST /api/v1/hl7/check, contracts-onboarding.md): sends the
// bytes as they are, reads the answer into an Hl7CheckResult, and reads a file the user opened
// or dropped on a worker thread. The newest check wins: the answer to an older one is dropped.
// Messages hold patient data: they stay in memory, never reach a log or the disk cache, and
// sign-out drops everything (sessionEnded). GUI-thread object: every call returns at once,
// results arrive by signal.
class Hl7CheckController : public QObject
{
    Q_OBJECT

public:
    explicit Hl7CheckController(SessionController *session, QObject *parent = nullptr);

    void check(const QByteArray &bytes);
    void openFile(const QString &path);
    bool isChecking() const { return m_inFlight; }

Q_SIGNALS:
    void checkStarted(qint64 bytes);
    // sent: the bytes the offsets of the result are counted in.
    void checked(const izdesk::Hl7CheckResult &result, const QByteArray &sent);
    void checkFailed(const QString &message);
    void fileOpened(const QString &fileName, const QByteArray &bytes);
    void fileFailed(const QString &message);
    void sessionEnded();

private:
    void onReply(quint64 generation, const QByteArray &sent, const ApiReply &reply);

    SessionController *m_session;
    quint64 m_generation = 0;
    bool m_inFlight = false;
};

} // namespace izdesk
