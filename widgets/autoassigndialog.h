#pragma once

#include "widgettypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace izdesk {

// Auto-assignment with a preview: pick a strategy (round robin or least loaded) and the
// tickets (the selected ones, or every unassigned active ticket), Preview shows the plan
// (ticket -> assignee -> reason) and the skipped tickets with their reasons; Apply applies
// exactly the previewed plan. A stale plan (the queue changed) asks for a new preview.
// Emits requests; the app talks to the supervisor controller. GUI thread only.
class AutoAssignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AutoAssignDialog(QWidget *parent = nullptr);

    // Opens fresh; selectedIds are offered as "only the selected tickets".
    void start(const QList<qint64> &selectedIds);
    void setPreview(const QList<AssignmentRow> &plan, const QList<AssignmentRow> &skipped);
    void showStale(const QString &message);
    void showFailed(const QString &message);
    void confirmApplied(int count);
    QString strategy() const; // round_robin | least_loaded

Q_SIGNALS:
    void previewRequested(const QString &strategy, const QList<qint64> &ticketIds); // empty = all unassigned
    void applyRequested();

private:
    void requestPreview();
    void setBusy(bool busy);

    QComboBox *m_strategyCombo = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QPushButton *m_previewButton = nullptr;
    QTableWidget *m_planTable = nullptr;
    QTableWidget *m_skippedTable = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QList<qint64> m_selected;
    bool m_hasPlan = false;
};

} // namespace izdesk
