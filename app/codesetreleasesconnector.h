#pragma once

#include <QObject>

namespace izdesk {

class CodesetReleaseController;
class CodesetReleasesView;
class MainWindow;
class SessionController;
struct StaffUser;

// View ▸ Code set releases… (Ctrl+Alt+C): the releases window wired to
// CodesetReleaseController. The menu entry is there only for the roles the server lets
// approve and publish releases (codeset_releases: supervisor, admin); opening the window reads
// the releases afresh; it follows connectivity; sign-out empties and hides it. GUI thread only.
class CodesetReleasesConnector : public QObject
{
    Q_OBJECT

public:
    CodesetReleasesConnector(MainWindow *window, SessionController *session, CodesetReleaseController *releases,
                             QObject *parent = nullptr);
    ~CodesetReleasesConnector() override;

    CodesetReleasesView *view() const { return m_view; }
    void open();

private:
    void onSignedIn(const StaffUser &me);
    void setAllowed(bool allowed);

    MainWindow *m_window;
    SessionController *m_session;
    CodesetReleaseController *m_releases;
    CodesetReleasesView *m_view;
    bool m_allowed = false;
};

} // namespace izdesk
