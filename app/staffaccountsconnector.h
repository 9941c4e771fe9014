#pragma once

#include <QObject>

namespace izdesk {

class MainWindow;
class SessionController;
class StaffAccountsController;
class StaffAccountsView;
struct StaffUser;

// Administration ▸ Staff accounts: opens the staff accounts window for roles that hold
// staff_administration (Permissions::granted), turns its requests into
// StaffAccountsController calls and its answers into the window's list, status line and
// dialog. The menu and the window go away on sign-out. GUI thread only.
class StaffAccountsConnector : public QObject
{
    Q_OBJECT

public:
    StaffAccountsConnector(MainWindow *window, SessionController *session, StaffAccountsController *staff,
                           QObject *parent = nullptr);
    ~StaffAccountsConnector() override;

    StaffAccountsView *view() const { return m_view; }
    void open();

    static bool mayAdminister(const QString &role);

private:
    void onSignedIn(const StaffUser &me);
    void closeAll();
    void connectView();
    void connectController();

    MainWindow *m_window;
    SessionController *m_session;
    StaffAccountsController *m_staff;
    StaffAccountsView *m_view;
    bool m_allowed = false;
    bool m_announceLoad = false;
};

} // namespace izdesk
