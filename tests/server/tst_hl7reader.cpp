// The HL7 v2 ER7 reader (delimiters, escapes, segment ends, batches, MLLP, limits, damaged
// input), the ACK^V04 writer (read back with the reader), and the public sample messages in
// tests/data/hl7.

#include "hl7/ackwriter.h"
#include "hl7/er7reader.h"
#include "testdata.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace izdesk::server::hl7;
using Kind = ReadProblem::Kind;

namespace {

const QByteArray kVxu = "MSH|^~\\&|EHR|CLINIC^1.2.3^ISO|IIS|STATE|20250102030405-0500||VXU^V04^VXU_V04|CTRL-1|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\r"
                        "PID|1||123^^^EHR^MR~456^^^SSA^SS||Doe^Jane^Q||20200101|F\r"
                        "ORC|RE||ORD-1\r"
                        "RXA|0|1|20250101||08^HepB^CVX|0.5|mL^^UCUM\r"
                        "ORC|RE||ORD-2\r"
                        "RXA|0|1|20250101||20^DTaP^CVX|0.5|mL^^UCUM\r";

QList<Kind> kinds(const QList<ReadProblem> &problems)
{
    QList<Kind> out;
    for (const ReadProblem &p : problems)
        out.append(p.kind);
    return out;
}

bool anyFatal(const QList<ReadProblem> &problems)
{
    for (const ReadProblem &p : problems) {
        if (p.fatal)
            return true;
    }
    return false;
}

QByteArray ack(const Message &m, const QList<Finding> &findings)
{
    AckWriter::Options o;
    o.controlId = QStringLiteral("ACK-77");
    o.timestamp = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone(-5 * 3600));
    return AckWriter(o).write(m, findings);
}

Finding finding(const Location &at, Severity severity, int code, const QString &message)
{
    Finding f;
    f.check = QStringLiteral("test.check");
    f.location = at;
    f.severity = severity;
    f.hl7ErrorCode = code;
    f.message = message;
    return f;
}

} // namespace

class TestHl7Reader : public QObject
{
    Q_OBJECT

private slots:
    void standardAndCustomDelimitersReadTheSame()
    {
        const QByteArray custom = "MSH#$*!@#EHR#CLINIC$1.2.3$ISO#IIS#STATE#20250102##VXU$V04$VXU_V04#CTRL-1#P#2.5.1\r"
                                  "PID#1##123$$$EHR$MR*456$$$SSA$SS##Doe$Jane!F!Smith$Q\r";
        const QByteArray standard = "MSH|^~\\&|EHR|CLINIC^1.2.3^ISO|IIS|STATE|20250102||VXU^V04^VXU_V04|CTRL-1|P|2.5.1\r"
                                    "PID|1||123^^^EHR^MR~456^^^SSA^SS||Doe^Jane\\F\\Smith^Q\r";
        for (const QByteArray &input : {standard, custom}) {
            const Message m = Er7Reader().readMessage(input);
            QVERIFY2(m.readable(), qPrintable(m.problems.isEmpty() ? QString() : m.problems.first().message));
            QCOMPARE(m.segments.size(), 2);
            QCOMPARE(m.controlId(), QStringLiteral("CTRL-1"));
            QCOMPARE(m.messageType(), QStringLiteral("VXU^V04^VXU_V04"));
            QCOMPARE(m.version(), QStringLiteral("2.5.1"));
            const Segment &msh = m.segments.at(0);
            QCOMPARE(msh.value(1), QString(QLatin1Char(input.at(3))));
            QCOMPARE(msh.value(2).size(), 4);
            QCOMPARE(msh.value(4, 1, 2), QStringLiteral("1.2.3"));
            const Segment &pid = m.segments.at(1);
            QCOMPARE(pid.fieldCount(), 5);
            QCOMPARE(pid.repetitionCount(3), 2);
            QCOMPARE(pid.value(3, 2, 1), QStringLiteral("456"));
            QCOMPARE(pid.value(3, 2, 5), QStringLiteral("SS"));
            QCOMPARE(pid.componentCount(3, 2), 5);
            QCOMPARE(pid.value(5, 1, 2), QStringLiteral("Jane") + QLatin1Char(input.at(3)) + QStringLiteral("Smith"));
            QVERIFY(!pid.present(4));
            QVERIFY(pid.present(3, 2, 4));
            // The segment stays usable once the message it came from is gone.
            const Segment copy = Segment(m.segments.at(1));
            QCOMPARE(copy.value(3, 2, 5), QStringLiteral("SS"));
        }
    }

    void escapesDecodeAndBadOnesAreReported()
    {
        const Delimiters d;
        bool ok = false;
        QCOMPARE(unescape("a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f", d, &ok), QStringLiteral("a|b^c&d~e\\f"));
        QVERIFY(ok);
        QCOMPARE(unescape("line\\X0D\\two\\X0A\\", d, &ok), QStringLiteral("line\rtwo\n"));
        QVERIFY(ok);
        QCOMPARE(unescape("\\X4142\\\\H\\bold\\N\\", d, &ok), QStringLiteral("ABbold"));
        QCOMPARE(unescape("one\\.br\\two", d, &ok), QStringLiteral("one\ntwo"));
        QCOMPARE(unescape("x\\Q\\y", d, &ok), QStringLiteral("x\\Q\\y"));
        QVERIFY(!ok);
        QCOMPARE(unescape("cut\\F", d, &ok), QStringLiteral("cut\\F"));
        QVERIFY(!ok);
        QCOMPARE(unescape("\\X4\\", d, &ok), QStringLiteral("\\X4\\"));
        QVERIFY(!ok);
        const QString text = QStringLiteral("a|b^c&d~e\\f\rg é");
        QCOMPARE(unescape(escape(text, d), d, &ok), text);
        QVERIFY(ok);
        QVERIFY(!escape(text, d).contains('|'));
        const Delimiters custom{'#', '$', '*', '!', '@', 0};
        QCOMPARE(unescape(escape(text, custom), custom), text);

        const Message m = Er7Reader().readMessage("MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|1|P|2.5.1\r"
                                                  "PID|1||99^^^MR||Sec\\Q\\ret^Name\r");
        QVERIFY(m.readable());
        QCOMPARE(kinds(m.problems), QList<Kind>{Kind::BadEscape});
        QCOMPARE(m.problems.first().location.toString(), QStringLiteral("PID-5"));
        QCOMPARE(m.problems.first().offset, m.segments.at(1).offset + 19);
        QVERIFY(!m.problems.first().message.contains(QStringLiteral("Sec")));
        QCOMPARE(m.segments.at(1).value(5, 1, 1), QStringLiteral("Sec\\Q\\ret"));
    }

    void segmentEndsCrLfCrlfAndMixed_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray lines[] = {"MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|7|P|2.5.1", "PID|1||5^^^MR", "RXA|0|1|20250101"};
        QTest::newRow("CR") << lines[0] + '\r' + lines[1] + '\r' + lines[2] + '\r';
        QTest::newRow("LF") << lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n';
        QTest::newRow("CRLF") << lines[0] + "\r\n" + lines[1] + "\r\n" + lines[2] + "\r\n";
        QTest::newRow("mixed, no final end, trailing blank lines") << lines[0] + "\r\n" + lines[1] + '\n' + lines[2] + "\r\r\n  \n\t\n";
    }
    void segmentEndsCrLfCrlfAndMixed()
    {
        QFETCH(QByteArray, input);
        const Envelope e = Er7Reader().read(input);
        QCOMPARE(e.messages.size(), 1);
        QVERIFY(e.problems.isEmpty());
        const Message &m = e.messages.first();
        QVERIFY(m.problems.isEmpty());
        QCOMPARE(m.segments.size(), 3);
        QCOMPARE(m.segments.at(2).id, QByteArray("RXA"));
        QCOMPARE(m.segments.at(2).value(3), QStringLiteral("20250101"));
        QCOMPARE(input.mid(m.segments.at(1).offset, 3), QByteArray("PID"));
    }

    void batchCountsAreChecked()
    {
        const QByteArray one = "MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|1|P|2.5.1\rPID|1||5^^^MR\r";
        const QByteArray two = "MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|2|P|2.5.1\rPID|1||6^^^MR\r";
        const QByteArray good = "FHS|^~\\&|A\rBHS|^~\\&|A\r" + one + two + "BTS|2\rFTS|1\r";
        const Envelope e = Er7Reader().read(good);
        QCOMPARE(e.messages.size(), 2);
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.isEmpty() ? QString() : e.problems.first().message));
        QVERIFY(e.fhs && e.bhs && e.bts && e.fts);
        QCOMPARE(e.bts->value(1), QStringLiteral("2"));
        QCOMPARE(e.messages.at(1).controlId(), QStringLiteral("2"));

        const Envelope wrong = Er7Reader().read("FHS|^~\\&|A\rBHS|^~\\&|A\r" + one + two + "BTS|3\rFTS|2\r");
        QCOMPARE(wrong.messages.size(), 2);
        QCOMPARE(kinds(wrong.problems), (QList<Kind>{Kind::BatchStructure, Kind::BatchStructure}));
        QVERIFY(wrong.problems.at(0).message.contains(QStringLiteral("says 3")));
        QCOMPARE(wrong.problems.at(0).location.toString(), QStringLiteral("BTS-1"));
        QVERIFY(wrong.problems.at(1).message.contains(QStringLiteral("says 2")));
        QVERIFY(!anyFatal(wrong.problems));

        const Envelope open = Er7Reader().read("BHS|^~\\&|A\r" + one);
        QCOMPARE(kinds(open.problems), QList<Kind>{Kind::BatchStructure});
        const Envelope stray = Er7Reader().read(one + "BTS|1\r");
        QCOMPARE(kinds(stray.problems), QList<Kind>{Kind::BatchStructure});
    }

    void mllpFrames()
    {
        const QByteArray one = "MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|1|P|2.5.1\rPID|1||5^^^MR\r";
        const QByteArray two = "MSH|^~\\&|A|B|C|D|20250101||QBP^Q11^QBP_Q11|2|P|2.5.1\rQPD|Z44\rRCP|I\r";
        const QByteArray framed = "\x0b" + one + "\x1c\r\n\x0b" + two + "\x1c\r";
        const Envelope e = Er7Reader().read(framed);
        QCOMPARE(e.messages.size(), 2);
        QVERIFY(e.problems.isEmpty());
        QCOMPARE(e.messages.at(1).segments.size(), 3);
        QCOMPARE(e.messages.at(1).offset, qint64(one.size() + 5));
        QCOMPARE(e.messages.at(1).messageType(), QStringLiteral("QBP^Q11^QBP_Q11"));

        const Envelope cut = Er7Reader().read("\x0b" + one + "\x1c\r\x0b" + two.left(60));
        QCOMPARE(cut.messages.size(), 2);
        QCOMPARE(kinds(cut.problems), QList<Kind>{Kind::Framing});
        QVERIFY(cut.problems.first().message.contains(QStringLiteral("not closed")));
        QCOMPARE(cut.problems.first().offset, qint64(one.size() + 3));

        const Envelope junk = Er7Reader().read("\x0b" + one + "\x1c\rjunk\x0b" + two + "\x1c\r");
        QCOMPARE(junk.messages.size(), 2);
        QCOMPARE(kinds(junk.problems), QList<Kind>{Kind::Framing});
    }

    void inputWithoutMsh()
    {
        const Envelope e = Er7Reader().read("PID|1||5^^^MR\rRXA|0|1\r");
        QCOMPARE(e.messages.size(), 1);
        const Message &m = e.messages.first();
        QVERIFY(!m.readable());
        QVERIFY(m.segments.isEmpty());
        QCOMPARE(kinds(m.problems), QList<Kind>{Kind::NoMsh});
        QVERIFY(m.problems.first().fatal);

        const Message empty = Er7Reader().readMessage(QByteArray());
        QVERIFY(!empty.readable());
        QCOMPARE(kinds(empty.problems), QList<Kind>{Kind::NoMsh});
        QVERIFY(empty.problems.first().message.contains(QStringLiteral("empty")));
        const Envelope blank = Er7Reader().read("\r\n\r\n  ");
        QVERIFY(blank.messages.isEmpty());
        QCOMPARE(kinds(blank.problems), QList<Kind>{Kind::NoMsh});
    }

    void badEncodingCharacters_data()
    {
        QTest::addColumn<QByteArray>("msh");
        QTest::newRow("MSH alone") << QByteArray("MSH");
        QTest::newRow("two encoding characters") << QByteArray("MSH|^~|A|B");
        QTest::newRow("repeated character") << QByteArray("MSH|^~\\^|A|B");
        QTest::newRow("letter as separator") << QByteArray("MSHX^~\\&XAXB");
        QTest::newRow("six characters") << QByteArray("MSH|^~\\&#$|A");
    }
    void badEncodingCharacters()
    {
        QFETCH(QByteArray, msh);
        const Message m = Er7Reader().readMessage(msh + "\rPID|1||5^^^MR\r");
        QVERIFY(!m.readable());
        QVERIFY(m.segments.isEmpty());
        QCOMPARE(kinds(m.problems), QList<Kind>{Kind::BadEncodingCharacters});
        QCOMPARE(m.problems.first().location.toString(), QStringLiteral("MSH-2"));
    }

    void truncatedAndBadSegmentIds()
    {
        const Message m = Er7Reader().readMessage("MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|1|P|2.5.1\rPI\rpid|1\rPID|1\r");
        QVERIFY(m.readable());
        QCOMPARE(m.segments.size(), 4);
        QCOMPARE(kinds(m.problems), (QList<Kind>{Kind::BadSegmentId, Kind::BadSegmentId}));
        QVERIFY(m.problems.at(0).message.contains(QStringLiteral("cut short")));
        QCOMPARE(m.problems.at(1).location.segmentIndex, 2);
        QVERIFY(m.segments.at(2).id.isEmpty());
        QCOMPARE(m.segments.at(3).id, QByteArray("PID"));
    }

    void tenMegabyteFieldIsTooLarge()
    {
        const QByteArray huge(10 * 1024 * 1024, 'A');
        const QByteArray input = "MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|1|P|2.5.1\rPID|1||" + huge + "\rRXA|0|1\r";
        const Envelope e = Er7Reader().read(input);
        QCOMPARE(e.messages.size(), 1);
        const Message &m = e.messages.first();
        QVERIFY(!m.readable());
        QVERIFY(m.segments.isEmpty()); // nothing of the field was kept
        QCOMPARE(kinds(m.problems), QList<Kind>{Kind::TooLarge});
        QVERIFY(m.problems.first().message.size() < 200);
        QVERIFY(!m.problems.first().message.contains(QStringLiteral("AAAA")));
        QCOMPARE(m.size, qint64(input.size()));

        Er7Reader::Limits fieldOnly;
        fieldOnly.maxMessageBytes = 20 * 1024 * 1024;
        const Message f = Er7Reader(fieldOnly).readMessage(input);
        QCOMPARE(kinds(f.problems), QList<Kind>{Kind::TooLarge});
        QCOMPARE(f.problems.first().location.toString(), QStringLiteral("PID-3"));

        Er7Reader::Limits few;
        few.maxSegments = 2;
        QCOMPARE(kinds(Er7Reader(few).readMessage(kVxu).problems), QList<Kind>{Kind::TooLarge});
        few = {};
        few.maxInputBytes = 100;
        QCOMPARE(kinds(Er7Reader(few).read(kVxu).problems), QList<Kind>{Kind::TooLarge});
    }

    void binaryJunk()
    {
        QByteArray junk;
        unsigned state = 7;
        for (int i = 0; i < 200000; ++i) {
            state = state * 1103515245u + 12345u;
            junk.append(char(state >> 16));
        }
        const Envelope e = Er7Reader().read(junk);
        for (const Message &m : e.messages)
            QVERIFY(!m.readable() || !m.problems.isEmpty());

        const Message m = Er7Reader().readMessage("MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|1|P|2.5.1\rPID|1||5^^^MR||Do" + QByteArray(1, '\0') + "e\r");
        QVERIFY(m.readable());
        QCOMPARE(kinds(m.problems), QList<Kind>{Kind::BinaryData});
        QCOMPARE(m.problems.first().location.toString(), QStringLiteral("PID-5"));
        QVERIFY(m.problems.first().message.contains(QStringLiteral("0x00")));
    }

    void locations()
    {
        Location l{1, "PID", 3, 2, 1, 0};
        QCOMPARE(l.toString(), QStringLiteral("PID-3[2].1"));
        QCOMPARE((Location{4, "RXA", 5, 1, 1, 0}.toString()), QStringLiteral("RXA-5.1"));
        QCOMPARE((Location{4, "OBX", 5, 1, 1, 2}.toString()), QStringLiteral("OBX-5.1.2"));
        QCOMPARE((Location{1, "PID", 0, 1, 0, 0}.toString()), QStringLiteral("PID"));
        QCOMPARE((Location{3, {}, 0, 1, 0, 0}.toString()), QStringLiteral("segment 4"));
        const Message m = Er7Reader().readMessage(kVxu);
        QCOMPARE(m.segments.at(1).at(3, 2, 1).toString(), QStringLiteral("PID-3[2].1"));
    }

    void ackForGoodMessage()
    {
        const Message in = Er7Reader().readMessage(kVxu);
        const QByteArray out = ack(in, {});
        QVERIFY(out.endsWith('\r'));
        const Message a = Er7Reader().readMessage(out);
        QVERIFY(a.readable());
        QVERIFY(a.problems.isEmpty());
        QCOMPARE(a.segments.size(), 2);
        const Segment &msh = a.segments.at(0);
        QCOMPARE(msh.value(3), QStringLiteral("IIS"));
        QCOMPARE(msh.value(4), QStringLiteral("STATE"));
        QCOMPARE(msh.value(5), QStringLiteral("EHR"));
        QCOMPARE(msh.value(6, 1, 2), QStringLiteral("1.2.3"));
        QCOMPARE(msh.value(7), QStringLiteral("20250102030405-0500"));
        QCOMPARE(a.messageType(), QStringLiteral("ACK^V04^ACK"));
        QCOMPARE(a.controlId(), QStringLiteral("ACK-77"));
        QCOMPARE(msh.value(11), QStringLiteral("P"));
        QCOMPARE(a.version(), QStringLiteral("2.5.1"));
        QCOMPARE(msh.value(15), QStringLiteral("NE"));
        QCOMPARE(msh.value(21), QStringLiteral("Z23^CDCPHINVS"));
        QCOMPARE(a.segments.at(1).value(1), QStringLiteral("AA"));
        QCOMPARE(a.segments.at(1).value(2), QStringLiteral("CTRL-1"));
    }

    void ackErrSegmentsReadBackToTheSameLocations()
    {
        const Message in = Er7Reader().readMessage(kVxu);
        const Segment &pid = in.segments.at(1);
        const Segment &secondRxa = in.segments.at(5);
        Finding missing = finding(pid.at(3, 2, 1), Severity::Error, 101, QStringLiteral("PID-3 has a bad | id ^ here"));
        missing.applicationCode = QStringLiteral("5");
        const Finding warn = finding(secondRxa.at(5, 1, 1), Severity::Warning, 103, QStringLiteral("code not found"));
        const Finding note = finding(secondRxa.at(6), Severity::Info, 0, QStringLiteral("dose noted"));
        const QList<Finding> findings{missing, warn, note};
        const Message a = Er7Reader().readMessage(ack(in, findings));
        QVERIFY(a.readable());
        QCOMPARE(a.segments.at(1).value(1), QStringLiteral("AE"));
        const QList<const Segment *> errs = a.all("ERR");
        QCOMPARE(errs.size(), 3);
        for (int i = 0; i < errs.size(); ++i) {
            const Segment &err = *errs.at(i);
            const Location &want = findings.at(i).location;
            // ERR-2: segment id ^ occurrence of that id ^ field ^ repetition ^ component ^ subcomponent
            const QByteArray id = err.value(2, 1, 1).toLatin1();
            const int occurrence = err.value(2, 1, 2).toInt();
            int index = -1;
            for (int s = 0, seen = 0; s < in.segments.size() && index < 0; ++s) {
                if (in.segments.at(s).id == id && ++seen == occurrence)
                    index = s;
            }
            QCOMPARE(index, want.segmentIndex);
            QCOMPARE(err.value(2, 1, 3).toInt(), want.field);
            QCOMPARE(err.value(2, 1, 4).toInt(), want.repetition);
            QCOMPARE(err.value(2, 1, 5).toInt(), want.component);
            QCOMPARE(err.value(8), findings.at(i).message);
        }
        QCOMPARE(errs.at(0)->value(3), QStringLiteral("101^Required field missing^HL70357"));
        QCOMPARE(errs.at(0)->value(4), QStringLiteral("E"));
        QCOMPARE(errs.at(0)->value(5), QStringLiteral("5^Table value not found^HL70533"));
        QCOMPARE(errs.at(1)->value(2), QStringLiteral("RXA^2^5^1^1"));
        QCOMPARE(errs.at(1)->value(4), QStringLiteral("W"));
        QCOMPARE(errs.at(2)->value(4), QStringLiteral("I"));
        QVERIFY(!errs.at(1)->present(5));

        QCOMPARE(ackCodeFor(in, {warn, note}), AckCode::Accept);
        QCOMPARE(ackCodeFor(in, {finding({0, "MSH", 12, 1, 0, 0}, Severity::Error, 203, QStringLiteral("v"))}),
                 AckCode::Reject);
    }

    void ackForUnreadableInput()
    {
        for (const QByteArray &input : {QByteArray("garbage that is not HL7"), QByteArray(), QByteArray("MSH|^~\r")}) {
            const Message in = Er7Reader().readMessage(input);
            const Message a = Er7Reader().readMessage(ack(in, {}));
            QVERIFY(a.readable());
            QCOMPARE(a.segments.at(1).value(1), QStringLiteral("AR"));
            QVERIFY(!a.segments.at(1).present(2));
            QCOMPARE(a.segments.at(0).value(3), QStringLiteral("IZDESK"));
            const QList<const Segment *> errs = a.all("ERR");
            QCOMPARE(errs.size(), 1);
            QVERIFY(errs.first()->value(7).startsWith(QStringLiteral("read.")));
            QCOMPARE(errs.first()->value(4), QStringLiteral("E"));
            QVERIFY(!errs.first()->value(8).isEmpty());
        }
        const Message noMsh = Er7Reader().readMessage("PID|1\r");
        const Message noMshAck = Er7Reader().readMessage(ack(noMsh, {}));
        QVERIFY(noMshAck.first("ERR"));
        const Segment &err = *noMshAck.first("ERR");
        QCOMPARE(err.value(2), QStringLiteral("MSH^1"));
        QCOMPARE(err.value(3, 1, 1), QStringLiteral("100"));
        QCOMPARE(err.value(7), QStringLiteral("read.no_msh"));
    }

    void publicSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("segments"); // of the first message
        QTest::addColumn<int>("envelopeProblems");
        QTest::newRow("batch after") << "smm-tester-batch-after.hl7" << 1 << 9 << 1; // BTS-1 says 4
        QTest::newRow("batch before") << "smm-tester-batch-before.hl7" << 1 << 9 << 1;
        QTest::newRow("vxu diff1") << "smm-tester-vxu-diff1.hl7" << 1 << 18 << 0;
        QTest::newRow("vxu diff2") << "smm-tester-vxu-diff2.hl7" << 1 << 18 << 0;
        QTest::newRow("vxu dtap") << "mqe-hl7-util-vxu-dtap.hl7" << 1 << 7 << 0;
        QTest::newRow("vxu update") << "smm-tester-vxu-update.hl7" << 1 << 11 << 0;
        QTest::newRow("qbp z44") << "smm-tester-qbp-z44.hl7" << 1 << 3 << 0;
        QTest::newRow("ack ca") << "smm-tester-ack-ca-neg.hl7" << 1 << 3 << 0;
        QTest::newRow("ack co") << "smm-tester-ack-co-pos.hl7" << 1 << 2 << 0;
        QTest::newRow("ack or") << "smm-tester-ack-or-pos.hl7" << 1 << 5 << 0;
        QTest::newRow("ack wi") << "smm-tester-ack-wi.hl7" << 1 << 5 << 0;
        QTest::newRow("ack il") << "smm-tester-ack-il-reject.hl7" << 1 << 3 << 0;
        QTest::newRow("ack nm batch") << "smm-tester-ack-nm-batch.hl7" << 1 << 9 << 0;
    }
    void publicSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, messages);
        QFETCH(int, segments);
        QFETCH(int, envelopeProblems);
        IZDESK_REQUIRE_TEST_DATA("hl7/README.md");
        QFile f(QStringLiteral(IZDESK_TEST_DATA "/hl7/") + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const Envelope e = Er7Reader().read(f.readAll());
        QCOMPARE(e.messages.size(), messages);
        QCOMPARE(e.problems.size(), envelopeProblems);
        QVERIFY(!anyFatal(e.problems));
        for (const Message &m : e.messages) {
            QVERIFY(m.readable());
            QVERIFY(m.problems.isEmpty());
            const Message a = Er7Reader().readMessage(ack(m, {}));
            QVERIFY(a.readable());
            QCOMPARE(a.segments.at(1).value(2), m.controlId());
        }
        QCOMPARE(e.messages.first().segments.size(), segments);
    }
};

QTEST_GUILESS_MAIN(TestHl7Reader)
#include "tst_hl7reader.moc"
