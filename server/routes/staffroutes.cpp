#include "routes/staffroutes.h"

#include "accounts/accountroutesupport.h"
#include "auth/staffaccounts.h"
#include "auth/staffadministration.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "permissions.h"
#include "serverconfig.h"
#include "storage/sqlutil.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <functional>
#include <variant>

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

using Outcome = StaffAdministration::Outcome;
using Status = StaffAdministration::Outcome::Status;

StaffAdministration administrationFor(RequestContext &ctx)
{
    const Principal &p = ctx.principal();
    return StaffAdministration(ctx.db(), ctx.dialect(), StaffAdministration::Actor{p.userId, p.username, ctx.request().peer},
                               ctx.now(), ctx.config().passwords());
}

// A refusal of the service as a problem answer, its message as the detail: a rule the input
// breaks is a 422 naming `field`.
HttpResponse refusal(const Outcome &outcome, const QString &field)
{
    switch (outcome.status) {
    case Status::NotFound: return Problem::notFound(outcome.error);
    case Status::Conflict: return Problem::conflict(outcome.error);
    case Status::Internal: return Problem::internal();
    default: return Problem::validation({{field, outcome.error}});
    }
}

// Runs `change` in one write transaction, committed when it answers below 400 (the change
// and its audit rows land together) and rolled back otherwise.
HttpResponse inTransaction(RequestContext &ctx, const std::function<HttpResponse(StaffAdministration &)> &change)
{
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    StaffAdministration admin = administrationFor(ctx);
    const HttpResponse response = change(admin);
    if (response.status >= 400)
        return response;
    if (!tx.commit())
        return Problem::internal();
    return response;
}

// The account as the answer shows it after a change (read inside the change's transaction).
std::optional<QJsonObject> accountJson(StaffAdministration &admin, qint64 id, const QDateTime &now)
{
    bool ok = false;
    const auto account = admin.findById(id, &ok);
    if (!ok || !account)
        return std::nullopt;
    return account->toJson(now);
}

// The {id} of the path as the account's username, or the answer that ends the request.
std::variant<QString, HttpResponse> targetOf(RequestContext &ctx, StaffAdministration &admin)
{
    const auto id = accounts::pathId(ctx);
    bool ok = true;
    const auto account = id ? admin.findById(*id, &ok) : std::nullopt;
    if (!ok)
        return Problem::internal();
    if (!account)
        return Problem::notFound(QStringLiteral("no staff account has this id"));
    return account->username;
}

// Reads the string members of a body: each of `required` must be there, each of `optional`
// may be; anything else, or a member that is not a string, is a field error.
QList<FieldError> readStrings(const QJsonObject &body, const QStringList &required, const QStringList &optional,
                              QHash<QString, QString> *out)
{
    QList<FieldError> errors;
    const QStringList allowed = required + optional;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors.append({it.key(), allowed.isEmpty() ? QStringLiteral("is not a field of this request (it takes none)")
                                                       : QStringLiteral("is not a field a client may set (%1)")
                                                             .arg(allowed.join(QStringLiteral(", ")))});
        else if (!it.value().isString())
            errors.append({it.key(), QStringLiteral("must be a string")});
        else
            out->insert(it.key(), it.value().toString());
    }
    for (const QString &field : required) {
        if (!body.contains(field))
            errors.append({field, QStringLiteral("is required")});
    }
    return errors;
}

HttpResponse listAccounts(RequestContext &ctx)
{
    QList<StaffAdministration::Account> accounts;
    if (!administrationFor(ctx).list(&accounts))
        return Problem::internal();
    QJsonArray items;
    for (const auto &account : std::as_const(accounts))
        items.append(account.toJson(ctx.now()));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse getAccount(RequestContext &ctx)
{
    const auto id = accounts::pathId(ctx);
    bool ok = true;
    const auto account = id ? administrationFor(ctx).findById(*id, &ok) : std::nullopt;
    if (!ok)
        return Problem::internal();
    if (!account)
        return Problem::notFound(QStringLiteral("no staff account has this id"));
    return HttpResponse::json(200, account->toJson(ctx.now()));
}

// POST /api/v1/staff-accounts: a new account whose temporary password the user replaces at
// the first sign-in.
HttpResponse createAccount(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QHash<QString, QString> in;
        QList<FieldError> errors = readStrings(body,
                                               {QStringLiteral("username"), QStringLiteral("display_name"),
                                                QStringLiteral("role"), QStringLiteral("temporary_password")},
                                               {}, &in);
        QString why;
        if (in.contains(QStringLiteral("username"))
            && !StaffAccounts::validUsername(in.value(QStringLiteral("username")), &why))
            errors.append({QStringLiteral("username"), why});
        if (in.contains(QStringLiteral("display_name"))
            && !StaffAccounts::validDisplayName(in.value(QStringLiteral("display_name")), &why))
            errors.append({QStringLiteral("display_name"), why});
        if (in.contains(QStringLiteral("role")) && !StaffAccounts::validRole(in.value(QStringLiteral("role")), &why))
            errors.append({QStringLiteral("role"), why});
        if (!errors.isEmpty())
            return Problem::validation(errors);
        return inTransaction(ctx, [&](StaffAdministration &admin) {
            const Outcome outcome
                = admin.create(in.value(QStringLiteral("username")), in.value(QStringLiteral("display_name")),
                               in.value(QStringLiteral("role")), in.value(QStringLiteral("temporary_password")), true);
            if (!outcome.ok())
                return refusal(outcome, QStringLiteral("temporary_password"));
            const auto account = accountJson(admin, outcome.userId, ctx.now());
            if (!account)
                return Problem::internal();
            return HttpResponse::json(201, *account)
                .setHeader("Location", "/api/v1/staff-accounts/" + QByteArray::number(outcome.userId));
        });
    });
}

// PATCH /api/v1/staff-accounts/{id} {"role"?, "display_name"?}: both in one transaction.
HttpResponse patchAccount(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QHash<QString, QString> in;
        QList<FieldError> errors = readStrings(body, {}, {QStringLiteral("role"), QStringLiteral("display_name")}, &in);
        if (in.isEmpty() && errors.isEmpty())
            errors.append({QString(), QStringLiteral("give role or display_name")});
        if (!errors.isEmpty())
            return Problem::validation(errors);
        return inTransaction(ctx, [&](StaffAdministration &admin) {
            auto target = targetOf(ctx, admin);
            if (auto *problem = std::get_if<HttpResponse>(&target))
                return *problem;
            const QString username = std::get<QString>(target);
            if (in.contains(QStringLiteral("display_name"))) {
                const Outcome outcome = admin.setDisplayName(username, in.value(QStringLiteral("display_name")));
                if (!outcome.ok())
                    return refusal(outcome, QStringLiteral("display_name"));
            }
            if (in.contains(QStringLiteral("role"))) {
                const Outcome outcome = admin.setRole(username, in.value(QStringLiteral("role")));
                if (!outcome.ok())
                    return refusal(outcome, QStringLiteral("role"));
            }
            const auto account = accountJson(admin, *accounts::pathId(ctx), ctx.now());
            return account ? HttpResponse::json(200, *account) : Problem::internal();
        });
    });
}

using AccountAction = std::function<Outcome(StaffAdministration &, const QString &username, const QJsonObject &body)>;

// POST /api/v1/staff-accounts/{id}/<action>: {"account", "changed", "sessions_ended"}.
Handler accountAction(AccountAction action, const QStringList &requiredFields = {})
{
    return [action, requiredFields](RequestContext &ctx) -> HttpResponse {
        QJsonObject body;
        if (!requiredFields.isEmpty() || !ctx.request().body.trimmed().isEmpty()) {
            auto parsed = parseJsonObject(ctx.request());
            if (auto *problem = std::get_if<HttpResponse>(&parsed))
                return *problem;
            body = std::get<QJsonObject>(parsed);
            QHash<QString, QString> in;
            if (const auto errors = readStrings(body, requiredFields, {}, &in); !errors.isEmpty())
                return Problem::validation(errors);
        }
        return inTransaction(ctx, [&](StaffAdministration &admin) {
            auto target = targetOf(ctx, admin);
            if (auto *problem = std::get_if<HttpResponse>(&target))
                return *problem;
            const Outcome outcome = action(admin, std::get<QString>(target), body);
            if (!outcome.ok())
                return refusal(outcome, requiredFields.value(0));
            const auto account = accountJson(admin, outcome.userId, ctx.now());
            if (!account)
                return Problem::internal();
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("account"), *account},
                                                       {QStringLiteral("changed"), outcome.changed},
                                                       {QStringLiteral("sessions_ended"), outcome.sessionsEnded}});
        });
    };
}

} // namespace

void registerStaffRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/me"), &me);
    router.add("GET", QStringLiteral("/api/v1/staff"), &listStaff);

    router.add("GET", QStringLiteral("/api/v1/staff-accounts"), &listAccounts);
    router.add("POST", QStringLiteral("/api/v1/staff-accounts"), &createAccount);
    router.add("GET", QStringLiteral("/api/v1/staff-accounts/{id}"), &getAccount);
    router.add("PATCH", QStringLiteral("/api/v1/staff-accounts/{id}"), &patchAccount);
    router.add("POST", QStringLiteral("/api/v1/staff-accounts/{id}/disable"),
               accountAction([](StaffAdministration &a, const QString &user, const QJsonObject &) { return a.disable(user); }));
    router.add("POST", QStringLiteral("/api/v1/staff-accounts/{id}/enable"),
               accountAction([](StaffAdministration &a, const QString &user, const QJsonObject &) { return a.enable(user); }));
    router.add("POST", QStringLiteral("/api/v1/staff-accounts/{id}/unlock"),
               accountAction([](StaffAdministration &a, const QString &user, const QJsonObject &) { return a.unlock(user); }));
    router.add("POST", QStringLiteral("/api/v1/staff-accounts/{id}/reset-password"),
               accountAction(
                   [](StaffAdministration &a, const QString &user, const QJsonObject &body) {
                       return a.resetPassword(user, body.value(QStringLiteral("temporary_password")).toString());
                   },
                   {QStringLiteral("temporary_password")}));
}

} // namespace izdesk::server
