#include "ticketrules.h"

#include <QJsonArray>
#include <QTest>

using namespace izdesk;

class TestTicketRules : public QObject
{
    Q_OBJECT

private:
    static QStringList fieldsOf(const QList<FieldError> &errors)
    {
        QStringList out;
        for (const FieldError &e : errors)
            out << e.field;
        return out;
    }

private Q_SLOTS:
    void validCreatePasses()
    {
        const QJsonObject body{{QStringLiteral("subject"), QStringLiteral("Password reset for clinic user")},
                               {QStringLiteral("category"), QStringLiteral("account_access")},
                               {QStringLiteral("channel"), QStringLiteral("phone")},
                               {QStringLiteral("priority"), QStringLiteral("high")}};
        QVERIFY(TicketRules::validateCreate(body).isEmpty());
    }

    void createNeedsSubjectAndCategory()
    {
        const QList<FieldError> errors = TicketRules::validateCreate(QJsonObject{{QStringLiteral("subject"), QStringLiteral("   ")}});
        QCOMPARE(fieldsOf(errors), (QStringList{QStringLiteral("subject"), QStringLiteral("category")}));
    }

    void rejectsValuesOutsideTheCatalog_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("status") << QStringLiteral("status") << QJsonValue(QStringLiteral("done"));
        QTest::newRow("priority") << QStringLiteral("priority") << QJsonValue(QStringLiteral("p1"));
        QTest::newRow("category") << QStringLiteral("category") << QJsonValue(QStringLiteral("billing"));
        QTest::newRow("channel") << QStringLiteral("channel") << QJsonValue(QStringLiteral("pigeon"));
        QTest::newRow("status not a string") << QStringLiteral("status") << QJsonValue(3);
        QTest::newRow("organization negative") << QStringLiteral("organization_id") << QJsonValue(-4);
        QTest::newRow("organization fraction") << QStringLiteral("organization_id") << QJsonValue(1.5);
        QTest::newRow("unknown field") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"));
        QTest::newRow("read-only field") << QStringLiteral("version") << QJsonValue(7);
        QTest::newRow("subject too long") << QStringLiteral("subject") << QJsonValue(QString(201, QLatin1Char('x')));
    }

    void rejectsValuesOutsideTheCatalog()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject patch{{field, value}};
        const QList<FieldError> errors = TicketRules::validatePatch(patch);
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY(!errors.first().message.isEmpty());
    }

    void emptyPatchIsAnError()
    {
        QCOMPARE(TicketRules::validatePatch(QJsonObject{}).size(), 1);
    }

    void patchMayClearOptionalFields()
    {
        const QJsonObject patch{{QStringLiteral("assignee"), QJsonValue::Null},
                                {QStringLiteral("organization_id"), QJsonValue::Null},
                                {QStringLiteral("description"), QJsonValue::Null}};
        QVERIFY(TicketRules::validatePatch(patch).isEmpty());
    }

    void ticketJsonRoundTrips()
    {
        Ticket t;
        t.id = 42;
        t.subject = QStringLiteral("Duplicate record");
        t.status = QStringLiteral("open");
        t.priority = QStringLiteral("normal");
        t.category = QStringLiteral("duplicate_record");
        t.channel = QStringLiteral("fax");
        t.organizationId = 7;
        t.organizationName = QStringLiteral("Northside Pediatrics");
        t.assignee = QStringLiteral("jchen");
        t.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        t.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0, 250), Qt::UTC);
        t.version = 3;
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-03-02T10:00:00.250Z"));
        QCOMPARE(json.value(QStringLiteral("number")).toString(), QStringLiteral("T-000042"));
        const auto back = Ticket::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(*back, t);
        QCOMPARE(t.etag(), QByteArray("\"42-3\""));
    }

    void malformedTicketIsRefusedWithReason()
    {
        QString error;
        QVERIFY(!Ticket::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}, &error));
        QVERIFY(error.contains(QStringLiteral("id")));
    }
};

QTEST_GUILESS_MAIN(TestTicketRules)
#include "tst_ticketrules.moc"
