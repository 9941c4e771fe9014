// Fuzz target: what an identity provider (Okta, Entra ID) sends to /scim/v2, parsed the way
// the SCIM routes parse it — scim::parseFilter (`attr eq "value" and …`), request bodies
// through parseJsonObject, scim::applyPatch on a user's SCIM view or a group's members, and
// scim::userFromScim (POST/PUT, and a patched user read back).
//
// Input: byte 0 picks the entry point (0 filter, 1 user PATCH, 2 group PATCH, 3 user POST or
// PUT); the rest is the filter text or the JSON body.
//
// Besides sanitizer reports: a filter that parses has clauses with lower-case attribute names;
// a failure names a reason; an error answer is a 4xx SCIM error document; a user accepted by
// userFromScim has the limits it checks (userName 1–254 characters without spaces, name parts
// up to 100, e-mail up to 254, a known role).

#include "fuzzenv.h"
#include "fuzzinput.h"

#include "http/jsonbody.h"
#include "scim/scimresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <variant>

namespace {

using namespace izdesk::server;
using izdesk::fuzz::FuzzInput;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_scim: %s\n", what);
    std::abort();
}

IisUserStore::User sampleUser()
{
    IisUserStore::User u;
    u.id = 42;
    u.username = QStringLiteral("jdoe@clinic.example");
    u.givenName = QStringLiteral("Jordan");
    u.familyName = QStringLiteral("Doe");
    u.email = QStringLiteral("jdoe@clinic.example");
    u.phone = QStringLiteral("555-0100");
    u.role = QStringLiteral("view_only");
    u.status = QStringLiteral("active");
    u.externalId = QStringLiteral("00u1abcd");
    u.createdAt = izdesk::fuzz::fixedNow();
    u.updatedAt = izdesk::fuzz::fixedNow();
    u.sites = {{7, QStringLiteral("Northside Clinic"), QStringLiteral("IZ0007")},
               {9, QStringLiteral("Lakeview Pediatrics"), QStringLiteral("IZ0009")}};
    return u;
}

void checkError(const std::optional<HttpResponse> &error)
{
    if (!error)
        return;
    if (error->status < 400 || error->status > 499)
        fail("a SCIM error that is not a 4xx");
    const QJsonObject o = QJsonDocument::fromJson(error->body).object();
    if (!o.value(QStringLiteral("schemas")).toArray().contains(scim::kErrorSchema))
        fail("a SCIM error without the error schema");
}

void checkUser(const QJsonObject &resource, IisUserStore::User u)
{
    bool active = true;
    const auto error = scim::userFromScim(resource, &u, &active);
    checkError(error);
    if (error)
        return;
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (u.username.isEmpty() || u.username.size() > 254 || u.username.contains(space))
        fail("a userName outside the limits was accepted");
    if (u.givenName.size() > 100 || u.familyName.size() > 100 || u.email.size() > 254)
        fail("a name or e-mail outside the limits was accepted");
    if (!IisUserStore::roles().contains(u.role))
        fail("an unknown role was accepted");
}

std::optional<QJsonObject> body(const QByteArray &bytes)
{
    HttpRequest request;
    request.method = "PATCH";
    request.headers.insert("content-type", "application/scim+json");
    request.body = bytes;
    auto parsed = parseJsonObject(request);
    if (auto *problem = std::get_if<HttpResponse>(&parsed)) {
        if (problem->status != 400)
            fail("a body that does not parse is not a 400");
        return std::nullopt;
    }
    return std::get<QJsonObject>(parsed);
}

void filter(const QByteArray &text)
{
    QString error;
    const auto clauses = scim::parseFilter(QString::fromUtf8(text), &error);
    if (!clauses) {
        if (error.isEmpty())
            fail("a filter refused without a reason");
        return;
    }
    if (clauses->isEmpty())
        fail("a filter that parsed to no clause");
    for (const auto &clause : *clauses) {
        if (clause.first.isEmpty() || clause.first != clause.first.toLower())
            fail("a clause whose attribute is empty or not lower-case");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    FuzzInput in(data, size);
    const int mode = in.byte() % 4;
    const QByteArray rest = in.rest();
    const QString baseUrl = QStringLiteral("http://127.0.0.1:8080");
    switch (mode) {
    case 0:
        filter(rest);
        break;
    case 1:
        if (const auto patch = body(rest)) {
            const IisUserStore::User u = sampleUser();
            QJsonObject resource = scim::userToScim(u, baseUrl);
            const auto error = scim::applyPatch(*patch, &resource);
            checkError(error);
            if (!error)
                checkUser(resource, u);
        }
        break;
    case 2:
        if (const auto patch = body(rest)) {
            QJsonObject resource{{QStringLiteral("members"),
                                  QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("42")}}}}};
            checkError(scim::applyPatch(*patch, &resource));
        }
        break;
    default:
        if (const auto resource = body(rest))
            checkUser(*resource, IisUserStore::User{});
        break;
    }
    return 0;
}
