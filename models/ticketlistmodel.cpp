#include "ticketlistmodel.h"

#include "catalog.h"
#include "slastatus.h"

#include <QLocale>
#include <QSet>

namespace izdesk {

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QModelIndex TicketListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_tickets.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_tickets.at(index.row());
    switch (role) {
    case TicketIdRole:
        return t.id;
    case StatusKeyRole:
        return t.status;
    case CategoryKeyRole:
        return t.category;
    case AssigneeRole:
        return t.assignee;
    case SlaStateRole:
        return int(SlaStatus::of(t, currentTime(), m_warningMinutes).state);
    case SearchTextRole:
        return QStringList{t.displayNumber(), t.subject, t.requesterName, t.requesterContact,
                           t.organizationName, t.assignee, t.description}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (t.isUnsent())
            return tr("Saved on this computer and not yet sent: the ticket gets its number when the server "
                      "can be reached.");
        if (index.column() == SubjectColumn)
            return t.subject;
        if (index.column() == UpdatedColumn)
            return t.updatedAt.toLocalTime().toString(Qt::TextDate);
        if (index.column() == DueColumn && t.sla.nextDue().isValid())
            return tr("Due %1").arg(QLocale().toString(t.sla.nextDue().toLocalTime(), QLocale::ShortFormat));
        return {};
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return t.id;
        case PriorityColumn: {
            const auto &codes = Catalog::ticketPriorities();
            for (int i = 0; i < codes.size(); ++i) {
                if (codes.at(i).key == t.priority)
                    return i;
            }
            return -1;
        }
        case UpdatedColumn:
            return t.updatedAt;
        case DueColumn:
            return SlaStatus::orderKey(t);
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return t.isUnsent() ? tr("Not yet sent") : t.displayNumber();
        case SubjectColumn:
            return t.subject;
        case StatusColumn:
            return Catalog::label(Catalog::ticketStatuses(), t.status);
        case PriorityColumn:
            return Catalog::label(Catalog::ticketPriorities(), t.priority);
        case CategoryColumn:
            return Catalog::label(Catalog::ticketCategories(), t.category);
        case ChannelColumn:
            return Catalog::label(Catalog::ticketChannels(), t.channel);
        case RequesterColumn:
            return t.organizationName.isEmpty() ? t.requesterName
                                                : t.requesterName + QStringLiteral(" (") + t.organizationName + QLatin1Char(')');
        case AssigneeColumn:
            return t.assignee.isEmpty() ? tr("Unassigned") : t.assignee;
        case UpdatedColumn:
            return QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case DueColumn:
            return SlaStatus::of(t, currentTime(), m_warningMinutes).text;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Ticket");
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case CategoryColumn: return tr("Category");
    case ChannelColumn: return tr("Channel");
    case RequesterColumn: return tr("Requester");
    case AssigneeColumn: return tr("Assignee");
    case UpdatedColumn: return tr("Updated");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

void TicketListModel::setTickets(const QList<Ticket> &tickets)
{
    if (m_tickets.isEmpty()) {
        // First fill (cold start from the replica): one insertion, no diffing.
        if (!tickets.isEmpty()) {
            beginInsertRows({}, 0, int(tickets.size()) - 1);
            m_tickets = tickets;
            rebuildIndex();
            endInsertRows();
        }
        Q_EMIT ticketsReplaced();
        return;
    }
    QSet<qint64> incoming;
    incoming.reserve(tickets.size());
    for (const Ticket &t : tickets)
        incoming.insert(t.id);

    // Remove rows that are gone, from the bottom so row numbers stay valid.
    for (int row = int(m_tickets.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_tickets.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !incoming.contains(m_tickets.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_tickets.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    rebuildIndex();

    QList<Ticket> added;
    for (const Ticket &t : tickets) {
        const auto it = m_rowById.constFind(t.id);
        if (it == m_rowById.cend()) {
            added.append(t);
        } else if (!(m_tickets.at(*it) == t)) {
            m_tickets[*it] = t;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_tickets.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_tickets.append(added);
        endInsertRows();
        rebuildIndex();
    }
    Q_EMIT ticketsReplaced();
}

void TicketListModel::upsertTicket(const Ticket &ticket)
{
    const int row = rowForId(ticket.id);
    if (row >= 0) {
        if (m_tickets.at(row) == ticket)
            return;
        m_tickets[row] = ticket;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = int(m_tickets.size());
    beginInsertRows({}, last, last);
    m_tickets.append(ticket);
    m_rowById.insert(ticket.id, last);
    endInsertRows();
}

void TicketListModel::removeTicket(qint64 id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tickets.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void TicketListModel::clear()
{
    if (m_tickets.isEmpty())
        return;
    beginResetModel();
    m_tickets.clear();
    m_rowById.clear();
    endResetModel();
}

void TicketListModel::refreshDueColumn()
{
    if (m_tickets.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, DueColumn), index(int(m_tickets.size()) - 1, DueColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SlaStateRole});
}

void TicketListModel::setCurrentTimeOverride(const QDateTime &nowUtc)
{
    m_nowOverride = nowUtc;
    refreshDueColumn();
}

void TicketListModel::setClock(std::function<QDateTime()> nowUtc)
{
    m_clock = std::move(nowUtc);
    refreshDueColumn();
}

QDateTime TicketListModel::currentTime() const
{
    if (m_nowOverride.isValid())
        return m_nowOverride;
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TicketListModel::setSlaWarningMinutes(int minutes)
{
    m_warningMinutes = minutes;
    refreshDueColumn();
}

int TicketListModel::rowForId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

std::optional<Ticket> TicketListModel::ticketById(qint64 id) const
{
    const int row = rowForId(id);
    if (row < 0)
        return std::nullopt;
    return m_tickets.at(row);
}

void TicketListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_tickets.size());
    for (int i = 0; i < m_tickets.size(); ++i)
        m_rowById.insert(m_tickets.at(i).id, i);
}

} // namespace izdesk
