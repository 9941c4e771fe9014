#include "loaddesk_http.h"

#include <QJsonDocument>

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace izdesk::bench {

namespace {

size_t appendBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t readHeader(char *data, size_t size, size_t count, void *user)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.toLower().startsWith("etag:"))
        *static_cast<QByteArray *>(user) = line.mid(5).trimmed();
    return size * count;
}

} // namespace

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(const QString &baseUrl)
    : m_base(baseUrl.endsWith(QLatin1Char('/')) ? baseUrl.chopped(1) : baseUrl)
    , m_curl(curl_easy_init())
{
}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Reply HttpClient::send(const char *method, const QString &path, const QByteArray &body,
                       const QList<QByteArray> &extraHeaders, long timeoutSeconds)
{
    CURL *curl = static_cast<CURL *>(m_curl);
    Reply reply;
    const QByteArray url = (m_base + path).toUtf8();
    curl_easy_reset(curl); // keeps the open connection; clears the previous request's options
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &reply.etag);
    if (qstrcmp(method, "GET") == 0) {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (!body.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(body.size()));
    } else if (qstrcmp(method, "DELETE") != 0) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "");
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, 0L);
    }
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Expect:");
    if (!body.isEmpty())
        headers = curl_slist_append(headers, "Content-Type: application/json");
    const QByteArray auth = "Authorization: Bearer " + m_token;
    if (!m_token.isEmpty())
        headers = curl_slist_append(headers, auth.constData());
    for (const QByteArray &h : extraHeaders)
        headers = curl_slist_append(headers, h.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const auto t0 = std::chrono::steady_clock::now();
    const CURLcode rc = curl_easy_perform(curl);
    reply.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        reply.transportError = QString::fromUtf8(curl_easy_strerror(rc));
        reply.status = 0;
        return reply;
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
    return reply;
}

Reply HttpClient::postJson(const QString &path, const QJsonObject &body, const QList<QByteArray> &extra)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), extra);
}

Reply HttpClient::patchJson(const QString &path, const QJsonObject &body, const QByteArray &etag)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {"If-Match: " + etag});
}

bool Recorder::record(const QString &kind, const Reply &reply, std::initializer_list<long> expected)
{
    const bool ok = std::find(expected.begin(), expected.end(), reply.status) != expected.end();
    m_requests.fetch_add(1);
    if (!ok)
        m_errors.fetch_add(1);
    std::lock_guard<std::mutex> lock(m_mutex);
    Kind &k = m_kinds[kind];
    k.ms.push_back(reply.ms);
    if (ok) {
        ++k.ok;
    } else {
        const QString key = reply.status == 0 ? QStringLiteral("transport: ") + reply.transportError
                                              : QString::number(reply.status);
        ++k.errors[key];
        const QString sample = kind + QLatin1Char(' ') + key;
        if (!m_firstError.contains(sample))
            m_firstError.insert(sample, QString::fromUtf8(reply.body.left(400)));
    }
    return ok;
}

void Recorder::recordLatency(const QString &kind, double ms)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Kind &k = m_kinds[kind];
    k.ms.push_back(ms);
    ++k.ok;
}

void Recorder::count(const QString &name, qint64 n)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_counters[name] += n;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
    return sorted[at];
}

QJsonObject Recorder::toJson(double seconds) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QJsonObject kinds;
    for (auto it = m_kinds.constBegin(); it != m_kinds.constEnd(); ++it) {
        std::vector<double> ms = it->ms;
        std::sort(ms.begin(), ms.end());
        QJsonObject errors;
        qint64 errorCount = 0;
        for (auto e = it->errors.constBegin(); e != it->errors.constEnd(); ++e) {
            errors.insert(e.key(), e.value());
            errorCount += e.value();
        }
        const auto round2 = [](double v) { return std::round(v * 100) / 100; };
        kinds.insert(it.key(), QJsonObject{
                                   {QStringLiteral("count"), qint64(ms.size())},
                                   {QStringLiteral("per_second"), round2(seconds > 0 ? double(ms.size()) / seconds : 0)},
                                   {QStringLiteral("p50_ms"), round2(percentile(ms, 0.50))},
                                   {QStringLiteral("p95_ms"), round2(percentile(ms, 0.95))},
                                   {QStringLiteral("p99_ms"), round2(percentile(ms, 0.99))},
                                   {QStringLiteral("max_ms"), round2(ms.empty() ? 0 : ms.back())},
                                   {QStringLiteral("errors"), errorCount},
                                   {QStringLiteral("errors_by_status"), errors},
                               });
    }
    QJsonObject counters;
    for (auto it = m_counters.constBegin(); it != m_counters.constEnd(); ++it)
        counters.insert(it.key(), it.value());
    return {{QStringLiteral("kinds"), kinds}, {QStringLiteral("counters"), counters}};
}

QJsonObject Recorder::errorSamples() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QJsonObject out;
    for (auto it = m_firstError.constBegin(); it != m_firstError.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace izdesk::bench
