#include "hl7checkcontroller.h"

#include "apiclient.h"
#include "fileio.h"
#include "logcategories.h"
#include "sessioncontroller.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace izdesk {

Hl7CheckController::Hl7CheckController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::Hl7CheckResult>();
    connect(m_session, &SessionController::signedOut, this, [this] {
        ++m_generation; // an answer still in flight is nobody's now
        m_inFlight = false;
        Q_EMIT sessionEnded();
    });
}

void Hl7CheckController::check(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty()) {
        Q_EMIT checkFailed(tr("There is nothing to check: paste a message, drop a file or open one."));
        return;
    }
    if (bytes.size() > Hl7CheckResult::maxBodyBytes) {
        Q_EMIT checkFailed(tr("The text is %1 MB; the server checks at most %2 MB at a time.")
                               .arg(QString::number(double(bytes.size()) / (1024 * 1024), 'f', 1))
                               .arg(Hl7CheckResult::maxBodyBytes / (1024 * 1024)));
        return;
    }
    if (!m_session->isSignedIn()) {
        Q_EMIT checkFailed(tr("Sign in to check messages."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    Q_EMIT checkStarted(bytes.size());
    qCInfo(lcApi) << "hl7 check:" << bytes.size() << "bytes"; // never the content
    m_session->api()->checkHl7(bytes,
                               [this, generation, bytes](const ApiReply &reply) { onReply(generation, bytes, reply); });
}

void Hl7CheckController::onReply(quint64 generation, const QByteArray &sent, const ApiReply &reply)
{
    if (generation != m_generation)
        return; // a newer check, or a sign-out, superseded it
    m_inFlight = false;
    if (reply.isNetworkError()) {
        Q_EMIT checkFailed(tr("Not checked: %1").arg(reply.errorMessage()));
        return;
    }
    if (!reply.ok()) {
        QString message = reply.errorMessage();
        if (reply.status() == 403)
            message = tr("Your role may not check HL7 messages.");
        else if (reply.status() == 413)
            message = tr("The server refused the text as too large (at most %1 MB).")
                          .arg(Hl7CheckResult::maxBodyBytes / (1024 * 1024));
        Q_EMIT checkFailed(tr("The check failed: %1").arg(message));
        return;
    }
    QString error;
    const auto result = Hl7CheckResult::fromJson(reply.object(), &error);
    if (!result) {
        qCWarning(lcApi) << "hl7 check: unreadable answer:" << error;
        Q_EMIT checkFailed(tr("The server's answer could not be read: %1").arg(error));
        return;
    }
    Q_EMIT checked(*result, sent);
}

void Hl7CheckController::openFile(const QString &path)
{
    const quint64 generation = m_generation;
    const QString name = QFileInfo(path).fileName();
    whenReady(this, QtConcurrent::run(&FileIo::readFile, path, Hl7CheckResult::maxBodyBytes),
              [this, generation, name](const FileIo::Read &read) {
                  if (generation != m_generation)
                      return;
                  if (!read.error.isEmpty())
                      Q_EMIT fileFailed(read.error);
                  else
                      Q_EMIT fileOpened(name, read.bytes);
              });
}

} // namespace izdesk
