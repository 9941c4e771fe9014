// One contract, both sides: the answer the server's SubmissionCheck writes for
// POST /api/v1/hl7/check, read by the client's Hl7CheckResult. On the public sample batch with
// known defects the checklist counts are the report's own, the SSN finding points at the PID
// segment and at the identifier in the second repetition of PID-3, and text that is no HL7
// gives one rejected (AR) message with the reader's finding and an AR ACK.
#include "hl7checkresult.h"

#include "hl7/checkpolicy.h"
#include "hl7/codetables.h"
#include "hl7/submissioncheck.h"

#include <QFile>
#include <QTest>

using namespace izdesk;
using namespace izdesk::server::hl7;

class TestHl7CheckAnswer : public QObject
{
    Q_OBJECT

    std::shared_ptr<CodeTables> m_tables;

    Hl7CheckResult check(const QByteArray &bytes)
    {
        SubmissionCheck batch(m_tables, std::make_shared<const CheckPolicy>(CheckPolicy::builtIn()),
                              QDateTime(QDate(2026, 12, 8), QTime(12, 0), Qt::UTC), true);
        batch.add(bytes);
        QString error;
        const auto result = Hl7CheckResult::fromJson(batch.answerJson(QStringLiteral("body")), &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result.value_or(Hl7CheckResult{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tables = std::make_shared<CodeTables>();
        QString error;
        QVERIFY2(m_tables->loadBuiltInValueSets(&error), qPrintable(error));
        QVERIFY2(m_tables->loadCdcFiles(QStringLiteral(IZDESK_TEST_DATA "/codesets"), &error), qPrintable(error));
    }

    void sampleBatchMapsFindingsToSegments()
    {
        QFile file(QStringLiteral(IZDESK_TEST_DATA "/hl7/smm-tester-batch-after.hl7"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "test data missing: hl7/smm-tester-batch-after.hl7");
        const QByteArray bytes = file.readAll();
        const Hl7CheckResult r = check(bytes);
        QCOMPARE(r.messages.size(), 1);
        QVERIFY(!r.passed);
        QCOMPARE(r.inputProblems.size(), 1); // BTS-1 says 4 messages
        const QList<Hl7ChecklistItem> items = r.checklist();
        for (const Hl7ChecklistItem &item : items)
            QCOMPARE(item.count, r.perItem.value(item.letter));
        QCOMPARE(items.at('j' - 'a').count, 1);
        QCOMPARE(items.at('j' - 'a').worst, Hl7Severity::Error);
        QCOMPARE(items.at('h' - 'a').worst, Hl7Severity::Warning);
        QCOMPARE(items.at('b' - 'a').worst, Hl7Severity::None);

        const Hl7Text text = Hl7Text::fromBytes(bytes);
        const Hl7CheckedMessage &m = r.messages.first();
        QCOMPARE(m.segments.first().id, QStringLiteral("MSH"));
        const auto ssn = std::find_if(m.findings.cbegin(), m.findings.cend(),
                                      [](const Hl7Finding &f) { return f.check == QLatin1String("pid.ssn.present"); });
        QVERIFY(ssn != m.findings.cend());
        QCOMPARE(m.segments.at(ssn->segment).id, QStringLiteral("PID"));
        const Hl7TextRange segment = r.segmentRange(text, 0, ssn->segment);
        QVERIFY(text.text().mid(segment.start, segment.length).startsWith(QStringLiteral("PID|||Q8^^^^PI^~")));
        const Hl7TextRange field = r.locationRange(text, 0, *ssn);
        QCOMPARE(text.text().mid(field.start, field.length), QStringLiteral("168711320"));
        QVERIFY(m.ack.contains("MSA|AR|MDPUB092001"));
    }

    void unreadableTextIsOneRejectedMessage()
    {
        const Hl7CheckResult r = check("this is not an HL7 message\r");
        QCOMPARE(r.messages.size(), 1);
        QCOMPARE(r.messages.first().verdict, QStringLiteral("AR"));
        QVERIFY(r.messages.first().findings.first().check.startsWith(QStringLiteral("msg.")));
        QVERIFY(r.messages.first().ack.contains("MSA|AR|"));
    }
};

QTEST_GUILESS_MAIN(TestHl7CheckAnswer)
#include "tst_hl7checkanswer.moc"
