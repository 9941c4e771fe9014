#include "routes/staffroutes.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "permissions.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

constexpr int maxStaff = 1000;

QJsonObject meJson(qint64 id, const QString &username, const QString &displayName, const QString &role)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("role"), role}};
}

HttpResponse me(RequestContext &ctx)
{
    const Principal &p = ctx.principal();
    QJsonObject body = meJson(p.userId, p.username, p.displayName, p.role);
    body.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(Permissions::keysFor(p.role)));
    return HttpResponse::json(200, body);
}

HttpResponse listStaff(RequestContext &ctx)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT id, username, display_name, role FROM staff_users "
                             "WHERE active = TRUE ORDER BY username LIMIT %1").arg(maxStaff));
    if (!execQuery(q))
        return Problem::internal();
    QJsonArray items;
    while (q.next()) {
        items.append(meJson(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()));
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace

void registerStaffRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/me"), &me);
    router.add("GET", QStringLiteral("/api/v1/staff"), &listStaff);
}

} // namespace izdesk::server
