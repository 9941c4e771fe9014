#include "httpworker.h"

#include "logcategories.h"

#include <QJsonParseError>

#include <algorithm>

namespace izdesk {

struct HttpWorker::Transfer
{
    quint64 id = 0;
    HttpRequest request;
    HttpSettings settings;
    int attempt = 0;
    Clock::time_point started;
    Clock::time_point due;
    curl_slist *headerList = nullptr;
    QByteArray url;
    QByteArray caFile;
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer() { curl_slist_free_all(headerList); }
};

namespace {

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    auto *headers = static_cast<HttpHeaders *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        headers->clear(); // a new response (after 100 Continue or a redirect) starts
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        headers->append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

NetworkError classify(CURLcode code)
{
    switch (code) {
    case CURLE_OK: return NetworkError::None;
    case CURLE_OPERATION_TIMEDOUT: return NetworkError::Timeout;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING: return NetworkError::Connect;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR: return NetworkError::Tls;
    default: return NetworkError::Other;
    }
}

} // namespace

HttpWorker::HttpWorker(Deliver deliver)
    : m_deliver(std::move(deliver))
    , m_multi(curl_multi_init())
{
}

HttpWorker::~HttpWorker()
{
    for (auto &[easy, transfer] : m_active) {
        curl_multi_remove_handle(m_multi, easy);
        curl_easy_cleanup(easy);
    }
    m_active.clear();
    for (CURL *easy : m_pool)
        curl_easy_cleanup(easy);
    curl_multi_cleanup(m_multi);
}

void HttpWorker::setSettings(const HttpSettings &settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
}

void HttpWorker::enqueue(quint64 id, const HttpRequest &request)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->id = id;
    transfer->request = request;
    {
        std::lock_guard lock(m_mutex);
        transfer->settings = m_settings;
        m_incoming.push_back(std::move(transfer));
    }
    curl_multi_wakeup(m_multi);
}

void HttpWorker::stop()
{
    m_stop = true;
    curl_multi_wakeup(m_multi);
}

void HttpWorker::run()
{
    while (!m_stop) {
        std::deque<std::unique_ptr<Transfer>> incoming;
        {
            std::lock_guard lock(m_mutex);
            incoming.swap(m_incoming);
        }
        for (auto &transfer : incoming) {
            transfer->started = Clock::now();
            if (!transportAllowed(transfer->request.url))
                refuse(std::move(transfer));
            else
                startTransfer(std::move(transfer));
        }
        startDueRetries();

        int running = 0;
        curl_multi_perform(m_multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
            if (msg->msg == CURLMSG_DONE)
                finishTransfer(msg->easy_handle, msg->data.result);
        }
        if (m_stop)
            break;
        curl_multi_poll(m_multi, nullptr, 0, pollTimeoutMs(), nullptr);
    }
}

int HttpWorker::pollTimeoutMs() const
{
    int timeout = 1000;
    const auto now = Clock::now();
    for (const auto &t : m_retrying) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t->due - now).count();
        timeout = std::clamp(int(ms), 0, timeout);
    }
    return timeout;
}

CURL *HttpWorker::takeHandle()
{
    if (m_pool.empty())
        return curl_easy_init();
    CURL *easy = m_pool.back();
    m_pool.pop_back();
    curl_easy_reset(easy);
    return easy;
}

void HttpWorker::releaseHandle(CURL *easy)
{
    if (m_pool.size() < 8)
        m_pool.push_back(easy);
    else
        curl_easy_cleanup(easy);
}

void HttpWorker::startTransfer(std::unique_ptr<Transfer> transfer)
{
    Transfer &t = *transfer;
    ++t.attempt;
    t.responseHeaders.clear();
    t.responseBody.clear();
    t.errorBuffer[0] = '\0';
    curl_slist_free_all(t.headerList);
    t.headerList = nullptr;

    const HttpRequest &r = t.request;
    t.url = r.url.toEncoded();
    CURL *easy = takeHandle();
    curl_easy_setopt(easy, CURLOPT_URL, t.url.constData());
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, r.method.constData());
    if (r.method == "HEAD")
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PATCH" || r.method == "PUT") {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, r.body.constData());
        if (r.header("Content-Type").isEmpty())
            t.headerList = curl_slist_append(t.headerList, "Content-Type: application/json");
    }
    t.headerList = curl_slist_append(t.headerList, "Accept: application/json, application/problem+json");
    t.headerList = curl_slist_append(t.headerList, "Expect:");
    for (const auto &h : r.headers)
        t.headerList = curl_slist_append(t.headerList, QByteArray(h.first + ": " + h.second).constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t.headerList);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding curl supports (gzip)
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    const int connectMs = r.connectTimeoutMs >= 0 ? r.connectTimeoutMs : t.settings.connectTimeoutMs;
    const int totalMs = r.timeoutMs >= 0 ? r.timeoutMs : t.settings.timeoutMs;
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(connectMs));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(totalMs));
    // TLS verification stays on; a per-environment CA bundle only changes what is trusted.
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    // TLS 1.2 at least, whatever the system's OpenSSL configuration allows.
    curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!r.caFile.isEmpty()) {
        t.caFile = r.caFile.toLocal8Bit();
        curl_easy_setopt(easy, CURLOPT_CAINFO, t.caFile.constData());
    }
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L); // a redirect is the caller's to judge
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t.responseBody);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &writeHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &t.responseHeaders);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t.errorBuffer);
    curl_easy_setopt(easy, CURLOPT_PRIVATE, &t);

    curl_multi_add_handle(m_multi, easy);
    m_active.emplace(easy, std::move(transfer));
}

void HttpWorker::finishTransfer(CURL *easy, CURLcode code)
{
    auto it = m_active.find(easy);
    if (it == m_active.end())
        return;
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    m_active.erase(it);
    curl_multi_remove_handle(m_multi, easy);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    releaseHandle(easy);

    Transfer &t = *transfer;
    const NetworkError error = classify(code);
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t.started).count();
    // Method and path only: the query can carry search text (PHI), headers carry the token.
    const QString path = t.request.url.path();
    const int maxAttempts = t.request.maxAttempts > 0 ? t.request.maxAttempts : t.settings.maxAttempts;
    const bool transient = error == NetworkError::Connect || status == 502 || status == 503 || status == 504;
    if (transient && t.request.isIdempotent() && t.attempt < maxAttempts && !m_stop) {
        const int delay = t.settings.backoffBaseMs * (1 << std::min(t.attempt - 1, 10));
        qCInfo(lcHttp, "%s %s attempt %d failed (%s), retrying in %d ms", t.request.method.constData(),
               qPrintable(path), t.attempt, code != CURLE_OK ? curl_easy_strerror(code) : "HTTP error", delay);
        t.due = Clock::now() + std::chrono::milliseconds(delay);
        m_retrying.push_back(std::move(transfer));
        return;
    }

    HttpResponse response;
    response.id = t.id;
    response.httpStatus = error == NetworkError::None ? int(status) : 0;
    response.headers = std::move(t.responseHeaders);
    response.rawBody = std::move(t.responseBody);
    response.error = error;
    response.url = t.request.url;
    response.attempts = t.attempt;
    response.elapsedMs = elapsed;
    if (error != NetworkError::None)
        response.curlError = QString::fromUtf8(t.errorBuffer[0] ? t.errorBuffer : curl_easy_strerror(code));
    if (!response.rawBody.isEmpty()) {
        QJsonParseError parseError;
        response.body = QJsonDocument::fromJson(response.rawBody, &parseError);
    }
    if (error == NetworkError::None)
        qCInfo(lcHttp, "%s %s %ld %lld ms", t.request.method.constData(), qPrintable(path), status, qlonglong(elapsed));
    else
        qCWarning(lcHttp, "%s %s failed after %d attempt(s), %lld ms: %s", t.request.method.constData(),
                  qPrintable(path), t.attempt, qlonglong(elapsed), curl_easy_strerror(code));
    m_deliver(std::move(response));
}

void HttpWorker::refuse(std::unique_ptr<Transfer> transfer)
{
    HttpResponse response;
    response.id = transfer->id;
    response.error = NetworkError::Insecure;
    response.url = transfer->request.url;
    response.curlError = QStringLiteral("plain HTTP is allowed only to this computer");
    qCWarning(lcHttp, "%s %s refused: plain HTTP to a host that is not this computer",
              transfer->request.method.constData(), qPrintable(transfer->request.url.path()));
    m_deliver(std::move(response));
}

void HttpWorker::startDueRetries()
{
    const auto now = Clock::now();
    std::vector<std::unique_ptr<Transfer>> due;
    for (auto it = m_retrying.begin(); it != m_retrying.end();) {
        if ((*it)->due <= now) {
            due.push_back(std::move(*it));
            it = m_retrying.erase(it);
        } else {
            ++it;
        }
    }
    for (auto &t : due)
        startTransfer(std::move(t));
}

} // namespace izdesk
