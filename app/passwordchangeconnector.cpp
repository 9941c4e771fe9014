#include "passwordchangeconnector.h"

#include "changepassworddialog.h"
#include "mainwindow.h"
#include "presentwindow.h"
#include "sessioncontroller.h"

#include <QStatusBar>

namespace izdesk {

PasswordChangeConnector::PasswordChangeConnector(MainWindow *window, SessionController *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_dialog(new ChangePasswordDialog)
{
    // No parent: it opens over the login dialog as well as over the main window.
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(window, &MainWindow::changePasswordRequested, this, &PasswordChangeConnector::openOwn);
    connect(session, &SessionController::passwordChangeRequired, this, &PasswordChangeConnector::onRequired);
    connect(m_dialog, &ChangePasswordDialog::changeRequested, session, &SessionController::changePassword);
    connect(m_dialog, &ChangePasswordDialog::signOutRequested, session, &SessionController::cancelPasswordChange);
    connect(session, &SessionController::passwordChangeFailed, m_dialog, [this](const QString &message, const QList<FieldError> &errors) {
        if (m_dialog->isVisible())
            m_dialog->showFailed(message, errors);
    });
    connect(session, &SessionController::passwordChanged, this, [this] {
        const bool own = m_dialog->mode() == ChangePasswordDialog::Mode::Own;
        if (m_dialog->isVisible())
            m_dialog->confirmChanged();
        if (own)
            m_window->statusBar()->showMessage(
                tr("Your password is changed. Your sessions on other computers have ended."), 10000);
    });
    connect(session, &SessionController::signedOut, m_dialog, [this] {
        if (m_dialog->isVisible())
            m_dialog->reject();
    });
}

PasswordChangeConnector::~PasswordChangeConnector()
{
    delete m_dialog;
}

void PasswordChangeConnector::onRequired(const StaffUser &me)
{
    m_dialog->start(ChangePasswordDialog::Mode::Required, me.displayName.isEmpty() ? me.username : me.displayName);
    presentWindow(m_dialog);
}

void PasswordChangeConnector::openOwn()
{
    if (!m_session->isSignedIn())
        return;
    if (!m_session->isOnline()) {
        m_window->statusBar()->showMessage(tr("Changing your password needs the server, which cannot be reached now."),
                                           8000);
        return;
    }
    const StaffUser me = m_session->currentUser();
    m_dialog->start(ChangePasswordDialog::Mode::Own, me.displayName.isEmpty() ? me.username : me.displayName);
    presentWindow(m_dialog);
}

} // namespace izdesk
