#pragma once
// Helpers of the onboarding tests: organizations, agreements, queue entries, projects and test
// submissions over real HTTP.

#include "hl7testmessage.h"
#include "httptestclient.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace onboardingtest {

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

inline QJsonObject obj(const HttpTestClient::Response &r)
{
    return r.object();
}

inline QString problemType(const HttpTestClient::Response &r)
{
    return r.object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

inline QStringList reasonsOf(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QStringLiteral("reasons")).toArray())
        out << v.toString();
    return out;
}

// A new organization with `sites` facilities; its id, and the facility ids in *facilities.
inline qint64 createOrganization(HttpTestClient &c, const QString &name, const QString &type, int sites,
                                 QList<qint64> *facilities = nullptr)
{
    QJsonArray list;
    for (int i = 0; i < sites; ++i)
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("%1 site %2").arg(name).arg(i + 1)},
                                {QStringLiteral("phone"), QStringLiteral("(651) 555-01%1").arg(10 + i)}});
    const auto r = c.post(
        QStringLiteral("/api/v1/organizations"),
        {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}, {QStringLiteral("facilities"), list}});
    if (r.status != 201)
        return 0;
    if (facilities) {
        for (const QJsonValue &f : r.object().value(QStringLiteral("facilities")).toArray())
            facilities->append(f.toObject().value(QStringLiteral("id")).toInteger());
    }
    return r.object().value(QStringLiteral("id")).toInteger();
}

inline int recordDataUse(HttpTestClient &c, qint64 organizationId, const QDate &signedOn, const QDate &expiresOn = {})
{
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("organization_data_use")},
                     {QStringLiteral("version"), QStringLiteral("DUA-2026")},
                     {QStringLiteral("signer_name"), QStringLiteral("Privacy officer")},
                     {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)}};
    if (expiresOn.isValid())
        body.insert(QStringLiteral("expires_on"), expiresOn.toString(Qt::ISODate));
    return c.post(QStringLiteral("/api/v1/organizations/%1/agreements").arg(organizationId), body).status;
}

inline HttpTestClient::Response registerInQueue(HttpTestClient &c, qint64 organizationId, const QJsonObject &extra = {})
{
    QJsonObject body{{QStringLiteral("organization_id"), organizationId},
                     {QStringLiteral("reporting_method"), QStringLiteral("electronic")},
                     {QStringLiteral("transport"), QStringLiteral("soap")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return c.post(QStringLiteral("/api/v1/onboarding/queue"), body);
}

inline QString projectPath(qint64 id, const QString &tail = QString())
{
    return QStringLiteral("/api/v1/onboarding/projects/%1%2").arg(id).arg(tail);
}

inline HttpTestClient::Response advance(HttpTestClient &c, qint64 project, const QString &stage)
{
    return c.post(projectPath(project, QStringLiteral("/advance")), {{QStringLiteral("stage"), stage}});
}

inline HttpTestClient::Response record(HttpTestClient &c, qint64 project, const QString &kind, const QDate &on)
{
    return c.post(projectPath(project, QStringLiteral("/records")),
                  {{QStringLiteral("kind"), kind}, {QStringLiteral("on"), on.toString(Qt::ISODate)}});
}

// A test file sent through POST …/submissions (checked and stored by the server): a clean
// VXU^V04 that passes, or the same message without the patient's date of birth, an error.
inline HttpTestClient::Response submitFile(HttpTestClient &c, qint64 project, bool passing,
                                           const QByteArray &filename = "batch.hl7")
{
    TestMessage m = TestMessage::cleanVxu();
    if (!passing)
        m.clear("PID", 7);
    return c.request("POST", projectPath(project, QStringLiteral("/submissions")), m.er7(),
                     {{"Content-Type", "application/hl7-v2"}, {"IZ-Filename", filename}});
}

inline qint64 count(TestServer &server, const QString &sql)
{
    QSqlQuery q(server.app()->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The onboarding tests' server: the demo seed, a data key for submissions, a fake clock
// starting Monday 2026-11-09 09:00 in Chicago (the SLA calendar's zone), a supervisor and a
// specialist signed in.
class OnboardingTestBase : public QObject
{
protected:
    bool startServer()
    {
        TestServer::Options options;
        options.clock = [now = m_now] { return *now; };
        options.configure = [](izdesk::server::ServerConfig &c) {
            c.dataKey = QByteArray::fromHex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
        };
        m_server = std::make_unique<TestServer>(options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning("server start failed: %s", qPrintable(error));
            return false;
        }
        m_supervisor = std::make_unique<HttpTestClient>(m_server->baseUrl());
        m_specialist = std::make_unique<HttpTestClient>(m_server->baseUrl());
        setNow(*m_now);
        return m_specialist->token().size() > 0 && m_supervisor->token().size() > 0;
    }
    // Moves the clock and signs both in again (a session does not outlive a long jump).
    void setNow(const QDateTime &now)
    {
        *m_now = now;
        QCOMPARE(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        QCOMPARE(m_specialist->login(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist")).status, 201);
    }
    QDate today() const { return m_now->toTimeZone(QTimeZone(QByteArrayLiteral("America/Chicago"))).date(); }
    // A fresh organization (current data use agreement unless told) invited from the queue.
    qint64 invitedProject(const QString &name, bool dataUse = true, qint64 *organization = nullptr)
    {
        const qint64 org = createOrganization(*m_specialist, name, QStringLiteral("provider"), 1);
        if (organization)
            *organization = org;
        if (org == 0 || (dataUse && recordDataUse(*m_specialist, org, today()) != 201))
            return 0;
        const auto entry = registerInQueue(*m_specialist, org);
        const auto invited = m_supervisor->post(QStringLiteral("/api/v1/onboarding/queue/%1/invite")
                                                    .arg(obj(entry).value(QStringLiteral("id")).toInteger()),
                                                QJsonObject{});
        return invited.status == 201 ? obj(invited).value(QStringLiteral("id")).toInteger() : 0;
    }

    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(QDate(2026, 11, 9), QTime(15, 0), Qt::UTC);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_supervisor;
    std::unique_ptr<HttpTestClient> m_specialist;
};

} // namespace onboardingtest
