#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QSplitter;

namespace izdesk {

class EnvironmentBanner;
class StaffBoardView;
class NotificationStrip;
class SessionStatusBar;
class TicketDetailPanel;
class TicketQueueView;

// The main window shell: environment banner, queue above the detail panel, status bar and
// the menus that hold every action with its shortcut. It only arranges the panels and turns
// menu actions into request signals; app/Application connects those to the controllers.
// GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    EnvironmentBanner *banner() const { return m_banner; }
    TicketQueueView *queueView() const { return m_queueView; }
    TicketDetailPanel *detailPanel() const { return m_detailPanel; }
    SessionStatusBar *sessionStatusBar() const { return m_statusBar; }
    NotificationStrip *notificationStrip() const { return m_notificationStrip; }
    StaffBoardView *staffBoard() const { return m_staffBoard; }
    QDockWidget *deskDock() const { return m_deskDock; }
    // Supervisor tools (Desk board, bulk edit, auto-assign) only for roles that may use them.
    void setSupervisorMode(bool enabled);
    // Asks before signing out would drop `pending` writes not yet sent to the server.
    // True when the user chooses to sign out anyway.
    bool confirmSignOutWithPending(int pending);

    // Offline or signed out: no new tickets, no edits.
    void setChangesEnabled(bool enabled);
    void setRefreshEnabled(bool enabled);
    // The window title names the environment so a task switcher shows it too.
    void setEnvironmentTitle(const QString &environmentName, bool production);

Q_SIGNALS:
    void newTicketRequested();
    void inboundCallRequested();
    void bulkEditRequested(const QList<qint64> &ids, bool assignOnly);
    void autoAssignRequested(const QList<qint64> &selectedIds);
    void reportsRequested();
    void hl7CheckerRequested(); // View > HL7 message checker… (Ctrl+Shift+H)
    void onboardingBoardRequested(); // View > Onboarding board… (Ctrl+Alt+O)
    void codesetReleasesRequested(); // View > Code set releases… (Ctrl+Alt+C), codeset_releases
    void editTicketRequested(qint64 id);
    void refreshRequested();
    void signOutRequested();
    void quitRequested();
    void closing(); // the window is about to close (save its geometry now)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // An action of this window (shortcut active anywhere in it), named for tests and tools.
    QAction *windowAction(const QString &text, const QKeySequence &keys, const QString &name);
    void createActions();
    void createViewMenu();
    QAction *iconAction(const QString &text, const QKeySequence &keys, const QString &name, const QString &icon);
    void createTicketMenu();
    void createSupervisorMenu();
    void showShortcuts();
    void showAbout();

    EnvironmentBanner *m_banner = nullptr;
    TicketQueueView *m_queueView = nullptr;
    TicketDetailPanel *m_detailPanel = nullptr;
    SessionStatusBar *m_statusBar = nullptr;
    NotificationStrip *m_notificationStrip = nullptr;
    StaffBoardView *m_staffBoard = nullptr;
    QDockWidget *m_deskDock = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_inboundCallAction = nullptr;
    QList<QAction *> m_ticketActions; // need a ticket and changes enabled
    QList<QAction *> m_supervisorActions;
    QMenu *m_supervisorMenu = nullptr;
    bool m_supervisor = false;
    bool m_changesEnabled = true;

public:
    // The Patients area (dock beside the queue); PatientConnector fills it.
    QDockWidget *patientDock() const { return m_patientDock; }

Q_SIGNALS:
    void findPatientRequested();        // F3 / Ctrl+Shift+F
    void openTicketPatientRequested();  // the patient linked to the current ticket

private:
    void createPatientActions();
    QDockWidget *m_patientDock = nullptr;

Q_SIGNALS:
    void verifyCallerRequested(qint64 ticketId);  // Ctrl+Shift+V
    void releaseRecordRequested(qint64 ticketId); // Ctrl+Alt+R
    void disclosuresRequested();                  // supervisors

private:
    void createCallerActions();

Q_SIGNALS:
    void attachFileRequested();      // Ticket > Attach file… (current ticket)
    void linkTicketRequested();      // Ticket > Link…
    void mergeTicketRequested();     // Ticket > Merge into…
    void cannedResponsesRequested(); // Supervisor > Canned responses…

private:
    void createExtrasActions();

Q_SIGNALS:
    void accountsWorklistsRequested(); // Accounts > Worklists… (Ctrl+Shift+W)

private:
    void createAccountsActions();

Q_SIGNALS:
    void duplicateReviewRequested(); // Patients > Duplicate review… (Ctrl+Alt+D)

Q_SIGNALS:
    void changePasswordRequested(); // File > Change my password…
    void staffAccountsRequested();  // Administration > Staff accounts… (Ctrl+Alt+S), administrators

public:
    // The Administration menu, for roles that administer staff accounts.
    void setAdministrationMode(bool enabled);

private:
    void createAdministrationActions();
    QMenu *m_administrationMenu = nullptr;
};

} // namespace izdesk
