#pragma once

#include "ticket.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace izdesk {

// The ticket queue as a table: one row per ticket, columns below. Owns its rows and applies
// changes row by row (no reset on a refresh of a few tickets), so selection and scroll
// position survive live updates. Labels of coded values are translated at display time.
// GUI-thread object (lives with the views); fed by the queue controller.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, SubjectColumn, StatusColumn, PriorityColumn, CategoryColumn,
                  ChannelColumn, RequesterColumn, AssigneeColumn, UpdatedColumn,
                  DueColumn,      // SLA countdown; its SortRole is SlaStatus::orderKey (time to breach)
                  ColumnCount };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, // qint64
        SortRole,                        // raw value used by the proxy for sorting
        StatusKeyRole,                   // catalog key of the status
        CategoryKeyRole,                 // catalog key of the category
        AssigneeRole,                    // username or empty
        SearchTextRole,                  // everything the free-text filter looks at
        SlaStateRole,                    // int(SlaState) of the Due column
    };

    explicit TicketListModel(QObject *parent = nullptr);

    // Without QAbstractItemModel's generic checks (two more virtual calls): the proxy asks
    // for two indexes per comparison when it sorts 100k rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Makes the model hold exactly these tickets: updates changed rows in place, removes
    // rows that are gone and appends new ones.
    void setTickets(const QList<Ticket> &tickets);
    // Inserts a ticket, or updates the row that has its id.
    void upsertTicket(const Ticket &ticket);
    // Removes the row with this id, if there is one.
    void removeTicket(qint64 id);
    void clear();

    // The Due column counts down against this clock: emits dataChanged for that column only
    // (no reset), so a 30-second timer keeps it current without disturbing the selection.
    void refreshDueColumn();
    // The clock the due times are counted against: the server's (it set them), UTC. Without
    // one, this computer's clock.
    void setClock(std::function<QDateTime()> nowUtc);
    // Tests pin the clock; an invalid time means the clock above.
    void setCurrentTimeOverride(const QDateTime &nowUtc);
    QDateTime currentTime() const;
    void setSlaWarningMinutes(int minutes);
    int slaWarningMinutes() const { return m_warningMinutes; }

    const QList<Ticket> &tickets() const { return m_tickets; }
    int rowForId(qint64 id) const;
    std::optional<Ticket> ticketById(qint64 id) const;

Q_SIGNALS:
    void ticketsReplaced();

private:
    void rebuildIndex();

    QList<Ticket> m_tickets;
    QHash<qint64, int> m_rowById;
    QDateTime m_nowOverride;
    std::function<QDateTime()> m_clock;
    int m_warningMinutes = 30;
};

} // namespace izdesk
