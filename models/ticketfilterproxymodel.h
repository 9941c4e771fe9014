#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <array>
#include <vector>

namespace izdesk {

class TicketListModel;
struct Ticket;

// Filters and sorts the ticket queue: by status (a key, or "active" for every open status),
// assignee (a username, or kUnassigned), category, and free text (case-insensitive, every
// word must appear in number, subject, requester, organization, assignee or description).
// Over a TicketListModel it reads the tickets directly (no QVariant or string building per
// row), so filtering and sorting 100k rows stays interactive; any other source model goes
// through data(). GUI-thread object.
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
    void setSourceModel(QAbstractItemModel *model) override;

    QString statusFilter() const { return m_status; }
    QString assigneeFilter() const { return m_assignee; }
    QString categoryFilter() const { return m_category; }
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool acceptsTicket(const Ticket &t) const;
    bool ticketLessThan(const Ticket &a, const Ticket &b, int column, bool *handled) const;
    const QString &label(int column, const QString &key) const;

    void precomputeAcceptance();

    const TicketListModel *m_tickets = nullptr;
    // Filter result per source row, computed on every core by refilter() for large queues and
    // valid until the source model changes (then rows are checked one by one again).
    std::vector<quint8> m_accepted;
    bool m_acceptedValid = false;
    // SlaStatus::orderKey per source row, filled as a sort asks and dropped with any change of
    // the source: sorting by time to breach compares each row about 30 times.
    qint64 dueKey(int sourceRow) const;
    mutable std::vector<qint64> m_dueKeys;
    QList<QMetaObject::Connection> m_sourceConnections;
    mutable QHash<QString, QString> m_labels; // "column:key" -> translated label (sorting)
    QString m_status;
    QString m_assignee;
    QString m_category;
    // One per word. An ASCII word (the usual case) is searched with a Horspool skip table
    // over ASCII-folded characters; any other word with QStringMatcher (case-insensitive).
    struct WordMatcher
    {
        QString folded;
        bool ascii = false;
        std::array<quint8, 128> skip{};
        QStringMatcher fallback;
        bool foundIn(QStringView text) const;
    };

    QStringList m_words;
    QList<WordMatcher> m_matchers;
};

} // namespace izdesk
