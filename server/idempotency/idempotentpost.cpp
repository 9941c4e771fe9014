#include "idempotency/idempotentpost.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "idempotency/idempotencystore.h"
#include "storage/sqlutil.h"

namespace izdesk::server {

HttpResponse IdempotentPost::replay(const IdempotencyStore::Entry &entry, const QByteArray &requestHash)
{
    if (entry.requestHash != requestHash)
        return Problem::unprocessable(QStringLiteral("idempotency-key-reused"),
                                      QStringLiteral("this Idempotency-Key was already used for a different request"));
    if (entry.responseStatus == 0)
        return Problem::conflict(QStringLiteral("a request with this Idempotency-Key is still in progress"));
    HttpResponse response;
    response.status = entry.responseStatus;
    response.contentType = "application/json";
    response.body = entry.responseBody;
    response.setHeader("Idempotent-Replayed", "true");
    return response;
}

HttpResponse IdempotentPost::run(RequestContext &ctx, const std::function<HttpResponse()> &write)
{
    const HttpRequest &request = ctx.request();
    const bool hasKey = request.headers.contains("idempotency-key");
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (hasKey && (key.isEmpty() || key.size() > IdempotencyStore::kMaxKeyLength))
        return Problem::badRequest(
            QStringLiteral("Idempotency-Key must be 1 to %1 characters").arg(IdempotencyStore::kMaxKeyLength));
    QSqlDatabase db = ctx.db();
    const qint64 userId = ctx.principal().userId;
    IdempotencyStore store(db, ctx.dialect());
    const QByteArray hash = IdempotencyStore::requestHash(request.method, request.path, request.body);
    bool ok = false;
    if (hasKey) {
        const auto entry = store.find(userId, key, &ok);
        if (!ok)
            return Problem::internal();
        if (entry)
            return replay(*entry, hash);
    }
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    if (hasKey && !store.reserve(userId, key, request.method, request.path, hash, ctx.now())) {
        db.rollback();
        const auto entry = store.find(userId, key, &ok);
        return entry ? replay(*entry, hash) : Problem::internal();
    }
    const HttpResponse response = write();
    if (response.status >= 400) {
        db.rollback();
        return response;
    }
    if ((hasKey && !store.complete(userId, key, response.status, response.body)) || !db.commit()) {
        db.rollback();
        return Problem::internal();
    }
    return response;
}

} // namespace izdesk::server
