#pragma once

#include <QObject>

namespace izdesk {

class ChangePasswordDialog;
class MainWindow;
class SessionController;
struct StaffUser;

// Choosing one's own password: when a sign-in answers that a new password is due, the
// ChangePasswordDialog (Required) opens over the login dialog and the desk opens only after
// the server accepted the new one; leaving the dialog signs out. File ▸ Change my password…
// opens it (Own) for any signed-in user. GUI thread only.
class PasswordChangeConnector : public QObject
{
    Q_OBJECT

public:
    PasswordChangeConnector(MainWindow *window, SessionController *session, QObject *parent = nullptr);
    ~PasswordChangeConnector() override;

    ChangePasswordDialog *dialog() const { return m_dialog; }
    void openOwn();

private:
    void onRequired(const StaffUser &me);

    MainWindow *m_window;
    SessionController *m_session;
    ChangePasswordDialog *m_dialog;
};

} // namespace izdesk
