// The SQLite store on a disk that fills up, and on a read-only one: the real izdesk-server
// binary with its database on a small tmpfs, mounted in a private mount namespace the test
// re-runs itself in (unshare --mount as root, with --user --map-root-user otherwise), so no
// mount outlives the test. Disk full: writes answer 507 storage-full, reads still answer, the
// file passes PRAGMA integrity_check, and once space is freed the same writes succeed with
// nothing of the refused ones left behind. Read-only: the server refuses to start, saying
// the database is read-only and which path (docs/architecture/failure-behaviour.md).

#include "httptestclient.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>
#include <vector>

using izdesk::test::HttpTestClient;
using izdesk::test::ServerProcess;

namespace {

constexpr const char *kNamespaceVariable = "IZDESK_TEST_IN_MOUNT_NAMESPACE";
constexpr const char *kPassword = "Quiet-Harbour-7391";

bool isProblem(const HttpTestClient::Response &r, int status, const char *slug)
{
    return r.status == status && r.header("Content-Type").startsWith("application/problem+json")
        && r.object().value(QStringLiteral("type")).toString().endsWith(QLatin1Char('/') + QLatin1String(slug))
        && !r.object().value(QStringLiteral("detail")).toString().isEmpty();
}

QByteArray pdf(int bytes, char fill)
{
    return QByteArrayLiteral("%PDF-1.4\n") + QByteArray(bytes, fill);
}

} // namespace

class TstStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void diskFullRefusesWritesKeepsReadsAndRecovers();
    void readOnlyDatabaseRefusesToStart();

private:
    bool mountSmallDisk(const char *options);
    bool runTool(ServerProcess &server, const QStringList &arguments, const QByteArray &input = {});
    // A small disk with a fresh database on it holding one specialist, deskuser.
    bool createStore(ServerProcess &server);
    QString integrityCheck();
    qint64 count(const QString &sql);
    // Writes a filler file until the disk is full; its size.
    qint64 fillDisk();

    QTemporaryDir m_dir;
    QString m_mount;
    QString m_dbPath;
};

bool TstStorageFaults::mountSmallDisk(const char *options)
{
    m_mount = m_dir.filePath(QStringLiteral("disk-") + QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!QDir().mkpath(m_mount))
        return false;
    if (::mount("izdesk-test", QFile::encodeName(m_mount).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) {
        qWarning("mount tmpfs: %s", std::strerror(errno));
        return false;
    }
    m_dbPath = QDir(m_mount).filePath(QStringLiteral("izdesk.sqlite"));
    return true;
}

void TstStorageFaults::init()
{
    QVERIFY(m_dir.isValid());
}

void TstStorageFaults::cleanup()
{
    if (!m_mount.isEmpty())
        ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH);
    m_mount.clear();
}

bool TstStorageFaults::runTool(ServerProcess &server, const QStringList &arguments, const QByteArray &input)
{
    return server.runTool(QStringLiteral("tool"),
                          arguments + QStringList{QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dbPath},
                          input)
        == 0;
}

bool TstStorageFaults::createStore(ServerProcess &server)
{
    return server.isValid() && mountSmallDisk("size=12m,mode=0755")
        && runTool(server,
                   {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("deskuser"), QStringLiteral("--role"),
                    QStringLiteral("specialist"), QStringLiteral("--password-stdin")},
                   QByteArray(kPassword) + '\n');
}

QString TstStorageFaults::integrityCheck()
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 TstStorageFaults::count(const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 TstStorageFaults::fillDisk()
{
    QFile filler(QDir(m_mount).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return -1;
    const QByteArray chunk(64 * 1024, 'f');
    QByteArray small(4096, 'f');
    while (filler.write(chunk) == chunk.size()) {
    }
    while (filler.write(small) == small.size()) {
    }
    filler.close();
    return filler.size();
}

void TstStorageFaults::diskFullRefusesWritesKeepsReadsAndRecovers()
{
    ServerProcess server(QStringLiteral(IZDESK_SERVER_BINARY));
    QVERIFY(createStore(server));
    QString error;
    const QUrl base = server.start(QStringLiteral("server"),
                                   {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dbPath,
                                    QStringLiteral("--environment"), QStringLiteral("uat")},
                                   &error);
    QVERIFY2(base.isValid(), qPrintable(error));
    HttpTestClient client(base);
    QCOMPARE(client.login(QStringLiteral("deskuser"), QLatin1String(kPassword)).status, 201);
    const auto created = client.post(QStringLiteral("/api/v1/tickets"),
                                     QJsonObject{{QStringLiteral("subject"), QStringLiteral("Before the disk filled")},
                                                 {QStringLiteral("category"), QStringLiteral("account_access")}});
    QCOMPARE(created.status, 201);
    const qint64 ticket = created.object().value(QStringLiteral("id")).toInteger();
    const QString attachments = QStringLiteral("/api/v1/tickets/%1/attachments").arg(ticket);
    const QByteArray form = pdf(3 * 1024 * 1024, 'a');
    const HttpTestClient::Headers pdfHeaders{{"Content-Type", "application/pdf"}, {"X-Filename", "form.pdf"}};

    const qint64 changesBefore = count(QStringLiteral("SELECT COUNT(*) FROM changes"));
    QVERIFY(changesBefore > 0);
    QVERIFY(fillDisk() > 0);

    // Full: a form does not fit; every write answers 507 or, while freed pages inside the
    // file last, succeeds — never a 500.
    const auto refused = client.request("POST", attachments, form, pdfHeaders);
    QVERIFY2(isProblem(refused, 507, "storage-full"), refused.raw.constData());
    QVERIFY(refused.object().value(QStringLiteral("detail")).toString().contains(QLatin1String("disk is full")));
    int refusedTickets = 0;
    QStringList saved;
    for (int i = 0; i < 40; ++i) {
        const QString subject = QStringLiteral("While the disk was full %1").arg(i);
        const auto r = client.post(QStringLiteral("/api/v1/tickets"),
                                   QJsonObject{{QStringLiteral("subject"), subject},
                                               {QStringLiteral("description"), QString(20000, QLatin1Char('d'))},
                                               {QStringLiteral("category"), QStringLiteral("account_access")}});
        if (r.status == 201) {
            saved << subject;
            continue;
        }
        QVERIFY2(isProblem(r, 507, "storage-full"), r.raw.constData());
        ++refusedTickets;
    }
    QVERIFY(refusedTickets > 0);
    // Reads still work, signed in or signing in again.
    const auto read = client.get(QStringLiteral("/api/v1/tickets/%1").arg(ticket));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(QStringLiteral("subject")).toString(), QStringLiteral("Before the disk filled"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/tickets?limit=5")).status, 200);
    QCOMPARE(client.get(attachments).status, 200);
    QCOMPARE(integrityCheck(), QStringLiteral("ok"));

    // Space again: nothing of the refused writes is there, and the same writes succeed.
    QVERIFY(QFile::remove(QDir(m_mount).filePath(QStringLiteral("filler"))));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes")), changesBefore + saved.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_attachments")), 0);
    const auto stored = client.request("POST", attachments, form, pdfHeaders);
    QCOMPARE(stored.status, 201);
    const auto list = client.get(attachments);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(form, QCryptographicHash::Sha256).toHex()));
    const auto again = client.post(QStringLiteral("/api/v1/tickets"),
                                   QJsonObject{{QStringLiteral("subject"), QStringLiteral("After space was freed")},
                                               {QStringLiteral("category"), QStringLiteral("account_access")}});
    QCOMPARE(again.status, 201);
    QVERIFY(server.stop());
    QCOMPARE(integrityCheck(), QStringLiteral("ok"));
    // Exactly the tickets answered 201 exist: the refused ones left no row behind.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), qint64(saved.size() + 2));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_attachments")), 1);
}

void TstStorageFaults::readOnlyDatabaseRefusesToStart()
{
    ServerProcess server(QStringLiteral(IZDESK_SERVER_BINARY));
    QVERIFY(createStore(server));
    QFile before(m_dbPath);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray content = before.readAll();
    before.close();
    QVERIFY(::mount(nullptr, QFile::encodeName(m_mount).constData(), nullptr, MS_REMOUNT | MS_RDONLY, "size=12m")
            == 0);

    QString error;
    const QUrl base = server.start(QStringLiteral("server"),
                                   {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dbPath,
                                    QStringLiteral("--environment"), QStringLiteral("uat")},
                                   &error);
    QVERIFY(!base.isValid());
    QVERIFY(!server.isRunning());
    QVERIFY(!server.stop()); // it exited with an error of its own
    const QByteArray said = ServerProcess::readFile(server.logFile(QStringLiteral("server"), "stderr"));
    QVERIFY2(said.contains("the database is read-only"), said.constData());
    QVERIFY2(said.contains(QFile::encodeName(m_dbPath)), said.constData());
    QFile after(m_dbPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), content);
}

// The test runs in a mount namespace of its own, so the small disks it mounts vanish with it.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet(kNamespaceVariable)) {
        ::setenv(kNamespaceVariable, "1", 1);
        std::vector<const char *> args{"unshare"};
        if (::geteuid() != 0) {
            args.push_back("--user");
            args.push_back("--map-root-user");
        }
        for (const char *a : {"--mount", "--propagation", "private", "--"})
            args.push_back(a);
        char self[4096] = {};
        const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
        args.push_back(length > 0 ? self : argv[0]);
        for (int i = 1; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp("unshare", const_cast<char *const *>(args.data()));
        std::fprintf(stderr, "cannot run unshare: %s\n", std::strerror(errno));
        return 1;
    }
    QCoreApplication app(argc, argv);
    TstStorageFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storagefaults.moc"
