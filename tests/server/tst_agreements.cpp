// Agreements over real HTTP with a fake clock: default terms (annual for users,
// three years for organizations), status current → expiring → expired from the server clock,
// a new agreement ending the previous one with its retention date, validation, the signed
// document (type and magic bytes checked), and the policy file validated at load.

#include "accounts/accountspolicy.h"
#include "httptestclient.h"
#include "testserver.h"
#include "tst_iisusers_support.h"

#include <QJsonArray>
#include <QTest>

using izdesk::server::AccountsPolicy;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using namespace accountstest;

class TstAgreements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policyFileIsValidated();
    void userAgreementStatusFollowsTheClock();
    void newAgreementEndsThePrevious();
    void organizationAgreementRunsThreeYears();
    void validationNamesTheField();
    void signedDocument();

private:
    void setNow(const QDateTime &now);
    QString today() const { return m_now->date().toString(Qt::ISODate); }

    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(QDate(2026, 1, 15), QTime(14, 0), Qt::UTC);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QList<qint64> m_sites;
};

void TstAgreements::initTestCase()
{
    TestServer::Options options;
    options.clock = [now = m_now] { return *now; };
    options.configure = accountstest::passwordsNeverExpire;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    m_sites = facilityIds(*m_client, 1);
    QCOMPARE(m_sites.size(), 1);
}

void TstAgreements::setNow(const QDateTime &now)
{
    *m_now = now;
    QCOMPARE(m_client->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
}

void TstAgreements::policyFileIsValidated()
{
    QString error;
    const auto policy = AccountsPolicy::fromJson(R"({"user_agreement_months": 24, "inactivity_days": 90,
        "required_user_agreements": ["confidentiality", "user_access"], "facility_code_prefix": "MD"})", &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->userAgreementMonths, 24);
    QCOMPARE(policy->inactivityDays, 90);
    QCOMPARE(policy->organizationAgreementMonths, 36); // default kept
    QCOMPARE(policy->requiredUserAgreements.size(), 2);
    QCOMPARE(policy->facilityCodePrefix, QStringLiteral("MD"));

    const QList<QPair<QByteArray, QString>> bad{
        {R"({"inactivity_days": 0})", QStringLiteral("inactivity_days")},
        {R"({"user_agreement_months": "12"})", QStringLiteral("user_agreement_months")},
        {R"({"required_user_agreements": ["hipaa"]})", QStringLiteral("required_user_agreements")},
        {R"({"facility_code_prefix": "md"})", QStringLiteral("facility_code_prefix")},
        {R"({"retention_yrs": 6})", QStringLiteral("retention_yrs")},
        {R"([1])", QStringLiteral("JSON object")},
    };
    for (const auto &b : bad) {
        error.clear();
        QVERIFY2(!AccountsPolicy::fromJson(b.first, &error), b.first.constData());
        QVERIFY2(error.contains(b.second), qPrintable(error));
    }
}

void TstAgreements::userAgreementStatusFollowsTheClock()
{
    const qint64 id = createUser(*m_client, QStringLiteral("clock.user"), m_sites).object().value(QStringLiteral("id")).toInteger();
    const auto created = recordAgreement(*m_client, id, today());
    QCOMPARE(created.status, 201);
    const QJsonObject a = created.object();
    QCOMPARE(a.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2027-01-15")); // annual
    QCOMPARE(a.value(QStringLiteral("retention_until")).toString(), QStringLiteral("2033-01-15"));
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("current"));
    QCOMPARE(a.value(QStringLiteral("recorded_by")).toString(), QStringLiteral("specialist"));
    const QString path = QStringLiteral("/api/v1/agreements/%1").arg(a.value(QStringLiteral("id")).toInteger());

    setNow(QDateTime(QDate(2026, 12, 16), QTime(9, 0), Qt::UTC)); // 30 days left
    auto now = m_client->get(path).object();
    QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("expiring"));
    QCOMPARE(now.value(QStringLiteral("days_left")).toInt(), 30);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(id)).object().value(QStringLiteral("agreement_status")).toString(),
             QStringLiteral("expiring"));
    setNow(QDateTime(QDate(2027, 1, 15), QTime(23, 0), Qt::UTC)); // the last day still counts
    QCOMPARE(m_client->get(path).object().value(QStringLiteral("status")).toString(), QStringLiteral("expiring"));
    setNow(QDateTime(QDate(2027, 1, 16), QTime(0, 30), Qt::UTC));
    QCOMPARE(m_client->get(path).object().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1").arg(id)).object().value(QStringLiteral("agreement_status")).toString(),
             QStringLiteral("expired"));
    // An expired agreement does not allow activation.
    const auto refused = patchUser(*m_client, id, {{QStringLiteral("status"), QStringLiteral("active")}});
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("expired on 2027-01-15")));
    setNow(QDateTime(QDate(2026, 1, 15), QTime(14, 0), Qt::UTC));
}

void TstAgreements::newAgreementEndsThePrevious()
{
    const qint64 id = createUser(*m_client, QStringLiteral("renewing.user"), m_sites).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(recordAgreement(*m_client, id, QStringLiteral("2025-03-01")).status, 201);
    const auto renewed = recordAgreement(*m_client, id, today());
    QCOMPARE(renewed.status, 201);
    const auto list = m_client->get(QStringLiteral("/api/v1/iis-users/%1/agreements").arg(id)).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject newest = list.at(0).toObject();
    const QJsonObject old = list.at(1).toObject();
    QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("current"));
    QCOMPARE(old.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
    QCOMPARE(old.value(QStringLiteral("ended_on")).toString(), today());
    QCOMPARE(old.value(QStringLiteral("retention_until")).toString(), QStringLiteral("2032-01-15")); // 6 years after it ended
}

void TstAgreements::organizationAgreementRunsThreeYears()
{
    const qint64 org = m_client->get(QStringLiteral("/api/v1/organizations?limit=1")).object().value(QStringLiteral("items")).toArray()
                           .first().toObject().value(QStringLiteral("id")).toInteger();
    const auto r = m_client->post(QStringLiteral("/api/v1/organizations/%1/agreements").arg(org),
                                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("organization_data_use")},
                                              {QStringLiteral("version"), QStringLiteral("DUA-2026")},
                                              {QStringLiteral("signer_name"), QStringLiteral("Privacy Officer")},
                                              {QStringLiteral("signed_on"), today()}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("expires_on")).toString(), QStringLiteral("2029-01-15"));
    QCOMPARE(r.object().value(QStringLiteral("organization_id")).toInteger(), org);
    QVERIFY(r.object().value(QStringLiteral("iis_user_id")).isNull());
    const auto wrongKind = m_client->post(QStringLiteral("/api/v1/organizations/%1/agreements").arg(org),
                                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("confidentiality")},
                                                      {QStringLiteral("version"), QStringLiteral("1")},
                                                      {QStringLiteral("signer_name"), QStringLiteral("X")},
                                                      {QStringLiteral("signed_on"), today()}});
    QCOMPARE(wrongKind.status, 422);
    QCOMPARE(wrongKind.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("kind"));
}

void TstAgreements::validationNamesTheField()
{
    const qint64 id = createUser(*m_client, QStringLiteral("invalid.agreement"), m_sites).object().value(QStringLiteral("id")).toInteger();
    const auto future = recordAgreement(*m_client, id, QStringLiteral("2026-02-01"));
    QCOMPARE(future.status, 422);
    QCOMPARE(future.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("signed_on"));
    const auto backwards = recordAgreement(*m_client, id, today(), QStringLiteral("confidentiality"), QStringLiteral("2025-12-31"));
    QCOMPARE(backwards.status, 422);
    QCOMPARE(backwards.object().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("expires_on"));
    QCOMPARE(recordAgreement(*m_client, id, QStringLiteral("15/01/2026")).status, 422);
    QCOMPARE(recordAgreement(*m_client, 999999, today()).status, 404);
    // Nothing was recorded by the refused requests.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/iis-users/%1/agreements").arg(id)).object().value(QStringLiteral("items")).toArray().size(), 0);
}

void TstAgreements::signedDocument()
{
    const qint64 id = createUser(*m_client, QStringLiteral("doc.user"), m_sites).object().value(QStringLiteral("id")).toInteger();
    const qint64 agreement = recordAgreement(*m_client, id, today()).object().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/api/v1/agreements/%1/document").arg(agreement);
    QCOMPARE(m_client->get(path).status, 404);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const auto wrongType = m_client->request("PUT", path, pdf, {{"Content-Type", "text/plain"}});
    QCOMPARE(wrongType.status, 415);
    const auto lying = m_client->request("PUT", path, QByteArrayLiteral("not a pdf"), {{"Content-Type", "application/pdf"}});
    QCOMPARE(lying.status, 415);
    const auto stored = m_client->request("PUT", path, pdf, {{"Content-Type", "application/pdf"}});
    QCOMPARE(stored.status, 200);
    const QJsonObject document = stored.object().value(QStringLiteral("document")).toObject();
    QCOMPARE(document.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(document.value(QStringLiteral("size")).toInteger(), pdf.size());
    QCOMPARE(document.value(QStringLiteral("sha256")).toString().size(), 64);
    const auto download = m_client->get(path);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.raw, pdf);
    QVERIFY(download.header("Content-Type").startsWith("application/pdf"));
}

QTEST_GUILESS_MAIN(TstAgreements)
#include "tst_agreements.moc"
