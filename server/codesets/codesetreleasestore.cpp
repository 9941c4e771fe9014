#include "codesets/codesetreleasestore.h"

#include "audit/auditlog.h"
#include "storage/sqlutil.h"
#include "ticket.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace izdesk::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.status, r.label, r.changes, r.missing_files, r.staged_by, r.staged_at, a.username, r.approved_at, "
    "p.username, r.published_at, d.username, r.discarded_at FROM codeset_releases r "
    "LEFT JOIN staff_users a ON a.id = r.approved_by_id LEFT JOIN staff_users p ON p.id = r.published_by_id "
    "LEFT JOIN staff_users d ON d.id = r.discarded_by_id ");

QJsonArray keysJson(const QStringList &keys)
{
    QJsonArray out;
    for (qsizetype i = 0; i < keys.size() && i < CodesetReleaseStore::kMaxKeys; ++i)
        out.append(keys.at(i));
    return out;
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue();
}

QJsonValue nameOrNull(const QString &name)
{
    return name.isEmpty() ? QJsonValue() : QJsonValue(name);
}

} // namespace

QJsonObject CodesetRelease::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("missing_files"), QJsonArray::fromStringList(missingFiles)},
                       {QStringLiteral("staged_by"), stagedBy},
                       {QStringLiteral("staged_at"), toIsoUtc(stagedAt)},
                       {QStringLiteral("approved_by"), nameOrNull(approvedBy)},
                       {QStringLiteral("approved_at"), timeOrNull(approvedAt)},
                       {QStringLiteral("published_by"), nameOrNull(publishedBy)},
                       {QStringLiteral("published_at"), timeOrNull(publishedAt)},
                       {QStringLiteral("discarded_by"), nameOrNull(discardedBy)},
                       {QStringLiteral("discarded_at"), timeOrNull(discardedAt)}};
}

CodesetReleaseStore::CodesetReleaseStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QJsonArray CodesetReleaseStore::changesJson(const QList<CodesetImporter::Count> &counts)
{
    QJsonArray out;
    for (const CodesetImporter::Count &c : counts) {
        QJsonArray values;
        for (qsizetype i = 0; i < c.changedValues.size() && i < kMaxKeys; ++i)
            values.append(QJsonObject{{QStringLiteral("key"), c.changedValues.at(i).key},
                                      {QStringLiteral("before"), c.changedValues.at(i).before},
                                      {QStringLiteral("after"), c.changedValues.at(i).after}});
        out.append(QJsonObject{{QStringLiteral("label"), c.label},
                               {QStringLiteral("added"), c.added},
                               {QStringLiteral("changed"), c.changed},
                               {QStringLiteral("retired"), c.retired},
                               {QStringLiteral("unchanged"), c.unchanged},
                               {QStringLiteral("added_keys"), keysJson(c.addedKeys)},
                               {QStringLiteral("changed_keys"), keysJson(c.changedKeys)},
                               {QStringLiteral("retired_keys"), keysJson(c.retiredKeys)},
                               {QStringLiteral("changed_values"), values}});
    }
    return out;
}

std::optional<qint64> CodesetReleaseStore::stage(const QString &dir, const QString &label, const QString &stagedBy,
                                                 const QDateTime &now, QString *error)
{
    // What the files would change: the import on a transaction that is rolled back.
    if (!m_db.transaction()) {
        *error = QStringLiteral("cannot begin a transaction");
        return std::nullopt;
    }
    const CodesetImporter::Report diff = CodesetImporter(m_db, m_dialect).applyIn(dir);
    m_db.rollback();
    if (!diff.ok) {
        *error = diff.error;
        return std::nullopt;
    }
    if (!m_db.transaction()) {
        *error = QStringLiteral("cannot begin a transaction");
        return std::nullopt;
    }
    const auto fail = [this, error](const QString &why) {
        m_db.rollback();
        *error = why;
        return std::nullopt;
    };
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO codeset_releases (status, label, changes, missing_files, staged_by, staged_at) "
                       "VALUES ('pending', ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(label);
    q.addBindValue(compact(changesJson(diff.counts)));
    q.addBindValue(compact(QJsonArray::fromStringList(diff.missingFiles)));
    q.addBindValue(stagedBy);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return fail(QStringLiteral("cannot write the release"));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite commits only once no statement is running
    QSqlQuery file(m_db);
    file.prepare(QStringLiteral("INSERT INTO codeset_release_files (release_id, name, content) VALUES (?, ?, ?)"));
    for (const QString &name : CodesetImporter::fileNames()) {
        QFile f(QDir(dir).filePath(name));
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read the file (%2)").arg(f.fileName(), f.errorString()));
        file.bindValue(0, id);
        file.bindValue(1, name);
        file.bindValue(2, f.readAll());
        if (!execQuery(file))
            return fail(QStringLiteral("cannot write %1 into the release").arg(name));
    }
    file.finish();
    AuditEvent event;
    event.occurredAt = now;
    event.actorUsername = stagedBy;
    event.action = QStringLiteral("codeset_release.stage");
    event.entityType = QStringLiteral("codeset_release");
    event.entityId = QString::number(id);
    event.detail = QJsonObject{{QStringLiteral("label"), label}};
    if (!AuditLog::append(m_db, m_dialect, event) || !m_db.commit())
        return fail(QStringLiteral("cannot write the release"));
    return id;
}

bool CodesetReleaseStore::select(const QString &where, const QVariantList &binds, QList<CodesetRelease> *out) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    out->clear();
    while (q.next()) {
        CodesetRelease r;
        r.id = q.value(0).toLongLong();
        r.status = q.value(1).toString();
        r.label = q.value(2).toString();
        r.changes = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            r.missingFiles << v.toString();
        r.stagedBy = q.value(5).toString();
        r.stagedAt = fromDbTimestamp(q.value(6));
        r.approvedBy = q.value(7).toString();
        r.approvedAt = fromDbTimestamp(q.value(8));
        r.publishedBy = q.value(9).toString();
        r.publishedAt = fromDbTimestamp(q.value(10));
        r.discardedBy = q.value(11).toString();
        r.discardedAt = fromDbTimestamp(q.value(12));
        out->append(r);
    }
    QSqlQuery files(m_db);
    files.prepare(QStringLiteral("SELECT name FROM codeset_release_files WHERE release_id = ? ORDER BY name"));
    for (CodesetRelease &r : *out) {
        files.bindValue(0, r.id);
        if (!execQuery(files))
            return false;
        while (files.next())
            r.files << files.value(0).toString();
    }
    return true;
}

bool CodesetReleaseStore::list(QList<CodesetRelease> *out) const
{
    return select(QStringLiteral("ORDER BY r.id DESC LIMIT 200"), {}, out);
}

std::optional<CodesetRelease> CodesetReleaseStore::find(qint64 id, bool *ok) const
{
    QList<CodesetRelease> found;
    *ok = select(QStringLiteral("WHERE r.id = ?"), {id}, &found);
    if (!*ok || found.isEmpty())
        return std::nullopt;
    return found.first();
}

CodesetReleaseStore::Result CodesetReleaseStore::transition(qint64 id, const QStringList &from, const QString &to,
                                                            const QString &column, qint64 staffId, const QDateTime &now,
                                                            QString *why)
{
    bool ok = false;
    const auto release = find(id, &ok);
    if (!release)
        return ok ? Result::NotFound : Result::Failed;
    if (!from.contains(release->status)) {
        *why = QStringLiteral("release %1 is %2; only a %3 release can be %4")
                   .arg(id)
                   .arg(release->status, from.join(QStringLiteral(" or ")), to);
        return Result::Conflict;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE codeset_releases SET status = ?, %1_by_id = ?, %1_at = ? WHERE id = ? AND status = ?")
            .arg(column));
    q.addBindValue(to);
    q.addBindValue(staffId);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(id);
    q.addBindValue(release->status);
    if (!execQuery(q))
        return Result::Failed;
    return q.numRowsAffected() == 1 ? Result::Done : Result::Conflict;
}

CodesetReleaseStore::Result CodesetReleaseStore::approve(qint64 id, qint64 staffId, const QDateTime &now, QString *why)
{
    return transition(id, {QStringLiteral("pending")}, QStringLiteral("approved"), QStringLiteral("approved"), staffId,
                      now, why);
}

CodesetReleaseStore::Result CodesetReleaseStore::discard(qint64 id, qint64 staffId, const QDateTime &now, QString *why)
{
    return transition(id, {QStringLiteral("pending"), QStringLiteral("approved")}, QStringLiteral("discarded"),
                      QStringLiteral("discarded"), staffId, now, why);
}

CodesetReleaseStore::Result CodesetReleaseStore::publish(qint64 id, qint64 staffId, const QDateTime &now, QString *why)
{
    const Result moved = transition(id, {QStringLiteral("approved")}, QStringLiteral("published"),
                                    QStringLiteral("published"), staffId, now, why);
    if (moved != Result::Done)
        return moved;
    // The parsers read files: the release's files go to a private folder first.
    QTemporaryDir dir;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, content FROM codeset_release_files WHERE release_id = ?"));
    q.addBindValue(id);
    if (!dir.isValid() || !execQuery(q))
        return Result::Failed;
    while (q.next()) {
        QFile f(dir.filePath(q.value(0).toString()));
        const QByteArray content = q.value(1).toByteArray();
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return Result::Failed;
    }
    const CodesetImporter::Report applied = CodesetImporter(m_db, m_dialect).applyIn(dir.path());
    if (!applied.ok) {
        *why = applied.error;
        return Result::Conflict;
    }
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE codeset_releases SET changes = ? WHERE id = ?"));
    u.addBindValue(compact(changesJson(applied.counts)));
    u.addBindValue(id);
    return execQuery(u) ? Result::Done : Result::Failed;
}

} // namespace izdesk::server
