#include "routes/scimroutes.h"
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

namespace {

// The SCIM client behind the current request (set by the auth wrapper).
struct ScimCall
{
    RequestContext &ctx;
    ScimTokens::Client client;
    QString actor() const { return QStringLiteral("scim:") + client.name; }
    bool audit(const QString &action, const QString &type, const QString &id, const QJsonObject &detail = {})
    {
        return ctx.auditAs(std::nullopt, actor(), action, type, id, detail);
    }
    QString baseUrl() const
    {
        const QByteArray host = ctx.request().header("host");
        return host.isEmpty() ? QString() : QStringLiteral("http://") + QString::fromLatin1(host);
    }
};

using ScimHandler = HttpResponse (*)(ScimCall &);

// Deny by default: no SCIM handler runs without a live SCIM client token.
Handler guarded(ScimHandler handler)
{
    return [handler](RequestContext &ctx) -> HttpResponse {
        const QByteArray value = ctx.request().header("authorization").trimmed();
        if (value.size() < 8 || value.left(7).toLower() != "bearer ")
            return scim::error(401, QString(), QStringLiteral("send a SCIM client token as a Bearer token"));
        QSqlDatabase db = ctx.db();
        if (!db.isOpen())
            return scim::error(500, QString(), QStringLiteral("internal error"));
        const auto client = ScimTokens::authenticate(db, ctx.dialect(), value.mid(7).trimmed(), ctx.now());
        if (!client)
            return scim::error(401, QString(), QStringLiteral("the SCIM token is invalid or revoked"));
        ScimCall call{ctx, *client};
        return handler(call);
    };
}

HttpResponse internalError()
{
    return scim::error(500, QString(), QStringLiteral("internal error"));
}

std::optional<QJsonObject> body(ScimCall &call, HttpResponse *problem)
{
    auto parsed = parseJsonObject(call.ctx.request());
    if (auto *p = std::get_if<HttpResponse>(&parsed)) {
        const QJsonObject o = QJsonDocument::fromJson(p->body).object();
        *problem = scim::error(p->status == 415 ? 415 : 400, p->status == 415 ? QString() : QStringLiteral("invalidSyntax"),
                               o.value(QStringLiteral("detail")).toString());
        return std::nullopt;
    }
    return std::get<QJsonObject>(parsed);
}

IisUserStore usersFor(ScimCall &call)
{
    return IisUserStore(call.ctx.db(), call.ctx.dialect(), policy(call.ctx), today(call.ctx));
}

// startIndex (1-based, < 1 is read as 1) and count (0–200, default 100), RFC 7644 §3.4.2.4.
void paging(const QueryParams &query, int *startIndex, int *count)
{
    bool ok = false;
    *startIndex = std::max(1, query.value(QStringLiteral("startIndex")).toInt(&ok));
    const int c = query.value(QStringLiteral("count")).toInt(&ok);
    *count = ok ? std::clamp(c, 0, 200) : 100;
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
    const QString filterText = query.value(QStringLiteral("filter"));
    if (!filterText.trimmed().isEmpty()) {
        QString why;
        const auto clauses = scim::parseFilter(filterText, &why);
        if (!clauses)
            return scim::error(400, QStringLiteral("invalidFilter"), why);
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
                return scim::error(400, QStringLiteral("invalidFilter"),
                                   QStringLiteral("filtering on %1 is not supported (userName, externalId, displayName, emails.value)").arg(c.first));
        }
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
    bool active = u->status == QLatin1String("active");
    const QString oldStatus = u->status;
    if (auto e = scim::userFromScim(*resource, &*u, &active)) {
        call.ctx.db().rollback();
        return *e;
    }
    return saveUser(call, store, *u, active, false, oldStatus);
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
    bool active = u->status == QLatin1String("active");
    const QString oldStatus = u->status;
    if (auto e = scim::userFromScim(resource, &*u, &active)) {
        call.ctx.db().rollback();
        return *e;
    }
    return saveUser(call, store, *u, active, false, oldStatus);
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

// Groups: facilities as SCIM groups.

struct Group
{
    qint64 id = 0;
    QString name, code;
    QJsonArray members;
};

bool loadGroups(ScimCall &call, const QString &where, const QVariantList &binds, int offset, int count, QList<Group> *out, int *total)
{
    QSqlDatabase db = call.ctx.db();
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT COUNT(*) FROM facilities") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &b : binds)
        c.addBindValue(b);
    if (!execQuery(c) || !c.next())
        return false;
    *total = c.value(0).toInt();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, facility_code FROM facilities") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
              + QStringLiteral(" ORDER BY id LIMIT %1 OFFSET %2").arg(count).arg(offset));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
    for (Group &g : *out) {
        QSqlQuery m(db);
        m.prepare(QStringLiteral("SELECT u.id, u.username FROM iis_user_sites s JOIN iis_users u ON u.id = s.iis_user_id "
                                 "WHERE s.facility_id = ? AND u.scim_deleted_at IS NULL ORDER BY u.id LIMIT 1000"));
        m.addBindValue(g.id);
        if (!execQuery(m))
            return false;
        while (m.next())
            g.members.append(QJsonObject{{QStringLiteral("value"), QString::number(m.value(0).toLongLong())},
                                         {QStringLiteral("display"), m.value(1).toString()}});
    }
    return true;
}

QJsonObject groupToScim(const Group &g, const QString &baseUrl, bool withMembers)
{
    QJsonObject o{{QStringLiteral("schemas"), QJsonArray{scim::kGroupSchema}},
                  {QStringLiteral("id"), QString::number(g.id)},
                  {QStringLiteral("externalId"), g.code},
                  {QStringLiteral("displayName"), g.name},
                  {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Group")},
                                                       {QStringLiteral("location"), QString(baseUrl + QStringLiteral("/scim/v2/Groups/") + QString::number(g.id))}}}};
    if (withMembers)
        o.insert(QStringLiteral("members"), g.members);
    return o;
}

HttpResponse listGroups(ScimCall &call)
{
    const QueryParams &query = call.ctx.request().query;
    QStringList where;
    QVariantList binds;
    const QString filterText = query.value(QStringLiteral("filter"));
    if (!filterText.trimmed().isEmpty()) {
        QString why;
        const auto clauses = scim::parseFilter(filterText, &why);
        if (!clauses)
            return scim::error(400, QStringLiteral("invalidFilter"), why);
        for (const auto &c : *clauses) {
            if (c.first == QLatin1String("displayname"))
                where << QStringLiteral("LOWER(name) = ?");
            else if (c.first == QLatin1String("externalid"))
                where << QStringLiteral("LOWER(facility_code) = ?");
            else
                return scim::error(400, QStringLiteral("invalidFilter"), QStringLiteral("filtering groups on %1 is not supported").arg(c.first));
            binds << c.second.toLower();
        }
    }
    int startIndex = 1, count = 100;
    paging(query, &startIndex, &count);
    const bool withMembers = !query.value(QStringLiteral("excludedAttributes")).contains(QLatin1String("members"));
    QList<Group> groups;
    int total = 0;
    if (!loadGroups(call, where.join(QStringLiteral(" AND ")), binds, startIndex - 1, count, &groups, &total))
        return internalError();
    QJsonArray resources;
    for (const Group &g : std::as_const(groups))
        resources.append(groupToScim(g, call.baseUrl(), withMembers));
    return scim::listResponse(resources, total, startIndex);
}

std::optional<Group> findGroup(ScimCall &call, bool *ok)
{
    bool valid = false;
    const qint64 id = call.ctx.request().pathParams.value(QStringLiteral("id")).toLongLong(&valid);
    *ok = true;
    if (!valid || id <= 0)
        return std::nullopt;
    QList<Group> groups;
    int total = 0;
    *ok = loadGroups(call, QStringLiteral("id = ?"), {id}, 0, 1, &groups, &total);
    if (!*ok || groups.isEmpty())
        return std::nullopt;
    return groups.constFirst();
}

HttpResponse getGroup(ScimCall &call)
{
    bool ok = false;
    const auto g = findGroup(call, &ok);
    if (!g)
        return ok ? scim::error(404, QString(), QStringLiteral("no such group")) : internalError();
    const bool withMembers = !call.ctx.request().query.value(QStringLiteral("excludedAttributes")).contains(QLatin1String("members"));
    return scim::json(200, groupToScim(*g, call.baseUrl(), withMembers));
}

// PATCH members (add / remove / replace): assigns users to the site. Other attributes of a
// group belong to the desk's facility record and are read-only here.
HttpResponse patchGroup(ScimCall &call)
{
    HttpResponse problem;
    const auto patch = body(call, &problem);
    if (!patch)
        return problem;
    if (!beginWriteTransaction(call.ctx.db(), call.ctx.dialect()))
        return internalError();
    QSqlDatabase db = call.ctx.db();
    const auto fail = [&db](HttpResponse r) {
        db.rollback();
        return r;
    };
    bool ok = false;
    const auto g = findGroup(call, &ok);
    if (!g)
        return fail(ok ? scim::error(404, QString(), QStringLiteral("no such group")) : internalError());
    QJsonObject resource{{QStringLiteral("members"), g->members}};
    if (auto e = scim::applyPatch(*patch, &resource))
        return fail(*e);
    if (resource.size() != 1 || !resource.contains(QStringLiteral("members")))
        return fail(scim::error(400, QStringLiteral("mutability"), QStringLiteral("only members can be changed; sites are maintained by the help desk")));
    QList<qint64> wanted;
    for (const QJsonValue &m : resource.value(QStringLiteral("members")).toArray()) {
        bool valid = false;
        const qint64 id = m.toObject().value(QStringLiteral("value")).toString().toLongLong(&valid);
        if (!valid)
            return fail(scim::error(400, QStringLiteral("invalidValue"), QStringLiteral("member values must be user ids")));
        if (!wanted.contains(id))
            wanted << id;
    }
    QList<qint64> current;
    for (const QJsonValue &m : g->members)
        current << m.toObject().value(QStringLiteral("value")).toString().toLongLong();
    for (qint64 id : std::as_const(wanted)) {
        if (current.contains(id))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO iis_user_sites (iis_user_id, facility_id) SELECT id, ? FROM iis_users WHERE id = ? "
                                 "AND scim_deleted_at IS NULL"));
        q.addBindValue(g->id);
        q.addBindValue(id);
        if (!execQuery(q))
            return fail(internalError());
        if (q.numRowsAffected() != 1)
            return fail(scim::error(400, QStringLiteral("invalidValue"), QStringLiteral("no such user %1").arg(id)));
    }
    for (qint64 id : std::as_const(current)) {
        if (wanted.contains(id))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM iis_user_sites WHERE iis_user_id = ? AND facility_id = ?"));
        q.addBindValue(id);
        q.addBindValue(g->id);
        if (!execQuery(q))
            return fail(internalError());
    }
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE iis_users SET version = version + 1, updated_at = ? WHERE id IN (SELECT iis_user_id FROM iis_user_sites WHERE facility_id = ?)"));
    bump.addBindValue(toDbTimestamp(call.ctx.now(), call.ctx.dialect()));
    bump.addBindValue(g->id);
    if (!execQuery(bump)
        || !call.audit(QStringLiteral("facility.members"), QStringLiteral("facility"), QString::number(g->id),
                       QJsonObject{{QStringLiteral("members"), wanted.size()}}))
        return fail(internalError());
    const auto updated = findGroup(call, &ok);
    if (!updated || !db.commit())
        return fail(internalError());
    return scim::json(200, groupToScim(*updated, call.baseUrl(), true));
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
    router.add("GET", QStringLiteral("/scim/v2/Groups"), guarded(&listGroups));
    router.add("GET", QStringLiteral("/scim/v2/Groups/{id}"), guarded(&getGroup));
    router.add("PATCH", QStringLiteral("/scim/v2/Groups/{id}"), guarded(&patchGroup));
    router.add("GET", QStringLiteral("/scim/v2/ServiceProviderConfig"), guarded(&serviceProviderConfig));
    router.add("GET", QStringLiteral("/scim/v2/ResourceTypes"), guarded(&resourceTypes));
    router.add("GET", QStringLiteral("/scim/v2/Schemas"), guarded(&schemas));
    router.add("GET", QStringLiteral("/scim/v2/Schemas/{id}"), guarded(&schemaById));

    registerScimTokenRoutes(router);
}

} // namespace izdesk::server
