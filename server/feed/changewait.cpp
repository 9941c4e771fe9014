#include "feed/changewait.h"

#include "feed/changefeed.h"
#include "feed/changenotifier.h"
#include "http/problem.h"

#include <QTimer>

namespace izdesk::server {

struct ChangeWait::State
{
    QPointer<ChangeNotifier> notifier;
    qint64 since = 0;
    int limit = 0;
    int waitSeconds = 0;
    quint64 generation = 0;
    Complete complete;
    std::unique_ptr<QObject> context; // owns the timer and the connections while waiting
    bool done = false;
    bool inFlight = false;
    bool dirty = false;
};

ChangeWait::ChangeWait(ChangeNotifier *notifier, qint64 since, int limit, int waitSeconds, quint64 generation)
    : m_state(std::make_shared<State>())
{
    m_state->notifier = notifier;
    m_state->since = since;
    m_state->limit = limit;
    m_state->waitSeconds = waitSeconds;
    m_state->generation = generation;
}

ChangeWait::~ChangeWait()
{
    // The adapter may drop us without cancel() (socket deleted): a late feed result must not
    // reach a destroyed object.
    cancel();
}

void ChangeWait::start(Complete complete)
{
    m_state->complete = std::move(complete);
    if (!m_state->notifier) {
        finish(HttpResponse::json(200, ChangeFeed::empty(m_state->since)));
        return;
    }
    m_state->notifier->addWaiter(1);
    m_state->context = std::make_unique<QObject>();
    auto *timer = new QTimer(m_state->context.get());
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // "after wait seconds", not up to 5 % early
    // The wait is the caller's, counted from now (the handler's first read took little time).
    timer->start(m_state->waitSeconds * 1000);
    QObject::connect(timer, &QTimer::timeout, m_state->context.get(),
                     [this] { finish(HttpResponse::json(200, ChangeFeed::empty(m_state->since))); });
    QObject::connect(m_state->notifier.data(), &ChangeNotifier::changed, m_state->context.get(), [this] { poll(); });
    // A change committed between the handler's read and now has already signalled.
    if (m_state->notifier->generation() != m_state->generation)
        poll();
}

void ChangeWait::poll()
{
    if (m_state->done || !m_state->notifier)
        return;
    if (m_state->inFlight) {
        m_state->dirty = true;
        return;
    }
    m_state->inFlight = true;
    m_state->dirty = false;
    // `this` is kept alive by the adapter until complete or cancel; the shared state guards
    // against a result that arrives after either.
    const std::shared_ptr<State> state = m_state;
    m_state->notifier->read(m_state->since, m_state->limit, [this, state](const ChangeNotifier::Result &result) {
        if (state->done)
            return;
        state->inFlight = false;
        if (!result.ok) {
            finish(result.fault != StorageFault::None ? Problem::storageFault(result.fault, false)
                                                      : Problem::internal());
        } else if (result.count > 0) {
            finish(HttpResponse::json(200, result.body));
        } else if (state->dirty) {
            poll();
        }
    });
}

void ChangeWait::finish(HttpResponse response)
{
    if (m_state->done)
        return;
    m_state->done = true;
    if (m_state->notifier && m_state->context)
        m_state->notifier->addWaiter(-1);
    m_state->context.reset();
    if (m_state->complete)
        m_state->complete(std::move(response));
}

void ChangeWait::cancel()
{
    if (m_state->done)
        return;
    m_state->done = true;
    if (m_state->notifier && m_state->context)
        m_state->notifier->addWaiter(-1);
    m_state->context.reset();
}

} // namespace izdesk::server
