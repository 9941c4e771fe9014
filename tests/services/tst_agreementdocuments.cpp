// Signed agreement documents through AccountsController against the real in-process server:
// a document goes up and comes back byte for byte; an oversize or wrong-type file is refused
// before anything is sent; a save that cannot be written leaves no partial file.
#include "accountscontrollertest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace izdesk;
using namespace izdesk::test;

class TestAgreementDocuments : public QObject, private AccountsControllerHarness
{
    Q_OBJECT

    qint64 m_documentAgreement = 0; // an agreement with the sample PDF on file

private Q_SLOTS:
    void initTestCase() { startDesk(); }
    void cleanupTestCase() { stopDesk(); }

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

QTEST_MAIN(TestAgreementDocuments)
#include "tst_agreementdocuments.moc"
