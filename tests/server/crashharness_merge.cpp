// The crash harness's merge scenario: patient merge and unmerge as requests to the real server
// binary, killed at a random point of each request and started again, until each is done;
// after every kill the merge (or unmerge) is whole or not there at all, and in the end the
// killed database equals the reference that ran every request once without kills.

#include "crashharness.h"

QUrl TstCrashHarness::startServer(ServerProcess &process, TestServer &server)
{
    QString error;
    const QUrl url = process.start(
        QStringLiteral("server"),
        {QStringLiteral("--database"), server.databaseUrl(), QStringLiteral("--environment"), QStringLiteral("uat")},
        &error);
    if (!url.isValid())
        qWarning().noquote() << error;
    return url;
}

QString TstCrashHarness::MergePlan::mergePath(TestServer &server, const QPair<QString, QString> &pair) const
{
    return QStringLiteral("/api/v1/patients/%1/merge").arg(idIn(server, pair.first));
}

QJsonObject TstCrashHarness::MergePlan::mergeBody(TestServer &server, const QPair<QString, QString> &pair) const
{
    return QJsonObject{{QStringLiteral("source"), idIn(server, pair.second)},
                       {QStringLiteral("reason"), QStringLiteral("same child")}};
}

qint64 TstCrashHarness::mergeId(const MergePlan &plan, TestServer &server, const QPair<QString, QString> &pair)
{
    return count(server, QStringLiteral("SELECT id FROM patient_merges WHERE target_id = %1 AND source_id = %2")
                             .arg(plan.idIn(server, pair.first))
                             .arg(plan.idIn(server, pair.second)));
}

void TstCrashHarness::planMerges(MergePlan &plan)
{
    // Disjoint pairs the scan found, with no hard veto.
    const QStringList candidates = rows(
        *m_ref, QStringLiteral("SELECT %1, %2 FROM duplicate_candidates c WHERE c.status = 'open' AND c.vetoes = '[]'")
                    .arg(kSourceKey.arg(QStringLiteral("c.low_id")), kSourceKey.arg(QStringLiteral("c.high_id"))));
    QSet<QString> used;
    const int pairCount = std::max(2, m_kills / 3);
    for (const QString &line : candidates) {
        const QStringList ids = line.split(QLatin1Char('|'));
        if (ids.size() != 2 || used.contains(ids.at(0)) || used.contains(ids.at(1)))
            continue;
        used << ids.at(0) << ids.at(1);
        plan.chosen.append({ids.at(0), ids.at(1)});
        if (plan.chosen.size() == pairCount)
            break;
    }
    QCOMPARE(plan.chosen.size(), pairCount);

    // Each side's id in each database, looked up before a merge gives the target both keys.
    for (TestServer *server : {m_ref.get(), m_killed.get()}) {
        for (const auto &pair : std::as_const(plan.chosen)) {
            plan.ids[server].insert(pair.first, idOf(*server, pair.first));
            plan.ids[server].insert(pair.second, idOf(*server, pair.second));
            QVERIFY(plan.ids[server].value(pair.first) > 0 && plan.ids[server].value(pair.second) > 0);
        }
    }
}

void TstCrashHarness::mergeAndUnmergeReference(const MergePlan &plan, KilledServer &killed)
{
    ServerProcess process(QStringLiteral(IZDESK_SERVER_BINARY));
    const QUrl url = startServer(process, *m_ref);
    QVERIFY(url.isValid());
    HttpTestClient client(url);
    QCOMPARE(client.login(QStringLiteral("specialist"), QLatin1String(kPassword)).status, 201);
    for (const auto &pair : std::as_const(plan.chosen)) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.post(plan.mergePath(*m_ref, pair), plan.mergeBody(*m_ref, pair)).status, 201);
        killed.longestMs = std::max(killed.longestMs, timer.elapsed());
    }
    for (const auto &pair : std::as_const(plan.chosen)) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            client.post(QStringLiteral("/api/v1/merges/%1/unmerge").arg(mergeId(plan, *m_ref, pair)), QJsonObject())
                .status,
            200);
        killed.longestMs = std::max(killed.longestMs, timer.elapsed());
    }
    QVERIFY(process.stop());
}

bool TstCrashHarness::sendKilled(KilledServer &killed, const QString &path, const QJsonObject &body)
{
    const QUrl url = startServer(killed.process, *m_killed);
    if (!url.isValid())
        return false;
    if (killed.token.isEmpty()) {
        HttpTestClient client(url);
        if (client.login(QStringLiteral("specialist"), QLatin1String(kPassword)).status != 201)
            return false;
        killed.token = client.token(); // the session is in the database: it outlives every kill
    }
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + killed.token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QTest::qWait(int(m_random.bounded(quint32(killed.longestMs + killed.longestMs / 2 + 1))));
    killed.process.kill();
    ++m_totalKills;
    return true;
}

int TstCrashHarness::sendWhole(KilledServer &killed, const QString &path, const QJsonObject &body)
{
    const QUrl url = startServer(killed.process, *m_killed);
    HttpTestClient client(url);
    client.setToken(killed.token);
    const int status = client.post(path, body).status;
    killed.process.stop();
    return status;
}

// At most three kills a request.
constexpr int killsPerRequest = 3;

void TstCrashHarness::mergeKilled(const MergePlan &plan, KilledServer &killed, const QPair<QString, QString> &pair)
{
    const qint64 source = plan.idIn(*m_killed, pair.second);
    for (int i = 0; i < killsPerRequest && mergeId(plan, *m_killed, pair) < 0; ++i) {
        QVERIFY(sendKilled(killed, plan.mergePath(*m_killed, pair), plan.mergeBody(*m_killed, pair)));
        // Merged whole (one record, one audit row, the source retired) or not at all.
        const qint64 merged = count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE "
                                                              "source_id = %1")
                                                   .arg(source));
        const qint64 active = count(*m_killed, QStringLiteral("SELECT CASE WHEN active THEN 1 ELSE 0 END FROM "
                                                              "patients WHERE id = %1")
                                                   .arg(source));
        const qint64 audited = count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                                               "'patient.merge' AND entity_id = '%1'")
                                                    .arg(plan.idIn(*m_killed, pair.first)));
        QVERIFY2((merged == 0 && active == 1 && audited == 0) || (merged == 1 && active == 0 && audited == 1),
                 qPrintable(QStringLiteral("%1 %2 %3").arg(merged).arg(active).arg(audited)));
    }
    // Sent again by the desk when it never got an answer; already done, it is not done twice.
    if (mergeId(plan, *m_killed, pair) < 0)
        QCOMPARE(sendWhole(killed, plan.mergePath(*m_killed, pair), plan.mergeBody(*m_killed, pair)), 201);
    else
        QVERIFY(sendWhole(killed, plan.mergePath(*m_killed, pair), plan.mergeBody(*m_killed, pair)) >= 400);
    QCOMPARE(count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM patient_merges WHERE source_id = %1").arg(source)),
             1);
}

void TstCrashHarness::unmergeKilled(const MergePlan &plan, KilledServer &killed, const QPair<QString, QString> &pair)
{
    const qint64 id = mergeId(plan, *m_killed, pair);
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/api/v1/merges/%1/unmerge").arg(id);
    const QString status = QStringLiteral("SELECT status FROM patient_merges WHERE id = %1").arg(id);
    for (int i = 0; i < killsPerRequest && rows(*m_killed, status) == QStringList{QStringLiteral("merged")}; ++i) {
        QVERIFY(sendKilled(killed, path, QJsonObject()));
        const QStringList now = rows(*m_killed, status);
        const qint64 links
            = count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM patient_links WHERE merge_id = %1").arg(id));
        const qint64 audited = count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                                               "'patient.unmerge' AND entity_id = '%1'")
                                                    .arg(id));
        QVERIFY2((now == QStringList{QStringLiteral("merged")} && links == 2 && audited == 0)
                     || (now == QStringList{QStringLiteral("unmerged")} && links == 0 && audited == 1),
                 qPrintable(QStringLiteral("%1 %2 %3").arg(now.join(QLatin1Char(','))).arg(links).arg(audited)));
    }
    if (rows(*m_killed, status) == QStringList{QStringLiteral("merged")})
        QCOMPARE(sendWhole(killed, path, QJsonObject()), 200);
    else
        QVERIFY(sendWhole(killed, path, QJsonObject()) >= 400);
}

void TstCrashHarness::mergeAndUnmergeKilledAtRandomPoints()
{
    MergePlan plan;
    planMerges(plan);
    if (QTest::currentTestFailed())
        return;
    // The reference first (it times the longest request), then the same requests on the
    // other database with the server killed at a random point of each until it is done.
    KilledServer killed;
    mergeAndUnmergeReference(plan, killed);
    if (QTest::currentTestFailed())
        return;
    const int killsBefore = m_totalKills;
    for (const auto &pair : std::as_const(plan.chosen)) {
        mergeKilled(plan, killed, pair);
        if (QTest::currentTestFailed())
            return;
    }
    for (const auto &pair : std::as_const(plan.chosen)) {
        unmergeKilled(plan, killed, pair);
        if (QTest::currentTestFailed())
            return;
    }

    qInfo("%d kills during merges and unmerges", m_totalKills - killsBefore);
    QCOMPARE(merges(*m_killed), merges(*m_ref));
    QCOMPARE(patients(*m_killed), patients(*m_ref));
    QCOMPARE(immunizations(*m_killed), immunizations(*m_ref));
    QCOMPARE(audits(*m_killed, QStringLiteral("patient.%merge")), audits(*m_ref, QStringLiteral("patient.%merge")));
    QCOMPARE(pairs(*m_killed), pairs(*m_ref));
}
