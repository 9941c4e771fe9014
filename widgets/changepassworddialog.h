#pragma once

#include <ticket.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace izdesk {

// Choosing one's own password. Required: the sign-in worked but the server wants a new
// password first (a temporary one from an administrator, or an expired one); only the new
// password is asked for, twice, and the only way out is to change it or to sign out. Own: any
// signed-in user from the menu; the current password is asked for too. Fields are masked; the
// two entries must match before anything is sent. The server's rules decide the rest: its
// refusal shows under the field it names, and the dialog stays open with what was typed until
// the app confirms the change. GUI thread only.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Required, Own };

    explicit ChangePasswordDialog(QWidget *parent = nullptr);

    // Clears the fields and messages and sets the wording for the mode and the user.
    void start(Mode mode, const QString &userName);
    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void showFailed(const QString &message, const QList<izdesk::FieldError> &errors);
    // The change is done: the dialog closes (accepted).
    void confirmChanged();
    // Also Escape and the close button; in Required mode it signs out (signOutRequested).
    void reject() override;

Q_SIGNALS:
    // currentPassword is empty in Required mode (the session knows it).
    void changeRequested(const QString &currentPassword, const QString &newPassword);
    // Required mode: the user gives up; the sign-in ends.
    void signOutRequested();

private:
    void submit();
    void setBusy(bool busy);
    void updateState();
    static void showError(QLabel *label, const QString &message);

    Mode m_mode = Mode::Own;
    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_currentEdit = nullptr;
    QLabel *m_currentError = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QLabel *m_newError = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_confirmError = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_busy = false;
};

} // namespace izdesk
