#pragma once

#include "widgettypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace izdesk {

class TicketFilterProxyModel;
class TicketListModel;

// The ticket queue: a filter bar (status, assignee, category, free text), a sortable table
// over TicketFilterProxyModel and a "N of M tickets" count. Keyboard-first: Ctrl+F or "/"
// jumps to the search box, Esc there returns to the table, j/k and arrows move, Enter or E
// asks to edit. Does not own the source model (the queue controller does). GUI thread only.
class TicketQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketQueueView(QWidget *parent = nullptr);

    void setSourceModel(TicketListModel *model);
    void setCurrentUser(const QString &username);
    void setStaff(const QList<StaffChoice> &staff);

    qint64 currentTicketId() const { return m_currentId; }
    bool selectTicket(qint64 id);
    bool selectFirstTicket();
    void focusSearch();
    void focusTable();

    TicketFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }

Q_SIGNALS:
    void currentTicketChanged(qint64 id); // 0 when nothing is selected
    void ticketActivated(qint64 id);      // Enter, E or double click: open it for editing

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void updateCount();
    void syncCurrent();
    void moveCurrent(int delta);
    void fillAssigneeCombo();
    qint64 idAt(const QModelIndex &proxyIndex) const;

    TicketListModel *m_source = nullptr;
    TicketFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_assigneeCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QString m_currentUser;
    QList<StaffChoice> m_staff;
    qint64 m_currentId = 0;
};

} // namespace izdesk
