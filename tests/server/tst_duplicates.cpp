// Duplicate candidate detection over real HTTP, on SQLite and PostgreSQL: a typo, a nickname
// and a transposed date of birth are found as certain or probable pairs with their
// waterfall; twins and Jr/Sr are never certain; "not a duplicate" survives a rescan; a new
// patient is paired on import without a scan; only specialists and supervisors may review;
// a merged pair leaves the open worklist. The batch scan stores exactly the pairs, scores,
// grades, waterfalls, badges and vetoes of the one-search-per-probe scan on a generated
// population with duplicates, twins and Jr/Sr; a batch restricted to some patients (a large
// import) agrees with it on their pairs.

#include "duplicates/duplicatedetector.h"
#include "generator/populationgenerator.h"
#include "patients/patientwriter.h"
#include "httptestclient.h"
#include "importer/patientimporter.h"
#include "patienttestdata.h"
#include "reviewtestserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using izdesk::server::DuplicateDetector;
using izdesk::test::HttpTestClient;
using namespace izdesk::test;

class TstDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typoNicknameAndTransposedDobAreFound();
    void twinsAndJrSrAreNeverCertain();
    void notDuplicateIsRememberedAcrossRescan();
    void claimIsExclusive();
    void newPatientIsPairedOnImport();
    void rolesAreChecked();
    void mergedPairLeavesOpenList();
    void batchScanEqualsPerProbeScan();
    void restrictedBatchAgreesOnItsPairs();

private:
    HttpTestClient &as(const QString &role) { return m_review.as(role); }
    qint64 insert(PatientInput patient, const QString &sourceId) { return m_review.insert(std::move(patient), sourceId); }
    bool scan() { return m_review.scan(); }
    // Every stored pair: "low high" → "score grade status contributions badges vetoes".
    QMap<QString, QString> pairsTable();
    // The pair of these two source ids in the list (status, grade filters as given); {} if absent.
    QJsonObject findPair(const QString &a, const QString &b, const QString &filter = {});
    QList<QJsonObject> listAll(const QString &filter);

    ReviewTestServer m_review;
};

void TstDuplicates::initTestCase()
{
    QString error;
    QVERIFY2(m_review.start(&error), qPrintable(error));
}

QList<QJsonObject> TstDuplicates::listAll(const QString &filter)
{
    return m_review.collect(QStringLiteral("specialist"), QStringLiteral("/api/v1/duplicates?limit=20") + filter);
}

QJsonObject TstDuplicates::findPair(const QString &a, const QString &b, const QString &filter)
{
    for (const QJsonObject &pair : listAll(filter)) {
        const QSet<QString> ids{
            pair.value(QStringLiteral("low")).toObject().value(QStringLiteral("source_id")).toString(),
            pair.value(QStringLiteral("high")).toObject().value(QStringLiteral("source_id")).toString()};
        if (ids == QSet<QString>{a, b})
            return pair;
    }
    return {};
}

void TstDuplicates::typoNicknameAndTransposedDobAreFound()
{
    const auto base = [](const QString &first, const QDate &dob) {
        PatientInput p
            = person(first, QStringLiteral("Okonkwo-Baptiste"), dob, QStringLiteral("M"),
                     QStringLiteral("418 Larkspur Ln"), QStringLiteral("55104"), QStringLiteral("651-555-0142"));
        p.motherMaiden = QStringLiteral("Ferreira");
        return p;
    };
    insert(base(QStringLiteral("William"), QDate(2020, 3, 7)), QStringLiteral("DUP-A1"));
    insert(base(QStringLiteral("Wiliam"), QDate(2020, 3, 7)), QStringLiteral("DUP-A2")); // typo
    insert(base(QStringLiteral("Bill"), QDate(2020, 7, 3)), QStringLiteral("DUP-A3"));   // nickname + transposed DOB
    QVERIFY(scan());

    const QJsonObject typo = findPair(QStringLiteral("DUP-A1"), QStringLiteral("DUP-A2"));
    QVERIFY2(!typo.isEmpty(), "the typo pair is on the open worklist");
    QCOMPARE(typo.value(QStringLiteral("grade")).toString(), QStringLiteral("certain"));
    QCOMPARE(typo.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    const QJsonObject nick = findPair(QStringLiteral("DUP-A1"), QStringLiteral("DUP-A3"));
    QVERIFY2(!nick.isEmpty(), "the nickname + transposed DOB pair is on the open worklist");
    QVERIFY(QStringList({QStringLiteral("certain"), QStringLiteral("probable")})
                .contains(nick.value(QStringLiteral("grade")).toString()));

    // The compare view's waterfall: each field's level and weight, summing to the score.
    const auto r = as(QStringLiteral("specialist"))
                       .get(QStringLiteral("/api/v1/duplicates/%1").arg(nick.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(r.status, 200);
    QHash<QString, QString> levels;
    double sum = 0;
    for (const auto &v : r.object().value(QStringLiteral("contributions")).toArray()) {
        levels.insert(v[QStringLiteral("field")].toString(), v[QStringLiteral("level")].toString());
        sum += v[QStringLiteral("weight")].toDouble();
    }
    QCOMPARE(levels.value(QStringLiteral("first_name")), QStringLiteral("nickname"));
    QCOMPARE(levels.value(QStringLiteral("birth_date")), QStringLiteral("transposed"));
    QVERIFY(qAbs(sum - r.object().value(QStringLiteral("score")).toDouble()) < 0.01);
}

void TstDuplicates::twinsAndJrSrAreNeverCertain()
{
    const auto home = [](const QString &first, const QDate &dob, const QString &sex) {
        PatientInput p = person(first, QStringLiteral("Vandermolen"), dob, sex, QStringLiteral("77 Quarry Rd"),
                                QStringLiteral("55811"), QStringLiteral("218-555-0199"));
        p.motherMaiden = QStringLiteral("Haugen");
        return p;
    };
    PatientInput twinA = home(QStringLiteral("Elias"), QDate(2022, 9, 14), QStringLiteral("M"));
    twinA.multipleBirth = true;
    twinA.birthOrder = 1;
    PatientInput twinB = home(QStringLiteral("Tobias"), QDate(2022, 9, 14), QStringLiteral("M"));
    twinB.multipleBirth = true;
    twinB.birthOrder = 2;
    insert(twinA, QStringLiteral("TWIN-1"));
    insert(twinB, QStringLiteral("TWIN-2"));
    PatientInput senior = home(QStringLiteral("Magnus"), QDate(1984, 2, 1), QStringLiteral("M"));
    senior.suffix = QStringLiteral("Sr");
    PatientInput junior = home(QStringLiteral("Magnus"), QDate(2012, 2, 1), QStringLiteral("M"));
    junior.suffix = QStringLiteral("Jr");
    insert(senior, QStringLiteral("JRSR-1"));
    insert(junior, QStringLiteral("JRSR-2"));
    QVERIFY(scan());

    QVERIFY(findPair(QStringLiteral("TWIN-1"), QStringLiteral("TWIN-2"), QStringLiteral("&grade=certain")).isEmpty());
    QVERIFY(findPair(QStringLiteral("JRSR-1"), QStringLiteral("JRSR-2"), QStringLiteral("&grade=certain")).isEmpty());
    // Where the twins are listed at all, the guard is shown.
    const QJsonObject twins = findPair(QStringLiteral("TWIN-1"), QStringLiteral("TWIN-2"));
    if (!twins.isEmpty()) {
        QVERIFY(twins.value(QStringLiteral("vetoes")).toArray().contains(QStringLiteral("different_birth_order"))
                || twins.value(QStringLiteral("badges")).toArray().contains(QStringLiteral("twin_guard")));
    }
}

void TstDuplicates::notDuplicateIsRememberedAcrossRescan()
{
    const auto p = [](const QString &first) {
        return person(first, QStringLiteral("Castellanos"), QDate(2018, 11, 2), QStringLiteral("F"),
                      QStringLiteral("9 Birch Ct"), QStringLiteral("55405"), QStringLiteral("612-555-0117"));
    };
    insert(p(QStringLiteral("Marisol")), QStringLiteral("ND-1"));
    insert(p(QStringLiteral("Marisoll")), QStringLiteral("ND-2"));
    QVERIFY(scan());
    const QJsonObject pair = findPair(QStringLiteral("ND-1"), QStringLiteral("ND-2"));
    QVERIFY(!pair.isEmpty());
    const qint64 id = pair.value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/api/v1/duplicates/%1/not-duplicate").arg(id);
    QCOMPARE(as(QStringLiteral("specialist")).post(path, QJsonObject{}).status, 422);
    const auto r = as(QStringLiteral("specialist"))
                       .post(path, QJsonObject{{QStringLiteral("reason"), QStringLiteral("cousins")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("not_duplicate"));

    QVERIFY(scan());
    QVERIFY2(findPair(QStringLiteral("ND-1"), QStringLiteral("ND-2")).isEmpty(), "a rescan does not reopen the pair");
    const auto after = as(QStringLiteral("specialist")).get(QStringLiteral("/api/v1/duplicates/%1").arg(id));
    QCOMPARE(after.object().value(QStringLiteral("status")).toString(), QStringLiteral("not_duplicate"));
    QCOMPARE(after.object().value(QStringLiteral("decision_reason")).toString(), QStringLiteral("cousins"));
    QVERIFY(
        !findPair(QStringLiteral("ND-1"), QStringLiteral("ND-2"), QStringLiteral("&status=not_duplicate")).isEmpty());
}

void TstDuplicates::claimIsExclusive()
{
    const auto p = [](const QString &last) {
        return person(QStringLiteral("Anneliese"), last, QDate(2016, 5, 30), QStringLiteral("F"),
                      QStringLiteral("3 Heron Way"), QStringLiteral("55420"));
    };
    insert(p(QStringLiteral("Gutierrez")), QStringLiteral("CL-1"));
    insert(p(QStringLiteral("Gutierez")), QStringLiteral("CL-2"));
    QVERIFY(scan());
    const QJsonObject pair = findPair(QStringLiteral("CL-1"), QStringLiteral("CL-2"));
    QVERIFY(!pair.isEmpty());
    const QString path
        = QStringLiteral("/api/v1/duplicates/%1/claim").arg(pair.value(QStringLiteral("id")).toInteger());
    const auto mine = as(QStringLiteral("specialist")).post(path, QJsonObject{});
    QCOMPARE(mine.status, 200);
    QVERIFY(mine.object().value(QStringLiteral("claimed_by")).toInteger() > 0);
    QCOMPARE(as(QStringLiteral("supervisor")).post(path, QJsonObject{}).status, 409);
}

void TstDuplicates::newPatientIsPairedOnImport()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QString &row) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write("source_id,first_name,last_name,birth_date,sex,street,city,state,zip,phone\n");
        f.write(row.toUtf8() + '\n');
        return f.fileName();
    };
    auto &database = m_review.server().app()->database();
    const auto import = [&database](const QString &file) {
        izdesk::server::PatientImporter importer(database.connection(), database.dialect(),
                                                 QDateTime::currentDateTimeUtc());
        const auto report = importer.run(file);
        return report.ok && !report.duplicateDetectionFailed;
    };
    QVERIFY(
        import(write(QStringLiteral("a.csv"),
                     QStringLiteral("IMP-1,Thaddeus,Abernathy,2021-01-19,M,55 Elm St,Mankato,MN,56001,507-555-0100"))));
    QVERIFY(findPair(QStringLiteral("IMP-1"), QStringLiteral("IMP-2")).isEmpty());
    // No scan: the import itself pairs the new record with the one on file.
    QVERIFY(
        import(write(QStringLiteral("b.csv"),
                     QStringLiteral("IMP-2,Thadeus,Abernathy,2021-01-19,M,55 Elm St,Mankato,MN,56001,507-555-0100"))));
    const QJsonObject pair = findPair(QStringLiteral("IMP-1"), QStringLiteral("IMP-2"));
    QVERIFY2(!pair.isEmpty(), "the imported duplicate is on the worklist");
    QCOMPARE(pair.value(QStringLiteral("grade")).toString(), QStringLiteral("certain"));
}

void TstDuplicates::rolesAreChecked()
{
    QCOMPARE(as(QStringLiteral("trainer")).get(QStringLiteral("/api/v1/duplicates")).status, 403);
    QCOMPARE(as(QStringLiteral("trainer")).post(QStringLiteral("/api/v1/duplicates/1/claim"), QJsonObject{}).status,
             403);
    HttpTestClient anonymous(m_review.server().baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/duplicates")).status, 401);
    QCOMPARE(as(QStringLiteral("supervisor")).get(QStringLiteral("/api/v1/duplicates?grade=excellent")).status, 422);
    // Every list read is audited (ids only).
    QSqlQuery q(m_review.server().app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'duplicates.list'")) && q.next());
    QVERIFY(q.value(0).toLongLong() > 0);
}

void TstDuplicates::mergedPairLeavesOpenList()
{
    const auto p = [](const QString &first) {
        return person(first, QStringLiteral("Lindqvist"), QDate(2019, 8, 21), QStringLiteral("F"),
                      QStringLiteral("12 Aspen Dr"), QStringLiteral("55901"), QStringLiteral("507-555-0177"));
    };
    const qint64 target = insert(p(QStringLiteral("Ingrid")), QStringLiteral("MRG-1"));
    const qint64 source = insert(p(QStringLiteral("Ingrd")), QStringLiteral("MRG-2"));
    QVERIFY(scan());
    const QJsonObject pair = findPair(QStringLiteral("MRG-1"), QStringLiteral("MRG-2"));
    QVERIFY(!pair.isEmpty());
    const auto merged = as(QStringLiteral("specialist"))
                            .post(QStringLiteral("/api/v1/patients/%1/merge").arg(target),
                                  QJsonObject{{QStringLiteral("source"), source},
                                              {QStringLiteral("reason"), QStringLiteral("same child")}});
    QCOMPARE(merged.status, 201);
    QVERIFY2(findPair(QStringLiteral("MRG-1"), QStringLiteral("MRG-2")).isEmpty(),
             "the merged pair left the open list");
    const auto r = as(QStringLiteral("specialist"))
                       .get(QStringLiteral("/api/v1/duplicates/%1").arg(pair.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    // The retired source is in no open pair.
    for (const QJsonObject &open : listAll({})) {
        QVERIFY(open.value(QStringLiteral("low")).toObject().value(QStringLiteral("patient_id")).toInteger() != source);
        QVERIFY(open.value(QStringLiteral("high")).toObject().value(QStringLiteral("patient_id")).toInteger()
                != source);
    }
}

QMap<QString, QString> TstDuplicates::pairsTable()
{
    QMap<QString, QString> out;
    QSqlQuery q(m_review.server().app()->database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT low_id, high_id, score_centi, grade, status, contributions, badges, vetoes "
                               "FROM duplicate_candidates"))) {
        qWarning() << "cannot read the pairs";
        return out;
    }
    while (q.next()) {
        QStringList row;
        for (int c = 2; c < 8; ++c)
            row << q.value(c).toString();
        out.insert(QStringLiteral("%1 %2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()),
                   row.join(QLatin1Char(' ')));
    }
    return out;
}

void TstDuplicates::batchScanEqualsPerProbeScan()
{
    // A generated population (households, ~6% duplicates with realistic errors, twins, Jr/Sr)
    // next to the patients of the earlier tests, with their decisions and merges.
    auto &database = m_review.server().app()->database();
    QSqlDatabase db = database.connection();
    QVERIFY(db.transaction());
    izdesk::server::PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
    QString error;
    int twins = 0, juniors = 0, duplicates = 0;
    bool ok = true;
    izdesk::server::PopulationGenerator(11, QDate(2026, 1, 1)).generate(2500, [&](const izdesk::server::GeneratedRecord &r) {
        ok = ok && writer.insert(r.toPatientInput(), &error).has_value();
        twins += r.birthOrder > 0 ? 1 : 0;
        juniors += r.suffix.isEmpty() ? 0 : 1;
        duplicates += r.duplicateOf.isEmpty() ? 0 : 1;
    });
    QVERIFY2(ok && writer.flush(&error) && db.commit(), qPrintable(error));
    QVERIFY2(twins > 0 && juniors > 0 && duplicates > 50, "the population has twins, Jr/Sr and duplicates");

    DuplicateDetector reference(db, database.dialect(), QDateTime::currentDateTimeUtc());
    const auto perProbe = reference.scanPerProbe();
    QVERIFY(perProbe);
    const QMap<QString, QString> expected = pairsTable();
    QVERIFY(expected.size() > 100);

    DuplicateDetector batch(db, database.dialect(), QDateTime::currentDateTimeUtc());
    const auto stats = batch.scan();
    QVERIFY(stats);
    QCOMPARE(stats->patients, perProbe->patients);
    QCOMPARE(stats->pairs, perProbe->pairs);
    const QMap<QString, QString> actual = pairsTable();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("pair %1: %2 vs %3").arg(it.key(), it.value(), actual.value(it.key()))));
    QCOMPARE(actual.size(), expected.size());

    // One thread gives the same pairs.
    batch.setThreads(1);
    QVERIFY(batch.scan());
    QCOMPARE(pairsTable(), expected);
}

void TstDuplicates::restrictedBatchAgreesOnItsPairs()
{
    // After the full scan of the previous test: the later half of the patients as the only
    // probes of the batch (what a large import runs), on an empty table.
    auto &database = m_review.server().app()->database();
    QSqlDatabase db = database.connection();
    const QMap<QString, QString> full = pairsTable();
    QList<qint64> all;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM patients ORDER BY id")));
    while (q.next())
        all << q.value(0).toLongLong();
    const QList<qint64> fresh = all.mid(all.size() / 2);
    const QSet<qint64> freshSet(fresh.cbegin(), fresh.cend());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM duplicate_candidates")));

    DuplicateDetector detector(db, database.dialect(), QDateTime::currentDateTimeUtc());
    detector.setBatchFrom(0);
    QVERIFY(detector.refreshPatients(fresh));
    const QMap<QString, QString> restricted = pairsTable();
    QVERIFY(restricted.size() > 50);
    const auto probes = [&freshSet](const QString &pair) { // how many sides of "low high" are probes
        return int(freshSet.contains(pair.section(QLatin1Char(' '), 0, 0).toLongLong()))
            + int(freshSet.contains(pair.section(QLatin1Char(' '), 1, 1).toLongLong()));
    };
    for (auto it = restricted.cbegin(); it != restricted.cend(); ++it)
        QVERIFY2(probes(it.key()) > 0, "every pair has a probe side");
    // Pairs between two probes are exactly the full scan's (open ones; decisions were deleted).
    for (auto it = full.cbegin(); it != full.cend(); ++it) {
        if (probes(it.key()) == 2 && it.value().contains(QLatin1String(" open ")))
            QVERIFY2(restricted.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TstDuplicates)
#include "tst_duplicates.moc"
