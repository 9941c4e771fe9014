#include "onboarding/submissionstore.h"

#include "phicipher.h"
#include "storage/sqlutil.h"
#include "ticket.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcSubmissions, "izdesk.server.submissions")

namespace {

const QString kSelect = QStringLiteral(
    "SELECT h.id, h.project_id, h.stage, h.filename, h.size, h.sha256, h.message_count, h.error_messages, "
    "h.warning_messages, h.passed, h.received_at, s.username, h.retention_until, "
    "CASE WHEN h.content IS NULL THEN 0 ELSE 1 END, h.report "
    "FROM hl7_submissions h LEFT JOIN staff_users s ON s.id = h.submitted_by_id ");

// The mean of the messages' quality scores, and the verdict's reason.
void readReport(const QJsonObject &report, Submission *s)
{
    const QJsonArray messages = report.value(QStringLiteral("messages")).toArray();
    qint64 sum = 0;
    for (const QJsonValue &m : messages)
        sum += m.toObject().value(QStringLiteral("score")).toInt();
    s->score = messages.isEmpty() ? 100 : int((sum + messages.size() / 2) / messages.size());
    s->reason = report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("reason")).toString();
}

QByteArray aadFor(qint64 id)
{
    return "hl7_submission:" + QByteArray::number(id);
}

} // namespace

QJsonObject Submission::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("project_id"), projectId},
                       {QStringLiteral("stage"), stage},
                       {QStringLiteral("filename"), filename},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("error_messages"), errorMessages},
                       {QStringLiteral("warning_messages"), warningMessages},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("received_at"), toIsoUtc(receivedAt)},
                       {QStringLiteral("submitted_by"), submittedBy},
                       {QStringLiteral("retention_until"), retentionUntil.toString(Qt::ISODate)},
                       {QStringLiteral("content_available"), contentAvailable}};
}

SubmissionStore::SubmissionStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<qint64> SubmissionStore::insert(const NewSubmission &s, const QByteArray &dataKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO hl7_submissions (project_id, stage, filename, size, sha256, content, message_count, "
        "error_messages, warning_messages, passed, report, submitted_by_id, received_at, retention_until) "
        "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(s.projectId);
    q.addBindValue(s.stage);
    // A file sent without a name is stored with an empty one (a null QString binds as NULL).
    q.addBindValue(s.filename.isNull() ? QStringLiteral("") : s.filename);
    q.addBindValue(qint64(s.content.size()));
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(s.content, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(s.messages);
    q.addBindValue(s.errorMessages);
    q.addBindValue(s.warningMessages);
    q.addBindValue(s.passed ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.report).toJson(QJsonDocument::Compact)));
    q.addBindValue(s.submittedById ? QVariant(*s.submittedById) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(toDbTimestamp(s.receivedAt, m_dialect));
    q.addBindValue(s.retentionUntil.toString(Qt::ISODate));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    const QByteArray sealed = PhiCipher::seal(dataKey, s.content, aadFor(id));
    if (sealed.isEmpty())
        return std::nullopt;
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE hl7_submissions SET content = ? WHERE id = ?"));
    u.addBindValue(sealed);
    u.addBindValue(id);
    // The project's answer carries its latest submission: its version (and ETag) moves on.
    QSqlQuery project(m_db);
    project.prepare(QStringLiteral("UPDATE onboarding_projects SET version = version + 1, updated_at = ? WHERE id = ?"));
    project.addBindValue(toDbTimestamp(s.receivedAt, m_dialect));
    project.addBindValue(s.projectId);
    if (!execQuery(u) || !execQuery(project))
        return std::nullopt;
    return id;
}

bool SubmissionStore::select(const QString &where, const QVariantList &binds, QList<Submission> *out,
                             QList<QJsonObject> *reports) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    out->clear();
    while (q.next()) {
        Submission s;
        s.id = q.value(0).toLongLong();
        s.projectId = q.value(1).toLongLong();
        s.stage = q.value(2).toString();
        s.filename = q.value(3).toString();
        s.size = q.value(4).toLongLong();
        s.sha256 = q.value(5).toString();
        s.messages = q.value(6).toInt();
        s.errorMessages = q.value(7).toInt();
        s.warningMessages = q.value(8).toInt();
        s.passed = q.value(9).toInt() != 0;
        s.receivedAt = fromDbTimestamp(q.value(10));
        s.submittedBy = q.value(11).toString();
        s.retentionUntil = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        s.contentAvailable = q.value(13).toInt() != 0;
        const QJsonObject report = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
        readReport(report, &s);
        if (reports)
            reports->append(report);
        out->append(s);
    }
    return true;
}

std::optional<Submission> SubmissionStore::find(qint64 id, bool *ok, QJsonObject *report) const
{
    QList<Submission> found;
    QList<QJsonObject> reports;
    *ok = select(QStringLiteral("WHERE h.id = ?"), {id}, &found, &reports);
    if (!*ok || found.isEmpty())
        return std::nullopt;
    if (report)
        *report = reports.first();
    return found.first();
}

bool SubmissionStore::list(qint64 projectId, QList<Submission> *out) const
{
    return select(QStringLiteral("WHERE h.project_id = ? ORDER BY h.id"), {projectId}, out);
}

std::optional<Submission> SubmissionStore::latest(qint64 projectId, const QString &stage, bool *ok) const
{
    QList<Submission> found;
    *ok = stage.isEmpty()
              ? select(QStringLiteral("WHERE h.project_id = ? ORDER BY h.id DESC LIMIT 1"), {projectId}, &found)
              : select(QStringLiteral("WHERE h.project_id = ? AND h.stage = ? ORDER BY h.id DESC LIMIT 1"),
                       {projectId, stage}, &found);
    if (!*ok || found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<SubmissionStore::Tally> SubmissionStore::tally(qint64 projectId, const QString &stage) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(passed), 0) FROM hl7_submissions "
                             "WHERE project_id = ? AND stage = ?"));
    q.addBindValue(projectId);
    q.addBindValue(stage);
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return Tally{q.value(0).toInt(), q.value(1).toInt()};
}

SubmissionStore::Content SubmissionStore::content(qint64 id, const QByteArray &dataKey, QByteArray *out) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM hl7_submissions WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q))
        return Content::Failed;
    if (!q.next())
        return Content::NotFound;
    if (q.value(0).isNull())
        return Content::Purged;
    auto plain = PhiCipher::open(dataKey, q.value(0).toByteArray(), aadFor(id));
    if (!plain) {
        qCWarning(lcSubmissions) << "the sealed content of submission" << id
                                 << "does not open with the server's data key (a different --data-key?)";
        return Content::Failed;
    }
    *out = std::move(*plain);
    return Content::Found;
}

int SubmissionStore::purgeExpired(const QDateTime &now)
{
    if (!m_db.transaction())
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE hl7_submissions SET content = NULL, purged_at = ? "
                             "WHERE purged_at IS NULL AND retention_until < ?"));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(now.toUTC().date().toString(Qt::ISODate));
    if (!execQuery(q)) {
        m_db.rollback();
        return -1;
    }
    const int purged = q.numRowsAffected();
    if (!m_db.commit()) {
        m_db.rollback();
        return -1;
    }
    return purged;
}

std::optional<QPair<QString, QString>> SubmissionStore::projectState(qint64 projectId, bool *ok) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, current_stage FROM onboarding_projects WHERE id = ?"));
    q.addBindValue(projectId);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return QPair<QString, QString>{q.value(0).toString(), q.value(1).toString()};
}

} // namespace izdesk::server
