#include "accounts/accountsweep.h"

#include "accounts/iisuserstore.h"
#include "audit/auditlog.h"
#include "poolcall.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcAccounts, "izdesk.server.accounts")

bool AccountSweep::run(QSqlDatabase db, Dialect dialect, const AccountsPolicy &policy, const QDateTime &now,
                       std::optional<qint64> actorUserId, const QString &actorName, QList<Item> *inactivated)
{
    const QDate today = now.toUTC().date();
    if (!beginWriteTransaction(db, dialect))
        return false;
    const auto fail = [&db] {
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM iis_users WHERE status = 'active' ORDER BY id"));
    if (!execQuery(q))
        return fail();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    IisUserStore users(db, dialect, policy, today);
    AgreementStore agreements(db, dialect, policy);
    const QDateTime idleSince = now.addDays(-policy.inactivityDays);
    for (qint64 id : std::as_const(ids)) {
        bool ok = false;
        auto user = users.find(id, &ok);
        if (!ok)
            return fail();
        if (!user)
            continue;
        QString reason;
        if (!agreements.activationRefusal(id, today, QDateTime(), &ok).isEmpty())
            reason = QStringLiteral("agreement expired");
        if (!ok)
            return fail();
        const QDateTime lastSeen = user->lastLoginAt.isValid()   ? user->lastLoginAt
                                   : user->activatedAt.isValid() ? user->activatedAt
                                                                 : user->createdAt;
        if (reason.isEmpty() && lastSeen < idleSince)
            reason = QStringLiteral("no login for %1 days").arg(policy.inactivityDays);
        if (reason.isEmpty())
            continue;
        int status = 0;
        users.transition(&*user, QStringLiteral("inactive"), reason, now, &status, &ok);
        AuditEvent event;
        event.occurredAt = now;
        event.actorUserId = actorUserId;
        event.actorUsername = actorName;
        event.action = QStringLiteral("iis_user.sweep_inactivate");
        event.entityType = QStringLiteral("iis_user");
        event.entityId = QString::number(id);
        event.detail = QJsonObject{{QStringLiteral("reason"), reason}};
        if (!ok || !users.update(&*user, now, false) || !AuditLog::append(db, dialect, event))
            return fail();
        inactivated->append({id, user->username, reason});
    }
    if (!db.commit())
        return fail();
    return true;
}

QJsonArray AccountSweep::toJson(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &i : items)
        array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("username"), i.username},
                                 {QStringLiteral("reason"), i.reason}});
    return array;
}

AccountSweepTimer::AccountSweepTimer(Database &database, QThreadPool *pool, const AccountsPolicy &policy,
                                     std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pool(pool)
    , m_policy(policy)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(m_policy.sweepIntervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AccountSweepTimer::runIfDue);
    m_timer->start();
}

void AccountSweepTimer::runIfDue()
{
    const QDateTime now = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
    if (m_running || m_lastRun == now.date())
        return;
    m_running = true;
    runOnPool(
        m_pool, this,
        [this, now] {
            QList<AccountSweep::Item> items;
            const bool ok = AccountSweep::run(m_database.connection(), m_database.dialect(), m_policy, now,
                                              std::nullopt, QStringLiteral("system"), &items);
            return ok ? int(items.size()) : -1;
        },
        [this, now](int count) {
            m_running = false;
            if (count < 0) {
                qCWarning(lcAccounts) << "account sweep failed; retrying at the next interval";
                return;
            }
            m_lastRun = now.date();
            qCInfo(lcAccounts) << "account sweep inactivated" << count << "accounts";
        });
}

} // namespace izdesk::server
