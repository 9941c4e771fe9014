#pragma once

#include "patients/patientquery.h"
#include "storage/databaseconfig.h"

#include "matching/matchscorer.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Matching steps 2–5 against the store: deterministic identifier look-ups, then the blocking
// passes of DOMAIN.md (each one indexed query, the same SQL on SQLite and PostgreSQL), then
// scoring and ranking of the union of candidates. Records under full opt-out are never
// candidates; sharing-locked ones only when the caller's policy allows. One thread, with
// that thread's connection.
class PatientSearch
{
public:
    struct Hit
    {
        qint64 patientId = 0;
        matching::MatchScorer::Result match;
        bool sharingLock = false;
    };

    static constexpr int maxCandidatesPerPass = 2000;

    PatientSearch(QSqlDatabase db, Dialect dialect);

    // Best hits first (score, then id); nullopt on a database error.
    std::optional<QList<Hit>> run(const PatientQuery &query, bool includeSharingLocked);

    // Standardized records of the given patients (inactive and fully opted-out ones left out).
    std::optional<QHash<qint64, matching::MatchRecord>> loadRecords(const QList<qint64> &ids,
                                                                     bool includeSharingLocked,
                                                                     QSet<qint64> *sharingLocked);

private:
    bool collect(const QString &sql, const QVariantList &binds, QSet<qint64> *ids);
    bool identifierHits(const QStringList &values, QHash<qint64, QString> *hits);
    bool blockingPasses(const matching::MatchRecord &probe, QSet<qint64> *ids);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
