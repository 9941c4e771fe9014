#include "http/ratelimiter.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "policyjson.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>

namespace izdesk::server {

namespace {

Q_LOGGING_CATEGORY(lcRateLimit, "izdesk.server.ratelimit")

bool readLimit(const QJsonObject &o, RateLimit *limit, QString *error)
{
    if (!o.contains(limit->name))
        return true;
    const QString where = limit->name + QLatin1Char('.');
    if (!o.value(limit->name).isObject()) {
        *error = QStringLiteral("%1: must be an object {\"max_requests\": N, \"window_seconds\": N}").arg(limit->name);
        return false;
    }
    const QJsonObject v = o.value(limit->name).toObject();
    return PolicyJson::onlyKnownKeys(v, {QStringLiteral("max_requests"), QStringLiteral("window_seconds")}, where,
                                     error)
        && PolicyJson::readInt(v, QStringLiteral("max_requests"), 1, 100000, &limit->maxRequests, error, where)
        && PolicyJson::readInt(v, QStringLiteral("window_seconds"), 1, 86400, &limit->windowSeconds, error, where);
}

} // namespace

const RateLimitPolicy &RateLimitPolicy::defaults()
{
    static const RateLimitPolicy policy;
    return policy;
}

std::optional<RateLimitPolicy> RateLimitPolicy::fromJson(const QByteArray &json, QString *error)
{
    RateLimitPolicy p;
    const QStringList known{p.signInPerUsername.name, p.signInPerAddress.name, p.patientSearchPerSession.name};
    const auto parsed = PolicyJson::object(json, known, error);
    if (!parsed || !readLimit(*parsed, &p.signInPerUsername, error) || !readLimit(*parsed, &p.signInPerAddress, error)
        || !readLimit(*parsed, &p.patientSearchPerSession, error))
        return std::nullopt;
    return p;
}

RateLimiter::Decision RateLimiter::hit(const RateLimit &limit, const QString &key, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 lengthMs = qint64(limit.windowSeconds) * 1000;
    QMutexLocker lock(&m_mutex);
    if (m_windows.size() >= m_sweepAt)
        forgetIdle(nowMs);
    Window &window = m_windows[limit.name + QLatin1Char('\n') + key];
    window.lengthMs = lengthMs;
    while (!window.times.isEmpty() && window.times.constFirst() <= nowMs - lengthMs)
        window.times.removeFirst();
    Decision decision;
    if (window.times.size() >= limit.maxRequests) {
        decision.allowed = false;
        const qint64 waitMs = window.times.constFirst() + lengthMs - nowMs;
        decision.retryAfterSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
        decision.firstRefusal = !window.refusing;
        window.refusing = true;
        return decision;
    }
    window.times.append(nowMs);
    window.refusing = false;
    return decision;
}

void RateLimiter::forgetIdle(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (it->times.isEmpty() || it->times.constLast() <= nowMs - it->lengthMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
    // Sweeping again only once the table has doubled keeps the cost per request constant.
    m_sweepAt = qMax<qsizetype>(1024, m_windows.size() * 2);
}

std::optional<HttpResponse> RateLimiter::enforce(RequestContext &ctx, const RateLimit &limit, const QString &key,
                                                 const Subject &subject)
{
    RateLimiter *limiter = ctx.rateLimiter();
    if (!limiter)
        return std::nullopt;
    const Decision decision = limiter->hit(limit, key, ctx.now());
    if (decision.allowed)
        return std::nullopt;
    if (decision.firstRefusal) {
        qCInfo(lcRateLimit).noquote() << "rate limit" << limit.name << "reached";
        const QJsonObject detail{{QStringLiteral("limit"), limit.name},
                                 {QStringLiteral("max_requests"), limit.maxRequests},
                                 {QStringLiteral("window_seconds"), limit.windowSeconds}};
        if (!ctx.auditAs(subject.actorUserId, subject.actorUsername, QStringLiteral("rate_limit.exceeded"),
                         subject.entityType, subject.entityId, detail))
            return Problem::internal();
    }
    return Problem::make(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests"),
                         QStringLiteral("At most %1 %2 in %3 seconds; try again in %4 seconds")
                             .arg(limit.maxRequests)
                             .arg(limit.what)
                             .arg(limit.windowSeconds)
                             .arg(decision.retryAfterSeconds),
                         {},
                         QJsonObject{{QStringLiteral("limit"), limit.name},
                                     {QStringLiteral("retry_after_seconds"), decision.retryAfterSeconds}})
        .setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
}

} // namespace izdesk::server
