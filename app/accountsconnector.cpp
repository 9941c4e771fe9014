#include "accountsconnector.h"

#include "accountscontroller.h"
#include "accountsworklistview.h"
#include "accountdisplay.h"
#include "agreementdocumentbar.h"
#include "iisuserview.h"
#include "mainwindow.h"
#include "presentwindow.h"
#include "organizationview.h"
#include "sessioncontroller.h"
#include "ticketlinksbar.h"

#include <catalog.h>
#include <permissions.h>

#include <QDir>
#include <QStatusBar>

#include <utility>

namespace izdesk {

AccountsConnector::AccountsConnector(MainWindow *window, SessionController *session, AccountsController *accounts,
                                     TicketLinksBar *links, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_accounts(accounts)
    , m_worklists(new AccountsWorklistView)
    , m_organization(new OrganizationView)
    , m_user(new IisUserView)
{
    for (QWidget *view : {static_cast<QWidget *>(m_worklists), static_cast<QWidget *>(m_organization),
                          static_cast<QWidget *>(m_user)}) {
        view->setWindowFlag(Qt::Window);
        view->setWindowIcon(window->windowIcon());
    }
    connect(window, &MainWindow::accountsWorklistsRequested, this, &AccountsConnector::openWorklists);
    if (links) {
        links->setOpenableKinds(
            {QStringLiteral("organization"), QStringLiteral("facility"), QStringLiteral("iis_user")});
        connect(links, &TicketLinksBar::linkOpenRequested, this, &AccountsConnector::openLink);
    }
    connect(session, &SessionController::signedIn, this, &AccountsConnector::onSignedIn);
    connect(session, &SessionController::signedOut, this, &AccountsConnector::closeAll);
    connect(session, &SessionController::connectivityChanged, m_user, &IisUserView::setChangesEnabled);
    connect(session, &SessionController::connectivityChanged, m_organization, &OrganizationView::setChangesEnabled);
    connectController();
    connectViews();
    connectDocuments();
}

AccountsConnector::~AccountsConnector()
{
    delete m_worklists;
    delete m_organization;
    delete m_user;
}

bool AccountsConnector::mayRunBulk(const QString &role)
{
    return Permissions::granted(role, Permission::AccountsBulk);
}

void AccountsConnector::onSignedIn(const StaffUser &me)
{
    m_worklists->setBulkAllowed(mayRunBulk(me.role));
    m_user->setChangesEnabled(true);
    m_organization->setChangesEnabled(true);
}

void AccountsConnector::closeAll()
{
    // Account details are personal data: nothing stays on screen after sign-out.
    for (QWidget *view :
         {static_cast<QWidget *>(m_worklists), static_cast<QWidget *>(m_organization), static_cast<QWidget *>(m_user)})
        view->hide();
    m_worklists->clear();
    m_worklists->setBulkAllowed(false);
    m_organization->setOrganization({}, {}, {});
    m_user->setAccount({}, {});
}

void AccountsConnector::report(const QString &message, bool error)
{
    if (m_asking == m_worklists)
        m_worklists->showMessage(message, error);
    else if (m_asking == m_organization)
        m_organization->showMessage(message, error);
    else if (m_asking == m_user)
        m_user->showMessage(message, error);
    if (!m_asking || !m_asking->isVisible())
        m_window->statusBar()->showMessage(message, 8000);
}

void AccountsConnector::openWorklists()
{
    m_asking = m_worklists;
    m_announceLoad = true;
    m_worklists->showMessage(tr("Loading the worklists…"));
    presentWindow(m_worklists);
    m_accounts->loadOrganizations(); // organization names for the renewal reminders
    m_accounts->loadWorklists();
}

void AccountsConnector::openOrganization(qint64 organizationId)
{
    m_asking = m_organization;
    m_organization->showLoading();
    m_accounts->loadOrganization(organizationId);
}

void AccountsConnector::openFacility(qint64 facilityId)
{
    m_asking = m_organization;
    m_organization->showLoading();
    m_accounts->loadFacilityOrganization(facilityId);
}

void AccountsConnector::openUser(qint64 userId)
{
    m_asking = m_user;
    m_user->showLoading();
    m_accounts->loadIisUser(userId);
}

void AccountsConnector::openLink(const QString &kind, const QString &target)
{
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (!ok || id <= 0) {
        m_window->statusBar()->showMessage(tr("This link does not name a record that can be opened."), 8000);
        return;
    }
    if (kind == QLatin1String("organization"))
        openOrganization(id);
    else if (kind == QLatin1String("facility"))
        openFacility(id);
    else if (kind == QLatin1String("iis_user"))
        openUser(id);
}

void AccountsConnector::connectController()
{
    AccountsController *a = m_accounts;
    connect(a, &AccountsController::expiringAgreementsLoaded, m_worklists, [this](const QList<RenewalItem> &items) {
        m_worklists->setExpiringAgreements(items);
        if (m_announceLoad) // after an action, its own result stays on the status line
            m_worklists->showMessage(
                tr("Worklists updated at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_announceLoad = false;
    });
    connect(a, &AccountsController::pendingRequestsLoaded, m_worklists, &AccountsWorklistView::setPendingRequests);
    connect(a, &AccountsController::recentlyInactivatedLoaded, m_worklists,
            &AccountsWorklistView::setRecentlyInactivated);
    connect(a, &AccountsController::organizationLoaded, m_organization,
            [this](const AccountOrganization &o, const QList<AccountAgreement> &agreements,
                   const QList<IisAccount> &users) {
                m_organization->setOrganization(o, agreements, users);
                if (!m_documentNote.isEmpty() && m_asking == m_organization)
                    m_organization->showMessage(std::exchange(m_documentNote, QString()));
                presentWindow(m_organization);
            });
    connect(a, &AccountsController::iisUserLoaded, m_user,
            [this](const IisAccount &account, const QList<AccountAgreement> &agreements) {
                m_user->setAccount(account, agreements);
                m_documentNote.clear(); // the user view keeps its line over a reload
                presentWindow(m_user);
            });
    connect(a, &AccountsController::accountChanged, this, [this](const IisAccount &account) {
        m_user->updateAccount(account);
        if (m_asking == m_user && m_user->accountId() == account.id)
            m_user->showMessage(
                tr("%1 is now %2.").arg(account.username, Catalog::label(Catalog::iisUserStatuses(), account.status)));
        if (m_worklists->isVisible())
            m_accounts->loadWorklists();
    });
    connect(a, &AccountsController::agreementRecorded, this, [this](qint64 userId, const AccountAgreement &agreement) {
        m_user->showMessage(tr("%1 recorded; it expires on %2.")
                                .arg(Catalog::label(Catalog::agreementKinds(), agreement.kind),
                                     QLocale().toString(agreement.expiresOn, QLocale::ShortFormat)));
        if (m_user->accountId() == userId) {
            m_user->resetAgreementForm();
            m_accounts->loadIisUser(userId); // the agreements list, newest first, from the server
        }
    });
    connect(a, &AccountsController::bulkApplied, this, [this](const QList<IisAccount> &accounts) {
        m_worklists->showMessage(accounts.size() == 1 ? tr("1 account changed.")
                                                      : tr("%1 accounts changed.").arg(accounts.size()));
        m_accounts->loadWorklists();
    });
    connect(a, &AccountsController::renewalRemindersExported, this, [this](const QString &path, int rows) {
        m_worklists->showMessage(tr("Renewal reminders saved to %1 (rows: %2).").arg(path).arg(rows));
    });
    connect(a, &AccountsController::credentialIssued, this,
            [this](qint64 userId, const QString &username, const QString &temporaryPassword) {
                if (m_user->accountId() != userId)
                    return;
                m_user->showCredential(username, temporaryPassword);
                m_user->showMessage(tr("Temporary password issued for %1.").arg(username));
            });
    connect(a, &AccountsController::requestFailed, this, [this](const QString &message) { report(message, true); });
}

void AccountsConnector::documentFinished()
{
    m_user->documentBar()->setBusy(false);
    m_organization->documentBar()->setBusy(false);
}

void AccountsConnector::connectDocuments()
{
    const std::pair<QWidget *, AgreementDocumentBar *> bars[]
        = {{m_user, m_user->documentBar()}, {m_organization, m_organization->documentBar()}};
    for (const auto &[window, documents] : bars) {
        QWidget *view = window;
        AgreementDocumentBar *bar = documents;
        connect(bar, &AgreementDocumentBar::attachRequested, this, [this, view](qint64 id, const QString &path) {
            m_asking = view;
            m_documentNote.clear();
            m_accounts->attachAgreementDocument(id, path);
        });
        connect(bar, &AgreementDocumentBar::saveRequested, this, [this, view](qint64 id, const QString &path) {
            m_asking = view;
            m_accounts->saveAgreementDocument(id, path);
        });
    }
    AccountsController *a = m_accounts;
    connect(a, &AccountsController::agreementDocumentAttached, this, [this](const AccountAgreement &agreement) {
        // The holder reloads next; the organization's line would otherwise show its counts.
        documentFinished();
        m_documentNote = tr("Signed document attached (%1).").arg(AccountDisplay::documentText(agreement));
        report(m_documentNote, false);
    });
    connect(a, &AccountsController::agreementDocumentSaved, this, [this](qint64, const QString &path) {
        documentFinished();
        report(tr("Signed document saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(a, &AccountsController::agreementDocumentFailed, this, [this](qint64, const QString &message) {
        documentFinished();
        report(message, true);
    });
}

void AccountsConnector::connectViews()
{
    AccountsWorklistView *w = m_worklists;
    connect(w, &AccountsWorklistView::refreshRequested, this, &AccountsConnector::openWorklists);
    connect(w, &AccountsWorklistView::bulkActivateRequested, this, [this](const QList<qint64> &ids) {
        m_asking = m_worklists;
        m_accounts->applyBulk(ids, AccountsController::BulkAction::Activate);
    });
    connect(w, &AccountsWorklistView::bulkInactivateRequested, this,
            [this](const QList<qint64> &ids, const QString &reason) {
                m_asking = m_worklists;
                m_accounts->applyBulk(ids, AccountsController::BulkAction::Inactivate, reason);
            });
    connect(w, &AccountsWorklistView::exportRequested, this, [this](const QString &path) {
        m_asking = m_worklists;
        m_accounts->exportRenewalReminders(path);
    });
    connect(w, &AccountsWorklistView::userOpenRequested, this, &AccountsConnector::openUser);
    connect(w, &AccountsWorklistView::organizationOpenRequested, this, &AccountsConnector::openOrganization);

    connect(m_organization, &OrganizationView::userOpenRequested, this, &AccountsConnector::openUser);
    connect(m_organization, &OrganizationView::refreshRequested, this, &AccountsConnector::openOrganization);

    IisUserView *u = m_user;
    connect(u, &IisUserView::refreshRequested, this, &AccountsConnector::openUser);
    connect(u, &IisUserView::facilityOpenRequested, this, &AccountsConnector::openFacility);
    connect(u, &IisUserView::activateRequested, this, [this](qint64 id) {
        m_asking = m_user;
        m_accounts->activate(id);
    });
    connect(u, &IisUserView::inactivateRequested, this, [this](qint64 id, const QString &reason) {
        m_asking = m_user;
        m_accounts->inactivate(id, reason);
    });
    connect(u, &IisUserView::credentialRequested, this, [this](qint64 id) {
        m_asking = m_user;
        m_accounts->issueCredential(id);
    });
    connect(u, &IisUserView::agreementRecordRequested, this, [this](qint64 id, const AgreementDraft &draft) {
        m_asking = m_user;
        m_accounts->recordAgreement(id, draft);
    });
}

} // namespace izdesk
