#include "routes/organizationroutes.h"

#include "accounts/accountroutesupport.h"
#include "accounts/facilitystore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/writetransaction.h"
#include "tickets/keysetcursor.h"

#include <QJsonArray>

namespace izdesk::server {

using namespace accounts;

namespace {

QJsonObject fieldsDetail(const QStringList &fields)
{
    return QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}

HttpResponse listOrganizations(RequestContext &ctx)
{
    QString error;
    const auto page = KeysetCursor::parsePage(ctx.request().query, 1, &error);
    if (!page)
        return Problem::badRequest(error);
    QList<FacilityStore::Organization> organizations;
    bool hasMore = false;
    if (!FacilityStore(ctx.db(), ctx.dialect()).organizations(page->limit, page->after ? page->after->first() : 0, &organizations, &hasMore))
        return Problem::internal();
    QJsonArray items;
    for (const auto &organization : std::as_const(organizations))
        items.append(organization.toJson());
    QJsonObject body;
    body.insert(QStringLiteral("items"), items);
    body.insert(QStringLiteral("next_cursor"), hasMore && !organizations.isEmpty()
                                                   ? QJsonValue(KeysetCursor::encode({organizations.last().id}))
                                                   : QJsonValue());
    return HttpResponse::json(200, body);
}

// Inserts f (code assigned when empty, else checked unique); a problem on failure.
std::optional<HttpResponse> insertFacility(RequestContext &ctx, FacilityStore &store, FacilityStore::Facility *f,
                                           const QString &field)
{
    if (!f->facilityCode.isEmpty()) {
        bool taken = false;
        if (!store.codeTaken(f->facilityCode, &taken))
            return Problem::internal();
        if (taken)
            return Problem::conflict(QStringLiteral("%1: the facility code %2 is already assigned").arg(field, f->facilityCode));
    }
    if (!store.insertFacility(f, policy(ctx).facilityCodePrefix)
        || !ctx.audit(QStringLiteral("facility.create"), QStringLiteral("facility"), QString::number(f->id),
                      QJsonObject{{QStringLiteral("organization_id"), f->organizationId}, {QStringLiteral("facility_code"), f->facilityCode}}))
        return Problem::internal();
    return std::nullopt;
}

HttpResponse createOrganization(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        FacilityStore::Organization o;
        QStringList changed;
        QList<FieldError> errors = FacilityStore::applyOrganization(body, true, &o, &changed);
        const QJsonValue sites = body.value(QStringLiteral("facilities"));
        if (!sites.isUndefined() && (!sites.isArray() || sites.toArray().size() > 100))
            errors.append({QStringLiteral("facilities"), QStringLiteral("must be a list of at most 100 sites")});
        QList<FacilityStore::Facility> facilities;
        const QJsonArray siteArray = sites.toArray();
        for (qsizetype i = 0; i < siteArray.size(); ++i) {
            FacilityStore::Facility f;
            QStringList fields;
            const QString prefix = QStringLiteral("facilities[%1].").arg(i);
            if (!siteArray.at(i).isObject())
                errors.append({prefix.chopped(1), QStringLiteral("must be an object")});
            else
                errors.append(FacilityStore::applyFacility(siteArray.at(i).toObject(), true, prefix, &f, &fields));
            facilities << f;
        }
        if (!errors.isEmpty())
            return Problem::validation(errors);

        QSqlDatabase db = ctx.db();
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        FacilityStore store(db, ctx.dialect());
        const auto id = store.insertOrganization(o, ctx.now());
        if (!id
            || !ctx.audit(QStringLiteral("organization.create"), QStringLiteral("organization"), QString::number(*id),
                          QJsonObject{{QStringLiteral("facilities"), facilities.size()}}))
            return Problem::internal();
        for (qsizetype i = 0; i < facilities.size(); ++i) {
            facilities[i].organizationId = *id;
            if (auto problem = insertFacility(ctx, store, &facilities[i], QStringLiteral("facilities[%1]").arg(i)))
                return *problem;
        }
        bool ok = false;
        const auto created = store.organization(*id, &ok);
        if (!created || !tx.commit())
            return Problem::internal();
        return HttpResponse::json(201, created->toJson())
            .setHeader("ETag", created->etag())
            .setHeader("Location", "/api/v1/organizations/" + QByteArray::number(*id));
    });
}

HttpResponse getOrganization(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    const auto o = id ? FacilityStore(ctx.db(), ctx.dialect()).organization(*id, &ok) : std::nullopt;
    if (!o)
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such organization"));
    return HttpResponse::json(200, o->toJson()).setHeader("ETag", o->etag());
}

// The shared shape of both If-Match patches: parse, lock, compare, apply, write, audit.
template<typename Load, typename Apply, typename Write>
HttpResponse patchWith(RequestContext &ctx, const QString &what, Load load, Apply apply, Write write)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such %1").arg(what));
    const QByteArray ifMatch = ctx.request().header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Problem::preconditionRequired(QStringLiteral("send If-Match with the ETag of the %1 you are changing").arg(what));
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    FacilityStore store(db, ctx.dialect());
    bool ok = false;
    auto current = load(store, *id, &ok);
    if (!current)
        return ok ? Problem::notFound(QStringLiteral("no such %1").arg(what)) : Problem::internal();
    if (!ifMatchAccepts(ifMatch, current->etag()))
        return Problem::preconditionFailed(QStringLiteral("the %1 was changed by someone else").arg(what),
                                           QJsonObject{{QStringLiteral("current"), current->toJson()}})
            .setHeader("ETag", current->etag());
    QStringList changed;
    const QList<FieldError> errors = apply(std::get<QJsonObject>(parsed), &*current, &changed);
    if (!errors.isEmpty())
        return Problem::validation(errors);
    if (!write(store, *current) || !ctx.audit(what + QStringLiteral(".update"), what, QString::number(*id), fieldsDetail(changed)))
        return Problem::internal();
    const auto updated = load(store, *id, &ok);
    if (!updated || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(200, updated->toJson()).setHeader("ETag", updated->etag());
}

HttpResponse patchOrganization(RequestContext &ctx)
{
    return patchWith(
        ctx, QStringLiteral("organization"), [](FacilityStore &s, qint64 id, bool *ok) { return s.organization(id, ok); },
        [](const QJsonObject &body, FacilityStore::Organization *o, QStringList *changed) {
            return FacilityStore::applyOrganization(body, false, o, changed);
        },
        [&ctx](FacilityStore &s, const FacilityStore::Organization &o) { return s.updateOrganization(o, ctx.now()); });
}

HttpResponse getFacility(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    const auto f = id ? FacilityStore(ctx.db(), ctx.dialect()).facility(*id, &ok) : std::nullopt;
    if (!f)
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such facility"));
    return HttpResponse::json(200, f->toJson()).setHeader("ETag", f->etag());
}

HttpResponse patchFacility(RequestContext &ctx)
{
    return patchWith(
        ctx, QStringLiteral("facility"), [](FacilityStore &s, qint64 id, bool *ok) { return s.facility(id, ok); },
        [](const QJsonObject &body, FacilityStore::Facility *f, QStringList *changed) {
            return FacilityStore::applyFacility(body, false, QString(), f, changed);
        },
        [](FacilityStore &s, const FacilityStore::Facility &f) { return s.updateFacility(f); });
}

HttpResponse addFacility(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such organization"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        FacilityStore::Facility f;
        QStringList changed;
        const QList<FieldError> errors = FacilityStore::applyFacility(body, true, QString(), &f, &changed);
        if (!errors.isEmpty())
            return Problem::validation(errors);
        QSqlDatabase db = ctx.db();
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        FacilityStore store(db, ctx.dialect());
        bool ok = false;
        if (!store.organization(*id, &ok))
            return ok ? Problem::notFound(QStringLiteral("no such organization")) : Problem::internal();
        f.organizationId = *id;
        if (auto problem = insertFacility(ctx, store, &f, QStringLiteral("facility_code")))
            return *problem;
        const auto created = store.facility(f.id, &ok);
        if (!created || !tx.commit())
            return Problem::internal();
        return HttpResponse::json(201, created->toJson())
            .setHeader("ETag", created->etag())
            .setHeader("Location", "/api/v1/facilities/" + QByteArray::number(f.id));
    });
}

} // namespace

void registerOrganizationRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/organizations"), &listOrganizations);
    router.add("POST", QStringLiteral("/api/v1/organizations"), &createOrganization);
    router.add("GET", QStringLiteral("/api/v1/organizations/{id}"), &getOrganization);
    router.add("PATCH", QStringLiteral("/api/v1/organizations/{id}"), &patchOrganization);
    router.add("POST", QStringLiteral("/api/v1/organizations/{id}/facilities"), &addFacility);
    router.add("GET", QStringLiteral("/api/v1/facilities/{id}"), &getFacility);
    router.add("PATCH", QStringLiteral("/api/v1/facilities/{id}"), &patchFacility);
}

} // namespace izdesk::server
