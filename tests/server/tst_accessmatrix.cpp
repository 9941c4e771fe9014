// Every route of the real route table × every kind of caller, over real HTTP: each staff role,
// no token, an expired session, a signed-out session, a disabled account's session and a SCIM
// client token, checked against the access policy (server/http/accesspolicy.cpp) and the
// permission table (models/permissions.cpp). Also: a route without a rule is refused to
// everyone and reported, every answer carries the security headers, and
// docs/security/access-matrix.md is what the server enforces.
#include "httptestclient.h"
#include "testserver.h"

#include "catalog.h"
#include "http/accessmatrix.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "permissions.h"
#include "serverapp.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace izdesk::server;
using izdesk::Catalog;
using izdesk::Permission;
using izdesk::Permissions;
using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

namespace {

const QString kPassword = QStringLiteral("Matrix-password-2026");

// A concrete path for a pattern: every parameter names an object that does not exist, so an
// allowed caller reaches the handler (404, 400, 422 …) and nothing real is changed.
QString concretePath(const QString &pattern)
{
    QString path = pattern;
    path.replace(QStringLiteral("{username}"), QStringLiteral("no-such-user"));
    path.replace(QStringLiteral("{kind}"), QStringLiteral("patient"));
    static const QRegularExpression param(QStringLiteral("\\{[a-z]+\\}"));
    path.replace(param, QStringLiteral("987654321"));
    return path;
}

enum class Caller { Role, NoToken, Expired, SignedOut, Disabled, ScimToken };

struct Probe
{
    Caller caller = Caller::NoToken;
    QString role;    // for Caller::Role
    QString token;   // empty for NoToken
    QString label() const
    {
        switch (caller) {
        case Caller::Role: return role;
        case Caller::NoToken: return QStringLiteral("no token");
        case Caller::Expired: return QStringLiteral("expired session");
        case Caller::SignedOut: return QStringLiteral("signed-out session");
        case Caller::Disabled: return QStringLiteral("disabled account");
        case Caller::ScimToken: return QStringLiteral("SCIM token");
        }
        return {};
    }
};

bool deniedByPolicy(const HttpTestClient::Response &r, Permission permission)
{
    return r.status == 403
        && r.object().value(QStringLiteral("permission")).toString() == Permissions::key(permission);
}

bool passedAccess(const HttpTestClient::Response &r)
{
    if (r.status == 0 || r.status == 401)
        return false;
    return !(r.status == 403 && r.object().contains(QStringLiteral("permission")));
}

// The headers every answer carries, whatever the route, caller or status.
QString missingSecurityHeader(const HttpTestClient::Response &r)
{
    static const QList<QPair<QByteArray, QByteArray>> required{
        {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
        {"Referrer-Policy", "no-referrer"},
    };
    for (const auto &h : required) {
        if (r.header(h.first) != h.second)
            return QString::fromLatin1(h.first);
    }
    return {};
}

} // namespace

class TestAccessMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteHasARuleAndEveryRuleARoute();
    void everyRouteEveryCaller();
    void routeWithoutRuleIsRefusedAndReported();
    void publishedMatrixIsCurrent();

private:
    static QString signIn(TestServer &server, const QString &username);
    // Failures ("METHOD pattern as caller: got N, expected …") for one route.
    QStringList check(TestServer &server, const Router::Route &route, const QList<Probe> &probes);

    std::unique_ptr<TestServer> m_server;
    QList<Probe> m_probes;
};

QString TestAccessMatrix::signIn(TestServer &server, const QString &username)
{
    HttpTestClient client(server.baseUrl());
    const auto r = client.login(username, kPassword);
    return r.status == 201 ? client.token() : QString();
}

void TestAccessMatrix::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    const QStringList roles = Catalog::keys(Catalog::staffRoles());
    QCOMPARE(roles.size(), 4);
    for (const QString &role : roles) {
        QVERIFY2(m_server->addStaffUser(QStringLiteral("m_") + role, role, role, kPassword, &error), qPrintable(error));
        Probe p{Caller::Role, role, signIn(*m_server, QStringLiteral("m_") + role)};
        QVERIFY(!p.token.isEmpty());
        m_probes << p;
    }
    m_probes << Probe{Caller::NoToken, {}, {}};

    Database &db = m_server->app()->database();
    QVERIFY(m_server->addStaffUser(QStringLiteral("m_expired"), QStringLiteral("Expired"), QStringLiteral("admin"),
                                   kPassword, &error));
    const QString expired = signIn(*m_server, QStringLiteral("m_expired"));
    QVERIFY(!expired.isEmpty());
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE user_id = "
                                 "(SELECT id FROM staff_users WHERE username = ?)"));
        q.addBindValue(toDbTimestamp(QDateTime::currentDateTimeUtc().addSecs(-60), db.dialect()));
        q.addBindValue(QStringLiteral("m_expired"));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    m_probes << Probe{Caller::Expired, {}, expired};

    QVERIFY(m_server->addStaffUser(QStringLiteral("m_signedout"), QStringLiteral("Signed out"),
                                   QStringLiteral("admin"), kPassword, &error));
    HttpTestClient leaving(m_server->baseUrl());
    QCOMPARE(leaving.login(QStringLiteral("m_signedout"), kPassword).status, 201);
    QCOMPARE(leaving.request("DELETE", QStringLiteral("/api/v1/sessions/current")).status, 204);
    m_probes << Probe{Caller::SignedOut, {}, leaving.token()};

    QVERIFY(m_server->addStaffUser(QStringLiteral("m_disabled"), QStringLiteral("Disabled"), QStringLiteral("admin"),
                                   kPassword, &error));
    const QString disabled = signIn(*m_server, QStringLiteral("m_disabled"));
    QVERIFY(!disabled.isEmpty());
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE staff_users SET active = ? WHERE username = ?"));
        q.addBindValue(false);
        q.addBindValue(QStringLiteral("m_disabled"));
        QVERIFY(q.exec());
    }
    m_probes << Probe{Caller::Disabled, {}, disabled};

    HttpTestClient admin(m_server->baseUrl());
    for (const Probe &p : std::as_const(m_probes)) {
        if (p.caller == Caller::Role && p.role == QLatin1String("admin"))
            admin.setToken(p.token);
    }
    const auto scim = admin.post(QStringLiteral("/api/v1/scim-tokens"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("matrix provisioning")}});
    QVERIFY2(scim.status == 201, scim.raw.constData());
    const QString scimToken = scim.object().value(QStringLiteral("token")).toString();
    QVERIFY(!scimToken.isEmpty());
    m_probes << Probe{Caller::ScimToken, {}, scimToken};
}

void TestAccessMatrix::cleanupTestCase()
{
    m_server.reset();
}

void TestAccessMatrix::everyRouteHasARuleAndEveryRuleARoute()
{
    const Router &router = m_server->app()->router();
    QVERIFY(router.size() >= 90);
    QCOMPARE(router.routesWithoutRule(), QStringList());
    QCOMPARE(router.rulesWithoutRoute(), QStringList());
    // Each route has exactly one rule.
    QCOMPARE(router.policy().rules().size(), router.size());
}

QStringList TestAccessMatrix::check(TestServer &server, const Router::Route &route, const QList<Probe> &probes)
{
    QStringList failures;
    const QString path = concretePath(route.pattern);
    const bool signOut = route.method == "DELETE" && route.pattern == QLatin1String("/api/v1/sessions/current");
    for (const Probe &probe : probes) {
        HttpTestClient client(server.baseUrl());
        QString token = probe.token;
        // Signing out ends the session: use a fresh one so the other probes keep theirs.
        if (signOut && probe.caller == Caller::Role)
            token = signIn(server, QStringLiteral("m_") + probe.role);
        client.setToken(token);
        const bool hasBody = route.method == "POST" || route.method == "PUT" || route.method == "PATCH";
        const auto r = hasBody ? client.request(route.method, path, QJsonObject{}) : client.request(route.method, path);
        const QString where = QStringLiteral("%1 %2 as %3: got %4")
                                  .arg(QString::fromLatin1(route.method), route.pattern, probe.label())
                                  .arg(r.status);
        if (const QString header = missingSecurityHeader(r); !header.isEmpty() && r.status != 0)
            failures << where + QStringLiteral(", without the %1 header").arg(header);
        if (!route.permission) {
            if (r.status != 403 && r.status != 401)
                failures << where + QStringLiteral(", expected a refusal (the route has no access rule)");
            failures << where + QStringLiteral(": the route has no rule in the access policy");
            continue;
        }
        const Permission permission = *route.permission;
        if (permission == Permission::Public) {
            if (!passedAccess(r))
                failures << where + QStringLiteral(", expected the handler's answer (public route)");
            continue;
        }
        if (permission == Permission::ScimClient) {
            const bool ok = probe.caller == Caller::ScimToken ? passedAccess(r) : r.status == 401;
            if (!ok)
                failures << where + (probe.caller == Caller::ScimToken ? QStringLiteral(", expected the handler's answer")
                                                                      : QStringLiteral(", expected 401 (SCIM token only)"));
            continue;
        }
        if (probe.caller != Caller::Role) {
            if (r.status != 401)
                failures << where + QStringLiteral(", expected 401");
            continue;
        }
        if (Permissions::granted(probe.role, permission)) {
            if (!passedAccess(r))
                failures << where + QStringLiteral(", expected the handler's answer (role holds %1)")
                                        .arg(Permissions::key(permission));
        } else if (!deniedByPolicy(r, permission)) {
            failures << where + QStringLiteral(", expected 403 naming %1").arg(Permissions::key(permission));
        }
    }
    return failures;
}

void TestAccessMatrix::everyRouteEveryCaller()
{
    QStringList failures;
    int requests = 0;
    for (const Router::Route &route : m_server->app()->router().routes()) {
        failures << check(*m_server, route, m_probes);
        requests += m_probes.size();
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(requests >= 90 * 9);
}

void TestAccessMatrix::routeWithoutRuleIsRefusedAndReported()
{
    TestServer::Options options;
    options.extraRoutes = [](Router &router) {
        router.add("GET", QStringLiteral("/api/v1/probe/without-rule"),
                   [](RequestContext &) { return HttpResponse::json(200, QJsonObject{{QStringLiteral("leak"), true}}); });
    };
    TestServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.addStaffUser(QStringLiteral("probe_admin"), QStringLiteral("Probe"), QStringLiteral("admin"),
                                kPassword, &error));
    HttpTestClient client(server.baseUrl());
    QCOMPARE(client.login(QStringLiteral("probe_admin"), kPassword).status, 201);
    const auto r = client.get(QStringLiteral("/api/v1/probe/without-rule"));
    QCOMPARE(r.status, 403);
    QVERIFY(!r.raw.contains("leak"));

    const Router &router = server.app()->router();
    QCOMPARE(router.routesWithoutRule(), QStringList{QStringLiteral("GET /api/v1/probe/without-rule")});
    const Router::Route &probeRoute = router.routes().constLast();
    QCOMPARE(probeRoute.pattern, QStringLiteral("/api/v1/probe/without-rule"));
    const QList<Probe> admins{Probe{Caller::Role, QStringLiteral("admin"), client.token()}};
    const QStringList failures = check(server, probeRoute, admins);
    QVERIFY(!failures.isEmpty());
    QVERIFY(failures.join(QLatin1Char('\n')).contains(QStringLiteral("no rule in the access policy")));
    QVERIFY(AccessMatrix::markdown(router).contains(QStringLiteral("**no rule: refused**")));
}

void TestAccessMatrix::publishedMatrixIsCurrent()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/security/access-matrix.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString published = QString::fromUtf8(file.readAll());
    const QString enforced = AccessMatrix::markdown(m_server->app()->router());
    QVERIFY2(published == enforced,
             "docs/security/access-matrix.md differs from the server's route table: regenerate it with "
             "`izdesk-server routes --markdown > docs/security/access-matrix.md`");
}

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_accessmatrix.moc"
