#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace izdesk {

class AccountsController;
class AccountsWorklistView;
class IisUserView;
class MainWindow;
class OrganizationView;
class SessionController;
class TicketLinksBar;
struct StaffUser;

// Accounts ▸ Worklists and the organization / IIS user windows, opened from the worklists,
// from each other and from a ticket's links (organization, facility, IIS user chips). Routes
// AccountsController's results to the windows and its refusals to the window that asked.
// Bulk actions follow the signed-in role; everything closes and clears on sign-out.
// GUI thread only.
class AccountsConnector : public QObject
{
    Q_OBJECT

public:
    AccountsConnector(MainWindow *window, SessionController *session, AccountsController *accounts,
                      TicketLinksBar *links, QObject *parent = nullptr);
    ~AccountsConnector() override;

    AccountsWorklistView *worklists() const { return m_worklists; }
    OrganizationView *organizationView() const { return m_organization; }
    IisUserView *userView() const { return m_user; }

    void openWorklists();
    void openOrganization(qint64 organizationId);
    void openFacility(qint64 facilityId);
    void openUser(qint64 userId);
    // A ticket link chip was activated.
    void openLink(const QString &kind, const QString &target);

    // Staff roles the server lets run bulk account actions (contracts-accounts.md).
    static bool mayRunBulk(const QString &role);

private:
    void connectController();
    void connectViews();
    void report(const QString &message, bool error);
    void connectDocuments();
    void documentFinished();
    void onSignedIn(const StaffUser &me);
    void closeAll();

    MainWindow *m_window;
    AccountsController *m_accounts;
    AccountsWorklistView *m_worklists;
    OrganizationView *m_organization;
    IisUserView *m_user;
    QPointer<QWidget> m_asking; // the window whose request is answered next
    bool m_announceLoad = false;
    QString m_documentNote; // "attached", shown again over the reloaded window's own line
};

} // namespace izdesk
