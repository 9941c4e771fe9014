#include "codesetreleasemodels.h"

#include <QLocale>

namespace izdesk {

namespace {

// "status: Active; short_description: MMR" for the columns of a changed code.
QString valuesText(const QMap<QString, QString> &columns)
{
    QStringList parts;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(),
                                              it.value().isEmpty() ? CodesetChangeModel::tr("(empty)") : it.value());
    return parts.join(QStringLiteral("; "));
}

QString releaseTitle(const CodesetRelease &r)
{
    return r.label.isEmpty() ? CodesetReleaseListModel::tr("Release %1").arg(r.id)
                             : CodesetReleaseListModel::tr("Release %1: %2").arg(r.id).arg(r.label);
}

} // namespace

const QStringList &CodesetReleaseListModel::systemColumns()
{
    static const QStringList systems{QStringLiteral("CVX"), QStringLiteral("MVX"), QStringLiteral("CPT"),
                                     QStringLiteral("NDC")};
    return systems;
}

QString CodesetReleaseListModel::countText(const CodesetChangeCount &c)
{
    return tr("%1 new, %2 changed, %3 retired").arg(c.added).arg(c.changed).arg(c.retired);
}

void CodesetReleaseListModel::setReleases(const QList<CodesetRelease> &releases)
{
    beginResetModel();
    m_releases = releases;
    endResetModel();
}

void CodesetReleaseListModel::updateRelease(const CodesetRelease &release)
{
    const int row = rowOf(release.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_releases.prepend(release);
        endInsertRows();
        return;
    }
    m_releases[row] = release;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

std::optional<CodesetRelease> CodesetReleaseListModel::releaseAt(int row) const
{
    if (row < 0 || row >= m_releases.size())
        return std::nullopt;
    return m_releases.at(row);
}

int CodesetReleaseListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_releases.size(); ++i)
        if (m_releases.at(i).id == id)
            return i;
    return -1;
}

int CodesetReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int CodesetReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSystemColumn + int(systemColumns().size());
}

QVariant CodesetReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_releases.size())
        return {};
    const CodesetRelease &r = m_releases.at(index.row());
    const int column = index.column();
    if (column >= FirstSystemColumn) {
        const CodesetChangeCount c = r.totalsFor(systemColumns().value(column - FirstSystemColumn));
        if (role == Qt::DisplayRole)
            return tr("%1 / %2 / %3").arg(c.added).arg(c.changed).arg(c.retired);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return countText(c);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case ReleaseColumn: return releaseTitle(r);
    case StatusColumn: return role == Qt::ToolTipRole ? r.lastStepText() : CodesetRelease::statusText(r.status);
    case StagedAtColumn: return QLocale().toString(r.stagedAt.toLocalTime(), QLocale::ShortFormat);
    case StagedByColumn: return r.stagedBy;
    default: return {};
    }
}

QVariant CodesetReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstSystemColumn) {
        const QString system = systemColumns().value(section - FirstSystemColumn);
        if (role == Qt::DisplayRole)
            return system;
        if (role == Qt::ToolTipRole)
            return tr("%1 codes: new / changed / retired").arg(system);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReleaseColumn: return tr("Release");
    case StatusColumn: return tr("Status");
    case StagedAtColumn: return tr("Staged");
    case StagedByColumn: return tr("Staged by");
    default: return {};
    }
}

void CodesetCountModel::setRelease(const CodesetRelease &release)
{
    beginResetModel();
    m_counts = release.changes;
    endResetModel();
}

void CodesetCountModel::clear()
{
    beginResetModel();
    m_counts.clear();
    endResetModel();
}

int CodesetCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int CodesetCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodesetCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const CodesetChangeCount &c = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LabelColumn: return c.label;
    case AddedColumn: return c.added;
    case ChangedColumn: return c.changed;
    case RetiredColumn: return c.retired;
    case UnchangedColumn: return c.unchanged;
    default: return {};
    }
}

QVariant CodesetCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Code set");
    case AddedColumn: return tr("New");
    case ChangedColumn: return tr("Changed");
    case RetiredColumn: return tr("Retired");
    case UnchangedColumn: return tr("Unchanged");
    default: return {};
    }
}

QString CodesetChangeModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Added: return tr("New");
    case Kind::Changed: return tr("Changed");
    case Kind::Retired: return tr("Retired");
    }
    return {};
}

void CodesetChangeModel::setRelease(const CodesetRelease &release)
{
    beginResetModel();
    m_rows.clear();
    for (const CodesetChangeCount &c : release.changes) {
        QHash<QString, const CodesetValueChange *> values;
        for (const CodesetValueChange &v : c.changedValues)
            values.insert(v.key, &v);
        const auto add = [&](const QStringList &keys, Kind kind) {
            for (const QString &key : keys) {
                Row row{c.system(), c.label, key, {}, {}, kind};
                if (const CodesetValueChange *v = values.value(key)) {
                    row.before = valuesText(v->before);
                    row.after = valuesText(v->after);
                }
                m_rows.append(row);
            }
        };
        add(c.addedKeys, Kind::Added);
        add(c.changedKeys, Kind::Changed);
        add(c.retiredKeys, Kind::Retired);
    }
    endResetModel();
}

void CodesetChangeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CodesetChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodesetChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodesetChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == KindRole)
        return int(r.kind);
    if (role == SystemRole)
        return r.system;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SystemColumn: return r.label;
    case KindColumn: return kindText(r.kind);
    case KeyColumn: return r.key;
    case BeforeColumn: return r.before;
    case AfterColumn: return r.after;
    default: return {};
    }
}

QVariant CodesetChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn: return tr("Code set");
    case KindColumn: return tr("Change");
    case KeyColumn: return tr("Code");
    case BeforeColumn: return tr("Before (published)");
    case AfterColumn: return tr("After (this release)");
    default: return {};
    }
}

void CodesetChangeFilter::setSystem(const QString &system)
{
    m_system = system;
    invalidateFilter();
}

void CodesetChangeFilter::setKindShown(CodesetChangeModel::Kind kind, bool shown)
{
    m_shown[int(kind)] = shown;
    invalidateFilter();
}

bool CodesetChangeFilter::isKindShown(CodesetChangeModel::Kind kind) const
{
    return m_shown[int(kind)];
}

void CodesetChangeFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CodesetChangeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_shown[m->data(first, CodesetChangeModel::KindRole).toInt()])
        return false;
    if (!m_system.isEmpty() && m->data(first, CodesetChangeModel::SystemRole).toString() != m_system)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {CodesetChangeModel::SystemColumn, CodesetChangeModel::KeyColumn,
                       CodesetChangeModel::BeforeColumn, CodesetChangeModel::AfterColumn})
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace izdesk
