#pragma once

#include "widgettypes.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace izdesk {

// Bulk assign / bulk edit of the tickets selected in the queue: tick the fields to change
// (assignee, status, priority, category) and pick their new values. Emits one request with
// the ids and the changes (applied all-or-nothing by the server); closes when the app calls
// confirmApplied. GUI thread only.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkEditDialog(QWidget *parent = nullptr);

    void setStaff(const QList<StaffChoice> &staff);
    // assignOnly: opened as "Assign…" with the assignee ticked and focused.
    void start(const QList<qint64> &ids, bool assignOnly = false);
    QJsonObject changes() const;
    QList<qint64> ticketIds() const { return m_ids; }
    void showFailed(const QString &message);
    void confirmApplied();
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void bulkEditSubmitted(const QList<qint64> &ids, const QJsonObject &changes);

private:
    void updateButtons();

    struct Row
    {
        QString key;
        QCheckBox *check = nullptr;
        QComboBox *combo = nullptr;
    };
    QList<Row> m_rows;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QList<qint64> m_ids;
    bool m_saving = false;
};

} // namespace izdesk
