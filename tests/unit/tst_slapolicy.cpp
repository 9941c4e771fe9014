// SlaPolicy: the shipped default loads; invalid policies are refused with the key named.

#include "slapolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using izdesk::SlaPolicy;

class TstSlaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void builtInDefaultIsValid();
    void rejectsWithTheKeyNamed_data();
    void rejectsWithTheKeyNamed();
};

void TstSlaPolicy::builtInDefaultIsValid()
{
    QString error;
    const auto policy = SlaPolicy::fromBytes(SlaPolicy::builtInJson(), &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->target(QStringLiteral("urgent")).firstResponseMinutes, qint64(30));
    QCOMPARE(policy->target(QStringLiteral("low")).resolutionMinutes, qint64(2880));
    QCOMPARE(policy->warningBeforeBreachMinutes(), qint64(30));
    QCOMPARE(policy->calendar().timeZone().id(), QByteArrayLiteral("America/Chicago"));
    QVERIFY(policy->calendar().holidays().contains(QDate(2026, 11, 26)));
    QVERIFY(!policy->calendar().hours()[5].has_value()); // Saturday closed
    QCOMPARE(SlaPolicy::builtIn().toJson(), policy->toJson());
}

void TstSlaPolicy::rejectsWithTheKeyNamed_data()
{
    QTest::addColumn<QString>("path"); // where to change the default, "a.b"
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorStart");

    QTest::newRow("bad time") << QStringLiteral("business_hours.mon")
                              << QJsonValue(QJsonArray{QStringLiteral("8am"), QStringLiteral("17:00")})
                              << QStringLiteral("business_hours.mon[0]");
    QTest::newRow("end before start") << QStringLiteral("business_hours.tue")
                                      << QJsonValue(QJsonArray{QStringLiteral("17:00"), QStringLiteral("08:00")})
                                      << QStringLiteral("business_hours.tue: the end is not after the start");
    QTest::newRow("unknown day") << QStringLiteral("business_hours.funday") << QJsonValue(QJsonValue::Null)
                                 << QStringLiteral("business_hours.funday");
    QTest::newRow("unknown priority") << QStringLiteral("targets.critical")
                                      << QJsonValue(QJsonObject{{QStringLiteral("first_response_minutes"), 5},
                                                                {QStringLiteral("resolution_minutes"), 10}})
                                      << QStringLiteral("targets.critical: unknown priority");
    QTest::newRow("negative minutes") << QStringLiteral("targets.high")
                                      << QJsonValue(QJsonObject{{QStringLiteral("first_response_minutes"), -5},
                                                                {QStringLiteral("resolution_minutes"), 10}})
                                      << QStringLiteral("targets.high.first_response_minutes");
    QTest::newRow("bad zone") << QStringLiteral("timezone") << QJsonValue(QStringLiteral("Mars/Olympus"))
                              << QStringLiteral("timezone");
    QTest::newRow("bad holiday") << QStringLiteral("holidays") << QJsonValue(QJsonArray{QStringLiteral("2026-02-30")})
                                 << QStringLiteral("holidays[0]");
    QTest::newRow("unknown key") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"))
                                 << QStringLiteral("colour: unknown key");
    QTest::newRow("warning") << QStringLiteral("warning_before_breach_minutes") << QJsonValue(QStringLiteral("soon"))
                             << QStringLiteral("warning_before_breach_minutes");
}

void TstSlaPolicy::rejectsWithTheKeyNamed()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorStart);
    QJsonObject json = QJsonDocument::fromJson(SlaPolicy::builtInJson()).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 2) {
        QJsonObject inner = json.value(parts.at(0)).toObject();
        inner.insert(parts.at(1), value);
        json.insert(parts.at(0), inner);
    } else {
        json.insert(path, value);
    }
    QString error;
    QVERIFY(!SlaPolicy::fromJson(json, &error));
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstSlaPolicy)
#include "tst_slapolicy.moc"
