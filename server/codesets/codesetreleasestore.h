#pragma once

#include "codesets/codesetimporter.h"
#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// A set of CDC code set files on its way to the published code sets: pending (staged, with
// what it would add, change and retire), approved, then published (applied to the code_*
// tables), or discarded.
struct CodesetRelease
{
    qint64 id = 0;
    QString status; // pending | approved | published | discarded
    QString label;
    QJsonArray changes; // per code set: label, counts and the keys (see changesJson)
    QStringList missingFiles;
    QStringList files;
    QString stagedBy;
    QDateTime stagedAt;
    QString approvedBy, publishedBy, discardedBy;
    QDateTime approvedAt, publishedAt, discardedAt;

    QJsonObject toJson() const;
};

// codeset_releases and codeset_release_files. Works on the caller's connection; stage() runs
// its own transactions, the others run in the caller's. Not shared between threads.
class CodesetReleaseStore
{
public:
    // At most this many keys of each kind per code set are kept in `changes` (the counts are
    // always complete).
    static constexpr int kMaxKeys = 500;

    CodesetReleaseStore(QSqlDatabase db, Dialect dialect);

    // Stages the CDC files of DIR (cvx.xml required): what they would change against the
    // published code sets (an import rolled back), then the release and its files, audited
    // as codeset_release.stage. Nothing changes in the code_* tables. nullopt + *error naming
    // the file, line and field.
    std::optional<qint64> stage(const QString &dir, const QString &label, const QString &stagedBy, const QDateTime &now,
                                QString *error);

    bool list(QList<CodesetRelease> *out) const; // newest first
    std::optional<CodesetRelease> find(qint64 id, bool *ok) const;

    enum class Result { Done, NotFound, Conflict, Failed };
    // pending → approved.
    Result approve(qint64 id, qint64 staffId, const QDateTime &now, QString *why);
    // approved → published: applies the release's files to the code_* tables and records what
    // they changed. In the caller's transaction.
    Result publish(qint64 id, qint64 staffId, const QDateTime &now, QString *why);
    // pending or approved → discarded.
    Result discard(qint64 id, qint64 staffId, const QDateTime &now, QString *why);

    static QJsonArray changesJson(const QList<CodesetImporter::Count> &counts);

private:
    Result transition(qint64 id, const QStringList &from, const QString &to, const QString &column, qint64 staffId,
                      const QDateTime &now, QString *why);
    bool select(const QString &where, const QVariantList &binds, QList<CodesetRelease> *out) const;

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
