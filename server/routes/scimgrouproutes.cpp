#include "routes/scimcall.h"

#include "http/queryparams.h"
#include "scim/scimresource.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

using namespace scimapi;

namespace {

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
    HttpResponse problem;
    const auto clauses = filterClauses(query, &problem);
    if (!clauses)
        return problem;
    for (const auto &c : *clauses) {
        if (c.first == QLatin1String("displayname"))
            where << QStringLiteral("LOWER(name) = ?");
        else if (c.first == QLatin1String("externalid"))
            where << QStringLiteral("LOWER(facility_code) = ?");
        else
            return scim::error(400, QStringLiteral("invalidFilter"),
                               QStringLiteral("filtering groups on %1 is not supported").arg(c.first));
        binds << c.second.toLower();
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

} // namespace

void registerScimGroupRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/scim/v2/Groups"), guarded(&listGroups));
    router.add("GET", QStringLiteral("/scim/v2/Groups/{id}"), guarded(&getGroup));
    router.add("PATCH", QStringLiteral("/scim/v2/Groups/{id}"), guarded(&patchGroup));
}

} // namespace izdesk::server
