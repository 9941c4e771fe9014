// Patient merge and unmerge over real HTTP, on SQLite and PostgreSQL: a preview writes
// nothing; a merge retires the source, moves and de-duplicates its events and keeps one
// record with both before-images; reasons, vetoes, roles and impossible merges are refused;
// unmerge gives both patients back; nothing a patient is called reaches the log or the audit.

#include "httptestclient.h"
#include "mergetestdata.h"
#include "reviewtestserver.h"
#include "serverapp.h"
#include "testserver.h"

#include <QJsonArray>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using namespace izdesk::test;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TstMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void previewWritesNothing();
    void applyMergesInOneRecord();
    void reasonIsRequired();
    void badChoicesAre422();
    void vetoNeedsSupervisor();
    void impossibleMergesAre409();
    void rolesAreChecked();
    void unmergeGivesBothBack();
    void laterMergeIsUndoneFirst();
    void mergeHistoryPages();
    void nothingIdentifyingInLogsOrAudit();

private:
    struct Pair
    {
        qint64 target = 0, source = 0;
    };
    Pair insertPair(const QString &tag, bool veto = false);
    struct Merged
    {
        Pair pair;
        QJsonObject targetBefore, sourceBefore;
        qint64 mergeId = 0;
        QByteArray location;
    };
    // A fresh pair, snapshotted and then merged by a specialist over HTTP.
    Merged mergeFreshPair(const QString &tag);
    QJsonObject mergeBody(qint64 source, bool preview,
                          const QString &reason = QStringLiteral("same child, two clinics"));
    HttpTestClient &as(const QString &role) { return m_review.as(role); }
    qint64 countRows(const QString &sql);

    ReviewTestServer m_review; // the server, its staff and their signed-in clients
    int m_serial = 0;
};

void TstMerge::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    QString error;
    QVERIFY2(m_review.start(&error), qPrintable(error));
}

void TstMerge::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

qint64 TstMerge::countRows(const QString &sql)
{
    QSqlQuery q(m_review.server().app()->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Target: Zebulon Quigley, DTaP with a lot. Source: the same child entered again with a
// typo, an unspecified DTaP the same day without a lot (a duplicate) and an MMR (moves).
TstMerge::Pair TstMerge::insertPair(const QString &tag, bool veto)
{
    ++m_serial;
    auto &database = m_review.server().app()->database();
    PatientInput target;
    target.first = QStringLiteral("Zebulon");
    target.last = QStringLiteral("Quigley");
    target.dob = QDate(2019, 4, 3);
    target.sex = QStringLiteral("M");
    target.motherMaiden = QStringLiteral("Thistlewood");
    target.identifiers << PatientInput::Identifier{QStringLiteral("source_id"),
                                                   QStringLiteral("T-%1-%2").arg(tag).arg(m_serial), QString()};
    PatientInput source = target;
    source.first = QStringLiteral("Zebulun");
    source.middle = QStringLiteral("Ambrose");
    source.identifiers = {PatientInput::Identifier{QStringLiteral("source_id"),
                                                   QStringLiteral("S-%1-%2").arg(tag).arg(m_serial), QString()},
                          PatientInput::Identifier{QStringLiteral("mrn"), QStringLiteral("MRN-%1").arg(m_serial),
                                                   QStringLiteral("CLINIC02")}};
    if (veto) {
        source.dob = QDate(2018, 1, 9);
        source.sex = QStringLiteral("F");
    }
    QString error;
    const auto t = insertPatient(database, target,
                                 {dose(QStringLiteral("20"), QDate(2019, 6, 3), QStringLiteral("LOT-A"))}, &error);
    const auto s = insertPatient(
        database, source,
        {dose(QStringLiteral("107"), QDate(2019, 6, 3)), dose(QStringLiteral("03"), QDate(2020, 4, 5))}, &error);
    if (!t || !s)
        qWarning() << "insert failed" << error;
    return {t.value_or(0), s.value_or(0)};
}

QJsonObject TstMerge::mergeBody(qint64 source, bool preview, const QString &reason)
{
    QJsonObject body{
        {QStringLiteral("source"), source},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("first_name"), QStringLiteral("target")},
                     {QStringLiteral("middle_name"), QStringLiteral("source")},
                     {QStringLiteral("race"), QJsonObject{{QStringLiteral("value"), QStringLiteral("2106-3")}}}}},
        {QStringLiteral("preview"), preview}};
    if (!reason.isNull())
        body.insert(QStringLiteral("reason"), reason);
    return body;
}

TstMerge::Merged TstMerge::mergeFreshPair(const QString &tag)
{
    Merged m;
    m.pair = insertPair(tag);
    auto &database = m_review.server().app()->database();
    m.targetBefore = comparable(database, m.pair.target);
    m.sourceBefore = comparable(database, m.pair.source);
    const auto r
        = as(QStringLiteral("specialist"))
              .post(QStringLiteral("/api/v1/patients/%1/merge").arg(m.pair.target), mergeBody(m.pair.source, false));
    if (r.status == 201) {
        m.mergeId = r.object().value(QStringLiteral("id")).toInteger();
        m.location = r.header("Location");
    } else
        qWarning() << "merge failed" << r.status << r.raw;
    return m;
}

void TstMerge::previewWritesNothing()
{
    const Pair pair = insertPair(QStringLiteral("preview"));
    auto &database = m_review.server().app()->database();
    const QJsonObject targetBefore = comparable(database, pair.target);
    const QJsonObject sourceBefore = comparable(database, pair.source);
    const qint64 merges = countRows(QStringLiteral("SELECT COUNT(*) FROM patient_merges"));
    const auto r
        = as(QStringLiteral("specialist"))
              .post(QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target), mergeBody(pair.source, true));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.object();
    QCOMPARE(body.value(QStringLiteral("preview")).toBool(), true);
    const QJsonObject merged = body.value(QStringLiteral("merged")).toObject();
    QCOMPARE(merged.value(QStringLiteral("first_name")).toString(), QStringLiteral("Zebulon"));
    QCOMPARE(merged.value(QStringLiteral("middle_name")).toString(), QStringLiteral("Ambrose"));
    QCOMPARE(merged.value(QStringLiteral("race")).toString(), QStringLiteral("2106-3"));
    // The unspecified DTaP without a lot on the same day is the duplicate; the MMR moves.
    const QJsonArray hidden = body.value(QStringLiteral("hidden_events")).toArray();
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("specific_cvx"));
    QCOMPARE(body.value(QStringLiteral("moved_event_ids")).toArray().size(), 2);
    QCOMPARE(body.value(QStringLiteral("requires_supervisor")).toBool(), false);
    QCOMPARE(comparable(database, pair.target), targetBefore);
    QCOMPARE(comparable(database, pair.source), sourceBefore);
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM patient_merges")), merges);
}

void TstMerge::applyMergesInOneRecord()
{
    const Merged m = mergeFreshPair(QStringLiteral("apply"));
    QVERIFY(m.mergeId > 0);
    const Pair pair = m.pair;
    const qint64 mergeId = m.mergeId;
    QCOMPARE(m.location, QByteArray("/api/v1/merges/") + QByteArray::number(mergeId));
    auto &database = m_review.server().app()->database();
    auto &client = as(QStringLiteral("specialist"));

    const auto target = client.get(QStringLiteral("/api/v1/patients/%1").arg(pair.target));
    QCOMPARE(target.status, 200);
    QCOMPARE(target.object().value(QStringLiteral("middle_name")).toString(), QStringLiteral("Ambrose"));
    QCOMPARE(target.object().value(QStringLiteral("race")).toString(), QStringLiteral("2106-3"));
    int old = 0;
    for (const QJsonValue &v : target.object().value(QStringLiteral("identifiers")).toArray())
        old += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("old") ? 1 : 0;
    QCOMPARE(old, 3); // the source's IIS id, source id and MRN, kept as old
    const QJsonObject source = comparable(database, pair.source);
    QCOMPARE(source.value(QStringLiteral("patient")).toObject().value(QStringLiteral("active")).toVariant().toBool(),
             false);
    QCOMPARE(source.value(QStringLiteral("immunizations")).toArray().size(), 0);
    const QJsonArray events = comparable(database, pair.target).value(QStringLiteral("immunizations")).toArray();
    QCOMPARE(events.size(), 3);
    int hiddenCount = 0;
    for (const QJsonValue &v : events)
        hiddenCount += v.toObject().value(QStringLiteral("hidden")).toVariant().toBool() ? 1 : 0;
    QCOMPARE(hiddenCount, 1); // hidden, not deleted
    QCOMPARE(
        countRows(
            QStringLiteral(
                "SELECT COUNT(*) FROM patient_links WHERE merge_id = %1 AND patient_id = %2 AND kind = 'replaced-by'")
                .arg(mergeId)
                .arg(pair.source)),
        1);
    QCOMPARE(countRows(
                 QStringLiteral(
                     "SELECT COUNT(*) FROM patient_links WHERE merge_id = %1 AND patient_id = %2 AND kind = 'replaces'")
                     .arg(mergeId)
                     .arg(pair.target)),
             1);

    // The record holds both before-images in full.
    QSqlQuery q(database.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT target_before, source_before FROM patient_merges WHERE id = %1").arg(mergeId)));
    QVERIFY(q.next());
    QCOMPARE(withoutBookkeeping(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()), m.targetBefore);
    QCOMPARE(withoutBookkeeping(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()), m.sourceBefore);
    QCOMPARE(countRows(
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'patient.merge' AND entity_id = '%1'")
                     .arg(pair.target)),
             1);

    const auto record = client.get(QStringLiteral("/api/v1/merges/%1").arg(mergeId));
    QCOMPARE(record.status, 200);
    QCOMPARE(record.object().value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QCOMPARE(record.object().value(QStringLiteral("hidden_events")).toArray().size(), 1);
    QVERIFY(!record.object().contains(QStringLiteral("target_before")));
    const auto list = client.get(QStringLiteral("/api/v1/patients/%1/merges").arg(pair.source));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("items")).toArray().size(), 1);
    // The retired record no longer comes up in a search; the survivor shows its own source id,
    // not the one it keeps as old.
    const auto search = client.get(QStringLiteral("/api/v1/patients?q=Zebulun%20Quigley%2004/03/2019&limit=50"));
    QCOMPARE(search.status, 200);
    bool foundTarget = false;
    for (const QJsonValue &v : search.object().value(QStringLiteral("items")).toArray()) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id != pair.source);
        if (id == pair.target) {
            foundTarget = true;
            QVERIFY(v.toObject().value(QStringLiteral("source_id")).toString().startsWith(QLatin1String("T-apply-")));
        }
    }
    QVERIFY(foundTarget);
}

void TstMerge::reasonIsRequired()
{
    const Pair pair = insertPair(QStringLiteral("reason"));
    for (const QString &reason : {QString(), QStringLiteral("   ")}) {
        const auto r = as(QStringLiteral("specialist"))
                           .post(QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target),
                                 mergeBody(pair.source, false, reason));
        QCOMPARE(r.status, 422);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        const QJsonArray errors = r.object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    }
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE target_id = %1").arg(pair.target)), 0);
    // A preview comes before the decision and may leave the reason out.
    QCOMPARE(
        as(QStringLiteral("specialist"))
            .post(QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target), mergeBody(pair.source, true, QString()))
            .status,
        200);
}

void TstMerge::badChoicesAre422()
{
    const Pair pair = insertPair(QStringLiteral("choices"));
    QJsonObject body = mergeBody(pair.source, true);
    body.insert(QStringLiteral("fields"),
                QJsonObject{{QStringLiteral("sex"), QJsonObject{{QStringLiteral("value"), QStringLiteral("X")}}},
                            {QStringLiteral("shoe_size"), QStringLiteral("source")},
                            {QStringLiteral("birth_date"), QStringLiteral("newest")}});
    const auto r
        = as(QStringLiteral("specialist")).post(QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target), body);
    QCOMPARE(r.status, 422);
    QStringList fields;
    for (const QJsonValue &v : r.object().value(QStringLiteral("errors")).toArray())
        fields << v.toObject().value(QStringLiteral("field")).toString();
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("fields.birth_date"), QStringLiteral("fields.sex"),
                                  QStringLiteral("fields.shoe_size")}));
}

void TstMerge::vetoNeedsSupervisor()
{
    const Pair pair = insertPair(QStringLiteral("veto"), true);
    const QString path = QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target);
    const auto preview = as(QStringLiteral("specialist")).post(path, mergeBody(pair.source, true));
    QCOMPARE(preview.status, 200);
    QCOMPARE(preview.object().value(QStringLiteral("requires_supervisor")).toBool(), true);
    QCOMPARE(preview.object().value(QStringLiteral("vetoes")).toArray(),
             QJsonArray{QStringLiteral("dob_and_sex_differ")});
    const auto refused = as(QStringLiteral("specialist")).post(path, mergeBody(pair.source, false));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.object().value(QStringLiteral("type")).toString().endsWith(QLatin1String("/merge-veto")));
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE target_id = %1").arg(pair.target)), 0);
    const auto done = as(QStringLiteral("supervisor")).post(path, mergeBody(pair.source, false));
    QCOMPARE(done.status, 201);
    QCOMPARE(done.object().value(QStringLiteral("vetoes")).toArray(),
             QJsonArray{QStringLiteral("dob_and_sex_differ")});
}

void TstMerge::impossibleMergesAre409()
{
    const Pair pair = insertPair(QStringLiteral("conflict"));
    const Pair other = insertPair(QStringLiteral("conflict2"));
    auto &client = as(QStringLiteral("specialist"));
    auto post = [&](qint64 target, qint64 source) {
        return client.post(QStringLiteral("/api/v1/patients/%1/merge").arg(target), mergeBody(source, false)).status;
    };
    QCOMPARE(post(pair.target, pair.target), 409);
    QCOMPARE(post(pair.target, 99999999), 404);
    QCOMPARE(post(pair.target, pair.source), 201);
    QCOMPARE(post(pair.target, pair.source), 409);  // already merged away
    QCOMPARE(post(other.target, pair.source), 409); // inactive source
    QCOMPARE(post(pair.source, other.target), 409); // inactive target
}

void TstMerge::rolesAreChecked()
{
    const Pair pair = insertPair(QStringLiteral("roles"));
    const QString path = QStringLiteral("/api/v1/patients/%1/merge").arg(pair.target);
    QCOMPARE(as(QStringLiteral("trainer")).post(path, mergeBody(pair.source, false)).status, 403);
    HttpTestClient anonymous(m_review.server().baseUrl());
    QCOMPARE(anonymous.post(path, mergeBody(pair.source, true)).status, 401);
    QCOMPARE(anonymous.post(QStringLiteral("/api/v1/merges/1/unmerge"), QJsonObject()).status, 401);
    QCOMPARE(as(QStringLiteral("trainer")).post(QStringLiteral("/api/v1/merges/1/unmerge"), QJsonObject()).status, 403);
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE target_id = %1").arg(pair.target)), 0);
}

void TstMerge::unmergeGivesBothBack()
{
    const Merged m = mergeFreshPair(QStringLiteral("unmerge"));
    QVERIFY(m.mergeId > 0);
    const Pair pair = m.pair;
    const qint64 mergeId = m.mergeId;
    const QJsonObject &targetBefore = m.targetBefore;
    const QJsonObject &sourceBefore = m.sourceBefore;
    auto &database = m_review.server().app()->database();
    auto &client = as(QStringLiteral("specialist"));
    // A dose recorded on the merged record after the merge stays with it.
    QString error;
    {
        QSqlDatabase db = database.connection();
        izdesk::server::PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
        QVERIFY(db.transaction());
        QVERIFY2(writer.insertImmunization(pair.target,
                                           dose(QStringLiteral("21"), QDate(2021, 5, 5), QStringLiteral("V1")), &error),
                 qPrintable(error));
        QVERIFY2(writer.flush(&error), qPrintable(error));
        QVERIFY(db.commit());
    }
    const QString path = QStringLiteral("/api/v1/merges/%1/unmerge").arg(mergeId);
    const auto undone
        = client.post(path, QJsonObject(), {{"Idempotency-Key", "unmerge-" + QByteArray::number(mergeId)}});
    QCOMPARE(undone.status, 200);
    QCOMPARE(undone.object().value(QStringLiteral("status")).toString(), QStringLiteral("unmerged"));
    QCOMPARE(undone.object().value(QStringLiteral("conflicts")).toArray().size(), 0);
    const QJsonArray placed = undone.object().value(QStringLiteral("placed")).toArray();
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("new_event"));
    QCOMPARE(comparable(database, pair.source), sourceBefore);
    QJsonObject target = comparable(database, pair.target);
    QJsonArray events = target.value(QStringLiteral("immunizations")).toArray();
    QCOMPARE(events.size(), targetBefore.value(QStringLiteral("immunizations")).toArray().size() + 1);
    QCOMPARE(events.last().toObject().value(QStringLiteral("cvx")).toString(), QStringLiteral("21"));
    events.removeLast();
    target.insert(QStringLiteral("immunizations"), events);
    QCOMPARE(target, targetBefore);
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM patient_links WHERE merge_id = %1").arg(mergeId)), 0);
    // The same key replays; a new request is refused: it is already undone.
    QCOMPARE(client.post(path, QJsonObject(), {{"Idempotency-Key", "unmerge-" + QByteArray::number(mergeId)}}).status,
             200);
    QCOMPARE(client.post(path, QJsonObject()).status, 409);
    QCOMPARE(client.post(QStringLiteral("/api/v1/merges/99999999/unmerge"), QJsonObject()).status, 404);
    QCOMPARE(countRows(QStringLiteral(
                           "SELECT COUNT(*) FROM audit_events WHERE action = 'patient.unmerge' AND entity_id = '%1'")
                           .arg(mergeId)),
             1);
}

// Target T absorbs S1, then S2: undoing the first merge first would hand S2's doses to
// nobody, so it waits until the second is undone.
void TstMerge::laterMergeIsUndoneFirst()
{
    const Merged first = mergeFreshPair(QStringLiteral("chain"));
    QVERIFY(first.mergeId > 0);
    const Pair second = insertPair(QStringLiteral("chain2"));
    auto &client = as(QStringLiteral("specialist"));
    const auto r = client.post(QStringLiteral("/api/v1/patients/%1/merge").arg(first.pair.target),
                               mergeBody(second.source, false));
    QCOMPARE(r.status, 201);
    const qint64 secondId = r.object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(client.post(QStringLiteral("/api/v1/merges/%1/unmerge").arg(first.mergeId), QJsonObject()).status, 409);
    QCOMPARE(client.post(QStringLiteral("/api/v1/merges/%1/unmerge").arg(secondId), QJsonObject()).status, 200);
    QCOMPARE(client.post(QStringLiteral("/api/v1/merges/%1/unmerge").arg(first.mergeId), QJsonObject()).status, 200);
    auto &database = m_review.server().app()->database();
    QCOMPARE(comparable(database, first.pair.target), first.targetBefore);
    QCOMPARE(comparable(database, first.pair.source), first.sourceBefore);
}

// Merged, undone and merged again: the patient's merge history, newest first, in pages.
void TstMerge::mergeHistoryPages()
{
    const Merged m = mergeFreshPair(QStringLiteral("pages"));
    QVERIFY(m.mergeId > 0);
    auto &client = as(QStringLiteral("specialist"));
    QCOMPARE(client.post(QStringLiteral("/api/v1/merges/%1/unmerge").arg(m.mergeId), QJsonObject()).status, 200);
    const auto again
        = client.post(QStringLiteral("/api/v1/patients/%1/merge").arg(m.pair.target), mergeBody(m.pair.source, false));
    QCOMPARE(again.status, 201);
    const QString path = QStringLiteral("/api/v1/patients/%1/merges").arg(m.pair.target);
    const auto page1 = client.get(path + QStringLiteral("?limit=1"));
    QCOMPARE(page1.status, 200);
    QJsonArray items = page1.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toInteger(),
             again.object().value(QStringLiteral("id")).toInteger());
    const QString cursor = page1.object().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const auto page2 = client.get(path + QStringLiteral("?limit=1&cursor=") + cursor);
    QCOMPARE(page2.status, 200);
    items = page2.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toInteger(), m.mergeId);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unmerged"));
    QVERIFY(page2.object().value(QStringLiteral("next_cursor")).isNull());
    QCOMPARE(client.get(path + QStringLiteral("?limit=0")).status, 422);
    QCOMPARE(client.get(path + QStringLiteral("?cursor=abc")).status, 422);
}

void TstMerge::nothingIdentifyingInLogsOrAudit()
{
    const Merged m = mergeFreshPair(QStringLiteral("phi"));
    QVERIFY(m.mergeId > 0);
    QCOMPARE(as(QStringLiteral("specialist"))
                 .post(QStringLiteral("/api/v1/merges/%1/unmerge").arg(m.mergeId), QJsonObject())
                 .status,
             200);
    const QStringList phi{QStringLiteral("Zebulon"), QStringLiteral("Zebulun"),     QStringLiteral("Quigley"),
                          QStringLiteral("Ambrose"), QStringLiteral("Thistlewood"), QStringLiteral("2019-04-03"),
                          QStringLiteral("MRN-"),    QStringLiteral("same child")};
    {
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(capturedLog)) {
            for (const QString &value : phi)
                QVERIFY2(!line.contains(value, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("log line names %1").arg(value)));
        }
    }
    QSqlQuery q(m_review.server().app()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_events WHERE action LIKE 'patient.%merge%'")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (const QString &value : phi)
            QVERIFY2(!q.value(0).toString().contains(value, Qt::CaseInsensitive), qPrintable(value));
    }
    QVERIFY(rows >= 3);
}

QTEST_GUILESS_MAIN(TstMerge)
#include "tst_merge.moc"
