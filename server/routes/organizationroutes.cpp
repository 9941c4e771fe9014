#include "routes/organizationroutes.h"

#include "http/access.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "tickets/keysetcursor.h"
#include "tickets/organizationstore.h"

#include <QJsonArray>

namespace izdesk::server {

namespace {

QJsonObject toJson(const OrganizationStore::Organization &organization)
{
    QJsonArray facilities;
    for (const auto &f : organization.facilities) {
        QJsonObject facility;
        facility.insert(QStringLiteral("id"), f.id);
        facility.insert(QStringLiteral("name"), f.name);
        facility.insert(QStringLiteral("facility_code"), f.facilityCode);
        facility.insert(QStringLiteral("phone"), f.phone);
        facilities.append(facility);
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), organization.id);
    o.insert(QStringLiteral("name"), organization.name);
    o.insert(QStringLiteral("type"), organization.type);
    o.insert(QStringLiteral("facilities"), facilities);
    return o;
}

HttpResponse listOrganizations(RequestContext &ctx)
{
    QString error;
    const auto page = KeysetCursor::parsePage(ctx.request().query, 1, &error);
    if (!page)
        return Problem::badRequest(error);
    OrganizationStore store(ctx.db(), ctx.dialect());
    QList<OrganizationStore::Organization> organizations;
    bool hasMore = false;
    if (!store.list(page->limit, page->after ? std::optional<qint64>(page->after->first()) : std::nullopt,
                    &organizations, &hasMore))
        return Problem::internal();
    QJsonArray items;
    for (const auto &organization : std::as_const(organizations))
        items.append(toJson(organization));
    QJsonObject body;
    body.insert(QStringLiteral("items"), items);
    body.insert(QStringLiteral("next_cursor"), hasMore && !organizations.isEmpty()
                                                   ? QJsonValue(KeysetCursor::encode({organizations.last().id}))
                                                   : QJsonValue());
    return HttpResponse::json(200, body);
}

} // namespace

void registerOrganizationRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/organizations"), Access::anyStaff(), &listOrganizations);
}

} // namespace izdesk::server
