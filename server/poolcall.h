#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace izdesk::server {

// Runs `work()` on `pool`, then `done(result)` on the thread of `context`, from its event loop.
// `context` must outlive the pool's tasks: the server drains its pool before it deletes the
// objects that take results (ServerApp::~ServerApp). Both callables must be copyable.
//
// This is the server's one way back from the pool. QFuture::then(context, …) is not used for
// it: under sustained load Qt 6.4's continuation with a context object can start a promise
// that was already moved from, and the server crashes (QFutureInterfaceBase::reportStarted on
// a null d-pointer; load_desk reproduces it within an hour).
template<typename Work, typename Done>
void runOnPool(QThreadPool *pool, QObject *context, Work work, Done done)
{
    pool->start([context, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    });
}

} // namespace izdesk::server
