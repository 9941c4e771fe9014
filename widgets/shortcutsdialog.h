#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace izdesk {

// Help ▸ Keyboard shortcuts: a read-only two-column list (what, keys) built from the actions
// themselves (menu actions and the queue's single-key actions), so the list can never drift
// from the real bindings. Actions without a shortcut are left out. GUI thread only.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    static QString keysText(const QAction *action);
};

} // namespace izdesk
