#pragma once

#include "widgettypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;

namespace izdesk {

class TicketFilterProxyModel;
class TicketItemDelegate;
class TicketListModel;

// The ticket queue: a filter bar (status, assignee, category, free text), a sortable table
// over TicketFilterProxyModel and a "N of M tickets" count. Keyboard-first: Ctrl+F or "/"
// jumps to the search box, Esc there returns to the table, j/k and arrows move, Enter or E
// asks to edit. The Due column ticks every 30 s (dataChanged on that column only) and is
// the default sort (soonest breach first). Does not own the source model (the queue controller does). GUI thread only.
class TicketQueueView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDueTickMs = 30 * 1000;

    explicit TicketQueueView(QWidget *parent = nullptr);

    void setSourceModel(TicketListModel *model);
    void setCurrentUser(const QString &username);
    void setStaff(const QList<StaffChoice> &staff);

    qint64 currentTicketId() const { return m_currentId; }
    // Every selected ticket (Ctrl/Shift+click, Shift+arrows, Ctrl+A) for bulk changes.
    QList<qint64> selectedTicketIds() const;
    // ticket id -> "Jamie is editing": marks the number cell of tickets others have open.
    void setPresence(const QHash<qint64, QString> &presence);
    bool selectTicket(qint64 id);
    bool selectFirstTicket();
    void focusSearch();
    void focusTable();

    TicketFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    // The queue's own key bindings (J/K, /, E), real actions on the table, for Help ▸ Keyboard.
    QList<QAction *> keyboardActions() const { return m_keyActions; }

Q_SIGNALS:
    void currentTicketChanged(qint64 id); // 0 when nothing is selected
    void ticketActivated(qint64 id);      // Enter, E or double click: open it for editing
    void selectionCountChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFilters();
    void setUpTable();
    void createKeyActions();
    void connectSignals();
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
    QList<QAction *> m_keyActions;
    QTimer *m_dueTimer = nullptr;
    TicketItemDelegate *m_delegate = nullptr;
    QString m_currentUser;
    QList<StaffChoice> m_staff;
    qint64 m_currentId = 0;
};

} // namespace izdesk
