#include "httptransport.h"

#include <mutex>

namespace izdesk {

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{
    static std::once_flag curlInit;
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    qRegisterMetaType<izdesk::HttpResponse>();

    m_worker = std::make_unique<HttpWorker>([this](HttpResponse response) {
        // Hop to the transport's thread; dropped if the transport is gone by then.
        QMetaObject::invokeMethod(
            this, [this, r = std::move(response)] { Q_EMIT finished(r); }, Qt::QueuedConnection);
    });
    m_worker->setSettings(m_settings);
    m_thread = QThread::create([worker = m_worker.get()] { worker->run(); });
    m_thread->setObjectName(QStringLiteral("izdesk-http"));
    m_thread->start();
}

HttpTransport::~HttpTransport()
{
    m_worker->stop();
    m_thread->wait();
    delete m_thread;
}

void HttpTransport::setSettings(const HttpSettings &settings)
{
    m_settings = settings;
    m_worker->setSettings(settings);
}

quint64 HttpTransport::send(const HttpRequest &request)
{
    const quint64 id = m_nextId++;
    m_worker->enqueue(id, request);
    return id;
}

} // namespace izdesk
