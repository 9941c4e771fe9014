#include "routes/agreementroutes.h"

#include "accounts/accountroutesupport.h"
#include "accounts/agreementstore.h"
#include "accounts/iisuserstore.h"
#include "attachments/attachmentstore.h"
#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/sqlutil.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace izdesk::server {

using namespace accounts;

namespace {

AgreementStore agreementsFor(RequestContext &ctx)
{
    return AgreementStore(ctx.db(), ctx.dialect(), policy(ctx));
}

QJsonObject toJson(RequestContext &ctx, const AgreementStore::Agreement &a)
{
    return a.toJson(today(ctx), policy(ctx).expiringDays);
}

bool holderExists(RequestContext &ctx, const QString &table, qint64 id, bool *ok)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    return *ok && q.next();
}

QDate parseDate(const QJsonValue &v)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = v.toString();
    return pattern.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
}

HttpResponse listFor(RequestContext &ctx, const QString &table, const QString &column)
{
    const auto id = pathId(ctx);
    bool ok = false;
    if (!id || !holderExists(ctx, table, *id, &ok))
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such %1").arg(table == QLatin1String("iis_users") ? QStringLiteral("IIS user") : QStringLiteral("organization")));
    QList<AgreementStore::Agreement> items;
    if (!agreementsFor(ctx).listFor(column, *id, &items))
        return Problem::internal();
    QJsonArray array;
    for (const auto &a : std::as_const(items))
        array.append(toJson(ctx, a));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

HttpResponse createFor(RequestContext &ctx, bool forUser)
{
    const QString table = forUser ? QStringLiteral("iis_users") : QStringLiteral("organizations");
    const auto id = pathId(ctx);
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const AccountsPolicy &p = policy(ctx);
    AgreementStore::Agreement a;
    QList<FieldError> errors;
    a.kind = body.value(QStringLiteral("kind")).toString();
    const QStringList kinds = forUser ? AgreementStore::userKinds() : QStringList{QStringLiteral("organization_data_use")};
    if (!kinds.contains(a.kind))
        errors.append({QStringLiteral("kind"), QStringLiteral("must be one of: %1").arg(kinds.join(QStringLiteral(", ")))});
    a.version = body.value(QStringLiteral("version")).toString().trimmed();
    if (a.version.isEmpty() || a.version.size() > 40)
        errors.append({QStringLiteral("version"), QStringLiteral("must be text of 1 to 40 characters")});
    a.signerName = body.value(QStringLiteral("signer_name")).toString().trimmed();
    if (a.signerName.isEmpty() || a.signerName.size() > 200)
        errors.append({QStringLiteral("signer_name"), QStringLiteral("must be text of 1 to 200 characters")});
    a.signedOn = parseDate(body.value(QStringLiteral("signed_on")));
    if (!a.signedOn.isValid())
        errors.append({QStringLiteral("signed_on"), QStringLiteral("must be a date YYYY-MM-DD")});
    else if (a.signedOn > today(ctx))
        errors.append({QStringLiteral("signed_on"), QStringLiteral("cannot be in the future")});
    if (body.contains(QStringLiteral("expires_on")) && !body.value(QStringLiteral("expires_on")).isNull()) {
        a.expiresOn = parseDate(body.value(QStringLiteral("expires_on")));
        if (!a.expiresOn.isValid() || (a.signedOn.isValid() && a.expiresOn <= a.signedOn))
            errors.append({QStringLiteral("expires_on"), QStringLiteral("must be a date YYYY-MM-DD after signed_on")});
    } else if (a.signedOn.isValid()) {
        a.expiresOn = a.signedOn.addMonths(forUser ? p.userAgreementMonths : p.organizationAgreementMonths);
    }
    static const QStringList known{QStringLiteral("kind"), QStringLiteral("version"), QStringLiteral("signer_name"),
                                   QStringLiteral("signed_on"), QStringLiteral("expires_on")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({it.key(), QStringLiteral("is not a field you can set here")});
    }
    if (!id)
        return Problem::notFound(QStringLiteral("no such holder"));
    if (!errors.isEmpty())
        return Problem::validation(errors);
    if (forUser)
        a.iisUserId = *id;
    else
        a.organizationId = *id;

    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    bool ok = false;
    if (!holderExists(ctx, table, *id, &ok))
        return ok ? Problem::notFound(forUser ? QStringLiteral("no such IIS user") : QStringLiteral("no such organization"))
                  : Problem::internal();
    AgreementStore store = agreementsFor(ctx);
    const auto stored = store.insert(&a, ctx.principal().userId, ctx.now()) ? store.find(a.id, &ok) : std::nullopt;
    // A user's agreement changes what the account shows (agreement_status): bump its version
    // so cached copies and If-Match see the change.
    bool bumped = true;
    if (forUser) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE iis_users SET version = version + 1, updated_at = ? WHERE id = ?"));
        q.addBindValue(toDbTimestamp(ctx.now(), ctx.dialect()));
        q.addBindValue(*id);
        bumped = execQuery(q);
    }
    if (!stored || !bumped
        || !ctx.audit(QStringLiteral("agreement.create"), QStringLiteral("agreement"), QString::number(a.id),
                      QJsonObject{{QStringLiteral("kind"), a.kind},
                                  {forUser ? QStringLiteral("iis_user_id") : QStringLiteral("organization_id"), *id}})
        || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(201, toJson(ctx, *stored)).setHeader("Location", "/api/v1/agreements/" + QByteArray::number(a.id));
}

HttpResponse getAgreement(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    bool ok = false;
    const auto a = id ? agreementsFor(ctx).find(*id, &ok) : std::nullopt;
    if (!a)
        return id && !ok ? Problem::internal() : Problem::notFound(QStringLiteral("no such agreement"));
    return HttpResponse::json(200, toJson(ctx, *a));
}

HttpResponse putDocument(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such agreement"));
    const HttpRequest &request = ctx.request();
    const QString contentType = QString::fromLatin1(request.header("content-type")).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!AttachmentStore::acceptedTypes().contains(contentType))
        return Problem::unsupportedMediaType(QStringLiteral("send the signed document as one of: %1")
                                                 .arg(AttachmentStore::acceptedTypes().join(QStringLiteral(", "))));
    if (request.body.isEmpty())
        return Problem::validation({{QStringLiteral("body"), QStringLiteral("the file is empty")}});
    if (!AttachmentStore::magicMatches(contentType, request.body))
        return Problem::unsupportedMediaType(QStringLiteral("the file's content is not %1").arg(contentType));
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    AgreementStore store = agreementsFor(ctx);
    bool ok = false;
    if (!store.find(*id, &ok))
        return ok ? Problem::notFound(QStringLiteral("no such agreement")) : Problem::internal();
    const bool written = store.setDocument(*id, contentType, request.body);
    const auto a = written ? store.find(*id, &ok) : std::nullopt;
    if (!a
        || !ctx.audit(QStringLiteral("agreement.document_add"), QStringLiteral("agreement"), QString::number(*id),
                      QJsonObject{{QStringLiteral("content_type"), contentType},
                                  {QStringLiteral("size"), qint64(request.body.size())}})
        || !tx.commit())
        return Problem::internal();
    return HttpResponse::json(200, toJson(ctx, *a));
}

HttpResponse getDocument(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such agreement"));
    QString type;
    QByteArray data;
    bool found = false;
    if (!agreementsFor(ctx).document(*id, &type, &data, &found))
        return Problem::internal();
    if (!found)
        return Problem::notFound(QStringLiteral("no signed document is stored for this agreement"));
    if (!ctx.audit(QStringLiteral("agreement.document_read"), QStringLiteral("agreement"), QString::number(*id)))
        return Problem::internal();
    HttpResponse r;
    r.status = 200;
    r.contentType = type.toLatin1();
    r.body = data;
    r.setHeader("Content-Disposition", "attachment; filename=\"agreement-" + QByteArray::number(*id) + '"');
    return r;
}

} // namespace

void registerAgreementRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/iis-users/{id}/agreements"), [](RequestContext &ctx) { return listFor(ctx, QStringLiteral("iis_users"), QStringLiteral("iis_user_id")); });
    router.add("POST", QStringLiteral("/api/v1/iis-users/{id}/agreements"), [](RequestContext &ctx) { return createFor(ctx, true); });
    router.add("GET", QStringLiteral("/api/v1/organizations/{id}/agreements"), [](RequestContext &ctx) { return listFor(ctx, QStringLiteral("organizations"), QStringLiteral("organization_id")); });
    router.add("POST", QStringLiteral("/api/v1/organizations/{id}/agreements"), [](RequestContext &ctx) { return createFor(ctx, false); });
    router.add("GET", QStringLiteral("/api/v1/agreements/{id}"), &getAgreement);
    router.add("PUT", QStringLiteral("/api/v1/agreements/{id}/document"), &putDocument,
               AgreementStore::kMaxDocumentBytes);
    router.add("GET", QStringLiteral("/api/v1/agreements/{id}/document"), &getDocument);
}

} // namespace izdesk::server
