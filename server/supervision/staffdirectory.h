#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// Staff as supervisors see them: shift, skills, load by status, presence and the tickets they
// are viewing; and the shift/skills update. Works on the caller's connection; one per request;
// not shared between threads.
class StaffDirectory
{
public:
    struct Member
    {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString role;
        bool onShift = false;
        QStringList skills;           // category keys; empty = all categories
        QHash<QString, int> byStatus; // active statuses only
        int openTickets = 0;          // assigned tickets in an active status
        QString presence;             // online | away | offline
        QList<qint64> viewing;
    };

    static constexpr int kMaxStaff = 1000;

    StaffDirectory(QSqlDatabase db, Dialect dialect);

    // Active staff ordered by username (at most kMaxStaff).
    bool members(const QDateTime &now, QList<Member> *out);
    // Active specialists on shift who handle `category` (no skills = all), ordered by username,
    // with their load. Candidates for auto-assignment.
    static QList<Member> eligible(const QList<Member> &members, const QString &category);
    bool update(const QString &username, std::optional<bool> onShift, std::optional<QStringList> skills, bool *found);

    static QJsonObject toJson(const Member &member);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
