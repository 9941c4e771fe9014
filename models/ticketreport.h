#pragma once

#include "ticket.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace izdesk {

// Help desk reports computed from a list of tickets (the local replica; no row cap): volume
// by category, channel and day, backlog with aging buckets, SLA compliance per priority, top
// categories and tickets handled per specialist. Pure functions of their input (the "now"
// and the period are parameters); Qt Core only; safe on any thread.
class TicketReport
{
public:
    struct Count
    {
        QString key;
        int count = 0;
        bool operator==(const Count &other) const = default;
    };
    struct Aging
    {
        QString bucket; // "0-1d", "1-3d", "3-7d", "7-30d", "30d+"
        int count = 0;
        bool operator==(const Aging &other) const = default;
    };
    struct SlaCompliance
    {
        QString priority;
        int met = 0;      // closed or still running without a breach
        int breached = 0; // first response or resolution breached
        double percentMet() const { return met + breached == 0 ? 100.0 : 100.0 * met / (met + breached); }
        bool operator==(const SlaCompliance &other) const = default;
    };
    struct Handled
    {
        QString assignee;
        int resolved = 0; // reached resolved/closed in the period
        int open = 0;     // active now
        bool operator==(const Handled &other) const = default;
    };

    // Tickets created in [from, to) (UTC dates, inclusive from, exclusive to) count for the
    // volume reports; empty dates = no bound.
    static QList<Count> volumeByCategory(const QList<Ticket> &tickets, const QDate &from = {}, const QDate &to = {});
    static QList<Count> volumeByChannel(const QList<Ticket> &tickets, const QDate &from = {}, const QDate &to = {});
    // One entry per day in [from, to) (UTC), zero days included; key = "YYYY-MM-DD".
    static QList<Count> volumeByDay(const QList<Ticket> &tickets, const QDate &from, const QDate &to);
    // Active tickets (not resolved/closed) by age since created_at at now.
    static QList<Aging> backlogAging(const QList<Ticket> &tickets, const QDateTime &now);
    static int backlog(const QList<Ticket> &tickets);
    // Per priority (urgent, high, normal, low, then others), tickets created in the period.
    static QList<SlaCompliance> slaCompliance(const QList<Ticket> &tickets, const QDate &from = {},
                                              const QDate &to = {});
    // The n categories with the most tickets created in the period, most first, ties by key.
    static QList<Count> topCategories(const QList<Ticket> &tickets, int n, const QDate &from = {},
                                      const QDate &to = {});
    // Per assignee: resolved_at in the period, and open now; unassigned left out.
    static QList<Handled> handledPerSpecialist(const QList<Ticket> &tickets, const QDate &from = {},
                                               const QDate &to = {});

    // Rows for CSV export: header first.
    static QList<QStringList> countsTable(const QString &keyHeader, const QList<Count> &counts);

    static bool isActive(const Ticket &ticket);
};

} // namespace izdesk
