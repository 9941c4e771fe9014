// The izdesk-server tool subcommands as a user runs them: generate (the same population for a
// seed in every process), import (with progress, a re-run, and a bad file), codesets import (good folder and a malformed file).

#include "testdata.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generateThenImportTwice();
    void aSeedGivesOnePopulation();
    void badFileExitsOneAndNamesLines();
    void codesetsImport();
    void badArguments();

private:
    int run(const QStringList &args, QString *out, QString *err = nullptr, const QByteArray &hashSeed = {});

    QTemporaryDir m_dir;
    QString m_database;
};

void TstImportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("cli.sqlite"));
}

int TstImportCli::run(const QStringList &args, QString *out, QString *err, const QByteArray &hashSeed)
{
    QProcess p;
    // "0": Qt's fixed hash order; "random": the variable unset, a new order each process.
    if (!hashSeed.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (hashSeed == "random")
            env.remove(QStringLiteral("QT_HASH_SEED"));
        else
            env.insert(QStringLiteral("QT_HASH_SEED"), QString::fromLatin1(hashSeed));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(IZDESK_SERVER_BINARY), args);
    if (!p.waitForFinished(120000))
        return -1;
    *out = QString::fromLocal8Bit(p.readAllStandardOutput());
    if (err)
        *err = QString::fromLocal8Bit(p.readAllStandardError());
    return p.exitCode();
}

void TstImportCli::generateThenImportTwice()
{
    const QString gen = m_dir.filePath(QStringLiteral("gen"));
    QString out;
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--patients"), QStringLiteral("800"), QStringLiteral("--seed"),
                  QStringLiteral("3"), QStringLiteral("--out"), gen}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("wrote 800 records")), qPrintable(out));
    for (const char *f : {"patients.csv", "immunizations.csv", "truth.csv"})
        QVERIFY(QFileInfo::exists(QDir(gen).filePath(QLatin1String(f))));
    const QStringList import{QStringLiteral("import"), QStringLiteral("--patients"), QDir(gen).filePath(QStringLiteral("patients.csv")),
                             QStringLiteral("--immunizations"), QDir(gen).filePath(QStringLiteral("immunizations.csv")),
                             QStringLiteral("--database"), m_database};
    QCOMPARE(run(import, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("validating patients.csv")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("patients: 800 imported, 0 already on file")), qPrintable(out));
    QCOMPARE(run(import, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("patients: 0 imported, 800 already on file; immunizations: 0 imported")), qPrintable(out));
}

// A benchmark's population is named by its seed: two processes (whose hash tables iterate in
// different orders) write the same files.
void TstImportCli::aSeedGivesOnePopulation()
{
    QByteArray digests[2];
    for (int i = 0; i < 2; ++i) {
        const QString dir = m_dir.filePath(QStringLiteral("seeded%1").arg(i));
        QString out;
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--patients"), QStringLiteral("4000"),
                      QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), dir},
                     &out, nullptr, i == 0 ? QByteArray("0") : QByteArray("random")),
                 0);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *name : {"patients.csv", "immunizations.csv", "truth.csv"}) {
            QFile f(QDir(dir).filePath(QLatin1String(name)));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            hash.addData(f.readAll());
        }
        digests[i] = hash.result();
    }
    QCOMPARE(digests[0].toHex(), digests[1].toHex());
}

void TstImportCli::badFileExitsOneAndNamesLines()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("source_id,first_name,last_name,birth_date,sex\nB1,Ann,Lee,2019-02-31,F\nB2,Bo,Lee,2019-02-01,F\n");
    f.close();
    QString out, err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--patients"), file, QStringLiteral("--database"), m_database}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("bad.csv:2: birth_date must be a date")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("nothing was imported")), qPrintable(err));
}

void TstImportCli::codesetsImport()
{
    IZDESK_REQUIRE_TEST_DATA("codesets/cvx.xml");
    QString out, err;
    const QString data = QStringLiteral(IZDESK_TEST_DATA "/codesets");
    QCOMPARE(run({QStringLiteral("codesets"), QStringLiteral("import"), data, QStringLiteral("--database"), m_database}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("CVX: ")) && out.contains(QStringLiteral("NDC linker: ")), qPrintable(out));
    const QString broken = m_dir.filePath(QStringLiteral("broken"));
    QDir().mkpath(broken);
    QFile::copy(data + QStringLiteral("/cvx.xml"), broken + QStringLiteral("/cvx.xml"));
    QFile linker(broken + QStringLiteral("/NDC_Linker.txt"));
    QVERIFY(linker.open(QIODevice::WriteOnly));
    linker.write("1|2|3|MSD\r\n4|x|6|PFR\r\n");
    linker.close();
    QCOMPARE(run({QStringLiteral("codesets"), QStringLiteral("import"), broken, QStringLiteral("--database"), m_database}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("NDC_Linker.txt line 2: field unit-of-sale id is not valid")), qPrintable(err));
}

void TstImportCli::badArguments()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--patients"), QStringLiteral("zero"), QStringLiteral("--out"), m_dir.path()}, &out, &err), 2);
    QVERIFY(err.contains(QStringLiteral("--patients")));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("x")}, &out, &err), 2);
    QVERIFY(err.contains(QStringLiteral("unknown option --bogus")));
    QCOMPARE(run({QStringLiteral("codesets"), QStringLiteral("export")}, &out, &err), 2);
}

QTEST_GUILESS_MAIN(TstImportCli)
#include "tst_import_cli.moc"
