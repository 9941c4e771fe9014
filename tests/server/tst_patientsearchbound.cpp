// PatientSearch scores the full record only of candidates whose bound can still reach the
// top of the list. These tests hold that ranking to the exhaustive reference (every
// candidate's full record scored) on a generated population, and check the case the bound
// exists for: a name that matches only through an alias on file. On SQLite the candidates' rows
// are read with the SQLite API: the records must be the ones QSqlQuery gives.
#include "generator/populationgenerator.h"
#include "importer/patientimporter.h"
#include "patienttestdata.h"
#include "patients/candidaterow.h"
#include "patients/patientinput.h"
#include "patients/patientquery.h"
#include "patients/patientsearch.h"
#include "patients/patientwriter.h"
#include "serverapp.h"
#include "storage/database.h"
#include "storage/sqliterows.h"
#include "testserver.h"

#include <sqlite3.h>

#include <QTemporaryDir>
#include <QTest>

using izdesk::matching::MatchScorer;
using namespace izdesk::server;
using izdesk::test::TestServer;

class TstPatientSearchBound : public QObject
{
    Q_OBJECT

private slots:
    void boundedRankingEqualsExhaustive();
    void aliasMatchOutranksRowOnlyLeader();
    void sqliteRowsReadAsQueryRows();

private:
    static QList<PatientSearch::Hit> search(Database &db, const QString &params, bool exhaustive);
    static QString describe(const QList<PatientSearch::Hit> &hits);
};

QList<PatientSearch::Hit> TstPatientSearchBound::search(Database &db, const QString &params, bool exhaustive)
{
    QList<izdesk::FieldError> errors;
    const auto query = PatientQuery::parse(QueryParams::parse(params.toLatin1()).value_or(QueryParams()), 2026, &errors);
    if (!query)
        return {};
    PatientSearch s(db.connection(), db.dialect());
    s.setExhaustive(exhaustive);
    return s.run(*query, false).value_or(QList<PatientSearch::Hit>());
}

QString TstPatientSearchBound::describe(const QList<PatientSearch::Hit> &hits)
{
    QStringList parts;
    for (const auto &h : hits)
        parts << QStringLiteral("%1:%2").arg(h.patientId).arg(h.match.score);
    return parts.join(QLatin1Char(' '));
}

void TstPatientSearchBound::boundedRankingEqualsExhaustive()
{
    TestServer::Options options;
    options.seedDemo = false;
    TestServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir dir;
    PopulationGenerator generator(11, QDate(2026, 1, 1));
    PopulationGenerator::Stats stats;
    QVERIFY2(generator.writeCsv(3000, dir.path(), &stats, &error), qPrintable(error));
    auto &db = server.app()->database();
    PatientImporter importer(db.connection(), db.dialect(), QDateTime::currentDateTimeUtc());
    const auto report = importer.run(dir.filePath(QStringLiteral("patients.csv")));
    QVERIFY2(report.ok, qPrintable(report.errors.join(QLatin1Char('\n'))));

    // Callers' versions of real records: as on file, initial only, swapped, misspelled, with
    // the phone, and with street and ZIP (the cases whose bound includes phone/address gains).
    QList<GeneratedRecord> persons;
    PopulationGenerator(11, QDate(2026, 1, 1)).generate(3000, [&](const GeneratedRecord &r) {
        if (r.duplicateOf.isEmpty() && r.personId % 20 == 0)
            persons << r;
    });
    QVERIFY(persons.size() > 50);
    int compared = 0;
    int found = 0;
    for (const GeneratedRecord &p : std::as_const(persons)) {
        const QString dob = p.dob.toString(QStringLiteral("MM/dd/yyyy"));
        const QString misspelt = p.last.size() > 3 ? QString(p.last).remove(2, 1) : p.last;
        QStringList texts{p.first + QLatin1Char(' ') + p.last + QLatin1Char(' ') + dob,
                          p.first.left(1) + QLatin1Char(' ') + p.last + QLatin1Char(' ') + dob,
                          p.last + QLatin1Char(' ') + p.first + QLatin1Char(' ') + dob,
                          p.first + QLatin1Char(' ') + misspelt + QLatin1Char(' ') + dob,
                          p.last + QLatin1Char(' ') + p.phone};
        for (const QString &text : std::as_const(texts)) {
            const QString params = QStringLiteral("limit=5&q=") + QString::fromLatin1(QUrl::toPercentEncoding(text));
            const auto bounded = search(db, params, false);
            const auto reference = search(db, params, true);
            QCOMPARE(describe(bounded), describe(reference));
            for (qsizetype i = 0; i < bounded.size(); ++i)
                QCOMPARE(MatchScorer::explanation(bounded.at(i).match), MatchScorer::explanation(reference.at(i).match));
            ++compared;
            found += bounded.isEmpty() ? 0 : 1;
        }
        if (!p.street.isEmpty() && !p.zip.isEmpty()) {
            const QString params = QStringLiteral("limit=3&last=%1&street=%2&zip=%3")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(p.last)),
                                            QString::fromLatin1(QUrl::toPercentEncoding(p.street)), p.zip.left(5));
            QCOMPARE(describe(search(db, params, false)), describe(search(db, params, true)));
            ++compared;
        }
    }
    QVERIFY(compared > 250);
    QVERIFY2(found > compared * 3 / 4, qPrintable(QStringLiteral("%1 of %2 found").arg(found).arg(compared)));
}

void TstPatientSearchBound::aliasMatchOutranksRowOnlyLeader()
{
    TestServer::Options options;
    options.seedDemo = false;
    TestServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    auto &db = server.app()->database();
    QVERIFY(db.connection().transaction());
    PatientWriter writer(db.connection(), db.dialect(), QDateTime::currentDateTimeUtc());
    // On file under her married name; the caller gives her maiden name (an alias).
    PatientInput married;
    married.first = QStringLiteral("Margaret");
    married.last = QStringLiteral("Jones");
    married.dob = QDate(2015, 5, 5);
    married.sex = QStringLiteral("F");
    married.aliases << PatientInput::Name{QStringLiteral("maiden"), QStringLiteral("Margaret"), QString(), QStringLiteral("Smith")};
    // Namesakes born the same day: on the patients row alone they lead her by far; with her
    // alias she ties them (23.3) and wins on the lower id. Once the namesakes fill the list,
    // she is scored in full only if her bound counts what an alias can add.
    PatientInput namesake;
    namesake.first = QStringLiteral("Margaret");
    namesake.last = QStringLiteral("Smith");
    namesake.dob = QDate(2015, 5, 5);
    namesake.sex = QStringLiteral("F");
    const auto marriedId = writer.insert(married, &error);
    QVERIFY2(marriedId, qPrintable(error));
    for (int i = 0; i < 16; ++i) // exactly the first batch of full records the search scores
        QVERIFY2(writer.insert(namesake, &error), qPrintable(error));
    QVERIFY2(writer.flush(&error), qPrintable(error));
    QVERIFY(db.connection().commit());

    const QString params = QStringLiteral("limit=1&q=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("Margaret Smith 05/05/2015")));
    const auto hits = search(db, params, false);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().patientId, *marriedId);
    QCOMPARE(describe(hits), describe(search(db, params, true)));
    bool viaAlias = false;
    for (const auto &c : hits.first().match.contributions)
        viaAlias = viaAlias || (c.field == QLatin1String("last_name") && c.level == QLatin1String("exact"));
    QVERIFY(viaAlias);
}

namespace {

QString recordText(const izdesk::matching::MatchRecord &r)
{
    return QStringList{r.first, r.middle, r.last, r.suffix, r.firstAliases.join(u'/'), r.lastAliases.join(u'/'),
                       r.dob.isValid() ? r.dob.toString(Qt::ISODate) : QStringLiteral("no-dob"),
                       r.sex.isNull() ? QStringLiteral("null-sex") : r.sex, r.motherMaiden,
                       QString::number(r.multipleBirth), QString::number(r.birthOrder)}
        .join(u'|');
}

} // namespace

void TstPatientSearchBound::sqliteRowsReadAsQueryRows()
{
    TestServer::Options options;
    options.seedDemo = false;
    TestServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    auto &db = server.app()->database();
    sqlite3 *handle = SqliteRows::handle(db.connection());
    if (db.dialect() != Dialect::Sqlite) {
        QVERIFY(!handle); // the search reads rows through QSqlQuery there
        QSKIP("rows are read with the SQLite API on SQLite only");
    }
    QVERIFY(handle);
    QVERIFY2(!izdesk::test::insertRegistry(db, &error).isEmpty(), qPrintable(error));
    // Values the standardizer changes or drops, and the ones stored as NULL or 'U'.
    QVERIFY(db.connection().transaction());
    PatientWriter writer(db.connection(), db.dialect(), QDateTime::currentDateTimeUtc());
    QList<PatientInput> odd(6);
    odd[0].first = QStringLiteral("José");
    odd[0].last = QStringLiteral("Muñoz-García");
    odd[0].suffix = QStringLiteral("jr.");
    odd[0].middle = QStringLiteral("NMN");
    odd[0].dob = QDate(2019, 2, 28);
    odd[0].sex = QStringLiteral("M");
    odd[1].first = QStringLiteral("Ann");
    odd[1].middle = QStringLiteral("Marie Louise");
    odd[1].last = QStringLiteral("O'Neil");
    odd[1].motherMaiden = QStringLiteral("de la Cruz");
    odd[1].multipleBirth = true;
    odd[1].birthOrder = 2;
    odd[1].dob = QDate(2020, 12, 31);
    odd[1].sex = QStringLiteral("F");
    odd[2].first = QStringLiteral("Baby");
    odd[2].last = QStringLiteral("Van Der Berg");
    odd[2].suffix = QStringLiteral("III");
    odd[3].first = QStringLiteral("Kim");
    odd[3].last = QStringLiteral("Lee");
    odd[3].birthOrder = 3; // without the multiple-birth flag: not read
    odd[3].dob = QDate(1, 1, 1);
    odd[4].first = QStringLiteral("Unknown");
    odd[4].last = QStringLiteral("Smith");
    odd[4].motherMaiden = QStringLiteral("Ng");
    odd[5].last = QStringLiteral("Ng");
    odd[5].dob = QDate(2001, 9, 9);
    for (const PatientInput &p : std::as_const(odd))
        QVERIFY2(writer.insert(p, &error), qPrintable(error));
    QVERIFY2(writer.flush(&error), qPrintable(error));
    QVERIFY(db.connection().commit());

    const QString sql = QStringLiteral("SELECT id, %1 FROM patients ORDER BY id").arg(PatientSearch::rowColumns());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(sql));
    SqliteRows rows(handle);
    QVERIFY(rows.exec(sql, {}));
    int compared = 0;
    while (q.next()) {
        QVERIFY(rows.next());
        QCOMPARE(sqlite3_column_int64(rows.statement(), 0), q.value(0).toLongLong());
        const QString expected = recordText(PatientSearch::rowRecord(q, 1));
        CandidateRow whole = CandidateRow::read(rows.statement(), 1, CandidateRow::All);
        CandidateRow deferred = CandidateRow::read(rows.statement(), 1, 0);
        deferred.complete();
        QCOMPARE(recordText(whole.record), expected);
        QCOMPARE(recordText(deferred.record), expected);
        ++compared;
    }
    QVERIFY(!rows.next());
    QVERIFY(!rows.failed());
    QVERIFY(compared >= 16);
    // A statement SQLite refuses is an error, not an empty result.
    SqliteRows bad(handle);
    QVERIFY(!bad.exec(QStringLiteral("SELECT no_such_column FROM patients"), {}));
    QVERIFY(bad.failed());
}

QTEST_GUILESS_MAIN(TstPatientSearchBound)
#include "tst_patientsearchbound.moc"
