#include "routes/changeroutes.h"

#include "feed/changefeed.h"
#include "feed/changenotifier.h"
#include "feed/changewait.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"

#include "slapolicy.h"

#include <QUrl>

namespace izdesk::server {

namespace {

// A whole number in [min, max] from the query, `fallback` when absent or empty.
std::optional<qint64> queryNumber(const QueryParams &query, const QString &name, qint64 fallback, qint64 min, qint64 max,
                                  QString *error)
{
    const QString text = query.value(name).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
        return std::nullopt;
    }
    return value;
}

HttpResponse listChanges(RequestContext &ctx)
{
    const QueryParams &query = ctx.request().query;
    QString error;
    const auto since = queryNumber(query, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max(), &error);
    const auto limit
        = since ? queryNumber(query, QStringLiteral("limit"), ChangeFeed::kMaxLimit, 1, ChangeFeed::kMaxLimit, &error)
                : std::nullopt;
    const auto wait
        = limit ? queryNumber(query, QStringLiteral("wait"), 0, 0, ChangeFeed::kMaxWaitSeconds, &error) : std::nullopt;
    if (!wait)
        return Problem::badRequest(error);

    // Read the generation first: a change that commits after it wakes the waiter below.
    ChangeNotifier *notifier = ctx.notifier();
    const quint64 generation = notifier ? notifier->generation() : 0;
    QJsonObject body;
    qsizetype count = 0;
    if (!ChangeFeed::read(ctx.db(), ctx.dialect(), ctx.sla(), ctx.now(), *since, static_cast<int>(*limit), &body,
                          &count))
        return Problem::internal();
    if (count > 0 || *wait == 0 || !notifier)
        return HttpResponse::json(200, body);
    HttpResponse deferred;
    deferred.deferred
        = std::make_shared<ChangeWait>(notifier, *since, static_cast<int>(*limit), static_cast<int>(*wait), generation);
    return deferred;
}

HttpResponse slaPolicy(RequestContext &ctx)
{
    return HttpResponse::json(200, ctx.sla().toJson());
}

} // namespace

void registerChangeRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/changes"), &listChanges);
    router.add("GET", QStringLiteral("/api/v1/sla-policy"), &slaPolicy);
}

} // namespace izdesk::server
