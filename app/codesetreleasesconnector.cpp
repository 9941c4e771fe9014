#include "codesetreleasesconnector.h"

#include "codesetreleasecontroller.h"
#include "codesetreleasesview.h"
#include "mainwindow.h"
#include "permissions.h"
#include "presentwindow.h"
#include "sessioncontroller.h"
#include "staffuser.h"

#include <QAction>

namespace izdesk {

namespace {

CodesetReleaseController::Step controllerStep(CodesetReleasesView::Step step)
{
    switch (step) {
    case CodesetReleasesView::Step::Approve: return CodesetReleaseController::Step::Approve;
    case CodesetReleasesView::Step::Publish: return CodesetReleaseController::Step::Publish;
    case CodesetReleasesView::Step::Discard: return CodesetReleaseController::Step::Discard;
    }
    return CodesetReleaseController::Step::Approve;
}

} // namespace

CodesetReleasesConnector::CodesetReleasesConnector(MainWindow *window, SessionController *session,
                                                   CodesetReleaseController *releases, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_releases(releases)
    , m_view(new CodesetReleasesView)
{
    m_view->setWindowFlag(Qt::Window);
    m_view->setWindowIcon(window->windowIcon());
    setAllowed(false);
    connect(window, &MainWindow::codesetReleasesRequested, this, &CodesetReleasesConnector::open);

    connect(session, &SessionController::signedIn, this, &CodesetReleasesConnector::onSignedIn);
    connect(session, &SessionController::connectivityChanged, m_view, &CodesetReleasesView::setOnline);
    connect(m_view, &CodesetReleasesView::reloadRequested, releases, &CodesetReleaseController::load);
    connect(m_view, &CodesetReleasesView::stepRequested, releases,
            [releases](qint64 id, CodesetReleasesView::Step step) { releases->move(id, controllerStep(step)); });
    connect(releases, &CodesetReleaseController::working, m_view, &CodesetReleasesView::showWorking);
    connect(releases, &CodesetReleaseController::releasesLoaded, m_view, &CodesetReleasesView::setReleases);
    connect(releases, &CodesetReleaseController::releaseChanged, m_view, &CodesetReleasesView::updateRelease);
    connect(releases, &CodesetReleaseController::requestFailed, m_view, &CodesetReleasesView::showError);
    connect(releases, &CodesetReleaseController::sessionEnded, this, [this] {
        m_view->hide();
        m_view->clear();
        setAllowed(false);
    });
}

CodesetReleasesConnector::~CodesetReleasesConnector()
{
    delete m_view;
}

void CodesetReleasesConnector::setAllowed(bool allowed)
{
    m_allowed = allowed;
    if (auto *action = m_window->findChild<QAction *>(QStringLiteral("codesetReleasesAction"))) {
        action->setEnabled(allowed);
        action->setVisible(allowed);
    }
}

void CodesetReleasesConnector::onSignedIn(const StaffUser &me)
{
    setAllowed(Permissions::granted(me.role, Permission::CodesetReleases));
    m_view->setOnline(m_session->isOnline());
}

void CodesetReleasesConnector::open()
{
    if (!m_allowed)
        return;
    presentWindow(m_view);
    if (m_session->isOnline())
        m_releases->load();
}

} // namespace izdesk
