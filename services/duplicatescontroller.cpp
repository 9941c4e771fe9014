#include "duplicatescontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"
#include "staffuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <memory>

namespace izdesk {

namespace {

// Both patients of a pair, gathered from two replies.
struct PairLoad
{
    DuplicatePair pair;
    PatientRecord low;
    PatientRecord high;
    int pending = 2;
    bool failed = false;
};

} // namespace

DuplicatesController::DuplicatesController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::DuplicatePair>();
    qRegisterMetaType<izdesk::MergePreview>();
    qRegisterMetaType<izdesk::MergeRecord>();
    qRegisterMetaType<izdesk::PatientRecord>();
    qRegisterMetaType<izdesk::DuplicateCluster>();
    qRegisterMetaType<izdesk::DuplicatesController::Action>();
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDebounceMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &DuplicatesController::sendPreview);
    connect(m_session, &SessionController::signedOut, this, [this] {
        ++m_generation;
        m_previewTimer.stop();
        for (Paging *paging : {&m_pairPages, &m_clusterPages}) {
            paging->cursor.clear();
            paging->inFlight = false;
            ++paging->generation; // a list still in flight is nobody's now
        }
        m_staff.clear();
        m_previewChoices.clear();
        m_mergeBody.clear();
        m_mergeKey.clear();
        Q_EMIT sessionEnded();
    });
}

bool DuplicatesController::accepted(quint64 generation, const ApiReply &reply, Action action)
{
    if (generation != m_generation)
        return false; // asked before a sign-out: nobody is waiting for it
    if (!reply.ok()) {
        Q_EMIT requestFailed(action, reply.errorMessage());
        return false;
    }
    return true;
}

void DuplicatesController::loadPairs(const Filter &filter)
{
    m_filter = filter;
    m_pairPages.cursor.clear();
    if (m_staff.isEmpty())
        loadStaff();
    fetchPairs(false);
}

void DuplicatesController::loadMorePairs()
{
    if (!m_pairPages.cursor.isEmpty() && !m_pairPages.inFlight)
        fetchPairs(true);
}

void DuplicatesController::fetchPairs(bool append)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_filter.limit));
    if (!m_filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), m_filter.status);
    if (!m_filter.grade.isEmpty())
        query.addQueryItem(QStringLiteral("grade"), m_filter.grade);
    if (!m_filter.facility.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("facility"), m_filter.facility.trimmed());
    if (m_filter.minAge >= 0)
        query.addQueryItem(QStringLiteral("min_age"), QString::number(m_filter.minAge));
    if (m_filter.maxAge >= 0)
        query.addQueryItem(QStringLiteral("max_age"), QString::number(m_filter.maxAge));
    fetchPage(QStringLiteral("/duplicates"), query, append, &m_pairPages, Action::List,
              [this, append](const QJsonArray &items) {
                  QList<DuplicatePair> pairs;
                  for (const QJsonValue &v : items)
                      pairs.append(DuplicatePair::fromJson(v.toObject()));
                  Q_EMIT pairsLoaded(pairs, append, hasMorePairs());
              });
}

void DuplicatesController::fetchPage(const QString &path, QUrlQuery query, bool append, Paging *paging,
                                     Action action, std::function<void(const QJsonArray &items)> onPage)
{
    if (append)
        query.addQueryItem(QStringLiteral("cursor"), paging->cursor);
    const quint64 listGeneration = ++paging->generation;
    const quint64 generation = m_generation;
    paging->inFlight = true;
    m_session->api()->send("GET", path, query, nullptr, {},
                           [this, generation, listGeneration, paging, action,
                            onPage = std::move(onPage)](const ApiReply &reply) {
                               if (listGeneration != paging->generation)
                                   return;
                               paging->inFlight = false;
                               if (!accepted(generation, reply, action))
                                   return;
                               paging->cursor = reply.object().value(QStringLiteral("next_cursor")).toString();
                               onPage(reply.object().value(QStringLiteral("items")).toArray());
                           });
}

void DuplicatesController::loadClusters(const QString &minGrade, const QString &facility)
{
    m_clusterGrade = minGrade;
    m_clusterFacility = facility.trimmed();
    m_clusterPages.cursor.clear();
    fetchClusters(false);
}

void DuplicatesController::loadMoreClusters()
{
    if (!m_clusterPages.cursor.isEmpty() && !m_clusterPages.inFlight)
        fetchClusters(true);
}

void DuplicatesController::fetchClusters(bool append)
{
    QUrlQuery query;
    if (!m_clusterGrade.isEmpty())
        query.addQueryItem(QStringLiteral("min_grade"), m_clusterGrade);
    if (!m_clusterFacility.isEmpty())
        query.addQueryItem(QStringLiteral("facility"), m_clusterFacility);
    fetchPage(QStringLiteral("/duplicates/clusters"), query, append, &m_clusterPages, Action::Clusters,
              [this, append](const QJsonArray &items) {
                  QList<DuplicateCluster> clusters;
                  for (const QJsonValue &v : items)
                      clusters.append(DuplicateCluster::fromJson(v.toObject()));
                  Q_EMIT clustersLoaded(clusters, append, hasMoreClusters());
              });
}

void DuplicatesController::loadStaff()
{
    const quint64 generation = m_generation;
    m_session->api()->staff([this, generation](const ApiReply &reply) {
        // Names only decorate "claimed by": without them the list still works.
        if (generation != m_generation || !reply.ok())
            return;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
            const StaffUser u = StaffUser::fromJson(v.toObject());
            m_staff.insert(u.id, u.displayName.isEmpty() ? u.username : u.displayName);
        }
    });
}

void DuplicatesController::claim(qint64 pairId)
{
    const quint64 generation = m_generation;
    const QJsonObject none;
    m_session->api()->send("POST", QStringLiteral("/duplicates/%1/claim").arg(pairId), {}, &none, {},
                           [this, generation](const ApiReply &reply) {
                               if (accepted(generation, reply, Action::Claim))
                                   Q_EMIT pairClaimed(DuplicatePair::fromJson(reply.object()));
                           });
}

void DuplicatesController::markNotDuplicate(qint64 pairId, const QString &reason)
{
    const quint64 generation = m_generation;
    const QJsonObject body{{QStringLiteral("reason"), reason.trimmed()}};
    m_session->api()->send("POST", QStringLiteral("/duplicates/%1/not-duplicate").arg(pairId), {}, &body, {},
                           [this, generation](const ApiReply &reply) {
                               if (accepted(generation, reply, Action::NotDuplicate))
                                   Q_EMIT pairDecided(DuplicatePair::fromJson(reply.object()));
                           });
}

void DuplicatesController::loadPair(qint64 pairId)
{
    const quint64 generation = m_generation;
    ApiClient *api = m_session->api();
    api->send("GET", QStringLiteral("/duplicates/%1").arg(pairId), {}, nullptr, {},
              [this, generation, api](const ApiReply &reply) {
                  if (!accepted(generation, reply, Action::LoadPair))
                      return;
                  auto load = std::make_shared<PairLoad>();
                  load->pair = DuplicatePair::fromJson(reply.object());
                  for (const bool low : {true, false}) {
                      const qint64 id = low ? load->pair.low.patientId : load->pair.high.patientId;
                      api->send("GET", QStringLiteral("/patients/%1").arg(id), {}, nullptr, {},
                                [this, generation, load, low](const ApiReply &part) {
                                    if (load->failed)
                                        return; // the first refusal is reported once
                                    if (!accepted(generation, part, Action::LoadPair)) {
                                        load->failed = true;
                                        return;
                                    }
                                    (low ? load->low : load->high) = PatientRecord::fromJson(part.object());
                                    if (--load->pending == 0)
                                        Q_EMIT pairLoaded(load->pair, load->low, load->high);
                                });
                  }
              });
}

QJsonObject DuplicatesController::mergeBody(qint64 sourceId, const FieldChoices &choices, Action action, bool *ok)
{
    QString invalid;
    const QJsonObject fields = MergeRules::choicesJson(choices, &invalid);
    *ok = invalid.isEmpty();
    if (!*ok)
        Q_EMIT requestFailed(action, tr("The value typed for %1 cannot be used; correct it first.").arg(invalid));
    return QJsonObject{{QStringLiteral("source"), sourceId}, {QStringLiteral("fields"), fields}};
}

void DuplicatesController::requestPreview(qint64 targetId, qint64 sourceId, const FieldChoices &choices)
{
    m_previewTarget = targetId;
    m_previewSource = sourceId;
    m_previewChoices = choices;
    ++m_previewGeneration; // an answer to an older choice is no longer wanted
    m_previewTimer.start();
}

void DuplicatesController::previewNow(qint64 targetId, qint64 sourceId, const FieldChoices &choices)
{
    m_previewTarget = targetId;
    m_previewSource = sourceId;
    m_previewChoices = choices;
    m_previewTimer.stop();
    sendPreview();
}

void DuplicatesController::sendPreview()
{
    bool ok = false;
    QJsonObject body = mergeBody(m_previewSource, m_previewChoices, Action::Preview, &ok);
    if (!ok)
        return;
    body.insert(QStringLiteral("preview"), true);
    const quint64 generation = m_generation;
    const quint64 previewGeneration = ++m_previewGeneration;
    m_session->api()->send("POST", QStringLiteral("/patients/%1/merge").arg(m_previewTarget), {}, &body, {},
                           [this, generation, previewGeneration](const ApiReply &reply) {
                               if (previewGeneration != m_previewGeneration)
                                   return; // the choices changed meanwhile: a newer preview follows
                               if (accepted(generation, reply, Action::Preview))
                                   Q_EMIT mergePreviewed(MergePreview::fromJson(reply.object()));
                           });
}

void DuplicatesController::merge(qint64 targetId, qint64 sourceId, const FieldChoices &choices, const QString &reason)
{
    bool ok = false;
    QJsonObject body = mergeBody(sourceId, choices, Action::Merge, &ok);
    if (!ok)
        return;
    body.insert(QStringLiteral("reason"), reason.trimmed());
    body.insert(QStringLiteral("preview"), false);
    const QByteArray canonical = QByteArray::number(targetId) + QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (canonical != m_mergeBody) {
        m_mergeBody = canonical;
        m_mergeKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    const quint64 generation = m_generation;
    m_session->api()->send("POST", QStringLiteral("/patients/%1/merge").arg(targetId), {}, &body,
                           {{"Idempotency-Key", m_mergeKey}}, [this, generation](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Merge))
                                   return;
                               m_mergeBody.clear(); // a later merge of the same choices is a new one
                               Q_EMIT merged(MergeRecord::fromJson(reply.object()));
                           });
}

void DuplicatesController::unmerge(qint64 mergeId)
{
    const quint64 generation = m_generation;
    const QJsonObject none;
    m_session->api()->send("POST", QStringLiteral("/merges/%1/unmerge").arg(mergeId), {}, &none, {},
                           [this, generation](const ApiReply &reply) {
                               if (accepted(generation, reply, Action::Unmerge))
                                   Q_EMIT unmerged(MergeRecord::fromJson(reply.object()));
                           });
}

} // namespace izdesk
