#pragma once

#include <QObject>

class QAction;

namespace izdesk {

class Hl7CheckConnector;
class MainWindow;
class OnboardingBoardView;
class OnboardingController;
class OnboardingProjectView;
class OrganizationView;
class RecordRenderer;
class SessionController;
class TicketListModel;
struct StaffUser;

// View ▸ Onboarding board: the board window and the project window, wired to
// OnboardingController. Routes results to the windows and each refusal to the one that asked;
// offers the actions the signed-in role's permissions allow (onboarding_work,
// onboarding_manage); saves letters as PDF through RecordRenderer; opens an organization's
// project from the organization view; attaches test submissions and shows one in the HL7
// checker. Everything closes and clears on sign-out. GUI thread.
class OnboardingConnector : public QObject
{
    Q_OBJECT

public:
    OnboardingConnector(MainWindow *window, SessionController *session, OnboardingController *onboarding,
                        OrganizationView *organizationView, QObject *parent = nullptr);
    ~OnboardingConnector() override;

    OnboardingBoardView *board() const { return m_board; }
    OnboardingProjectView *projectView() const { return m_project; }

    // Where "Open in checker" shows a test submission's content.
    void setChecker(Hl7CheckConnector *checker) { m_checker = checker; }

    // Ticket ▸ Open onboarding project (Ctrl+Alt+P) for a data exchange ticket: the project
    // of the ticket's organization.
    void offerForTickets(TicketListModel *tickets);

    void openBoard();
    void openProject(qint64 projectId);

private:
    void connectController();
    void connectProjectResults();
    void connectSubmissions();
    void connectFailures();
    void connectViews();
    void updateTicketAction(qint64 ticketId);
    // An organization lookup's outcome: in the organization view, or the status bar when a
    // ticket asked.
    void tellOrganization(const QString &message, bool error = false);
    void showInChecker(qint64 submissionId, const QString &fileName, const QByteArray &bytes);
    void onSignedIn(const StaffUser &me);
    void closeAll();
    void reloadBoard();

    MainWindow *m_window;
    SessionController *m_session;
    OnboardingController *m_onboarding;
    OrganizationView *m_organizationView;
    OnboardingBoardView *m_board;
    OnboardingProjectView *m_project;
    RecordRenderer *m_renderer;
    Hl7CheckConnector *m_checker = nullptr;
    TicketListModel *m_tickets = nullptr;
    QAction *m_ticketAction = nullptr;
    bool m_fromTicket = false;
};

} // namespace izdesk
