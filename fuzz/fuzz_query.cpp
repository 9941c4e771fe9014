// Fuzz target: the parsers every request meets before its handler, QueryParams::parse (the
// query string) and Router::match (the path and its parameters, over the real route table of
// registerAllRoutes), and the handlers' readers of shared query parameters: KeysetCursor
// (?limit&cursor of every list) and PatientQuery (the patient search box and fields).
//
// Input: byte 0 picks the method; line 1 (after it) is the request path as the adapter hands
// it over; the rest is the raw query string.
//
// Besides sanitizer reports, these properties must hold (the headers promise them):
//  - a query that parses reads back as the same items from encoded();
//  - value() is the first of values(), contains() agrees with them, a failure names a reason;
//  - a Found match is a route of that method whose pattern, filled with the parameters it
//    returned, is the path; MethodNotAllowed lists other methods only; NotFound has no route;
//  - a cursor that decodes encodes back to a cursor that decodes to the same key.

#include "fuzzenv.h"
#include "fuzzinput.h"

#include "http/queryparams.h"
#include "http/router.h"
#include "patients/patientquery.h"
#include "routes/routeregistry.h"
#include "tickets/keysetcursor.h"

#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace izdesk::server;
using izdesk::fuzz::FuzzInput;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_query: %s\n", what);
    std::abort();
}

const Router &router()
{
    static const Router *table = [] {
        auto *r = new Router; // lives until the process ends
        registerAllRoutes(*r);
        return r;
    }();
    return *table;
}

// What list and search handlers read from a query that parsed.
void checkHandlerParameters(const QueryParams &query)
{
    for (int parts = 1; parts <= 3; ++parts) {
        QString error;
        const auto page = KeysetCursor::parsePage(query, parts, &error);
        if (!page && error.isEmpty())
            fail("a page refused without a reason");
        if (page && (page->limit < 1 || page->limit > KeysetCursor::kMaxLimit))
            fail("a page limit outside 1..kMaxLimit");
        if (const auto key = KeysetCursor::decode(query.value(QStringLiteral("cursor")), parts)) {
            if (key->size() != parts || KeysetCursor::decode(KeysetCursor::encode(*key), parts) != key)
                fail("a cursor does not survive encode(decode(cursor))");
        }
    }
    QList<izdesk::FieldError> errors;
    const auto patientQuery = PatientQuery::parse(query, 2026, &errors);
    if (!patientQuery && errors.isEmpty())
        fail("a patient search refused without a field error");
}

void checkQuery(const QByteArray &encoded)
{
    QString error;
    const std::optional<QueryParams> query = QueryParams::parse(encoded, &error);
    if (!query) {
        if (error.isEmpty())
            fail("a query that does not parse without a reason");
        return;
    }
    checkHandlerParameters(*query);
    QueryParams rebuilt;
    for (const auto &item : query->items())
        rebuilt.add(item.first, item.second);
    const std::optional<QueryParams> again = QueryParams::parse(rebuilt.encoded());
    if (!again || again->items() != query->items())
        fail("encoded() does not read back as the same items");
    for (const auto &item : query->items()) {
        const QStringList values = query->values(item.first);
        if (!query->contains(item.first) || values.isEmpty() || query->value(item.first) != values.first())
            fail("value(), values() and contains() disagree");
    }
}

void checkMatch(const QByteArray &method, const QString &path)
{
    const Router::Match match = router().match(method, path);
    switch (match.result) {
    case Router::Match::Result::Found: {
        if (!match.route || match.route->method != method)
            fail("a match for another method");
        const QStringList pattern = match.route->pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (pattern.size() != segments.size())
            fail("a match with another number of segments");
        qsizetype params = 0;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QString &p = pattern.at(i);
            if (p.size() > 2 && p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'))) {
                ++params;
                if (match.params.value(p.mid(1, p.size() - 2)) != segments.at(i))
                    fail("a path parameter that is not the path's segment");
            } else if (p != segments.at(i)) {
                fail("a literal segment that differs");
            }
        }
        if (params != match.params.size())
            fail("parameters the pattern does not name");
        break;
    }
    case Router::Match::Result::MethodNotAllowed:
        if (match.route || match.allowed.isEmpty() || match.allowed.contains(method))
            fail("method not allowed, yet the method is allowed (or nothing is)");
        break;
    case Router::Match::Result::NotFound:
        if (match.route || !match.allowed.isEmpty())
            fail("not found, yet with a route");
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    router();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    static const QByteArrayList methods{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "get"};
    FuzzInput in(data, size);
    const QByteArray method = methods.at(in.byte() % methods.size());
    const QByteArray rawPath = in.line();
    const QByteArray query = in.rest();

    checkQuery(query);
    checkMatch(method, QString::fromUtf8(rawPath));
    // The way the HTTP adapter gets its path: percent-decoded by QUrl.
    const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromUtf8(rawPath), QUrl::TolerantMode);
    if (url.isValid())
        checkMatch(method, url.path());
    return 0;
}
