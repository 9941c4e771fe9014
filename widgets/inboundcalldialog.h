#pragma once

#include "ticket.h"
#include "widgettypes.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace izdesk {

class CallTimerWidget;

// Phone-first capture (Ctrl+Shift+N): opens with the call timer running and the caller's
// number focused. While the number is typed it asks (debounced) for the caller's recent
// tickets and lists them; the specialist either creates a new phone ticket (the call is
// logged on it once created) or logs the call on one of the recent tickets. Emits requests
// only; closes when the app calls confirmSaved. GUI thread only.
class InboundCallDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kLookupDelayMs = 350;

    explicit InboundCallDialog(QWidget *parent = nullptr);

    // Fresh form, timer started now, focus on the number. phone may be pre-filled.
    void startCall(const QString &phone = {});
    void setRecentTickets(const QString &phone, const QList<Ticket> &tickets);
    void showSaveFailed(const QString &message);
    void confirmSaved();
    bool isSaving() const { return m_saving; }
    CallTimerWidget *callTimer() const { return m_timer; }
    // The body "Create ticket" would send.
    QJsonObject ticketBody() const;
    void reject() override;

Q_SIGNALS:
    void recentTicketsRequested(const QString &phone);
    void ticketSubmitted(const QJsonObject &body, const CallLog &call);
    void callOnExistingSubmitted(qint64 ticketId, const CallLog &call);

private:
    void setUpWidgets();
    void buildLayout();
    void connectSignals();
    CallLog finishCall();
    void lookUp();
    void updateButtons();
    void submitNew();
    void submitExisting();
    void setSaving(bool saving);

    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QComboBox *m_priorityCombo = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_existingButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    CallTimerWidget *m_timer = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_lookedUp;
    std::optional<CallLog> m_finished; // the call, once the timer stopped
    bool m_saving = false;
};

} // namespace izdesk
