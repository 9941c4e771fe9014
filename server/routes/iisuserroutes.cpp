#include "routes/iisuserroutes.h"

#include "accounts/accountroutesupport.h"
#include "accounts/accountsweep.h"
#include "accounts/iisuserstore.h"
#include "auth/passwordhasher.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "serverconfig.h"
#include "storage/writetransaction.h"
#include "tickets/keysetcursor.h"

#include <QJsonArray>
#include <QUrl>

namespace izdesk::server {

using namespace accounts;

namespace {

IisUserStore storeFor(RequestContext &ctx)
{
    return IisUserStore(ctx.db(), ctx.dialect(), policy(ctx), today(ctx));
}

// User {id}; nullopt with *missing the answer (404, or 500 when the read fails) when there is none.
std::optional<IisUserStore::User> findUser(IisUserStore &store, qint64 id, HttpResponse *missing)
{
    bool ok = false;
    auto u = store.find(id, &ok);
    if (!u)
        *missing = ok ? Problem::notFound(QStringLiteral("no such IIS user")) : Problem::internal();
    return u;
}

HttpResponse agreementRequired(const QString &detail, const QJsonObject &extra = {})
{
    return Problem::make(409, QStringLiteral("agreement-required"), QStringLiteral("A current agreement is required"),
                         detail, {}, extra);
}

HttpResponse refusal(int status, const QString &message)
{
    if (status == 409)
        return agreementRequired(message);
    return Problem::validation({{QStringLiteral("inactive_reason"), message.section(QStringLiteral(": "), 1)}});
}

HttpResponse userResponse(int status, const IisUserStore::User &u)
{
    HttpResponse r = HttpResponse::json(status, u.toJson()).setHeader("ETag", u.etag());
    if (status == 201)
        r.setHeader("Location", "/api/v1/iis-users/" + QByteArray::number(u.id));
    return r;
}

QJsonObject fieldsDetail(const QStringList &fields)
{
    return QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}

HttpResponse listUsers(RequestContext &ctx)
{
    const QueryParams &query = ctx.request().query;
    IisUserStore::Filter filter;
    for (const QString &s : query.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!IisUserStore::statuses().contains(s.trimmed()))
            return Problem::badRequest(QStringLiteral("status must be one of: %1").arg(IisUserStore::statuses().join(QStringLiteral(", "))));
        filter.statuses << s.trimmed();
    }
    if (query.contains(QStringLiteral("facility_id"))) {
        bool ok = false;
        filter.facilityId = query.value(QStringLiteral("facility_id")).toLongLong(&ok);
        if (!ok || *filter.facilityId <= 0)
            return Problem::badRequest(QStringLiteral("facility_id must be a positive id"));
    }
    filter.text = query.value(QStringLiteral("q")).trimmed();
    if (filter.text.size() > 100)
        return Problem::badRequest(QStringLiteral("q must be at most 100 characters"));
    QString error;
    const auto page = KeysetCursor::parsePage(query, 1, &error);
    if (!page)
        return Problem::badRequest(error);
    QList<IisUserStore::User> users;
    bool hasMore = false;
    if (!storeFor(ctx).list(filter, page->limit, page->after ? page->after->first() : 0, &users, &hasMore))
        return Problem::internal();
    QJsonArray items;
    for (const auto &u : std::as_const(users))
        items.append(u.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("next_cursor"), hasMore ? QJsonValue(KeysetCursor::encode({users.last().id}))
                                                                                       : QJsonValue()}});
}

// Checks the username is free and the sites exist; fills u->sites with the ids.
std::optional<HttpResponse> checkIdentity(IisUserStore &store, IisUserStore::User *u, const QList<qint64> &siteIds,
                                          const QStringList &changed)
{
    if (changed.contains(QStringLiteral("username"))) {
        bool taken = false;
        if (!store.usernameTaken(u->username, u->id, &taken))
            return Problem::internal();
        if (taken)
            return Problem::conflict(QStringLiteral("the username is already in use"));
    }
    if (changed.contains(QStringLiteral("site_ids"))) {
        bool all = false;
        if (!store.facilitiesExist(siteIds, &all))
            return Problem::internal();
        if (!all)
            return Problem::validation({{QStringLiteral("site_ids"), QStringLiteral("names a facility that does not exist")}});
        u->sites.clear();
        for (qint64 id : siteIds)
            u->sites.append({id, {}, {}});
    }
    return std::nullopt;
}

HttpResponse createUser(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        IisUserStore::User u;
        QList<qint64> siteIds;
        QStringList changed;
        const QList<FieldError> errors = IisUserStore::apply(body, true, &u, &siteIds, &changed);
        if (!errors.isEmpty())
            return Problem::validation(errors);
        const QString status = body.value(QStringLiteral("status")).toString(QStringLiteral("requested"));
        if (status == QLatin1String("inactive"))
            return Problem::validation(
                {{QStringLiteral("status"), QStringLiteral("a new account cannot start inactive")}});
        // A brand-new account has no agreement on file, so THE RULE refuses "active" here.
        if (status == QLatin1String("active"))
            return agreementRequired(
                QStringLiteral("cannot activate %1: no agreement is on file yet; record the signed "
                               "agreement, then activate")
                    .arg(u.username));
        u.status = status;

        QSqlDatabase db = ctx.db();
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        IisUserStore store = storeFor(ctx);
        if (auto problem = checkIdentity(store, &u, siteIds, changed))
            return *problem;
        const auto id = store.insert(u, ctx.now());
        bool ok = false;
        const auto created = id ? store.find(*id, &ok) : std::nullopt;
        if (!created
            || !ctx.audit(QStringLiteral("iis_user.create"), QStringLiteral("iis_user"), QString::number(*id),
                          fieldsDetail(changed))
            || !tx.commit())
            return Problem::internal();
        return userResponse(201, *created);
    });
}

HttpResponse getUser(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    const auto u = id ? storeFor(ctx).find(*id, &ok) : std::nullopt;
    if (!u)
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such IIS user"));
    return userResponse(200, *u);
}

HttpResponse patchUser(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such IIS user"));
    const QByteArray ifMatch = ctx.request().header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Problem::preconditionRequired(QStringLiteral("send If-Match with the ETag of the account you are changing"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        const QJsonObject patch = body;

        QSqlDatabase db = ctx.db();
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        IisUserStore store = storeFor(ctx);
        HttpResponse missing;
        auto u = findUser(store, *id, &missing);
        if (!u)
            return missing;
        bool ok = false;
        if (!ifMatchAccepts(ifMatch, u->etag()))
            return Problem::preconditionFailed(QStringLiteral("the account was changed by someone else"),
                                               QJsonObject{{QStringLiteral("current"), u->toJson()}})
                .setHeader("ETag", u->etag());
        QList<qint64> siteIds;
        QStringList changed;
        const QList<FieldError> errors = IisUserStore::apply(patch, false, &*u, &siteIds, &changed);
        if (!errors.isEmpty())
            return Problem::validation(errors);
        if (auto problem = checkIdentity(store, &*u, siteIds, changed))
            return *problem;
        const QString oldStatus = u->status;
        if (patch.contains(QStringLiteral("status"))) {
            int status = 0;
            const QString why
                = store.transition(&*u, patch.value(QStringLiteral("status")).toString(),
                                   patch.value(QStringLiteral("inactive_reason")).toString(), ctx.now(), &status, &ok);
            if (!ok)
                return Problem::internal();
            if (!why.isEmpty())
                return refusal(status, why);
            changed << QStringLiteral("status");
        }
        QJsonObject detail = fieldsDetail(changed);
        if (oldStatus != u->status) {
            detail.insert(QStringLiteral("from"), oldStatus);
            detail.insert(QStringLiteral("to"), u->status);
        }
        if (!store.update(&*u, ctx.now(), changed.contains(QStringLiteral("site_ids")))
            || !ctx.audit(oldStatus != u->status ? QStringLiteral("iis_user.status")
                                                 : QStringLiteral("iis_user.update"),
                          QStringLiteral("iis_user"), QString::number(*id), detail))
            return Problem::internal();
        const auto updated = store.find(*id, &ok);
        if (!updated || !tx.commit())
            return Problem::internal();
        return userResponse(200, *updated);
    });
}

HttpResponse issueCredential(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such IIS user"));
    // The password policy's rules, for this account's username; hashed before the
    // transaction: Argon2id is deliberately slow.
    bool found = false;
    const auto before = storeFor(ctx).find(*id, &found);
    if (!before)
        return found ? Problem::notFound(QStringLiteral("no such IIS user")) : Problem::internal();
    const PasswordPolicy &policy = ctx.config().passwords();
    const QString password = policy.generateTemporary(before->username);
    const QString hash = password.isEmpty() ? QString() : PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Problem::internal();
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    IisUserStore store = storeFor(ctx);
    HttpResponse missing;
    const auto u = findUser(store, *id, &missing);
    if (!u)
        return missing;
    if (u->status == QLatin1String("inactive"))
        return Problem::conflict(QStringLiteral("the account is inactive; reactivate it before issuing a credential"));
    if (policy.check(password, u->username))
        return Problem::conflict(QStringLiteral("the account's username changed meanwhile; issue the credential again"));
    // The credential itself is never audited or logged.
    if (!store.setCredential(*id, hash, ctx.now())
        || !ctx.audit(QStringLiteral("iis_user.credential_issue"), QStringLiteral("iis_user"), QString::number(*id))
        || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("username"), u->username},
                                               {QStringLiteral("temporary_password"), password},
                                               {QStringLiteral("issued_at"), ctx.now().toUTC().toString(Qt::ISODateWithMs)}});
}

// A bulk request's action (as the status it sets) and its distinct ids (1 to 200).
struct BulkRequest
{
    QString action;
    QString status;
    QList<qint64> ids;
};

std::variant<BulkRequest, HttpResponse> bulkRequest(const QJsonObject &body)
{
    static const QHash<QString, QString> actions{{QStringLiteral("activate"), QStringLiteral("active")},
                                                 {QStringLiteral("inactivate"), QStringLiteral("inactive")},
                                                 {QStringLiteral("pending_agreement"), QStringLiteral("pending_agreement")}};
    QList<FieldError> errors;
    const QString action = body.value(QStringLiteral("action")).toString();
    if (!actions.contains(action))
        errors.append({QStringLiteral("action"), QStringLiteral("must be one of: activate, inactivate, pending_agreement")});
    const QJsonArray idArray = body.value(QStringLiteral("ids")).toArray();
    QList<qint64> ids;
    bool idsOk = !idArray.isEmpty() && idArray.size() <= 200;
    for (const QJsonValue &v : idArray) {
        idsOk = idsOk && v.isDouble() && v.toInteger() > 0;
        if (!ids.contains(v.toInteger()))
            ids << v.toInteger();
    }
    if (!idsOk)
        errors.append({QStringLiteral("ids"), QStringLiteral("must list 1 to 200 IIS user ids")});
    if (!errors.isEmpty())
        return Problem::validation(errors);
    return BulkRequest{action, actions.value(action), ids};
}

HttpResponse bulk(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        auto request = bulkRequest(body);
        if (auto *problem = std::get_if<HttpResponse>(&request))
            return *problem;
        const auto &[action, targetStatus, ids] = std::get<BulkRequest>(request);
        const QString reason = body.value(QStringLiteral("reason")).toString();

        QSqlDatabase db = ctx.db();
        if (!beginWriteTransaction(db, ctx.dialect()))
            return Problem::internal();
        IisUserStore store = storeFor(ctx);
        QList<IisUserStore::User> changed;
        QJsonArray failures;
        int worst = 0;
        for (qint64 id : std::as_const(ids)) {
            bool ok = false;
            auto u = store.find(id, &ok);
            if (!ok) {
                db.rollback();
                return Problem::internal();
            }
            QString why = u ? QString() : QStringLiteral("no such IIS user");
            int status = u ? 0 : 404;
            if (u) {
                why = store.transition(&*u, targetStatus, reason, ctx.now(), &status, &ok);
                if (!ok) {
                    db.rollback();
                    return Problem::internal();
                }
            }
            if (!why.isEmpty()) {
                failures.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), why}});
                worst = std::max(worst, status == 409 ? 2 : 1);
                continue;
            }
            if (!store.update(&*u, ctx.now(), false)
                || !ctx.audit(QStringLiteral("iis_user.bulk"), QStringLiteral("iis_user"), QString::number(id),
                              QJsonObject{{QStringLiteral("action"), action}})) {
                db.rollback();
                return Problem::internal();
            }
            changed << *u;
        }
        // All or nothing: one refused account leaves every account as it was.
        if (!failures.isEmpty()) {
            db.rollback();
            const QString detail = QStringLiteral("%1 of %2 accounts cannot be changed; nothing was changed")
                                       .arg(failures.size())
                                       .arg(ids.size());
            const QJsonObject extra{{QStringLiteral("failures"), failures}};
            return worst == 2 ? agreementRequired(detail, extra)
                              : Problem::make(422, QStringLiteral("validation"), QStringLiteral("Invalid request body"),
                                              detail, {}, extra);
        }
        if (!db.commit()) {
            db.rollback();
            return Problem::internal();
        }
        QJsonArray items;
        for (const auto &u : std::as_const(changed)) {
            bool ok = false;
            const auto fresh = store.find(u.id, &ok);
            if (fresh)
                items.append(fresh->toJson());
        }
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
    });
}

HttpResponse sweep(RequestContext &ctx)
{
    QList<AccountSweep::Item> items;
    if (!AccountSweep::run(ctx.db(), ctx.dialect(), policy(ctx), ctx.now(), ctx.principal().userId, ctx.principal().username, &items))
        return Problem::internal();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("inactivated"), AccountSweep::toJson(items)}});
}

} // namespace

void registerIisUserRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/iis-users"), &listUsers);
    router.add("POST", QStringLiteral("/api/v1/iis-users"), &createUser);
    // Before /iis-users/{id}: the first matching pattern wins.
    router.add("POST", QStringLiteral("/api/v1/iis-users/bulk"), &bulk);
    router.add("POST", QStringLiteral("/api/v1/iis-users/sweep"), &sweep);
    router.add("GET", QStringLiteral("/api/v1/iis-users/{id}"), &getUser);
    router.add("PATCH", QStringLiteral("/api/v1/iis-users/{id}"), &patchUser);
    router.add("POST", QStringLiteral("/api/v1/iis-users/{id}/credential"), &issueCredential);
}

} // namespace izdesk::server
