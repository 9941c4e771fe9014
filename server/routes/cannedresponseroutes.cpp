#include "routes/cannedresponseroutes.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "idempotency/idempotentwrite.h"
#include "storage/writetransaction.h"
#include "tickets/ticketcommands.h"
#include "timeline/cannedresponsestore.h"

#include "catalog.h"

#include <QJsonArray>
#include <QUrl>

namespace izdesk::server {

namespace {

constexpr int kMaxTitle = 200;
constexpr int kMaxBody = 20000;

// Applies title/body/category from a create body or a merge patch onto *item.
QList<FieldError> applyFields(const QJsonObject &body, bool isCreate, CannedResponseStore::Item *item,
                              QStringList *fields)
{
    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("title") || key == QLatin1String("body")) {
            const QString text = it.value().toString().trimmed();
            const int max = key == QLatin1String("title") ? kMaxTitle : kMaxBody;
            if (!it.value().isString() || text.isEmpty() || text.size() > max)
                errors.append({key, QStringLiteral("must be text of 1 to %1 characters").arg(max)});
            (key == QLatin1String("title") ? item->title : item->body) = text;
        } else if (key == QLatin1String("category")) {
            const QString category = it.value().toString();
            if (!it.value().isNull() && !Catalog::contains(Catalog::ticketCategories(), category))
                errors.append({key, QStringLiteral("must be null or one of: %1")
                                        .arg(Catalog::keys(Catalog::ticketCategories()).join(QStringLiteral(", ")))});
            item->category = it.value().isNull() ? QString() : category;
        } else {
            errors.append({key, QStringLiteral("is not a field of a canned response")});
            continue;
        }
        fields->append(key);
    }
    if (isCreate) {
        for (const QString &required : {QStringLiteral("title"), QStringLiteral("body")}) {
            if (!body.contains(required))
                errors.append({required, QStringLiteral("is required")});
        }
    } else if (body.isEmpty()) {
        errors.append({QString(), QStringLiteral("the patch changes nothing")});
    }
    return errors;
}

HttpResponse listCanned(RequestContext &ctx)
{
    const QString category
        = ctx.request().query.value(QStringLiteral("category")).trimmed();
    if (!category.isEmpty() && !Catalog::contains(Catalog::ticketCategories(), category))
        return Problem::badRequest(QStringLiteral("category is not a ticket category"));
    QList<CannedResponseStore::Item> items;
    if (!CannedResponseStore(ctx.db(), ctx.dialect()).list(category, &items))
        return Problem::internal();
    QJsonArray array;
    for (const auto &item : std::as_const(items))
        array.append(item.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

HttpResponse createCanned(RequestContext &ctx)
{
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        CannedResponseStore::Item item;
        QStringList fields;
        const QList<FieldError> errors = applyFields(body, true, &item, &fields);
        if (!errors.isEmpty())
            return Problem::validation(errors);
        return IdempotentWrite::run(ctx, [&ctx, &item, &fields]() -> HttpResponse {
            CannedResponseStore store(ctx.db(), ctx.dialect());
            const auto id = store.insert(item, ctx.now());
            bool ok = false;
            const auto stored = id ? store.find(*id, &ok) : std::nullopt;
            if (!stored
                || !ctx.audit(QStringLiteral("canned_response.create"), QStringLiteral("canned_response"),
                              QString::number(*id),
                              QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}}))
                return Problem::internal();
            return HttpResponse::json(201, stored->toJson())
                .setHeader("Location", "/api/v1/canned-responses/" + QByteArray::number(*id))
                .setHeader("ETag", stored->etag());
        });
    });
}

HttpResponse patchCanned(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such canned response"));
    const QByteArray ifMatch = ctx.request().header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Problem::preconditionRequired(QStringLiteral("send If-Match with the ETag of the canned response"));
    return withJsonObject(ctx.request(), [&](const QJsonObject &body) -> HttpResponse {
        QSqlDatabase db = ctx.db();
        CannedResponseStore store(db, ctx.dialect());
        bool ok = false;
        const auto current = store.find(*id, &ok);
        if (!current)
            return ok ? Problem::notFound(QStringLiteral("no such canned response")) : Problem::internal();
        if (!ifMatchAccepts(ifMatch, current->etag()))
            return Problem::preconditionFailed(QStringLiteral("the canned response was changed by someone else"),
                                               QJsonObject{{QStringLiteral("current"), current->toJson()}})
                .setHeader("ETag", current->etag());
        CannedResponseStore::Item item = *current;
        QStringList fields;
        const QList<FieldError> errors = applyFields(body, false, &item, &fields);
        if (!errors.isEmpty())
            return Problem::validation(errors);
        WriteTransaction tx(db, ctx.dialect());
        if (!tx.begun())
            return Problem::internal();
        bool updated = false;
        if (!store.update(item, current->version, ctx.now(), &updated))
            return Problem::internal();
        if (!updated)
            return Problem::preconditionFailed(QStringLiteral("the canned response was changed by someone else"));
        const auto stored = store.find(*id, &ok);
        if (!stored
            || !ctx.audit(QStringLiteral("canned_response.update"), QStringLiteral("canned_response"),
                          QString::number(*id),
                          QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}})
            || !tx.commit())
            return Problem::internal();
        return HttpResponse::json(200, stored->toJson()).setHeader("ETag", stored->etag());
    });
}

HttpResponse deleteCanned(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such canned response"));
    QSqlDatabase db = ctx.db();
    WriteTransaction tx(db, ctx.dialect());
    if (!tx.begun())
        return Problem::internal();
    bool removed = false;
    if (!CannedResponseStore(db, ctx.dialect()).remove(*id, &removed)
        || (removed
            && !ctx.audit(QStringLiteral("canned_response.delete"), QStringLiteral("canned_response"),
                          QString::number(*id))))
        return Problem::internal();
    if (!removed)
        return Problem::notFound(QStringLiteral("no such canned response"));
    if (!tx.commit())
        return Problem::internal();
    return HttpResponse::noContent();
}

} // namespace

void registerCannedResponseRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/canned-responses"), &listCanned);
    router.add("POST", QStringLiteral("/api/v1/canned-responses"), &createCanned);
    router.add("PATCH", QStringLiteral("/api/v1/canned-responses/{id}"), &patchCanned);
    router.add("DELETE", QStringLiteral("/api/v1/canned-responses/{id}"), &deleteCanned);
}

} // namespace izdesk::server
