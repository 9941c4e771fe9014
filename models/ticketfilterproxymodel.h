#pragma once

#include <QSortFilterProxyModel>

namespace izdesk {

// Filters and sorts the ticket queue: by status (a key, or "active" for every open status),
// assignee (a username, or kUnassigned), category, and free text (case-insensitive, every
// word must appear in number, subject, requester, organization, assignee or description).
// GUI-thread object.
class TicketFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr const char *kActiveStatuses = "@active";
    static constexpr const char *kUnassigned = "@unassigned";

    explicit TicketFilterProxyModel(QObject *parent = nullptr);

    void setStatusFilter(const QString &statusKey);
    void setAssigneeFilter(const QString &username);
    void setCategoryFilter(const QString &categoryKey);
    void setTextFilter(const QString &text);

    QString statusFilter() const { return m_status; }
    QString assigneeFilter() const { return m_assignee; }
    QString categoryFilter() const { return m_category; }
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_status;
    QString m_assignee;
    QString m_category;
    QStringList m_words;
};

} // namespace izdesk
