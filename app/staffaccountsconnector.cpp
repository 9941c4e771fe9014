#include "staffaccountsconnector.h"

#include "mainwindow.h"
#include "presentwindow.h"
#include "sessioncontroller.h"
#include "staffaccountscontroller.h"
#include "staffaccountsview.h"

#include <catalog.h>
#include <permissions.h>

#include <QLocale>
#include <QTime>

#include <optional>

namespace izdesk {

StaffAccountsConnector::StaffAccountsConnector(MainWindow *window, SessionController *session,
                                               StaffAccountsController *staff, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_staff(staff)
    , m_view(new StaffAccountsView)
{
    m_view->setWindowFlag(Qt::Window);
    m_view->setWindowIcon(window->windowIcon());
    connect(window, &MainWindow::staffAccountsRequested, this, &StaffAccountsConnector::open);
    connect(session, &SessionController::signedIn, this, &StaffAccountsConnector::onSignedIn);
    connect(session, &SessionController::signedOut, this, &StaffAccountsConnector::closeAll);
    connectView();
    connectController();
}

StaffAccountsConnector::~StaffAccountsConnector()
{
    delete m_view;
}

bool StaffAccountsConnector::mayAdminister(const QString &role)
{
    return Permissions::granted(role, Permission::StaffAdministration);
}

void StaffAccountsConnector::onSignedIn(const StaffUser &me)
{
    m_allowed = mayAdminister(me.role);
    m_window->setAdministrationMode(m_allowed);
    m_view->setCurrentUserId(me.id);
}

void StaffAccountsConnector::closeAll()
{
    m_allowed = false;
    m_window->setAdministrationMode(false);
    m_view->hide();
    m_view->clear();
}

void StaffAccountsConnector::open()
{
    if (!m_allowed)
        return;
    m_announceLoad = true;
    m_view->showMessage(tr("Loading the staff accounts…"));
    presentWindow(m_view);
    m_staff->load();
}

void StaffAccountsConnector::connectView()
{
    StaffAccountsView *v = m_view;
    StaffAccountsController *s = m_staff;
    connect(v, &StaffAccountsView::refreshRequested, this, &StaffAccountsConnector::open);
    connect(v, &StaffAccountsView::createRequested, s, &StaffAccountsController::create);
    connect(v, &StaffAccountsView::changeRequested, s, [s](qint64 id, const QString &role, const QString &name) {
        s->change(id, role.isEmpty() ? std::nullopt : std::optional<QString>(role),
                  name.isEmpty() ? std::nullopt : std::optional<QString>(name));
    });
    connect(v, &StaffAccountsView::disableRequested, s, &StaffAccountsController::disable);
    connect(v, &StaffAccountsView::enableRequested, s, &StaffAccountsController::enable);
    connect(v, &StaffAccountsView::unlockRequested, s, &StaffAccountsController::unlock);
    connect(v, &StaffAccountsView::resetPasswordRequested, s, &StaffAccountsController::resetPassword);
}

void StaffAccountsConnector::connectController()
{
    using Action = StaffAccountsController::Action;
    connect(m_staff, &StaffAccountsController::busyChanged, m_view, &StaffAccountsView::setBusy);
    connect(m_staff, &StaffAccountsController::accountsLoaded, m_view, [this](const QList<StaffAccount> &accounts) {
        m_view->setAccounts(accounts);
        if (m_announceLoad) // after an action, its own result stays on the status line
            m_view->showMessage(tr("Staff accounts updated at %1.")
                                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_announceLoad = false;
    });
    connect(m_staff, &StaffAccountsController::accountChanged, this,
            [this](Action action, const StaffAccount &a, bool changed, int sessionsEnded) {
                const QString who = a.username;
                const QString sessions = sessionsEnded == 1 ? tr("1 session ended.") : tr("%1 sessions ended.").arg(sessionsEnded);
                QString message;
                switch (action) {
                case Action::Create:
                    message = tr("%1 added as %2. They sign in with the temporary password and then choose their "
                                 "own.")
                                  .arg(who, Catalog::label(Catalog::staffRoles(), a.role));
                    break;
                case Action::Change:
                    message = tr("%1 is now %2, shown as \"%3\".")
                                  .arg(who, Catalog::label(Catalog::staffRoles(), a.role), a.name());
                    break;
                case Action::Disable:
                    message = changed ? tr("%1 is disabled and can no longer sign in.").arg(who) + QLatin1Char(' ')
                                  + sessions
                                      : tr("%1 was already disabled.").arg(who);
                    break;
                case Action::Enable:
                    message = changed ? tr("%1 can sign in again.").arg(who) : tr("%1 was already active.").arg(who);
                    break;
                case Action::Unlock:
                    message = changed ? tr("%1 is unlocked.").arg(who) : tr("%1 was not locked.").arg(who);
                    break;
                case Action::ResetPassword:
                    message = tr("%1 has a new temporary password and chooses a new one at the next sign-in.").arg(who)
                        + QLatin1Char(' ') + sessions;
                    break;
                case Action::Load: break;
                }
                m_announceLoad = false;
                m_view->showResult(message);
                m_view->selectAccount(a.id);
                // An administrator who gave themselves another role administers no more.
                if (a.id == m_session->currentUser().id && !mayAdminister(a.role))
                    closeAll();
            });
    connect(m_staff, &StaffAccountsController::requestFailed, m_view,
            [this](Action, const QString &message, const QList<FieldError> &errors) {
                m_announceLoad = false;
                m_view->showFailed(message, errors);
            });
}

} // namespace izdesk
