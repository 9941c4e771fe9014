#pragma once

// A real server for the duplicate review tests: signed-in clients per role (specialist,
// supervisor, trainer — password "Quiet-Harbour-7391"), patients inserted with a source id, and
// a batch duplicate scan.

#include "duplicates/duplicatedetector.h"
#include "httptestclient.h"
#include "mergetestdata.h"
#include "serverapp.h"
#include "testserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace izdesk::test {

class ReviewTestServer
{
public:
    bool start(QString *error)
    {
        TestServer::Options options;
        options.seedDemo = false;
        m_server = std::make_unique<TestServer>(options);
        if (!m_server->start(error))
            return false;
        for (const QString &role : {QStringLiteral("specialist"), QStringLiteral("supervisor"), QStringLiteral("trainer")})
            if (!m_server->addStaffUser(role, role, role, QStringLiteral("Quiet-Harbour-7391"), error))
                return false;
        return true;
    }

    TestServer &server() { return *m_server; }

    HttpTestClient &as(const QString &role)
    {
        auto &client = m_clients[role];
        if (!client) {
            client = std::make_shared<HttpTestClient>(m_server->baseUrl());
            const auto r = client->login(role, QStringLiteral("Quiet-Harbour-7391"));
            if (r.status != 201)
                qWarning() << "login failed" << role << r.status;
        }
        return *client;
    }

    qint64 insert(izdesk::server::PatientInput patient, const QString &sourceId)
    {
        patient.identifiers << izdesk::server::PatientInput::Identifier{QStringLiteral("source_id"), sourceId, QString()};
        QString error;
        const auto id = insertPatient(m_server->app()->database(), patient, {}, &error);
        if (!id)
            qWarning() << "insert failed" << error;
        return id.value_or(0);
    }

    // Every item of a cursor-paged list (the path carries its query, e.g. "?limit=20&…").
    QList<QJsonObject> collect(const QString &role, const QString &path)
    {
        QList<QJsonObject> out;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            const auto r = as(role).get(cursor.isEmpty() ? path : path + QStringLiteral("&cursor=") + cursor);
            if (r.status != 200) {
                qWarning() << "list failed" << path << r.status << r.raw;
                return out;
            }
            for (const auto &v : r.object().value(QStringLiteral("items")).toArray())
                out << v.toObject();
            cursor = r.object().value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        return out;
    }

    bool scan()
    {
        auto &database = m_server->app()->database();
        izdesk::server::DuplicateDetector detector(database.connection(), database.dialect(),
                                                   QDateTime::currentDateTimeUtc());
        return detector.scan().has_value();
    }

private:
    std::unique_ptr<TestServer> m_server;
    QHash<QString, std::shared_ptr<HttpTestClient>> m_clients;
};

} // namespace izdesk::test
