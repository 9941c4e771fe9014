#pragma once

#include "widgettypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace izdesk {

// The supervisors' "Desk" board: each specialist's presence (dot and word), on-shift state
// (a checkbox a supervisor may change), open tickets by status and skills. Refresh asks the
// app for a new board; changes of the shift box are requests (the board shows the server's
// answer when it comes back). Lives in a dock of the main window. GUI thread only.
class StaffBoardView : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, PresenceColumn, ShiftColumn, OpenColumn, NewColumn, WorkingColumn,
                  PendingColumn, SkillsColumn, ColumnCount };

    explicit StaffBoardView(QWidget *parent = nullptr);

    void setBoard(const QList<StaffBoardRow> &rows);
    // Only supervisors and admins may change shifts.
    void setEditable(bool editable);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void refreshRequested();
    void onShiftChangeRequested(const QString &username, bool onShift);

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refreshButton = nullptr;
    bool m_editable = false;
    bool m_filling = false;
};

} // namespace izdesk
