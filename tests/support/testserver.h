#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace izdesk::server {
class Router;
class ServerApp;
struct ServerConfig;
}

namespace izdesk::test {

// An in-process izdesk-server on 127.0.0.1:0 over a fresh database: a temporary SQLite file,
// or — when the environment variable IZDESK_TEST_PG_URL_FILE names a file holding an admin
// postgresql:// URL — a new PostgreSQL database (izt_<random>) dropped again by stop/destroy.
// Lives on the test's thread; needs a running (or regularly spun) event loop to answer.
class TestServer
{
public:
    struct Options
    {
        bool seedDemo = true;
        // Extra routes (e.g. test-only ones) registered after the real ones.
        std::function<void(izdesk::server::Router &)> extraRoutes;
        // Fake clock (UTC); the real one when empty.
        std::function<QDateTime()> clock;
        // Adjusts the server configuration (options the command line would set) before start.
        std::function<void(izdesk::server::ServerConfig &)> configure;
    };

    TestServer(); // default Options (a nested struct with initialisers cannot be a default argument)
    explicit TestServer(Options options);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    bool start(QString *error = nullptr);
    QUrl baseUrl() const;          // http://127.0.0.1:PORT
    void stop();                   // stop listening, to simulate an outage
    bool restart();                // listen again on the same port
    QString databaseUrl() const;   // sqlite:PATH or postgresql://… (admin credentials)
    bool isPostgres() const;

    // Adds a staff account directly in the database (password policy applies).
    bool addStaffUser(const QString &username, const QString &displayName, const QString &role,
                      const QString &password, QString *error = nullptr);
    izdesk::server::ServerApp *app() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace izdesk::test
