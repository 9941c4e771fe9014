#pragma once

#include <QObject>

namespace izdesk {

class DuplicateCompareView;
class DuplicatesController;
class DuplicateWorklistView;
class MainWindow;
class SessionController;
struct StaffUser;

// Patients ▸ Duplicate review: the worklist window and the compare-and-merge window, wired
// to DuplicatesController. Routes results to the windows and each refusal to the window
// that asked; enables the menu action for the roles the server lets review (specialist,
// supervisor) and lets a supervisor merge vetoed pairs. Everything closes and clears on
// sign-out (patient data never stays on screen). GUI thread only.
class DuplicatesConnector : public QObject
{
    Q_OBJECT

public:
    DuplicatesConnector(MainWindow *window, SessionController *session, DuplicatesController *duplicates,
                        QObject *parent = nullptr);
    ~DuplicatesConnector() override;

    DuplicateWorklistView *worklist() const { return m_worklist; }
    DuplicateCompareView *compareView() const { return m_compare; }

    void openWorklist();
    void openPair(qint64 pairId);

    static bool mayReview(const QString &role);

private:
    void connectController();
    void connectViews();
    void onSignedIn(const StaffUser &me);
    void closeAll();
    void reloadWorklist();
    void reloadClusters();

    MainWindow *m_window;
    SessionController *m_session;
    DuplicatesController *m_duplicates;
    DuplicateWorklistView *m_worklist;
    DuplicateCompareView *m_compare;
};

} // namespace izdesk
