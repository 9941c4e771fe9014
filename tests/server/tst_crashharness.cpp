// SIGKILL at random points, many times, during each long or many-step operation: the CSV
// import (patients, immunizations, then duplicate detection), the duplicate scan, the IIS
// account sweep (each an `izdesk-server` tool run), and patient merge and unmerge (requests
// to the real server binary, which is killed and started again). After every kill the store
// holds the operation whole or not at all; after the operation is run again to its end the
// result equals that of one run without kills on a twin database built the same way:
// nothing doubled (patients, immunizations, pairs, merge records, audit rows), nothing lost.
// Kill delays are drawn from a seeded generator (IZDESK_CRASH_SEED overrides the seed,
// IZDESK_CRASH_KILLS the kills per operation). SQLite file and PostgreSQL.

#include "crashharness.h"

void TstCrashHarness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(IZDESK_SERVER_BINARY)));
    const quint32 seed = qEnvironmentVariableIsSet("IZDESK_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("IZDESK_CRASH_SEED"))
        : 20240611u;
    m_random.seed(seed);
    if (qEnvironmentVariableIsSet("IZDESK_CRASH_KILLS"))
        m_kills = std::max(1, qEnvironmentVariableIntValue("IZDESK_CRASH_KILLS"));
    qInfo("kill seed %u, %d kills per operation", seed, m_kills);

    // A synthetic population with duplicates (and its immunizations), as the legacy load has it.
    QProcess generate;
    generate.setStandardOutputFile(QProcess::nullDevice());
    generate.start(QStringLiteral(IZDESK_SERVER_BINARY),
                   {QStringLiteral("generate"), QStringLiteral("--patients"), QStringLiteral("1500"),
                    QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), m_dir.path()});
    QVERIFY(generate.waitForFinished(120000));
    QCOMPARE(generate.exitCode(), 0);
    m_patientsCsv = m_dir.filePath(QStringLiteral("patients.csv"));
    m_immunizationsCsv = m_dir.filePath(QStringLiteral("immunizations.csv"));
    QVERIFY(QFile::exists(m_patientsCsv) && QFile::exists(m_immunizationsCsv));

    // Twin databases: demo staff, organizations and IIS accounts, no patients yet.
    for (auto *server : {&m_ref, &m_killed}) {
        *server = std::make_unique<TestServer>();
        QString error;
        QVERIFY2((*server)->start(&error), qPrintable(error));
    }
}

void TstCrashHarness::cleanupTestCase()
{
    qInfo("%d kills in all", m_totalKills);
    m_ref.reset();
    m_killed.reset();
}

TstCrashHarness::Run TstCrashHarness::tool(TestServer &server, const QStringList &arguments, qint64 killAfterMs)
{
    Run run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(m_dir.filePath(QStringLiteral("tool.stderr")), QIODevice::Append);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(IZDESK_SERVER_BINARY),
            arguments + QStringList{QStringLiteral("--database"), server.databaseUrl()});
    if (!p.waitForStarted(10000))
        return run;
    run.finished = p.waitForFinished(killAfterMs < 0 ? 300000 : int(killAfterMs));
    if (!run.finished) {
        p.kill(); // SIGKILL: no cleanup, no rollback by the program itself
        p.waitForFinished(10000);
        ++m_totalKills;
    } else {
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    run.elapsedMs = timer.elapsed();
    return run;
}

void TstCrashHarness::killRepeatedly(const QStringList &arguments, const std::function<void(TestServer &)> &whole)
{
    const Run reference = tool(*m_ref, arguments);
    QCOMPARE(reference.exitCode, 0);
    // Anywhere from the program's start to its end; a run that ends first counts as a re-run.
    int kills = 0, attempts = 0;
    while (kills < m_kills && attempts++ < 3 * m_kills) {
        const Run killed = tool(*m_killed, arguments, qint64(m_random.bounded(quint32(reference.elapsedMs + 1))));
        QVERIFY(!killed.finished || killed.exitCode == 0);
        kills += killed.finished ? 0 : 1;
        whole(*m_killed);
        if (QTest::currentTestFailed()) {
            qWarning("after run %d (%d kills)", attempts, kills);
            return;
        }
    }
    qInfo("%d kills in %d runs (a run without kills: %lld ms)", kills, attempts, reference.elapsedMs);
    QVERIFY(kills >= m_kills / 2);
    QCOMPARE(tool(*m_killed, arguments).exitCode, 0);
}

QStringList TstCrashHarness::rows(TestServer &server, const QString &sql)
{
    QSqlQuery q(server.app()->database().connection());
    QStringList out;
    if (!q.exec(sql)) {
        qWarning().noquote() << "query failed:" << q.lastError().text() << sql;
        return {QStringLiteral("<query failed>")};
    }
    const int columns = q.record().count();
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields << q.value(c).toString();
        out << fields.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

qint64 TstCrashHarness::count(TestServer &server, const QString &sql)
{
    const QStringList r = rows(server, sql);
    return r.size() == 1 ? r.first().toLongLong() : -1;
}

QStringList TstCrashHarness::patients(TestServer &server)
{
    return rows(server, QStringLiteral("SELECT i.value, p.first_name, p.last_name, p.birth_date, p.sex, "
                                       "CASE WHEN p.active THEN 1 ELSE 0 END FROM patients p "
                                       "JOIN patient_identifiers i ON i.patient_id = p.id AND i.type = 'source_id'"));
}

QStringList TstCrashHarness::immunizations(TestServer &server)
{
    return rows(server, QStringLiteral("SELECT i.value, m.cvx, m.administered_date, COUNT(*) FROM immunizations m "
                                       "JOIN patient_identifiers i ON i.patient_id = m.patient_id AND i.type = 'source_id' "
                                       "GROUP BY i.value, m.cvx, m.administered_date"));
}

QStringList TstCrashHarness::pairs(TestServer &server)
{
    return rows(server, QStringLiteral("SELECT %1, %2, c.status, c.grade, c.score_centi FROM duplicate_candidates c")
                            .arg(kSourceKey.arg(QStringLiteral("c.low_id")), kSourceKey.arg(QStringLiteral("c.high_id"))));
}

QStringList TstCrashHarness::merges(TestServer &server)
{
    return rows(server, QStringLiteral("SELECT %1, %2, m.status, (SELECT COUNT(*) FROM patient_links l WHERE "
                                       "l.merge_id = m.id) FROM patient_merges m")
                            .arg(kSourceKey.arg(QStringLiteral("m.target_id")), kSourceKey.arg(QStringLiteral("m.source_id"))));
}

QStringList TstCrashHarness::audits(TestServer &server, const QString &actionPattern)
{
    return rows(server, QStringLiteral("SELECT action, COUNT(*) FROM audit_events WHERE action LIKE '%1' GROUP BY action")
                            .arg(actionPattern));
}

qint64 TstCrashHarness::idOf(TestServer &server, const QString &sourceId)
{
    return count(server, QStringLiteral("SELECT patient_id FROM patient_identifiers WHERE type = 'source_id' AND "
                                        "value = '%1'")
                             .arg(sourceId));
}

bool TstCrashHarness::splitImportFiles(int parts)
{
    // The generator writes plain CSV (no quoting); source_id is the first column of both files.
    auto readLines = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().split('\n') : QList<QByteArray>();
    };
    const QList<QByteArray> patients = readLines(m_patientsCsv);
    const QList<QByteArray> immunizations = readLines(m_immunizationsCsv);
    if (patients.size() < 2 || immunizations.size() < 2)
        return false;
    const qsizetype rowsPerPart = (patients.size() - 1 + parts - 1) / parts;
    QHash<QByteArray, int> partOf;
    QList<QByteArray> patientParts(parts, patients.first() + '\n');
    QList<QByteArray> immunizationParts(parts, immunizations.first() + '\n');
    for (qsizetype i = 1; i < patients.size(); ++i) {
        if (patients.at(i).isEmpty())
            continue;
        const int part = int((i - 1) / rowsPerPart);
        partOf.insert(patients.at(i).left(patients.at(i).indexOf(',')), part);
        patientParts[part] += patients.at(i) + '\n';
    }
    for (qsizetype i = 1; i < immunizations.size(); ++i) {
        const QByteArray &line = immunizations.at(i);
        if (!line.isEmpty())
            immunizationParts[partOf.value(line.left(line.indexOf(',')))] += line + '\n';
    }
    m_parts.clear();
    for (int part = 0; part < parts; ++part) {
        const QString patientsFile = m_dir.filePath(QStringLiteral("patients-%1.csv").arg(part));
        const QString immunizationsFile = m_dir.filePath(QStringLiteral("immunizations-%1.csv").arg(part));
        QFile p(patientsFile), m(immunizationsFile);
        if (!p.open(QIODevice::WriteOnly) || !m.open(QIODevice::WriteOnly) || p.write(patientParts.at(part)) < 0
            || m.write(immunizationParts.at(part)) < 0)
            return false;
        m_parts << QStringList{QStringLiteral("import"), QStringLiteral("--patients"), patientsFile,
                               QStringLiteral("--immunizations"), immunizationsFile};
    }
    return true;
}

void TstCrashHarness::importKilledAtRandomPoints()
{
    // The population arrives as a series of files (a nightly load): each import's detection
    // weighs its new patients against everyone already on file.
    QVERIFY(splitImportFiles(std::max(2, m_kills / 2)));
    struct Stage
    {
        QStringList patients, immunizations;
        qint64 elapsedMs = 0;
    };
    QList<Stage> stages;
    for (const QStringList &part : std::as_const(m_parts)) {
        const Run run = tool(*m_ref, part);
        QCOMPARE(run.exitCode, 0);
        stages.append({patients(*m_ref), immunizations(*m_ref), run.elapsedMs});
    }
    int kills = 0, owing = 0, runs = 0;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        const QStringList before = i == 0 ? QStringList() : stages.at(i - 1).patients;
        const QStringList immunizationsBefore = i == 0 ? QStringList() : stages.at(i - 1).immunizations;
        // Killed at a random point of its run, then run again, until a run ends by itself
        // (the last try without a kill).
        for (int attempt = 0; attempt < 8; ++attempt) {
            ++runs;
            const qint64 delay = attempt == 7 ? -1 : qint64(m_random.bounded(quint32(stages.at(i).elapsedMs + 1)));
            const Run run = tool(*m_killed, m_parts.at(i), delay);
            if (run.finished) {
                QCOMPARE(run.exitCode, 0);
                break;
            }
            ++kills;
            // The file's patients and immunizations commit together, once: all or none.
            const QStringList now = patients(*m_killed);
            if (now == before) {
                QCOMPARE(immunizations(*m_killed), immunizationsBefore);
            } else {
                QCOMPARE(now, stages.at(i).patients);
                QCOMPARE(immunizations(*m_killed), stages.at(i).immunizations);
            }
            owing += count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM duplicate_pending")) > 0 ? 1 : 0;
        }
        QCOMPARE(patients(*m_killed), stages.at(i).patients);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills in %d runs over %lld files; %d left a committed import's duplicate detection owed", kills, runs,
          qint64(m_parts.size()), owing);
    QVERIFY(kills >= m_kills / 2);
    QVERIFY(owing > 0);
    QVERIFY(stages.last().patients.size() > 1000);
    QCOMPARE(immunizations(*m_killed), immunizations(*m_ref));
    // Detection a kill interrupted was finished by the next run: the same pairs, none owed.
    QVERIFY(pairs(*m_ref).size() > 50);
    QCOMPARE(pairs(*m_killed), pairs(*m_ref));
    QCOMPARE(count(*m_killed, QStringLiteral("SELECT COUNT(*) FROM duplicate_pending")), 0);
}

void TstCrashHarness::scanKilledAtRandomPoints()
{
    // From no pairs at all, so the scan has every pair to write.
    for (TestServer *server : {m_ref.get(), m_killed.get()}) {
        QSqlQuery clear(server->app()->database().connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM duplicate_candidates")));
    }
    killRepeatedly({QStringLiteral("duplicates"), QStringLiteral("scan")}, [&](TestServer &server) {
        // The pairs commit together (one chunk here): none yet, or exactly the scan's.
        const QStringList found = pairs(server);
        QVERIFY(found.isEmpty() || found == pairs(*m_ref));
    });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(pairs(*m_ref).size() > 50);
    QCOMPARE(pairs(*m_killed), pairs(*m_ref));
}

void TstCrashHarness::sweepKilledAtRandomPoints()
{
    // One day without a sign-in is too long here, so the sweep has demo accounts to inactivate.
    const QString policy = m_dir.filePath(QStringLiteral("accounts-policy.json"));
    {
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"inactivity_days": 1})");
    }
    const QString users = QStringLiteral("SELECT username, status, inactive_reason FROM iis_users");
    const QStringList before = rows(*m_killed, users);
    QCOMPARE(rows(*m_ref, users), before);
    killRepeatedly({QStringLiteral("accounts"), QStringLiteral("sweep"), QStringLiteral("--accounts-policy"), policy},
                   [&](TestServer &server) {
        // One transaction: every account it inactivates, with one audit row each, or none.
        const QStringList now = rows(server, users);
        QVERIFY(now == before || now == rows(*m_ref, users));
        const qint64 audited = count(server, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                                            "'iis_user.sweep_inactivate'"));
        QCOMPARE(audited, count(*m_ref, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                                       "'iis_user.sweep_inactivate'"))
                              * (now == before ? 0 : 1));
    });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(rows(*m_ref, users) != before); // the demo accounts include some to sweep
    QCOMPARE(rows(*m_killed, users), rows(*m_ref, users));
    QCOMPARE(audits(*m_killed, QStringLiteral("iis_user.%")), audits(*m_ref, QStringLiteral("iis_user.%")));
}

QTEST_GUILESS_MAIN(TstCrashHarness)
