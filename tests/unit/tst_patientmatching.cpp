// Pure matching rules, scoring: the grade and score of a candidate against a caller's probe,
// nicknames and misspellings, the twin and pair guards, hard vetoes capping the grade, and the
// coded scores equal to the record scores. Standardization, Double Metaphone, Jaro-Winkler and
// the nickname table are in tst_matchstandardization.

#include "matching/hardvetoes.h"
#include "matching/matchkeys.h"
#include "matching/matchscorer.h"
#include "matching/namestandardizer.h"
#include "matching/nicknametable.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace izdesk::matching;

class TstPatientMatching : public QObject
{
    Q_OBJECT

private slots:
    void scoring_data();
    void scoring();
    void jonSmythFindsJonathanSmith();
    void twinGuardCapsGrade();
    void dobOffByOneAcrossMonthEnd();
    void vetoes();
    void vetoesCapTheGrade();
    void twinsWithOneGivenName();
    void middleNamesWeigh();
    void callerSpellingAndDateAtOnce();
    void dobLevelIsTheScorersLevel();
    void pairGuardsNeedMoreThanNameAndDob_data();
    void pairGuardsNeedMoreThanNameAndDob();
    void scoreIsCompareScore();
    void codedScoresAreRecordScores();
};

namespace {

MatchRecord record(const QString &first, const QString &last, const QDate &dob, const QString &sex = {})
{
    const auto n = NameStandardizer::name(first, {}, last);
    MatchRecord r;
    r.first = n.first;
    r.last = n.last;
    r.suffix = n.suffix;
    r.dob = dob;
    r.sex = sex;
    return r;
}

} // namespace

void TstPatientMatching::scoring_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QString>("firstLevel");
    QTest::addColumn<QString>("lastLevel");
    QTest::addColumn<QString>("dobLevel");
    const QDate d(2019, 4, 3);
    QTest::newRow("exact") << "Jonathan" << "Smith" << d << "exact" << "exact" << "exact";
    QTest::newRow("nickname") << "Jon" << "Smith" << d << "nickname" << "exact" << "exact";
    QTest::newRow("phonetic last") << "Jonathan" << "Smyth" << d << "exact" << "phonetic" << "exact";
    QTest::newRow("typo first") << "Jonahtan" << "Smith" << d << "similar" << "exact" << "exact";
    QTest::newRow("transposed dob") << "Jonathan" << "Smith" << QDate(2019, 3, 4) << "exact" << "exact" << "transposed";
    QTest::newRow("dob typo") << "Jonathan" << "Smith" << QDate(2019, 4, 8) << "exact" << "exact" << "partial";
    QTest::newRow("year off by one") << "Jonathan" << "Smith" << QDate(2018, 4, 3) << "exact" << "exact" << "partial";
    QTest::newRow("ten days off") << "Jonathan" << "Smith" << QDate(2019, 3, 24) << "exact" << "exact" << "near";
    QTest::newRow("eleven days off") << "Jonathan" << "Smith" << QDate(2019, 3, 23) << "exact" << "exact" << "disagree";
    QTest::newRow("swapped") << "Smith" << "Jonathan" << d << "swapped" << "swapped" << "exact";
    QTest::newRow("other person") << "Maria" << "Lopez" << QDate(2001, 1, 1) << "disagree" << "disagree" << "disagree";
    QTest::newRow("hyphen part") << "Jonathan" << "Smith-Jones" << d << "exact" << "compound_part" << "exact";
    QTest::newRow("placeholder") << "Baby Boy" << "Smith" << d << "missing" << "exact" << "exact";
}

void TstPatientMatching::scoring()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QDate, dob);
    QFETCH(QString, firstLevel);
    QFETCH(QString, lastLevel);
    QFETCH(QString, dobLevel);
    const MatchScorer scorer(NicknameTable::builtIn());
    const auto r = scorer.compare(record(first, last, dob), record(QStringLiteral("JONATHAN"), QStringLiteral("SMITH"), QDate(2019, 4, 3)));
    QCOMPARE(r.contributions.at(0).level, firstLevel);
    QCOMPARE(r.contributions.at(1).level, lastLevel);
    QCOMPARE(r.contributions.at(2).level, dobLevel);
    double sum = 0;
    for (const auto &c : r.contributions)
        sum += c.weight;
    QVERIFY(qAbs(sum - r.score) < 0.01);
}

void TstPatientMatching::jonSmythFindsJonathanSmith()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    const auto dob = NameStandardizer::date(QStringLiteral("03/04/2019"), 2026);
    QVERIFY(dob);
    const MatchRecord probe = record(QStringLiteral("Jon"), QStringLiteral("Smyth"), *dob);
    const MatchRecord truth = record(QStringLiteral("JONATHAN"), QStringLiteral("SMITH"), QDate(2019, 4, 3), QStringLiteral("M"));
    const QList<MatchRecord> others{
        record(QStringLiteral("JOHN"), QStringLiteral("SMITH"), QDate(1988, 3, 4)),
        record(QStringLiteral("JANE"), QStringLiteral("SMITH"), QDate(2019, 3, 4)),
        record(QStringLiteral("JONAH"), QStringLiteral("SNYDER"), QDate(2019, 4, 3)),
        record(QStringLiteral("JON"), QStringLiteral("SMALL"), QDate(2017, 3, 4)),
    };
    const auto best = scorer.compare(probe, truth);
    QVERIFY(best.grade >= MatchScorer::Grade::Probable);
    for (const auto &o : others)
        QVERIFY2(scorer.compare(probe, o).score < best.score, qPrintable(o.first));
    // Blocking: the probe's keys reach the record through DM(first)+DM(last) with nicknames.
    const QStringList probeKeys = MatchKeys::givenSurname(MatchKeys::given(probe, &NicknameTable::builtIn()), MatchKeys::surname(probe));
    const QStringList truthKeys = MatchKeys::givenSurname(MatchKeys::given(truth), MatchKeys::surname(truth));
    bool shared = false;
    for (const QString &k : truthKeys)
        shared = shared || probeKeys.contains(k);
    QVERIFY(shared);
}

void TstPatientMatching::twinGuardCapsGrade()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    MatchRecord a = record(QStringLiteral("EMMA"), QStringLiteral("NGUYEN"), QDate(2020, 6, 1), QStringLiteral("F"));
    MatchRecord b = record(QStringLiteral("OLIVIA"), QStringLiteral("NGUYEN"), QDate(2020, 6, 1), QStringLiteral("F"));
    a.addressTokens = b.addressTokens = {QStringLiteral("12 ELM")};
    a.zips = b.zips = {QStringLiteral("55101")};
    a.phones = b.phones = {QStringLiteral("6125550142")};
    const auto r = scorer.compare(a, b);
    QVERIFY(r.badges.contains(QStringLiteral("twin_guard")));
    QVERIFY(r.score >= MatchScorer::probableAt); // would be probable without the guard
    QCOMPARE(r.grade, MatchScorer::Grade::Possible);
}

void TstPatientMatching::dobOffByOneAcrossMonthEnd()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    const auto r = scorer.compare(record(QStringLiteral("ANA"), QStringLiteral("LEE"), QDate(2019, 2, 1)),
                                  record(QStringLiteral("ANA"), QStringLiteral("LEE"), QDate(2019, 1, 31)));
    QCOMPARE(r.contributions.at(2).level, QStringLiteral("partial"));
    const auto far = scorer.compare(record(QStringLiteral("ANA"), QStringLiteral("LEE"), QDate(2019, 2, 9)),
                                    record(QStringLiteral("ANA"), QStringLiteral("LEE"), QDate(2018, 1, 31)));
    QCOMPARE(far.contributions.at(2).level, QStringLiteral("disagree"));
}

void TstPatientMatching::vetoes()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    MatchRecord a = record(QStringLiteral("EMMA"), QStringLiteral("NGUYEN"), QDate(2020, 6, 1), QStringLiteral("F"));
    MatchRecord b = a;
    a.birthFileNumbers = {QStringLiteral("2020-001")};
    b.birthFileNumbers = {QStringLiteral("2020-002")};
    a.birthOrder = 1;
    b.birthOrder = 2;
    const auto r = scorer.compare(a, b);
    QVERIFY(r.vetoes.contains(QStringLiteral("different_birth_file_number")));
    QVERIFY(r.vetoes.contains(QStringLiteral("different_birth_order")));
    QCOMPARE(r.grade, MatchScorer::Grade::Possible);
    MatchRecord c = record(QStringLiteral("EMMA"), QStringLiteral("NGUYEN"), QDate(1990, 1, 9), QStringLiteral("M"));
    QVERIFY(scorer.compare(a, c).vetoes.contains(QStringLiteral("dob_and_sex_differ")));
}

namespace {

// A child with everything a household shares on file: phone, street, ZIP, mother.
MatchRecord parkChild()
{
    MatchRecord a = record(QStringLiteral("DANIEL"), QStringLiteral("PARK"), QDate(2016, 9, 14), QStringLiteral("M"));
    a.phones = {QStringLiteral("6125550142")};
    a.addressTokens = {QStringLiteral("12 ELM")};
    a.zips = {QStringLiteral("55101")};
    a.motherMaiden = QStringLiteral("KIM");
    return a;
}

} // namespace

// Two records that agree on everything a household shares, one birth certificate each: two
// children, never "certain" — for the search, the detection and the merge alike.
void TstPatientMatching::vetoesCapTheGrade()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    MatchRecord a = parkChild();
    MatchRecord b = a;
    a.birthFileNumbers = {QStringLiteral("2016-118"), QStringLiteral("OLD-7")};
    b.birthFileNumbers = {QStringLiteral("2016-119")};
    MatchScorer::Result r = scorer.compare(a, b);
    QVERIFY(r.score >= MatchScorer::certainAt);
    QCOMPARE(r.vetoes, QStringList{QLatin1String(HardVetoes::differentBirthFileNumber)});
    QCOMPARE(r.grade, MatchScorer::Grade::Possible);
    MatchScorer::applyPairGuards(&r);
    QCOMPARE(r.grade, MatchScorer::Grade::Possible);
    // One number in common (a corrected certificate): no veto.
    b.birthFileNumbers << QStringLiteral("OLD-7");
    QVERIFY(scorer.compare(a, b).vetoes.isEmpty());
    QCOMPARE(scorer.compare(a, b).grade, MatchScorer::Grade::Certain);
    // A number on one side only says nothing.
    b.birthFileNumbers.clear();
    QVERIFY(scorer.compare(a, b).vetoes.isEmpty());
}

// Twins named after one relative: the same given name, surname, birthday, phone, address and
// mother; different middle names, a multiple-birth flag on one record, birth-file numbers
// missing. Never "certain", whichever of these tells them apart.
void TstPatientMatching::twinsWithOneGivenName()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    MatchRecord a = parkChild();
    MatchRecord b = a;
    a.middle = QStringLiteral("ALEXANDER");
    b.middle = QStringLiteral("JAMES");
    MatchScorer::Result r = scorer.compare(a, b);
    QVERIFY(r.badges.contains(QStringLiteral("twin_guard")));
    MatchScorer::applyPairGuards(&r);
    QCOMPARE(r.grade, MatchScorer::Grade::Possible);
    // No middle names, but one record flags a multiple birth.
    a.middle.clear();
    b.middle.clear();
    b.multipleBirth = true;
    r = scorer.compare(a, b);
    QVERIFY(r.badges.contains(QStringLiteral("twin_guard")));
    QCOMPARE(r.grade, MatchScorer::Grade::Possible);
    // The same child twice (no twin sign): certain.
    b.multipleBirth = false;
    a.middle = QStringLiteral("ALEXANDER");
    b.middle = QStringLiteral("A");
    r = scorer.compare(a, b);
    MatchScorer::applyPairGuards(&r);
    QCOMPARE(r.grade, MatchScorer::Grade::Certain);
    QVERIFY(!r.badges.contains(QStringLiteral("twin_guard")));
    // A middle name on one record only: a duplicate or the twin with the clerk's blank.
    b.middle.clear();
    r = scorer.compare(a, b);
    MatchScorer::applyPairGuards(&r);
    QCOMPARE(r.grade, MatchScorer::Grade::Probable);
    QVERIFY(r.badges.contains(QStringLiteral("middle_unconfirmed")));
    // ... unless both carry the same birth certificate.
    a.birthFileNumbers = b.birthFileNumbers = {QStringLiteral("2016-118")};
    r = scorer.compare(a, b);
    MatchScorer::applyPairGuards(&r);
    QCOMPARE(r.grade, MatchScorer::Grade::Certain);
    // Day and month exchanged on one record of a flagged twin: still guarded.
    a.birthFileNumbers.clear();
    b.birthFileNumbers.clear();
    b.middle = QStringLiteral("ALEXANDER");
    a.dob = QDate(2016, 9, 12);
    b.dob = QDate(2016, 12, 9);
    b.multipleBirth = true;
    r = scorer.compare(a, b);
    QCOMPARE(r.contributions.at(2).level, QStringLiteral("transposed"));
    QVERIFY(r.badges.contains(QStringLiteral("twin_guard")));
}

void TstPatientMatching::middleNamesWeigh()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    const auto level = [&scorer](const char *x, const char *y) {
        MatchRecord a = record(QStringLiteral("ANA"), QStringLiteral("LEE"), QDate(2019, 2, 1));
        MatchRecord b = a;
        a.middle = QLatin1String(x);
        b.middle = QLatin1String(y);
        const auto r = scorer.compare(a, b);
        for (const auto &c : r.contributions)
            if (c.field == QLatin1String("middle_name"))
                return std::make_pair(c.level, c.weight);
        return std::make_pair(QStringLiteral("none"), 0.0);
    };
    QCOMPARE(level("MARIE", "MARIE").first, QStringLiteral("exact"));
    QCOMPARE(level("M", "MARIE").first, QStringLiteral("initial"));
    QCOMPARE(level("MARIE", "MARI").first, QStringLiteral("similar"));
    QCOMPARE(level("ELIZABETH", "BETH").first, QStringLiteral("similar"));
    QCOMPARE(level("MARIE", "").first, QStringLiteral("none")); // one side missing: not compared
    const auto other = level("MARIE", "GRACE");
    QCOMPARE(other.first, QStringLiteral("disagree"));
    QVERIFY(other.second <= -4.0); // strong evidence of two people
}

// What callers get wrong together: a DOB a year or some days off with a misspelt or
// nicknamed name. Each still reaches at least "possible" against the record on file.
void TstPatientMatching::callerSpellingAndDateAtOnce()
{
    const MatchScorer scorer(NicknameTable::builtIn());
    struct Case
    {
        const char *first, *last;
        QDate said;
        const char *firstOnFile, *lastOnFile;
        QDate onFile;
    };
    const Case cases[] = {
        {"BRYANT", "PALMER", QDate(2006, 12, 30), "BRIAN", "PALMER", QDate(2007, 12, 30)},
        {"JANET", "OSTO", QDate(2015, 5, 3), "JANET", "SOTO", QDate(2015, 4, 23)},
        {"JESS", "COSTA", QDate(2012, 8, 20), "JESSICA", "COSTA", QDate(2012, 8, 10)},
        {"RANDY", "LEE", QDate(2014, 1, 5), "ANDREW", "LEE", QDate(2014, 1, 5)},
        {"KIT", "JOHNSON", QDate(2010, 3, 2), "CHRISTIAN", "JOHNSON", QDate(2011, 3, 2)},
    };
    for (const Case &c : cases) {
        const auto r = scorer.compare(record(QLatin1String(c.first), QLatin1String(c.last), c.said),
                                      record(QLatin1String(c.firstOnFile), QLatin1String(c.lastOnFile), c.onFile));
        QVERIFY2(r.score >= MatchScorer::possibleAt,
                 qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(c.first), QLatin1String(c.last)).arg(r.score)));
    }
}

void TstPatientMatching::dobLevelIsTheScorersLevel()
{
    // One rule for dates: the vetoes' dobLevel() and the scorer's birth_date level agree on
    // every pair of dates within a few years, leap days and month ends included.
    const MatchScorer scorer(NicknameTable::builtIn());
    const QDate base(2019, 12, 20);
    int checked = 0;
    for (int i = 0; i < 800; i += 3) {
        for (int j = 0; j < 800; j += 7) {
            const QDate a = base.addDays(i);
            const QDate b = base.addDays(j);
            const auto r = scorer.compare(record(QStringLiteral("ANA"), QStringLiteral("LEE"), a),
                                          record(QStringLiteral("ANA"), QStringLiteral("LEE"), b));
            QCOMPARE(r.contributions.at(2).level, HardVetoes::dobLevelName(HardVetoes::dobLevel(a, b)));
            ++checked;
        }
    }
    QVERIFY(checked > 10000);
}

void TstPatientMatching::pairGuardsNeedMoreThanNameAndDob_data()
{
    // Two stored records of a child (Emma Nguyen, 2020-06-01, F, mother Tran, 12 Elm, 55101):
    // what the other record says, and the grade the pair may reach at most.
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("mother");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("zip");
    QTest::addColumn<int>("grade");
    const int certain = int(MatchScorer::Grade::Certain), probable = int(MatchScorer::Grade::Probable);
    QTest::newRow("all agree") << "NGUYEN" << "TRAN" << "12 ELM" << "55101" << certain;
    QTest::newRow("moved, same mother") << "NGUYEN" << "TRAN" << "" << "55101" << certain;
    QTest::newRow("moved away: no home agrees") << "NGUYEN" << "TRAN" << "9 OAK" << "55901" << probable;
    QTest::newRow("other mother") << "NGUYEN" << "LOPEZ" << "12 ELM" << "55101" << probable;
    QTest::newRow("other surname") << "GARCIA" << "TRAN" << "12 ELM" << "55101" << probable;
}

void TstPatientMatching::pairGuardsNeedMoreThanNameAndDob()
{
    QFETCH(QString, last);
    QFETCH(QString, mother);
    QFETCH(QString, street);
    QFETCH(QString, zip);
    QFETCH(int, grade);
    const MatchScorer scorer(NicknameTable::builtIn());
    MatchRecord a = record(QStringLiteral("EMMA"), QStringLiteral("NGUYEN"), QDate(2020, 6, 1), QStringLiteral("F"));
    a.motherMaiden = QStringLiteral("TRAN");
    a.addressTokens = {QStringLiteral("12 ELM")};
    a.zips = {QStringLiteral("55101")};
    MatchRecord b = record(QStringLiteral("EMMA"), last, QDate(2020, 6, 1), QStringLiteral("F"));
    b.motherMaiden = mother;
    if (!street.isEmpty())
        b.addressTokens = {street};
    b.zips = {zip};
    MatchScorer::Result r = scorer.compare(a, b);
    // Strong enough on its own for "certain" whenever the surname agrees.
    if (last == QLatin1String("NGUYEN"))
        QCOMPARE(r.grade, MatchScorer::Grade::Certain);
    MatchScorer::applyPairGuards(&r);
    QCOMPARE(int(r.grade), std::min(grade, int(MatchScorer::gradeFor(r.score))));
    // A lookup is not a pair: compare() alone never applies these guards.
    QCOMPARE(scorer.compare(a, b).grade, MatchScorer::gradeFor(r.score));
}

void TstPatientMatching::scoreIsCompareScore()
{
    // score() is compare()'s score and scoreBound() never below it; the remembered name
    // levels change nothing, whatever the order, aliases or nickname table.
    NicknameTable custom;
    custom.addPair(QStringLiteral("EMMA"), QStringLiteral("EMMY"));
    const MatchScorer builtIn(NicknameTable::builtIn());
    const MatchScorer own(custom);
    const QStringList firsts{QStringLiteral("EMMA"), QStringLiteral("EMMY"), QStringLiteral("EM"), QStringLiteral("JON"),
                             QStringLiteral("JONATHAN"), QStringLiteral("NGUYEN"), QString()};
    const QStringList lasts{QStringLiteral("NGUYEN"), QStringLiteral("NGUYN"), QStringLiteral("SMITH JONES"),
                            QStringLiteral("EMMA"), QString()};
    QList<MatchRecord> records;
    for (const QString &f : firsts)
        for (const QString &l : lasts) {
            MatchRecord r = record(f, l, QDate(2020, 6, 1), QStringLiteral("F"));
            records << r;
            r.firstAliases = {QStringLiteral("EMILY")};
            r.lastAliases = {QStringLiteral("TRAN")};
            records << r;
        }
    for (int pass = 0; pass < 2; ++pass) {
        for (const MatchRecord &p : std::as_const(records)) {
            for (const MatchRecord &c : std::as_const(records)) {
                for (const MatchScorer *scorer : {&builtIn, &own}) {
                    const auto r = scorer->compare(p, c);
                    QCOMPARE(scorer->score(p, c), r.score);
                    QVERIFY(scorer->scoreBound(p, c) >= r.score - 0.005);
                    double sum = 0;
                    for (const auto &x : r.contributions)
                        sum += x.weight;
                    QVERIFY(qAbs(sum - r.score) < 0.01);
                }
            }
        }
    }
    QCOMPARE(own.compare(records.at(0), record(QStringLiteral("EMMY"), QStringLiteral("NGUYEN"), QDate(2020, 6, 1)))
                 .contributions.at(0).level,
             QStringLiteral("nickname"));
}

void TstPatientMatching::codedScoresAreRecordScores()
{
    // The batch weighs every blocked pair from MatchFeatures: on records mixing every level of
    // every field (look-alike mothers, one-day-off and transposed birthdays, empty list
    // entries, aliases, more phones than the features hold), scoreBound() and score() from the
    // features are exactly the records' values, pair by pair.
    QRandomGenerator rng(20261203);
    const auto pick = [&rng](const QStringList &values) { return values.at(rng.bounded(int(values.size()))); };
    const QStringList firsts{QStringLiteral("EMMA"), QStringLiteral("EMILY"), QStringLiteral("JON"),
                             QStringLiteral("JONATHAN"), QStringLiteral("NGUYEN"), QStringLiteral("E"), QString()};
    const QStringList lasts{QStringLiteral("NGUYEN"), QStringLiteral("NGUYN"), QStringLiteral("SMITH JONES"),
                            QStringLiteral("SMYTH"), QStringLiteral("EMMA"), QString()};
    const QStringList mothers{QStringLiteral("TRAN"), QStringLiteral("TRANN"), QStringLiteral("THRAN"),
                              QStringLiteral("MARTINEZ"), QStringLiteral("MARTINES"), QStringLiteral("DE LA CRUZ"),
                              QStringLiteral("DELACRUZ"), QStringLiteral("KOWALSKI"), QStringLiteral("KOVALSKI"),
                              QStringLiteral("KOWALSKA"), QString()};
    const QStringList phones{QStringLiteral("6125550101"), QStringLiteral("6125550102"), QString()};
    const QStringList zips{QStringLiteral("55101"), QStringLiteral("55102"), QString()};
    const QStringList tokens{QStringLiteral("12 ELM"), QStringLiteral("14 OAK"), QString()};
    const QList<QDate> dobs{QDate(2020, 6, 1), QDate(2020, 1, 6), QDate(2020, 5, 31), QDate(2020, 6, 2),
                            QDate(2021, 6, 1), QDate(2019, 12, 31), QDate(2020, 1, 1), QDate(2020, 6, 9), QDate()};
    const auto list = [&](const QStringList &values) {
        QStringList out;
        const int n = rng.bounded(4); // 3 values: more than the features hold
        for (int i = 0; i < n; ++i)
            out << pick(values);
        return out;
    };
    QList<MatchRecord> records;
    for (int i = 0; i < 400; ++i) {
        MatchRecord r = record(pick(firsts), pick(lasts), dobs.at(rng.bounded(int(dobs.size()))),
                               pick({QStringLiteral("F"), QStringLiteral("M"), QString()}));
        r.motherMaiden = pick(mothers);
        r.middle = pick({QString(), QString(), QStringLiteral("JAMES"), QStringLiteral("J"), QStringLiteral("ANN")});
        r.suffix = pick({QString(), QString(), QStringLiteral("JR"), QStringLiteral("SR")});
        r.phones = list(phones);
        r.zips = list(zips);
        r.addressTokens = list(tokens);
        if (rng.bounded(4) == 0)
            r.firstAliases = {pick(firsts)};
        if (rng.bounded(4) == 0)
            r.lastAliases = {pick(lasts)};
        records << r;
    }
    MatchFeatureCoder coder;
    std::vector<MatchFeatures> features;
    for (const MatchRecord &r : std::as_const(records))
        features.push_back(coder.code(r));
    QVERIFY(std::any_of(features.cbegin(), features.cend(), [](const MatchFeatures &f) { return !f.coded; }));
    const MatchScorer scorer(NicknameTable::builtIn());
    MatchScorer::NameMemo memo;
    int differences = 0;
    for (int pass = 0; pass < 2; ++pass) { // the second pass reads the remembered name levels
        for (qsizetype p = 0; p < records.size(); ++p) {
            for (qsizetype c = 0; c < records.size(); ++c) {
                const MatchRecord &a = records.at(p);
                const MatchRecord &b = records.at(c);
                const MatchFeatures &fa = features[size_t(p)];
                const MatchFeatures &fb = features[size_t(c)];
                if (scorer.scoreBound(a, fa, b, fb) != scorer.scoreBound(a, b)
                    || scorer.score(a, fa, b, fb, &memo) != scorer.score(a, b))
                    ++differences;
            }
        }
    }
    QCOMPARE(differences, 0);
}

QTEST_GUILESS_MAIN(TstPatientMatching)
#include "tst_patientmatching.moc"
