#include "feed/pgchangelistener.h"

#include "feed/changelog.h"
#include "feed/changenotifier.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace izdesk::server {

namespace {
QAtomicInteger<quint64> s_listenerCounter;
Q_LOGGING_CATEGORY(lcListener, "izdesk.server.listener")
}

PgChangeListener::PgChangeListener(Database &database, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_healthTimer(new QTimer(this))
{
    m_healthTimer->setInterval(m_intervalMs);
    connect(m_healthTimer, &QTimer::timeout, this, &PgChangeListener::checkHealth);
}

PgChangeListener::~PgChangeListener()
{
    closeConnection();
}

bool PgChangeListener::start(QString *error)
{
    m_healthTimer->start();
    if (open(error))
        return true;
    m_retryMs = kFirstRetryMs;
    m_healthTimer->start(m_retryMs);
    return false;
}

void PgChangeListener::setHealthCheckInterval(int milliseconds)
{
    QMetaObject::invokeMethod(this, [this, milliseconds] {
        m_intervalMs = milliseconds;
        if (m_retryMs == 0)
            m_healthTimer->start(m_intervalMs);
    });
}

bool PgChangeListener::open(QString *error)
{
    closeConnection();
    const QString suffix = QStringLiteral("listen-%1").arg(s_listenerCounter.fetchAndAddOrdered(1));
    QSqlDatabase db = m_database.openDedicated(suffix);
    m_connectionName = db.connectionName();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open the notification connection: %1")
                     .arg(db.lastError().text().section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    QSqlQuery pid(db);
    if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
        m_backendPid = pid.value(0).toLongLong();
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == QLatin1String(ChangeLog::kChannel))
            m_notifier->notifyChanged();
    });
    if (!driver->subscribeToNotification(QLatin1String(ChangeLog::kChannel))) {
        *error = QStringLiteral("cannot LISTEN on %1").arg(QLatin1String(ChangeLog::kChannel));
        m_backendPid = 0;
        return false;
    }
    return true;
}

void PgChangeListener::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.driver()->disconnect(this);
            if (db.driver()->subscribedToNotifications().contains(QLatin1String(ChangeLog::kChannel)))
                db.driver()->unsubscribeFromNotification(QLatin1String(ChangeLog::kChannel));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_backendPid = 0;
}

void PgChangeListener::checkHealth()
{
    if (m_retryMs > 0) {
        reconnect();
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery ping(db);
        if (m_backendPid != 0 && db.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
            return;
    }
    qCWarning(lcListener) << "the change notification connection dropped; reconnecting";
    closeConnection();
    m_retryMs = kFirstRetryMs;
    reconnect();
}

void PgChangeListener::reconnect()
{
    QString why;
    if (!open(&why)) {
        // Said once per outage and again whenever the delay reaches its longest.
        if (m_retryMs == kFirstRetryMs || m_retryMs == kMaxRetryMs)
            qCWarning(lcListener).noquote() << why << "- retrying in" << m_retryMs << "ms";
        m_healthTimer->start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
        return;
    }
    m_retryMs = 0;
    m_healthTimer->start(m_intervalMs);
    m_reconnects.fetch_add(1);
    qCInfo(lcListener) << "the change notification connection is back";
    // Notifications sent while the connection was down are gone: wake every long poll so
    // it re-reads the change log from its cursor.
    m_notifier->notifyChanged();
}

} // namespace izdesk::server
