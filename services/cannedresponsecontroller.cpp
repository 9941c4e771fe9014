#include "cannedresponsecontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QJsonArray>

namespace izdesk {

CannedResponseController::CannedResponseController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::CannedResponse>();
    qRegisterMetaType<QList<izdesk::CannedResponse>>();
    connect(m_session, &SessionController::signedOut, this, [this] {
        ++m_generation;
        m_responses.clear();
    });
}

void CannedResponseController::load()
{
    const quint64 generation = m_generation;
    const quint64 loadGeneration = ++m_loadGeneration;
    m_session->api()->cannedResponses({}, [this, generation, loadGeneration](const ApiReply &reply) {
        if (generation != m_generation || loadGeneration != m_loadGeneration)
            return;
        if (!reply.ok()) {
            Q_EMIT operationFailed(reply.errorMessage(), {});
            return;
        }
        QList<CannedResponse> list;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray())
            list.append(CannedResponse::fromJson(v.toObject()));
        m_responses = list;
        Q_EMIT responsesLoaded(list);
    });
}

void CannedResponseController::create(const CannedResponse &response)
{
    const QJsonObject body = response.toJson();
    const quint64 generation = m_generation;
    m_session->api()->send("POST", QStringLiteral("/canned-responses"), {}, &body, {},
                           [this, generation](const ApiReply &reply) {
                               if (generation == m_generation)
                                   onWriteReply(reply, true);
                           });
}

void CannedResponseController::update(const CannedResponse &response)
{
    const QJsonObject body = response.toJson();
    const quint64 generation = m_generation;
    m_session->api()->send("PATCH", QStringLiteral("/canned-responses/%1").arg(response.id), {}, &body,
                           {{"If-Match", response.etag()}}, [this, generation](const ApiReply &reply) {
                               if (generation == m_generation)
                                   onWriteReply(reply, false);
                           });
}

void CannedResponseController::remove(const CannedResponse &response)
{
    const quint64 generation = m_generation;
    const qint64 id = response.id;
    m_session->api()->send("DELETE", QStringLiteral("/canned-responses/%1").arg(id), {}, nullptr,
                           {{"If-Match", response.etag()}}, [this, generation, id](const ApiReply &reply) {
                               if (generation != m_generation)
                                   return;
                               // Already gone is what the supervisor wanted too.
                               if (!reply.ok() && reply.status() != 404) {
                                   Q_EMIT operationFailed(reply.errorMessage(), {});
                                   return;
                               }
                               Q_EMIT responseRemoved(id);
                               load();
                           });
}

void CannedResponseController::onWriteReply(const ApiReply &reply, bool created)
{
    if (!reply.ok()) {
        const QString message = reply.status() == 412
                                    ? tr("Someone else changed this canned response first; the list now shows "
                                         "their version.")
                                    : reply.errorMessage();
        Q_EMIT operationFailed(message, reply.fieldErrors());
        if (reply.status() == 412 || reply.status() == 404)
            load();
        return;
    }
    Q_EMIT responseSaved(CannedResponse::fromJson(reply.object()), created);
    load();
}

} // namespace izdesk
