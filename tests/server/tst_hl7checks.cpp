// The VXU checker (hl7::VxuChecker) with the real CDC code sets of tests/data/codesets and the
// built-in HL7 value sets: a clean Z22 message gives no finding; each checklist item a–k,
// seeded alone into the clean message, gives its check at its place; future dates are judged
// against MSH-7 and against the receipt time. The general detections, the policy, masking and
// reports are in tst_hl7checkgeneral.
#include "hl7checkstest.h"

using namespace izdesk::test;

class TstHl7Checks : public QObject, private Hl7ChecksHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { loadTables(); }

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
};

QTEST_GUILESS_MAIN(TstHl7Checks)
#include "tst_hl7checks.moc"
