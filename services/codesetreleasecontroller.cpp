#include "codesetreleasecontroller.h"

#include "apiclient.h"
#include "logcategories.h"
#include "sessioncontroller.h"

namespace izdesk {

namespace {

QString stepPath(qint64 id, CodesetReleaseController::Step step)
{
    switch (step) {
    case CodesetReleaseController::Step::Approve: return QStringLiteral("/codeset-releases/%1/approve").arg(id);
    case CodesetReleaseController::Step::Publish: return QStringLiteral("/codeset-releases/%1/publish").arg(id);
    case CodesetReleaseController::Step::Discard: return QStringLiteral("/codeset-releases/%1/discard").arg(id);
    }
    return {};
}

QString stepWorking(qint64 id, CodesetReleaseController::Step step)
{
    switch (step) {
    case CodesetReleaseController::Step::Approve: return CodesetReleaseController::tr("Approving release %1…").arg(id);
    case CodesetReleaseController::Step::Publish: return CodesetReleaseController::tr("Publishing release %1…").arg(id);
    case CodesetReleaseController::Step::Discard: return CodesetReleaseController::tr("Discarding release %1…").arg(id);
    }
    return {};
}

QString stepDone(qint64 id, CodesetReleaseController::Step step)
{
    switch (step) {
    case CodesetReleaseController::Step::Approve:
        return CodesetReleaseController::tr("Release %1 is approved. Publish it to put it into use.").arg(id);
    case CodesetReleaseController::Step::Publish:
        return CodesetReleaseController::tr(
                   "Release %1 is published: the HL7 checker and the patient record use these code sets now.")
            .arg(id);
    case CodesetReleaseController::Step::Discard:
        return CodesetReleaseController::tr("Release %1 is discarded; nothing of it was published.").arg(id);
    }
    return {};
}

QString stepRefused(qint64 id, CodesetReleaseController::Step step)
{
    switch (step) {
    case CodesetReleaseController::Step::Approve:
        return CodesetReleaseController::tr("Release %1 was not approved").arg(id);
    case CodesetReleaseController::Step::Publish:
        return CodesetReleaseController::tr("Release %1 was not published").arg(id);
    case CodesetReleaseController::Step::Discard:
        return CodesetReleaseController::tr("Release %1 was not discarded").arg(id);
    }
    return {};
}

} // namespace

CodesetReleaseController::CodesetReleaseController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::CodesetRelease>();
    connect(m_session, &SessionController::signedOut, this, [this] {
        ++m_generation; // answers still in flight are nobody's now
        m_inFlight = 0;
        Q_EMIT sessionEnded();
    });
}

bool CodesetReleaseController::current(quint64 generation)
{
    if (generation != m_generation)
        return false;
    m_inFlight = qMax(0, m_inFlight - 1);
    return true;
}

void CodesetReleaseController::load()
{
    if (!m_session->isSignedIn()) {
        Q_EMIT requestFailed(tr("Sign in to see code set releases."));
        return;
    }
    const quint64 generation = m_generation;
    ++m_inFlight;
    Q_EMIT working(tr("Loading code set releases…"));
    m_session->api()->send(
        "GET", QStringLiteral("/codeset-releases"), {}, nullptr, {}, [this, generation](const ApiReply &reply) {
            if (!current(generation))
                return;
            if (!reply.ok()) {
                Q_EMIT requestFailed(reply.status() == 403
                                         ? tr("Your role may not see code set releases.")
                                         : tr("The releases were not loaded: %1").arg(reply.errorMessage()));
                return;
            }
            QString error;
            const auto releases = CodesetRelease::listFromJson(reply.object(), &error);
            if (!releases) {
                qCWarning(lcApi) << "codeset releases: unreadable answer:" << error;
                Q_EMIT requestFailed(tr("The server's answer could not be read: %1").arg(error));
                return;
            }
            Q_EMIT releasesLoaded(*releases);
        });
}

void CodesetReleaseController::move(qint64 releaseId, Step step)
{
    if (!m_session->isSignedIn()) {
        Q_EMIT requestFailed(tr("Sign in to change code set releases."));
        return;
    }
    const quint64 generation = m_generation;
    ++m_inFlight;
    Q_EMIT working(stepWorking(releaseId, step));
    const QJsonObject body;
    m_session->api()->send("POST", stepPath(releaseId, step), {}, &body, {},
                           [this, generation, releaseId, step](const ApiReply &reply) {
                               if (current(generation))
                                   onMoved(releaseId, step, reply);
                           });
}

void CodesetReleaseController::onMoved(qint64 releaseId, Step step, const ApiReply &reply)
{
    if (reply.status() == 409 || reply.status() == 404) {
        // Someone moved it first (or it is gone): say why, and show it as it is now.
        reload(releaseId, tr("%1: %2").arg(stepRefused(releaseId, step), reply.errorMessage()));
        return;
    }
    if (!reply.ok()) {
        Q_EMIT requestFailed(reply.status() == 403
                                 ? tr("Your role may not change code set releases.")
                                 : tr("%1: %2").arg(stepRefused(releaseId, step), reply.errorMessage()));
        return;
    }
    QString error;
    const auto release = CodesetRelease::fromJson(reply.object(), &error);
    if (!release) {
        qCWarning(lcApi) << "codeset release: unreadable answer:" << error;
        Q_EMIT requestFailed(tr("The server's answer could not be read: %1").arg(error));
        return;
    }
    Q_EMIT releaseChanged(*release, stepDone(releaseId, step));
}

void CodesetReleaseController::reload(qint64 releaseId, const QString &message)
{
    const quint64 generation = m_generation;
    ++m_inFlight;
    m_session->api()->send("GET", QStringLiteral("/codeset-releases/%1").arg(releaseId), {}, nullptr, {},
                           [this, generation, message](const ApiReply &reply) {
                               if (!current(generation))
                                   return;
                               QString error;
                               const auto release
                                   = reply.ok() ? CodesetRelease::fromJson(reply.object(), &error) : std::nullopt;
                               if (release)
                                   Q_EMIT releaseChanged(*release, QString());
                               Q_EMIT requestFailed(message);
                           });
}

} // namespace izdesk
