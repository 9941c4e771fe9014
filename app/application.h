#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace izdesk {

class CredentialStore;
class LoginDialog;
class MainWindow;
class SessionController;
class Settings;
class TicketEditorDialog;
class TicketQueueController;
struct EnvironmentProfile;
struct StaffUser;
struct Ticket;

struct ApplicationOptions
{
    bool sandbox = false; // skip the login dialog and open the Local sandbox
};

// The composition root: builds the controllers (SessionController, TicketQueueController)
// and the widgets (LoginDialog, MainWindow, TicketEditorDialog) and connects them. The only
// place that knows both sides. Settings and the credential store are injected so tests can
// use a temporary INI/data folder and the in-memory store. GUI thread only.
class Application : public QObject
{
    Q_OBJECT

public:
    Application(Settings *settings, CredentialStore *credentials, ApplicationOptions options = {}, QObject *parent = nullptr);
    ~Application() override;

    void start();

    SessionController *session() const { return m_session; }
    TicketQueueController *queue() const { return m_queue; }
    MainWindow *mainWindow() const { return m_mainWindow; }
    LoginDialog *loginDialog() const { return m_loginDialog; }
    TicketEditorDialog *editor() const { return m_editor; }

Q_SIGNALS:
    void quitRequested(int exitCode);

private:
    void connectLogin();
    void connectSession();
    void connectQueue();
    void connectEditor();
    void onSignedIn(const StaffUser &me, const EnvironmentProfile &profile, bool offline);
    void onSignInFailed(const QString &message);
    void onSignedOut();
    void setOnline(bool online);
    void showCurrentTicket();
    void openEditor(qint64 id);
    void saveWindowState();
    void showLogin();

    Settings *m_settings;
    ApplicationOptions m_options;
    SessionController *m_session = nullptr;
    TicketQueueController *m_queue = nullptr;
    MainWindow *m_mainWindow = nullptr;
    LoginDialog *m_loginDialog = nullptr;
    TicketEditorDialog *m_editor = nullptr;
    bool m_online = true;
    bool m_signedIn = false;
};

} // namespace izdesk
