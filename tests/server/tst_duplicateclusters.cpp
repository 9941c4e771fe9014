// Duplicate clusters over real HTTP, on SQLite and PostgreSQL: three records of one child are
// one cluster whose members were all scored against each other; a sibling linked to only
// some of them, or a chain A~B~C with A and C unrelated, is never pulled in; a "not a
// duplicate" decision splits a cluster; paging, filters and roles. Plus the grouping rule
// itself on hand-made score matrices.

#include "duplicates/clusterbuilder.h"
#include "patienttestdata.h"
#include "reviewtestserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using izdesk::matching::MatchScorer;
using izdesk::server::ClusterBuilder;
using izdesk::test::HttpTestClient;
using namespace izdesk::test;

class TstDuplicateClusters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builderNeverChains();
    void builderKeepsTheSeedGrade();
    void oneChildIsOneClusterScoredAgainstEveryMember();
    void chainIsNotACluster();
    void notDuplicateSplitsACluster();
    void pagingFiltersAndRoles();

private:
    HttpTestClient &as(const QString &role) { return m_review.as(role); }
    qint64 insert(PatientInput patient, const QString &sourceId) { return m_review.insert(std::move(patient), sourceId); }
    bool scan() { return m_review.scan(); }
    QList<QJsonObject> clusters(const QString &filter = {});
    static QSet<QString> sourceIds(const QJsonArray &members);
    QJsonObject clusterWith(const QString &sourceId, const QString &filter = {});

    ReviewTestServer m_review;
};

namespace {

// A symmetric matrix of results for the pure tests.
struct Matrix
{
    explicit Matrix(int n)
        : n(n)
        , cells(n * n)
    {
    }
    void set(int i, int j, double score, MatchScorer::Grade grade)
    {
        cells[i * n + j].score = cells[j * n + i].score = score;
        cells[i * n + j].grade = cells[j * n + i].grade = grade;
    }
    ClusterBuilder::Link link() const
    {
        return [this](int i, int j) -> const MatchScorer::Result & { return cells.at(i * n + j); };
    }
    int n;
    QList<MatchScorer::Result> cells;
};

} // namespace

void TstDuplicateClusters::initTestCase()
{
    QString error;
    QVERIFY2(m_review.start(&error), qPrintable(error));
}

QList<QJsonObject> TstDuplicateClusters::clusters(const QString &filter)
{
    return m_review.collect(QStringLiteral("specialist"), QStringLiteral("/api/v1/duplicates/clusters?limit=1") + filter);
}

QSet<QString> TstDuplicateClusters::sourceIds(const QJsonArray &members)
{
    QSet<QString> out;
    for (const auto &m : members)
        out.insert(m.toObject().value(QStringLiteral("source_id")).toString());
    return out;
}

QJsonObject TstDuplicateClusters::clusterWith(const QString &sourceId, const QString &filter)
{
    for (const QJsonObject &c : clusters(filter))
        if (sourceIds(c.value(QStringLiteral("members")).toArray()).contains(sourceId))
            return c;
    return {};
}

void TstDuplicateClusters::builderNeverChains()
{
    // 0~1 and 1~2 strongly, 0 and 2 not at all: no group of three.
    Matrix m(3);
    m.set(0, 1, 30, MatchScorer::Grade::Certain);
    m.set(1, 2, 25, MatchScorer::Grade::Certain);
    const auto groups = ClusterBuilder::build(3, m.link());
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.constFirst(), (QList<int>{0, 1}));

    // A clique of four plus a fifth linked to three of them: the clique, and the fifth alone.
    Matrix k(5);
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            k.set(i, j, 22 + i + j, MatchScorer::Grade::Certain);
    k.set(4, 0, 40, MatchScorer::Grade::Certain);
    k.set(4, 1, 40, MatchScorer::Grade::Certain);
    k.set(4, 2, 40, MatchScorer::Grade::Certain);
    const auto groups2 = ClusterBuilder::build(5, k.link());
    QVERIFY(!groups2.isEmpty());
    for (const QList<int> &g : groups2)
        for (int a : g)
            for (int b : g)
                QVERIFY2(a == b || k.link()(a, b).grade != MatchScorer::Grade::None, "every two members are linked");
}

void TstDuplicateClusters::builderKeepsTheSeedGrade()
{
    // 0,1,2 certain with one another; 3 only possible with each: not in their cluster.
    Matrix m(4);
    m.set(0, 1, 30, MatchScorer::Grade::Certain);
    m.set(0, 2, 28, MatchScorer::Grade::Certain);
    m.set(1, 2, 27, MatchScorer::Grade::Certain);
    for (int i = 0; i < 3; ++i)
        m.set(i, 3, 8, MatchScorer::Grade::Possible);
    const auto groups = ClusterBuilder::build(4, m.link());
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.constFirst(), (QList<int>{0, 1, 2}));
}

void TstDuplicateClusters::oneChildIsOneClusterScoredAgainstEveryMember()
{
    const auto child = [](const QString &first, const QString &last, const QDate &dob) {
        PatientInput p = person(first, last, dob, QStringLiteral("M"), QStringLiteral("418 Larkspur Ln"),
                                QStringLiteral("55104"), QStringLiteral("651-555-0142"));
        p.motherMaiden = QStringLiteral("Ferreira");
        return p;
    };
    const QDate dob(2019, 4, 3);
    insert(child(QStringLiteral("Jonathan"), QStringLiteral("Smithers"), dob), QStringLiteral("CLU-1"));
    insert(child(QStringLiteral("Jon"), QStringLiteral("Smithers"), dob), QStringLiteral("CLU-2"));      // nickname
    insert(child(QStringLiteral("Jonathan"), QStringLiteral("Smithars"), dob), QStringLiteral("CLU-3")); // typo
    // Household members linked to the child's records, not to each other.
    insert(child(QStringLiteral("Jonathan"), QStringLiteral("Smithers"), QDate(2016, 8, 20)), QStringLiteral("CLU-SIB"));
    insert(child(QStringLiteral("Marta"), QStringLiteral("Smithers"), dob), QStringLiteral("CLU-TWIN"));
    QVERIFY(scan());

    const QJsonObject c = clusterWith(QStringLiteral("CLU-1"));
    QVERIFY2(!c.isEmpty(), "the child's three records are listed as a cluster");
    QCOMPARE(sourceIds(c.value(QStringLiteral("members")).toArray()),
             (QSet<QString>{QStringLiteral("CLU-1"), QStringLiteral("CLU-2"), QStringLiteral("CLU-3")}));
    QCOMPARE(c.value(QStringLiteral("grade")).toString(), QStringLiteral("certain"));
    // Every two members were scored: three links for three members, each at least the grade.
    const QJsonArray links = c.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 3);
    for (const auto &v : links) {
        QCOMPARE(v[QStringLiteral("grade")].toString(), QStringLiteral("certain"));
        QVERIFY(v[QStringLiteral("score")].toDouble() >= c.value(QStringLiteral("min_score")).toDouble());
    }
    // The sibling and the twin stay out, and are named as left out of the group.
    const QSet<QString> leftOut = sourceIds(c.value(QStringLiteral("left_out")).toArray());
    QVERIFY(leftOut.contains(QStringLiteral("CLU-SIB")) || leftOut.contains(QStringLiteral("CLU-TWIN")));
    QCOMPARE(c.value(QStringLiteral("group_size")).toInt(), 3 + leftOut.size());
}

void TstDuplicateClusters::chainIsNotACluster()
{
    // A and B: same child, DOB keyed wrong (possible); B and C: same DOB, other given name in
    // one home (twin guard, possible); A and C: another DOB and another name (household).
    const auto rec = [](const QString &first, const QDate &dob) {
        PatientInput p = person(first, QStringLiteral("Quintanilla"), dob, QStringLiteral("F"),
                                QStringLiteral("9 Juniper Ct"), QStringLiteral("55811"), QStringLiteral("218-555-0133"));
        p.motherMaiden = QStringLiteral("Oyelaran");
        return p;
    };
    insert(rec(QStringLiteral("Rosalind"), QDate(2015, 2, 11)), QStringLiteral("CHAIN-A"));
    insert(rec(QStringLiteral("Rosalind"), QDate(2015, 9, 23)), QStringLiteral("CHAIN-B"));
    insert(rec(QStringLiteral("Beatriz"), QDate(2015, 9, 23)), QStringLiteral("CHAIN-C"));
    QVERIFY(scan());
    for (const QJsonObject &c : clusters()) {
        const QSet<QString> ids = sourceIds(c.value(QStringLiteral("members")).toArray());
        QVERIFY2(!(ids.contains(QStringLiteral("CHAIN-A")) && ids.contains(QStringLiteral("CHAIN-C"))),
                 "A and C are never put together through B");
    }
}

void TstDuplicateClusters::notDuplicateSplitsACluster()
{
    const auto rec = [](const QString &first, const QString &last) {
        return person(first, last, QDate(2020, 12, 1), QStringLiteral("M"), QStringLiteral("55 Elm St"),
                      QStringLiteral("56001"), QStringLiteral("507-555-0100"));
    };
    insert(rec(QStringLiteral("Theodore"), QStringLiteral("Whitcombe")), QStringLiteral("ND3-1"));
    insert(rec(QStringLiteral("Ted"), QStringLiteral("Whitcombe")), QStringLiteral("ND3-2"));
    insert(rec(QStringLiteral("Theodore"), QStringLiteral("Whitcomb")), QStringLiteral("ND3-3"));
    QVERIFY(scan());
    const QJsonObject before = clusterWith(QStringLiteral("ND3-1"));
    QCOMPARE(before.value(QStringLiteral("members")).toArray().size(), 3);
    // Decide 1 and 3 are not the same child: no cluster may hold both any more.
    qint64 pairId = 0;
    for (const auto &v : before.value(QStringLiteral("links")).toArray()) {
        const QSet<qint64> ends{v[QStringLiteral("low_id")].toInteger(), v[QStringLiteral("high_id")].toInteger()};
        qint64 one = 0, three = 0;
        for (const auto &m : before.value(QStringLiteral("members")).toArray()) {
            if (m[QStringLiteral("source_id")].toString() == QLatin1String("ND3-1"))
                one = m[QStringLiteral("patient_id")].toInteger();
            if (m[QStringLiteral("source_id")].toString() == QLatin1String("ND3-3"))
                three = m[QStringLiteral("patient_id")].toInteger();
        }
        if (ends == QSet<qint64>{one, three})
            pairId = v[QStringLiteral("pair_id")].toInteger();
    }
    QVERIFY2(pairId > 0, "the link names its stored pair");
    QCOMPARE(as(QStringLiteral("specialist"))
                 .post(QStringLiteral("/api/v1/duplicates/%1/not-duplicate").arg(pairId),
                       QJsonObject{{QStringLiteral("reason"), QStringLiteral("cousins, per the clinic")}})
                 .status,
             200);
    for (const QJsonObject &c : clusters()) {
        const QSet<QString> ids = sourceIds(c.value(QStringLiteral("members")).toArray());
        QVERIFY(!(ids.contains(QStringLiteral("ND3-1")) && ids.contains(QStringLiteral("ND3-3"))));
    }
}

void TstDuplicateClusters::pagingFiltersAndRoles()
{
    // Pages of one cluster each reach the same clusters as one page.
    const auto r = as(QStringLiteral("specialist")).get(QStringLiteral("/api/v1/duplicates/clusters?limit=100"));
    QCOMPARE(r.status, 200);
    QCOMPARE(clusters().size(), r.object().value(QStringLiteral("items")).toArray().size());
    QVERIFY(!clusters().isEmpty());
    // A facility nobody belongs to lists nothing.
    QVERIFY(clusters(QStringLiteral("&facility=NOWHERE99")).isEmpty());
    // min_grade=certain lists only certain clusters.
    for (const QJsonObject &c : clusters(QStringLiteral("&min_grade=certain")))
        QCOMPARE(c.value(QStringLiteral("grade")).toString(), QStringLiteral("certain"));
    QCOMPARE(as(QStringLiteral("specialist")).get(QStringLiteral("/api/v1/duplicates/clusters?min_grade=great")).status,
             422);
    QCOMPARE(as(QStringLiteral("specialist")).get(QStringLiteral("/api/v1/duplicates/clusters?limit=101")).status, 422);
    QCOMPARE(as(QStringLiteral("trainer")).get(QStringLiteral("/api/v1/duplicates/clusters")).status, 403);
    HttpTestClient anonymous(m_review.server().baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/duplicates/clusters")).status, 401);
    QSqlQuery q(m_review.server().app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'duplicates.clusters'")) && q.next());
    QVERIFY(q.value(0).toLongLong() > 0);
}

QTEST_GUILESS_MAIN(TstDuplicateClusters)
#include "tst_duplicateclusters.moc"
