// The client's reading of POST /api/v1/hl7/check: the checklist a–k counts and colours, the
// batch verdict, each finding tied to its segment, the field a location names found in the
// text the view shows (UTF-8 and Latin-1 bodies, CR, LF and CRLF line ends), and answers of
// the wrong shape refused with a sentence that says where.
#include <hl7checkresult.h>
#include <hl7findingmodel.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace izdesk;

namespace {

const QByteArray kMsh = "MSH|^~\\&|EHR|CLINIC|IIS|MDH|20260101120000||VXU^V04^VXU_V04|CTRL1|P|2.5.1";
const QByteArray kPid = "PID|1||12345^^^CLINIC^MR~123456789^^^SSA^SS||MU\xC3\x91OZ^ANA||20200101|F";
const QByteArray kRxa = "RXA|0|1|20260101|20260101|03^MMR^CVX|999";
const QByteArray kBody = kMsh + '\r' + kPid + '\r' + kRxa + '\r' + "garbage\r";

QJsonObject segment(const QByteArray &body, const QByteArray &text)
{
    return {{QStringLiteral("id"), QString::fromLatin1(text.left(3))},
            {QStringLiteral("offset"), int(body.indexOf(text))},
            {QStringLiteral("length"), int(text.size())}};
}

QJsonObject finding(const char *check, const char *item, const char *severity, const char *location, int seg)
{
    QJsonObject f{{QStringLiteral("check"), QLatin1String(check)},
                  {QStringLiteral("severity"), QLatin1String(severity)},
                  {QStringLiteral("location"), QLatin1String(location)},
                  {QStringLiteral("value"), QStringLiteral("***")},
                  {QStringLiteral("message"), QStringLiteral("m")},
                  {QStringLiteral("action"), QStringLiteral("a")},
                  {QStringLiteral("hl7_error_code"), 207},
                  {QStringLiteral("application_code"), QString()}};
    if (*item)
        f.insert(QStringLiteral("item"), QLatin1String(item));
    if (seg >= 0)
        f.insert(QStringLiteral("segment"), seg);
    return f;
}

// Two messages: a VXU with an SSN (j, error), a missing product (a, warning), a missing
// eligibility (c, warning), a missing MSH-21 (general) and a finding about the whole message;
// then stray bytes the reader could not read (AR).
QJsonObject answer()
{
    const QJsonArray first{finding("pid.ssn.present", "j", "error", "PID-3[2].1", 1),
                           finding("rxa.product.missing", "a", "warning", "RXA-5.4", 2),
                           finding("obx.eligibility.missing", "c", "warning", "RXA", 2),
                           finding("field.required.missing", "", "error", "MSH-21", 0),
                           finding("msg.something", "", "info", "", -1)};
    const QJsonArray second{finding("msg.unreadable", "", "error", "MSH", -1)};
    QJsonObject report{
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                            {QStringLiteral("control_id"), QStringLiteral("CTRL1")},
                                                            {QStringLiteral("verdict"), QStringLiteral("AE")},
                                                            {QStringLiteral("score"), 76},
                                                            {QStringLiteral("findings"), first}},
                                                QJsonObject{{QStringLiteral("index"), 1},
                                                            {QStringLiteral("verdict"), QStringLiteral("AR")},
                                                            {QStringLiteral("findings"), second}}}},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("messages"), 2},
                     {QStringLiteral("error_messages"), 2},
                     {QStringLiteral("warning_messages"), 1},
                     {QStringLiteral("per_item"),
                      QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("c"), 1}, {QStringLiteral("j"), 1}}},
                     {QStringLiteral("verdict"),
                      QJsonObject{{QStringLiteral("passed"), false},
                                  {QStringLiteral("reason"), QStringLiteral("2 message(s) with errors")}}}}},
        {QStringLiteral("input_problems"),
         QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("stray bytes at byte 170")}}}}};
    const qsizetype garbage = kBody.indexOf("garbage");
    QJsonArray layout{QJsonObject{{QStringLiteral("index"), 0},
                                  {QStringLiteral("offset"), 0},
                                  {QStringLiteral("length"), int(garbage - 1)},
                                  {QStringLiteral("segments"),
                                   QJsonArray{segment(kBody, kMsh), segment(kBody, kPid), segment(kBody, kRxa)}},
                                  {QStringLiteral("ack"), QStringLiteral("MSH|^~\\&|IIS\rMSA|AE|CTRL1\r")}},
                      QJsonObject{{QStringLiteral("index"), 1},
                                  {QStringLiteral("offset"), int(garbage)},
                                  {QStringLiteral("length"), 7},
                                  {QStringLiteral("segments"), QJsonArray()},
                                  {QStringLiteral("ack"), QStringLiteral("MSH|^~\\&|IIS\rMSA|AR|\r")}}};
    return {{QStringLiteral("report"), report}, {QStringLiteral("messages"), layout}};
}

Hl7CheckResult parsed()
{
    QString error;
    const auto r = Hl7CheckResult::fromJson(answer(), &error);
    if (!r)
        qWarning("%s", qPrintable(error));
    return r.value_or(Hl7CheckResult{});
}

} // namespace

class TestHl7CheckResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVerdictAndMessages()
    {
        const Hl7CheckResult r = parsed();
        QVERIFY(!r.passed);
        QCOMPARE(r.reason, QStringLiteral("2 message(s) with errors"));
        QCOMPARE(r.errorMessages, 2);
        QCOMPARE(r.warningMessages, 1);
        QCOMPARE(r.inputProblems, QStringList{QStringLiteral("stray bytes at byte 170")});
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages.at(0).verdict, QStringLiteral("AE"));
        QCOMPARE(r.messages.at(0).controlId, QStringLiteral("CTRL1"));
        QCOMPARE(r.messages.at(0).segments.size(), 3);
        QCOMPARE(r.messages.at(0).count(Hl7Severity::Error), 2);
        QCOMPARE(r.messages.at(0).count(Hl7Severity::Warning), 2);
        QCOMPARE(r.messages.at(1).verdict, QStringLiteral("AR"));
        QCOMPARE(r.messages.at(1).findings.at(0).check, QStringLiteral("msg.unreadable"));
        QVERIFY(r.messages.at(1).ack.contains("MSA|AR|"));
    }

    void checklistCountsAndColoursItems()
    {
        const Hl7CheckResult r = parsed();
        const QList<Hl7ChecklistItem> items = r.checklist();
        QCOMPARE(items.size(), 11);
        QCOMPARE(items.first().letter, QStringLiteral("a"));
        QCOMPARE(items.last().letter, QStringLiteral("k"));
        QCOMPARE(items.at(0).count, 1);
        QCOMPARE(items.at(0).worst, Hl7Severity::Warning); // amber
        QCOMPARE(items.at(2).count, 1);
        QCOMPARE(items.at(9).count, 1);
        QCOMPARE(items.at(9).worst, Hl7Severity::Error); // red
        QCOMPARE(items.at(1).count, 0);
        QCOMPARE(items.at(1).worst, Hl7Severity::None); // green
        for (const Hl7ChecklistItem &item : items)
            QCOMPARE(item.count, r.perItem.value(item.letter)); // the same counts as the server's
        QCOMPARE(r.generalFindings(), 3);
        QCOMPARE(r.readableMessages(), 1); // the stray bytes had no segment to check
        QCOMPARE(Hl7CheckResult::itemName(QStringLiteral("j")), QStringLiteral("No Social Security numbers"));
    }

    void findingsPointAtTheirSegmentAndField()
    {
        const Hl7CheckResult r = parsed();
        const Hl7Text text = Hl7Text::fromBytes(kBody);
        const QStringList lines = text.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.at(1), QString::fromUtf8(kPid)); // the Ñ decoded once, as one character
        const QList<Hl7Finding> &f = r.messages.at(0).findings;
        const auto show = [&](const Hl7TextRange &range) { return text.text().mid(range.start, range.length); };
        QCOMPARE(show(r.segmentRange(text, 0, f.at(0).segment)), QString::fromUtf8(kPid));
        QCOMPARE(show(r.locationRange(text, 0, f.at(0))), QStringLiteral("123456789"));  // PID-3[2].1
        QCOMPARE(show(r.locationRange(text, 0, f.at(1))), QStringLiteral("03^MMR^CVX")); // RXA-5, no .4: the field
        QCOMPARE(show(r.locationRange(text, 0, f.at(2))), QString::fromLatin1(kRxa));    // a whole segment
        QCOMPARE(show(r.locationRange(text, 0, f.at(3))), QString::fromLatin1(kMsh));    // MSH-21 is not there
        QVERIFY(!r.locationRange(text, 0, f.at(4)).isValid());                           // the whole message
        Hl7Finding msh = f.at(3);
        msh.location = QStringLiteral("MSH-9.2");
        QCOMPARE(show(r.locationRange(text, 0, msh)), QStringLiteral("V04"));
        msh.location = QStringLiteral("MSH-1");
        QCOMPARE(show(r.locationRange(text, 0, msh)), QStringLiteral("|"));
        msh.location = QStringLiteral("MSH-2");
        QCOMPARE(show(r.locationRange(text, 0, msh)), QStringLiteral("^~\\&"));
        Hl7Finding name = f.at(0);
        name.location = QStringLiteral("PID-5.1");
        QCOMPARE(show(r.locationRange(text, 0, name)), QStringLiteral("MUÑOZ"));
    }

    void textKeepsLineEndsAndBytePositions()
    {
        const QByteArray bytes = "A\r\nB\rC\nD\xD1";
        const Hl7Text text = Hl7Text::fromBytes(bytes); // not UTF-8: Latin-1
        QCOMPARE(text.text(), QStringLiteral("A\nB\nC\nDÑ"));
        QCOMPARE(text.position(3), 2); // B
        QCOMPARE(text.position(5), 4); // C
        QCOMPARE(text.position(7), 6); // D
        QCOMPARE(text.position(9), 8); // the end
        QCOMPARE(Hl7Text::toBytes(QStringLiteral("MSH|x\nPID|y\n")), QByteArray("MSH|x\rPID|y\r"));
    }

    void findingModelShowsErrorsFirstInWords()
    {
        const Hl7CheckResult r = parsed();
        Hl7FindingModel model;
        model.setFindings(r.messages.at(0).findings);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, Hl7FindingModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, Hl7FindingModel::CheckColumn).data().toString(), QStringLiteral("j · pid.ssn.present"));
        QCOMPARE(model.index(0, Hl7FindingModel::LocationColumn).data().toString(), QStringLiteral("PID-3[2].1"));
        QCOMPARE(model.index(0, 0).data(Hl7FindingModel::SegmentRole).toInt(), 1);
        QCOMPARE(model.index(1, Hl7FindingModel::CheckColumn).data().toString(),
                 QStringLiteral("field.required.missing"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Note"));
        QCOMPARE(model.index(4, Hl7FindingModel::LocationColumn).data().toString(), QStringLiteral("whole message"));
    }

    void refusesAnswersOfTheWrongShape()
    {
        QString error;
        QJsonObject a = answer();
        a.remove(QStringLiteral("report"));
        QVERIFY(!Hl7CheckResult::fromJson(a, &error));
        QVERIFY(error.contains(QStringLiteral("report")));

        a = answer();
        QJsonArray layout = a.value(QStringLiteral("messages")).toArray();
        layout.removeLast();
        a.insert(QStringLiteral("messages"), layout);
        QVERIFY(!Hl7CheckResult::fromJson(a, &error));
        QVERIFY2(error.contains(QStringLiteral("2 message(s)")), qPrintable(error));

        a = answer();
        QJsonObject report = a.value(QStringLiteral("report")).toObject();
        QJsonArray messages = report.value(QStringLiteral("messages")).toArray();
        QJsonObject m = messages.at(0).toObject();
        QJsonArray findings = m.value(QStringLiteral("findings")).toArray();
        findings.append(finding("x.y", "", "error", "ZZZ-1", 7));
        m.insert(QStringLiteral("findings"), findings);
        messages.replace(0, m);
        report.insert(QStringLiteral("messages"), messages);
        a.insert(QStringLiteral("report"), report);
        QVERIFY(!Hl7CheckResult::fromJson(a, &error));
        QCOMPARE(error, QStringLiteral("message 1, finding 6 points at segment 7 of 3"));
    }
};

QTEST_GUILESS_MAIN(TestHl7CheckResult)
#include "tst_hl7checkresult.moc"
