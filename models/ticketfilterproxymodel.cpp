#include "ticketfilterproxymodel.h"

#include "catalog.h"
#include "slastatus.h"
#include "ticketlistmodel.h"

#include <QDateTime>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>

namespace izdesk {

namespace {
// Case-insensitive three-way compare with an ASCII fast path: most queue text is ASCII and
// QString::compare(CaseInsensitive) folds every character through the Unicode tables, which
// dominated sorting 100k subjects that share long prefixes.
int compareFolded(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return QtPrivate::compareStrings(a.mid(i), b.mid(i), Qt::CaseInsensitive);
        if (x >= u'A' && x <= u'Z')
            x += 32;
        if (y >= u'A' && y <= u'Z')
            y += 32;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}
} // namespace

TicketFilterProxyModel::TicketFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TicketListModel::SortRole);
    setDynamicSortFilter(true);
}

void TicketFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_acceptedValid = false;
    m_tickets = qobject_cast<const TicketListModel *>(model);
    m_labels.clear();
    if (model) {
        // Connected before QSortFilterProxyModel's own handlers, so a change of the source
        // drops the precomputed results before the proxy re-checks the changed rows.
        const auto drop = [this] {
            m_acceptedValid = false;
            m_dueKeys.clear();
        };
        m_sourceConnections = {connect(model, &QAbstractItemModel::dataChanged, this, drop),
                               connect(model, &QAbstractItemModel::rowsInserted, this, drop),
                               connect(model, &QAbstractItemModel::rowsRemoved, this, drop),
                               connect(model, &QAbstractItemModel::rowsMoved, this, drop),
                               connect(model, &QAbstractItemModel::modelReset, this, drop),
                               connect(model, &QAbstractItemModel::layoutChanged, this, drop)};
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void TicketFilterProxyModel::setStatusFilter(const QString &statusKey)
{
    if (m_status == statusKey)
        return;
    m_status = statusKey;
    refilter();
}

void TicketFilterProxyModel::setAssigneeFilter(const QString &username)
{
    if (m_assignee == username)
        return;
    m_assignee = username;
    refilter();
}

void TicketFilterProxyModel::setCategoryFilter(const QString &categoryKey)
{
    if (m_category == categoryKey)
        return;
    m_category = categoryKey;
    refilter();
}

void TicketFilterProxyModel::setTextFilter(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_matchers.clear();
    for (const QString &w : words) {
        WordMatcher m;
        m.folded = w;
        m.ascii = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (m.ascii) {
            const qsizetype n = w.size();
            m.skip.fill(quint8(std::min<qsizetype>(n, 255)));
            for (qsizetype i = 0; i + 1 < n; ++i)
                m.skip[w.at(i).unicode()] = quint8(std::min<qsizetype>(n - 1 - i, 255));
        } else {
            m.fallback = QStringMatcher(w, Qt::CaseInsensitive);
        }
        m_matchers.append(m);
    }
    refilter();
}

void TicketFilterProxyModel::refilter()
{
    // invalidateFilter() removes and inserts rows range by range; with 100k rows a filter
    // change becomes thousands of ranges, each costing the views O(rows) (QHeaderView keeps
    // one section per row): seconds. One layout change instead keeps the selection and
    // current row (persistent indexes) and costs one pass.
    precomputeAcceptance();
    invalidate();
}

void TicketFilterProxyModel::precomputeAcceptance()
{
    m_acceptedValid = false;
    const int rows = m_tickets ? m_tickets->rowCount() : 0;
    if (rows < 20000)
        return; // not worth the threads
    m_accepted.assign(size_t(rows), 0);
    // Small blocks claimed from a shared counter: when the other core is busy the GUI thread
    // does the blocks itself instead of waiting for a helper to be scheduled. It waits only
    // for blocks a helper has claimed; a helper that starts late finds none and touches
    // nothing but the shared counters (owned jointly, so they outlive this call).
    struct Shared
    {
        std::atomic<int> next{0};
        QSemaphore done;
    };
    const auto shared = std::make_shared<Shared>();
    constexpr int blockRows = 2048;
    const int blocks = (rows + blockRows - 1) / blockRows;
    const QList<Ticket> *tickets = &m_tickets->tickets();
    auto work = [this, shared, tickets, blocks, rows] {
        // Const reads only: tickets, matchers and filter keys are not modified meanwhile
        // (the GUI thread waits below until every block is done).
        for (int b = shared->next.fetch_add(1); b < blocks; b = shared->next.fetch_add(1)) {
            const int end = std::min(rows, (b + 1) * blockRows);
            for (int row = b * blockRows; row < end; ++row)
                m_accepted[size_t(row)] = acceptsTicket(tickets->at(row)) ? 1 : 0;
            shared->done.release();
        }
    };
    for (int helper = 1; helper < std::max(1, QThread::idealThreadCount()); ++helper)
        QThreadPool::globalInstance()->start(work);
    work();
    shared->done.acquire(blocks);
    m_acceptedValid = true;
}

bool TicketFilterProxyModel::acceptsTicket(const Ticket &t) const
{
    if (!m_status.isEmpty()
        && (m_status == QLatin1String(kActiveStatuses) ? !Catalog::isActiveStatus(t.status) : t.status != m_status))
        return false;
    if (!m_assignee.isEmpty()
        && (m_assignee == QLatin1String(kUnassigned) ? !t.assignee.isEmpty() : t.assignee != m_assignee))
        return false;
    if (!m_category.isEmpty() && t.category != m_category)
        return false;
    for (const WordMatcher &m : m_matchers) {
        // The same fields as SearchTextRole, searched in place instead of joined and folded.
        const QString &w = m.folded;
        const bool found = m.foundIn(t.subject) || m.foundIn(t.requesterName) || m.foundIn(t.requesterContact)
                           || m.foundIn(t.organizationName) || m.foundIn(t.assignee) || m.foundIn(t.description)
                           || ((w.front().isDigit() || w.startsWith(QLatin1Char('t'))) && m.foundIn(t.displayNumber()));
        if (!found)
            return false;
    }
    return true;
}

bool TicketFilterProxyModel::WordMatcher::foundIn(QStringView text) const
{
    if (!ascii)
        return fallback.indexIn(text) >= 0;
    const qsizetype n = folded.size();
    const qsizetype size = text.size();
    if (n == 0)
        return true;
    if (n > size)
        return false;
    // Simple case folding, as QStringMatcher does: ASCII inline, anything else through the
    // Unicode tables (a few non-ASCII letters fold to ASCII, e.g. the Kelvin sign to k).
    const auto fold = [](char16_t c) -> char16_t {
        if (c < 0x80)
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        return QChar::toCaseFolded(c);
    };
    const char16_t *hay = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *needle = reinterpret_cast<const char16_t *>(folded.utf16());
    const char16_t last = needle[n - 1];
    for (qsizetype i = 0; i + n <= size;) {
        const char16_t c = fold(hay[i + n - 1]);
        if (c == last) {
            qsizetype j = n - 2;
            while (j >= 0 && fold(hay[i + j]) == needle[j])
                --j;
            if (j < 0)
                return true;
        }
        i += c < 0x80 ? skip[c] : n;
    }
    return false;
}

bool TicketFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_tickets && !sourceParent.isValid() && sourceRow < m_tickets->rowCount()) {
        if (m_acceptedValid && size_t(sourceRow) < m_accepted.size())
            return m_accepted[size_t(sourceRow)] != 0;
        return acceptsTicket(m_tickets->tickets().at(sourceRow));
    }
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

const QString &TicketFilterProxyModel::label(int column, const QString &key) const
{
    const QString cacheKey = QString::number(column) + QLatin1Char(':') + key;
    auto it = m_labels.find(cacheKey);
    if (it == m_labels.end()) {
        QString text;
        switch (column) {
        case TicketListModel::StatusColumn: text = Catalog::label(Catalog::ticketStatuses(), key); break;
        case TicketListModel::CategoryColumn: text = Catalog::label(Catalog::ticketCategories(), key); break;
        case TicketListModel::ChannelColumn: text = Catalog::label(Catalog::ticketChannels(), key); break;
        default: text = key; break;
        }
        it = m_labels.insert(cacheKey, text);
    }
    return *it;
}

bool TicketFilterProxyModel::ticketLessThan(const Ticket &a, const Ticket &b, int column, bool *handled) const
{
    *handled = true;
    switch (column) {
    case TicketListModel::NumberColumn: return a.id < b.id;
    case TicketListModel::UpdatedColumn: return a.updatedAt < b.updatedAt;
    case TicketListModel::PriorityColumn: {
        const auto rank = [](const QString &key) {
            const auto &codes = Catalog::ticketPriorities();
            for (int i = 0; i < codes.size(); ++i) {
                if (codes.at(i).key == key)
                    return i;
            }
            return -1;
        };
        return rank(a.priority) < rank(b.priority);
    }
    case TicketListModel::SubjectColumn: return compareFolded(a.subject, b.subject) < 0;
    case TicketListModel::RequesterColumn: {
        const int c = compareFolded(a.requesterName, b.requesterName);
        return c != 0 ? c < 0 : compareFolded(a.organizationName, b.organizationName) < 0;
    }
    case TicketListModel::AssigneeColumn: {
        static const QString unassigned = TicketListModel::tr("Unassigned");
        return compareFolded(a.assignee.isEmpty() ? unassigned : a.assignee,
                             b.assignee.isEmpty() ? unassigned : b.assignee)
               < 0;
    }
    case TicketListModel::StatusColumn:
    case TicketListModel::CategoryColumn:
    case TicketListModel::ChannelColumn: {
        const QString &key = column == TicketListModel::StatusColumn     ? a.status
                             : column == TicketListModel::CategoryColumn ? a.category
                                                                         : a.channel;
        const QString &other = column == TicketListModel::StatusColumn     ? b.status
                               : column == TicketListModel::CategoryColumn ? b.category
                                                                           : b.channel;
        if (key == other)
            return false;
        return QString::localeAwareCompare(label(column, key), label(column, other)) < 0;
    }
    default: *handled = false; return false;
    }
}

qint64 TicketFilterProxyModel::dueKey(int sourceRow) const
{
    constexpr qint64 unset = std::numeric_limits<qint64>::max();
    const size_t rows = size_t(m_tickets->rowCount());
    if (m_dueKeys.size() != rows)
        m_dueKeys.assign(rows, unset);
    qint64 &key = m_dueKeys[size_t(sourceRow)];
    if (key == unset)
        key = SlaStatus::orderKey(m_tickets->tickets().at(sourceRow));
    return key;
}

bool TicketFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A TicketListModel is a flat table: its indexes have no parent to ask about.
    if (m_tickets && left.model() == m_tickets && right.model() == m_tickets && left.column() == right.column()
        && sortRole() == TicketListModel::SortRole) {
        if (left.column() == TicketListModel::DueColumn)
            return dueKey(left.row()) < dueKey(right.row());
        bool handled = false;
        const bool less = ticketLessThan(m_tickets->tickets().at(left.row()), m_tickets->tickets().at(right.row()),
                                         left.column(), &handled);
        if (handled)
            return less;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QDateTime && r.userType() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.userType() == QMetaType::QString || r.userType() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace izdesk
