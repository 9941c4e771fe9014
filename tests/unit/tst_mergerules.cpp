// The compare view's pure rules: the default survivor keeps the target's value and takes the
// source's only where the target has none; swapping target and source swaps the choices;
// typed values become the API's JSON types and bad ones are named; the waterfall's levels
// colour the fields (a nickname is close, another date disagrees, an empty side is missing).
#include <duplicaterecords.h>
#include <mergerules.h>

#include <QJsonArray>
#include <QTest>

using namespace izdesk;

class TestMergeRules : public QObject
{
    Q_OBJECT

    static PatientRecord record(const QString &first, const QString &middle, const QDate &dob, const QString &race)
    {
        PatientRecord r;
        r.id = 1;
        r.firstName = first;
        r.middleName = middle;
        r.lastName = QStringLiteral("Okafor");
        r.birthDate = dob;
        r.sex = QStringLiteral("F");
        r.race = race;
        return r;
    }

private Q_SLOTS:
    void defaultsKeepTargetAndFillGapsFromSource()
    {
        const PatientRecord target = record(QStringLiteral("Ada"), QString(), QDate(2020, 3, 7), QString());
        const PatientRecord source
            = record(QStringLiteral("Adah"), QStringLiteral("Grace"), QDate(2020, 7, 3), QStringLiteral("2106-3"));
        const FieldChoices choices = MergeRules::defaultChoices(target, source);
        QCOMPARE(choices.size(), 12);
        QCOMPARE(choices.value(QStringLiteral("first_name")).kind, FieldChoice::Kind::Target); // both have one
        QCOMPARE(choices.value(QStringLiteral("birth_date")).kind, FieldChoice::Kind::Target);
        QCOMPARE(choices.value(QStringLiteral("middle_name")).kind, FieldChoice::Kind::Source); // target empty
        QCOMPARE(choices.value(QStringLiteral("race")).kind, FieldChoice::Kind::Source);
        QCOMPARE(choices.value(QStringLiteral("suffix")).kind, FieldChoice::Kind::Target); // both empty

        // The other way round, the fields the target had are no longer taken from the source.
        const FieldChoices reverse = MergeRules::defaultChoices(source, target);
        QCOMPARE(reverse.value(QStringLiteral("middle_name")).kind, FieldChoice::Kind::Target);
        QCOMPARE(reverse.value(QStringLiteral("race")).kind, FieldChoice::Kind::Target);
    }

    void swapExchangesTargetAndSourceButKeepsTypedValues()
    {
        FieldChoices choices;
        choices.insert(QStringLiteral("first_name"), {FieldChoice::Kind::Target, {}});
        choices.insert(QStringLiteral("race"), {FieldChoice::Kind::Source, {}});
        choices.insert(QStringLiteral("suffix"), {FieldChoice::Kind::Typed, QStringLiteral("JR")});
        const FieldChoices s = MergeRules::swapped(choices);
        QCOMPARE(s.value(QStringLiteral("first_name")).kind, FieldChoice::Kind::Source);
        QCOMPARE(s.value(QStringLiteral("race")).kind, FieldChoice::Kind::Target);
        QCOMPARE(s.value(QStringLiteral("suffix")), (FieldChoice{FieldChoice::Kind::Typed, QStringLiteral("JR")}));
    }

    void choicesBecomeRequestJson()
    {
        FieldChoices choices;
        choices.insert(QStringLiteral("race"), {FieldChoice::Kind::Source, {}});
        choices.insert(QStringLiteral("birth_date"), {FieldChoice::Kind::Typed, QStringLiteral("2019-04-03")});
        choices.insert(QStringLiteral("multiple_birth"), {FieldChoice::Kind::Typed, QStringLiteral("yes")});
        choices.insert(QStringLiteral("birth_order"), {FieldChoice::Kind::Typed, QStringLiteral("2")});
        choices.insert(QStringLiteral("middle_name"), {FieldChoice::Kind::Typed, QString()});
        QString invalid;
        const QJsonObject json = MergeRules::choicesJson(choices, &invalid);
        QVERIFY(invalid.isEmpty());
        QCOMPARE(json.value(QStringLiteral("first_name")).toString(), QStringLiteral("target"));
        QCOMPARE(json.value(QStringLiteral("race")).toString(), QStringLiteral("source"));
        QCOMPARE(json.value(QStringLiteral("birth_date")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("2019-04-03"));
        QCOMPARE(json.value(QStringLiteral("multiple_birth")).toObject().value(QStringLiteral("value")),
                 QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("birth_order")).toObject().value(QStringLiteral("value")), QJsonValue(2));
        QVERIFY(json.value(QStringLiteral("middle_name")).toObject().value(QStringLiteral("value")).isNull());

        choices.insert(QStringLiteral("sex"), {FieldChoice::Kind::Typed, QStringLiteral("X")});
        choices.insert(QStringLiteral("birth_date"), {FieldChoice::Kind::Typed, QStringLiteral("03/04/2019")});
        invalid.clear();
        const QJsonObject bad = MergeRules::choicesJson(choices, &invalid);
        QCOMPARE(invalid, QStringLiteral("birth_date")); // the first bad one in display order
        QVERIFY(!bad.contains(QStringLiteral("sex")));
    }

    void levelsColourFields_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<double>("weight");
        QTest::addColumn<int>("expected");
        QTest::newRow("exact") << "exact" << 6.8 << int(FieldAgreement::Exact);
        QTest::newRow("nickname") << "nickname" << 5.6 << int(FieldAgreement::Close);
        QTest::newRow("phonetic") << "phonetic" << 5.2 << int(FieldAgreement::Close);
        QTest::newRow("similar") << "similar" << 5.2 << int(FieldAgreement::Close);
        QTest::newRow("transposed") << "transposed" << 7.0 << int(FieldAgreement::Close);
        QTest::newRow("disagree") << "disagree" << -8.0 << int(FieldAgreement::Disagree);
        QTest::newRow("missing") << "missing" << 0.0 << int(FieldAgreement::Missing);
        QTest::newRow("identifier type") << "birth_file_number" << 25.0 << int(FieldAgreement::Exact);
    }

    void levelsColourFields()
    {
        QFETCH(QString, level);
        QFETCH(double, weight);
        QFETCH(int, expected);
        QCOMPARE(int(MergeRules::agreementForLevel(level, weight)), expected);
    }

    void fieldAgreementUsesWaterfallThenValues()
    {
        const QList<MatchContribution> waterfall{{QStringLiteral("first_name"), QStringLiteral("nickname"), 5.6},
                                                 {QStringLiteral("birth_date"), QStringLiteral("transposed"), 7.0}};
        QCOMPARE(MergeRules::fieldAgreement(QStringLiteral("first_name"), QStringLiteral("WILLIAM"),
                                            QStringLiteral("BILL"), waterfall),
                 FieldAgreement::Close);
        // Not scored: the values decide (case does not matter).
        QCOMPARE(MergeRules::fieldAgreement(QStringLiteral("race"), QStringLiteral("2106-3"), QStringLiteral("2106-3"),
                                            waterfall),
                 FieldAgreement::Exact);
        QCOMPARE(MergeRules::fieldAgreement(QStringLiteral("owning_facility_code"), QStringLiteral("CLINIC01"),
                                            QStringLiteral("CLINIC02"), waterfall),
                 FieldAgreement::Disagree);
        QCOMPARE(
            MergeRules::fieldAgreement(QStringLiteral("middle_name"), QString(), QStringLiteral("GRACE"), waterfall),
            FieldAgreement::Missing);
    }

    void mergedValuesReadLikeRecords()
    {
        const QJsonObject merged{{QStringLiteral("first_name"), QStringLiteral("ADA")},
                                 {QStringLiteral("multiple_birth"), true},
                                 {QStringLiteral("birth_order"), 0},
                                 {QStringLiteral("suffix"), QJsonValue()}};
        QCOMPARE(MergeRules::mergedValue(merged, QStringLiteral("first_name")), QStringLiteral("ADA"));
        QCOMPARE(MergeRules::mergedValue(merged, QStringLiteral("multiple_birth")), QStringLiteral("true"));
        QCOMPARE(MergeRules::mergedValue(merged, QStringLiteral("birth_order")), QString());
        QCOMPARE(MergeRules::mergedValue(merged, QStringLiteral("suffix")), QString());
    }

    void mergeRecordReadsUnmergeResult()
    {
        const QJsonObject o{
            {QStringLiteral("id"), 4},
            {QStringLiteral("target_id"), 10},
            {QStringLiteral("source_id"), 11},
            {QStringLiteral("status"), QStringLiteral("unmerged")},
            {QStringLiteral("moved_event_ids"), QJsonArray{1, 2, 3}},
            {QStringLiteral("hidden_events"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 2},
                                    {QStringLiteral("kept_id"), 7},
                                    {QStringLiteral("reason"), QStringLiteral("has_lot")}}}},
            {QStringLiteral("unmerge"),
             QJsonObject{{QStringLiteral("placed"), QJsonArray{}},
                         {QStringLiteral("conflicts"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("event_missing")}}}}}}};
        const MergeRecord r = MergeRecord::fromJson(o);
        QCOMPARE(r.movedEvents, 3);
        QCOMPARE(r.hiddenEvents.size(), 1);
        QCOMPARE(r.hiddenEvents.first().keptId, 7);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().value(QStringLiteral("kind")).toString(), QStringLiteral("event_missing"));
    }
};

QTEST_GUILESS_MAIN(TestMergeRules)
#include "tst_mergerules.moc"
