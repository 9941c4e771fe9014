#pragma once

// The crash harness (tst_crashharness): twin databases built the same way, tool runs and
// server requests killed at random points, and the rows compared between the two. The tool
// runs are in tst_crashharness.cpp, the merge and unmerge requests in crashharness_merge.cpp.

#include "httptestclient.h"
#include "serverapp.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using izdesk::test::HttpTestClient;
using izdesk::test::ServerProcess;
using izdesk::test::TestServer;

inline constexpr const char *kPassword = "izdesk-specialist";

// A patient across the two databases: its source_id from the import file (a merge target
// holds its source's too: the lowest).
inline const QString kSourceKey
    = QStringLiteral("(SELECT MIN(value) FROM patient_identifiers k WHERE k.patient_id = %1 AND k.type = 'source_id')");

class TstCrashHarness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importKilledAtRandomPoints();
    void scanKilledAtRandomPoints();
    void sweepKilledAtRandomPoints();
    void mergeAndUnmergeKilledAtRandomPoints();

private:
    struct Run
    {
        bool finished = false; // ran to its end (else killed)
        int exitCode = -1;
        qint64 elapsedMs = 0;
    };
    // One tool run on `server`'s database; killed after killAfterMs unless it ended first
    // (never when negative).
    Run tool(TestServer &server, const QStringList &arguments, qint64 killAfterMs = -1);
    // Runs the tool without kills on the reference database, then on the other one kills it
    // `kills` times at random points, checking `whole` after each, and runs it to its end.
    void killRepeatedly(const QStringList &arguments, const std::function<void(TestServer &)> &whole);
    // m_parts: one import command line for each part of the generated files.
    bool splitImportFiles(int parts);
    QStringList rows(TestServer &server, const QString &sql);
    qint64 count(TestServer &server, const QString &sql);
    QStringList patients(TestServer &server);
    QStringList immunizations(TestServer &server);
    QStringList pairs(TestServer &server);
    QStringList merges(TestServer &server);
    QStringList audits(TestServer &server, const QString &actionPattern);
    qint64 idOf(TestServer &server, const QString &sourceId);
    QUrl startServer(ServerProcess &process, TestServer &server);

    // The merge scenario (crashharness_merge.cpp): disjoint pairs the scan found, by the
    // source ids of the import, and each side's id in each database.
    struct MergePlan
    {
        QList<QPair<QString, QString>> chosen;
        QHash<const TestServer *, QHash<QString, qint64>> ids;

        qint64 idIn(TestServer &server, const QString &key) const { return ids.value(&server).value(key); }
        QString mergePath(TestServer &server, const QPair<QString, QString> &pair) const;
        QJsonObject mergeBody(TestServer &server, const QPair<QString, QString> &pair) const;
    };
    // The server on the killed database, started again for every request, and the session
    // that outlives every kill.
    struct KilledServer
    {
        ServerProcess process{QStringLiteral(IZDESK_SERVER_BINARY)};
        QString token;
        qint64 longestMs = 1; // the longest request of the reference run
    };
    void planMerges(MergePlan &plan);
    qint64 mergeId(const MergePlan &plan, TestServer &server, const QPair<QString, QString> &pair);
    // Each pair merged, then each merge undone, without kills, on the reference database.
    void mergeAndUnmergeReference(const MergePlan &plan, KilledServer &killed);
    // The request sent and the server killed at a random point of it; false when it could
    // not be sent.
    bool sendKilled(KilledServer &killed, const QString &path, const QJsonObject &body);
    // The request sent to its end; its status.
    int sendWhole(KilledServer &killed, const QString &path, const QJsonObject &body);
    void mergeKilled(const MergePlan &plan, KilledServer &killed, const QPair<QString, QString> &pair);
    void unmergeKilled(const MergePlan &plan, KilledServer &killed, const QPair<QString, QString> &pair);

    QTemporaryDir m_dir;
    QString m_patientsCsv, m_immunizationsCsv;
    QList<QStringList> m_parts;
    std::unique_ptr<TestServer> m_ref, m_killed;
    QRandomGenerator m_random;
    int m_kills = 20;
    int m_totalKills = 0;
};
