// JsonWriter and Ticket::writeJson: the hand-written queue page must carry exactly the JSON
// values of Ticket::toJson (a client parses either), including awkward text and empty times.

#include "jsonwriter.h"
#include "ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace izdesk;

class TstJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QJsonObject written(const Ticket &t)
    {
        QByteArray out;
        JsonWriter w(out);
        t.writeJson(w);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << out;
        return doc.object();
    }

private Q_SLOTS:
    void ticketMatchesToJson_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("full") << 0;
        QTest::newRow("empty optionals") << 1;
        QTest::newRow("awkward text") << 2;
    }

    void ticketMatchesToJson()
    {
        QFETCH(int, variant);
        Ticket t;
        t.id = 4711;
        t.subject = QStringLiteral("Parent needs record");
        t.status = QStringLiteral("pending_caller");
        t.priority = QStringLiteral("high");
        t.category = QStringLiteral("records_request");
        t.channel = QStringLiteral("phone");
        t.createdBy = QStringLiteral("jchen");
        t.version = 3;
        if (variant == 0) {
            t.description = QStringLiteral("Called twice.\nWants it mailed.");
            t.requesterName = QStringLiteral("María José Núñez");
            t.requesterContact = QStringLiteral("(612) 555-0142");
            t.organizationId = 4;
            t.facilityId = 41;
            t.organizationName = QStringLiteral("Lakeside Pediatrics");
            t.assignee = QStringLiteral("mokafor");
            t.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
            t.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59, 999), Qt::UTC);
            t.firstResponseAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone(3600)); // not UTC
            t.resolvedAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
            t.mergedInto = 77;
            t.sla.firstResponseDue = QDateTime(QDate(2026, 1, 2), QTime(11, 0), Qt::UTC);
            t.sla.resolutionDue = QDateTime(QDate(2026, 1, 5), QTime(17, 0), Qt::UTC);
            t.sla.firstResponseBreached = true;
            t.sla.paused = true;
            t.sla.remainingSeconds = 5400;
            t.links = {{QStringLiteral("patient"), QStringLiteral("12"), QStringLiteral("IIS 000012")},
                       {QStringLiteral("ticket"), QStringLiteral("99"), QString()}};
        } else if (variant == 2) {
            t.subject = QStringLiteral("Quote \" backslash \\ tab\t bell\a nul-ish \x01 emoji 💉 and ü");
            t.description = QString(QChar(0x7f)) + QStringLiteral("\r\n\f\b") + QString(QChar(0x2028));
            t.requesterName = QStringLiteral("</script>");
            t.createdAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC);
            t.updatedAt = t.createdAt;
        }
        const QJsonObject expected = t.toJson();
        const QJsonObject actual = written(t);
        QCOMPARE(actual.keys(), expected.keys());
        for (const QString &key : expected.keys())
            QVERIFY2(actual.value(key) == expected.value(key), qPrintable(key));
        QCOMPARE(actual, expected);
    }

    void timestampsMatchQtIsoFormat()
    {
        const QList<QDateTime> times{
            QDateTime(QDate(2026, 11, 22), QTime(4, 21, 12), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(0, 0, 0, 1), Qt::UTC),
            QDateTime(QDate(2026, 3, 8), QTime(2, 30, 0, 500), QTimeZone(-5 * 3600)),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
        };
        for (const QDateTime &dt : times)
            QCOMPARE(toIsoUtc(dt), dt.toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(toIsoUtc(QDateTime()).isEmpty());
    }

    void nestingAndCommas()
    {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        w.key("a").beginArray();
        w.value(1);
        w.beginObject();
        w.key("x").null();
        w.key("y").value(false);
        w.endObject();
        w.beginArray();
        w.endArray();
        w.value(QStringLiteral("z"));
        w.endArray();
        w.key("b").beginObject();
        w.endObject();
        w.key("c").nullableId(std::nullopt);
        w.endObject();
        QCOMPARE(out, QByteArray(R"({"a":[1,{"x":null,"y":false},[],"z"],"b":{},"c":null})"));
    }
};

QTEST_GUILESS_MAIN(TstJsonWriter)
#include "tst_jsonwriter.moc"
