#include "routes/attachmentroutes.h"

#include "attachments/attachmentstore.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "idempotency/idempotentwrite.h"
#include "storage/sqlutil.h"
#include "tickets/ticketcommands.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

bool ticketExists(RequestContext &ctx, qint64 id, bool *ok)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    return *ok && q.next();
}

// A plain file name: 1–255 characters, no folders, no control characters.
bool validFilename(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char('"'))
            return false;
    }
    return true;
}

HttpResponse upload(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    const HttpRequest &request = ctx.request();
    const QString contentType
        = QString::fromLatin1(request.header("content-type")).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!AttachmentStore::acceptedTypes().contains(contentType))
        return Problem::unsupportedMediaType(QStringLiteral("send the file as one of: %1")
                                                 .arg(AttachmentStore::acceptedTypes().join(QStringLiteral(", "))));
    if (request.body.isEmpty())
        return Problem::validation({{QStringLiteral("body"), QStringLiteral("the file is empty")}});
    if (!AttachmentStore::magicMatches(contentType, request.body))
        return Problem::unsupportedMediaType(QStringLiteral("the file's content is not %1").arg(contentType));
    const QString filename = QString::fromUtf8(QByteArray::fromPercentEncoding(request.header("x-filename"))).trimmed();
    if (!validFilename(filename))
        return Problem::validation({{QStringLiteral("X-Filename"),
                                     QStringLiteral("must be a file name of 1 to 255 characters without folders")}});

    return IdempotentWrite::run(ctx, [&ctx, &request, &contentType, &filename, id]() -> HttpResponse {
        bool ok = false;
        if (!ticketExists(ctx, *id, &ok))
            return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
        AttachmentStore store(ctx.db(), ctx.dialect());
        const auto attachmentId
            = store.insert(*id, filename, contentType, request.body, ctx.principal().userId, ctx.now());
        const auto meta = attachmentId ? store.find(*attachmentId, &ok) : std::nullopt;
        // Not the file name: it may name a patient.
        if (!meta
            || !ctx.audit(QStringLiteral("ticket.attachment_add"), QStringLiteral("ticket"), QString::number(*id),
                          QJsonObject{{QStringLiteral("attachment_id"), meta->id},
                                      {QStringLiteral("content_type"), contentType},
                                      {QStringLiteral("size"), meta->size}}))
            return Problem::internal();
        return HttpResponse::json(201, meta->toJson())
            .setHeader("Location", "/api/v1/attachments/" + QByteArray::number(meta->id));
    });
}

HttpResponse listAttachments(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such ticket"));
    bool ok = false;
    if (!ticketExists(ctx, *id, &ok))
        return ok ? Problem::notFound(QStringLiteral("no such ticket")) : Problem::internal();
    QList<AttachmentStore::Meta> items;
    if (!AttachmentStore(ctx.db(), ctx.dialect()).list(*id, &items))
        return Problem::internal();
    QJsonArray array;
    for (const auto &m : std::as_const(items))
        array.append(m.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

HttpResponse download(RequestContext &ctx)
{
    const auto id = pathId(ctx);
    if (!id)
        return Problem::notFound(QStringLiteral("no such attachment"));
    bool ok = false;
    QByteArray data;
    const auto meta = AttachmentStore(ctx.db(), ctx.dialect()).find(*id, &ok, &data);
    if (!meta)
        return ok ? Problem::notFound(QStringLiteral("no such attachment")) : Problem::internal();
    // A scanned form can hold patient data: every read is audited.
    if (!ctx.audit(QStringLiteral("attachment.read"), QStringLiteral("attachment"), QString::number(*id),
                   QJsonObject{{QStringLiteral("ticket_id"), meta->ticketId}}))
        return Problem::internal();
    HttpResponse response;
    response.status = 200;
    response.contentType = meta->contentType.toLatin1();
    response.body = data;
    response.setHeader("Content-Disposition", "attachment; filename=\"" + meta->filename.toUtf8() + '"');
    response.setHeader("ETag", '"' + meta->sha256.toLatin1() + '"');
    return response;
}

} // namespace

void registerAttachmentRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/attachments"), &upload,
               AttachmentStore::kMaxBytes);
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/attachments"), &listAttachments);
    router.add("GET", QStringLiteral("/api/v1/attachments/{id}"), &download);
}

} // namespace izdesk::server
