#include "verificationcontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

namespace izdesk {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QDateTime utc(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

qint64 idOf(const QJsonValue &v)
{
    return v.isDouble() ? v.toInteger() : v.toString().toLongLong();
}

} // namespace

VerificationPolicyInfo VerificationPolicyInfo::fromJson(const QJsonObject &o)
{
    VerificationPolicyInfo p;
    p.windowMinutes = o.value(QStringLiteral("window_minutes")).toInt(30);
    p.maxFailedAttemptsPerDay = o.value(QStringLiteral("max_failed_attempts_per_day")).toInt(3);
    const QJsonObject factors = o.value(QStringLiteral("factors")).toObject();
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        p.factors.append({it.key(), f.value(QStringLiteral("label")).toString(), f.value(QStringLiteral("input")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("caller_types")).toArray()) {
        const QJsonObject c = v.toObject();
        CallerType t;
        t.id = c.value(QStringLiteral("id")).toString();
        t.label = c.value(QStringLiteral("label")).toString();
        t.subject = c.value(QStringLiteral("subject")).toString();
        t.allOf = strings(c.value(QStringLiteral("all_of")));
        t.oneOf = strings(c.value(QStringLiteral("one_of")));
        for (const QJsonValue &g : c.value(QStringLiteral("any_of_groups")).toArray())
            t.anyOfGroups.append(strings(g));
        t.scope = c.value(QStringLiteral("scope")).toString();
        t.release = strings(c.value(QStringLiteral("release")));
        p.callerTypes.append(t);
    }
    return p;
}

std::optional<VerificationPolicyInfo::Factor> VerificationPolicyInfo::factor(const QString &id) const
{
    for (const Factor &f : factors) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

std::optional<VerificationPolicyInfo::CallerType> VerificationPolicyInfo::callerType(const QString &id) const
{
    for (const CallerType &t : callerTypes) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

VerificationAttempt VerificationAttempt::fromJson(const QJsonObject &o)
{
    VerificationAttempt a;
    a.id = idOf(o.value(QStringLiteral("id")));
    a.ticketId = idOf(o.value(QStringLiteral("ticket_id")));
    a.callerType = o.value(QStringLiteral("caller_type")).toString();
    a.patientId = idOf(o.value(QStringLiteral("patient_id")));
    a.outcome = o.value(QStringLiteral("outcome")).toString();
    a.reason = o.value(QStringLiteral("reason")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("factors")).toArray()) {
        const QJsonObject f = v.toObject();
        a.factors.append({f.value(QStringLiteral("factor")).toString(), f.value(QStringLiteral("result")).toString(),
                          utc(f.value(QStringLiteral("checked_at")))});
    }
    a.remainingFactors = strings(o.value(QStringLiteral("remaining_factors")));
    a.releaseMethods = strings(o.value(QStringLiteral("release_methods")));
    a.scope = o.value(QStringLiteral("scope")).toString();
    a.expiresAt = utc(o.value(QStringLiteral("expires_at")));
    a.attemptsFailedToday = o.value(QStringLiteral("attempts_failed_today")).toInt();
    a.facilityCallbackPhone = o.value(QStringLiteral("facility_callback_phone")).toString();
    a.createdAt = utc(o.value(QStringLiteral("created_at")));
    a.createdBy = o.value(QStringLiteral("created_by")).toString();
    return a;
}

VerificationController::VerificationController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::VerificationPolicyInfo>();
    qRegisterMetaType<izdesk::VerificationAttempt>();
    qRegisterMetaType<izdesk::PatientHistory>();
}

QString VerificationController::plainMessage(const ApiReply &reply) const
{
    const QString type = reply.problemType();
    const QString detail = reply.errorMessage();
    if (type == QLatin1String("verification-locked"))
        return tr("Phone release is locked for this patient after %1 failed verification attempts today. "
                  "A supervisor has been alerted and can lift the lock.")
            .arg(m_policy.maxFailedAttemptsPerDay);
    if (type == QLatin1String("verification-required"))
        return tr("Not released: %1").arg(detail);
    if (reply.status() == 403)
        return tr("You are not allowed to do this: %1").arg(detail);
    if (reply.status() == 404)
        return tr("The ticket or patient record was not found (it may have been removed or locked): %1").arg(detail);
    if (type == QLatin1String("conflict"))
        return tr("That was already done on this attempt: %1").arg(detail);
    return detail;
}

void VerificationController::fail(const ApiReply &reply)
{
    Q_EMIT errorRaised(plainMessage(reply));
}

void VerificationController::remember(const VerificationAttempt &attempt)
{
    m_ticketOfAttempt.insert(attempt.id, attempt.ticketId);
    const auto known = m_latest.constFind(attempt.ticketId);
    if (known == m_latest.cend() || known->id <= attempt.id)
        m_latest.insert(attempt.ticketId, attempt);
    auto draft = m_drafts.find(attempt.ticketId);
    if (draft != m_drafts.end() && (!draft->attempt || draft->attempt->id <= attempt.id)) {
        draft->attempt = attempt;
        if (attempt.isDecided())
            draft->inputs.clear(); // what the caller said is no longer needed
    }
}

void VerificationController::loadPolicy()
{
    m_session->api()->send("GET", QStringLiteral("/verification/policy"), {}, nullptr, {}, [this](const ApiReply &reply) {
        if (!reply.ok())
            return fail(reply);
        m_policy = VerificationPolicyInfo::fromJson(reply.object());
        Q_EMIT policyLoaded(m_policy);
    });
}

void VerificationController::start(qint64 ticketId, const QString &callerType, qint64 patientId)
{
    QJsonObject body{{QStringLiteral("caller_type"), callerType}};
    const auto type = m_policy.callerType(callerType);
    if (patientId > 0 && (!type || type->subject == QLatin1String("patient")))
        body.insert(QStringLiteral("patient_id"), patientId);
    setDraftSubject(ticketId, callerType, patientId);
    if (VerificationDraft &d = m_drafts[ticketId]; d.attempt && d.attempt->isDecided())
        d.attempt.reset(); // a new attempt after a decided one
    m_session->api()->send("POST", QStringLiteral("/tickets/%1/verifications").arg(ticketId), {}, &body, {},
                           [this, ticketId](const ApiReply &reply) {
                               if (reply.problemType() == QLatin1String("verification-locked"))
                                   return Q_EMIT verificationLocked(ticketId, plainMessage(reply));
                               if (!reply.ok())
                                   return fail(reply);
                               const VerificationAttempt attempt = VerificationAttempt::fromJson(reply.object());
                               m_drafts[ticketId].attempt = attempt;
                               remember(attempt);
                               Q_EMIT attemptChanged(attempt);
                           });
}

void VerificationController::checkFactor(qint64 attemptId, const QString &factor, const QJsonValue &value)
{
    const QJsonObject body{{QStringLiteral("factor"), factor}, {QStringLiteral("value"), value}};
    m_session->api()->send("POST", QStringLiteral("/verifications/%1/factors").arg(attemptId), {}, &body, {},
                           [this, attemptId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               const QJsonObject o = reply.object();
                               const VerificationAttempt attempt
                                   = VerificationAttempt::fromJson(o.value(QStringLiteral("attempt")).toObject());
                               remember(attempt);
                               Q_EMIT factorChecked(attemptId, o.value(QStringLiteral("factor")).toString(),
                                                    o.value(QStringLiteral("result")).toString());
                               Q_EMIT attemptChanged(attempt);
                           });
}

void VerificationController::refer(qint64 attemptId, const QString &note)
{
    const QJsonObject body{{QStringLiteral("note"), note}};
    m_session->api()->send("POST", QStringLiteral("/verifications/%1/refer").arg(attemptId), {}, &body, {},
                           [this](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               const VerificationAttempt attempt = VerificationAttempt::fromJson(reply.object());
                               remember(attempt);
                               Q_EMIT attemptChanged(attempt);
                           });
}

void VerificationController::loadAttempts(qint64 ticketId)
{
    m_session->api()->send("GET", QStringLiteral("/tickets/%1/verifications").arg(ticketId), {}, nullptr, {},
                           [this, ticketId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return Q_EMIT attemptsLoadFailed(ticketId, plainMessage(reply));
                               QList<VerificationAttempt> attempts;
                               for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
                                   attempts.append(VerificationAttempt::fromJson(v.toObject()));
                                   remember(attempts.constLast());
                               }
                               Q_EMIT attemptsLoaded(ticketId, attempts);
                           });
}

void VerificationController::loadHistory(qint64 ticketId, qint64 patientId)
{
    m_session->api()->send("GET", QStringLiteral("/tickets/%1/patients/%2/history").arg(ticketId).arg(patientId), {},
                           nullptr, {}, [this, ticketId, patientId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               const QJsonObject o = reply.object();
                               PatientHistory h;
                               h.ticketId = ticketId;
                               h.patientId = patientId;
                               h.verificationId = idOf(o.value(QStringLiteral("verification_id")));
                               h.scope = o.value(QStringLiteral("scope")).toString();
                               h.patient = o.value(QStringLiteral("patient")).toObject();
                               h.immunizations = o.value(QStringLiteral("immunizations")).toArray();
                               h.compliance = o.value(QStringLiteral("compliance")).toArray();
                               Q_EMIT historyLoaded(h);
                           });
}

void VerificationController::release(qint64 ticketId, qint64 patientId, const QString &method)
{
    const QJsonObject body{{QStringLiteral("method"), method}};
    m_session->api()->send("POST", QStringLiteral("/tickets/%1/patients/%2/releases").arg(ticketId).arg(patientId), {},
                           &body, {}, [this, ticketId, patientId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               ReleasedRecord record = ReleasedRecord::fromJson(reply.object());
                               record.ticketId = ticketId;
                               if (record.patientId == 0)
                                   record.patientId = patientId;
                               const StaffUser me = m_session->currentUser();
                               record.releasedBy = me.displayName.isEmpty() ? me.username : me.displayName;
                               if (!record.releasedAt.isValid())
                                   record.releasedAt = QDateTime::currentDateTimeUtc();
                               Q_EMIT recordReleased(record);
                           });
}

void VerificationController::loadDisclosures(qint64 patientId)
{
    m_session->api()->send("GET", QStringLiteral("/patients/%1/disclosures").arg(patientId), {}, nullptr, {},
                           [this, patientId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               QList<DisclosureRecord> items;
                               for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
                                   const QJsonObject o = v.toObject();
                                   items.append({idOf(o.value(QStringLiteral("id"))),
                                                 utc(o.value(QStringLiteral("disclosed_at"))),
                                                 o.value(QStringLiteral("method")).toString(),
                                                 o.value(QStringLiteral("caller_type")).toString(),
                                                 o.value(QStringLiteral("recipient")).toString(),
                                                 idOf(o.value(QStringLiteral("ticket_id"))),
                                                 o.value(QStringLiteral("disclosed_by")).toString()});
                               }
                               Q_EMIT disclosuresLoaded(patientId, items);
                           });
}

void VerificationController::loadAlerts()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("open"), QStringLiteral("true"));
    m_session->api()->send("GET", QStringLiteral("/alerts"), query, nullptr, {}, [this](const ApiReply &reply) {
        if (!reply.ok())
            return fail(reply);
        QList<SupervisorAlert> alerts;
        for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            alerts.append({idOf(o.value(QStringLiteral("id"))), o.value(QStringLiteral("kind")).toString(),
                           idOf(o.value(QStringLiteral("ticket_id"))), idOf(o.value(QStringLiteral("patient_id"))),
                           idOf(o.value(QStringLiteral("attempt_id"))), utc(o.value(QStringLiteral("created_at"))),
                           utc(o.value(QStringLiteral("acknowledged_at"))),
                           o.value(QStringLiteral("acknowledged_by")).toString()});
        }
        Q_EMIT alertsLoaded(alerts);
    });
}

void VerificationController::acknowledgeAlert(qint64 alertId)
{
    const QJsonObject body;
    m_session->api()->send("POST", QStringLiteral("/alerts/%1/acknowledge").arg(alertId), {}, &body, {},
                           [this, alertId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               Q_EMIT alertAcknowledged(alertId);
                           });
}

void VerificationController::liftLock(qint64 patientId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT errorRaised(tr("Give a reason for lifting the lock."));
        return;
    }
    const QJsonObject body{{QStringLiteral("reason"), reason.trimmed()}};
    m_session->api()->send("DELETE", QStringLiteral("/patients/%1/release-lock").arg(patientId), {}, &body, {},
                           [this, patientId](const ApiReply &reply) {
                               if (!reply.ok())
                                   return fail(reply);
                               Q_EMIT lockLifted(patientId);
                           });
}

void VerificationController::setDraftSubject(qint64 ticketId, const QString &callerType, qint64 patientId)
{
    VerificationDraft &d = m_drafts[ticketId];
    if (d.callerType != callerType || d.patientId != patientId) {
        // A new subject starts a new attempt: nothing typed for the old one applies.
        d.inputs.clear();
        d.attempt.reset();
    }
    d.callerType = callerType;
    d.patientId = patientId;
}

void VerificationController::setDraftInput(qint64 ticketId, const QString &key, const QString &text)
{
    VerificationDraft &d = m_drafts[ticketId];
    if (d.attempt && d.attempt->isDecided())
        return;
    d.inputs.insert(key, text);
}

void VerificationController::discardDraft(qint64 ticketId)
{
    m_drafts.remove(ticketId);
}

std::optional<VerificationAttempt> VerificationController::latestAttempt(qint64 ticketId) const
{
    const auto it = m_latest.constFind(ticketId);
    if (it == m_latest.cend())
        return std::nullopt;
    return *it;
}

void VerificationController::clear()
{
    m_drafts.clear();
    m_latest.clear();
    m_ticketOfAttempt.clear();
    m_policy = {};
}

} // namespace izdesk
