#pragma once

#include <QString>

#include <memory>

namespace izdesk::test {

// A fresh, empty database for one test: a SQLite file in a QTemporaryDir, or — when
// IZDESK_TEST_PG_URL_FILE names a file holding an admin postgresql:// URL — a new database
// izt_<random> on that cluster, dropped (WITH FORCE) on destruction. Use on one thread.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool create(QString *error = nullptr);
    QString url() const;        // sqlite:PATH or postgresql://…/izt_…
    bool isPostgres() const;

    static bool postgresRequested(); // IZDESK_TEST_PG_URL_FILE is set

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace izdesk::test
