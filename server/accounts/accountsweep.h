#pragma once

#include "accounts/accountspolicy.h"
#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QThreadPool;
class QTimer;

namespace izdesk::server {

class Database;

// The daily sweep (contracts-accounts.md): inactivates every active IIS user whose required
// agreement is no longer current or who has not logged in for inactivity_days, in one write
// transaction, auditing each. Stateless; any thread with its own connection.
class AccountSweep
{
public:
    struct Item
    {
        qint64 id = 0;
        QString username;
        QString reason;
    };
    // actorUserId/actorName name who ran it (a staff member, or "system" for the timer/tool).
    static bool run(QSqlDatabase db, Dialect dialect, const AccountsPolicy &policy, const QDateTime &now,
                    std::optional<qint64> actorUserId, const QString &actorName, QList<Item> *inactivated);
    static QJsonArray toJson(const QList<Item> &items);
};

// Runs the sweep on the server's pool every sweep_interval_minutes when the last run was on
// an earlier UTC day (so once a day, soon after midnight or after a restart). Lives on the
// server thread; the sweep itself runs on the pool with that thread's connection.
class AccountSweepTimer : public QObject
{
    Q_OBJECT

public:
    AccountSweepTimer(Database &database, QThreadPool *pool, const AccountsPolicy &policy,
                      std::function<QDateTime()> clock, QObject *parent = nullptr);
    void runIfDue();

private:
    Database &m_database;
    QThreadPool *m_pool;
    const AccountsPolicy &m_policy;
    std::function<QDateTime()> m_clock;
    QTimer *m_timer;
    QDate m_lastRun;
    bool m_running = false;
};

} // namespace izdesk::server
