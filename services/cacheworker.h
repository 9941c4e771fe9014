#pragma once

#include "staffuser.h"

#include <ticket.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace izdesk {

// The SQLite side of TicketCache. Lives on the cache's writer thread; every method is called
// there (TicketCache posts lambdas to it). One database file per environment profile, rows
// owned by a username; synchronous=FULL so a committed write survives a crash. Clear
// columns: id, status, priority, category, channel, assignee, created_by, organization_id,
// timestamps, version, and "extra" (JSON: facility, SLA state, first response, resolution,
// merge). PHI (subject, description, requester name and contact, organization name, link
// labels) goes into one AES-256-GCM blob per row (AAD = ticket id) and only when a key is set;
// without a key the blob is NULL. Also holds the change-feed cursor and the outbox table
// (OutboxStore).
class CacheWorker : public QObject
{
    Q_OBJECT

public:
    struct Queue
    {
        QList<Ticket> tickets;
        bool phiMissing = false; // some rows came back without their PHI
    };

    explicit CacheWorker(QObject *parent = nullptr);
    ~CacheWorker() override;

    bool open(const QString &path, const QString &owner, const QByteArray &key);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }

    Queue loadQueue();
    bool saveQueue(const QList<Ticket> &tickets);
    bool upsertTicket(const Ticket &ticket);
    // One feed page: the tickets and the new cursor in one transaction.
    bool applyChanges(const QList<Ticket> &tickets, const QString &cursor);
    QString feedCursor();
    bool setFeedCursor(const QString &cursor);
    bool purgePhi();
    bool storeVerifier(const StaffUser &user, const QString &password);
    std::optional<StaffUser> verifyPassword(const QString &password);

    // For OutboxStore, on this thread only.
    QString connectionName() const { return m_connection; }
    QString owner() const { return m_owner; }
    QByteArray key() const { return m_key; }
    bool exec(const QString &sql);

private:
    bool migrate();
    bool writeTicket(const Ticket &ticket);

    QString m_connection;
    QString m_owner;
    QByteArray m_key;
};

} // namespace izdesk
