#include "hl7findingmodel.h"

#include <algorithm>

namespace izdesk {

Hl7FindingModel::Hl7FindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int Hl7FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int Hl7FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString Hl7FindingModel::checkText(const Hl7Finding &finding)
{
    if (finding.item.isEmpty())
        return finding.check;
    return tr("%1 · %2").arg(finding.item, finding.check);
}

QVariant Hl7FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Hl7Finding &f = m_findings.at(index.row());
    if (role == SeverityRole)
        return int(f.severity);
    if (role == SegmentRole)
        return f.segment;
    if (role == Qt::ToolTipRole) {
        QString tip = f.message;
        if (!f.action.isEmpty())
            tip += QLatin1Char('\n') + tr("What to do: %1").arg(f.action);
        if (!f.item.isEmpty())
            tip += QLatin1Char('\n') + tr("Checklist item %1: %2").arg(f.item, Hl7CheckResult::itemName(f.item));
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return Hl7CheckResult::severityName(f.severity);
    case CheckColumn: return checkText(f);
    case LocationColumn: return f.location.isEmpty() ? tr("whole message") : f.location;
    case ValueColumn: return f.value;
    case MessageColumn: return f.message;
    case ActionColumn: return f.action;
    default: return {};
    }
}

QVariant Hl7FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CheckColumn: return tr("Check");
    case LocationColumn: return tr("Location");
    case ValueColumn: return tr("Value (masked)");
    case MessageColumn: return tr("Problem");
    case ActionColumn: return tr("What to do");
    default: return {};
    }
}

void Hl7FindingModel::setFindings(const QList<Hl7Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Hl7Finding &a, const Hl7Finding &b) { return a.severity > b.severity; });
    endResetModel();
}

void Hl7FindingModel::clear()
{
    setFindings({});
}

} // namespace izdesk
