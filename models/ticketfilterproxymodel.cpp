#include "ticketfilterproxymodel.h"

#include "catalog.h"
#include "ticketlistmodel.h"

#include <QDateTime>

namespace izdesk {

TicketFilterProxyModel::TicketFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TicketListModel::SortRole);
    setDynamicSortFilter(true);
}

void TicketFilterProxyModel::setStatusFilter(const QString &statusKey)
{
    if (m_status == statusKey)
        return;
    m_status = statusKey;
    invalidateFilter();
}

void TicketFilterProxyModel::setAssigneeFilter(const QString &username)
{
    if (m_assignee == username)
        return;
    m_assignee = username;
    invalidateFilter();
}

void TicketFilterProxyModel::setCategoryFilter(const QString &categoryKey)
{
    if (m_category == categoryKey)
        return;
    m_category = categoryKey;
    invalidateFilter();
}

void TicketFilterProxyModel::setTextFilter(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TicketFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty()) {
        const QString status = idx.data(TicketListModel::StatusKeyRole).toString();
        if (m_status == QLatin1String(kActiveStatuses) ? !Catalog::isActiveStatus(status) : status != m_status)
            return false;
    }
    if (!m_assignee.isEmpty()) {
        const QString assignee = idx.data(TicketListModel::AssigneeRole).toString();
        if (m_assignee == QLatin1String(kUnassigned) ? !assignee.isEmpty() : assignee != m_assignee)
            return false;
    }
    if (!m_category.isEmpty() && idx.data(TicketListModel::CategoryKeyRole).toString() != m_category)
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = idx.data(TicketListModel::SearchTextRole).toString().toCaseFolded();
        for (const QString &w : m_words) {
            if (!haystack.contains(w))
                return false;
        }
    }
    return true;
}

bool TicketFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QDateTime && r.userType() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.userType() == QMetaType::QString || r.userType() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace izdesk
