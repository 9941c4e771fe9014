#include "accountscontroller.h"

#include "apiclient.h"
#include "fileio.h"
#include "reportexporter.h"
#include "sessioncontroller.h"

#include <catalog.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace izdesk {

namespace {
constexpr int kPageLimit = 500;

template<typename T>
QList<T> itemsOf(const ApiReply &reply)
{
    QList<T> list;
    for (const QJsonValue &v : reply.object().value(QStringLiteral("items")).toArray())
        list.append(T::fromJson(v.toObject()));
    return list;
}

// What one organization view needs, gathered from several replies.
struct OrganizationLoad
{
    AccountOrganization organization;
    QList<AccountAgreement> agreements;
    QList<IisAccount> users;
    int pending = 0;
    bool failed = false;
};
} // namespace

AccountsController::AccountsController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_exporter(new ReportExporter(this))
{
    qRegisterMetaType<izdesk::IisAccount>();
    qRegisterMetaType<izdesk::AccountOrganization>();
    qRegisterMetaType<izdesk::RenewalItem>();
    connect(m_session, &SessionController::signedOut, this, [this] {
        ++m_generation;
        m_expiring.clear();
        m_organizationByCode.clear();
        m_etags.clear();
    });
    connect(m_exporter, &ReportExporter::exported, this, &AccountsController::renewalRemindersExported);
    connect(m_exporter, &ReportExporter::exportFailed, this,
            [this](const QString &, const QString &message) { Q_EMIT requestFailed(message); });
}

void AccountsController::fail(const ApiReply &reply)
{
    QString message = reply.errorMessage();
    // A refused bulk change names each account and why (all or nothing: nothing changed).
    const QJsonArray failures = reply.object().value(QStringLiteral("failures")).toArray();
    for (const QJsonValue &v : failures)
        message += QLatin1Char('\n') + v.toObject().value(QStringLiteral("reason")).toString();
    Q_EMIT requestFailed(message);
}

void AccountsController::remember(const IisAccount &account)
{
    m_etags.insert(account.id, account.etag());
}

bool AccountsController::accepted(quint64 generation, const ApiReply &reply)
{
    if (generation != m_generation)
        return false; // asked before a sign-out: nobody is waiting for it
    if (!reply.ok()) {
        fail(reply);
        return false;
    }
    return true;
}

QList<IisAccount> AccountsController::rememberAll(const ApiReply &reply)
{
    const QList<IisAccount> accounts = itemsOf<IisAccount>(reply);
    for (const IisAccount &a : accounts)
        remember(a);
    return accounts;
}

void AccountsController::loadWorklists(int days)
{
    const quint64 generation = m_generation;
    QUrlQuery query;
    if (days > 0)
        query.addQueryItem(QStringLiteral("days"), QString::number(days));
    ApiClient *api = m_session->api();
    api->send("GET", QStringLiteral("/worklists/expiring-agreements"), query, nullptr, {},
              [this, generation](const ApiReply &reply) {
                  if (!accepted(generation, reply))
                      return;
                  m_expiring = itemsOf<RenewalItem>(reply);
                  Q_EMIT expiringAgreementsLoaded(m_expiring);
              });
    api->send("GET", QStringLiteral("/worklists/pending-requests"), {}, nullptr, {},
              [this, generation](const ApiReply &reply) {
                  if (!accepted(generation, reply))
                      return;
                  const QList<IisAccount> accounts = rememberAll(reply);
                  Q_EMIT pendingRequestsLoaded(accounts);
              });
    api->send("GET", QStringLiteral("/worklists/recently-inactivated"), query, nullptr, {},
              [this, generation](const ApiReply &reply) {
                  if (!accepted(generation, reply))
                      return;
                  const QList<IisAccount> accounts = rememberAll(reply);
                  Q_EMIT recentlyInactivatedLoaded(accounts);
              });
}

void AccountsController::loadOrganizations()
{
    fetchOrganizationPage(QString(), {});
}

void AccountsController::fetchOrganizationPage(const QString &cursor, QList<AccountOrganization> soFar)
{
    const quint64 generation = m_generation;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_session->api()->send("GET", QStringLiteral("/organizations"), query, nullptr, {},
                           [this, generation, soFar](const ApiReply &reply) mutable {
                               if (!accepted(generation, reply))
                                   return;
                               soFar += itemsOf<AccountOrganization>(reply);
                               const QString next = reply.object().value(QStringLiteral("next_cursor")).toString();
                               if (!next.isEmpty())
                                   return fetchOrganizationPage(next, soFar);
                               m_organizationByCode.clear();
                               for (const AccountOrganization &o : std::as_const(soFar)) {
                                   for (const AccountFacility &f : o.facilities)
                                       m_organizationByCode.insert(f.facilityCode, o.name);
                               }
                               Q_EMIT organizationsLoaded(soFar);
                           });
}

void AccountsController::loadOrganization(qint64 id)
{
    const quint64 generation = m_generation;
    ApiClient *api = m_session->api();
    api->send("GET", QStringLiteral("/organizations/%1").arg(id), {}, nullptr, {},
              [this, generation, api, id](const ApiReply &reply) {
                  if (!accepted(generation, reply))
                      return;
                  auto load = std::make_shared<OrganizationLoad>();
                  load->organization = AccountOrganization::fromJson(reply.object());
                  load->pending = 1 + int(load->organization.facilities.size());
                  // The first refusal is reported once; the other parts are dropped.
                  auto finishOne = [this, generation, load](const ApiReply &part) {
                      if (load->failed)
                          return false;
                      load->failed = !accepted(generation, part);
                      return !load->failed;
                  };
                  auto maybeDone = [this, load] {
                      if (--load->pending == 0)
                          Q_EMIT organizationLoaded(load->organization, load->agreements, load->users);
                  };
                  api->send("GET", QStringLiteral("/organizations/%1/agreements").arg(id), {}, nullptr, {},
                            [load, finishOne, maybeDone](const ApiReply &part) {
                                if (!finishOne(part))
                                    return;
                                load->agreements = itemsOf<AccountAgreement>(part);
                                maybeDone();
                            });
                  for (const AccountFacility &f : std::as_const(load->organization.facilities)) {
                      QUrlQuery query;
                      query.addQueryItem(QStringLiteral("facility_id"), QString::number(f.id));
                      query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
                      api->send("GET", QStringLiteral("/iis-users"), query, nullptr, {},
                                [this, load, finishOne, maybeDone](const ApiReply &part) {
                                    if (!finishOne(part))
                                        return;
                                    // A user of two sites of the organization is listed once.
                                    for (const IisAccount &u : rememberAll(part)) {
                                        const bool known
                                            = std::any_of(load->users.cbegin(), load->users.cend(),
                                                          [&u](const IisAccount &o) { return o.id == u.id; });
                                        if (!known)
                                            load->users.append(u);
                                    }
                                    maybeDone();
                                });
                  }
              });
}

void AccountsController::loadFacilityOrganization(qint64 facilityId)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", QStringLiteral("/facilities/%1").arg(facilityId), {}, nullptr, {},
                           [this, generation](const ApiReply &reply) {
                               if (!accepted(generation, reply))
                                   return;
                               loadOrganization(AccountFacility::fromJson(reply.object()).organizationId);
                           });
}

void AccountsController::loadIisUser(qint64 id)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", QStringLiteral("/iis-users/%1").arg(id), {}, nullptr, {},
                           [this, generation](const ApiReply &reply) {
                               if (!accepted(generation, reply))
                                   return;
                               const IisAccount account = IisAccount::fromJson(reply.object());
                               remember(account);
                               loadUserAgreements(account);
                           });
}

void AccountsController::loadUserAgreements(const IisAccount &account)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", QStringLiteral("/iis-users/%1/agreements").arg(account.id), {}, nullptr, {},
                           [this, generation, account](const ApiReply &reply) {
                               if (!accepted(generation, reply))
                                   return;
                               Q_EMIT iisUserLoaded(account, itemsOf<AccountAgreement>(reply));
                           });
}

void AccountsController::recordAgreement(qint64 userId, const AgreementDraft &draft)
{
    const quint64 generation = m_generation;
    const QJsonObject body = draft.toJson();
    m_session->api()->send("POST", QStringLiteral("/iis-users/%1/agreements").arg(userId), {}, &body, {},
                           [this, generation, userId](const ApiReply &reply) {
                               if (!accepted(generation, reply))
                                   return;
                               // The account's agreement summary (and version) changed with it:
                               // read it again so the next activation names the new version.
                               const AccountAgreement agreement = AccountAgreement::fromJson(reply.object());
                               m_session->api()->send(
                                   "GET", QStringLiteral("/iis-users/%1").arg(userId), {}, nullptr, {},
                                   [this, generation, userId, agreement](const ApiReply &fresh) {
                                       if (generation != m_generation)
                                           return;
                                       if (fresh.ok()) {
                                           const IisAccount account = IisAccount::fromJson(fresh.object());
                                           remember(account);
                                           Q_EMIT accountChanged(account);
                                       } else {
                                           m_etags.remove(userId); // read again before the next change
                                       }
                                       Q_EMIT agreementRecorded(userId, agreement);
                                   });
                           });
}

void AccountsController::attachAgreementDocument(qint64 agreementId, const QString &filePath)
{
    const quint64 generation = m_generation;
    whenReady(
        this, QtConcurrent::run(&FileIo::readDocument, filePath, kMaxDocumentBytes),
        [this, generation, agreementId, filePath](const FileIo::Read &file) {
            if (generation != m_generation)
                return;
            if (!file.error.isEmpty()) {
                Q_EMIT agreementDocumentFailed(agreementId, file.error);
                return;
            }
            m_session->api()->uploadAgreementDocument(
                agreementId, file.contentType, file.bytes,
                [this, generation, agreementId, filePath](const ApiReply &reply) {
                    if (generation != m_generation)
                        return;
                    if (!reply.ok()) {
                        Q_EMIT agreementDocumentFailed(
                            agreementId,
                            tr("“%1” was not attached: %2").arg(QFileInfo(filePath).fileName(), reply.errorMessage()));
                        return;
                    }
                    const AccountAgreement agreement = AccountAgreement::fromJson(reply.object());
                    Q_EMIT agreementDocumentAttached(agreement);
                    // The lists show the document from the server's own answer.
                    if (agreement.iisUserId)
                        loadIisUser(agreement.iisUserId);
                    else if (agreement.organizationId)
                        loadOrganization(agreement.organizationId);
                });
        });
}

void AccountsController::saveAgreementDocument(qint64 agreementId, const QString &targetPath)
{
    const quint64 generation = m_generation;
    m_session->api()->downloadAgreementDocument(
        agreementId, [this, generation, agreementId, targetPath](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                Q_EMIT agreementDocumentFailed(agreementId, reply.errorMessage());
                return;
            }
            whenReady(this, QtConcurrent::run(&FileIo::writeFile, targetPath, reply.http.rawBody),
                      [this, generation, agreementId, targetPath](const QString &error) {
                          if (generation != m_generation)
                              return;
                          if (error.isEmpty())
                              Q_EMIT agreementDocumentSaved(agreementId, targetPath);
                          else
                              Q_EMIT agreementDocumentFailed(agreementId, error);
                      });
        });
}

void AccountsController::activate(qint64 userId)
{
    changeStatus(userId, {{QStringLiteral("status"), QStringLiteral("active")}});
}

void AccountsController::inactivate(qint64 userId, const QString &reason)
{
    changeStatus(userId, {{QStringLiteral("status"), QStringLiteral("inactive")},
                          {QStringLiteral("inactive_reason"), reason.trimmed()}});
}

void AccountsController::issueCredential(qint64 userId)
{
    const quint64 generation = m_generation;
    const QJsonObject none;
    m_session->api()->send("POST", QStringLiteral("/iis-users/%1/credential").arg(userId), {}, &none, {},
                           [this, generation, userId](const ApiReply &reply) {
                               if (!accepted(generation, reply))
                                   return;
                               const QJsonObject o = reply.object();
                               Q_EMIT credentialIssued(userId, o.value(QStringLiteral("username")).toString(),
                                                       o.value(QStringLiteral("temporary_password")).toString());
                               loadIisUser(userId); // "credential issued" and the version moved on
                           });
}

void AccountsController::changeStatus(qint64 userId, const QJsonObject &patch)
{
    const quint64 generation = m_generation;
    ApiClient *api = m_session->api();
    if (!m_etags.contains(userId)) {
        // Never seen here: read it first, so If-Match names the version the desk acts on.
        api->send("GET", QStringLiteral("/iis-users/%1").arg(userId), {}, nullptr, {},
                  [this, generation, userId, patch](const ApiReply &reply) {
                      if (!accepted(generation, reply))
                          return;
                      remember(IisAccount::fromJson(reply.object()));
                      changeStatus(userId, patch);
                  });
        return;
    }
    api->send("PATCH", QStringLiteral("/iis-users/%1").arg(userId), {}, &patch, {{"If-Match", m_etags.value(userId)}},
              [this, generation, userId](const ApiReply &reply) {
                  if (generation != m_generation)
                      return;
                  if (reply.status() == 412) {
                      const IisAccount current
                          = IisAccount::fromJson(reply.object().value(QStringLiteral("current")).toObject());
                      remember(current);
                      Q_EMIT accountChanged(current);
                      Q_EMIT requestFailed(tr("Someone else changed this account meanwhile; nothing was changed. "
                                              "The account shows its current state now: check it and try again."));
                      return;
                  }
                  if (!reply.ok()) {
                      if (reply.status() == 404)
                          m_etags.remove(userId);
                      return fail(reply);
                  }
                  const IisAccount account = IisAccount::fromJson(reply.object());
                  remember(account);
                  Q_EMIT accountChanged(account);
              });
}

void AccountsController::applyBulk(const QList<qint64> &userIds, BulkAction action, const QString &reason)
{
    if (userIds.isEmpty() || userIds.size() > 200) {
        Q_EMIT requestFailed(tr("Select between 1 and 200 accounts for a bulk change."));
        return;
    }
    QJsonArray ids;
    for (qint64 id : userIds)
        ids.append(id);
    QJsonObject body{{QStringLiteral("ids"), ids},
                     {QStringLiteral("action"),
                      action == BulkAction::Activate ? QStringLiteral("activate") : QStringLiteral("inactivate")}};
    if (action == BulkAction::Inactivate)
        body.insert(QStringLiteral("reason"), reason.trimmed());
    const quint64 generation = m_generation;
    m_session->api()->send("POST", QStringLiteral("/iis-users/bulk"), {}, &body, {},
                           [this, generation](const ApiReply &reply) {
                               if (!accepted(generation, reply))
                                   return;
                               const QList<IisAccount> accounts = rememberAll(reply);
                               Q_EMIT bulkApplied(accounts);
                           });
}

QStringList AccountsController::renewalHeader()
{
    // Field names a mail-merge template refers to: stable, never translated.
    return {QStringLiteral("name"),      QStringLiteral("email"),      QStringLiteral("organization"),
            QStringLiteral("agreement"), QStringLiteral("expires_on"), QStringLiteral("days_left")};
}

QList<QStringList> AccountsController::renewalRows(const QList<RenewalItem> &items,
                                                   const QHash<QString, QString> &organizationByFacilityCode)
{
    QList<QStringList> rows;
    for (const RenewalItem &item : items) {
        QString organization = item.name;
        if (item.isUser()) {
            QStringList names;
            for (const QString &code : item.siteCodes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString name = organizationByFacilityCode.value(code, code);
                if (!names.contains(name))
                    names << name;
            }
            organization = names.join(QStringLiteral("; "));
        }
        rows.append({item.name, item.email, organization,
                     Catalog::label(Catalog::agreementKinds(), item.agreement.kind),
                     item.agreement.expiresOn.toString(Qt::ISODate), QString::number(item.agreement.daysLeft)});
    }
    return rows;
}

void AccountsController::exportRenewalReminders(const QString &path)
{
    m_exporter->exportCsv(path, renewalHeader(), renewalRows(m_expiring, m_organizationByCode));
}

} // namespace izdesk
