// No route releases patient data without a valid verification: every
// route that returns an immunization history or a record is tried unverified, after a failed
// attempt, for another patient, on another ticket, with a disallowed method and after the
// verification expired — 403 verification-required (the patient routes: no history at all) —
// and answers when the verification is valid. Every release is in the accounting of
// disclosures; every denial is audited. SQLite and PostgreSQL.

#include "tst_verification_support.h"

using izdesk::test::HttpTestClient;
using izdesk::test::VerificationFixture;

class TstVerificationRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void denied_data();
    void denied();
    void patientRoutesNeverCarryTheHistory();
    void verifiedGuardianReadsAndReleases();
    void verificationExpires();
    void providerRules();
    void schoolGetsComplianceOnly();
    void protectedRecordIsMailOnly();
    void lockStopsAVerifiedRelease();
    void optOutIsNotFound();
    void disclosuresForSupervisorsOnly();
    void deniedAndReleasedAreAudited();
    void cleanupTestCase();

private:
    // (status, problem detail) of one route for one ticket and patient.
    QPair<int, QString> tryRoute(const QString &route, qint64 ticket, qint64 patient);
    QString historyPath(qint64 ticket, qint64 patient) const
    {
        return QStringLiteral("/api/v1/tickets/%1/patients/%2/history").arg(ticket).arg(patient);
    }
    QString releasePath(qint64 ticket, qint64 patient) const
    {
        return QStringLiteral("/api/v1/tickets/%1/patients/%2/releases").arg(ticket).arg(patient);
    }

    VerificationFixture f;
    qint64 m_unverified = 0; // a ticket with no verification
    qint64 m_failed = 0;     // a ticket whose only attempt failed
    qint64 m_verified = 0;   // a ticket with a valid guardian verification for liam
    qint64 m_other = 0;      // another ticket (verified for ava only)
};

void TstVerificationRelease::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    m_unverified = f.createTicket();
    m_failed = f.createTicket();
    m_verified = f.createTicket();
    m_other = f.createTicket();
    QVERIFY(f.failGuardian(m_failed));
    QVERIFY(f.verifyGuardian(m_verified) > 0);
    QVERIFY(f.verifyGuardian(m_other, QStringLiteral("ava")) > 0);
}

void TstVerificationRelease::cleanupTestCase()
{
    f.server.reset();
}

QPair<int, QString> TstVerificationRelease::tryRoute(const QString &route, qint64 ticket, qint64 patient)
{
    HttpTestClient::Response r;
    if (route == QLatin1String("history"))
        r = f.specialist->get(historyPath(ticket, patient));
    else
        r = f.specialist->post(releasePath(ticket, patient), QJsonObject{{QStringLiteral("method"), route}});
    if (r.status == 403)
        [&] {
            QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
                     QStringLiteral("https://izdesk.invalid/problems/verification-required"));
        }();
    if (r.status < 300)
        [&] { QVERIFY(r.object().contains(QStringLiteral("patient"))); }();
    return {r.status, r.object().value(QStringLiteral("detail")).toString()};
}

void TstVerificationRelease::denied_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("patient");
    QTest::addColumn<QString>("detail"); // %1 = the ticket id
    for (const QString &route :
         {QStringLiteral("history"), QStringLiteral("mail"), QStringLiteral("print"), QStringLiteral("fax")}) {
        const QByteArray r = route.toUtf8();
        QTest::addRow("%s: unverified", r.constData()) << route << "unverified"
                                                       << "liam"
                                                       << "no passed verification for this patient on ticket %1";
        QTest::addRow("%s: failed attempt", r.constData()) << route << "failed"
                                                           << "liam"
                                                           << "no passed verification for this patient on ticket %1";
        QTest::addRow("%s: another patient", r.constData()) << route << "verified"
                                                            << "ava"
                                                            << "no passed verification for this patient on ticket %1";
        QTest::addRow("%s: another ticket", r.constData()) << route << "other"
                                                           << "liam"
                                                           << "no passed verification for this patient on ticket %1";
    }
    QTest::newRow("fax: method not allowed for a guardian") << "fax"
                                                            << "verified"
                                                            << "liam"
                                                            << "release by fax is not allowed for caller type guardian";
}

void TstVerificationRelease::denied()
{
    QFETCH(QString, route);
    QFETCH(QString, ticket);
    QFETCH(QString, patient);
    QFETCH(QString, detail);
    const QHash<QString, qint64> tickets{{QStringLiteral("unverified"), m_unverified},
                                         {QStringLiteral("failed"), m_failed},
                                         {QStringLiteral("verified"), m_verified},
                                         {QStringLiteral("other"), m_other}};
    const qint64 t = tickets.value(ticket);
    const auto answer = tryRoute(route, t, f.patients.value(patient));
    QCOMPARE(answer.first, 403);
    QCOMPARE(answer.second, detail.contains(QStringLiteral("%1")) ? detail.arg(t) : detail);
}

void TstVerificationRelease::patientRoutesNeverCarryTheHistory()
{
    // Even with a valid verification on a ticket, the staff record routes carry no history.
    const qint64 liam = f.patients.value(QStringLiteral("liam"));
    const auto record = f.specialist->get(QStringLiteral("/api/v1/patients/%1").arg(liam));
    QCOMPARE(record.status, 200);
    QCOMPARE(record.object().value(QStringLiteral("history_withheld")).toBool(), true);
    QVERIFY(!record.object().contains(QStringLiteral("immunizations")));
    QVERIFY(!record.raw.contains("DTaP"));
    const auto search = f.specialist->get(QStringLiteral("/api/v1/patients?q=Liam%20Nguyen%2002/14/2019"));
    QCOMPARE(search.status, 200);
    const QJsonArray items = search.object().value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    for (const auto &item : items)
        QVERIFY(!item.toObject().contains(QStringLiteral("immunizations")));
    QVERIFY(!search.raw.contains("DTaP"));
}

void TstVerificationRelease::verifiedGuardianReadsAndReleases()
{
    const qint64 liam = f.patients.value(QStringLiteral("liam"));
    const auto history = f.specialist->get(historyPath(m_verified, liam));
    QCOMPARE(history.status, 200);
    const QJsonObject body = history.object();
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("full_history"));
    QVERIFY(body.value(QStringLiteral("verification_id")).toInteger() > 0);
    QCOMPARE(body.value(QStringLiteral("patient")).toObject().value(QStringLiteral("first_name")).toString(),
             QStringLiteral("Liam"));
    const QJsonArray imms = body.value(QStringLiteral("immunizations")).toArray();
    QCOMPARE(imms.size(), 2);
    QCOMPARE(imms.at(0).toObject().value(QStringLiteral("vaccine_name")).toString(), QStringLiteral("DTaP"));
    QCOMPARE(imms.at(0).toObject().value(QStringLiteral("vaccine_group")).toString(), QStringLiteral("DTAP"));

    auto r = f.specialist->post(releasePath(m_verified, liam),
                                QJsonObject{{QStringLiteral("method"), QStringLiteral("mail")}});
    QCOMPARE(r.status, 201);
    QJsonObject to = r.object().value(QStringLiteral("addressed_to")).toObject();
    QCOMPARE(to.value(QStringLiteral("name")).toString(), QStringLiteral("Parent or guardian of Liam Nguyen"));
    QCOMPARE(to.value(QStringLiteral("lines")).toArray(),
             QJsonArray({QStringLiteral("77 Elm St"), QStringLiteral("Saint Paul, MN 55102")}));
    QCOMPARE(r.object().value(QStringLiteral("immunizations")).toArray().size(), 2);
    QCOMPARE(r.object().value(QStringLiteral("released_at")).toString(), QStringLiteral("2026-11-20T15:00:00.000Z"));
    r = f.specialist->post(releasePath(m_verified, liam),
                           QJsonObject{{QStringLiteral("method"), QStringLiteral("print")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("addressed_to")).toObject().value(QStringLiteral("lines")).toArray(),
             QJsonArray({QStringLiteral("At the help desk")}));
    // The request cannot choose where the record goes.
    r = f.specialist->post(releasePath(m_verified, liam),
                           QJsonObject{{QStringLiteral("method"), QStringLiteral("mail")},
                                       {QStringLiteral("recipient"), QStringLiteral("1 Other St")}});
    QCOMPARE(r.status, 422);
    QCOMPARE(f.specialist
                 ->post(releasePath(m_verified, liam), QJsonObject{{QStringLiteral("method"), QStringLiteral("email")}})
                 .status,
             422);
}

void TstVerificationRelease::verificationExpires()
{
    const qint64 liam = f.patients.value(QStringLiteral("liam"));
    QVERIFY(f.advance(29 * 60));
    QCOMPARE(f.specialist->get(historyPath(m_verified, liam)).status, 200);
    QVERIFY(f.advance(60 + 1));
    for (const QString &route : {QStringLiteral("history"), QStringLiteral("mail"), QStringLiteral("print")}) {
        const auto answer = tryRoute(route, m_verified, liam);
        QCOMPARE(answer.first, 403);
        QCOMPARE(answer.second,
                 QStringLiteral("the verification on ticket %1 expired at 2026-11-20T15:30:00.000Z").arg(m_verified));
    }
    // A new verification on the same ticket opens it again.
    QVERIFY(f.verifyGuardian(m_verified) > 0);
    QCOMPARE(f.specialist->get(historyPath(m_verified, liam)).status, 200);
}

void TstVerificationRelease::providerRules()
{
    const qint64 ticket = f.createTicket();
    QVERIFY(f.verifyProvider(ticket) > 0);
    const qint64 liam = f.patients.value(QStringLiteral("liam"));
    QCOMPARE(f.specialist->get(historyPath(ticket, liam)).status, 200);
    auto r
        = f.specialist->post(releasePath(ticket, liam), QJsonObject{{QStringLiteral("method"), QStringLiteral("fax")}});
    QCOMPARE(r.status, 201);
    const QJsonObject to = r.object().value(QStringLiteral("addressed_to")).toObject();
    QCOMPARE(to.value(QStringLiteral("name")).toString(), QStringLiteral("North Clinic Main"));
    QCOMPARE(to.value(QStringLiteral("lines")).toArray(),
             QJsonArray({QStringLiteral("1 Clinic Way, Saint Paul, MN 55101"), QStringLiteral("Fax: (555) 010-2000")}));
    const auto mail = tryRoute(QStringLiteral("mail"), ticket, liam);
    QCOMPARE(mail.first, 403);
    QCOMPARE(mail.second, QStringLiteral("release by mail is not allowed for caller type provider"));
    // A sharing-locked record: its owning clinic yes, another clinic no. A specialist, who does
    // not see sharing-locked records, is told nothing more than for a missing one.
    const qint64 locked = f.patients.value(QStringLiteral("locked"));
    QCOMPARE(f.specialist->get(historyPath(ticket, locked)).status, 200);
    const qint64 east = f.createTicket();
    QVERIFY(f.verifyProvider(east, QStringLiteral("eastnurse"), QStringLiteral("CLINIC02")) > 0);
    const auto other = tryRoute(QStringLiteral("history"), east, locked);
    QCOMPARE(other.first, 404);
    QCOMPARE(other.second, QStringLiteral("no such patient"));
    const auto told = f.supervisor->get(historyPath(east, locked));
    QCOMPARE(told.status, 403);
    QCOMPARE(told.object().value(QStringLiteral("detail")).toString(),
             QStringLiteral("this record is protected: a supervisor must release it"));
    QCOMPARE(f.specialist->get(historyPath(east, liam)).status, 200);
}

void TstVerificationRelease::schoolGetsComplianceOnly()
{
    const qint64 ticket = f.createTicket();
    const qint64 id
        = f.start(ticket, QStringLiteral("school"), std::nullopt).object().value(QStringLiteral("id")).toInteger();
    f.check(id, QStringLiteral("iis_username"), QStringLiteral("nurse_kim"));
    const auto done = f.check(id, QStringLiteral("school_code"), QStringLiteral("SCH001"));
    QCOMPARE(done.object().value(QStringLiteral("attempt")).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("verified"));
    const auto r = f.specialist->get(historyPath(ticket, f.patients.value(QStringLiteral("liam"))));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("scope")).toString(), QStringLiteral("compliance_only"));
    QVERIFY(!r.object().contains(QStringLiteral("immunizations")));
    QVERIFY(!r.raw.contains("L123")); // no lots, dates or providers
    QVERIFY(!r.raw.contains("2019-06-03"));
    const QJsonArray compliance = r.object().value(QStringLiteral("compliance")).toArray();
    QCOMPARE(compliance.size(), 2);
    QCOMPARE(compliance.at(0).toObject().value(QStringLiteral("doses")).toInt(), 1);
    const auto print = tryRoute(QStringLiteral("print"), ticket, f.patients.value(QStringLiteral("liam")));
    QCOMPARE(print.first, 403);
    QCOMPARE(print.second, QStringLiteral("release by print is not allowed for caller type school"));
}

void TstVerificationRelease::protectedRecordIsMailOnly()
{
    const qint64 ticket = f.createTicket();
    const qint64 patient = f.patients.value(QStringLiteral("protected"));
    const qint64 id = f.start(ticket, QStringLiteral("self"), patient).object().value(QStringLiteral("id")).toInteger();
    f.check(id, QStringLiteral("full_name"),
            VerificationFixture::name(QStringLiteral("Pat"), QStringLiteral("Keeper")));
    f.check(id, QStringLiteral("birth_date"), QStringLiteral("1980-01-01"));
    const auto done = f.check(id, QStringLiteral("address"),
                              QJsonObject{{QStringLiteral("street"), QStringLiteral("10 Hill Road")},
                                          {QStringLiteral("zip"), QStringLiteral("55105")}});
    const QJsonObject attempt = done.object().value(QStringLiteral("attempt")).toObject();
    QCOMPARE(attempt.value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(attempt.value(QStringLiteral("release_methods")).toArray(), QJsonArray({QStringLiteral("mail")}));
    const auto read = tryRoute(QStringLiteral("history"), ticket, patient);
    QCOMPARE(read.first, 403);
    QCOMPARE(read.second, QStringLiteral("release by read is not allowed for this protected record: mail only"));
    QCOMPARE(tryRoute(QStringLiteral("print"), ticket, patient).first, 403);
    QCOMPARE(tryRoute(QStringLiteral("mail"), ticket, patient).first, 201);
}

void TstVerificationRelease::lockStopsAVerifiedRelease()
{
    // Verified first, then three failed attempts elsewhere lock the patient.
    const qint64 ticket = f.createTicket();
    QVERIFY(f.verifyGuardian(ticket, QStringLiteral("ava")) > 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(f.failGuardian(f.createTicket(), QStringLiteral("ava")));
    const auto answer = tryRoute(QStringLiteral("history"), ticket, f.patients.value(QStringLiteral("ava")));
    QCOMPARE(answer.first, 403);
    QVERIFY2(answer.second.startsWith(QStringLiteral("phone release is locked for this patient until 2026-11-21T")),
             qPrintable(answer.second));
}

void TstVerificationRelease::optOutIsNotFound()
{
    const qint64 ticket = f.createTicket();
    QVERIFY(f.verifyProvider(ticket) > 0);
    const qint64 optout = f.patients.value(QStringLiteral("optout"));
    QCOMPARE(f.specialist->get(historyPath(ticket, optout)).status, 404);
    QCOMPARE(
        f.specialist->post(releasePath(ticket, optout), QJsonObject{{QStringLiteral("method"), QStringLiteral("fax")}})
            .status,
        404);
    QCOMPARE(f.supervisor->get(QStringLiteral("/api/v1/patients/%1/disclosures").arg(optout)).status, 404);
    QCOMPARE(f.specialist->get(historyPath(999999, f.patients.value(QStringLiteral("liam")))).status, 404);
}

void TstVerificationRelease::disclosuresForSupervisorsOnly()
{
    const QString path
        = QStringLiteral("/api/v1/patients/%1/disclosures").arg(f.patients.value(QStringLiteral("liam")));
    QCOMPARE(f.specialist->get(path).status, 403);
    const auto r = f.supervisor->get(path);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
    QStringList methods;
    for (const auto &v : items)
        methods << v.toObject().value(QStringLiteral("method")).toString();
    // Newest first: provider fax, provider read(s), then the guardian's reads, mail and print.
    QCOMPARE(methods.count(QStringLiteral("mail")), 1);
    QCOMPARE(methods.count(QStringLiteral("print")), 1);
    QCOMPARE(methods.count(QStringLiteral("fax")), 1);
    QVERIFY(methods.count(QStringLiteral("read")) >= 4);
    bool mailLine = false;
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("disclosed_by")).toString().isEmpty());
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("mail")) {
            mailLine = o.value(QStringLiteral("recipient")).toString()
                       == QStringLiteral("Parent or guardian of Liam Nguyen, 77 Elm St, Saint Paul, MN 55102");
            QCOMPARE(o.value(QStringLiteral("caller_type")).toString(), QStringLiteral("guardian"));
            QCOMPARE(o.value(QStringLiteral("ticket_id")).toInteger(), m_verified);
        }
    }
    QVERIFY(mailLine);
}

void TstVerificationRelease::deniedAndReleasedAreAudited()
{
    const QStringList rows = f.auditDetails();
    const auto count = [&rows](const QString &action) {
        return std::count_if(rows.begin(), rows.end(),
                             [&](const QString &r) { return r.startsWith(action + QLatin1Char(' ')); });
    };
    QVERIFY(count(QStringLiteral("release.denied")) >= 17 + 3);
    QVERIFY(count(QStringLiteral("release.read")) >= 5);
    QCOMPARE(count(QStringLiteral("release.mail")), 2);
    QCOMPARE(count(QStringLiteral("release.fax")), 1);
    QCOMPARE(count(QStringLiteral("disclosures.read")), 1);
    for (const QString &r : rows) {
        if (!r.startsWith(QStringLiteral("release.")) && !r.startsWith(QStringLiteral("disclosures.")))
            continue;
        for (const QString &phi :
             {QStringLiteral("Liam"), QStringLiteral("Nguyen"), QStringLiteral("Elm"), QStringLiteral("Clinic Way"),
              QStringLiteral("010-2000"), QStringLiteral("DTaP"), QStringLiteral("Keeper"), QStringLiteral("Hill")})
            QVERIFY2(!r.contains(phi), qPrintable(r));
    }
}

QTEST_GUILESS_MAIN(TstVerificationRelease)
#include "tst_verification_release.moc"
