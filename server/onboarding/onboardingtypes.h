#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The server's onboarding records as read from and written to migration 0060's tables
// (contracts-onboarding.md "Queue", "Projects and stages"). Plain values; any thread.

struct OnboardingOrganization
{
    qint64 id = 0;
    QString name;
    QString type;
    QJsonObject toJson() const;
};

struct QueueEntry
{
    qint64 id = 0;
    OnboardingOrganization organization;
    QString status = QStringLiteral("waiting"); // waiting | invited | withdrawn
    QDate registeredOn;
    QString reportingMethod = QStringLiteral("electronic");
    QString transport = QStringLiteral("soap");
    bool vfcEnrolled = false;
    int monthlyDoses = 0;
    int siteCount = 1;
    bool registrationComplete = false;
    QString requeueReason; // empty unless moved back
    std::optional<qint64> fromProjectId;
    QString notes;
    QDateTime createdAt;
    QDateTime invitedAt;
    int version = 1;
};

struct StageRow
{
    QString stage;
    int position = 0; // 1-based
    int businessDays = 0;
    QDateTime startedAt;
    QDateTime dueAt;
    QDateTime completedAt;
    std::optional<qint64> completedById;
    QString completedBy; // username

    bool overdue(const QDateTime &now) const { return !completedAt.isValid() && dueAt.isValid() && dueAt < now; }
};

struct ProjectSite
{
    qint64 facilityId = 0;
    QString facilityCode;
    QString name;
};

struct Project
{
    qint64 id = 0;
    OnboardingOrganization organization;
    std::optional<qint64> queueEntryId;
    QString status = QStringLiteral("active"); // active | moved_back | completed | withdrawn
    QString currentStage = QStringLiteral("plan");
    QString reportingMethod;
    QString transport;
    QJsonObject contacts; // {"technical": {"name","email","phone"}, "clinical_champion": …, "access_administrator": …}
    QList<ProjectSite> sites;
    QDate planAgreedOn;
    QDate clinicalWorkflowOn;
    QDate trainingOn;
    QDate goLiveOn;
    QList<StageRow> stages; // in order
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    bool isActive() const { return status == QLatin1String("active"); }
    StageRow *stage(const QString &key);
    const StageRow *stage(const QString &key) const;
    qsizetype stageIndex(const QString &key) const;
    QByteArray etag() const; // "\"<id>-<version>\"", as tickets
};

// The API's vocabularies.
namespace OnboardingValues {
const QStringList &reportingMethods();   // electronic, direct_entry
const QStringList &transports();         // soap, sftp, mllp, flat_file, web_entry
const QStringList &contactRoles();       // technical, clinical_champion, access_administrator
QString dateText(const QDate &d);        // YYYY-MM-DD or empty
QJsonValue dateJson(const QDate &d);     // YYYY-MM-DD or null
QJsonValue timeJson(const QDateTime &t); // ISO 8601 UTC with Z, or null
} // namespace OnboardingValues

} // namespace izdesk::server
