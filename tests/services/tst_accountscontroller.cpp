// AccountsController against the real in-process server with the demo accounts: the three
// worklists load, activating an account without an agreement is refused with a sentence the
// desk can read, recording the agreement then activating works, a bulk activation is all or
// nothing, and the renewal-reminder CSV is exact (header, quoting, CRLF). A signed agreement
// document goes up and comes back byte for byte; an oversize or wrong-type file is refused
// before anything is sent; a save that cannot be written leaves no partial file.
#include "deskfixture.h"

#include "accountscontroller.h"
#include "apiclient.h"
#include "memorycredentialstore.h"
#include "reportexporter.h"

#include <testserver.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

namespace {
constexpr int kTimeoutMs = 15000;

template<typename T>
T firstArg(QSignalSpy &spy)
{
    return spy.constLast().at(0).value<T>();
}

// A small but real one-page PDF.
QByteArray samplePdf()
{
    QByteArray pdf("%PDF-1.4\n"
                   "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
                   "trailer << /Root 1 0 R >>\n"
                   "%%EOF\n");
    pdf.append(QByteArray(1200, ' ')); // a scan is never empty
    return pdf;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}
} // namespace

class TestAccountsController : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<AccountsController> m_accounts;

    QList<IisAccount> pendingRequests()
    {
        QSignalSpy pending(m_accounts.get(), &AccountsController::pendingRequestsLoaded);
        m_accounts->loadWorklists();
        if (!pending.wait(kTimeoutMs))
            return {};
        return firstArg<QList<IisAccount>>(pending);
    }

    // The first pending account with the given status.
    IisAccount pendingWith(const QString &status, int skip = 0)
    {
        for (const IisAccount &a : pendingRequests()) {
            if (a.status == status && skip-- == 0)
                return a;
        }
        return {};
    }

    AccountAgreement record(qint64 userId)
    {
        QSignalSpy recorded(m_accounts.get(), &AccountsController::agreementRecorded);
        AgreementDraft draft;
        draft.kind = QStringLiteral("confidentiality");
        draft.version = QStringLiteral("2026-1");
        draft.signerName = QStringLiteral("Signer %1").arg(userId);
        draft.signedOn = QDate::currentDate().addDays(-1);
        m_accounts->recordAgreement(userId, draft);
        if (!recorded.wait(kTimeoutMs))
            return {};
        return recorded.constLast().at(1).value<AccountAgreement>();
    }

    // The agreement as the holder's reload lists it.
    AccountAgreement reloaded(qint64 userId, qint64 agreementId)
    {
        QSignalSpy loaded(m_accounts.get(), &AccountsController::iisUserLoaded);
        m_accounts->loadIisUser(userId);
        if (!loaded.wait(kTimeoutMs))
            return {};
        for (const AccountAgreement &a : loaded.constLast().at(1).value<QList<AccountAgreement>>()) {
            if (a.id == agreementId)
                return a;
        }
        return {};
    }

    // Attaches the file and returns the refusal (empty when it was attached).
    QString refusalOf(qint64 agreementId, const QString &path)
    {
        QSignalSpy failed(m_accounts.get(), &AccountsController::agreementDocumentFailed);
        QSignalSpy attached(m_accounts.get(), &AccountsController::agreementDocumentAttached);
        m_accounts->attachAgreementDocument(agreementId, path);
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !attached.isEmpty(); }, kTimeoutMs))
            return QStringLiteral("(no answer)");
        if (failed.isEmpty())
            return {};
        if (failed.constFirst().at(0).toLongLong() != agreementId)
            return QStringLiteral("(wrong agreement id)");
        return failed.constFirst().at(1).toString();
    }

    qint64 m_documentAgreement = 0; // an agreement with the sample PDF on file

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        m_accounts = std::make_unique<AccountsController>(m_desk->session.get());
    }

    void cleanupTestCase()
    {
        m_accounts.reset();
        m_desk.reset();
    }

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

    void signedDocumentGoesUpAndComesBackByteForByte()
    {
        const IisAccount account = pendingWith(QStringLiteral("pending_agreement"));
        QVERIFY(account.id > 0);
        const AccountAgreement agreement = record(account.id);
        QVERIFY(agreement.id > 0);
        QVERIFY(!agreement.hasDocument());

        const QByteArray pdf = samplePdf();
        const QByteArray sha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
        const QString path = m_dir.filePath(QStringLiteral("signed statement.pdf"));
        QVERIFY(writeFile(path, pdf));

        QSignalSpy attached(m_accounts.get(), &AccountsController::agreementDocumentAttached);
        QSignalSpy loaded(m_accounts.get(), &AccountsController::iisUserLoaded);
        QCOMPARE(refusalOf(agreement.id, path), QString());
        const auto stored = firstArg<AccountAgreement>(attached);
        QCOMPARE(stored.id, agreement.id);
        QCOMPARE(stored.iisUserId, account.id);
        QCOMPARE(stored.documentType, QStringLiteral("application/pdf"));
        QCOMPARE(stored.documentSize, qint64(pdf.size()));
        QCOMPARE(stored.documentSha256.toLatin1(), sha256);

        // The holder is reloaded by itself, and the list shows the document.
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(firstArg<IisAccount>(loaded).id, account.id);
        const auto listed = loaded.constLast().at(1).value<QList<AccountAgreement>>();
        const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                     [&](const AccountAgreement &a) { return a.id == agreement.id; });
        QVERIFY(it != listed.cend());
        QCOMPARE(it->documentSize, qint64(pdf.size()));
        QCOMPARE(it->documentSha256.toLatin1(), sha256);

        // Back from the server into a new file, identical.
        const QString target = m_dir.filePath(QStringLiteral("downloaded/agreement.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QSignalSpy saved(m_accounts.get(), &AccountsController::agreementDocumentSaved);
        QSignalSpy failed(m_accounts.get(), &AccountsController::agreementDocumentFailed);
        m_accounts->saveAgreementDocument(agreement.id, target);
        QVERIFY(saved.wait(kTimeoutMs));
        QVERIFY(failed.isEmpty());
        QCOMPARE(saved.constFirst().at(0).toLongLong(), agreement.id);
        QCOMPARE(saved.constFirst().at(1).toString(), target);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf);
        QCOMPARE(entriesOf(QFileInfo(target).path()), QStringList{QStringLiteral("agreement.pdf")});
        m_documentAgreement = agreement.id;
    }

    void oversizeAndWrongTypeFilesAreRefusedBeforeAnythingIsSent()
    {
        const IisAccount account = pendingWith(QStringLiteral("pending_agreement"));
        QVERIFY(account.id > 0);
        const AccountAgreement agreement = record(account.id);
        QVERIFY(agreement.id > 0);

        const QString big = m_dir.filePath(QStringLiteral("huge scan.pdf"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(samplePdf()) > 0);
            QVERIFY(file.resize(AccountsController::kMaxDocumentBytes + 1));
        }
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(text, "Signed by Dana Ortiz on the phone.\n"));
        const QString renamed = m_dir.filePath(QStringLiteral("statement.pdf"));
        QVERIFY(writeFile(renamed, "This is a plain text file saved as .pdf\n"));
        const QString empty = m_dir.filePath(QStringLiteral("blank.pdf"));
        QVERIFY(writeFile(empty, QByteArray()));

        const QString documentPath = QStringLiteral("/api/v1/agreements/%1/document").arg(agreement.id);
        QSignalSpy replies(m_desk->session->api(), &ApiClient::replied);

        const QString tooLarge = refusalOf(agreement.id, big);
        QVERIFY2(tooLarge.contains(QStringLiteral("“huge scan.pdf” is too large (10.0 MB)"))
                     && tooLarge.contains(QLatin1String("10 MB")),
                 qPrintable(tooLarge));
        const QString wrongType = refusalOf(agreement.id, text);
        QVERIFY2(wrongType.contains(QStringLiteral("“notes.txt” cannot be sent: only PDF, PNG, JPEG and TIFF files")),
                 qPrintable(wrongType));
        const QString wrongContent = refusalOf(agreement.id, renamed);
        QVERIFY2(wrongContent.contains(QStringLiteral("“statement.pdf”"))
                     && wrongContent.contains(QLatin1String("content is not a PDF")),
                 qPrintable(wrongContent));
        const QString nothing = refusalOf(agreement.id, empty);
        QVERIFY2(nothing.contains(QStringLiteral("“blank.pdf” is empty")), qPrintable(nothing));
        const QString missing = refusalOf(agreement.id, m_dir.filePath(QStringLiteral("no such file.pdf")));
        QVERIFY2(missing.contains(QStringLiteral("“no such file.pdf” cannot be read")), qPrintable(missing));

        // Nothing went to the document route, and the agreement still has no document.
        for (const QList<QVariant> &reply : std::as_const(replies))
            QVERIFY(reply.at(0).value<ApiReply>().http.url.path() != documentPath);
        const AccountAgreement after = reloaded(account.id, agreement.id);
        QCOMPARE(after.id, agreement.id);
        QVERIFY(!after.hasDocument());
    }

    void aSaveThatCannotBeWrittenLeavesNoPartialFile()
    {
        QVERIFY(m_documentAgreement > 0); // from signedDocumentGoesUpAndComesBackByteForByte
        const QString folder = m_dir.filePath(QStringLiteral("save-here"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/taken.pdf"))); // a folder where the file would go

        for (const QString &target : {QDir(folder).filePath(QStringLiteral("taken.pdf")),
                                      QDir(folder).filePath(QStringLiteral("no/such/folder/agreement.pdf"))}) {
            QSignalSpy saved(m_accounts.get(), &AccountsController::agreementDocumentSaved);
            QSignalSpy failed(m_accounts.get(), &AccountsController::agreementDocumentFailed);
            m_accounts->saveAgreementDocument(m_documentAgreement, target);
            QVERIFY(failed.wait(kTimeoutMs));
            QVERIFY(saved.isEmpty());
            const QString message = failed.constFirst().at(1).toString();
            QVERIFY2(message.contains(QStringLiteral("“%1” cannot be saved").arg(QFileInfo(target).fileName())),
                     qPrintable(message));
            QCOMPARE(entriesOf(folder), QStringList{QStringLiteral("taken.pdf")});
            QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("taken.pdf"))).isDir());
        }

        // An agreement without a document: the server says so, and no file appears.
        const IisAccount account = pendingWith(QStringLiteral("pending_agreement"));
        const AccountAgreement bare = record(account.id);
        QVERIFY(bare.id > 0);
        QSignalSpy failed(m_accounts.get(), &AccountsController::agreementDocumentFailed);
        m_accounts->saveAgreementDocument(bare.id, QDir(folder).filePath(QStringLiteral("none.pdf")));
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY2(failed.constFirst().at(1).toString().contains(QLatin1String("no signed document")),
                 qPrintable(failed.constFirst().at(1).toString()));
        QCOMPARE(entriesOf(folder), QStringList{QStringLiteral("taken.pdf")});
    }
};

QTEST_MAIN(TestAccountsController)
#include "tst_accountscontroller.moc"
