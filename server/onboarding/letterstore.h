#pragma once

#include "onboarding/onboardingtypes.h"
#include "storage/databaseconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace izdesk::server {

// Letters to an onboarding organization (onboarding_letters): filled from the templates in
// resources/letters/<kind>.json and kept as issued, so a reprint says the same. Works on the
// caller's connection and transaction; not shared between threads.
class LetterStore
{
public:
    static const QStringList &kinds(); // invitation, ongoing_submission

    // The letter's content: {"title","date","recipient":{"organization","contact"},
    // "paragraphs":[…],"signature"} with the template's placeholders ({organization},
    // {contact}, {date}, {facility_codes}, {go_live_on}, {transport}, {reporting_method})
    // filled from the project; empty when the template is missing or invalid.
    static QJsonObject fill(const QString &kind, const Project &p, const QDate &date);

    LetterStore(QSqlDatabase db, Dialect dialect);
    // The Letter JSON as stored, or an empty object on failure.
    QJsonObject insert(qint64 projectId, const QString &kind, const QJsonObject &content, qint64 staffId,
                       const QString &username, const QDateTime &now);
    bool list(qint64 projectId, QJsonArray *out);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
