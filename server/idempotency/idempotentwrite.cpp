#include "idempotency/idempotentwrite.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "idempotency/idempotencystore.h"
#include "storage/sqlutil.h"

namespace izdesk::server {

namespace {

// The headers a replay gives back: they name the resource and its version, nothing else.
const QByteArray kReplayedHeaders[] = {"ETag", "Location"};

QList<QPair<QByteArray, QByteArray>> replayedHeadersOf(const HttpResponse &response)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &name : kReplayedHeaders) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            headers.append({name, value});
    }
    return headers;
}

} // namespace

HttpResponse IdempotentWrite::replay(const IdempotencyStore::Entry &entry, const QByteArray &requestHash)
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
    for (const auto &header : entry.responseHeaders)
        response.setHeader(header.first, header.second);
    response.setHeader("Idempotent-Replayed", "true");
    return response;
}

HttpResponse IdempotentWrite::run(RequestContext &ctx, const std::function<HttpResponse()> &write)
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
    // Runs after a failed reserve or commit: the concurrent request with the same key has
    // committed by now, so replay it.
    const auto replayWinner = [&]() -> HttpResponse {
        const auto entry = store.find(userId, key, &ok);
        return ok && entry ? replay(*entry, hash) : Problem::internal();
    };
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    // The key is reserved first, so that a concurrent twin blocks (PostgreSQL) or waits for
    // the write lock (SQLite) here and then fails on the unique constraint.
    if (hasKey && !store.reserve(userId, key, request.method, request.path, hash, ctx.now())) {
        db.rollback();
        return replayWinner();
    }
    const HttpResponse response = write();
    if (response.status >= 400) {
        db.rollback();
        return response;
    }
    if (hasKey && !store.complete(userId, key, response.status, response.body, replayedHeadersOf(response))) {
        db.rollback();
        return Problem::internal();
    }
    if (!db.commit()) {
        db.rollback();
        return hasKey ? replayWinner() : Problem::internal();
    }
    return response;
}

} // namespace izdesk::server
