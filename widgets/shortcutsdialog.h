#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace izdesk {

// Help ▸ Keyboard shortcuts: a read-only two-column list (what, keys). The caller supplies
// the rows, usually built from the window's actions plus the queue's single-key bindings.
// GUI thread only.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QPair<QString, QString>> &rows, QWidget *parent = nullptr);
};

} // namespace izdesk
