// Caller verification over real HTTP, on SQLite and PostgreSQL: each factor compares what the
// caller said with the record without revealing it, the policy decides the outcome, three
// failures lock phone release and alert supervisors, protected records are referred, a bad
// policy file stops the server, and the audit holds every step without the caller's words.

#include "tst_verification_factors.h"
#include "tst_verification_support.h"

#include "serverconfig.h"

#include <QFile>
#include <QTemporaryDir>

using izdesk::test::HttpTestClient;
using izdesk::test::VerificationFixture;

class TstVerification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policyIsServed();
    void startRefusesBadRequests();
    void guardianVerifiesStepByStep();
    void factorComparison_data();
    void factorComparison();
    void badShapesAndOrder();
    void providerCallbackPhoneOnlyAfterMatch();
    void sharingLockIsReferred();
    void otherCallerAndManualReferral();
    void threeFailuresLockAndAlert();
    void lockExpiresAfterADay();
    void auditHasEveryStepAndNoPhi();
    void serverRefusesBadPolicyFile();
    void cleanupTestCase();

private:
    QJsonObject attemptOf(const HttpTestClient::Response &r)
    {
        return r.object().value(QStringLiteral("attempt")).toObject();
    }
    void liftAnyLock(qint64 patient);

    VerificationFixture f;
    qint64 m_ticket = 0;
};

void TstVerification::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    m_ticket = f.createTicket();
    QVERIFY(m_ticket > 0);
}

void TstVerification::cleanupTestCase()
{
    f.server.reset();
}

void TstVerification::liftAnyLock(qint64 patient)
{
    f.supervisor->request("DELETE", QStringLiteral("/api/v1/patients/%1/release-lock").arg(patient),
                          QJsonObject{{QStringLiteral("reason"), QStringLiteral("test reset")}});
}

void TstVerification::policyIsServed()
{
    const auto r = f.specialist->get(QStringLiteral("/api/v1/verification/policy"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("window_minutes")).toInt(), 30);
    QCOMPARE(r.object().value(QStringLiteral("caller_types")).toArray().size(), 5);
    QCOMPARE(r.object()
                 .value(QStringLiteral("factors"))
                 .toObject()
                 .value(QStringLiteral("address"))
                 .toObject()
                 .value(QStringLiteral("input"))
                 .toString(),
             QStringLiteral("address"));
    HttpTestClient anonymous(f.server->baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/verification/policy")).status, 401);
}

void TstVerification::startRefusesBadRequests()
{
    auto r = f.start(m_ticket, QStringLiteral("cousin"), f.patients.value(QStringLiteral("liam")));
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("caller_type"));
    r = f.start(m_ticket, QStringLiteral("guardian"), std::nullopt);
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("patient_id"));
    QCOMPARE(f.start(m_ticket, QStringLiteral("provider"), f.patients.value(QStringLiteral("liam"))).status, 422);
    QCOMPARE(f.start(999999, QStringLiteral("guardian"), f.patients.value(QStringLiteral("liam"))).status, 404);
    QCOMPARE(f.start(m_ticket, QStringLiteral("self"), 999999).status, 404);
    // A full opt-out answers exactly like an unknown patient.
    r = f.start(m_ticket, QStringLiteral("self"), f.patients.value(QStringLiteral("optout")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QStringLiteral("no such patient"));
}

void TstVerification::guardianVerifiesStepByStep()
{
    const auto started = f.start(m_ticket, QStringLiteral("guardian"), f.patients.value(QStringLiteral("liam")));
    QCOMPARE(started.status, 201);
    const QJsonObject a = started.object();
    const qint64 id = a.value(QStringLiteral("id")).toInteger();
    QCOMPARE(a.value(QStringLiteral("outcome")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(a.value(QStringLiteral("created_by")).toString(), QStringLiteral("specialist"));
    QCOMPARE(a.value(QStringLiteral("remaining_factors")).toArray().size(), 7);
    QVERIFY(a.value(QStringLiteral("expires_at")).isNull());

    auto r = f.check(id, QStringLiteral("full_name"),
                     VerificationFixture::name(QStringLiteral("LIAM"), QStringLiteral("nguyen")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("result")).toString(), QStringLiteral("match"));
    // The answer never carries what is on file.
    QVERIFY(!r.raw.contains("2019-02-14"));
    QVERIFY(!r.raw.contains("Elm"));
    r = f.check(id, QStringLiteral("birth_date"), QStringLiteral("2019-02-14"));
    QCOMPARE(r.object().value(QStringLiteral("result")).toString(), QStringLiteral("match"));
    r = f.check(id, QStringLiteral("address"),
                QJsonObject{{QStringLiteral("street"), QStringLiteral("78 Elm St")},
                            {QStringLiteral("zip"), QStringLiteral("55102")}});
    QCOMPARE(r.object().value(QStringLiteral("result")).toString(), QStringLiteral("no_match"));
    QCOMPARE(attemptOf(r).value(QStringLiteral("outcome")).toString(), QStringLiteral("in_progress"));
    // Each factor may be tried once.
    QCOMPARE(f.check(id, QStringLiteral("address"),
                     QJsonObject{{QStringLiteral("street"), QStringLiteral("77 Elm St")},
                                 {QStringLiteral("zip"), QStringLiteral("55102")}})
                 .status,
             409);
    r = f.check(id, QStringLiteral("mother_maiden_name"), QStringLiteral("tran"));
    QCOMPARE(r.object().value(QStringLiteral("result")).toString(), QStringLiteral("match"));
    QCOMPARE(attemptOf(r).value(QStringLiteral("remaining_factors")).toArray(),
             QJsonArray({QStringLiteral("guardian_listed"), QStringLiteral("custody_document")}));
    r = f.check(id, QStringLiteral("guardian_listed"),
                VerificationFixture::name(QStringLiteral("Thu"), QStringLiteral("Nguyen")));
    const QJsonObject done = attemptOf(r);
    QCOMPARE(done.value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(done.value(QStringLiteral("release_methods")).toArray(),
             QJsonArray({QStringLiteral("read"), QStringLiteral("mail"), QStringLiteral("print")}));
    QCOMPARE(done.value(QStringLiteral("scope")).toString(), QStringLiteral("full_history"));
    QCOMPARE(done.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2026-11-20T15:30:00.000Z"));
    QCOMPARE(done.value(QStringLiteral("factors")).toArray().size(), 5);
    QVERIFY(done.value(QStringLiteral("remaining_factors")).toArray().isEmpty());
    // Decided: nothing more may be checked.
    QCOMPARE(f.check(id, QStringLiteral("phone"), QStringLiteral("612-555-0199")).status, 409);

    const auto list = f.specialist->get(QStringLiteral("/api/v1/tickets/%1/verifications").arg(m_ticket));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             id);
}

void TstVerification::factorComparison_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("patient");
    QTest::addColumn<QString>("user"); // checked first for facility / school codes
    QTest::addColumn<QString>("factor");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("result");
    for (const izdesk::test::FactorCase &c : izdesk::test::factorCases())
        QTest::newRow(c.row) << QString::fromUtf8(c.type) << QString::fromUtf8(c.patient) << QString::fromUtf8(c.user)
                             << QString::fromUtf8(c.factor) << c.value << QString::fromUtf8(c.result);
}

void TstVerification::factorComparison()
{
    QFETCH(QString, type);
    QFETCH(QString, patient);
    QFETCH(QString, user);
    QFETCH(QString, factor);
    QFETCH(QJsonValue, value);
    QFETCH(QString, result);
    const auto started
        = f.start(m_ticket, type, patient.isEmpty() ? std::nullopt : std::optional<qint64>(f.patients.value(patient)));
    QCOMPARE(started.status, 201);
    const qint64 id = started.object().value(QStringLiteral("id")).toInteger();
    if (!user.isEmpty())
        QCOMPARE(f.check(id, QStringLiteral("iis_username"), user).object().value(QStringLiteral("result")).toString(),
                 QStringLiteral("match"));
    const auto r = f.check(id, factor, value);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("result")).toString(), result);
    QCOMPARE(r.object().value(QStringLiteral("factor")).toString(), factor);
    if (!patient.isEmpty())
        liftAnyLock(f.patients.value(patient)); // failed all_of rows count towards the daily limit
}

void TstVerification::badShapesAndOrder()
{
    const qint64 id = f.start(m_ticket, QStringLiteral("self"), f.patients.value(QStringLiteral("adult")))
                          .object()
                          .value(QStringLiteral("id"))
                          .toInteger();
    auto r = f.check(id, QStringLiteral("birth_date"), QStringLiteral("05/17/1990"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
             QStringLiteral("must be a date \"YYYY-MM-DD\""));
    QCOMPARE(f.check(id, QStringLiteral("full_name"), QStringLiteral("José O'Neil-Smith")).status, 422);
    QCOMPARE(f.check(id, QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("482 Oak")}})
                 .status,
             422);
    r = f.check(id, QStringLiteral("iis_username"), QStringLiteral("drjones"));
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("factor"));
    // Nothing was recorded by the refused checks.
    const auto list = f.specialist->get(QStringLiteral("/api/v1/tickets/%1/verifications").arg(m_ticket));
    QVERIFY(list.object()
                .value(QStringLiteral("items"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("factors"))
                .toArray()
                .isEmpty());
    QCOMPARE(f.check(999999, QStringLiteral("birth_date"), QStringLiteral("1990-05-17")).status, 404);

    const qint64 provider
        = f.start(m_ticket, QStringLiteral("provider"), std::nullopt).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(f.check(provider, QStringLiteral("facility_code"), QStringLiteral("CLINIC01")).status, 409);
    QCOMPARE(f.check(provider, QStringLiteral("facility_callback"), true).status, 409);
    QCOMPARE(f.check(provider, QStringLiteral("facility_callback"), QStringLiteral("yes")).status, 422);
}

void TstVerification::providerCallbackPhoneOnlyAfterMatch()
{
    const auto started = f.start(m_ticket, QStringLiteral("provider"), std::nullopt);
    const qint64 id = started.object().value(QStringLiteral("id")).toInteger();
    QVERIFY(started.object().value(QStringLiteral("facility_callback_phone")).isNull());
    auto r = f.check(id, QStringLiteral("iis_username"), QStringLiteral("drjones"));
    QVERIFY(attemptOf(r).value(QStringLiteral("facility_callback_phone")).isNull());
    r = f.check(id, QStringLiteral("facility_code"), QStringLiteral("CLINIC01"));
    QCOMPARE(attemptOf(r).value(QStringLiteral("facility_callback_phone")).toString(),
             QStringLiteral("(555) 010-2000"));
    r = f.check(id, QStringLiteral("facility_callback"), true);
    QCOMPARE(r.object().value(QStringLiteral("result")).toString(), QStringLiteral("attested"));
    QCOMPARE(attemptOf(r).value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(attemptOf(r).value(QStringLiteral("release_methods")).toArray(),
             QJsonArray({QStringLiteral("read"), QStringLiteral("fax"), QStringLiteral("print")}));
}

void TstVerification::sharingLockIsReferred()
{
    const auto started = f.start(m_ticket, QStringLiteral("guardian"), f.patients.value(QStringLiteral("locked")));
    QCOMPARE(started.status, 201);
    const qint64 id = started.object().value(QStringLiteral("id")).toInteger();
    f.check(id, QStringLiteral("full_name"),
            VerificationFixture::name(QStringLiteral("Lena"), QStringLiteral("Locke")));
    f.check(id, QStringLiteral("birth_date"), QStringLiteral("2013-06-06"));
    f.check(id, QStringLiteral("phone"), QStringLiteral("651-555-0123"));
    const auto r = f.check(id, QStringLiteral("guardian_listed"),
                           VerificationFixture::name(QStringLiteral("Mark"), QStringLiteral("Locke")));
    QCOMPARE(attemptOf(r).value(QStringLiteral("outcome")).toString(), QStringLiteral("referred"));
    QCOMPARE(attemptOf(r).value(QStringLiteral("reason")).toString(), QStringLiteral("protected_record"));
    QVERIFY(attemptOf(r).value(QStringLiteral("release_methods")).toArray().isEmpty());
    const auto alerts = f.supervisor->get(QStringLiteral("/api/v1/alerts?open=true"));
    bool found = false;
    for (const auto &v : alerts.object().value(QStringLiteral("items")).toArray())
        found = found
                || (v.toObject().value(QStringLiteral("attempt_id")).toInteger() == id
                    && v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("referral"));
    QVERIFY(found);
}

void TstVerification::otherCallerAndManualReferral()
{
    auto r = f.start(m_ticket, QStringLiteral("other"), std::nullopt);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("outcome")).toString(), QStringLiteral("referred"));
    QCOMPARE(r.object().value(QStringLiteral("scope")).toString(), QStringLiteral("none"));

    const qint64 id = f.start(m_ticket, QStringLiteral("self"), f.patients.value(QStringLiteral("adult")))
                          .object()
                          .value(QStringLiteral("id"))
                          .toInteger();
    r = f.specialist->post(QStringLiteral("/api/v1/verifications/%1/refer").arg(id),
                           QJsonObject{{QStringLiteral("note"),
                                        QStringLiteral("Caller says she is Josefina Garcia, wants the record faxed")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("outcome")).toString(), QStringLiteral("referred"));
    QCOMPARE(r.object().value(QStringLiteral("reason")).toString(), QStringLiteral("supervisor_referral"));
    QCOMPARE(f.specialist->post(QStringLiteral("/api/v1/verifications/%1/refer").arg(id), QJsonObject()).status, 409);
    // The supervisor reads the note; the change feed, which every desk reads, does not carry it.
    const auto alerts = f.supervisor->get(QStringLiteral("/api/v1/alerts?open=true"));
    QString note;
    for (const auto &v : alerts.object().value(QStringLiteral("items")).toArray())
        if (v.toObject().value(QStringLiteral("attempt_id")).toInteger() == id)
            note = v.toObject().value(QStringLiteral("note")).toString();
    QCOMPARE(note, QStringLiteral("Caller says she is Josefina Garcia, wants the record faxed"));
    const auto feed = f.specialist->get(QStringLiteral("/api/v1/changes?since=0&limit=500"));
    QVERIFY(feed.raw.contains("\"kind\":\"alert\""));
    QVERIFY(!feed.raw.contains("Josefina"));
    // Only supervisors see alerts.
    QCOMPARE(f.specialist->get(QStringLiteral("/api/v1/alerts")).status, 403);
}

void TstVerification::threeFailuresLockAndAlert()
{
    const qint64 ava = f.patients.value(QStringLiteral("ava"));
    const auto changesBefore = f.supervisor->get(QStringLiteral("/api/v1/changes?since=0&limit=500"));
    const QString cursor = changesBefore.object().value(QStringLiteral("cursor")).toString();
    for (int i = 1; i <= 3; ++i) {
        const qint64 ticket = f.createTicket();
        const qint64 id
            = f.start(ticket, QStringLiteral("guardian"), ava).object().value(QStringLiteral("id")).toInteger();
        const auto r = f.check(id, QStringLiteral("birth_date"), QStringLiteral("2021-01-03"));
        QCOMPARE(attemptOf(r).value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(attemptOf(r).value(QStringLiteral("reason")).toString(), QStringLiteral("no_match:birth_date"));
        QCOMPARE(attemptOf(r).value(QStringLiteral("attempts_failed_today")).toInt(), i);
    }
    // Locked: no new attempt for this patient, on any ticket.
    auto r = f.start(f.createTicket(), QStringLiteral("guardian"), ava);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
             QStringLiteral("https://izdesk.invalid/problems/verification-locked"));
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("2026-11-21T15:")));
    // Other patients are not affected.
    QCOMPARE(f.start(m_ticket, QStringLiteral("guardian"), f.patients.value(QStringLiteral("liam"))).status, 201);

    // The supervisor sees the alert, in the list and on the change feed.
    const auto alerts = f.supervisor->get(QStringLiteral("/api/v1/alerts?open=true"));
    QCOMPARE(alerts.status, 200);
    qint64 alertId = 0;
    for (const auto &v : alerts.object().value(QStringLiteral("items")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("release_locked")
            && v.toObject().value(QStringLiteral("patient_id")).toInteger() == ava)
            alertId = v.toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(alertId > 0);
    const auto changes = f.supervisor->get(QStringLiteral("/api/v1/changes?since=") + cursor);
    bool onFeed = false;
    for (const auto &c : changes.object().value(QStringLiteral("changes")).toArray())
        onFeed = onFeed
                 || (c.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("alert")
                     && c.toObject().value(QStringLiteral("alert")).toObject().value(QStringLiteral("id")).toInteger()
                            == alertId);
    QVERIFY(onFeed);

    // Only a supervisor lifts the lock, and says why.
    const QString lockPath = QStringLiteral("/api/v1/patients/%1/release-lock").arg(ava);
    QCOMPARE(
        f.specialist->request("DELETE", lockPath, QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}}).status,
        403);
    QCOMPARE(f.supervisor->request("DELETE", lockPath, QJsonObject()).status, 422);
    QCOMPARE(f.supervisor
                 ->request("DELETE", lockPath,
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("Identity confirmed in person")}})
                 .status,
             204);
    QCOMPARE(f.supervisor->request("DELETE", lockPath, QJsonObject{{QStringLiteral("reason"), QStringLiteral("again")}})
                 .status,
             404);
    r = f.start(m_ticket, QStringLiteral("guardian"), ava);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("attempts_failed_today")).toInt(), 0);

    const auto ack = f.supervisor->post(QStringLiteral("/api/v1/alerts/%1/acknowledge").arg(alertId), QJsonObject());
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.object().value(QStringLiteral("acknowledged_by")).toString(), QStringLiteral("supervisor"));
    const auto open = f.supervisor->get(QStringLiteral("/api/v1/alerts?open=true"));
    for (const auto &v : open.object().value(QStringLiteral("items")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != alertId);
}

void TstVerification::lockExpiresAfterADay()
{
    const qint64 adult = f.patients.value(QStringLiteral("adult"));
    // The failures of earlier tests age out after 24 hours.
    QVERIFY(f.advance(25 * 3600));
    for (int i = 0; i < 3; ++i) {
        const qint64 id
            = f.start(m_ticket, QStringLiteral("self"), adult).object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(attemptOf(f.check(id, QStringLiteral("birth_date"), QStringLiteral("1990-01-01")))
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("failed"));
    }
    QCOMPARE(f.start(m_ticket, QStringLiteral("self"), adult).status, 403);
    QVERIFY(f.advance(24 * 3600 - 60));
    QCOMPARE(f.start(m_ticket, QStringLiteral("self"), adult).status, 403);
    QVERIFY(f.advance(61));
    QCOMPARE(f.start(m_ticket, QStringLiteral("self"), adult).status, 201);
}

void TstVerification::auditHasEveryStepAndNoPhi()
{
    const QStringList rows = f.auditDetails();
    const auto count = [&rows](const QString &action) {
        return std::count_if(rows.begin(), rows.end(),
                             [&](const QString &r) { return r.startsWith(action + QLatin1Char(' ')); });
    };
    QVERIFY(count(QStringLiteral("verification.start")) >= 20);
    QVERIFY(count(QStringLiteral("verification.factor")) >= 30);
    QVERIFY(count(QStringLiteral("verification.decided")) >= 10);
    QCOMPARE(count(QStringLiteral("verification.refer")), 1);
    QCOMPARE(count(QStringLiteral("release.lock")), 2);
    QVERIFY(count(QStringLiteral("release.unlock")) >= 1);
    QCOMPARE(count(QStringLiteral("alert.acknowledge")), 1);
    QVERIFY(count(QStringLiteral("alerts.read")) >= 3);
    bool factorRow = false;
    for (const QString &r : rows)
        factorRow = factorRow
                    || (r.startsWith(QStringLiteral("verification.factor "))
                        && r.contains(QStringLiteral("\"factor\":\"birth_date\""))
                        && r.contains(QStringLiteral("\"result\":\"no_match\"")));
    QVERIFY(factorRow);
    // Nothing the caller said, nor anything on file, is in the audit.
    const QStringList said{QStringLiteral("Liam"),       QStringLiteral("LIAM"),
                           QStringLiteral("Nguyen"),     QStringLiteral("Thu"),
                           QStringLiteral("2019-02-14"), QStringLiteral("2021-01-03"),
                           QStringLiteral("1990-05-1"),  QStringLiteral("Elm"),
                           QStringLiteral("Oak"),        QStringLiteral("555"),
                           QStringLiteral("indq"),       QStringLiteral("tran"),
                           QStringLiteral("Josefina"),   QStringLiteral("Garcia"),
                           QStringLiteral("José"),       QStringLiteral("O'Neil"),
                           QStringLiteral("Lena"),       QStringLiteral("Mark"),
                           QStringLiteral("drjones"),    QStringLiteral("DrJones"),
                           QStringLiteral("nurse_kim"),  QStringLiteral("Identity confirmed"),
                           QStringLiteral("faxed")};
    for (const QString &r : rows) {
        if (!r.startsWith(QStringLiteral("verification.")) && !r.startsWith(QStringLiteral("release."))
            && !r.startsWith(QStringLiteral("alert.")))
            continue;
        for (const QString &s : said)
            QVERIFY2(!r.contains(s, Qt::CaseSensitive), qPrintable(r));
    }
}

void TstVerification::serverRefusesBadPolicyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray json = izdesk::VerificationPolicy::builtInJson();
    json.replace("\"one_of\": [\"address\"", "\"one_of\": [\"adress\"");
    file.write(json);
    file.close();
    auto parsed = izdesk::server::CommandLine::parse(
        {QStringLiteral("izdesk-server"), QStringLiteral("--verification-policy"), path});
    QCOMPARE(parsed.action, izdesk::server::CommandLine::Action::Error);
    QCOMPARE(parsed.message,
             QStringLiteral("--verification-policy %1: caller_types[0].one_of[0]: unknown factor \"adress\" "
                            "(declare it under \"factors\")")
                 .arg(path));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n  \"version\": 1,\n  \"window_minutes\": 30,,\n}");
    file.close();
    parsed = izdesk::server::CommandLine::parse(
        {QStringLiteral("izdesk-server"), QStringLiteral("--verification-policy"), path});
    QVERIFY2(parsed.message.startsWith(QStringLiteral("--verification-policy %1:3:").arg(path)),
             qPrintable(parsed.message));
    // The server does not start with it (exit 2, before opening any database).
    const int code = izdesk::server::ServerApp::runCommandLine(
        {QStringLiteral("izdesk-server"), QStringLiteral("--verification-policy"), path, QStringLiteral("--listen"),
         QStringLiteral("127.0.0.1:0")});
    QCOMPARE(code, 2);
    // A good file is taken.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(izdesk::VerificationPolicy::builtInJson().replace("\"window_minutes\": 30", "\"window_minutes\": 15"));
    file.close();
    parsed = izdesk::server::CommandLine::parse(
        {QStringLiteral("izdesk-server"), QStringLiteral("--verification-policy"), path});
    QCOMPARE(parsed.action, izdesk::server::CommandLine::Action::Run);
    QCOMPARE(parsed.config.verification().windowMinutes(), 15);
}

QTEST_GUILESS_MAIN(TstVerification)
#include "tst_verification.moc"
