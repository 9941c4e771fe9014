#pragma once

#include "widgettypes.h"

#include <QObject>

namespace izdesk {

class MainWindow;
class OutboxConflictDialog;
class SessionController;
struct OutboxConflict;

// Shows the durable outbox in the status bar (N pending, N conflicts) and its conflicts in
// OutboxConflictDialog (field-level mine vs theirs); the dialog's choices go back to the
// Outbox (apply mine on theirs / discard mine). The dialog opens by itself when a new
// conflict arrives, so a refused write is never missed. GUI thread only.
class OutboxConnector : public QObject
{
    Q_OBJECT

public:
    OutboxConnector(MainWindow *window, SessionController *session, QObject *parent = nullptr);

    OutboxConflictDialog *dialog() const { return m_dialog; }
    void showConflicts();
    static ConflictItem toItem(const OutboxConflict &conflict);

private:
    void refresh();

    MainWindow *m_window;
    SessionController *m_session;
    OutboxConflictDialog *m_dialog;
};

} // namespace izdesk
