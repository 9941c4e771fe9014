// The VXU checker beyond the checklist items: each general detection (required fields,
// formats, codes, version) and each structure problem, seeded alone into the clean message,
// gives its check at its place; the policy re-grades and switches checks off and names the
// key it cannot read; values of PHI fields are masked; value-set files name the file and
// line of an error; the batch report sums the findings; code tables load from a database.
#include "hl7checkstest.h"

using namespace izdesk::test;

class TstHl7CheckGeneral : public QObject, private Hl7ChecksHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { loadTables(); }

    void generalDetections()
    {
        auto m = TestMessage::cleanVxu();
        m.clear("PID", 7);
        QVERIFY(only(run(m), u"field.required.missing"_s, u"PID-7"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 7, "2024-01-01");
        QVERIFY(only(run(m), u"format.dtm"_s, u"PID-7.1"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 8, "Q");
        QVERIFY(only(run(m), u"code.unrecognized"_s, u"PID-8"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 10, "W^White^HL70005");
        QVERIFY(only(run(m), u"code.deprecated"_s, u"PID-10.1"_s));
        QCOMPARE(run(m).first().severity, Severity::Warning);
        m = TestMessage::cleanVxu();
        m.set("ORC", 1, "OK");
        QVERIFY(only(run(m), u"code.invalid"_s, u"ORC-1"_s));
        m = TestMessage::cleanVxu();
        m.set("RXA", 4, "20241014");
        QVERIFY(only(run(m), u"date.order"_s, u"RXA-4.1"_s));
        m = TestMessage::cleanVxu();
        m.set("RXA", 5, "777^Not a vaccine^CVX", 1);
        QVERIFY(only(run(m), u"rxa.cvx.unrecognized"_s, u"RXA-5.1"_s));
        m = TestMessage::cleanVxu();
        m.set("RXR", 1, "C28161^Intramuscular");
        QVERIFY(only(run(m), u"format.cwe.system"_s, u"RXR-1.3"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 7, "20240101~20240102");
        QVERIFY(only(run(m), u"field.repeated"_s, u"PID-7[2]"_s));
        m = TestMessage::cleanVxu();
        m.set("NK1", 5, "^PRN^PH^^^^2345678");
        QVERIFY(only(run(m), u"format.xtn"_s, u"NK1-5.6"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 3, "PT12345^^^^MR");
        QVERIFY(only(run(m), u"format.cx"_s, u"PID-3.4"_s));
        m = TestMessage::cleanVxu();
        m.set("MSH", 12, "2.3.1");
        QVERIFY(only(run(m), u"msg.version.unsupported"_s, u"MSH-12.1"_s));
    }

    void structure()
    {
        auto m = TestMessage::cleanVxu();
        m.remove("ORC", 1);
        QVERIFY(only(run(m), u"segment.missing"_s, u"RXA"_s));
        m = TestMessage::cleanVxu();
        const auto pd1 = m.seg("PD1");
        m.remove("PD1").insertAfter("NK1", 0, "PD1", pd1.fields);
        QVERIFY(only(run(m), u"segment.order"_s, u"PD1"_s));
        m = TestMessage::cleanVxu();
        m.remove("PID");
        QVERIFY(has(run(m), u"segment.missing"_s, u"PID"_s));
        m = TestMessage::cleanVxu();
        m.insertAfter("PID", 0, "ZPI", {{1, "local"}});
        QVERIFY(run(m).isEmpty()); // Z segments are the sender's own
        m = TestMessage::cleanVxu();
        m.set("MSH", 9, "ADT^A04^ADT_A01");
        const auto adt = run(m);
        QVERIFY(only(adt, u"msg.type.unsupported"_s, u"MSH-9"_s));
        QCOMPARE(CheckReport::verdictFor(adt), u"AR"_s);
        const auto junk = VxuChecker(m_tables, m_policy).check(Er7Reader().readMessage("hello\r"), {m_received});
        QCOMPARE(junk.size(), 1);
        QCOMPARE(junk.first().check, u"msg.unreadable"_s);
        auto q = TestMessage::cleanQbp();
        q.remove("RCP");
        QVERIFY(only(run(q), u"segment.missing"_s, u"RCP"_s));
    }

    void policyRegradesAndSwitchesOff()
    {
        auto m = TestMessage::cleanVxu();
        m.clear("RXA", 15);
        QString error;
        auto strict = CheckPolicy::fromJson(R"({"checks": {"rxa.lot.missing": {"severity": "error"}}})", &error);
        QVERIFY2(strict, qPrintable(error));
        const auto graded = run(m, std::make_shared<CheckPolicy>(*strict));
        QVERIFY(only(graded, u"rxa.lot.missing"_s, u"RXA-15"_s));
        QCOMPARE(graded.first().severity, Severity::Error);
        QCOMPARE(CheckReport::verdictFor(graded), u"AE"_s);
        auto off = CheckPolicy::fromJson(R"({"checks": {"rxa.lot.missing": {"enabled": false}}})", &error);
        QVERIFY2(off, qPrintable(error));
        QVERIFY(run(m, std::make_shared<CheckPolicy>(*off)).isEmpty());
        // RE fields are info when a registry turns their check on.
        auto re = CheckPolicy::fromJson(R"({"checks": {"field.re.missing": {"enabled": true}}})", &error);
        QVERIFY2(re, qPrintable(error));
        m = TestMessage::cleanVxu();
        m.clear("PID", 8);
        const auto info = run(m, std::make_shared<CheckPolicy>(*re));
        QVERIFY(has(info, u"field.re.missing"_s, u"PID-8"_s));
        for (const Finding &f : info)
            QCOMPARE(f.severity, Severity::Info);
        // Extra junk lots.
        auto lots = CheckPolicy::fromJson(R"({"junk_lot_numbers": ["Z0860BB"]})", &error);
        QVERIFY2(lots, qPrintable(error));
        QVERIFY(only(run(TestMessage::cleanVxu(), std::make_shared<CheckPolicy>(*lots)), u"rxa.lot.placeholder"_s,
                     u"RXA-15"_s));
    }

    void badPolicyNamesTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("severity") << QByteArray(R"({"checks": {"rxa.lot.missing": {"severity": "fatal"}}})")
                                  << u"checks.rxa.lot.missing.severity"_s;
        QTest::newRow("enabled") << QByteArray(R"({"checks": {"rxa.lot.missing": {"enabled": "yes"}}})")
                                 << u"checks.rxa.lot.missing.enabled"_s;
        QTest::newRow("unknown check") << QByteArray(R"({"checks": {"rxa.lot.typo": {}}})") << u"checks.rxa.lot.typo"_s;
        QTest::newRow("threshold") << QByteArray(R"({"batch": {"max_warning_percent": 101}})")
                                   << u"batch.max_warning_percent"_s;
        QTest::newRow("unknown key") << QByteArray(R"({"tresholds": {}})") << u"tresholds"_s;
        QTest::newRow("junk names") << QByteArray(R"({"junk_names": [1]})") << u"junk_names[0]"_s;
    }

    void badPolicyNamesTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QString error;
        QVERIFY(!CheckPolicy::fromJson(json, &error));
        QVERIFY2(error.startsWith(key + u':'), qPrintable(error));
    }

    void masking()
    {
        QCOMPARE(maskPhi(u"JANE DOE"_s, Phi::Name), u"J*** D**"_s);
        QCOMPARE(maskPhi(u"20240101"_s, Phi::Date), u"********"_s);
        QCOMPARE(maskPhi(u"123-45-6789"_s, Phi::Ssn), u"***-**-****"_s);
        QCOMPARE(maskPhi(u"RXA value"_s, Phi::None), u"RXA value"_s);
        // Names, birth dates, addresses and phones in findings carry no letters beyond initials, no digits.
        auto m = TestMessage::cleanVxu();
        m.set("PID", 5, "^JANE^^^^^L")
            .set("PID", 7, "2024-01-01")
            .set("PID", 11, "12 ELM^^^MN^55101")
            .set("PID", 13, "^PRN^PH^^^065^2345678");
        const auto findings = run(m);
        QVERIFY(findings.size() >= 4);
        for (const Finding &f : findings) {
            if (f.location.segmentId != "PID")
                continue;
            QVERIFY2(!f.value.contains(QRegularExpression(u"\\d"_s)), qPrintable(f.check + u": "_s + f.value));
            QVERIFY2(!f.value.contains(u"JANE"_s) && !f.value.contains(u"ELM"_s), qPrintable(f.value));
        }
    }

    void valueSetErrorsNameFileAndLine()
    {
        CodeTables t;
        QString error;
        QVERIFY(
            !t.loadValueSet("<codeset>\n<type>X</type>\n<code><value>A</value>\n</codeset>", u"broken.xml"_s, &error));
        QVERIFY2(error.startsWith(u"broken.xml line 4"_s), qPrintable(error));
        QVERIFY(!t.loadValueSet("<codes/>", u"other.xml"_s, &error));
        QVERIFY2(error.contains(u"other.xml line 1"_s), qPrintable(error));
        QCOMPARE(normalizeNdc(u"58160-820-43"_s), u"58160082043"_s);
        QVERIFY(m_tables->ndc(u"58160082043"_s));
        QVERIFY(m_tables->ndc(u"5816082043"_s)); // 10 digits, 5-3-2
        QCOMPARE(m_tables->value(u"0005"_s, u"W"_s)->status, CodeTables::Status::Deprecated);
    }

    void batchReport()
    {
        CheckPolicy policy = CheckPolicy::builtIn();
        CheckReport report(policy);
        const Er7Reader reader;
        auto bad = TestMessage::cleanVxu();
        bad.set("PID", 19, "123-45-6789").set("RXA", 15, "N/A").set("MSH", 10, "MSG00002");
        for (const TestMessage &m : {TestMessage::cleanVxu(), bad}) {
            const Message message = reader.readMessage(m.er7());
            report.add(message, VxuChecker(m_tables, m_policy).check(message, {m_received}));
        }
        QCOMPARE(report.messages().at(0).verdict, u"AA"_s);
        QCOMPARE(report.messages().at(1).verdict, u"AE"_s);
        QString why;
        QVERIFY(!report.passed(&why)); // the default allows no message with errors
        QVERIFY2(why.contains(u"1 message"_s), qPrintable(why));
        const QJsonObject json = report.toJson();
        const QJsonObject summary = json.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"per_item"_s).toObject().value(u"j"_s).toInt(), 1);
        QCOMPARE(summary.value(u"per_item"_s).toObject().value(u"k"_s).toInt(), 1);
        QCOMPARE(summary.value(u"worst"_s).toArray().first().toObject().value(u"control_id"_s).toString(),
                 u"MSG00002"_s);
        QCOMPARE(summary.value(u"submitters"_s).toArray().first().toObject().value(u"submitter"_s).toString(),
                 u"MYCLINIC"_s);
        QVERIFY(!QJsonDocument(json).toJson().contains("6789"));
    }

    void databaseTables()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hl7codes"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QFile schema(u":/izdesk/migrations/0011_codesets.sql"_s);
        QVERIFY(schema.open(QIODevice::ReadOnly));
        QSqlQuery q(db);
        QStringList lines = QString::fromUtf8(schema.readAll()).split(u'\n');
        lines.removeIf([](const QString &line) { return line.trimmed().startsWith(u"--"_s); });
        for (const QString &statement : lines.join(u'\n').split(u';'))
            if (!statement.trimmed().isEmpty())
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(
            q.exec(u"INSERT INTO code_cvx (code, short_description, status) VALUES ('08', 'Hep B ped', 'Active')"_s));
        QVERIFY(q.exec(u"INSERT INTO code_mvx (code, name, status) VALUES ('SKB', 'GSK', 'Active')"_s));
        QVERIFY(q.exec(u"INSERT INTO code_ndc (kind, ndc_id, ndc11, cvx, start_date) "
                       u"VALUES ('sale', '1', '58160-0820-52', '08', '20070425')"_s));
        QVERIFY(
            q.exec(u"INSERT INTO code_ndc_links (linker_id, sale_id, use_id, mvx) VALUES ('1', '1', '2', 'SKB')"_s));
        CodeTables t;
        QString error;
        QVERIFY2(t.loadFromDatabase(db, &error), qPrintable(error));
        QCOMPARE(t.cvx(u"8"_s)->description, u"Hep B ped"_s);
        QCOMPARE(t.ndc(u"58160-0820-52"_s)->start, QDate(2007, 4, 25));
        QCOMPARE(t.mvxForCvx(u"08"_s), QSet<QString>{u"SKB"_s});
    }
};

QTEST_GUILESS_MAIN(TstHl7CheckGeneral)
#include "tst_hl7checkgeneral.moc"
