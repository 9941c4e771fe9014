#pragma once

#include "codesetrelease.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace izdesk {

// The releases of GET /api/v1/codeset-releases as a table: release, status, staged when and by
// whom, and new / changed / retired for each code system (CVX, MVX, CPT, NDC). GUI thread.
class CodesetReleaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReleaseColumn, StatusColumn, StagedAtColumn, StagedByColumn, FirstSystemColumn };
    static const QStringList &systemColumns(); // CVX, MVX, CPT, NDC

    using QAbstractTableModel::QAbstractTableModel;

    void setReleases(const QList<CodesetRelease> &releases);
    // Puts one release (an action's answer) in place of the row with its id.
    void updateRelease(const CodesetRelease &release);
    const QList<CodesetRelease> &releases() const { return m_releases; }
    std::optional<CodesetRelease> releaseAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 new, 1 changed, 0 retired".
    static QString countText(const CodesetChangeCount &count);

private:
    QList<CodesetRelease> m_releases;
};

// Each code set of one release with its counts: code set, new, changed, retired, unchanged.
class CodesetCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, AddedColumn, ChangedColumn, RetiredColumn, UnchangedColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRelease(const CodesetRelease &release);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CodesetChangeCount> m_counts;
};

// Every code a release adds, changes or retires, one row each: code set, change, code, and
// for a changed code the published value before and the release's value after.
class CodesetChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SystemColumn, KindColumn, KeyColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum class Kind { Added, Changed, Retired };
    enum Role { KindRole = Qt::UserRole + 1, SystemRole };

    struct Row
    {
        QString system, label, key, before, after;
        Kind kind = Kind::Added;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRelease(const CodesetRelease &release);
    void clear();
    const Row &row(int i) const { return m_rows.at(i); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(Kind kind);

private:
    QList<Row> m_rows;
};

// The changes of one code system, of the kinds asked for, whose code set, code or values
// contain the text (case-insensitive).
class CodesetChangeFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSystem(const QString &system); // empty: every code system
    void setKindShown(CodesetChangeModel::Kind kind, bool shown);
    bool isKindShown(CodesetChangeModel::Kind kind) const;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_system;
    QString m_text;
    bool m_shown[3] = {true, true, true};
};

} // namespace izdesk
