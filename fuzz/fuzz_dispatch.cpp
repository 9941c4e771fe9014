// Fuzz target: requests through the server's real route table and dispatcher
// (registerAllRoutes, ApiServer::dispatch: authentication, the access check and the handler)
// over a real SQLite database migrated with the project's migrations and seeded with the demo
// data, a small patient population and signed-in sessions for each staff role.
//
// Input: up to eight requests, separated by lines "#next"; each is text lines, then its body
// (missing lines are empty):
//   line 1  route: "METHOD /pattern/{param}" exactly as registered; anything else picks a
//           route by a stable hash of the line, so every input reaches a handler
//   line 2  caller: admin | specialist | supervisor | trainer | scim | none; anything else
//           picks one by hash, or sends a token no session has
//   line 3  extra headers "name: value" separated by ';' (if-match, idempotency-key,
//           x-filename, content-type: application/json unless given here, …)
//   line 4  path parameter values, '/' between them ("5" or "12/3"); a missing one is "1"
//   line 5  the raw query string, decoded by QueryParams::parse (a bad one is a 400, as the
//           HTTP adapter answers)
//   rest    the request body
// In lines 3 and 4, "$id" stands for the "id" of the previous answer (or of its "attempt")
// and "$etag" for its ETag header, so one input can create a ticket and then change it, or
// start a verification and then check its factors.
//
// After an input whose requests may have written (anything but GET and HEAD) a fresh copy of
// the seeded database is put in place, so an input does the same wherever it comes in a run.
// Findings: sanitizer reports, handler crashes, a response whose JSON body does not parse, a
// status outside 100–599; with IZDESK_FUZZ_STRICT=1 also any 5xx answer (a handler that threw,
// or a database error an input could provoke).
//
// IZDESK_FUZZ_DUMP_RESPONSES=DIR writes every JSON answer to DIR as an input of fuzz_client
// (a status byte, then the body): how fuzz/corpus/client was made from this corpus.

#include "fuzzenv.h"
#include "fuzzinput.h"
#include "scratchdatabase.h"

#include "auth/sessionstore.h"
#include "generator/demopatients.h"
#include "http/apiserver.h"
#include "http/httptypes.h"
#include "http/queryparams.h"
#include "http/router.h"
#include "scim/scimtokens.h"
#include "serverapp.h"
#include "storage/database.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace izdesk::server;
using izdesk::fuzz::fixedNow;
using izdesk::fuzz::FuzzInput;
using izdesk::fuzz::stableHash;

struct RouteKey
{
    QByteArray method;
    QString pattern;
    QByteArray text() const { return method + ' ' + pattern.toUtf8(); }
};

// Routes as they appear in server/routes/*.cpp, for a Router that cannot list its own
// (generated at configure time by fuzz/targets.cmake).
struct RegisteredRoute
{
    const char *method;
    const char *pattern;
};
[[maybe_unused]] constexpr RegisteredRoute kRegisteredRoutes[] = {
#include "fuzzroutes.inc"
};

// A path for the pattern with every parameter filled from `params` ("1" when missing).
QString fillPattern(const QString &pattern, const QList<QByteArray> &params)
{
    QStringList segments = pattern.split(QLatin1Char('/'));
    qsizetype next = 0;
    for (QString &segment : segments) {
        if (segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
            segment = next < params.size() ? QString::fromUtf8(params.at(next++)) : QStringLiteral("1");
    }
    return segments.join(QLatin1Char('/'));
}

// Every route of the table, in a stable order. Read from the Router when it can list its
// routes; otherwise the registered list, keeping the routes the real Router matches.
template<typename R>
QList<RouteKey> routeTable(const R &router)
{
    QList<RouteKey> keys;
    if constexpr (requires { router.routes(); }) {
        for (const auto &route : router.routes())
            keys.append({route.method, route.pattern});
    } else {
        for (const RegisteredRoute &r : kRegisteredRoutes) {
            const QString pattern = QString::fromLatin1(r.pattern);
            const auto match = router.match(QByteArray(r.method), fillPattern(pattern, {}));
            if (match.route && match.route->pattern == pattern && match.route->method == r.method)
                keys.append({QByteArray(r.method), pattern});
        }
    }
    std::sort(keys.begin(), keys.end(), [](const RouteKey &a, const RouteKey &b) { return a.text() < b.text(); });
    return keys;
}

class Harness
{
public:
    Harness()
    {
        izdesk::fuzz::initEnvironment();
        const QString dir = izdesk::fuzz::scratchDir();
        m_templatePath = dir + QStringLiteral("/dispatch-template.sqlite");
        m_path = dir + QStringLiteral("/dispatch.sqlite");
        buildTemplate();
        start();
        m_routes = routeTable(m_app->router());
        if (m_routes.isEmpty())
            giveUp("the route table is empty");
        m_strict = qEnvironmentVariableIntValue("IZDESK_FUZZ_STRICT") == 1;
        m_dumpDir = qEnvironmentVariable("IZDESK_FUZZ_DUMP_RESPONSES");
    }

    void run(const QByteArray &input)
    {
        bool wrote = false;
        m_lastId.clear();
        m_lastEtag.clear();
        const QByteArrayList requests = splitRequests(input);
        for (const QByteArray &text : requests)
            wrote = runOne(text) || wrote;
        if (wrote)
            start();
    }

private:
    static QByteArrayList splitRequests(const QByteArray &input)
    {
        QByteArrayList out;
        qsizetype from = 0;
        while (out.size() < 7) {
            const qsizetype at = input.indexOf("\n#next\n", from);
            if (at < 0)
                break;
            out << input.mid(from, at - from);
            from = at + 7;
        }
        out << input.mid(from);
        return out;
    }

    QByteArray substitute(QByteArray text) const
    {
        return text.replace("$id", m_lastId).replace("$etag", m_lastEtag);
    }

    // One request; true when it may have written.
    bool runOne(const QByteArray &text)
    {
        FuzzInput in(reinterpret_cast<const uint8_t *>(text.constData()), size_t(text.size()));
        const QByteArray routeLine = in.line();
        const QByteArray callerLine = in.line().trimmed();
        const QByteArray headerLine = substitute(in.line());
        const QByteArray paramLine = substitute(in.line());
        const QByteArray queryLine = in.line();

        const RouteKey &route = pickRoute(routeLine);
        HttpRequest request;
        request.method = route.method;
        request.path = fillPattern(route.pattern, paramLine.split('/'));
        request.peer = QStringLiteral("127.0.0.1");
        const QByteArray token = tokenFor(callerLine);
        if (!token.isEmpty())
            request.headers.insert("authorization", "Bearer " + token);
        request.headers.insert("content-type", "application/json");
        for (const QByteArray &header : headerLine.split(';')) {
            const qsizetype colon = header.indexOf(':');
            if (colon > 0)
                request.headers.insert(header.left(colon).trimmed().toLower(), header.mid(colon + 1).trimmed());
        }
        auto query = QueryParams::parse(queryLine);
        if (!query)
            return false; // the adapter answers 400 before any route runs
        request.query = std::move(*query);
        request.body = in.rest();

        const HttpResponse response = m_api->dispatch(request);
        check(route, response);
        remember(response);
        // A 5xx may have left a transaction open: start over as after a write.
        return (request.method != "GET" && request.method != "HEAD") || response.status >= 500;
    }

    void remember(const HttpResponse &response)
    {
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        QJsonValue id = o.value(QStringLiteral("id"));
        if (id.isUndefined())
            id = o.value(QStringLiteral("attempt")).toObject().value(QStringLiteral("id"));
        if (id.isDouble())
            m_lastId = QByteArray::number(id.toInteger());
        else if (id.isString())
            m_lastId = id.toString().toUtf8();
        if (const QByteArray etag = response.header("ETag"); !etag.isEmpty())
            m_lastEtag = etag;
    }

    [[noreturn]] static void giveUp(const char *what, const QString &detail = {})
    {
        fprintf(stderr, "fuzz_dispatch: %s %s\n", what, qPrintable(detail));
        std::abort();
    }

    ServerConfig config(const QString &path) const
    {
        ServerConfig c;
        c.environment = Environment::Training;
        c.databaseUrl = QStringLiteral("sqlite:") + path;
        c.listenHost = QStringLiteral("127.0.0.1");
        c.listenPort = 0;
        return c;
    }

    // The seeded database every input starts from, with one live session per staff role and
    // a SCIM client token (the clock is fixed, so they never expire).
    void buildTemplate()
    {
        ServerApp app(config(m_templatePath));
        app.setClock(&fixedNow);
        QString why;
        QStringList accounts;
        if (!app.initialize(&why) || !app.seedDemo(&accounts, &why))
            giveUp("cannot prepare the server:", why);
        QSqlDatabase db = app.database().connection();
        if (!seedDemoPatients(db, app.database().dialect(), fixedNow(), 40, &why))
            giveUp("cannot seed the patients:", why);
        for (const char *role : {"admin", "specialist", "supervisor", "trainer"}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM staff_users WHERE username = ?"));
            q.addBindValue(QString::fromLatin1(role));
            if (!q.exec() || !q.next())
                giveUp("no demo account", QString::fromLatin1(role));
            const auto session = SessionStore::create(db, app.database().dialect(), q.value(0).toLongLong(),
                                                      QStringLiteral("127.0.0.1"), fixedNow());
            if (!session)
                giveUp("cannot sign in", QString::fromLatin1(role));
            m_tokens.insert(QByteArray(role), session->token.toLatin1());
        }
        const auto scim = ScimTokens::create(db, app.database().dialect(), QStringLiteral("fuzz"), std::nullopt, fixedNow());
        if (!scim)
            giveUp("cannot create a SCIM token");
        m_tokens.insert("scim", scim->token.toLatin1());
    }

    // A server on a fresh copy of the template. Not listening: dispatch() is called directly.
    // The running server gets the copy through its connection when it can (SQLite's backup,
    // about ten times cheaper than a new server).
    void start()
    {
        if (m_app && izdesk::fuzz::restoreSqliteConnection(m_app->database().connection(), m_templatePath))
            return;
        m_api.reset();
        m_app.reset();
        if (!izdesk::fuzz::restoreSqliteFile(m_templatePath, m_path))
            giveUp("cannot copy the database");
        m_app = std::make_unique<ServerApp>(config(m_path));
        m_app->setClock(&fixedNow);
        QString why;
        if (!m_app->initialize(&why))
            giveUp("cannot start the server:", why);
        m_api = std::make_unique<ApiServer>(m_app->router(), m_app->database(), m_app->config(), nullptr,
                                            &fixedNow);
    }

    const RouteKey &pickRoute(const QByteArray &line) const
    {
        const QByteArray wanted = line.trimmed();
        for (const RouteKey &r : m_routes) {
            if (r.text() == wanted)
                return r;
        }
        return m_routes.at(stableHash(wanted) % m_routes.size());
    }

    QByteArray tokenFor(const QByteArray &caller) const
    {
        if (caller == "none")
            return {};
        if (const auto it = m_tokens.constFind(caller); it != m_tokens.cend())
            return *it;
        static const QByteArrayList names{"admin", "specialist", "supervisor", "trainer", "scim", "none", "bogus"};
        const QByteArray &name = names.at(stableHash(caller) % names.size());
        if (name == "bogus")
            return caller.isEmpty() ? QByteArray("not-a-session-token") : caller.toBase64();
        return tokenFor(name);
    }

    void check(const RouteKey &route, const HttpResponse &response)
    {
        if (response.status < 100 || response.status > 599)
            giveUp("status out of range for", QString::fromLatin1(route.text()));
        const QByteArray type = response.contentType;
        if (!response.body.isEmpty() && (type.startsWith("application/json") || type.contains("+json"))) {
            QJsonParseError error;
            QJsonDocument::fromJson(response.body, &error);
            if (error.error != QJsonParseError::NoError)
                giveUp("a JSON response that does not parse, from", QString::fromLatin1(route.text()));
        }
        if (!m_dumpDir.isEmpty() && type.contains("json") && !response.body.isEmpty())
            dump(response);
        if (response.status >= 500) {
            if (m_strict)
                giveUp("a 5xx answer from", QString::fromLatin1(route.text()));
            ++m_serverErrors[route.text()];
        }
    }

    // The status as fuzz_client's first byte picks it (its table of statuses), then the body.
    void dump(const HttpResponse &response) const
    {
        static const QList<int> statuses{200, 201, 204, 400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503, 0};
        const qsizetype index = statuses.indexOf(response.status);
        QFile file(QStringLiteral("%1/%2").arg(m_dumpDir).arg(stableHash(response.body), 8, 16, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly)) {
            file.putChar(char(index < 0 ? 0 : index));
            file.write(response.body);
        }
    }

    QString m_templatePath;
    QString m_path;
    QString m_dumpDir;
    std::unique_ptr<ServerApp> m_app;
    std::unique_ptr<ApiServer> m_api;
    QList<RouteKey> m_routes;
    QHash<QByteArray, QByteArray> m_tokens;
    QByteArray m_lastId;
    QByteArray m_lastEtag;
    bool m_strict = false;

public:
    // 5xx answers per route so far (printed at exit by the fuzz run).
    QMap<QByteArray, int> m_serverErrors;
};

Harness *s_harness = nullptr;

void reportServerErrors()
{
    if (!s_harness)
        return;
    for (auto it = s_harness->m_serverErrors.cbegin(); it != s_harness->m_serverErrors.cend(); ++it)
        fprintf(stderr, "fuzz_dispatch: %d answer(s) 5xx from %s\n", it.value(), it.key().constData());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!s_harness) {
        s_harness = new Harness; // lives until the process ends, like the application object
        std::atexit(reportServerErrors);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    s_harness->run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
