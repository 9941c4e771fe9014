// Code set import from the CDC's published files (copies in tests/data/codesets), on SQLite and
// PostgreSQL: counts of new/changed/retired, a re-run changes nothing, a malformed file is
// named with its line and field and nothing is written.

#include "testdata.h"
#include "codesets/codesetimporter.h"
#include "serverapp.h"
#include "storage/database.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using izdesk::server::CodesetImporter;
using izdesk::test::TestServer;

class TstCodesets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInTableIsThere();
    void importsPublishedFiles();
    void rerunChangesNothing();
    void retiredStatusIsCounted();
    void malformedFilesNameLineAndField_data();
    void malformedFilesNameLineAndField();

private:
    CodesetImporter::Report import(const QString &dir);
    QString scalar(const QString &sql);
    QString copyData(const QString &name);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_tmp;
};

static const QString testCodesets = QStringLiteral(IZDESK_TEST_DATA "/codesets");

void TstCodesets::initTestCase()
{
    IZDESK_REQUIRE_TEST_DATA("codesets/cvx.xml");
    TestServer::Options options;
    options.seedDemo = false;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(testCodesets + QStringLiteral("/cvx.xml")));
}

CodesetImporter::Report TstCodesets::import(const QString &dir)
{
    auto &db = m_server->app()->database();
    return CodesetImporter(db.connection(), db.dialect()).run(dir);
}

QString TstCodesets::scalar(const QString &sql)
{
    QSqlQuery q(m_server->app()->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<error>");
}

// A copy of the shared code set folder under name, to corrupt.
QString TstCodesets::copyData(const QString &name)
{
    const QString dir = m_tmp.filePath(name);
    QDir().mkpath(dir);
    for (const QString &f : QDir(testCodesets).entryList(QDir::Files))
        QFile::copy(testCodesets + QLatin1Char('/') + f, dir + QLatin1Char('/') + f);
    return dir;
}

void TstCodesets::builtInTableIsThere()
{
    QCOMPARE(scalar(QStringLiteral("SELECT short_description FROM code_cvx WHERE code = '03'")), QStringLiteral("MMR"));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM code_mvx WHERE code = 'MSD'")), QStringLiteral("Merck and Co., Inc."));
}

void TstCodesets::importsPublishedFiles()
{
    const auto report = import(testCodesets);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.counts.size(), 7);
    const auto &cvx = report.counts.at(0);
    QCOMPARE(cvx.label, QStringLiteral("CVX"));
    QVERIFY(cvx.added > 200);
    QVERIFY(cvx.changed > 0); // the built-in rows gain full names and dates
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM code_cvx")).toInt() > 250);
    // ISO-8859-1 text arrives intact and dates are normalised.
    QCOMPARE(scalar(QStringLiteral("SELECT last_updated FROM code_cvx WHERE code = '143'")), QStringLiteral("2011-03-20"));
    QCOMPARE(scalar(QStringLiteral("SELECT cvx FROM code_ndc WHERE kind = 'sale' AND ndc11 = '49281-0425-50'")), QStringLiteral("140"));
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM code_ndc_links")).toInt() > 500);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM code_cpt")).toInt() > 100);
    QCOMPARE(scalar(QStringLiteral("SELECT group_name FROM code_vaccine_groups WHERE cvx = '21'")), QStringLiteral("VARICELLA"));
    QVERIFY(report.summaryLines().first().startsWith(QStringLiteral("CVX: ")));
}

void TstCodesets::rerunChangesNothing()
{
    const auto report = import(testCodesets);
    QVERIFY(report.ok);
    for (const auto &c : report.counts) {
        QCOMPARE(c.added, 0);
        QCOMPARE(c.changed, 0);
        QCOMPARE(c.retired, 0);
        QVERIFY(c.unchanged > 0);
    }
}

void TstCodesets::retiredStatusIsCounted()
{
    const QString dir = copyData(QStringLiteral("retire"));
    QFile f(dir + QStringLiteral("/cvx.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray xml = f.readAll();
    f.close();
    // CVX 143 (Active) becomes Inactive; one NDC linker row disappears.
    const qsizetype at = xml.indexOf("<CVXCode>143");
    const qsizetype status = xml.indexOf("<Status>Active</Status>", at);
    QVERIFY(at > 0 && status > at);
    xml.replace(status, 23, "<Status>Inactive</Status>");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(xml);
    f.close();
    QFile linker(dir + QStringLiteral("/NDC_Linker.txt"));
    QVERIFY(linker.open(QIODevice::ReadOnly));
    QByteArray lines = linker.readAll();
    linker.close();
    lines.remove(0, lines.indexOf('\n') + 1);
    QVERIFY(linker.open(QIODevice::WriteOnly | QIODevice::Truncate));
    linker.write(lines);
    linker.close();
    const auto report = import(dir);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.counts.at(0).retired, 1);
    QCOMPARE(report.counts.at(6).label, QStringLiteral("NDC linker"));
    QCOMPARE(report.counts.at(6).retired, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM code_cvx WHERE code = '143'")), QStringLiteral("Inactive"));
}

void TstCodesets::malformedFilesNameLineAndField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ndc11") << "NDC_Unit_sale.txt" << QByteArray("|49281-0425-50|") << QByteArray("|4928X-0425-50|")
                           << "NDC_Unit_sale.txt line 1: field NDC11 is not valid";
    QTest::newRow("field count") << "NDC_Linker.txt" << QByteArray("807|4076|4156|NVX") << QByteArray("807|4076|NVX")
                                 << "NDC_Linker.txt line 1: expected 4 fields, found 3";
    QTest::newRow("cvx date") << "cvx.xml" << QByteArray("<LastUpdated>3/20/2011</LastUpdated>")
                              << QByteArray("<LastUpdated>20/3/2011</LastUpdated>") << "cvx.xml line 3 <CVXInfo>: field LastUpdated";
    QTest::newRow("xml") << "mvx.xml" << QByteArray("</MVXInfo>") << QByteArray("</MVXInfoo>") << "mvx.xml line";
    QTest::newRow("missing code") << "cvx.xml" << QByteArray("<CVXCode>143       </CVXCode>") << QByteArray("<CVXCode> </CVXCode>")
                                  << "cvx.xml line 3 <CVXInfo>: field CVXCode is missing or empty";
}

void TstCodesets::malformedFilesNameLineAndField()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    const QString before = scalar(QStringLiteral("SELECT COUNT(*) FROM code_ndc")) + scalar(QStringLiteral("SELECT status FROM code_cvx WHERE code = '143'"));
    const QString dir = copyData(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    // A change that must not land: every CVX would become "Pending" if the import went through.
    QFile cvx(dir + QStringLiteral("/cvx.xml"));
    QVERIFY(cvx.open(QIODevice::ReadOnly));
    QByteArray cvxXml = cvx.readAll().replace("<Status>Inactive</Status>", "<Status>Pending</Status>");
    cvx.close();
    QVERIFY(cvx.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cvx.write(cvxXml);
    cvx.close();
    QFile f(dir + QLatin1Char('/') + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    QVERIFY(content.contains(from));
    content.replace(content.indexOf(from), from.size(), to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    const auto report = import(dir);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(expected), qPrintable(report.error));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM code_cvx WHERE status = 'Pending'")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM code_ndc")) + scalar(QStringLiteral("SELECT status FROM code_cvx WHERE code = '143'")), before);
}

QTEST_GUILESS_MAIN(TstCodesets)
#include "tst_codesets.moc"
