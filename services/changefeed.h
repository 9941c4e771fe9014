#pragma once

#include "apireply.h"
#include "presencechange.h"

#include <ticket.h>

#include <QList>
#include <QObject>
#include <QTimer>

namespace izdesk {

class ApiClient;

// Follows GET /api/v1/changes: catches up from a cursor in pages (wait=0, limit=500) and then
// keeps exactly one long poll (wait=25) outstanding on its own curl transfer, so user requests
// are never queued behind it. Each answer is handed over as one page; the caller applies it
// and stores the cursor. A 404 means the server has no change feed: unsupported() is emitted
// and the feed stops (callers fall back to periodic refresh). Network failures retry with
// backoff. GUI-thread object; never blocks.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(ApiClient *api, QObject *parent = nullptr);

    // Starts (or restarts) following from this cursor ("" or "0" = a full replica).
    void start(const QString &cursor);
    void stop();
    void reset() { stop(); m_cursor.clear(); } // stop and forget the cursor (sign-out)
    bool isRunning() const { return m_running; }
    bool isCaughtUp() const { return m_caughtUp; }
    QString cursor() const { return m_cursor; }
    void setLongPollSeconds(int seconds) { m_waitSeconds = seconds; }

Q_SIGNALS:
    // One answer of the feed, in order. more = the server has further changes right away.
    void pageReceived(const QList<izdesk::Ticket> &tickets, const QList<izdesk::PresenceChange> &presence,
                      const QString &cursor, bool more);
    void caughtUp();        // the first page with more == false after start()
    void unsupported();     // the server has no /changes route (HTTP 404)
    void failed(const QString &message);

private:
    void poll();
    void onReply(const ApiReply &reply, quint64 generation);

    ApiClient *m_api;
    QTimer m_retryTimer;
    QString m_cursor;
    int m_waitSeconds = 25;
    int m_failures = 0;
    bool m_running = false;
    bool m_caughtUp = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
};

} // namespace izdesk
