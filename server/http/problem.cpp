#include "http/problem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace izdesk::server::Problem {

QString typeUri(const QString &slug)
{
    return QStringLiteral("https://izdesk.invalid/problems/") + slug;
}

HttpResponse make(int status, const QString &slug, const QString &title, const QString &detail,
                  const QList<FieldError> &errors, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("type"), typeUri(slug));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors) {
            list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                    {QStringLiteral("message"), e.message}});
        }
        o.insert(QStringLiteral("errors"), list);
    }
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/problem+json; charset=utf-8");
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse badRequest(const QString &detail)
{
    return make(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"), detail);
}

HttpResponse malformedJson(const QString &detail)
{
    return make(400, QStringLiteral("malformed-json"), QStringLiteral("Malformed JSON body"), detail);
}

HttpResponse unauthenticated(const QString &detail)
{
    return make(401, QStringLiteral("unauthenticated"), QStringLiteral("Authentication required"),
                detail)
        .setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
}

HttpResponse forbidden(const QString &detail)
{
    return make(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), detail);
}

HttpResponse notFound(const QString &detail)
{
    return make(404, QStringLiteral("not-found"), QStringLiteral("Not found"), detail);
}

HttpResponse methodNotAllowed(const QByteArrayList &allowed)
{
    const QByteArray allow = allowed.join(", ");
    return make(405, QStringLiteral("method-not-allowed"), QStringLiteral("Method not allowed"),
                QStringLiteral("Allowed methods: ") + QString::fromLatin1(allow))
        .setHeader(QByteArrayLiteral("Allow"), allow);
}

HttpResponse conflict(const QString &detail)
{
    return make(409, QStringLiteral("conflict"), QStringLiteral("Conflict"), detail);
}

HttpResponse preconditionFailed(const QString &detail, const QJsonObject &extra)
{
    return make(412, QStringLiteral("precondition-failed"), QStringLiteral("Precondition failed"),
                detail, {}, extra);
}

HttpResponse payloadTooLarge(qint64 limit)
{
    return make(413, QStringLiteral("payload-too-large"), QStringLiteral("Payload too large"),
                QStringLiteral("The request body exceeds %1 bytes").arg(limit));
}

HttpResponse requestTimeout(int seconds)
{
    return make(408, QStringLiteral("request-timeout"), QStringLiteral("Request timeout"),
                QStringLiteral("The whole request did not arrive within %1 seconds").arg(seconds));
}

HttpResponse uriTooLong(qint64 limit)
{
    return make(414, QStringLiteral("uri-too-long"), QStringLiteral("URI too long"),
                QStringLiteral("The request line exceeds %1 bytes").arg(limit));
}

HttpResponse headerFieldsTooLarge(const QString &detail)
{
    return make(431, QStringLiteral("header-fields-too-large"), QStringLiteral("Request header fields too large"),
                detail);
}

HttpResponse unsupportedMediaType(const QString &detail)
{
    return make(415, QStringLiteral("unsupported-media-type"),
                QStringLiteral("Unsupported media type"), detail);
}

HttpResponse preconditionRequired(const QString &detail)
{
    return make(428, QStringLiteral("precondition-required"),
                QStringLiteral("Precondition required"), detail);
}

HttpResponse validation(const QList<FieldError> &errors)
{
    const QString detail = errors.size() == 1
        ? QStringLiteral("1 field is invalid")
        : QStringLiteral("%1 fields are invalid").arg(errors.size());
    return make(422, QStringLiteral("validation"), QStringLiteral("Invalid request body"), detail,
                errors);
}

HttpResponse unprocessable(const QString &slug, const QString &detail)
{
    return make(422, slug, QStringLiteral("Unprocessable request"), detail);
}

HttpResponse internal()
{
    return make(500, QStringLiteral("internal"), QStringLiteral("Internal server error"),
                QStringLiteral("The server could not complete the request"));
}

HttpResponse storageFault(StorageFault fault, bool write)
{
    switch (fault) {
    case StorageFault::Full:
        return make(507, QStringLiteral("storage-full"), QStringLiteral("Insufficient storage"),
                    write ? QStringLiteral("The server's disk is full, so nothing was saved. Reading still works; an "
                                           "administrator must free disk space.")
                          : QStringLiteral("The server's disk is full, and this read has to be recorded first. An "
                                           "administrator must free disk space."));
    case StorageFault::ReadOnly:
        return make(503, QStringLiteral("database-read-only"), QStringLiteral("Database read-only"),
                    write ? QStringLiteral("The database takes no changes right now (it is read-only), so nothing "
                                           "was saved. Reading still works; an administrator must make it writable.")
                          : QStringLiteral("The database takes no changes right now (it is read-only), and this read "
                                           "has to be recorded first. An administrator must make it writable."));
    case StorageFault::Unavailable:
    case StorageFault::None:
        break;
    }
    return make(503, QStringLiteral("database-unavailable"), QStringLiteral("Database unavailable"),
                write ? QStringLiteral("The database cannot be reached right now, so this change was not confirmed. "
                                       "Try again in a moment; reload first if it may have been saved.")
                      : QStringLiteral("The database cannot be reached right now. Try again in a moment."))
        .setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
}

} // namespace izdesk::server::Problem
