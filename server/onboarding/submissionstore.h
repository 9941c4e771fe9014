#pragma once

#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace izdesk::server {

// A test or monitoring HL7 file sent during an onboarding project (hl7_submissions): what the
// check found, never its content.
struct Submission
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString stage; // the project's stage when it was received
    QString filename;
    qint64 size = 0;
    QString sha256; // of the content as sent, hex
    int messages = 0;
    int errorMessages = 0;
    int warningMessages = 0;
    bool passed = false; // the report's verdict: the policy's thresholds and the file's structure
    int score = 100;     // the mean quality score of its messages
    QString reason;      // why it did not pass; empty when it passed
    QDateTime receivedAt;
    QString submittedBy;  // staff username
    QDate retentionUntil; // the content is purged after this day
    bool contentAvailable = false;

    QJsonObject toJson() const; // the contract's Submission JSON
};

// hl7_submissions: inserts a checked file with its report (masked values only) and its
// content sealed under the server's data key (AES-256-GCM, the submission id as associated
// data), reads them back, and purges content past its retention. Works on the caller's
// connection and transaction; one per request; not shared between threads.
class SubmissionStore
{
public:
    SubmissionStore(QSqlDatabase db, Dialect dialect);

    struct NewSubmission
    {
        qint64 projectId = 0;
        QString stage;
        QString filename;
        QByteArray content;
        QJsonObject report; // SubmissionCheck::reportJson()
        int messages = 0, errorMessages = 0, warningMessages = 0;
        bool passed = false;
        std::optional<qint64> submittedById;
        QDateTime receivedAt;
        QDate retentionUntil;
    };
    // Inserts the row, then seals the content with its id and writes it, and moves the
    // project's version on (its answer shows the latest submission), in the caller's
    // transaction. The new id, or nullopt (nothing is half-written once the caller rolls back).
    std::optional<qint64> insert(const NewSubmission &s, const QByteArray &dataKey);

    std::optional<Submission> find(qint64 id, bool *ok, QJsonObject *report = nullptr) const;
    bool list(qint64 projectId, QList<Submission> *out) const; // oldest first
    // The latest (highest id) submission of a project, of one stage when `stage` is not empty;
    // nullopt with *ok true when it has none.
    std::optional<Submission> latest(qint64 projectId, const QString &stage, bool *ok) const;
    struct Tally
    {
        int count = 0;
        int passed = 0;
    };
    // How many submissions a project had in one stage and how many passed; nullopt on failure.
    std::optional<Tally> tally(qint64 projectId, const QString &stage) const;

    enum class Content { Found, Purged, NotFound, Failed };
    // The content as sent. Failed on a database error or when it does not open with `dataKey`.
    Content content(qint64 id, const QByteArray &dataKey, QByteArray *out) const;

    // Sets content NULL and purged_at on every submission whose retention_until is before
    // `now`'s UTC day; the number purged, or -1 on failure. Its own transaction.
    int purgeExpired(const QDateTime &now);

    // The project's status and current stage; nullopt with *ok true when there is no such project.
    std::optional<QPair<QString, QString>> projectState(qint64 projectId, bool *ok) const;

private:
    bool select(const QString &where, const QVariantList &binds, QList<Submission> *out,
                QList<QJsonObject> *reports = nullptr) const;

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
