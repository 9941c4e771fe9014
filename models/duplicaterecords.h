#pragma once

#include "patientrecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace izdesk {

// Duplicate review and patient merge as the client reads them (contracts-duplicates.md,
// contracts-merge.md). Plain values parsed from the API; patient data stays in memory only.

struct DuplicateSide
{
    qint64 patientId = 0;
    QString sourceId;
};

// One candidate pair of GET /api/v1/duplicates (and /duplicates/{id} with its waterfall).
struct DuplicatePair
{
    qint64 id = 0;
    DuplicateSide low;
    DuplicateSide high;
    double score = 0.0;
    QString grade;  // certain | probable | possible
    QString status; // open | not_duplicate | merged | dropped
    QStringList badges;
    QStringList vetoes;
    qint64 claimedBy = 0;
    QDateTime claimedAt;
    qint64 decidedBy = 0;
    QDateTime decidedAt;
    QDateTime createdAt;
    QDateTime evaluatedAt;
    QList<MatchContribution> contributions; // only from GET /duplicates/{id}
    QString decisionReason;

    bool isValid() const { return id > 0; }
    bool isOpen() const { return status == QLatin1String("open"); }

    static DuplicatePair fromJson(const QJsonObject &o);
};

// The worklist's filters (GET /api/v1/duplicates query).
struct DuplicateFilter
{
    QString grade; // empty = every grade
    QString status = QStringLiteral("open");
    QString facility;
    int minAge = -1; // whole years today, either patient; -1 = no bound
    int maxAge = -1;
    int limit = 50;

    bool operator==(const DuplicateFilter &other) const = default;
};

// One cluster of GET /api/v1/duplicates/clusters: records that are all duplicates of one
// another, every two of them scored just now (never chained through a third).
struct DuplicateClusterLink
{
    qint64 lowId = 0;
    qint64 highId = 0;
    double score = 0.0;
    QString grade;
    QStringList badges;
    QStringList vetoes;
    qint64 pairId = 0; // 0: no stored pair (scored for the cluster only)
    QString pairStatus;
};

struct DuplicateCluster
{
    qint64 groupKey = 0;
    int groupSize = 0;
    bool tooLarge = false;
    QList<DuplicateSide> members;
    QString grade; // the weakest link's
    double minScore = 0.0;
    double maxScore = 0.0;
    QStringList badges;
    QStringList vetoes;
    QList<DuplicateClusterLink> links;
    QList<DuplicateSide> leftOut; // in the same group, not in this cluster

    QString sourceIdOf(qint64 patientId) const;
    static DuplicateCluster fromJson(const QJsonObject &o);
};

// One vaccination event of a merge preview, from either side.
struct MergeEvent
{
    qint64 id = 0;
    QString from; // target | source
    QString cvx;
    QDate administeredDate;
    QString recordType;
    QString lot;
    bool hidden = false;
};

// An event the de-duplication hides, the one kept instead and why
// (specific_cvx | administered_over_historical | has_lot | same_event).
struct HiddenEvent
{
    qint64 id = 0;
    qint64 keptId = 0;
    QString reason;

    static QList<HiddenEvent> listFromJson(const QJsonArray &a);
};

// The answer of POST /patients/{target}/merge with preview: true.
struct MergePreview
{
    qint64 targetId = 0;
    qint64 sourceId = 0;
    QStringList vetoes;
    bool requiresSupervisor = false;
    QJsonObject merged; // the twelve fields as the server would store them, plus identifiers
    QList<PatientIdentifier> mergedIdentifiers;
    QList<MergeEvent> events;
    QList<HiddenEvent> hiddenEvents;

    bool isValid() const { return targetId > 0; }
    static MergePreview fromJson(const QJsonObject &o);
};

// A merge record (POST merge 201, POST unmerge 200). Placed and conflicts come with an unmerge.
struct MergeRecord
{
    qint64 id = 0;
    qint64 targetId = 0;
    qint64 sourceId = 0;
    QString status; // merged | unmerged
    QString reason;
    QStringList vetoes;
    int movedEvents = 0;
    QList<HiddenEvent> hiddenEvents;
    QDateTime mergedAt;
    QDateTime unmergedAt;
    QList<QJsonObject> placed;
    QList<QJsonObject> conflicts;

    bool isValid() const { return id > 0; }
    static MergeRecord fromJson(const QJsonObject &o);
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::DuplicatePair)
Q_DECLARE_METATYPE(izdesk::DuplicateCluster)
Q_DECLARE_METATYPE(izdesk::MergePreview)
Q_DECLARE_METATYPE(izdesk::MergeRecord)
