// Hl7CheckController against the real in-process server: an empty text and a text over the
// route's limit are refused in words without a request; a public sample batch comes back as
// a result whose offsets count in the bytes sent; when a second check follows the first at
// once, the first answer the view gets is the second's (the newest wins); a file is read off
// the GUI thread, and a missing one is named in the failure.
#include "deskfixture.h"
#include "hl7checkcontroller.h"
#include "memorycredentialstore.h"

#include <testserver.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kSample = QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-batch-after.hl7");

QByteArray sample()
{
    QFile file(kSample);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("test data missing: %s", qPrintable(kSample));
    return file.readAll();
}
} // namespace

class TestHl7CheckController : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<Hl7CheckController> m_checks;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")));
        m_checks = std::make_unique<Hl7CheckController>(m_desk->session.get());
    }

    void cleanupTestCase()
    {
        m_checks.reset();
        m_desk.reset();
    }

    void nothingOrTooMuchIsRefusedWithoutAsking()
    {
        QSignalSpy started(m_checks.get(), &Hl7CheckController::checkStarted);
        QSignalSpy failed(m_checks.get(), &Hl7CheckController::checkFailed);
        m_checks->check(" \r\n");
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().startsWith(QStringLiteral("There is nothing to check")));
        m_checks->check(QByteArray(Hl7CheckResult::maxBodyBytes + 1, 'x'));
        QCOMPARE(failed.size(), 2);
        QVERIFY2(failed.at(1).at(0).toString().contains(QStringLiteral("at most 8 MB")),
                 qPrintable(failed.at(1).at(0).toString()));
        QVERIFY(started.isEmpty());
        QVERIFY(!m_checks->isChecking());
    }

    void sampleIsCheckedAndTheNewestWins()
    {
        const QByteArray batch = sample();
        QVERIFY(!batch.isEmpty());
        QSignalSpy checked(m_checks.get(), &Hl7CheckController::checked);
        QSignalSpy failed(m_checks.get(), &Hl7CheckController::checkFailed);
        m_checks->check("not HL7 at all\r");
        m_checks->check(batch);
        QVERIFY(m_checks->isChecking());
        QVERIFY(checked.wait(kTimeoutMs) || !checked.isEmpty());
        QVERIFY(failed.isEmpty());
        QCOMPARE(checked.first().at(1).toByteArray(), batch); // the second check's answer
        const auto result = checked.first().at(0).value<Hl7CheckResult>();
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages.first().controlId, QStringLiteral("MDPUB092001"));
        QCOMPARE(result.messages.first().segments.first().id, QStringLiteral("MSH"));
        const Hl7SegmentSpan msh = result.messages.first().segments.first();
        QVERIFY(batch.mid(msh.offset, msh.length).startsWith("MSH|^~\\&|MD0001|"));
        QVERIFY(!m_checks->isChecking());
    }

    void filesAreReadOrNamed()
    {
        QSignalSpy opened(m_checks.get(), &Hl7CheckController::fileOpened);
        m_checks->openFile(kSample);
        QVERIFY(opened.wait(kTimeoutMs) || !opened.isEmpty());
        QCOMPARE(opened.first().at(0).toString(), QStringLiteral("smm-tester-batch-after.hl7"));
        QCOMPARE(opened.first().at(1).toByteArray(), sample());

        QSignalSpy failed(m_checks.get(), &Hl7CheckController::fileFailed);
        m_checks->openFile(m_dir.filePath(QStringLiteral("missing.hl7")));
        QVERIFY(failed.wait(kTimeoutMs) || !failed.isEmpty());
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("missing.hl7")),
                 qPrintable(failed.first().at(0).toString()));
    }
};

QTEST_MAIN(TestHl7CheckController)
#include "tst_hl7checkcontroller.moc"
