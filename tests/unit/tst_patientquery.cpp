// The patient search box: what the free text and the structured parameters turn into.

#include "patients/patientquery.h"

#include <QTest>

using izdesk::server::PatientQuery;

class TstPatientQuery : public QObject
{
    Q_OBJECT

private slots:
    void freeText_data();
    void freeText();
    void structuredOverridesAndErrors();
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
    auto q = PatientQuery::parse(QUrlQuery(QStringLiteral("first=Jon&q=Smith%2003/04/2019&limit=5")), 2026, &errors);
    QVERIFY(q);
    QCOMPARE(q->probe.first, QStringLiteral("JON"));
    QCOMPARE(q->probe.last, QStringLiteral("SMITH"));
    QCOMPARE(q->limit, 5);
    QCOMPARE(q->criteria, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("birth_date")}));
    errors.clear();
    QVERIFY(!PatientQuery::parse(QUrlQuery(QStringLiteral("dob=2019-02-30&limit=0&zip=12")), 2026, &errors));
    QCOMPARE(errors.size(), 3);
}

QTEST_GUILESS_MAIN(TstPatientQuery)
#include "tst_patientquery.moc"
