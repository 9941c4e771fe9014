#pragma once

#include "http/httptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace izdesk::server {

class RequestContext;

// How many requests one key (a username, a client address, a session) may make in a sliding
// window of time. A burst up to maxRequests goes through at once; then one more each time the
// oldest counted request leaves the window.
struct RateLimit
{
    QString name;        // "sign_in_per_username": the audit trail and the 429 answer name it
    QString what;        // "sign-in attempts for one username", for the answer's detail
    int maxRequests = 0;
    int windowSeconds = 0;
};

// The limits a jurisdiction may tune with `--rate-limits FILE` (JSON; keys and defaults:
// docs/security/passwords.md). Separate from the account lockout (five wrong passwords in a
// row lock one account): these bound how fast anyone may try at all. Value type; any thread.
struct RateLimitPolicy
{
    RateLimit signInPerUsername{QStringLiteral("sign_in_per_username"),
                                QStringLiteral("sign-in attempts for one username"), 10, 300};
    RateLimit signInPerAddress{QStringLiteral("sign_in_per_address"),
                               QStringLiteral("sign-in attempts from one address"), 60, 300};
    RateLimit patientSearchPerSession{QStringLiteral("patient_search_per_session"),
                                      QStringLiteral("patient searches in one session"), 60, 60};

    static const RateLimitPolicy &defaults();
    // Parses and validates the JSON; nullopt + *error naming the key on a bad value.
    static std::optional<RateLimitPolicy> fromJson(const QByteArray &json, QString *error);
};

// The sliding windows of the running server, in memory: one per (limit, key), forgotten once
// its requests have left the window. Thread-safe (one mutex); owned by the HTTP adapter and
// reached through RequestContext::rateLimiter().
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // refused: when the next request of this key will go through
        bool firstRefusal = false; // refused, and the previous request of this key was let through
    };

    // Counts one request of `key` under `limit` at `now` when the window has room; a refused
    // request is not counted.
    Decision hit(const RateLimit &limit, const QString &key, const QDateTime &now);

    // Who a refusal is audited as (no PHI, never a password).
    struct Subject
    {
        std::optional<qint64> actorUserId;
        QString actorUsername;
        QString entityType, entityId;
    };
    // The request of `key` under `limit` on the context's limiter: nullopt when it may go on,
    // otherwise the 429 rate-limited answer with Retry-After. The first refusal of a run of
    // refusals appends one rate_limit.exceeded audit row. Without a limiter (a context built
    // outside the HTTP adapter) every request goes on.
    static std::optional<HttpResponse> enforce(RequestContext &ctx, const RateLimit &limit, const QString &key,
                                               const Subject &subject);

private:
    struct Window
    {
        QList<qint64> times; // ms since the epoch of the counted requests, oldest first
        qint64 lengthMs = 0;
        bool refusing = false;
    };
    void forgetIdle(qint64 nowMs);

    QMutex m_mutex;
    QHash<QString, Window> m_windows;
    qsizetype m_sweepAt = 1024;
};

} // namespace izdesk::server
