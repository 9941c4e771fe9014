#pragma once

#include "recordrenderer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace izdesk {

class SessionController;
struct ApiReply;

// The verification policy as the server sends it (GET /verification/policy): the wizard is
// built from it. Value type.
struct VerificationPolicyInfo
{
    struct Factor
    {
        QString id;
        QString label;
        QString input; // name | date | address | phone | text | attest
    };
    struct CallerType
    {
        QString id;
        QString label;
        QString subject; // patient | iis_user | none
        QStringList allOf;
        QStringList oneOf;
        QList<QStringList> anyOfGroups;
        QString scope;
        QStringList release;
    };

    int windowMinutes = 30;
    int maxFailedAttemptsPerDay = 3;
    QList<Factor> factors;
    QList<CallerType> callerTypes;

    static VerificationPolicyInfo fromJson(const QJsonObject &o);
    std::optional<Factor> factor(const QString &id) const;
    std::optional<CallerType> callerType(const QString &id) const;
    bool isEmpty() const { return callerTypes.isEmpty(); }
};

// One verification attempt (the server's Attempt JSON). Value type.
struct VerificationAttempt
{
    struct FactorResult
    {
        QString factor;
        QString result; // match | no_match | attested | not_attested
        QDateTime checkedAt;
    };

    qint64 id = 0;
    qint64 ticketId = 0;
    QString callerType;
    qint64 patientId = 0; // 0 = no patient subject
    QString outcome;      // in_progress | verified | failed | referred
    QString reason;
    QList<FactorResult> factors;
    QStringList remainingFactors;
    QStringList releaseMethods;
    QString scope;
    QDateTime expiresAt; // UTC; invalid until verified
    int attemptsFailedToday = 0;
    QString facilityCallbackPhone;
    QDateTime createdAt;
    QString createdBy;

    static VerificationAttempt fromJson(const QJsonObject &o);
    bool isDecided() const { return outcome != QLatin1String("in_progress"); }
    bool isVerified() const { return outcome == QLatin1String("verified"); }
    // Verified and not yet expired at `now`.
    bool isValidAt(const QDateTime &now) const { return isVerified() && expiresAt.isValid() && expiresAt > now; }
};

// What a passed verification may read: the history route's answer. PHI; memory only.
struct PatientHistory
{
    qint64 ticketId = 0;
    qint64 patientId = 0;
    qint64 verificationId = 0;
    QString scope; // full_history | compliance_only
    QJsonObject patient;
    QJsonArray immunizations;
    QJsonArray compliance;
};

struct DisclosureRecord
{
    qint64 id = 0;
    QDateTime disclosedAt;
    QString method;
    QString callerType;
    QString recipient;
    qint64 ticketId = 0;
    QString disclosedBy;
};

struct SupervisorAlert
{
    qint64 id = 0;
    QString kind; // release_locked | referral
    qint64 ticketId = 0;
    qint64 patientId = 0;
    qint64 attemptId = 0;
    QDateTime createdAt;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
};

// What the specialist has typed for a ticket's verification, kept here (not in the wizard)
// so closing and reopening the wizard loses nothing while the attempt is in progress. The
// inputs are what the caller said (PHI): memory only, dropped once the attempt is decided
// and on sign-out.
struct VerificationDraft
{
    QString callerType;
    qint64 patientId = 0;
    QHash<QString, QString> inputs; // "<factor>" or "<factor>.<part>" -> text
    std::optional<VerificationAttempt> attempt;
};

// Caller identity verification and record release over ApiClient (contracts-verification.md,
// "Client"): the policy, attempts and factor checks, referral, the gated history and
// releases, and the supervisor's accounting of disclosures and alerts. Every call returns at
// once; results arrive by signal; server refusals arrive as errorRaised with the problem's
// detail in plain words. GUI-thread object; never blocks.
class VerificationController : public QObject
{
    Q_OBJECT

public:
    explicit VerificationController(SessionController *session, QObject *parent = nullptr);

    void loadPolicy();
    VerificationPolicyInfo policy() const { return m_policy; }

    void start(qint64 ticketId, const QString &callerType, qint64 patientId);
    void checkFactor(qint64 attemptId, const QString &factor, const QJsonValue &value);
    void refer(qint64 attemptId, const QString &note);
    void loadAttempts(qint64 ticketId);
    void loadHistory(qint64 ticketId, qint64 patientId);
    void release(qint64 ticketId, qint64 patientId, const QString &method);

    void loadDisclosures(qint64 patientId);
    void loadAlerts();
    void acknowledgeAlert(qint64 alertId);
    void liftLock(qint64 patientId, const QString &reason);

    // The per-ticket draft (see VerificationDraft).
    VerificationDraft draft(qint64 ticketId) const { return m_drafts.value(ticketId); }
    void setDraftSubject(qint64 ticketId, const QString &callerType, qint64 patientId);
    void setDraftInput(qint64 ticketId, const QString &key, const QString &text);
    void discardDraft(qint64 ticketId);
    // The newest attempt known for the ticket (from this desk or loadAttempts).
    std::optional<VerificationAttempt> latestAttempt(qint64 ticketId) const;
    // Sign-out: forget every draft, attempt and the policy.
    void clear();

Q_SIGNALS:
    void policyLoaded(const izdesk::VerificationPolicyInfo &policy);
    void attemptChanged(const izdesk::VerificationAttempt &attempt);
    void factorChecked(qint64 attemptId, const QString &factor, const QString &result);
    void attemptsLoaded(qint64 ticketId, const QList<izdesk::VerificationAttempt> &attempts);
    // Background status refresh failed (not shown as an error: the status just stays as it was).
    void attemptsLoadFailed(qint64 ticketId, const QString &message);
    void historyLoaded(const izdesk::PatientHistory &history);
    void recordReleased(const izdesk::ReleasedRecord &record);
    void disclosuresLoaded(qint64 patientId, const QList<izdesk::DisclosureRecord> &items);
    void alertsLoaded(const QList<izdesk::SupervisorAlert> &alerts);
    void alertAcknowledged(qint64 alertId);
    void lockLifted(qint64 patientId);
    // A start refused because phone release is locked for the patient (403 verification-locked).
    void verificationLocked(qint64 ticketId, const QString &message);
    void errorRaised(const QString &message);

private:
    void remember(const VerificationAttempt &attempt);
    void fail(const ApiReply &reply);
    QString plainMessage(const ApiReply &reply) const;

    SessionController *m_session;
    VerificationPolicyInfo m_policy;
    QHash<qint64, VerificationDraft> m_drafts;           // by ticket
    QHash<qint64, VerificationAttempt> m_latest;         // by ticket
    QHash<qint64, qint64> m_ticketOfAttempt;             // attempt id -> ticket id
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::VerificationPolicyInfo)
Q_DECLARE_METATYPE(izdesk::VerificationAttempt)
Q_DECLARE_METATYPE(izdesk::PatientHistory)
Q_DECLARE_METATYPE(izdesk::DisclosureRecord)
Q_DECLARE_METATYPE(izdesk::SupervisorAlert)
