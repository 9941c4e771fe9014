#pragma once

// The load program's HTTP side: one keep-alive libcurl handle per simulated thread, and the
// shared recorder of latencies and errors by request kind.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <mutex>
#include <vector>

namespace izdesk::bench {

struct Reply
{
    long status = 0;           // 0 when the exchange failed below HTTP
    QString transportError;    // libcurl's message when status is 0
    QByteArray body;
    QByteArray etag;
    double ms = 0;
    QJsonObject json() const;
};

// One connection to one server (keep-alive; a handle is used by one thread only).
class HttpClient
{
public:
    explicit HttpClient(const QString &baseUrl);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setToken(const QByteArray &token) { m_token = token; }
    const QString &baseUrl() const { return m_base; }

    // path starts with /api/v1; body empty = none. extraHeaders are "Name: value".
    Reply send(const char *method, const QString &path, const QByteArray &body = {},
               const QList<QByteArray> &extraHeaders = {}, long timeoutSeconds = 30);
    Reply get(const QString &path, long timeoutSeconds = 30) { return send("GET", path, {}, {}, timeoutSeconds); }
    Reply postJson(const QString &path, const QJsonObject &body, const QList<QByteArray> &extra = {});
    Reply patchJson(const QString &path, const QJsonObject &body, const QByteArray &etag);

private:
    QString m_base;
    QByteArray m_token;
    void *m_curl = nullptr;
};

// Latencies, counts and errors per request kind, from every user thread.
class Recorder
{
public:
    // Records one exchange; it is an error unless its status is one of `expected`.
    bool record(const QString &kind, const Reply &reply, std::initializer_list<long> expected);
    void recordLatency(const QString &kind, double ms); // a derived figure (feed delivery lag)
    void count(const QString &name, qint64 n = 1);
    qint64 requests() const { return m_requests.load(); }
    qint64 errors() const { return m_errors.load(); }
    // {"kinds":{kind:{count,rps,p50_ms,p95_ms,p99_ms,max_ms,errors:{status:n}}}, "counters":{…}}
    QJsonObject toJson(double seconds) const;
    QJsonObject errorSamples() const;

private:
    struct Kind
    {
        std::vector<double> ms;
        qint64 ok = 0;
        QMap<QString, qint64> errors;
    };
    mutable std::mutex m_mutex;
    QMap<QString, Kind> m_kinds;
    QMap<QString, qint64> m_counters;
    QMap<QString, QString> m_firstError; // kind/status → the first problem body seen (no PHI: problems carry none)
    std::atomic<qint64> m_requests{0};
    std::atomic<qint64> m_errors{0};
};

// The p-quantile (0..1) of ascending `sorted`; 0 when empty.
double percentile(const std::vector<double> &sorted, double p);

} // namespace izdesk::bench
