#include "feed/pgchangelistener.h"

#include "feed/changelog.h"
#include "feed/changenotifier.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

namespace izdesk::server {

namespace {
QAtomicInteger<quint64> s_listenerCounter;
}

PgChangeListener::PgChangeListener(Database &database, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
{
}

PgChangeListener::~PgChangeListener()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.driver()->unsubscribeFromNotification(QLatin1String(ChangeLog::kChannel));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PgChangeListener::start(QString *error)
{
    const QString suffix = QStringLiteral("listen-%1").arg(s_listenerCounter.fetchAndAddOrdered(1));
    QSqlDatabase db = m_database.openDedicated(suffix);
    m_connectionName = db.connectionName();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open the notification connection: %1")
                     .arg(db.lastError().text().section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == QLatin1String(ChangeLog::kChannel))
            m_notifier->notifyChanged();
    });
    if (!driver->subscribeToNotification(QLatin1String(ChangeLog::kChannel))) {
        *error = QStringLiteral("cannot LISTEN on %1").arg(QLatin1String(ChangeLog::kChannel));
        return false;
    }
    return true;
}

} // namespace izdesk::server
