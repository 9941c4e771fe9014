// One veto rule everywhere, on SQLite and PostgreSQL: the same pairs of patient records go
// through the search's scorer (the records as PatientSearch reads them), duplicate detection
// (the pair it records) and the merge (its preview over HTTP), and all three name the same
// hard vetoes with the same codes — the ones each pair was built to have.

#include "duplicates/duplicatedetector.h"
#include "httptestclient.h"
#include "matching/hardvetoes.h"
#include "matching/matchscorer.h"
#include "matching/nicknametable.h"
#include "mergetestdata.h"
#include "patients/patientsearch.h"
#include "reviewtestserver.h"
#include "serverapp.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace izdesk::test;
using izdesk::server::PatientInput;
Q_DECLARE_METATYPE(izdesk::server::PatientInput)
namespace HardVetoes = izdesk::matching::HardVetoes;

class TstVetoesAgree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPathNamesTheSameVetoes_data();
    void everyPathNamesTheSameVetoes();

private:
    // A child as both records share it unless a pair changes it.
    static PatientInput child(const QString &tag);
    QStringList scorerVetoes(qint64 a, qint64 b);
    std::optional<QStringList> detectedVetoes(qint64 a, qint64 b);
    QStringList mergeVetoes(qint64 target, qint64 source);

    ReviewTestServer m_review;
};

void TstVetoesAgree::initTestCase()
{
    QString error;
    QVERIFY2(m_review.start(&error), qPrintable(error));
}

PatientInput TstVetoesAgree::child(const QString &tag)
{
    PatientInput p;
    p.first = QStringLiteral("Oriana");
    p.last = QStringLiteral("Vantongeren") + tag; // one family per pair: no pair meets another
    p.dob = QDate(2020, 2, 14);
    p.sex = QStringLiteral("F");
    p.motherMaiden = QStringLiteral("Hollingsworth");
    p.addresses << PatientInput::Address{QStringLiteral("home"), QStringLiteral("418 Larkspur Lane"),
                                         QStringLiteral("Duluth"), QStringLiteral("MN"), QStringLiteral("55802")};
    p.phones << PatientInput::Phone{QStringLiteral("home"), QStringLiteral("2185550147")};
    return p;
}

void TstVetoesAgree::everyPathNamesTheSameVetoes_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<PatientInput>("a");
    QTest::addColumn<PatientInput>("b");
    QTest::addColumn<QStringList>("expected");

    {
        PatientInput a = child(QStringLiteral("a")), b = a;
        b.first = QStringLiteral("Orianna");
        QTest::newRow("no veto") << QStringLiteral("a") << a << b << QStringList();
    }
    {
        PatientInput a = child(QStringLiteral("b")), b = a;
        a.identifiers << PatientInput::Identifier{
            QStringLiteral("birth_file_number"), QStringLiteral("2020-MN-004417"), {}};
        b.identifiers << PatientInput::Identifier{
            QStringLiteral("birth_file_number"), QStringLiteral("2020-MN-009932"), {}};
        QTest::newRow("birth file numbers")
            << QStringLiteral("b") << a << b << QStringList{QLatin1String(HardVetoes::differentBirthFileNumber)};
    }
    {
        PatientInput a = child(QStringLiteral("c")), b = a;
        a.multipleBirth = b.multipleBirth = true;
        a.birthOrder = 1;
        b.birthOrder = 2;
        b.first = QStringLiteral("Orianne");
        QTest::newRow("twins") << QStringLiteral("c") << a << b
                               << QStringList{QLatin1String(HardVetoes::differentBirthOrder)};
    }
    {
        PatientInput a = child(QStringLiteral("d")), b = a;
        b.dob = QDate(2018, 9, 3);
        b.sex = QStringLiteral("M");
        QTest::newRow("dob and sex") << QStringLiteral("d") << a << b
                                     << QStringList{QLatin1String(HardVetoes::dobAndSexDiffer)};
    }
    {
        PatientInput a = child(QStringLiteral("e")), b = a;
        a.multipleBirth = b.multipleBirth = true;
        a.birthOrder = 2;
        b.birthOrder = 3;
        a.identifiers << PatientInput::Identifier{
            QStringLiteral("birth_file_number"), QStringLiteral("2020-MN-005510"), {}};
        b.identifiers << PatientInput::Identifier{
            QStringLiteral("birth_file_number"), QStringLiteral("2020-MN-005511"), {}};
        QTest::newRow("two vetoes") << QStringLiteral("e") << a << b
                                    << QStringList{QLatin1String(HardVetoes::differentBirthFileNumber),
                                                   QLatin1String(HardVetoes::differentBirthOrder)};
    }
}

void TstVetoesAgree::everyPathNamesTheSameVetoes()
{
    QFETCH(QString, tag);
    QFETCH(PatientInput, a);
    QFETCH(PatientInput, b);
    QFETCH(QStringList, expected);
    const qint64 idA = m_review.insert(a, QStringLiteral("veto-%1-a").arg(tag));
    const qint64 idB = m_review.insert(b, QStringLiteral("veto-%1-b").arg(tag));
    QVERIFY(idA > 0 && idB > 0);

    const QStringList scored = scorerVetoes(idA, idB);
    const auto detected = detectedVetoes(idA, idB);
    QVERIFY2(detected, "detection recorded no pair for these two records");
    const QStringList merged = mergeVetoes(idA, idB);
    QCOMPARE(scored, expected);
    QCOMPARE(*detected, expected);
    QCOMPARE(merged, expected);
}

QStringList TstVetoesAgree::scorerVetoes(qint64 a, qint64 b)
{
    auto &database = m_review.server().app()->database();
    izdesk::server::PatientSearch search(database.connection(), database.dialect());
    const auto records = search.loadRecords({a, b}, true, nullptr);
    if (!records || !records->contains(a) || !records->contains(b))
        return {QStringLiteral("(records not read)")};
    const izdesk::matching::MatchScorer scorer(izdesk::matching::NicknameTable::builtIn());
    QStringList vetoes = scorer.compare(records->value(a), records->value(b)).vetoes;
    std::sort(vetoes.begin(), vetoes.end());
    return vetoes;
}

std::optional<QStringList> TstVetoesAgree::detectedVetoes(qint64 a, qint64 b)
{
    auto &database = m_review.server().app()->database();
    QSqlDatabase db = database.connection();
    izdesk::server::DuplicateDetector detector(db, database.dialect(), QDateTime::currentDateTimeUtc());
    if (!db.transaction() || !detector.refreshPatient(b) || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT vetoes FROM duplicate_candidates WHERE low_id = ? AND high_id = ?"));
    q.addBindValue(std::min(a, b));
    q.addBindValue(std::max(a, b));
    if (!q.exec() || !q.next())
        return std::nullopt;
    QStringList vetoes;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
        vetoes << v.toString();
    std::sort(vetoes.begin(), vetoes.end());
    return vetoes;
}

QStringList TstVetoesAgree::mergeVetoes(qint64 target, qint64 source)
{
    const QJsonObject body{{QStringLiteral("source"), source},
                           {QStringLiteral("preview"), true},
                           {QStringLiteral("reason"), QStringLiteral("same child, two clinics")}};
    const auto r
        = m_review.as(QStringLiteral("supervisor")).post(QStringLiteral("/api/v1/patients/%1/merge").arg(target), body);
    if (r.status != 200)
        return {QStringLiteral("(preview answered %1)").arg(r.status)};
    QStringList vetoes;
    for (const QJsonValue &v : r.object().value(QStringLiteral("vetoes")).toArray())
        vetoes << v.toString();
    std::sort(vetoes.begin(), vetoes.end());
    return vetoes;
}

QTEST_GUILESS_MAIN(TstVetoesAgree)
#include "tst_vetoesagree.moc"
