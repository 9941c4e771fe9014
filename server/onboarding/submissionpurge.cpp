#include "onboarding/submissionpurge.h"

#include "audit/auditlog.h"
#include "onboarding/submissionstore.h"
#include "poolcall.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

namespace izdesk::server {

Q_LOGGING_CATEGORY(lcPurge, "izdesk.server.submissions.purge")

namespace {

constexpr int kIntervalMs = 60 * 60 * 1000;

// The number purged (audited when any), or -1.
int purge(Database &database, const QDateTime &now)
{
    QSqlDatabase db = database.connection();
    const int purged = SubmissionStore(db, database.dialect()).purgeExpired(now);
    if (purged <= 0)
        return purged;
    AuditEvent event;
    event.occurredAt = now;
    event.actorUsername = QStringLiteral("system");
    event.action = QStringLiteral("onboarding.submission.purge");
    event.entityType = QStringLiteral("hl7_submission");
    event.detail = QJsonObject{{QStringLiteral("purged"), purged}};
    if (!AuditLog::append(db, database.dialect(), event))
        qCWarning(lcPurge) << "the audit row of a submission purge could not be written";
    return purged;
}

} // namespace

SubmissionPurgeTimer::SubmissionPurgeTimer(Database &database, QThreadPool *pool, std::function<QDateTime()> clock,
                                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pool(pool)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SubmissionPurgeTimer::runNow);
    m_timer->start();
    runNow();
}

void SubmissionPurgeTimer::runNow()
{
    if (m_running)
        return;
    m_running = true;
    const QDateTime now = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
    runOnPool(
        m_pool, this, [this, now] { return purge(m_database, now); },
        [this](int purged) {
            m_running = false;
            if (purged < 0)
                qCWarning(lcPurge) << "the submission content purge failed; retrying in an hour";
            else if (purged > 0)
                qCInfo(lcPurge) << "purged the content of" << purged << "submissions past their retention";
        });
}

} // namespace izdesk::server
