#include "http/jsonbody.h"

#include "http/problem.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace izdesk::server {

namespace {

bool isJsonMediaType(const QByteArray &contentType)
{
    // "application/json", "application/merge-patch+json; charset=utf-8", …
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

} // namespace

std::variant<QJsonObject, HttpResponse> parseJsonObject(const HttpRequest &request)
{
    if (!isJsonMediaType(request.header("content-type"))) {
        return Problem::unsupportedMediaType(QStringLiteral("The request body must be application/json"));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Problem::malformedJson(QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject())
        return Problem::malformedJson(QStringLiteral("The request body must be a JSON object"));
    return doc.object();
}

std::variant<QueryParams, HttpResponse> parseJsonParams(const HttpRequest &request)
{
    auto parsed = parseJsonObject(request);
    if (auto *failed = std::get_if<HttpResponse>(&parsed))
        return std::move(*failed);
    QString error;
    auto params = QueryParams::fromJson(std::get<QJsonObject>(parsed), &error);
    if (!params)
        return Problem::badRequest(error);
    return std::move(*params);
}

HttpResponse withJsonObject(const HttpRequest &request, const std::function<HttpResponse(const QJsonObject &)> &handler)
{
    auto body = parseJsonObject(request);
    if (auto *failed = std::get_if<HttpResponse>(&body))
        return std::move(*failed);
    return handler(std::get<QJsonObject>(body));
}

HttpResponse withJsonParams(const HttpRequest &request, const std::function<HttpResponse(const QueryParams &)> &handler)
{
    auto params = parseJsonParams(request);
    if (auto *failed = std::get_if<HttpResponse>(&params))
        return std::move(*failed);
    return handler(std::get<QueryParams>(params));
}

} // namespace izdesk::server
