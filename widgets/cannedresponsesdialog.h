#pragma once

#include "widgettypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace izdesk {

// Supervisors manage canned responses (SOP snippets): the list on the left, the selected one's
// title, category and text on the right; New, Save and Delete (with a confirmation). Emits
// requests; the app sends them and calls setResponses with the server's list afterwards.
// GUI thread only.
class CannedResponsesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CannedResponsesDialog(QWidget *parent = nullptr);

    void setResponses(const QList<CannedResponseChoice> &responses);
    // The server saved it: select it and leave edit mode.
    void confirmSaved(qint64 id);
    void showError(const QString &message);
    QString errorText() const;
    void startNew();
    int count() const;
    // Tests drive delete without the confirmation box.
    void setConfirmDelete(bool confirm) { m_confirmDelete = confirm; }

Q_SIGNALS:
    void createRequested(const izdesk::CannedResponseChoice &response);
    void updateRequested(const izdesk::CannedResponseChoice &response);
    void deleteRequested(qint64 id);
    void reloadRequested();

private:
    void showSelected();
    void save();
    void removeSelected();
    void updateButtons();
    qint64 selectedId() const;

    QListWidget *m_list = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_error = nullptr;
    QList<CannedResponseChoice> m_responses;
    qint64 m_editingId = 0; // 0 = a new one
    qint64 m_selectAfterLoad = 0;
    bool m_saving = false;
    bool m_confirmDelete = true;
};

} // namespace izdesk
