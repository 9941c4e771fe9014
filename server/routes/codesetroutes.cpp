#include "routes/codesetroutes.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

constexpr int maxRows = 1000; // CVX has ~300 codes and MVX ~100: one bounded page

HttpResponse listCodes(RequestContext &ctx, const QString &sql, const QStringList &fields)
{
    QSqlQuery q(ctx.db());
    q.setForwardOnly(true);
    if (!prepareAndExec(q, sql + QStringLiteral(" LIMIT %1").arg(maxRows + 1)))
        return Problem::internal();
    QJsonArray items;
    while (q.next() && items.size() < maxRows) {
        QJsonObject o;
        for (qsizetype i = 0; i < fields.size(); ++i)
            o.insert(fields.at(i), q.value(static_cast<int>(i)).toString());
        items.append(o);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse listCvx(RequestContext &ctx)
{
    return listCodes(ctx,
                     QStringLiteral("SELECT c.code, c.short_description, c.full_name, c.status, "
                                    "COALESCE((SELECT MIN(g.group_name) FROM code_vaccine_groups g WHERE g.cvx = c.code), '') "
                                    "FROM code_cvx c ORDER BY c.code"),
                     {QStringLiteral("code"), QStringLiteral("short_description"), QStringLiteral("full_name"),
                      QStringLiteral("status"), QStringLiteral("vaccine_group")});
}

HttpResponse listMvx(RequestContext &ctx)
{
    return listCodes(ctx, QStringLiteral("SELECT code, name, status FROM code_mvx ORDER BY code"),
                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("status")});
}

} // namespace

void registerCodesetRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/codesets/cvx"), &listCvx);
    router.add("GET", QStringLiteral("/api/v1/codesets/mvx"), &listMvx);
}

} // namespace izdesk::server
