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
    return m == "POST" && !header("Idempotency-Key").isEmpty();
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

} // namespace izdesk
