#include "routes/scimroutes.h"
#include "routes/scimcall.h"
#include "routes/scimtokenroutes.h"

#include "accounts/accountroutesupport.h"
#include "accounts/iisuserstore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "scim/scimdiscovery.h"
#include "scim/scimresource.h"
#include "scim/scimtokens.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

namespace izdesk::server {

using namespace accounts;
using namespace scimapi;

namespace {

IisUserStore usersFor(ScimCall &call)
{
    return IisUserStore(call.ctx.db(), call.ctx.dialect(), policy(call.ctx), today(call.ctx));
}

std::optional<IisUserStore::User> findVisible(ScimCall &call, IisUserStore &store, bool *ok)
{
    bool valid = false;
    const qint64 id = call.ctx.request().pathParams.value(QStringLiteral("id")).toLongLong(&valid);
    *ok = true;
    if (!valid || id <= 0)
        return std::nullopt;
    auto u = store.find(id, ok);
    if (u && u->scimDeletedAt.isValid())
        return std::nullopt;
    return u;
}

HttpResponse listUsers(ScimCall &call)
{
    const QueryParams &query = call.ctx.request().query;
    IisUserStore::Filter filter;
    filter.excludeScimDeleted = true;
    HttpResponse problem;
    const auto clauses = filterClauses(query, &problem);
    if (!clauses)
        return problem;
    for (const auto &c : *clauses) {
        if (c.first == QLatin1String("username"))
            filter.username = c.second;
        else if (c.first == QLatin1String("externalid"))
            filter.externalId = c.second;
        else if (c.first == QLatin1String("displayname"))
            filter.displayName = c.second;
        else if (c.first == QLatin1String("emails.value") || c.first == QLatin1String("emails"))
            filter.email = c.second;
        else
            return scim::error(
                400, QStringLiteral("invalidFilter"),
                QStringLiteral("filtering on %1 is not supported (userName, externalId, displayName, emails.value)")
                    .arg(c.first));
    }
    int startIndex = 1, count = 100;
    paging(query, &startIndex, &count);
    QList<IisUserStore::User> users;
    int total = 0;
    if (!usersFor(call).page(filter, startIndex - 1, count, &users, &total))
        return internalError();
    QJsonArray resources;
    for (const auto &u : std::as_const(users))
        resources.append(scim::userToScim(u, call.baseUrl()));
    return scim::listResponse(resources, total, startIndex);
}

HttpResponse userResponse(ScimCall &call, int status, const IisUserStore::User &u)
{
    HttpResponse r = scim::json(status, scim::userToScim(u, call.baseUrl()));
    r.setHeader("ETag", "W/" + u.etag());
    if (status == 201)
        r.setHeader("Location", (call.baseUrl() + QStringLiteral("/scim/v2/Users/") + QString::number(u.id)).toUtf8());
    return r;
}

HttpResponse getUser(ScimCall &call)
{
    IisUserStore store = usersFor(call);
    bool ok = false;
    const auto u = findVisible(call, store, &ok);
    if (!u)
        return ok ? scim::error(404, QString(), QStringLiteral("no such user")) : internalError();
    return userResponse(call, 200, *u);
}

// Writes u after a SCIM POST/PUT/PATCH: uniqueness, then the status change the requested
// `active` implies (THE RULE applies), then the row, then the audit.
HttpResponse saveUser(ScimCall &call, IisUserStore &store, IisUserStore::User u, bool wantActive, bool create, const QString &oldStatus)
{
    QSqlDatabase db = call.ctx.db();
    const auto fail = [&db](HttpResponse r) {
        db.rollback();
        return r;
    };
    bool taken = false;
    if (!store.usernameTaken(u.username, u.id, &taken))
        return fail(internalError());
    if (taken)
        return fail(scim::error(409, QStringLiteral("uniqueness"), QStringLiteral("the userName is already in use")));
    const bool isActive = u.status == QLatin1String("active");
    if (wantActive != isActive) {
        int status = 0;
        bool ok = false;
        const QString why = wantActive ? store.transition(&u, QStringLiteral("active"), QString(), call.ctx.now(), &status, &ok)
                                       : store.transition(&u, QStringLiteral("inactive"), QStringLiteral("deactivated by identity provider"),
                                                          call.ctx.now(), &status, &ok);
        if (!ok)
            return fail(internalError());
        if (!why.isEmpty())
            return fail(scim::error(409, QString(), why));
    }
    QJsonObject detail{{QStringLiteral("active"), wantActive}};
    if (!create && oldStatus != u.status) {
        detail.insert(QStringLiteral("from"), oldStatus);
        detail.insert(QStringLiteral("to"), u.status);
    }
    qint64 id = u.id;
    if (create) {
        const auto newId = store.insert(u, call.ctx.now());
        if (!newId)
            return fail(internalError());
        id = *newId;
    } else if (!store.update(&u, call.ctx.now(), false)) {
        return fail(internalError());
    }
    bool ok = false;
    const auto saved = store.find(id, &ok);
    if (!saved || !call.audit(create ? QStringLiteral("iis_user.create") : QStringLiteral("iis_user.update"), QStringLiteral("iis_user"),
                              QString::number(id), detail)
        || !db.commit())
        return fail(internalError());
    return userResponse(call, create ? 201 : 200, *saved);
}

HttpResponse createUser(ScimCall &call)
{
    HttpResponse problem;
    const auto resource = body(call, &problem);
    if (!resource)
        return problem;
    IisUserStore::User u;
    bool active = true; // RFC 7643: a new user is active unless the client says otherwise
    if (auto e = scim::userFromScim(*resource, &u, &active))
        return *e;
    u.status = QStringLiteral("pending_agreement");
    if (!beginWriteTransaction(call.ctx.db(), call.ctx.dialect()))
        return internalError();
    IisUserStore store = usersFor(call);
    return saveUser(call, store, u, active, true, QString());
}

// Opens the write transaction and reads the user the path names. On failure the transaction
// is rolled back and *problem holds the answer (404 for an unknown or SCIM-deleted user).
std::optional<IisUserStore::User> userForWrite(ScimCall &call, IisUserStore &store, HttpResponse *problem)
{
    if (!beginWriteTransaction(call.ctx.db(), call.ctx.dialect())) {
        *problem = internalError();
        return std::nullopt;
    }
    bool ok = false;
    auto u = findVisible(call, store, &ok);
    if (!u) {
        call.ctx.db().rollback();
        *problem = ok ? scim::error(404, QString(), QStringLiteral("no such user")) : internalError();
    }
    return u;
}

// Sets user `u` from the SCIM resource and saves it, in the transaction userForWrite opened.
HttpResponse replaceFrom(ScimCall &call, IisUserStore &store, IisUserStore::User u, const QJsonObject &resource)
{
    bool active = u.status == QLatin1String("active");
    const QString oldStatus = u.status;
    if (auto e = scim::userFromScim(resource, &u, &active)) {
        call.ctx.db().rollback();
        return *e;
    }
    return saveUser(call, store, u, active, false, oldStatus);
}

HttpResponse replaceUser(ScimCall &call)
{
    HttpResponse problem;
    const auto resource = body(call, &problem);
    if (!resource)
        return problem;
    IisUserStore store = usersFor(call);
    auto u = userForWrite(call, store, &problem);
    if (!u)
        return problem;
    return replaceFrom(call, store, *u, *resource);
}

HttpResponse patchUser(ScimCall &call)
{
    HttpResponse problem;
    const auto patch = body(call, &problem);
    if (!patch)
        return problem;
    IisUserStore store = usersFor(call);
    auto u = userForWrite(call, store, &problem);
    if (!u)
        return problem;
    // Patch the SCIM view of the user, then read it back like a PUT.
    QJsonObject resource = scim::userToScim(*u, call.baseUrl());
    if (auto e = scim::applyPatch(*patch, &resource)) {
        call.ctx.db().rollback();
        return *e;
    }
    return replaceFrom(call, store, *u, resource);
}

HttpResponse deleteUser(ScimCall &call)
{
    HttpResponse problem;
    IisUserStore store = usersFor(call);
    auto u = userForWrite(call, store, &problem);
    if (!u)
        return problem;
    // The account and its agreements stay (retention); SCIM no longer sees it.
    bool ok = false;
    int status = 0;
    store.transition(&*u, QStringLiteral("inactive"), QStringLiteral("deleted by identity provider"), call.ctx.now(), &status, &ok);
    u->scimDeletedAt = call.ctx.now();
    if (!ok || !store.update(&*u, call.ctx.now(), false)
        || !call.audit(QStringLiteral("iis_user.status"), QStringLiteral("iis_user"), QString::number(u->id),
                       QJsonObject{{QStringLiteral("to"), QStringLiteral("inactive")}, {QStringLiteral("scim"), QStringLiteral("delete")}})
        || !call.ctx.db().commit()) {
        call.ctx.db().rollback();
        return internalError();
    }
    return HttpResponse::noContent();
}

HttpResponse serviceProviderConfig(ScimCall &call)
{
    return scim::json(200, scim::serviceProviderConfig(call.baseUrl()));
}

HttpResponse resourceTypes(ScimCall &call)
{
    const QJsonArray types = scim::resourceTypes(call.baseUrl());
    return scim::listResponse(types, int(types.size()), 1);
}

HttpResponse schemas(ScimCall &)
{
    const QJsonArray list = scim::schemas();
    return scim::listResponse(list, int(list.size()), 1);
}

HttpResponse schemaById(ScimCall &call)
{
    const QString id = call.ctx.request().pathParams.value(QStringLiteral("id"));
    for (const QJsonValue &s : scim::schemas()) {
        if (s.toObject().value(QStringLiteral("id")).toString() == id)
            return scim::json(200, s.toObject());
    }
    return scim::error(404, QString(), QStringLiteral("no such schema"));
}

} // namespace

void registerScimRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/scim/v2/Users"), guarded(&listUsers));
    router.add("POST", QStringLiteral("/scim/v2/Users"), guarded(&createUser));
    router.add("GET", QStringLiteral("/scim/v2/Users/{id}"), guarded(&getUser));
    router.add("PUT", QStringLiteral("/scim/v2/Users/{id}"), guarded(&replaceUser));
    router.add("PATCH", QStringLiteral("/scim/v2/Users/{id}"), guarded(&patchUser));
    router.add("DELETE", QStringLiteral("/scim/v2/Users/{id}"), guarded(&deleteUser));
    registerScimGroupRoutes(router);
    router.add("GET", QStringLiteral("/scim/v2/ServiceProviderConfig"), guarded(&serviceProviderConfig));
    router.add("GET", QStringLiteral("/scim/v2/ResourceTypes"), guarded(&resourceTypes));
    router.add("GET", QStringLiteral("/scim/v2/Schemas"), guarded(&schemas));
    router.add("GET", QStringLiteral("/scim/v2/Schemas/{id}"), guarded(&schemaById));

    registerScimTokenRoutes(router);
}

} // namespace izdesk::server
