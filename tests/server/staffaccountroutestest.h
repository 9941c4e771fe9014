#pragma once

// The harness of the staff administration route tests (/api/v1/staff-accounts over real
// HTTP): a server with an administrator (ada, signed in) and a specialist (sam), reads of the
// store and the audit trail, and the check that no password of these tests is in any answer
// or audit row.

#include "httptestclient.h"
#include "testserver.h"

#include "serverapp.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace izdesk::test {

inline const QString adaPassword = QStringLiteral("Quartz lantern engine 1843");
inline const QString samPassword = QStringLiteral("Kettle orchard ribbon 52");
inline const QString temporaryPassword = QStringLiteral("Temporary-desk-pass-4821");
inline const QString chosenPassword = QStringLiteral("Chosen by the new one 77");
inline const QString accounts = QStringLiteral("/api/v1/staff-accounts");

struct AuditRow
{
    QString action, actorUsername, entityId, all;
    QVariant actorUserId;
    QJsonObject detail;
};

inline QString problemType(const HttpTestClient::Response &r)
{
    return r.object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

inline QStringList errorFields(const HttpTestClient::Response &r)
{
    QStringList fields;
    for (const QJsonValue &e : r.object().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

inline QJsonObject createBody(const QString &username, const QString &role = QStringLiteral("specialist"),
                              const QString &password = temporaryPassword)
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), QStringLiteral("New %1").arg(username)},
            {QStringLiteral("role"), role},
            {QStringLiteral("temporary_password"), password}};
}

class StaffAccountRoutesHarness
{
protected:
    // A fresh server with ada (admin, signed in as m_admin) and sam (specialist).
    void startServer()
    {
        TestServer::Options options;
        options.seedDemo = false;
        m_server = std::make_unique<TestServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(m_server->addStaffUser(QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("admin"),
                                        adaPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_server->addStaffUser(QStringLiteral("sam"), QStringLiteral("Sam Specialist"),
                                        QStringLiteral("specialist"), samPassword, &error),
                 qPrintable(error));
        m_admin = std::make_unique<HttpTestClient>(m_server->baseUrl());
        QCOMPARE(m_admin->login(QStringLiteral("ada"), adaPassword).status, 201);
    }
    // Every audit row free of the tests' passwords, then the server gone.
    void stopServer()
    {
        if (m_server)
            verifyNoPasswordInAudit();
        m_admin.reset();
        m_server.reset();
    }

    qint64 idOf(const QString &username);
    qint64 count(const QString &sql);
    QList<AuditRow> auditRows();
    QList<AuditRow> auditRows(const QString &action);
    // No password of this test in any audit row.
    void verifyNoPasswordInAudit();
    void verifyNoPassword(const HttpTestClient::Response &r);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
};

inline qint64 StaffAccountRoutesHarness::idOf(const QString &username)
{
    QSqlQuery q(m_server->app()->database().connection());
    q.prepare(QStringLiteral("SELECT id FROM staff_users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

inline qint64 StaffAccountRoutesHarness::count(const QString &sql)
{
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QList<AuditRow> StaffAccountRoutesHarness::auditRows()
{
    QList<AuditRow> rows;
    QSqlQuery q(m_server->app()->database().connection());
    if (!q.exec(QStringLiteral(
            "SELECT action, actor_username, entity_id, detail, actor_user_id, peer FROM audit_events ORDER BY id")))
        return rows;
    while (q.next()) {
        AuditRow row{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     QString(),
                     q.value(4),
                     QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
        for (int i = 0; i < 6; ++i)
            row.all += q.value(i).toString() + QLatin1Char('|');
        rows.append(row);
    }
    return rows;
}

inline QList<AuditRow> StaffAccountRoutesHarness::auditRows(const QString &action)
{
    QList<AuditRow> out;
    for (const AuditRow &row : auditRows()) {
        if (row.action == action)
            out.append(row);
    }
    return out;
}

inline void StaffAccountRoutesHarness::verifyNoPasswordInAudit()
{
    for (const AuditRow &row : auditRows()) {
        for (const QString &secret : {adaPassword, samPassword, temporaryPassword, chosenPassword})
            QVERIFY2(!row.all.contains(secret), qPrintable(row.all));
        QVERIFY2(!row.all.contains(QStringLiteral("argon2")), qPrintable(row.all));
    }
}

inline void StaffAccountRoutesHarness::verifyNoPassword(const HttpTestClient::Response &r)
{
    for (const QString &secret : {adaPassword, samPassword, temporaryPassword, chosenPassword})
        QVERIFY2(!r.raw.contains(secret.toUtf8()), r.raw.constData());
    QVERIFY2(!r.raw.contains("argon2") && !r.raw.contains("password_hash"), r.raw.constData());
}

} // namespace izdesk::test
