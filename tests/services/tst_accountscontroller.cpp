// AccountsController against the real in-process server with the demo accounts: the three
// worklists load, activating an account without an agreement is refused with a sentence the
// desk can read, recording the agreement then activating works, a bulk activation is all or
// nothing, the renewal-reminder CSV is exact (header, quoting, CRLF), and the worklist export
// writes what was loaded (or says why it cannot). Agreement documents are in
// tst_agreementdocuments.
#include "accountscontrollertest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace izdesk;
using namespace izdesk::test;

class TestAccountsController : public QObject, private AccountsControllerHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startDesk(); }
    void cleanupTestCase() { stopDesk(); }

    void worklistsLoad()
    {
        QSignalSpy expiring(m_accounts.get(), &AccountsController::expiringAgreementsLoaded);
        QSignalSpy pending(m_accounts.get(), &AccountsController::pendingRequestsLoaded);
        QSignalSpy inactivated(m_accounts.get(), &AccountsController::recentlyInactivatedLoaded);
        QSignalSpy failed(m_accounts.get(), &AccountsController::requestFailed);
        m_accounts->loadWorklists();
        QTRY_VERIFY_WITH_TIMEOUT(!expiring.isEmpty() && !pending.isEmpty() && !inactivated.isEmpty(), kTimeoutMs);
        QVERIFY(failed.isEmpty());

        const auto renewals = firstArg<QList<RenewalItem>>(expiring);
        QVERIFY(!renewals.isEmpty());
        bool user = false, organization = false;
        for (const RenewalItem &r : renewals) {
            QVERIFY(!r.name.isEmpty());
            QVERIFY(r.agreement.status == QLatin1String("expiring") || r.agreement.status == QLatin1String("expired"));
            QVERIFY(r.agreement.daysLeft <= 30);
            user = user || (r.isUser() && r.email.endsWith(QLatin1String("@example.org")) && !r.siteCodes.isEmpty());
            organization = organization || r.holderKind == QLatin1String("organization");
        }
        QVERIFY(user);
        QVERIFY(organization);

        const auto requests = firstArg<QList<IisAccount>>(pending);
        QVERIFY(!requests.isEmpty());
        for (const IisAccount &a : requests) {
            QVERIFY(a.status == QLatin1String("requested") || a.status == QLatin1String("pending_agreement"));
            QVERIFY(!a.sites.isEmpty());
        }
        const auto gone = firstArg<QList<IisAccount>>(inactivated);
        QVERIFY(!gone.isEmpty());
        for (const IisAccount &a : gone) {
            QCOMPARE(a.status, QStringLiteral("inactive"));
            QVERIFY(!a.inactiveReason.isEmpty());
        }
    }

    void activationWithoutAgreementIsRefusedReadably()
    {
        const IisAccount account = pendingWith(QStringLiteral("pending_agreement"));
        QVERIFY(account.id > 0);
        QSignalSpy failed(m_accounts.get(), &AccountsController::requestFailed);
        QSignalSpy changed(m_accounts.get(), &AccountsController::accountChanged);
        m_accounts->activate(account.id);
        QVERIFY(failed.wait(kTimeoutMs));
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.contains(account.username) && message.contains(QLatin1String("agreement")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("HTTP")));
        QVERIFY(changed.isEmpty());

        QSignalSpy loaded(m_accounts.get(), &AccountsController::iisUserLoaded);
        m_accounts->loadIisUser(account.id);
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(firstArg<IisAccount>(loaded).status, QStringLiteral("pending_agreement"));
        QVERIFY(loaded.constLast().at(1).value<QList<AccountAgreement>>().isEmpty());
    }

    void recordAgreementThenActivate()
    {
        const IisAccount account = pendingWith(QStringLiteral("pending_agreement"));
        QVERIFY(account.id > 0);
        const AccountAgreement agreement = record(account.id);
        QVERIFY(agreement.id > 0);
        QCOMPARE(agreement.status, QStringLiteral("current"));
        QCOMPARE(agreement.expiresOn, QDate::currentDate().addDays(-1).addMonths(12));

        QSignalSpy changed(m_accounts.get(), &AccountsController::accountChanged);
        QSignalSpy failed(m_accounts.get(), &AccountsController::requestFailed);
        m_accounts->activate(account.id);
        QVERIFY(changed.wait(kTimeoutMs));
        QVERIFY(failed.isEmpty());
        const IisAccount active = firstArg<IisAccount>(changed);
        QCOMPARE(active.status, QStringLiteral("active"));
        QCOMPARE(active.agreementStatus, QStringLiteral("current"));
        QVERIFY(active.activatedAt.isValid());

        QSignalSpy loaded(m_accounts.get(), &AccountsController::iisUserLoaded);
        m_accounts->loadIisUser(account.id);
        QVERIFY(loaded.wait(kTimeoutMs));
        const auto agreements = loaded.constLast().at(1).value<QList<AccountAgreement>>();
        QCOMPARE(agreements.size(), 1);
        QCOMPARE(agreements.constFirst().signerName, QStringLiteral("Signer %1").arg(account.id));

        // A temporary password for the new user: given once, and the account shows it was issued.
        QSignalSpy issued(m_accounts.get(), &AccountsController::credentialIssued);
        m_accounts->issueCredential(account.id);
        QVERIFY(issued.wait(kTimeoutMs));
        QCOMPARE(issued.constFirst().at(0).toLongLong(), account.id);
        QCOMPARE(issued.constFirst().at(1).toString(), account.username);
        QVERIFY(issued.constFirst().at(2).toString().size() >= 12);
        QVERIFY(loaded.wait(kTimeoutMs));
        QVERIFY(firstArg<IisAccount>(loaded).credentialIssuedAt.isValid());

        // Inactivating needs a reason, and keeps it.
        m_accounts->inactivate(account.id, QStringLiteral("left the clinic"));
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(firstArg<IisAccount>(changed).status, QStringLiteral("inactive"));
        QCOMPARE(firstArg<IisAccount>(changed).inactiveReason, QStringLiteral("left the clinic"));

        // An inactive account gets no password: the refusal says why.
        m_accounts->issueCredential(account.id);
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY2(failed.constLast().at(0).toString().contains(QLatin1String("inactive")),
                 qPrintable(failed.constLast().at(0).toString()));
        QCOMPARE(issued.size(), 1);
    }

    void bulkActivationIsAllOrNothing()
    {
        const IisAccount ready = pendingWith(QStringLiteral("pending_agreement"));
        QVERIFY(ready.id > 0);
        QVERIFY(record(ready.id).id > 0);
        const IisAccount notReady = pendingWith(QStringLiteral("requested"));
        QVERIFY(notReady.id > 0);

        QSignalSpy failed(m_accounts.get(), &AccountsController::requestFailed);
        QSignalSpy applied(m_accounts.get(), &AccountsController::bulkApplied);
        m_accounts->applyBulk({ready.id, notReady.id}, AccountsController::BulkAction::Activate);
        QVERIFY(failed.wait(kTimeoutMs));
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.contains(QLatin1String("nothing was changed")) && message.contains(notReady.username),
                 qPrintable(message));
        QVERIFY(!message.contains(ready.username));
        QVERIFY(applied.isEmpty());

        m_accounts->applyBulk({ready.id}, AccountsController::BulkAction::Activate);
        QVERIFY(applied.wait(kTimeoutMs));
        const auto accounts = firstArg<QList<IisAccount>>(applied);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.constFirst().status, QStringLiteral("active"));
    }

    void renewalCsvIsExact()
    {
        RenewalItem user;
        user.holderKind = QStringLiteral("iis_user");
        user.holderId = 4;
        user.name = QStringLiteral("Dana \"DJ\" Ortiz");
        user.email = QStringLiteral("dortiz@clinic.example");
        user.siteCodes = QStringLiteral("CHC001;CHC002;IZ00009");
        user.agreement.kind = QStringLiteral("confidentiality");
        user.agreement.expiresOn = QDate(2027, 1, 15);
        user.agreement.daysLeft = 12;
        RenewalItem organization;
        organization.holderKind = QStringLiteral("organization");
        organization.holderId = 2;
        organization.name = QStringLiteral("=Lakeside Pediatrics, LLC");
        organization.agreement.kind = QStringLiteral("organization_data_use");
        organization.agreement.expiresOn = QDate(2026, 11, 30);
        organization.agreement.daysLeft = -3;
        const QHash<QString, QString> directory{{QStringLiteral("CHC001"), QStringLiteral("Lakeside Pediatrics, LLC")},
                                                {QStringLiteral("CHC002"), QStringLiteral("Lakeside Pediatrics, LLC")}};
        const QByteArray csv = ReportExporter::toCsv(AccountsController::renewalHeader(),
                                                     AccountsController::renewalRows({user, organization}, directory));
        QCOMPARE(
            csv,
            QByteArray("\xEF\xBB\xBF"
                       "name,email,organization,agreement,expires_on,days_left\r\n"
                       "\"Dana \"\"DJ\"\" Ortiz\",dortiz@clinic.example,\"Lakeside Pediatrics, LLC; IZ00009\","
                       "Confidentiality statement,2027-01-15,12\r\n"
                       "\"'=Lakeside Pediatrics, LLC\",,\"'=Lakeside Pediatrics, LLC\",Organization data use agreement,"
                       "2026-11-30,-3\r\n"));
    }

    void exportWritesTheLoadedWorklist()
    {
        QSignalSpy expiring(m_accounts.get(), &AccountsController::expiringAgreementsLoaded);
        QSignalSpy directory(m_accounts.get(), &AccountsController::organizationsLoaded);
        m_accounts->loadOrganizations();
        m_accounts->loadWorklists();
        QTRY_VERIFY_WITH_TIMEOUT(!expiring.isEmpty() && !directory.isEmpty(), kTimeoutMs);
        const auto items = firstArg<QList<RenewalItem>>(expiring);
        QString organizationOfFirstUser;
        const RenewalItem *firstUser = nullptr;
        for (const RenewalItem &r : items) {
            if (r.isUser()) {
                firstUser = &r;
                break;
            }
        }
        QVERIFY(firstUser);
        for (const AccountOrganization &o : firstArg<QList<AccountOrganization>>(directory)) {
            for (const AccountFacility &f : o.facilities) {
                if (f.facilityCode == firstUser->siteCodes)
                    organizationOfFirstUser = o.name;
            }
        }
        QVERIFY(!organizationOfFirstUser.isEmpty());

        const QString path = m_dir.filePath(QStringLiteral("renewals.csv"));
        QSignalSpy exported(m_accounts.get(), &AccountsController::renewalRemindersExported);
        m_accounts->exportRenewalReminders(path);
        QVERIFY(exported.wait(kTimeoutMs));
        QCOMPARE(exported.constFirst().at(0).toString(), path);
        QCOMPARE(exported.constFirst().at(1).toInt(), items.size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), items.size() + 2); // header, rows, and nothing after the last CRLF
        QCOMPARE(lines.constFirst(),
                 QByteArray("\xEF\xBB\xBFname,email,organization,agreement,expires_on,days_left\r"));
        const QString quotedOrganization = organizationOfFirstUser.contains(QLatin1Char(','))
                                               ? QLatin1Char('"') + organizationOfFirstUser + QLatin1Char('"')
                                               : organizationOfFirstUser;
        const QByteArray expected = QStringLiteral("%1,%2,%3,Confidentiality statement,%4,%5\r")
                                        .arg(firstUser->name, firstUser->email, quotedOrganization,
                                             firstUser->agreement.expiresOn.toString(Qt::ISODate))
                                        .arg(firstUser->agreement.daysLeft)
                                        .toUtf8();
        QVERIFY2(lines.contains(expected), expected.constData());
    }

    void exportToAnUnwritablePlaceSaysSo()
    {
        QSignalSpy failed(m_accounts.get(), &AccountsController::requestFailed);
        m_accounts->exportRenewalReminders(m_dir.filePath(QStringLiteral("no/such/folder/renewals.csv")));
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
    }
};

QTEST_MAIN(TestAccountsController)
#include "tst_accountscontroller.moc"
