// SCIM 2.0 (RFC 7643/7644) over real HTTP: the request sequences Okta's SCIM test
// suite and Microsoft Entra ID's provisioning/validator send, the agreement rule on every
// SCIM path (POST, PUT, PATCH active), token auth (deny by default), filters, paging,
// PATCH quirks and errors, Groups as facilities, and the discovery documents.

#include "httptestclient.h"
#include "testserver.h"
#include "tst_iisusers_support.h"

#include <QJsonArray>
#include <QTest>

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;
using namespace accountstest;

namespace {

const QString kUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString kPatch = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
const QString kError = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
const HttpTestClient::Headers kScimType{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/scim+json")}};

QJsonObject patchOf(const QJsonArray &operations)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{kPatch}}, {QStringLiteral("Operations"), operations}};
}

QJsonObject op(const QString &name, const QString &path, const QJsonValue &value)
{
    QJsonObject o{{QStringLiteral("op"), name}, {QStringLiteral("value"), value}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    return o;
}

} // namespace

class TstScim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authIsRequired();
    void discovery();
    void oktaSequence();
    void entraSequence();
    void filtersAndPaging();
    void patchErrors();
    void groupsAreFacilities();

private:
    HttpTestClient::Response scim(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    int total(const QString &filter);
    void recordAgreementFor(const QString &scimId);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_staff; // supervisor
    std::unique_ptr<HttpTestClient> m_idp;   // the identity provider, with a SCIM token
    QString m_token;
};

void TstScim::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_staff = std::make_unique<HttpTestClient>(m_server->baseUrl());
    QCOMPARE(m_staff->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
    HttpTestClient admin(m_server->baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin"), QStringLiteral("izdesk-admin")).status, 201);
    const auto token = admin.post(QStringLiteral("/api/v1/scim-tokens"), QJsonObject{{QStringLiteral("name"), QStringLiteral("okta")}});
    QCOMPARE(token.status, 201);
    m_token = token.object().value(QStringLiteral("token")).toString();
    QVERIFY(m_token.size() >= 40);
    // The list shows the token's name and dates, never the token.
    const auto list = admin.get(QStringLiteral("/api/v1/scim-tokens"));
    QCOMPARE(list.status, 200);
    QVERIFY(!list.raw.contains(m_token.toUtf8()));
    m_idp = std::make_unique<HttpTestClient>(m_server->baseUrl());
    m_idp->setToken(m_token);
}

HttpTestClient::Response TstScim::scim(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (method == "GET" || method == "DELETE")
        return m_idp->request(method, QStringLiteral("/scim/v2") + path, QByteArray(), {});
    return m_idp->request(method, QStringLiteral("/scim/v2") + path, body, kScimType);
}

int TstScim::total(const QString &filter)
{
    const auto r = scim("GET", QStringLiteral("/Users?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    return r.status == 200 ? r.object().value(QStringLiteral("totalResults")).toInt() : -1;
}

void TstScim::recordAgreementFor(const QString &scimId)
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(recordAgreement(*m_staff, scimId.toLongLong(), today).status, 201);
}

void TstScim::authIsRequired()
{
    HttpTestClient none(m_server->baseUrl());
    const auto r = none.get(QStringLiteral("/scim/v2/Users"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("Content-Type").startsWith("application/scim+json"));
    QVERIFY(r.object().value(QStringLiteral("schemas")).toArray().contains(kError));
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("401"));
    QVERIFY(!r.header("WWW-Authenticate").isEmpty());
    // A staff session is not a SCIM client.
    QCOMPARE(m_staff->get(QStringLiteral("/scim/v2/Users")).status, 401);
    HttpTestClient forged(m_server->baseUrl());
    forged.setToken(m_token + QStringLiteral("x"));
    QCOMPARE(forged.get(QStringLiteral("/scim/v2/ServiceProviderConfig")).status, 401);
    // Only an admin creates tokens; a revoked token stops working at once.
    QCOMPARE(m_staff->post(QStringLiteral("/api/v1/scim-tokens"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).status, 403);
    HttpTestClient admin(m_server->baseUrl());
    QCOMPARE(admin.login(QStringLiteral("admin"), QStringLiteral("izdesk-admin")).status, 201);
    const auto other = admin.post(QStringLiteral("/api/v1/scim-tokens"), QJsonObject{{QStringLiteral("name"), QStringLiteral("entra")}});
    HttpTestClient entra(m_server->baseUrl());
    entra.setToken(other.object().value(QStringLiteral("token")).toString());
    QCOMPARE(entra.get(QStringLiteral("/scim/v2/Users?count=1")).status, 200);
    QCOMPARE(admin.request("DELETE", QStringLiteral("/api/v1/scim-tokens/%1").arg(other.object().value(QStringLiteral("id")).toInteger())).status, 204);
    QCOMPARE(entra.get(QStringLiteral("/scim/v2/Users?count=1")).status, 401);
}

void TstScim::discovery()
{
    const auto spc = scim("GET", QStringLiteral("/ServiceProviderConfig"));
    QCOMPARE(spc.status, 200);
    QVERIFY(spc.header("Content-Type").startsWith("application/scim+json"));
    QCOMPARE(spc.object().value(QStringLiteral("patch")).toObject().value(QStringLiteral("supported")).toBool(), true);
    QCOMPARE(spc.object().value(QStringLiteral("filter")).toObject().value(QStringLiteral("supported")).toBool(), true);
    QCOMPARE(spc.object().value(QStringLiteral("bulk")).toObject().value(QStringLiteral("supported")).toBool(), false);
    const auto types = scim("GET", QStringLiteral("/ResourceTypes"));
    QCOMPARE(types.status, 200);
    QStringList ids;
    for (const auto &t : types.object().value(QStringLiteral("Resources")).toArray())
        ids << t.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("User"), QStringLiteral("Group")}));
    const auto schemas = scim("GET", QStringLiteral("/Schemas"));
    QCOMPARE(schemas.object().value(QStringLiteral("totalResults")).toInt(), 3);
    QCOMPARE(scim("GET", QStringLiteral("/Schemas/") + kUser).object().value(QStringLiteral("name")).toString(), QStringLiteral("User"));
}

void TstScim::oktaSequence()
{
    // 1. Okta checks the endpoint with a one-item page.
    const auto first = scim("GET", QStringLiteral("/Users?count=1&startIndex=1"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.object().value(QStringLiteral("schemas")).toArray().contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")));
    QCOMPARE(first.object().value(QStringLiteral("itemsPerPage")).toInt(), 1);
    QVERIFY(first.object().value(QStringLiteral("totalResults")).toInt() > 1); // the demo accounts
    // 2. Does the user exist?
    const QString userName = QStringLiteral("okta.tester@clinic.example");
    QCOMPARE(total(QStringLiteral("userName eq \"%1\"").arg(userName)), 0);
    // 3. Okta creates users active: the agreement rule refuses that, and nothing is created.
    QJsonObject user{{QStringLiteral("schemas"), QJsonArray{kUser}},
                     {QStringLiteral("userName"), userName},
                     {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Olive")},
                                                          {QStringLiteral("familyName"), QStringLiteral("Tester")}}},
                     {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                                       {QStringLiteral("value"), userName},
                                                                       {QStringLiteral("type"), QStringLiteral("work")}}}},
                     {QStringLiteral("displayName"), QStringLiteral("Olive Tester")},
                     {QStringLiteral("active"), true}};
    const auto refused = scim("POST", QStringLiteral("/Users"), user);
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.object().value(QStringLiteral("schemas")).toArray().contains(kError));
    QVERIFY2(refused.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("agreement")),
             qPrintable(refused.object().value(QStringLiteral("detail")).toString()));
    QCOMPARE(total(QStringLiteral("userName eq \"%1\"").arg(userName)), 0);
    // Created inactive instead (pending the agreement).
    user.insert(QStringLiteral("active"), false);
    const auto created = scim("POST", QStringLiteral("/Users"), user);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(created.header("Location").endsWith(QString(QStringLiteral("/scim/v2/Users/") + id).toUtf8()));
    QCOMPARE(created.object().value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(created.object().value(QStringLiteral("urn:ietf:params:scim:schemas:extension:izdesk:2.0:User")).toObject()
                 .value(QStringLiteral("status")).toString(), QStringLiteral("pending_agreement"));
    // 4–5. Read back by id and by filter.
    const auto read = scim("GET", QStringLiteral("/Users/") + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(QStringLiteral("userName")).toString(), userName);
    QCOMPARE(read.object().value(QStringLiteral("name")).toObject().value(QStringLiteral("familyName")).toString(), QStringLiteral("Tester"));
    QCOMPARE(total(QStringLiteral("userName eq \"%1\"").arg(userName.toUpper())), 1); // userName is case-insensitive
    // 6. The same user again: 409 uniqueness.
    const auto duplicate = scim("POST", QStringLiteral("/Users"), user);
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.object().value(QStringLiteral("scimType")).toString(), QStringLiteral("uniqueness"));
    // 7. An unknown id.
    QCOMPARE(scim("GET", QStringLiteral("/Users/987654321")).status, 404);
    // Okta activates with a no-path value object: refused until the agreement is on file.
    const QJsonObject activate = patchOf({op(QStringLiteral("replace"), QString(), QJsonObject{{QStringLiteral("active"), true}})});
    QCOMPARE(scim("PATCH", QStringLiteral("/Users/") + id, activate).status, 409);
    recordAgreementFor(id);
    const auto active = scim("PATCH", QStringLiteral("/Users/") + id, activate);
    QCOMPARE(active.status, 200);
    QCOMPARE(active.object().value(QStringLiteral("active")).toBool(), true);
    // Okta's profile update is a PUT of the whole user.
    user.insert(QStringLiteral("active"), true);
    user.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Olivia")},
                                                    {QStringLiteral("familyName"), QStringLiteral("Tester")}});
    const auto put = scim("PUT", QStringLiteral("/Users/") + id, user);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object().value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(), QStringLiteral("Olivia"));
    // 8. Deactivation.
    const auto off = scim("PATCH", QStringLiteral("/Users/") + id,
                          patchOf({op(QStringLiteral("replace"), QString(), QJsonObject{{QStringLiteral("active"), false}})}));
    QCOMPARE(off.status, 200);
    QCOMPARE(off.object().value(QStringLiteral("active")).toBool(), false);
    const auto rest = m_staff->get(QStringLiteral("/api/v1/iis-users/") + id).object();
    QCOMPARE(rest.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(rest.value(QStringLiteral("inactive_reason")).toString(), QStringLiteral("deactivated by identity provider"));
    // Reactivation over SCIM needs a new agreement too (PUT path).
    const auto again = scim("PUT", QStringLiteral("/Users/") + id, user);
    QCOMPARE(again.status, 409);
    QVERIFY(again.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("after the account was inactivated")));
}

void TstScim::entraSequence()
{
    const QString userName = QStringLiteral("entra.tester@romaguera.example");
    const QString externalId = QStringLiteral("9950b140-90a0-4201-9d65-b5f209fb4cd0");
    // Entra encodes spaces in the filter as "+".
    const auto probe = m_idp->get(QStringLiteral("/scim/v2/Users?filter=userName+eq+%22entra.tester%40romaguera.example%22"));
    QCOMPARE(probe.status, 200);
    QCOMPARE(probe.object().value(QStringLiteral("totalResults")).toInt(), 0);
    const QJsonObject user{
        {QStringLiteral("schemas"), QJsonArray{kUser, QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")}},
        {QStringLiteral("externalId"), externalId},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("active"), false},
        {QStringLiteral("displayName"), QStringLiteral("Sandy Nia")},
        {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true}, {QStringLiteral("type"), QStringLiteral("work")},
                                                          {QStringLiteral("value"), QStringLiteral("sandy@prohaska.example")}}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("User")}}},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted"), QStringLiteral("Sandy Nia")},
                                             {QStringLiteral("familyName"), QStringLiteral("Nia")},
                                             {QStringLiteral("givenName"), QStringLiteral("Sandy")}}},
        {QStringLiteral("roles"), QJsonArray{}}};
    const auto created = scim("POST", QStringLiteral("/Users"), user);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(total(QStringLiteral("externalId eq \"%1\"").arg(externalId)), 1);
    QCOMPARE(total(QStringLiteral("emails.value eq \"sandy@prohaska.example\"")), 1);
    // Entra's attribute updates: capitalised ops, filtered paths.
    const auto updated = scim("PATCH", QStringLiteral("/Users/") + id,
                              patchOf({op(QStringLiteral("Replace"), QStringLiteral("userName"), QStringLiteral("entra.renamed@romaguera.example")),
                                       op(QStringLiteral("Add"), QStringLiteral("emails[type eq \"work\"].value"), QStringLiteral("sandy.nia@prohaska.example")),
                                       op(QStringLiteral("Replace"), QStringLiteral("name.familyName"), QStringLiteral("Nia-Okafor")),
                                       op(QStringLiteral("Replace"), QStringLiteral("externalId"), QStringLiteral("e-2"))}));
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(QStringLiteral("userName")).toString(), QStringLiteral("entra.renamed@romaguera.example"));
    QCOMPARE(updated.object().value(QStringLiteral("emails")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("sandy.nia@prohaska.example"));
    QCOMPARE(updated.object().value(QStringLiteral("name")).toObject().value(QStringLiteral("familyName")).toString(), QStringLiteral("Nia-Okafor"));
    QCOMPARE(updated.object().value(QStringLiteral("externalId")).toString(), QStringLiteral("e-2"));
    // Entra sends booleans as strings: "True" is still refused without an agreement.
    const QJsonObject enable = patchOf({op(QStringLiteral("Replace"), QStringLiteral("active"), QStringLiteral("True"))});
    QCOMPARE(scim("PATCH", QStringLiteral("/Users/") + id, enable).status, 409);
    recordAgreementFor(id);
    const auto on = scim("PATCH", QStringLiteral("/Users/") + id, enable);
    QCOMPARE(on.status, 200);
    QCOMPARE(on.object().value(QStringLiteral("active")).toBool(), true);
    const auto off = scim("PATCH", QStringLiteral("/Users/") + id, patchOf({op(QStringLiteral("Replace"), QStringLiteral("active"), QStringLiteral("False"))}));
    QCOMPARE(off.status, 200);
    QCOMPARE(off.object().value(QStringLiteral("active")).toBool(), false);
    // A disabled user still answers a filter, with active false.
    const auto filtered = scim("GET", QStringLiteral("/Users?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("userName eq \"entra.renamed@romaguera.example\""))));
    QCOMPARE(filtered.object().value(QStringLiteral("Resources")).toArray().first().toObject().value(QStringLiteral("active")).toBool(), false);
    // DELETE: gone for SCIM, kept (inactive) for the desk and its agreement retention.
    QCOMPARE(scim("DELETE", QStringLiteral("/Users/") + id).status, 204);
    QCOMPARE(scim("GET", QStringLiteral("/Users/") + id).status, 404);
    QCOMPARE(total(QStringLiteral("externalId eq \"e-2\"")), 0);
    const auto kept = m_staff->get(QStringLiteral("/api/v1/iis-users/") + id);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.object().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
}

void TstScim::filtersAndPaging()
{
    QCOMPARE(scim("GET", QStringLiteral("/Users?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("userName co \"a\"")))).object()
                 .value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidFilter"));
    const auto unsupported = scim("GET", QStringLiteral("/Users?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("title eq \"x\""))));
    QCOMPARE(unsupported.status, 400);
    QCOMPARE(unsupported.object().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidFilter"));
    // and: both must hold.
    const auto created = scim("POST", QStringLiteral("/Users"), QJsonObject{{QStringLiteral("schemas"), QJsonArray{kUser}},
                                                                            {QStringLiteral("userName"), QStringLiteral("and.tester")},
                                                                            {QStringLiteral("externalId"), QStringLiteral("ext-and")},
                                                                            {QStringLiteral("active"), false}});
    QCOMPARE(created.status, 201);
    QCOMPARE(total(QStringLiteral("userName eq \"and.tester\" and externalId eq \"ext-and\"")), 1);
    QCOMPARE(total(QStringLiteral("userName eq \"and.tester\" AND externalId eq \"other\"")), 0);
    // Pages: startIndex is 1-based and pages do not overlap.
    const auto page1 = scim("GET", QStringLiteral("/Users?startIndex=1&count=2")).object();
    const auto page2 = scim("GET", QStringLiteral("/Users?startIndex=3&count=2")).object();
    QCOMPARE(page2.value(QStringLiteral("startIndex")).toInt(), 3);
    QCOMPARE(page2.value(QStringLiteral("itemsPerPage")).toInt(), 2);
    QCOMPARE(page1.value(QStringLiteral("totalResults")), page2.value(QStringLiteral("totalResults")));
    QVERIFY(page1.value(QStringLiteral("Resources")).toArray().last().toObject().value(QStringLiteral("id"))
            != page2.value(QStringLiteral("Resources")).toArray().first().toObject().value(QStringLiteral("id")));
    const auto countOnly = scim("GET", QStringLiteral("/Users?count=0")).object();
    QCOMPARE(countOnly.value(QStringLiteral("Resources")).toArray().size(), 0);
    QVERIFY(countOnly.value(QStringLiteral("totalResults")).toInt() > 0);
}

void TstScim::patchErrors()
{
    const auto created = scim("POST", QStringLiteral("/Users"), QJsonObject{{QStringLiteral("schemas"), QJsonArray{kUser}},
                                                                            {QStringLiteral("userName"), QStringLiteral("patch.errors")},
                                                                            {QStringLiteral("active"), false}});
    const QString path = QStringLiteral("/Users/") + created.object().value(QStringLiteral("id")).toString();
    const auto typeOf = [](const HttpTestClient::Response &r) { return r.object().value(QStringLiteral("scimType")).toString(); };
    const auto badPath = scim("PATCH", path, patchOf({op(QStringLiteral("replace"), QStringLiteral("nickName"), QStringLiteral("x"))}));
    QCOMPARE(badPath.status, 400);
    QCOMPARE(typeOf(badPath), QStringLiteral("invalidPath"));
    QCOMPARE(typeOf(scim("PATCH", path, patchOf({op(QStringLiteral("move"), QStringLiteral("userName"), QStringLiteral("x"))}))), QStringLiteral("invalidSyntax"));
    QCOMPARE(typeOf(scim("PATCH", path, patchOf({QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")}, {QStringLiteral("path"), QStringLiteral("userName")}}}))),
             QStringLiteral("mutability"));
    QCOMPARE(typeOf(scim("PATCH", path, QJsonObject{{QStringLiteral("Operations"), QJsonArray{}}})), QStringLiteral("invalidSyntax"));
    QCOMPARE(typeOf(scim("PATCH", path, patchOf({op(QStringLiteral("replace"), QStringLiteral("active"), QStringLiteral("maybe"))}))),
             QStringLiteral("invalidValue"));
    QCOMPARE(typeOf(scim("POST", QStringLiteral("/Users"), QJsonObject{{QStringLiteral("schemas"), QJsonArray{kUser}}})), QStringLiteral("invalidValue"));
    // Malformed JSON is invalidSyntax, not a crash.
    const auto malformed = m_idp->request("PATCH", QStringLiteral("/scim/v2") + path, QByteArray("{\"Operations\": ["), kScimType);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(typeOf(malformed), QStringLiteral("invalidSyntax"));
}

void TstScim::groupsAreFacilities()
{
    const auto list = scim("GET", QStringLiteral("/Groups?count=1"));
    QCOMPARE(list.status, 200);
    const QJsonObject group = list.object().value(QStringLiteral("Resources")).toArray().first().toObject();
    const QString gid = group.value(QStringLiteral("id")).toString();
    const QString name = group.value(QStringLiteral("displayName")).toString();
    QVERIFY(!group.value(QStringLiteral("externalId")).toString().isEmpty()); // the facility code
    const auto byName = m_idp->get(QStringLiteral("/scim/v2/Groups?excludedAttributes=members&filter=")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("displayName eq \"%1\"").arg(name))));
    QCOMPARE(byName.object().value(QStringLiteral("totalResults")).toInt(), 1);
    QVERIFY(!byName.object().value(QStringLiteral("Resources")).toArray().first().toObject().contains(QStringLiteral("members")));

    const auto created = scim("POST", QStringLiteral("/Users"), QJsonObject{{QStringLiteral("schemas"), QJsonArray{kUser}},
                                                                            {QStringLiteral("userName"), QStringLiteral("group.member")},
                                                                            {QStringLiteral("active"), false}});
    const QString uid = created.object().value(QStringLiteral("id")).toString();
    const auto added = scim("PATCH", QStringLiteral("/Groups/") + gid,
                            patchOf({op(QStringLiteral("Add"), QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), uid}}})}));
    QCOMPARE(added.status, 200);
    const auto sites = m_staff->get(QStringLiteral("/api/v1/iis-users/") + uid).object().value(QStringLiteral("sites")).toArray();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(QString::number(sites.first().toObject().value(QStringLiteral("id")).toInteger()), gid);
    QCOMPARE(scim("GET", QStringLiteral("/Users/") + uid).object().value(QStringLiteral("groups")).toArray().size(), 1);
    const auto removed = scim("PATCH", QStringLiteral("/Groups/") + gid,
                              patchOf({op(QStringLiteral("Remove"), QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), uid}}})}));
    QCOMPARE(removed.status, 200);
    QCOMPARE(m_staff->get(QStringLiteral("/api/v1/iis-users/") + uid).object().value(QStringLiteral("sites")).toArray().size(), 0);
    // Sites are the desk's records: no renaming or creating them over SCIM.
    const auto rename = scim("PATCH", QStringLiteral("/Groups/") + gid, patchOf({op(QStringLiteral("replace"), QStringLiteral("displayName"), QStringLiteral("x"))}));
    QCOMPARE(rename.status, 400);
    QCOMPARE(scim("POST", QStringLiteral("/Groups"), QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")}}).status, 405);
    QCOMPARE(scim("PATCH", QStringLiteral("/Groups/") + gid,
                  patchOf({op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("999999")}}})})).status, 400);
}

QTEST_GUILESS_MAIN(TstScim)
#include "tst_scim.moc"
