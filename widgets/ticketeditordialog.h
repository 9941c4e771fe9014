#pragma once

#include "ticket.h"
#include "widgettypes.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace izdesk {

class TicketConflictPanel;

// Creates (Ctrl+N) or edits (Ctrl+E) a ticket. Checks the body with the shared TicketRules
// before sending, emits ticketSubmitted with a full body (create, id 0) or a merge patch of
// the changed fields (edit), then waits: it closes only when the app calls confirmSaved.
// Server field errors and conflicts come back through the slots; the typed values are never
// thrown away by a failure. Open it with open() (window-modal, non-blocking). GUI thread only.
class TicketEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TicketEditorDialog(QWidget *parent = nullptr);

    void setStaff(const QList<StaffChoice> &staff);
    // Fills the "Organization / facility" picker (type any part of a name or a facility code).
    void setPlaces(const QList<PlaceChoice> &places);
    void startCreate();
    void startEdit(const Ticket &ticket);

    bool isCreating() const { return m_ticketId == 0; }
    qint64 ticketId() const { return m_ticketId; }
    bool isSaving() const { return m_saving; }
    // The version the pending patch is based on (for If-Match); 0 when creating.
    int baseVersion() const { return m_original.version; }
    // The request the Save button would send now (body on create, patch on edit).
    QJsonObject pendingRequest() const;

public Q_SLOTS:
    void showFieldErrors(const QList<izdesk::FieldError> &errors);
    void showSaveFailed(const QString &message, const QList<izdesk::FieldError> &errors);
    void showConflict(const izdesk::Ticket &current);
    void confirmSaved(const izdesk::Ticket &saved);
    // The server could not be reached: the new ticket waits on this computer and is sent later.
    void confirmQueued();
    void reject() override;

Q_SIGNALS:
    void ticketSubmitted(qint64 id, const QJsonObject &patchOrBody);

private:
    void nameWidgets();
    void setUpFields();
    void buildForm();
    QWidget *fieldRow(QWidget *field, const QString &key);
    QJsonObject formValues() const;
    void loadTicket(const Ticket &ticket);
    void save();
    void setSaving(bool saving);
    void clearErrors();
    void reloadTheirs();
    void keepEditing();
    void selectPlace(std::optional<qint64> organizationId, std::optional<qint64> facilityId,
                     const QString &organizationName);

    QLineEdit *m_subjectEdit = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_priorityCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_requesterNameEdit = nullptr;
    QLineEdit *m_requesterContactEdit = nullptr;
    QComboBox *m_assigneeCombo = nullptr;
    QComboBox *m_placeCombo = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLabel *m_formError = nullptr;
    QLabel *m_savingLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    TicketConflictPanel *m_conflictPanel = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QString, QString> m_fieldNames; // translated, for the conflict list
    Ticket m_original;
    std::optional<Ticket> m_serverCurrent;
    qint64 m_ticketId = 0;
    bool m_saving = false;
};

} // namespace izdesk
