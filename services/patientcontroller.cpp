#include "patientcontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <patientresultmodel.h>

#include <QJsonArray>

namespace izdesk {

PatientController::PatientController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new PatientResultModel(this))
{
    qRegisterMetaType<izdesk::PatientRecord>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PatientController::startSearch);
    // Patient data never outlives the session that was allowed to see it.
    connect(m_session, &SessionController::signedOut, this, &PatientController::clearAll);
}

void PatientController::clearAll()
{
    ++m_sessionGeneration;
    cancelSearch();
    m_model->clear();
    m_shownText.clear();
    m_cvxNames.clear();
    Q_EMIT searchCleared();
    Q_EMIT sessionEnded();
}

void PatientController::search(const QString &text)
{
    m_pendingText = text.trimmed();
    if (m_pendingText.isEmpty()) {
        cancelSearch();
        m_model->clear();
        m_shownText.clear();
        Q_EMIT searchCleared();
        return;
    }
    m_debounce.start();
}

void PatientController::searchNow(const QString &text)
{
    m_pendingText = text.trimmed();
    m_debounce.stop();
    if (m_pendingText.isEmpty()) {
        search(QString());
        return;
    }
    startSearch();
}

void PatientController::cancelSearch()
{
    m_debounce.stop();
    ++m_searchGeneration; // a reply still on its way is dropped
    m_searchInFlight = false;
}

void PatientController::startSearch()
{
    const QString text = m_pendingText;
    if (text.isEmpty())
        return;
    const quint64 generation = ++m_searchGeneration;
    m_searchInFlight = true;
    Q_EMIT searchStarted(text);
    // In the body, never the URL: what the caller said stays out of proxy logs.
    const QJsonObject body{{QStringLiteral("q"), text}, {QStringLiteral("limit"), resultLimit}};
    m_session->api()->send("POST", QStringLiteral("/patients/search"), {}, &body, {},
                           [this, generation, text](const ApiReply &reply) {
                               if (generation != m_searchGeneration)
                                   return; // superseded by a newer query
                               m_searchInFlight = false;
                               if (!reply.ok()) {
                                   // The server's message names the bad parameter; it never echoes values.
                                   Q_EMIT searchFailed(text, reply.errorMessage());
                                   return;
                               }
                               QList<PatientMatch> matches;
                               for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray())
                                   matches.append(PatientMatch::fromJson(v.toObject()));
                               m_shownText = text;
                               m_model->setMatches(matches);
                               Q_EMIT searchFinished(text, static_cast<int>(matches.size()));
                           });
}

void PatientController::loadRecord(qint64 patientId)
{
    const quint64 generation = ++m_recordGeneration;
    Q_EMIT recordLoadStarted(patientId);
    m_session->api()->send("GET", QStringLiteral("/patients/%1").arg(patientId), {}, nullptr, {},
                           [this, generation, patientId](const ApiReply &reply) {
                               if (generation != m_recordGeneration)
                                   return; // another record was asked for meanwhile
                               if (!reply.ok()) {
                                   Q_EMIT recordFailed(patientId, reply.errorMessage());
                                   return;
                               }
                               Q_EMIT recordLoaded(PatientRecord::fromJson(reply.object()));
                           });
}

void PatientController::linkToTicket(qint64 ticketId, qint64 patientId)
{
    const quint64 generation = m_sessionGeneration;
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("patient")},
                           {QStringLiteral("target"), QString::number(patientId)}};
    m_session->api()->send("POST", QStringLiteral("/tickets/%1/links").arg(ticketId), {}, &body, {},
                           [this, generation, ticketId, patientId](const ApiReply &reply) {
                               if (generation != m_sessionGeneration)
                                   return;
                               // 200 (already linked) and 201 both mean the ticket names the patient now.
                               if (reply.ok())
                                   Q_EMIT patientLinked(ticketId, patientId);
                               else
                                   Q_EMIT linkFailed(ticketId, patientId, reply.errorMessage());
                           });
}

void PatientController::loadVaccineNames()
{
    const quint64 generation = m_sessionGeneration;
    m_session->api()->send("GET", QStringLiteral("/codesets/cvx"), {}, nullptr, {},
                           [this, generation](const ApiReply &reply) {
                               if (generation != m_sessionGeneration || !reply.ok())
                                   return; // names are a nicety: the history shows CVX codes without them
                               QHash<QString, QString> names;
                               for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
                                   const QJsonObject o = v.toObject();
                                   names.insert(o.value(QStringLiteral("code")).toString(),
                                                o.value(QStringLiteral("short_description")).toString());
                               }
                               m_cvxNames = names;
                               Q_EMIT vaccineNamesLoaded(names);
                           });
}

} // namespace izdesk
