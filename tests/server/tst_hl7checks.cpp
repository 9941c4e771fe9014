// The VXU checker (hl7::VxuChecker) with the real CDC code sets of tests/data/codesets and the
// built-in HL7 value sets: a clean Z22 message gives no finding; each checklist item a–k and
// each general detection, seeded alone into the clean message, gives its check at its place;
// the policy re-grades and switches checks off and names the key it cannot read; values of
// PHI fields are masked; future dates are judged against MSH-7 and against the receipt time.
#include "hl7/checkpolicy.h"
#include "hl7/checkreport.h"
#include "hl7/checkrun.h"
#include "hl7/codetables.h"
#include "hl7/er7reader.h"
#include "hl7/vxuchecker.h"
#include "hl7testmessage.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace izdesk::server::hl7;
using namespace Qt::StringLiterals;

namespace {

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << u"%1 at %2 (%3): %4"_s.arg(f.check, f.location.toString(), severityName(f.severity), f.message);
    return lines.isEmpty() ? u"(none)"_s : lines.join(u"; "_s);
}

} // namespace

class TstHl7Checks : public QObject
{
    Q_OBJECT

    std::shared_ptr<CodeTables> m_tables;
    std::shared_ptr<const CheckPolicy> m_policy;
    const QDateTime m_received = QDateTime(QDate(2024, 10, 15), QTime(18, 0), QTimeZone::utc());

    QList<Finding> run(const TestMessage &m, std::shared_ptr<const CheckPolicy> policy = {},
                       std::shared_ptr<const CodeTables> tables = {}, QDateTime received = {}) const
    {
        const Message message = Er7Reader().readMessage(m.er7());
        VxuChecker checker(tables ? tables : m_tables, policy ? policy : m_policy);
        return checker.check(message, {received.isValid() ? received : m_received});
    }

    // The message gives exactly one finding: `check` at `location`.
    bool only(const QList<Finding> &findings, const QString &check, const QString &location, const QString &item = {})
    {
        if (findings.size() != 1 || findings.first().check != check || findings.first().location.toString() != location
            || (!item.isEmpty() && findings.first().item != item)) {
            qWarning("expected only %s at %s, got %s", qPrintable(check), qPrintable(location),
                     qPrintable(describe(findings)));
            return false;
        }
        return true;
    }

    // The findings include `check` at `location`.
    bool has(const QList<Finding> &findings, const QString &check, const QString &location)
    {
        for (const Finding &f : findings)
            if (f.check == check && f.location.toString() == location)
                return true;
        qWarning("expected %s at %s, got %s", qPrintable(check), qPrintable(location), qPrintable(describe(findings)));
        return false;
    }

private slots:
    void initTestCase()
    {
        for (const char *file :
             {"codesets/cvx.xml", "codesets/mvx.xml", "codesets/cpt.xml", "codesets/NDC_Unit_sale.txt",
              "codesets/NDC_Unit_use.txt", "codesets/NDC_Linker.txt"}) {
            const QString path = QStringLiteral(IZDESK_TEST_DATA "/") + QLatin1String(file);
            if (!QFileInfo::exists(path))
                QFAIL(qPrintable(u"test data missing: %1 (tests/data is part of the repository)"_s.arg(path)));
        }
        m_tables = std::make_shared<CodeTables>();
        QString error;
        QVERIFY2(m_tables->loadBuiltInValueSets(&error), qPrintable(error));
        QVERIFY2(m_tables->loadCdcFiles(QStringLiteral(IZDESK_TEST_DATA "/codesets"), &error), qPrintable(error));
        QVERIFY(m_tables->cvxCount() > 200);
        QVERIFY(m_tables->ndcCount() > 500);
        m_policy = std::make_shared<CheckPolicy>(CheckPolicy::builtIn());
    }

    void cleanMessagesHaveNoFinding()
    {
        const auto vxu = run(TestMessage::cleanVxu());
        QVERIFY2(vxu.isEmpty(), qPrintable(describe(vxu)));
        const auto qbp = run(TestMessage::cleanQbp());
        QVERIFY2(qbp.isEmpty(), qPrintable(describe(qbp)));
        // Optional and RE fields left out are not findings.
        auto sparse = TestMessage::cleanVxu();
        sparse.clear("PID", 10).clear("PID", 11).clear("PID", 13).clear("PID", 22).clear("PID", 6).clear("RXA", 16, 0);
        sparse.remove("PD1").remove("NK1").remove("RXR");
        const auto findings = run(sparse);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // a) administered dose: CVX plus an NDC or CPT that agrees with it.
    void itemA()
    {
        auto m = TestMessage::cleanVxu();
        m.set("RXA", 5, "08^Hep B^CVX^58160-0842-43^BOOSTRIX^NDC");
        QVERIFY(only(run(m), u"rxa.ndc.cvx.mismatch"_s, u"RXA-5.4"_s, u"a"_s));
        m.set("RXA", 5, "08^Hep B^CVX^90707^MMR^CPT");
        QVERIFY(only(run(m), u"rxa.cpt.cvx.mismatch"_s, u"RXA-5.4"_s));
        m.set("RXA", 5, "08^Hep B^CVX^90744^Hep B ped^CPT");
        QVERIFY2(run(m).isEmpty(), qPrintable(describe(run(m))));
        m.set("RXA", 5, "58160-0820-43^ENGERIX-B^NDC");
        QVERIFY(only(run(m), u"rxa.cvx.missing"_s, u"RXA-5.1"_s));
        m.set("RXA", 5, "08^Hep B^CVX");
        QVERIFY(only(run(m), u"rxa.product.missing"_s, u"RXA-5.4"_s));
    }

    // b) codes valid on the date of the dose.
    void itemB()
    {
        auto m = TestMessage::cleanVxu();
        m.set("RXA", 5, "226^never active^CVX", 1);
        QVERIFY(only(run(m), u"rxa.cvx.not.usable"_s, u"RXA-5.1"_s, u"b"_s));
        // A historical DTaP before DTaP could be given, with the dates a state supplies.
        auto dated = std::make_shared<CodeTables>(*m_tables);
        dated->setCvxUsableDates(u"20"_s, QDate(1991, 7, 31), {});
        auto old = TestMessage::cleanVxu();
        old.set("PID", 7, "19800101").set("RXA", 3, "19850301", 1);
        const auto findings = run(old, {}, dated);
        QVERIFY(only(findings, u"rxa.cvx.not.usable"_s, u"RXA-3.1"_s));
        QCOMPARE(findings.first().location.segmentIndex, 10);
        QVERIFY(run(old).isEmpty()); // without dates, a historical dose of a known CVX passes
        // An administered dose dated before its NDC was on the market (Engerix-B 58160-0820-43: 2007).
        auto early = TestMessage::cleanVxu();
        early.set("PID", 7, "20000101")
            .set("RXA", 3, "20050101")
            .set("OBX", 14, "20050101", 0)
            .set("OBX", 14, "20050101", 1);
        QVERIFY(only(run(early), u"rxa.ndc.date"_s, u"RXA-3.1"_s));
        // An administered dose with an inactive CVX.
        m = TestMessage::cleanVxu();
        m.set("RXA", 5, "45^Hep B, unspecified formulation^CVX^58160-0820-43^ENGERIX-B^NDC");
        const auto inactive = run(m);
        QVERIFY(has(inactive, u"rxa.cvx.inactive.new"_s, u"RXA-5.1"_s));
    }

    // c) dose-level eligibility and funding on administered doses.
    void itemC()
    {
        auto m = TestMessage::cleanVxu();
        m.remove("OBX", 0);
        QVERIFY(only(run(m), u"obx.eligibility.missing"_s, u"RXA"_s, u"c"_s));
        m = TestMessage::cleanVxu();
        m.remove("OBX", 1);
        QVERIFY(only(run(m), u"obx.funding.missing"_s, u"RXA"_s));
        m = TestMessage::cleanVxu();
        m.set("OBX", 5, "PHC70^Private funds^CDCPHINVS", 1);
        QVERIFY(only(run(m), u"obx.funding.eligibility.mismatch"_s, u"OBX-5.1"_s));
        // Historical doses need neither.
        m = TestMessage::cleanVxu();
        m.set("RXA", 9, "01^Historical^NIP001", 0);
        m.remove("OBX", 1).remove("OBX", 0);
        QVERIFY2(run(m).isEmpty(), qPrintable(describe(run(m))));
    }

    // d) manufacturer and lot on administered doses, manufacturer consistent with the CVX.
    void itemD()
    {
        auto m = TestMessage::cleanVxu();
        m.clear("RXA", 17);
        QVERIFY(only(run(m), u"rxa.mvx.missing"_s, u"RXA-17"_s, u"d"_s));
        m = TestMessage::cleanVxu();
        m.clear("RXA", 15);
        QVERIFY(only(run(m), u"rxa.lot.missing"_s, u"RXA-15"_s));
        m = TestMessage::cleanVxu();
        m.set("RXA", 5, "08^Hep B^CVX").set("RXA", 5, "08^Hep B^CVX^90744^Hep B^CPT").set("RXA", 17, "PFR^Pfizer^MVX");
        QVERIFY(only(run(m), u"rxa.mvx.cvx.mismatch"_s, u"RXA-17.1"_s));
        m.set("RXA", 17, "QQQ^Nobody^MVX");
        QVERIFY(only(run(m), u"rxa.mvx.unrecognized"_s, u"RXA-17.1"_s));
    }

    // e) race and ethnicity coded.
    void itemE()
    {
        auto m = TestMessage::cleanVxu();
        m.set("PID", 10, "^White");
        QVERIFY(only(run(m), u"pid.race.uncoded"_s, u"PID-10.1"_s, u"e"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 22, "NH^Not Hispanic^99LOCAL");
        QVERIFY(only(run(m), u"pid.ethnicity.uncoded"_s, u"PID-22.1"_s));
    }

    // f) full address and phone when present.
    void itemF()
    {
        auto m = TestMessage::cleanVxu();
        m.set("PID", 11, "123 MAIN ST^^^MN^55101^USA^P");
        QVERIFY(only(run(m), u"address.incomplete"_s, u"PID-11.3"_s, u"f"_s));
        m.set("PID", 11, "123 MAIN ST^^SAINT PAUL^ZZ^55101^USA^P");
        QVERIFY(only(run(m), u"address.state.invalid"_s, u"PID-11.4"_s));
        m.set("PID", 11, "123 MAIN ST^^SAINT PAUL^MN^5510^USA^P");
        QVERIFY(only(run(m), u"address.zip.invalid"_s, u"PID-11.5"_s));
        m = TestMessage::cleanVxu();
        m.set("NK1", 5, "^PRN^PH^^^065^2345678");
        QVERIFY(only(run(m), u"phone.invalid"_s, u"NK1-5.6"_s));
    }

    // g) refusals coded, no fake doses.
    void itemG()
    {
        auto m = TestMessage::cleanVxu();
        m.add("ORC", {{1, "RE"}, {3, "9999^MYCLINIC"}});
        m.add("RXA", {{1, "0"}, {2, "1"}, {3, "20241015"}, {5, "03^MMR^CVX"}, {6, "999"}, {20, "RE"}});
        QVERIFY(only(run(m), u"rxa.refusal.reason.missing"_s, u"RXA-18"_s, u"g"_s));
        m.set("RXA", 18, "^Parent refused", 2);
        QVERIFY(only(run(m), u"rxa.refusal.reason.uncoded"_s, u"RXA-18.1"_s));
        m.set("RXA", 18, "03^Parental decision^NIP002", 2);
        QVERIFY2(run(m).isEmpty(), qPrintable(describe(run(m))));
        m.set("RXA", 20, "CP", 2).set("RXA", 9, "01^Historical^NIP001", 2);
        QVERIFY(only(run(m), u"rxa.refusal.status.mismatch"_s, u"RXA-20"_s));
        m = TestMessage::cleanVxu();
        m.set("RXA", 5, "999^Unknown^CVX", 1);
        QVERIFY(only(run(m), u"rxa.dose.placeholder"_s, u"RXA-5.1"_s));
    }

    // h) protection and publicity with their effective dates.
    void itemH()
    {
        auto m = TestMessage::cleanVxu();
        m.clear("PD1", 13);
        QVERIFY(only(run(m), u"pd1.protection.date.missing"_s, u"PD1-13"_s, u"h"_s));
        m = TestMessage::cleanVxu();
        m.clear("PD1", 18);
        QVERIFY(only(run(m), u"pd1.publicity.date.missing"_s, u"PD1-18"_s));
        m = TestMessage::cleanVxu();
        m.clear("PD1", 17);
        QVERIFY(only(run(m), u"pd1.status.date.missing"_s, u"PD1-17"_s));
    }

    // i) no date in the future (MSH-7 and receipt), none before birth.
    void itemI()
    {
        auto m = TestMessage::cleanVxu();
        m.set("RXA", 3, "20241014", 0).set("RXA", 3, "20241020", 1);
        QVERIFY(only(run(m), u"date.future"_s, u"RXA-3.1"_s, u"i"_s));
        m = TestMessage::cleanVxu();
        m.set("RXA", 3, "20231201", 1);
        QVERIFY(only(run(m), u"date.before.birth"_s, u"RXA-3.1"_s));
    }

    // The dates are in the past of MSH-7 but after the registry received the message.
    void futureAgainstReceiptNotMessageDate()
    {
        auto m = TestMessage::cleanVxu();
        m.set("MSH", 7, "20241101120000-0500").set("RXA", 3, "20241025", 1);
        const auto findings = run(m);
        QCOMPARE(findings.size(), 2);
        QVERIFY(has(findings, u"date.future"_s, u"MSH-7.1"_s));
        QVERIFY(has(findings, u"date.future"_s, u"RXA-3.1"_s));
        for (const Finding &f : findings)
            QVERIFY2(f.message.contains(u"received"_s), qPrintable(f.message));
        const auto later = run(m, {}, {}, QDateTime(QDate(2024, 11, 2), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(later.isEmpty(), qPrintable(describe(later)));
    }

    // j) no SSN anywhere; k) no filler data.
    void itemJ()
    {
        auto m = TestMessage::cleanVxu();
        m.set("PID", 3, "PT12345^^^MYCLINIC^MR~123456789^^^SSA^SS");
        const auto findings = run(m);
        QVERIFY(only(findings, u"pid.ssn.present"_s, u"PID-3[2].1"_s, u"j"_s));
        QVERIFY(!findings.first().value.contains(QRegularExpression(u"\\d"_s)));
        m = TestMessage::cleanVxu();
        m.set("PID", 19, "123-45-6789");
        QVERIFY(only(run(m), u"pid.ssn.present"_s, u"PID-19"_s));
        QCOMPARE(run(m).first().value, u"***-**-****"_s);
        m = TestMessage::cleanVxu();
        m.insertAfter("OBX", 1, "NTE", {{1, "1"}, {3, "mother gave SSN 123-45-6789 at the desk"}});
        const auto note = run(m);
        QVERIFY(only(note, u"text.ssn.present"_s, u"NTE-3"_s));
        QVERIFY(!note.first().value.contains(u"6789"_s));
    }

    void itemK()
    {
        auto m = TestMessage::cleanVxu();
        m.set("PID", 5, "DOE^BABY BOY^^^^^L");
        const auto name = run(m);
        QVERIFY(only(name, u"name.placeholder"_s, u"PID-5.2"_s, u"k"_s));
        QCOMPARE(name.first().value, u"B*** B**"_s);
        m = TestMessage::cleanVxu();
        m.set("PID", 13, "^PRN^PH^^^651^5550123");
        QVERIFY(only(run(m), u"phone.placeholder"_s, u"PID-13.7"_s));
        m.set("PID", 13, "^PRN^PH^^^999^9999999");
        QVERIFY(only(run(m), u"phone.placeholder"_s, u"PID-13.7"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 11, "UNKNOWN^^SAINT PAUL^MN^55101^USA^P");
        QVERIFY(only(run(m), u"address.placeholder"_s, u"PID-11.1"_s));
        m = TestMessage::cleanVxu();
        m.set("PID", 7, "19000101");
        const auto dob = run(m);
        QVERIFY(only(dob, u"pid.dob.placeholder"_s, u"PID-7.1"_s));
        QVERIFY(!dob.first().value.contains(u"1900"_s));
        m = TestMessage::cleanVxu();
        m.set("RXA", 15, "N/A");
        QVERIFY(only(run(m), u"rxa.lot.placeholder"_s, u"RXA-15"_s));
    }

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

QTEST_GUILESS_MAIN(TstHl7Checks)
#include "tst_hl7checks.moc"
