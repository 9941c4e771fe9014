#pragma once

#include "widgettypes.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace izdesk {

// Writes the server refused when they were replayed from the outbox (412: the ticket changed
// meanwhile; 422: no longer valid). Lists them; for the selected one shows each field as
// mine vs theirs (with the server's message), and offers "Apply mine on theirs" or "Discard
// mine". Nothing is dropped without the user's choice. Emits requests; the app resolves them
// in the outbox and calls setConflicts again. GUI thread only.
class OutboxConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxConflictDialog(QWidget *parent = nullptr);

    void setConflicts(const QList<ConflictItem> &conflicts);
    int conflictCount() const;
    qint64 currentSeq() const;

Q_SIGNALS:
    void applyMineRequested(qint64 seq);
    void discardMineRequested(qint64 seq);

private:
    void showCurrent();

    QListWidget *m_list = nullptr;
    QLabel *m_reason = nullptr;
    QTreeWidget *m_fields = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QList<ConflictItem> m_conflicts;
};

} // namespace izdesk
