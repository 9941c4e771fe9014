#pragma once

#include "http/deferredresponse.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace izdesk::server {

class ChangeNotifier;

// One waiting long poll on GET /api/v1/changes. Started and completed on the server thread:
// it waits for ChangeNotifier::changed (or a generation that moved since the handler read the
// feed), then reads the feed on the pool; answers as soon as a change after `since` exists,
// or with an empty list when the wait ends. Holds no database thread while waiting.
class ChangeWait : public DeferredResponse
{
public:
    ChangeWait(ChangeNotifier *notifier, qint64 since, int limit, int waitSeconds, quint64 generation);
    ~ChangeWait() override;

    void start(Complete complete) override;
    void cancel() override;

private:
    struct State;
    void poll();
    void finish(HttpResponse response);

    std::shared_ptr<State> m_state;
};

} // namespace izdesk::server
