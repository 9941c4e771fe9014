// The patient search box: what the free text and the structured parameters turn into.

#include "patients/patientquery.h"

#include <QTest>

using izdesk::server::PatientQuery;
using izdesk::server::QueryParams;

class TstPatientQuery : public QObject
{
    Q_OBJECT

private slots:
    void freeText_data();
    void freeText();
    void structuredOverridesAndErrors();
    void formEncodingDecodedOnce_data();
    void formEncodingDecodedOnce();
    void badEscapesNameTheParameter();
    void encodedRoundTrips();
};

void TstPatientQuery::freeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("issue") << "Jon Smyth born 03/04/2019" << "JON" << "SMYTH" << QDate(2019, 3, 4) << "" << "" << "" << "";
    QTest::newRow("last, first") << "SMITH, JON 4/3/19" << "JON" << "SMITH" << QDate(2019, 4, 3) << "" << "" << "" << "";
    QTest::newRow("iso + phone") << "ana garcia-lopez 2015-11-20 (612) 555-0142" << "ANA" << "GARCIA LOPEZ" << QDate(2015, 11, 20)
                                 << "6125550142" << "" << "" << "";
    QTest::newRow("address") << "Johnson 900 Summit Ave 55105" << "" << "JOHNSON" << QDate() << "" << "55105" << "900 SUMMIT" << "";
    QTest::newRow("identifier") << "MRN-7781" << "" << "" << QDate() << "" << "" << "" << "MRN-7781";
    QTest::newRow("suffix") << "Robert Smith Jr 01/02/1990" << "ROBERT" << "SMITH" << QDate(1990, 1, 2) << "" << "" << "" << "";
    QTest::newRow("placeholder") << "baby girl martinez 02/10/2024" << "" << "MARTINEZ" << QDate(2024, 2, 10) << "" << "" << "" << "";
    QTest::newRow("dashed phone") << "612-555-0142" << "" << "" << QDate() << "6125550142" << "" << "" << "";
}

void TstPatientQuery::freeText()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QDate, dob);
    QFETCH(QString, phone);
    QFETCH(QString, zip);
    QFETCH(QString, street);
    QFETCH(QString, identifier);
    PatientQuery q;
    PatientQuery::parseFreeText(text, 2026, &q);
    QCOMPARE(q.probe.first, first);
    QCOMPARE(q.probe.last, last);
    QCOMPARE(q.probe.dob, dob);
    QCOMPARE(q.probe.phones.value(0), phone);
    QCOMPARE(q.probe.zips.value(0), zip);
    QCOMPARE(q.probe.addressTokens.value(0), street);
    QCOMPARE(q.identifiers.value(0), identifier);
}

void TstPatientQuery::structuredOverridesAndErrors()
{
    QList<izdesk::FieldError> errors;
    auto q = PatientQuery::parse(*QueryParams::parse("first=Jon&q=Smith%2003/04/2019&limit=5"), 2026, &errors);
    QVERIFY(q);
    QCOMPARE(q->probe.first, QStringLiteral("JON"));
    QCOMPARE(q->probe.last, QStringLiteral("SMITH"));
    QCOMPARE(q->limit, 5);
    QCOMPARE(q->criteria, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("birth_date")}));
    errors.clear();
    QVERIFY(!PatientQuery::parse(*QueryParams::parse("dob=2019-02-30&limit=0&zip=12"), 2026, &errors));
    QCOMPARE(errors.size(), 3);
}

QTEST_GUILESS_MAIN(TstPatientQuery)
// Every way an HTTP client encodes a space reads as a space; escapes are decoded once.
void TstPatientQuery::formEncodingDecodedOnce_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("q");
    QTest::newRow("plus (urllib, requests, HTML forms)") << QByteArray("q=Marie+Smith&limit=5") << "Marie Smith";
    QTest::newRow("%20 (curl --data-urlencode, quote)") << QByteArray("q=Marie%20Smith&limit=5") << "Marie Smith";
    QTest::newRow("comma form") << QByteArray("q=SMITH%2C+MARIE") << "SMITH, MARIE";
    QTest::newRow("literal plus") << QByteArray("q=A%2BB") << "A+B";
    QTest::newRow("escape decoded once") << QByteArray("q=100%2525") << "100%25";
    QTest::newRow("UTF-8") << QByteArray("q=Mar%C3%ADa+N%C3%BA%C3%B1ez") << QStringLiteral("Mar\u00EDa N\u00FA\u00F1ez");
    QTest::newRow("no value") << QByteArray("limit=3&q") << "";
}

void TstPatientQuery::formEncodingDecodedOnce()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, q);
    const auto params = QueryParams::parse(encoded);
    QVERIFY(params);
    QCOMPARE(params->value(QStringLiteral("q")), q);
    QVERIFY(params->contains(QStringLiteral("q")));
}

void TstPatientQuery::badEscapesNameTheParameter()
{
    QString error;
    QVERIFY(!QueryParams::parse("limit=5&q=Smith%2", &error));
    QVERIFY2(error.contains(QLatin1String("\"q\"")) && error.contains(QLatin1String("hexadecimal")), qPrintable(error));
    QVERIFY(!QueryParams::parse("q=%zzSmith", &error));
    QVERIFY2(error.contains(QLatin1String("\"q\"")), qPrintable(error));
    QVERIFY(!QueryParams::parse("dob=%FF%FE", &error));
    QVERIFY2(error.contains(QLatin1String("\"dob\"")) && error.contains(QLatin1String("UTF-8")), qPrintable(error));
}

void TstPatientQuery::encodedRoundTrips()
{
    QueryParams p;
    p.add(QStringLiteral("q"), QStringLiteral("O'Neil-Smith, Ana & Jo 100% +1"));
    p.add(QStringLiteral("limit"), QStringLiteral("5"));
    const auto back = QueryParams::parse(p.encoded());
    QVERIFY(back);
    QCOMPARE(back->items(), p.items());
}

#include "tst_patientquery.moc"
