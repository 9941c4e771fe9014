#include "apireply.h"

#include <QJsonArray>

namespace izdesk {

QString ApiReply::problemType() const
{
    const QString type = object().value(QStringLiteral("type")).toString();
    const qsizetype slash = type.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? type.mid(slash + 1) : type;
}

QList<FieldError> ApiReply::fieldErrors() const
{
    QList<FieldError> errors;
    const QJsonArray list = object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        errors.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("message")).toString()});
    }
    return errors;
}

QString ApiReply::networkMessage(const HttpResponse &response)
{
    const QString server
        = response.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString();
    switch (response.error) {
    case NetworkError::None: return {};
    case NetworkError::Connect:
        return tr("Cannot reach the server at %1. Check the network connection or try again later.").arg(server);
    case NetworkError::Timeout: return tr("The connection timed out while talking to %1.").arg(server);
    case NetworkError::Tls:
        return tr("The server's TLS certificate could not be verified (%1). The connection was not made.").arg(server);
    case NetworkError::Insecure:
        return tr("Refused to connect to %1 without encryption: plain HTTP is allowed only to this computer. "
                  "Use an https:// address.").arg(server);
    case NetworkError::Other: break;
    }
    return tr("The request to %1 failed: %2").arg(server, response.curlError);
}

QString ApiReply::errorMessage() const
{
    if (isNetworkError())
        return networkMessage(http);
    if (ok())
        return {};
    const QJsonObject problem = object();
    QString text = problem.value(QStringLiteral("detail")).toString();
    if (text.isEmpty())
        text = problem.value(QStringLiteral("title")).toString();
    const QList<FieldError> errors = fieldErrors();
    if (status() == 422 && !errors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : errors)
            lines << tr("%1: %2").arg(e.field, e.message);
        text
            = text.isEmpty() ? lines.join(QLatin1Char('\n')) : text + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    if (!text.isEmpty())
        return text;
    switch (status()) {
    case 401: return tr("Your session has ended. Please sign in again.");
    case 403: return tr("You are not allowed to do this.");
    case 404: return tr("The item was not found on the server.");
    case 502:
    case 503:
    case 504: return tr("The server is temporarily unavailable (HTTP %1). Try again in a moment.").arg(status());
    default: return tr("The server answered with an error (HTTP %1).").arg(status());
    }
}

} // namespace izdesk
