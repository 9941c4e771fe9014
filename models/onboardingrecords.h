#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk {

// Client-side values of the onboarding API (contracts-onboarding.md): the queue, projects
// with their stages and gate, test submissions, events and letters. JSON decoding and the
// words the desk shows for the API's keys; plain values, safe on any thread.

struct OnboardingOrganization
{
    qint64 id = 0;
    QString name;
    QString type; // Catalog::organizationTypes

    static OnboardingOrganization fromJson(const QJsonObject &json);
};

struct OnboardingContact
{
    QString name;
    QString email;
    QString phone;

    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && phone.isEmpty(); }
    QJsonObject toJson() const;
    static OnboardingContact fromJson(const QJsonObject &json);
    bool operator==(const OnboardingContact &other) const = default;
};

struct OnboardingQueueEntry
{
    qint64 id = 0;
    OnboardingOrganization organization;
    QString status; // waiting | invited | withdrawn
    QDate registeredOn;
    QString reportingMethod;
    QString transport;
    bool vfcEnrolled = false;
    int monthlyDoses = 0;
    int siteCount = 0;
    bool registrationComplete = false;
    int priority = 0;
    int position = 0; // 1-based rank among waiting entries, 0 otherwise
    int daysWaiting = 0;
    QString requeueReason;
    qint64 fromProjectId = 0;
    QString notes;
    int version = 0;

    bool isWaiting() const { return status == QLatin1String("waiting"); }
    static OnboardingQueueEntry fromJson(const QJsonObject &json);
};

struct OnboardingStage
{
    QString stage; // plan | test_transport | technical_review | production | monitoring
    int position = 0;
    int businessDays = 0;
    QDateTime startedAt;
    QDateTime dueAt;
    QDateTime completedAt;
    QString completedBy;
    QString state; // passed | active | pending
    bool overdue = false;

    static OnboardingStage fromJson(const QJsonObject &json);
};

struct OnboardingGate
{
    QString stage;
    bool met = false;
    QStringList reasons; // why not, in words for the vendor

    static OnboardingGate fromJson(const QJsonObject &json);
};

struct OnboardingSubmission
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString stage;
    QString filename;
    qint64 size = 0;
    int messages = 0;
    int errorMessages = 0;
    int warningMessages = 0;
    bool passed = false;
    int score = 0;
    QDateTime receivedAt;
    QString submittedBy;
    QDate retentionUntil;
    bool contentAvailable = false;

    static OnboardingSubmission fromJson(const QJsonObject &json);
};

struct OnboardingSite
{
    qint64 facilityId = 0;
    QString facilityCode;
    QString name;

    static OnboardingSite fromJson(const QJsonObject &json);
};

struct OnboardingProject
{
    qint64 id = 0;
    OnboardingOrganization organization;
    qint64 queueEntryId = 0;
    QString status; // active | moved_back | completed | withdrawn
    QString currentStage;
    bool overdue = false;
    QString reportingMethod;
    QString transport;
    // Keyed by the contact roles of Onboarding::contactRoles().
    QList<QPair<QString, OnboardingContact>> contacts;
    QList<OnboardingSite> sites;
    QDate planAgreedOn;
    QDate clinicalWorkflowOn;
    QDate trainingOn;
    QDate goLiveOn;
    QList<OnboardingStage> stages;
    OnboardingGate gate;
    std::optional<OnboardingSubmission> latestSubmission;
    QString dataUseAgreement; // current | expiring | expired | ended | none
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isActive() const { return status == QLatin1String("active"); }
    OnboardingContact contact(const QString &role) const;
    // The entry of the current stage, or nullptr when the answer carries none.
    const OnboardingStage *currentStageEntry() const;
    // The ETag the server gives a project, as for tickets: "\"<id>-<version>\"".
    QByteArray etag() const;
    static OnboardingProject fromJson(const QJsonObject &json);
};

struct OnboardingEvent
{
    qint64 id = 0;
    QString kind;
    QString stage;
    QString detail;
    QString staff;
    QDateTime at;

    static OnboardingEvent fromJson(const QJsonObject &json);
};

struct OnboardingLetter
{
    qint64 id = 0;
    QString kind; // invitation | ongoing_submission
    QDateTime issuedAt;
    QString issuedBy;
    QJsonObject content; // {"title","date","recipient":{"organization","contact"},"paragraphs","signature"}

    static OnboardingLetter fromJson(const QJsonObject &json);
};

// The words for the onboarding API's keys. Pure.
class Onboarding
{
    Q_DECLARE_TR_FUNCTIONS(Onboarding)

public:
    // The five stages in order.
    static const QStringList &stageKeys();
    static QString stageLabel(const QString &stage);
    static QString stageStateLabel(const QString &state);
    static QString projectStatusLabel(const QString &status);
    static QString queueStatusLabel(const QString &status);
    // technical | clinical_champion | access_administrator
    static const QStringList &contactRoles();
    static QString contactRoleLabel(const QString &role);
    static QString transportLabel(const QString &transport);
    static QString reportingMethodLabel(const QString &method);
    static QString letterKindLabel(const QString &kind);
    static QString agreementLabel(const QString &status);
    static QString eventKindLabel(const QString &kind);
    // A time as the onboarding views show it: the local date (short format) and HH:mm; "" when invalid.
    static QString timeText(const QDateTime &at);
    // "3 days left", "due today", "2 days overdue", "no due date": the due date as seen at `now`.
    static QString dueText(const QDateTime &dueAt, bool overdue, const QDateTime &now);
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::OnboardingProject)
Q_DECLARE_METATYPE(izdesk::OnboardingQueueEntry)
