#include "httpmessage.h"

namespace izdesk {

static QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool HttpRequest::isIdempotent() const
{
    const QByteArray m = method.toUpper();
    if (m == "GET" || m == "DELETE" || m == "PUT" || m == "HEAD")
        return true;
    return (m == "POST" || m == "PATCH") && !header("Idempotency-Key").isEmpty();
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost") || host == QLatin1String("::1")
        || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0 || n > 255 || part.isEmpty() || part.size() > 3)
            return false;
    }
    return parts.constFirst() == QLatin1String("127");
}

} // namespace

bool transportAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host().toLower());
}

} // namespace izdesk
