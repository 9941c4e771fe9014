#pragma once

#include "httpmessage.h"

#include <curl/curl.h>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace izdesk {

// Tunables shared by every request of one transport.
struct HttpSettings
{
    int connectTimeoutMs = 5000;
    int timeoutMs = 30000;
    int maxAttempts = 3;     // total attempts for idempotent requests
    int backoffBaseMs = 250; // delay before retry n is backoffBaseMs * 2^(n-1)
};

// The libcurl multi loop. run() executes on the transport's worker thread and blocks in
// curl_multi_poll until a transfer progresses, a retry falls due or another thread calls
// enqueue()/stop() (curl_multi_wakeup). Easy handles are pooled and the multi handle keeps
// the connection cache, so connections are reused (keep-alive). Results are handed to the
// deliver callback on the worker thread.
class HttpWorker
{
public:
    using Deliver = std::function<void(HttpResponse)>;

    explicit HttpWorker(Deliver deliver);
    ~HttpWorker();
    HttpWorker(const HttpWorker &) = delete;
    HttpWorker &operator=(const HttpWorker &) = delete;

    void setSettings(const HttpSettings &settings);       // any thread
    void enqueue(quint64 id, const HttpRequest &request); // any thread
    void stop();                                          // any thread; run() returns soon after
    void run();                                           // worker thread only

private:
    using Clock = std::chrono::steady_clock;
    struct Transfer;

    void startTransfer(std::unique_ptr<Transfer> transfer);
    // Answers at once, without connecting, when transportAllowed() says no.
    void refuse(std::unique_ptr<Transfer> transfer);
    void finishTransfer(CURL *easy, CURLcode code);
    void startDueRetries();
    int pollTimeoutMs() const;
    CURL *takeHandle();
    void releaseHandle(CURL *easy);

    Deliver m_deliver;
    CURLM *m_multi = nullptr;
    std::mutex m_mutex; // guards m_incoming and m_settings
    std::deque<std::unique_ptr<Transfer>> m_incoming;
    HttpSettings m_settings;
    std::atomic<bool> m_stop{false};
    // Worker-thread state.
    std::unordered_map<CURL *, std::unique_ptr<Transfer>> m_active;
    std::vector<std::unique_ptr<Transfer>> m_retrying;
    std::vector<CURL *> m_pool;
};

} // namespace izdesk
