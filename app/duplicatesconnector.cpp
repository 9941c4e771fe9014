#include "duplicatesconnector.h"

#include "duplicatecompareview.h"
#include "duplicatescontroller.h"
#include "duplicateclusterpanel.h"
#include "duplicateworklistview.h"
#include "mainwindow.h"
#include "permissions.h"
#include "presentwindow.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QStatusBar>

namespace izdesk {

DuplicatesConnector::DuplicatesConnector(MainWindow *window, SessionController *session,
                                         DuplicatesController *duplicates, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_duplicates(duplicates)
    , m_worklist(new DuplicateWorklistView)
    , m_compare(new DuplicateCompareView)
{
    for (QWidget *view : {static_cast<QWidget *>(m_worklist), static_cast<QWidget *>(m_compare)}) {
        view->setWindowFlag(Qt::Window);
        view->setWindowIcon(window->windowIcon());
    }
    m_worklist->setNameLookup([this](qint64 id) {
        if (id == m_session->currentUser().id)
            return tr("You");
        return m_duplicates->staffName(id);
    });
    if (auto *action = window->findChild<QAction *>(QStringLiteral("duplicateReviewAction")))
        action->setEnabled(false);
    connect(window, &MainWindow::duplicateReviewRequested, this, &DuplicatesConnector::openWorklist);
    connect(session, &SessionController::signedIn, this, &DuplicatesConnector::onSignedIn);
    connect(duplicates, &DuplicatesController::sessionEnded, this, &DuplicatesConnector::closeAll);
    connectController();
    connectViews();
}

DuplicatesConnector::~DuplicatesConnector()
{
    delete m_worklist;
    delete m_compare;
}

bool DuplicatesConnector::mayReview(const QString &role)
{
    return Permissions::granted(role, Permission::DuplicateReview);
}

void DuplicatesConnector::onSignedIn(const StaffUser &me)
{
    if (auto *action = m_window->findChild<QAction *>(QStringLiteral("duplicateReviewAction"))) {
        action->setEnabled(mayReview(me.role));
        action->setStatusTip(mayReview(me.role) ? QString()
                                                : tr("Duplicate review is for specialists and supervisors."));
    }
    m_compare->setSupervisor(Permissions::granted(me.role, Permission::MergeOverVeto));
}

void DuplicatesConnector::closeAll()
{
    m_worklist->hide();
    m_compare->hide();
    m_worklist->clear();
    m_compare->clear();
    m_compare->setSupervisor(false);
}

void DuplicatesConnector::openWorklist()
{
    presentWindow(m_worklist);
    reloadWorklist();
}

void DuplicatesConnector::reloadWorklist()
{
    m_worklist->showLoading();
    m_duplicates->loadPairs(m_worklist->filter());
    if (m_worklist->clustersShown())
        reloadClusters();
}

void DuplicatesConnector::reloadClusters()
{
    DuplicateClusterPanel *panel = m_worklist->clusterPanel();
    panel->showLoading();
    m_duplicates->loadClusters(panel->minGrade(), panel->facility());
}

void DuplicatesConnector::openPair(qint64 pairId)
{
    m_worklist->showMessage(tr("Opening pair %1…").arg(pairId));
    m_duplicates->loadPair(pairId);
}

void DuplicatesConnector::connectController()
{
    DuplicatesController *d = m_duplicates;
    connect(d, &DuplicatesController::pairsLoaded, m_worklist, &DuplicateWorklistView::setPairs);
    connect(d, &DuplicatesController::clustersLoaded, m_worklist->clusterPanel(), &DuplicateClusterPanel::setClusters);
    connect(d, &DuplicatesController::pairClaimed, this, [this](const DuplicatePair &pair) {
        m_worklist->updatePair(pair);
        m_worklist->showMessage(tr("Pair %1 is claimed by you.").arg(pair.id));
    });
    connect(d, &DuplicatesController::pairLoaded, this,
            [this](const DuplicatePair &pair, const PatientRecord &low, const PatientRecord &high) {
                m_worklist->showMessage(QString());
                m_compare->setPair(pair, low, high);
                presentWindow(m_compare);
            });
    connect(d, &DuplicatesController::mergePreviewed, m_compare, &DuplicateCompareView::setPreview);
    connect(d, &DuplicatesController::merged, this, [this](const MergeRecord &record) {
        m_compare->showMerged(record);
        if (m_worklist->isVisible())
            reloadWorklist();
    });
    connect(d, &DuplicatesController::unmerged, this, [this](const MergeRecord &record) {
        m_compare->showUnmerged(record);
        if (m_worklist->isVisible())
            reloadWorklist();
    });
    connect(d, &DuplicatesController::pairDecided, this, [this](const DuplicatePair &pair) {
        m_compare->showDecided(pair);
        if (m_worklist->isVisible())
            reloadWorklist();
    });
    connect(d, &DuplicatesController::requestFailed, this,
            [this](DuplicatesController::Action action, const QString &message) {
                if (action == DuplicatesController::Action::Clusters) {
                    m_worklist->clusterPanel()->showMessage(message, true);
                    return;
                }
                const bool fromWorklist
                    = action == DuplicatesController::Action::List || action == DuplicatesController::Action::Claim
                      || (action == DuplicatesController::Action::LoadPair && !m_compare->isVisible());
                if (fromWorklist)
                    m_worklist->showMessage(message, true);
                else
                    m_compare->showMessage(message, true);
                if (!m_worklist->isVisible() && !m_compare->isVisible())
                    m_window->statusBar()->showMessage(message, 8000);
            });
}

void DuplicatesConnector::connectViews()
{
    connect(m_worklist, &DuplicateWorklistView::filterChanged, this, &DuplicatesConnector::reloadWorklist);
    connect(m_worklist, &DuplicateWorklistView::moreRequested, this, [this] {
        m_worklist->showLoading();
        m_duplicates->loadMorePairs();
    });
    connect(m_worklist, &DuplicateWorklistView::claimRequested, m_duplicates, &DuplicatesController::claim);
    connect(m_worklist, &DuplicateWorklistView::openRequested, this, &DuplicatesConnector::openPair);
    DuplicateClusterPanel *clusters = m_worklist->clusterPanel();
    connect(m_worklist, &DuplicateWorklistView::clustersShownChanged, this, [this](bool shown) {
        if (shown)
            reloadClusters();
    });
    connect(clusters, &DuplicateClusterPanel::reloadRequested, this, &DuplicatesConnector::reloadClusters);
    connect(clusters, &DuplicateClusterPanel::moreRequested, this, [this, clusters] {
        clusters->showLoading();
        m_duplicates->loadMoreClusters();
    });
    connect(clusters, &DuplicateClusterPanel::openPairRequested, this, &DuplicatesConnector::openPair);
    connect(m_compare, &DuplicateCompareView::previewRequested, this,
            [this](qint64 target, qint64 source, const FieldChoices &choices, bool immediately) {
                if (immediately)
                    m_duplicates->previewNow(target, source, choices);
                else
                    m_duplicates->requestPreview(target, source, choices);
            });
    connect(m_compare, &DuplicateCompareView::mergeRequested, m_duplicates, &DuplicatesController::merge);
    connect(m_compare, &DuplicateCompareView::unmergeRequested, m_duplicates, &DuplicatesController::unmerge);
    connect(m_compare, &DuplicateCompareView::notDuplicateRequested, m_duplicates,
            &DuplicatesController::markNotDuplicate);
}

} // namespace izdesk
