#pragma once

#include "hl7checkresult.h"

#include <QAbstractTableModel>

namespace izdesk {

// The findings of one checked message as a table: severity (in words), checklist item and
// check, location, masked value, message and action. SeverityRole gives the Hl7Severity (as
// int) for the view's icon and colour; SegmentRole the segment index (-1: whole message).
// GUI thread only.
class Hl7FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CheckColumn, LocationColumn, ValueColumn, MessageColumn, ActionColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, SegmentRole };

    explicit Hl7FindingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Errors first, then warnings, then notes; the server's order within each.
    void setFindings(const QList<Hl7Finding> &findings);
    void clear();
    Hl7Finding findingAt(int row) const { return m_findings.value(row); }

    // "j · pid.ssn.present" for a checklist finding, the check alone otherwise.
    static QString checkText(const Hl7Finding &finding);

private:
    QList<Hl7Finding> m_findings;
};

} // namespace izdesk
