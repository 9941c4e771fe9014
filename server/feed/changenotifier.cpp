#include "feed/changenotifier.h"

#include "feed/changefeed.h"
#include "poolcall.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QThreadPool>

#include <utility>

namespace izdesk::server {

ChangeNotifier::ChangeNotifier(Database &database, QThreadPool *pool, const ServerConfig &config,
                               std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pool(pool)
    , m_config(config)
    , m_clock(std::move(clock))
{
}

void ChangeNotifier::notifyChanged()
{
    m_generation.fetchAndAddOrdered(1);
    QMetaObject::invokeMethod(this, &ChangeNotifier::changed, Qt::QueuedConnection);
}

void ChangeNotifier::read(qint64 since, int limit, std::function<void(const Result &)> done)
{
    runOnPool(
        m_pool, this,
        [this, since, limit] {
            Result result;
            m_database.takeFault();
            for (int attempt = 0; attempt < 2; ++attempt) {
                QSqlDatabase db = m_database.connection();
                if (db.isOpen()) {
                    const QDateTime now = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
                    result.ok = ChangeFeed::read(db, m_database.dialect(), m_config.sla(), now, since, limit,
                                                 &result.body, &result.count);
                }
                result.fault = m_database.takeFault();
                if (result.ok || result.fault != StorageFault::Unavailable)
                    break;
            }
            return result;
        },
        [done = std::move(done)](const Result &result) { done(result); });
}

} // namespace izdesk::server
