// The VXU checker against a generated corpus with known defects: 10,000 synthetic messages,
// each registry checklist defect a–k seeded into 4 % of them. Every seeded defect must be found
// (a finding of that item in that message), the clean messages must draw no finding at all,
// batch files must read back with the right counts, and the real `izdesk-server hl7 check`
// must report a batch and answer malformed files with an AR/AE ACK naming what and where.

#include "hl7/checkpolicy.h"
#include "hl7/codetables.h"
#include "hl7/er7reader.h"
#include "hl7/vxuchecker.h"
#include "hl7/vxugenerator.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk::server::hl7;

namespace {

constexpr int kMessages = 10000;
constexpr double kRate = 0.04;
const QDateTime kReceived(QDate(2026, 1, 1), QTime(16, 0), Qt::UTC);

struct Outcome
{
    VxuGenerator::Generated message;
    QSet<QString> items;   // checklist letters of the findings
    QStringList checks;    // every finding's check id and location
    QString firstMessage;  // the first finding's text
    bool readClean = false;
};

} // namespace

class TstHl7Corpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKindIsSeeded();
    void seededDefectsAreFound_data();
    void seededDefectsAreFound();
    void cleanMessagesHaveNoFindings();
    void generationIsDeterministic();
    void batchFilesReadBackWithTheirCounts();
    void cliReportsABatch();
    void cliAnswersMalformedFiles_data();
    void cliAnswersMalformedFiles();
    void cliUsageAndFileErrors();

private:
    int run(const QStringList &args, QByteArray *out, QByteArray *err = nullptr);

    std::shared_ptr<const VxuGenerator::Codes> m_codes;
    std::unique_ptr<VxuGenerator> m_generator;
    std::unique_ptr<VxuChecker> m_checker;
    QList<Outcome> m_outcomes;
    QTemporaryDir m_dir;
};

void TstHl7Corpus::initTestCase()
{
    IZDESK_REQUIRE_TEST_DATA("codesets/cvx.xml");
    QVERIFY(m_dir.isValid());
    QString error;
    m_codes = VxuGenerator::loadCodes(QStringLiteral(IZDESK_TEST_DATA "/codesets"), &error);
    QVERIFY2(m_codes, qPrintable(error));
    auto tables = std::make_shared<CodeTables>();
    QVERIFY2(tables->loadBuiltInValueSets(&error), qPrintable(error));
    QVERIFY2(tables->loadCdcFiles(QStringLiteral(IZDESK_TEST_DATA "/codesets"), &error), qPrintable(error));
    m_checker = std::make_unique<VxuChecker>(tables, std::make_shared<const CheckPolicy>(CheckPolicy::builtIn()));
    VxuGenerator::Options options;
    options.seed = 20260101;
    options.setAllRates(kRate);
    m_generator = std::make_unique<VxuGenerator>(m_codes, options);

    const Er7Reader reader;
    for (int i = 0; i < kMessages; ++i) {
        Outcome o;
        o.message = m_generator->message(i);
        const Message m = reader.readMessage(o.message.text);
        o.readClean = m.readable() && m.problems.isEmpty() && m.controlId() == o.message.controlId;
        for (const Finding &f : m_checker->check(m, {kReceived})) {
            if (!f.item.isEmpty())
                o.items.insert(f.item);
            o.checks << f.check + QLatin1Char('@') + f.location.toString();
            if (o.firstMessage.isEmpty())
                o.firstMessage = f.message;
        }
        m_outcomes.append(std::move(o));
    }
}

void TstHl7Corpus::everyKindIsSeeded()
{
    QMap<QChar, int> seeded;
    int lf = 0, crlf = 0;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        for (const QChar c : o.message.defects)
            ++seeded[c];
        lf += o.message.lineEnding == VxuGenerator::LineEnding::Lf ? 1 : 0;
        crlf += o.message.lineEnding == VxuGenerator::LineEnding::CrLf ? 1 : 0;
        QVERIFY2(o.readClean, qPrintable(o.message.controlId + QStringLiteral(": the reader has a problem with a generated message")));
    }
    // 4 % of 10,000 is 400 a kind; the generator is seeded, so the counts are fixed.
    for (const QChar c : VxuGenerator::letters())
        QVERIFY2(seeded.value(c) >= 300 && seeded.value(c) <= 500,
                 qPrintable(QStringLiteral("kind %1 seeded %2 times").arg(c).arg(seeded.value(c))));
    QVERIFY2(lf > 200 && crlf > 200, "some messages must end their segments with LF and some with CRLF");
}

void TstHl7Corpus::seededDefectsAreFound_data()
{
    QTest::addColumn<QString>("item");
    for (const QChar c : VxuGenerator::letters())
        QTest::newRow(qPrintable(QString(c))) << QString(c);
}

void TstHl7Corpus::seededDefectsAreFound()
{
    QFETCH(QString, item);
    const char letter = item.at(0).toLatin1();
    int seeded = 0;
    QStringList missed;
    QMap<QString, int> missedByVariant;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        if (!o.message.defects.contains(item))
            continue;
        ++seeded;
        if (o.items.contains(item))
            continue;
        const QString what = o.message.details.value(letter);
        static const QRegularExpression number(QStringLiteral("[0-9][0-9-]*"));
        ++missedByVariant[QString(what).replace(number, QStringLiteral("#"))];
        if (missed.size() < 5)
            missed << QStringLiteral("%1 (%2)").arg(o.message.controlId, what);
    }
    QVERIFY(seeded > 0);
    QStringList variants;
    for (auto it = missedByVariant.cbegin(); it != missedByVariant.cend(); ++it)
        variants << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    int missedCount = 0;
    for (int v : std::as_const(missedByVariant))
        missedCount += v;
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("item %1: %2 of %3 seeded defects not found; by kind: %4; e.g. %5")
                                              .arg(item).arg(missedCount).arg(seeded)
                                              .arg(variants.join(QStringLiteral("; ")), missed.join(QStringLiteral(", ")))));
}

void TstHl7Corpus::cleanMessagesHaveNoFindings()
{
    int clean = 0;
    QStringList noisy;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        if (!o.message.defects.isEmpty())
            continue;
        ++clean;
        if (!o.checks.isEmpty() && noisy.size() < 5)
            noisy << QStringLiteral("%1: %2 (%3)").arg(o.message.controlId, o.checks.join(QStringLiteral(", ")), o.firstMessage);
    }
    QVERIFY2(clean > 5000, qPrintable(QStringLiteral("%1 clean messages").arg(clean)));
    QVERIFY2(noisy.isEmpty(), qPrintable(noisy.join(QStringLiteral("; "))));
}

void TstHl7Corpus::generationIsDeterministic()
{
    QCOMPARE(m_generator->message(1234).text, m_outcomes.at(1234).message.text);
    VxuGenerator::Options other;
    other.seed = 7;
    other.setAllRates(kRate);
    QVERIFY(VxuGenerator(m_codes, other).message(1234).text != m_outcomes.at(1234).message.text);
}

void TstHl7Corpus::batchFilesReadBackWithTheirCounts()
{
    const QString dir = m_dir.filePath(QStringLiteral("batches"));
    VxuGenerator::WriteStats stats;
    QString error;
    QVERIFY2(m_generator->writeFiles(kMessages, dir, 500, &stats, &error), qPrintable(error));
    QCOMPARE(stats.messages, qint64(kMessages));
    QCOMPARE(stats.files, qint64(kMessages / 500));

    QFile truth(QDir(dir).filePath(QStringLiteral("truth.jsonl")));
    QVERIFY(truth.open(QIODevice::ReadOnly));
    QHash<QString, QString> truthDefects;
    while (!truth.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(truth.readLine()).object();
        QString letters;
        for (const auto v : line.value(QStringLiteral("defects")).toArray())
            letters += v.toString();
        truthDefects.insert(line.value(QStringLiteral("control_id")).toString(), letters);
    }
    QCOMPARE(truthDefects.size(), kMessages);

    const Er7Reader reader;
    int index = 0;
    for (int file = 1; file <= kMessages / 500; ++file) {
        const QString path = QDir(dir).filePath(QStringLiteral("batch-%1.hl7").arg(file, 4, 10, QLatin1Char('0')));
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const Envelope e = reader.read(f.readAll());
        QVERIFY2(e.problems.isEmpty(), qPrintable(path + QStringLiteral(": ") + e.problems.value(0).message));
        QVERIFY(e.fhs && e.bhs && e.bts && e.fts);
        QCOMPARE(e.messages.size(), 500);
        QCOMPARE(e.bts->value(1), QStringLiteral("500"));
        QCOMPARE(e.fts->value(1), QStringLiteral("1"));
        for (const Message &m : e.messages) {
            const Outcome &o = m_outcomes.at(index++);
            QCOMPARE(m.controlId(), o.message.controlId);
            QCOMPARE(truthDefects.value(m.controlId()), o.message.defects);
            // Inside a batch a message checks exactly as on its own.
            QStringList checks;
            for (const Finding &finding : m_checker->check(m, {kReceived}))
                checks << finding.check + QLatin1Char('@') + finding.location.toString();
            QCOMPARE(checks, o.checks);
        }
    }
    QCOMPARE(index, kMessages);
}

int TstHl7Corpus::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(IZDESK_SERVER_BINARY), QStringList{QStringLiteral("hl7")} + args);
    if (!p.waitForFinished(120000))
        return -1;
    *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

void TstHl7Corpus::cliReportsABatch()
{
    const QString dir = m_dir.filePath(QStringLiteral("cli"));
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--messages"), QStringLiteral("300"), QStringLiteral("--seed"),
                  QStringLiteral("5"), QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets"),
                  QStringLiteral("--out"), dir, QStringLiteral("--batch-size"), QStringLiteral("300")}, &out, &err), 0);
    QVERIFY2(out.contains("wrote 300 messages in 1 file(s)"), out.constData());
    const QString batch = QDir(dir).filePath(QStringLiteral("batch-0001.hl7"));
    const QStringList check{QStringLiteral("check"), batch, QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets"),
                            QStringLiteral("--received"), QStringLiteral("2026-01-01T16:00:00Z")};
    // Defects at 4 % each: some messages have errors, so the default policy fails the batch.
    QCOMPARE(run(check, &out, &err), 1);
    QVERIFY2(out.contains("300 message(s)") && out.contains("verdict: fail"), out.constData());
    QCOMPARE(run(check + QStringList{QStringLiteral("--json")}, &out, &err), 1);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(QStringLiteral("messages")).toArray().size(), 300);
    QCOMPARE(report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("passed")).toBool(true), false);
    QVERIFY(report.value(QStringLiteral("input_problems")).toArray().isEmpty());

    // Single-message files and an MLLP stream, in one run.
    QByteArray mllp;
    for (int i = 0; i < 3; ++i)
        mllp += '\x0b' + m_outcomes.at(i).message.text + "\x1c\r";
    const QString stream = m_dir.filePath(QStringLiteral("stream.mllp"));
    QFile streamFile(stream);
    QVERIFY(streamFile.open(QIODevice::WriteOnly) && streamFile.write(mllp) == mllp.size());
    streamFile.close();
    QStringList mixed = check;
    mixed[1] = stream;
    for (int i = 0; i < 2; ++i) {
        const QString single = m_dir.filePath(QStringLiteral("single-%1.hl7").arg(i));
        QFile f(single);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(m_outcomes.at(10 + i).message.text) > 0);
        mixed << single;
    }
    QVERIFY(run(mixed, &out, &err) >= 0);
    QVERIFY2(out.contains("stream.mllp: 3 message(s)") && out.contains("single-1.hl7: 1 message(s)")
                 && out.contains("\n5 message(s): "), out.constData());

    // Without defects the same command passes.
    const QString cleanDir = m_dir.filePath(QStringLiteral("clean"));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--messages"), QStringLiteral("100"), QStringLiteral("--rate"),
                  QStringLiteral("0"), QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets"),
                  QStringLiteral("--out"), cleanDir, QStringLiteral("--batch-size"), QStringLiteral("100")}, &out, &err), 0);
    QStringList cleanCheck = check;
    cleanCheck[1] = QDir(cleanDir).filePath(QStringLiteral("batch-0001.hl7"));
    const int cleanCode = run(cleanCheck, &out, &err);
    QVERIFY2(cleanCode == 0 && out.contains("100 message(s): 100 accepted") && out.contains("verdict: pass"), out.right(3000).constData());
}

void TstHl7Corpus::cliAnswersMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("ackCodes"); // the MSA-1 values accepted
    const QByteArray good = m_outcomes.at(1).message.text;
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919 + 13) % 256));
    QByteArray wrongVersion = good;
    wrongVersion.replace("|P|2.5.1|", "|P|2.3.1|");
    QByteArray huge = good;
    huge.insert(huge.indexOf("\rPD1") >= 0 ? huge.indexOf("\rPD1") : huge.indexOf("\nPD1"),
                "\rNTE|1||" + QByteArray(10 * 1024 * 1024, 'A'));
    QTest::newRow("no MSH") << QByteArray("PID|1||MR1^^^MNFAC01^MR||DOE^JANE\rRXA|0|1|20250101\r") << QStringLiteral("AR");
    QTest::newRow("wrong encoding characters") << QByteArray(good).replace("MSH|^~\\&|", "MSH|^~|") << QStringLiteral("AR");
    QTest::newRow("truncated segment") << good.left(good.indexOf("RXA|") + 12) << QStringLiteral("AE AR");
    QTest::newRow("10 MB field") << huge << QStringLiteral("AR AE");
    QTest::newRow("binary junk") << junk << QStringLiteral("AR");
    QTest::newRow("version 2.3.1") << wrongVersion << QStringLiteral("AR");
}

void TstHl7Corpus::cliAnswersMalformedFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, ackCodes);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.hl7").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(input) == input.size());
    f.close();
    QByteArray out, err;
    const int code = run({QStringLiteral("check"), path, QStringLiteral("--ack"), QStringLiteral("--codesets"),
                          QStringLiteral(IZDESK_TEST_DATA "/codesets"), QStringLiteral("--received"), QStringLiteral("2026-01-01T16:00:00Z")},
                         &out, &err);
    QVERIFY2(code == 1, qPrintable(QStringLiteral("exit code %1; stderr: %2").arg(code).arg(QString::fromLocal8Bit(err))));
    QString msa;
    QStringList errs;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("MSA|"))
            msa = QString::fromLatin1(line.split('|').value(1));
        else if (line.startsWith("ERR|"))
            errs << QString::fromLatin1(line);
    }
    QVERIFY2(ackCodes.split(QLatin1Char(' ')).contains(msa), qPrintable(QStringLiteral("MSA-1 %1 in\n%2").arg(msa, QString::fromLatin1(out.left(4000)))));
    QVERIFY2(!errs.isEmpty(), out.left(4000).constData());
    // One ERR says what (ERR-8) and where: ERR-2, or the byte offset when the message itself
    // could not be split into segments.
    bool named = false;
    for (const QString &e : std::as_const(errs)) {
        const QStringList fields = e.split(QLatin1Char('|'));
        named = named || (!fields.value(8).isEmpty() && (!fields.value(2).isEmpty() || fields.value(8).contains(QStringLiteral(" byte "))));
    }
    QVERIFY2(named, qPrintable(errs.join(QLatin1Char('\n'))));
    // Each problem once: no two ERR segments say the same thing about the same place.
    QSet<QString> said;
    for (const QString &e : std::as_const(errs)) {
        const QStringList fields = e.split(QLatin1Char('|'));
        const QString key = fields.value(2) + QLatin1Char('|') + fields.value(8);
        QVERIFY2(!said.contains(key), qPrintable(QStringLiteral("repeated ERR: %1").arg(e)));
        said.insert(key);
    }
    if (QTest::currentDataTag() == QByteArray("version 2.3.1"))
        QVERIFY2(errs.join(QLatin1Char('\n')).contains(QStringLiteral("|203^")), qPrintable(errs.join(QLatin1Char('\n'))));
}

void TstHl7Corpus::cliUsageAndFileErrors()
{
    QByteArray out, err;
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.hl7"));
    QCOMPARE(run({QStringLiteral("check"), missing, QStringLiteral("--codesets"), QStringLiteral(IZDESK_TEST_DATA "/codesets")}, &out, &err), 2);
    QVERIFY2(err.contains(missing.toLocal8Bit()), err.constData());
    QCOMPARE(run({QStringLiteral("check")}, &out, &err), 2);
    QVERIFY2(err.contains("usage: izdesk-server hl7 check"), err.constData());
    QCOMPARE(run({QStringLiteral("check"), missing, QStringLiteral("--received"), QStringLiteral("yesterday")}, &out, &err), 2);
    QVERIFY2(err.contains("--received"), err.constData());
}

QTEST_GUILESS_MAIN(TstHl7Corpus)
#include "tst_hl7corpus.moc"
