#pragma once

#include <accountrecords.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace izdesk {

class ReportExporter;
class SessionController;
struct ApiReply;

// The desk's side of IIS account provisioning (contracts-accounts.md): the three worklists,
// the organization directory, one organization with its sites and users, one IIS user with
// agreements; recording agreements, activating and inactivating accounts (one or in bulk)
// the renewal-reminder CSV (mail merge), written by ReportExporter on a worker thread, and
// the signed document of an agreement, read and written on a worker thread (FileIo).
// The server decides every rule (no activation without a current agreement); its refusals
// arrive as readable messages. GUI-thread object: every call returns at once, results
// arrive by signal.
class AccountsController : public QObject
{
    Q_OBJECT

public:
    enum class BulkAction { Activate, Inactivate };

    explicit AccountsController(SessionController *session, QObject *parent = nullptr);

    // Expiring agreements, pending requests and recently inactivated; days 0 = server default.
    void loadWorklists(int days = 0);
    // Every page of the organization directory.
    void loadOrganizations();
    // The organization, its agreements and the users of each of its sites.
    void loadOrganization(qint64 id);
    // The organization a facility belongs to (ticket links name facilities too).
    void loadFacilityOrganization(qint64 facilityId);
    // The account and its agreements.
    void loadIisUser(qint64 id);

    void recordAgreement(qint64 userId, const AgreementDraft &draft);

    // The server's limit for a signed agreement document (contracts-accounts.md).
    static constexpr qint64 kMaxDocumentBytes = 10 * 1024 * 1024;
    // Reads the file on a worker thread and checks its size and type (PDF, PNG, JPEG or TIFF by
    // its first bytes) before anything is sent; then stores it as the agreement's signed
    // document (replacing an earlier one) and reloads the holder, user or organization.
    void attachAgreementDocument(qint64 agreementId, const QString &filePath);
    // Downloads the signed document and writes it to targetPath on a worker thread, through a
    // temporary file in the same folder: a failure leaves no partial file.
    void saveAgreementDocument(qint64 agreementId, const QString &targetPath);
    void activate(qint64 userId);
    void inactivate(qint64 userId, const QString &reason);
    // A new temporary password for the account, to be given to the user out of band (phone,
    // separate e-mail). The server keeps only its hash; it is shown once and never stored here.
    void issueCredential(qint64 userId);
    // All or nothing on the server; reason is needed to inactivate.
    void applyBulk(const QList<qint64> &userIds, BulkAction action, const QString &reason = {});

    // The renewal reminders of the last loaded expiring-agreements worklist to path (CSV).
    void exportRenewalReminders(const QString &path);

    QList<RenewalItem> expiringAgreements() const { return m_expiring; }
    // Mail-merge columns and rows (pure; organization names from the loaded directory).
    static QStringList renewalHeader();
    static QList<QStringList> renewalRows(const QList<RenewalItem> &items,
                                          const QHash<QString, QString> &organizationByFacilityCode);

Q_SIGNALS:
    void expiringAgreementsLoaded(const QList<izdesk::RenewalItem> &items);
    void pendingRequestsLoaded(const QList<izdesk::IisAccount> &accounts);
    void recentlyInactivatedLoaded(const QList<izdesk::IisAccount> &accounts);
    void organizationsLoaded(const QList<izdesk::AccountOrganization> &organizations);
    void organizationLoaded(const izdesk::AccountOrganization &organization,
                            const QList<izdesk::AccountAgreement> &agreements, const QList<izdesk::IisAccount> &users);
    void iisUserLoaded(const izdesk::IisAccount &account, const QList<izdesk::AccountAgreement> &agreements);
    void agreementRecorded(qint64 userId, const izdesk::AccountAgreement &agreement);
    // The document is stored; agreement carries its type, size and SHA-256. The holder's
    // organizationLoaded / iisUserLoaded follows.
    void agreementDocumentAttached(const izdesk::AccountAgreement &agreement);
    void agreementDocumentSaved(qint64 agreementId, const QString &path);
    // A refused file (size, type, unreadable), a refusal of the server or a failed write.
    void agreementDocumentFailed(qint64 agreementId, const QString &message);
    void accountChanged(const izdesk::IisAccount &account);
    void credentialIssued(qint64 userId, const QString &username, const QString &temporaryPassword);
    void bulkApplied(const QList<izdesk::IisAccount> &accounts);
    void renewalRemindersExported(const QString &path, int rows);
    // A load or an action the server (or the network) refused, as a sentence for the user.
    void requestFailed(const QString &message);

private:
    void fetchOrganizationPage(const QString &cursor, QList<AccountOrganization> soFar);
    void loadUserAgreements(const IisAccount &account);
    void changeStatus(qint64 userId, const QJsonObject &patch);
    void remember(const IisAccount &account);
    QList<IisAccount> rememberAll(const ApiReply &reply);
    // False (and requestFailed for a refusal) unless the reply belongs to this session and is ok.
    bool accepted(quint64 generation, const ApiReply &reply);
    void fail(const ApiReply &reply);

    SessionController *m_session;
    ReportExporter *m_exporter;
    QList<RenewalItem> m_expiring;
    QHash<QString, QString> m_organizationByCode;
    QHash<qint64, QByteArray> m_etags; // newest known ETag per account, for If-Match
    quint64 m_generation = 0;          // replies from before a sign-out are dropped
};

} // namespace izdesk
