#pragma once

#include "onboarding/onboardingtypes.h"
#include "storage/databaseconfig.h"

#include <QSqlDatabase>

namespace izdesk::server {

// The onboarding queue's SQL (onboarding_queue). Works on the caller's connection and
// transaction; one per request; not shared between threads.
class QueueStore
{
public:
    QueueStore(QSqlDatabase db, Dialect dialect);

    // Inserts e (status, registered_on … as given), filling id, createdAt and version.
    bool insert(QueueEntry *e, std::optional<qint64> staffId, const QDateTime &now);
    std::optional<QueueEntry> find(qint64 id, bool *ok);
    // Every entry, or those of one status when `status` is not empty; by id.
    bool list(const QString &status, QList<QueueEntry> *out);
    bool forOrganization(qint64 organizationId, QList<QueueEntry> *out);
    // Status waiting → invited (invitedAt) or withdrawn (notes replaced); bumps the version.
    bool markInvited(qint64 id, const QDateTime &now);
    bool markWithdrawn(qint64 id, const QString &notes);
    // Why the organization may not register now (a waiting entry or an active project), or
    // empty when it may. `projectsOnly`: only an active project counts (inviting its entry).
    QString openOnboarding(qint64 organizationId, bool *ok, bool projectsOnly = false);

private:
    bool select(const QString &where, const QVariantList &binds, QList<QueueEntry> *out);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
