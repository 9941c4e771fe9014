#pragma once

#include "httpmessage.h"
#include "httpworker.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace izdesk {

// Asynchronous HTTP over libcurl. send() returns a request id at once; the transfer runs on
// a worker thread (curl multi interface, keep-alive, gzip, timeouts, TLS verification on,
// retries with exponential backoff for idempotent requests on connection errors and
// 502/503/504) and finished() is emitted on the thread that owns the transport (the GUI
// thread). Create and use from one thread.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setSettings(const HttpSettings &settings);
    HttpSettings settings() const { return m_settings; }

    quint64 send(const HttpRequest &request);

Q_SIGNALS:
    void finished(const izdesk::HttpResponse &response);

private:
    HttpSettings m_settings;
    std::unique_ptr<HttpWorker> m_worker;
    QThread *m_thread = nullptr;
    std::atomic<quint64> m_nextId{1};
};

} // namespace izdesk
