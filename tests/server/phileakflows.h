#pragma once

// The desk's workflows, driven with canaries for the leak test: each is carried out the
// right way (so the success paths log what they log) and the wrong ways around it (wrong
// factors, bad values, malformed bodies). Every id a workflow creates goes into the sweep
// plan, so the sweep reaches handlers past their "no such object" checks.

#include "phileakcanaries.h"
#include "phileakdriver.h"

#include <QJsonArray>

namespace izdesk::test {

struct LeakSession
{
    LeakClient *client = nullptr;
    LeakCanaries c;
    QByteArray admin, supervisor, specialist, trainer, scim;
    SweepPlan plan;
    qint64 patient = 0, twin = 0, ticket = 0, iisUser = 0, facility = 0;
    QString facilityCode;
    int checks = 0; // workflow steps whose answer had the expected status
    // Success answers that must hold no canary either (source, body): the HL7 flows' reports.
    QList<std::pair<QString, QByteArray>> answers;
    int hl7Submissions = 0;
    QStringList unexpected;

    // Notes an answer whose status is not the one the workflow expects (the scan runs anyway).
    RawHttp::Response expect(int status, const RawHttp::Response &r, const char *what)
    {
        if (r.status == status)
            ++checks;
        else
            unexpected << QStringLiteral("%1: %2 (expected %3) %4")
                              .arg(QLatin1String(what))
                              .arg(r.status)
                              .arg(status)
                              .arg(QString::fromUtf8(r.body.left(200)));
        return r;
    }
    // "/api/v1/tickets/%1/patients/%2" with the ids filled in.
    static QByteArray path(const char *pattern, qint64 a, qint64 b = 0)
    {
        const QString text = QLatin1String(pattern);
        return (text.contains(QLatin1String("%2")) ? text.arg(a).arg(b) : text.arg(a)).toLatin1();
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
};

namespace flows {

using E = LeakCanaries;

inline void signIns(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    s.expect(
        401,
        h.json("POST", "/api/v1/sessions", {{u"username"_j, u"leak-specialist"_j}, {u"password"_j, c.wrongPassword}}),
        "wrong password");
    s.expect(401,
             h.json("POST", "/api/v1/sessions",
                    {{u"username"_j, u"no-such-user"_j}, {u"password"_j, c.unknownUserPassword}}),
             "unknown user");
    for (int i = 0; i < 6; ++i)
        h.json("POST", "/api/v1/sessions", {{u"username"_j, u"leak-locked"_j}, {u"password"_j, c.wrongPassword}});
    s.expect(403,
             h.json("POST", "/api/v1/sessions", {{u"username"_j, u"leak-locked"_j}, {u"password"_j, c.lockedPassword}}),
             "locked account, right password");
    s.expect(
        400,
        h.call("POST", "/api/v1/sessions", "{\"username\":\"leak-admin\",\"password\":\"" + c.adminPassword.toUtf8()),
        "truncated JSON");
    s.expect(422, h.json("POST", "/api/v1/sessions", {{u"username"_j, c.adminPassword}, {u"password"_j, 7731}}),
             "password as a number");
    s.expect(415,
             h.call("POST", "/api/v1/sessions", "username=leak-admin&password=" + E::enc(c.adminPassword), {}, {},
                    "application/x-www-form-urlencoded"),
             "form-encoded sign-in");
    s.expect(413,
             h.call("POST", "/api/v1/sessions?password=" + E::enc(c.supervisorPassword),
                    LeakSession::json({{u"password"_j, QString(c.supervisorPassword).repeated(45000)}})),
             "oversize sign-in");
    // A session that ends: its token is refused from then on.
    const QByteArray ended = h.signIn(QStringLiteral("leak-trainer"), c.trainerPassword);
    s.expect(204, h.call("DELETE", "/api/v1/sessions/current", {}, ended), "sign out");
    s.expect(401, h.call("GET", "/api/v1/me", {}, ended), "ended session");
    s.plan.badTokens = {ended, QByteArray("izd_") + QByteArray(c.birthFile.toLatin1()).toBase64()};
    s.expect(
        401,
        h.call("GET", "/api/v1/me", {}, {},
               {{"Authorization", "Basic " + (QStringLiteral("leak-admin:") + c.adminPassword).toUtf8().toBase64()}}),
        "basic authentication");
}

inline void patients(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    const auto firstId = [](const RawHttp::Response &r) {
        return r.object()
            .value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    s.patient = firstId(s.expect(
        200, h.call("GET", "/api/v1/patients?q=" + E::plus(c.fullName() + QLatin1Char(' ') + c.usDob()), {}, t),
        "search +"));
    for (const QByteArray &q :
         QList<QByteArray>{"q=" + E::enc(c.last + QStringLiteral(", ") + c.given),
                           "first=" + E::enc(c.given) + "&last=" + E::enc(c.last) + "&dob=" + c.dob.toLatin1(),
                           "phone=" + E::enc(c.phoneTyped), "q=" + E::enc(c.phoneTyped),
                           "street=" + E::plus(c.street) + "&zip=" + c.zip.toLatin1(), "identifier=" + E::enc(c.mrn),
                           "identifier=" + E::enc(c.birthFile), "mother_maiden_name=" + E::enc(c.motherMaiden),
                           "q=" + E::enc(c.givenTwin + QLatin1Char(' ') + c.last) + "&limit=5"})
        s.expect(200, h.call("GET", "/api/v1/patients?" + q, {}, t), "search");
    s.twin = firstId(h.call("GET", "/api/v1/patients?identifier=" + E::enc(c.mrnTwin), {}, t));
    for (const QByteArray &q :
         QList<QByteArray>{"dob=" + E::enc(c.given), "phone=" + E::enc(c.last), "street=" + E::enc(c.motherMaiden),
                           "q=" + E::enc(c.fullName().repeated(12)), "limit=" + E::enc(c.mrn) + "&q=" + E::enc(c.last),
                           "identifier=" + E::enc(c.mrn.repeated(6)), "sex=" + E::enc(c.middle)})
        s.expect(422, h.call("GET", "/api/v1/patients?" + q, {}, t), "invalid search");
    for (const QByteArray &q :
         QList<QByteArray>{"q=" + E::enc(c.given) + "%zz", E::enc(c.last) + "=%zz", "q=" + E::enc(c.given) + "%ff%fe",
                           E::enc(c.mrn) + "%zz=1", E::enc(c.mrn) + "=%ff%fe",
                           E::plus(c.fullName() + QLatin1Char(' ') + c.usDob()) + "=%ff%fe"})
        h.call("GET", "/api/v1/patients?" + q, {}, t); // Qt's URL parser re-encodes most of these
    s.expect(200, h.call("GET", s.path("/api/v1/patients/%1", s.patient), {}, t), "read");
    for (const QByteArray &id :
         QList<QByteArray>{E::enc(c.fullName()), E::enc(c.mrn), c.dob.toLatin1(), E::plus(c.street)})
        s.expect(404, h.call("GET", "/api/v1/patients/" + id, {}, t), "read by value");
    s.expect(403,
             h.call("GET", s.path("/api/v1/patients/%1/disclosures", s.patient) + "?q=" + E::enc(c.fullName()), {}, t),
             "disclosures as specialist");
    s.plan.realIds.insert(QStringLiteral("patients/{id}"), QString::number(s.patient));
    s.plan.realIds.insert(QStringLiteral("{pid}"), QString::number(s.patient));
}

// What a desk writes about a caller on a ticket.
inline QString ticketNote(const LeakCanaries &c)
{
    return QStringLiteral("Caller %1, DOB %2, MRN %3").arg(c.fullName(), c.usDob(), c.mrn);
}

// A ticket with the caller's words in it, and the creates refused for each kind of bad
// field; the new ticket's ETag.
inline QByteArray createTicket(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    const QString note = ticketNote(c);
    const auto created = s.expect(201,
                                  h.json("POST", "/api/v1/tickets",
                                         {{u"subject"_j, QStringLiteral("Records request")},
                                          {u"category"_j, u"records_request"_j},
                                          {u"requester_name"_j, c.fullName()},
                                          {u"requester_contact"_j, c.phoneTyped},
                                          {u"description"_j, note}},
                                         t),
                                  "ticket");
    s.ticket = created.object().value(QStringLiteral("id")).toInteger();
    const QByteArray etag = created.header("etag");
    for (const char *field : {"status", "priority", "category", "channel", "assignee"})
        s.expect(
            422,
            h.json("POST", "/api/v1/tickets",
                   {{u"subject"_j, note}, {u"category"_j, u"records_request"_j}, {QLatin1String(field), c.fullName()}},
                   t),
            "enum field");
    s.expect(422,
             h.json("POST", "/api/v1/tickets",
                    {{u"subject"_j, note.repeated(30)}, {u"category"_j, u"records_request"_j}}, t),
             "long subject");
    s.expect(422,
             h.json("POST", "/api/v1/tickets",
                    {{u"subject"_j, note}, {u"category"_j, u"records_request"_j}, {u"organization_id"_j, c.mrn}}, t),
             "id as text");
    s.expect(422,
             h.json("POST", "/api/v1/tickets",
                    {{u"subject"_j, QJsonArray{c.fullName()}}, {u"description"_j, QJsonObject{{u"dob"_j, c.dob}}}}, t),
             "types");
    s.expect(400, h.call("POST", "/api/v1/tickets", "{\"subject\":\"" + note.toUtf8() + "\",", t), "broken JSON");
    return etag;
}

// Changes to the ticket (refused without or with a stale If-Match), its entries and the
// ticket searches.
inline void changeTicket(LeakSession &s, const QByteArray &etag)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    const QString note = ticketNote(c);
    const QByteArray ticket = s.path("/api/v1/tickets/%1", s.ticket);
    s.expect(428, h.json("PATCH", ticket, {{u"requester_name"_j, c.fullName()}}, t), "patch without If-Match");
    s.expect(412, h.json("PATCH", ticket, {{u"subject"_j, note}}, t, {{"If-Match", E::enc(c.mrn)}}),
             "patch, stale If-Match");
    s.expect(422,
             h.json("PATCH", ticket, {{u"status"_j, c.motherMaiden}, {u"requester_name"_j, c.fullName()}}, t,
                    {{"If-Match", etag}}),
             "patch, bad status");
    s.expect(200,
             h.json("PATCH", ticket, {{u"subject"_j, QStringLiteral("Records request for %1").arg(c.fullName())}}, t,
                    {{"If-Match", etag}}),
             "patch");
    s.expect(201,
             h.json("POST", ticket + "/entries",
                    {{u"kind"_j, u"call"_j},
                     {u"direction"_j, u"inbound"_j},
                     {u"phone"_j, c.phoneTyped},
                     {u"body"_j, note},
                     {u"started_at"_j, u"2026-01-05T15:00:00.000Z"_j},
                     {u"ended_at"_j, u"2026-01-05T15:04:00.000Z"_j}},
                    t),
             "call entry");
    s.expect(422,
             h.json("POST", ticket + "/entries",
                    {{u"kind"_j, c.given}, {u"body"_j, note}, {u"phone"_j, c.phoneTyped.repeated(9)}}, t),
             "bad entry");
    s.expect(200, h.call("GET", "/api/v1/tickets?q=" + E::plus(c.fullName()), {}, t), "ticket search");
    s.expect(400,
             h.call("GET", "/api/v1/tickets?status=" + E::enc(c.fullName()) + "&assignee=" + E::enc(c.iisEmail), {}, t),
             "ticket filter");
    s.expect(200, h.call("GET", "/api/v1/tickets/recent?phone=" + E::enc(c.phoneTyped), {}, t), "recent by phone");
    h.call("GET", "/api/v1/tickets/recent?phone=" + E::enc(c.given), {}, t);
}

// A consent PDF named after the caller, refused names and bodies, and links to the patient.
inline void attachToTicket(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    const QString note = ticketNote(c);
    const QByteArray ticket = s.path("/api/v1/tickets/%1", s.ticket);
    const QByteArray pdf = "%PDF-1.4\n% " + note.toUtf8() + "\n%%EOF\n";
    const QByteArray fileName = E::enc(c.fullName() + QStringLiteral(" consent ") + c.dob + QStringLiteral(".pdf"));
    const auto file
        = s.expect(201, h.call("POST", ticket + "/attachments", pdf, t, {{"X-Filename", fileName}}, "application/pdf"),
                   "attachment");
    s.plan.realIds.insert(QStringLiteral("attachments/{id}"),
                          QString::number(file.object().value(QStringLiteral("id")).toInteger()));
    s.expect(422,
             h.call("POST", ticket + "/attachments", pdf, t, {{"X-Filename", "..%2F" + fileName + "%2F"}},
                    "application/pdf"),
             "bad file name");
    s.expect(415,
             h.call("POST", ticket + "/attachments", note.toUtf8(), t, {{"X-Filename", fileName}}, "application/pdf"),
             "not a PDF");
    s.expect(422, h.json("POST", ticket + "/links", {{u"kind"_j, u"patient"_j}, {u"target"_j, c.mrn}}, t),
             "link by MRN");
    s.expect(201, h.json("POST", ticket + "/links", {{u"kind"_j, u"patient"_j}, {u"target"_j, s.patient}}, t), "link");
}

inline void tickets(LeakSession &s)
{
    const QByteArray etag = createTicket(s);
    changeTicket(s, etag);
    attachToTicket(s);
    s.plan.realIds.insert(QStringLiteral("tickets/{id}"), QString::number(s.ticket));
    s.plan.realIds.insert(QStringLiteral("{tid}"), QString::number(s.ticket));
    s.plan.realIds.insert(QStringLiteral("{kind}"), QStringLiteral("patient"));
    s.plan.realIds.insert(QStringLiteral("{target}"), QString::number(s.patient));
}

// An organization with a facility, an IIS user of it (with a credential and an agreement),
// and the refused ones.
inline void organizationAndIisUser(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    const auto org
        = s.expect(201,
                   h.json("POST", "/api/v1/organizations",
                          {{u"name"_j, u"Quill Clinic"_j},
                           {u"type"_j, u"provider"_j},
                           {u"facilities"_j,
                            QJsonArray{QJsonObject{{u"name"_j, u"Quill North"_j}, {u"phone"_j, u"(410) 555-0101"_j}}}}},
                          t),
                   "organization");
    const QJsonObject site = org.object().value(QStringLiteral("facilities")).toArray().first().toObject();
    s.facility = site.value(QStringLiteral("id")).toInteger();
    s.facilityCode = site.value(QStringLiteral("facility_code")).toString();
    const qint64 orgId = org.object().value(QStringLiteral("id")).toInteger();
    s.expect(422,
             h.json("POST", "/api/v1/organizations",
                    {{u"name"_j, c.fullName()},
                     {u"type"_j, c.given},
                     {u"facilities"_j, QJsonArray{QJsonObject{{u"phone"_j, c.street}}}}},
                    t),
             "bad organization");
    const QJsonObject user{{u"username"_j, c.iisUsername},         {u"given_name"_j, c.iisGiven},
                           {u"family_name"_j, c.iisFamily},        {u"email"_j, c.iisEmail},
                           {u"phone"_j, u"(410) 555-0142"_j},      {u"role"_j, u"data_entry"_j},
                           {u"site_ids"_j, QJsonArray{s.facility}}};
    s.iisUser = s.expect(201, h.json("POST", "/api/v1/iis-users", user, t), "IIS user")
                    .object()
                    .value(QStringLiteral("id"))
                    .toInteger();
    s.expect(409, h.json("POST", "/api/v1/iis-users", user, t), "IIS user again");
    QJsonObject bad = user;
    bad.insert(QStringLiteral("email"), QString(c.iisGiven + QStringLiteral(" at quillclinic")));
    bad.insert(QStringLiteral("role"), c.iisFamily);
    bad.insert(QStringLiteral("username"), QString(c.iisEmail + QLatin1Char(' ') + c.iisUsername));
    s.expect(422, h.json("POST", "/api/v1/iis-users", bad, t), "bad IIS user");
    s.expect(200, h.call("GET", "/api/v1/iis-users?q=" + E::enc(c.iisFamily), {}, t), "IIS user search");
    const QByteArray u = s.path("/api/v1/iis-users/%1", s.iisUser);
    s.expect(201, h.call("POST", u + "/credential", {}, t), "temporary credential");
    const auto agreement = s.expect(201,
                                    h.json("POST", u + "/agreements",
                                           {{u"kind"_j, u"confidentiality"_j},
                                            {u"version"_j, u"2026-1"_j},
                                            {u"signer_name"_j, QString(c.iisGiven + QLatin1Char(' ') + c.iisFamily)},
                                            {u"signed_on"_j, u"2026-01-05"_j}},
                                           t),
                                    "agreement");
    s.expect(422,
             h.json("POST", u + "/agreements",
                    {{u"kind"_j, c.iisEmail}, {u"signer_name"_j, c.iisFamily}, {u"signed_on"_j, c.iisUsername}}, t),
             "bad agreement");
    s.expect(404, h.call("GET", "/api/v1/iis-users/" + E::enc(c.iisEmail), {}, t), "IIS user by e-mail");
    s.plan.realIds.insert(QStringLiteral("iis-users/{id}"), QString::number(s.iisUser));
    s.plan.realIds.insert(QStringLiteral("organizations/{id}"), QString::number(orgId));
    s.plan.realIds.insert(QStringLiteral("facilities/{id}"), QString::number(s.facility));
    s.plan.realIds.insert(QStringLiteral("agreements/{id}"),
                          QString::number(agreement.object().value(QStringLiteral("id")).toInteger()));
}

// SCIM: an identity provider's client, and a staff token where it does not belong.
inline void scimUsers(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QJsonObject scimUser{{u"schemas"_j, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_j}},
                               {u"userName"_j, c.scimEmail},
                               {u"name"_j, QJsonObject{{u"givenName"_j, c.scimGiven}, {u"familyName"_j, c.scimFamily}}},
                               {u"emails"_j, QJsonArray{QJsonObject{{u"value"_j, c.scimEmail}, {u"primary"_j, true}}}},
                               {u"active"_j, false}};
    const auto created = s.expect(201, h.json("POST", "/scim/v2/Users", scimUser, s.scim), "SCIM user");
    const QByteArray scimId = created.object().value(QStringLiteral("id")).toString().toLatin1();
    s.expect(409, h.json("POST", "/scim/v2/Users", scimUser, s.scim), "SCIM user again");
    s.expect(401, h.json("POST", "/scim/v2/Users", scimUser, s.admin), "SCIM with a staff token");
    s.expect(401, h.call("GET", "/api/v1/me", {}, s.scim), "staff API with a SCIM token");
    s.expect(200,
             h.call("GET", "/scim/v2/Users?filter=" + E::enc(QStringLiteral("userName eq \"%1\"").arg(c.scimEmail)), {},
                    s.scim),
             "SCIM filter");
    s.expect(400,
             h.call("GET", "/scim/v2/Users?filter=" + E::enc(QStringLiteral("userName co \"%1\"").arg(c.scimEmail)), {},
                    s.scim),
             "SCIM bad filter");
    s.expect(400,
             h.call("GET",
                    "/scim/v2/Users?filter=" + E::enc(QStringLiteral("name.familyName eq \"%1\"").arg(c.scimFamily)),
                    {}, s.scim),
             "SCIM unsupported filter");
    // Paths whose filter holds a value: the answer must not quote the path.
    const auto patch = [&](const QString &path, const QJsonValue &value) {
        return h.json("PATCH", "/scim/v2/Users/" + scimId,
                      {{u"schemas"_j, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_j}},
                       {u"Operations"_j,
                        QJsonArray{QJsonObject{{u"op"_j, u"replace"_j}, {u"path"_j, path}, {u"value"_j, value}}}}},
                      s.scim);
    };
    s.expect(400, patch(QStringLiteral("addresses[value eq \"%1\"]").arg(c.street), c.scimFamily),
             "SCIM patch, unknown attribute");
    s.expect(400, patch(QStringLiteral("emails[value eq \"%1\"]").arg(c.scimEmail), c.scimFamily),
             "SCIM patch, value not an object");
    s.expect(400,
             patch(QStringLiteral("urn:ietf:params:scim:schemas:extension:izdesk:2.0:User:role[value eq \"%1\"]")
                       .arg(c.scimEmail),
                   c.scimFamily),
             "SCIM patch, extension");
    s.expect(404, h.call("GET", "/scim/v2/Users/" + E::enc(c.scimEmail), {}, s.scim), "SCIM user by e-mail");
    const auto issued = s.expect(201, h.json("POST", "/api/v1/scim-tokens", {{u"name"_j, u"entra"_j}}, s.admin),
                                 "SCIM token over the API");
    s.plan.realIds.insert(QStringLiteral("scim-tokens/{id}"),
                          QString::number(issued.object().value(QStringLiteral("id")).toInteger()));
    s.plan.realIds.insert(QStringLiteral("Users/{id}"), QString::fromLatin1(scimId));
}

inline void accounts(LeakSession &s)
{
    organizationAndIisUser(s);
    scimUsers(s);
    s.plan.realIds.insert(QStringLiteral("{username}"), QStringLiteral("leak-specialist"));
}

inline void verification(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    const QByteArray start = s.path("/api/v1/tickets/%1/verifications", s.ticket);
    const auto attempt = [&](const QJsonObject &body) {
        return s.expect(201, h.json("POST", start, body, t), "verification")
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const auto factor = [&](qint64 id, const QString &name, const QJsonValue &value) {
        return h.json("POST", s.path("/api/v1/verifications/%1/factors", id),
                      {{u"factor"_j, name}, {u"value"_j, value}}, t);
    };
    const QJsonObject name{{u"first"_j, c.given}, {u"last"_j, c.last}};
    const QJsonObject wrongName{{u"first"_j, c.given}, {u"last"_j, c.wrongLast}};
    // Wrong answers about the twin until its phone release locks.
    for (int i = 0; i < 3; ++i) {
        const qint64 id = attempt({{u"caller_type"_j, u"self"_j}, {u"patient_id"_j, s.twin}});
        factor(id, QStringLiteral("full_name"), wrongName);
        factor(id, QStringLiteral("birth_date"), c.wrongDob);
    }
    s.expect(403,
             h.json("POST", s.path("/api/v1/tickets/%1/patients/%2/releases", s.ticket, s.twin),
                    {{u"method"_j, u"print"_j}}, t),
             "release, unverified");
    const qint64 id = attempt({{u"caller_type"_j, u"self"_j}, {u"patient_id"_j, s.patient}});
    s.expect(422, factor(id, c.motherMaiden, c.motherMaiden), "unknown factor");
    s.expect(422, factor(id, QStringLiteral("birth_date"), c.usDob()), "date in the wrong format");
    s.expect(422, factor(id, QStringLiteral("full_name"), c.fullName()), "name as text");
    s.expect(200, factor(id, QStringLiteral("full_name"), name), "full name");
    s.expect(409, factor(id, QStringLiteral("full_name"), wrongName), "full name again");
    s.expect(200, factor(id, QStringLiteral("birth_date"), c.dob), "birth date");
    s.expect(200, factor(id, QStringLiteral("phone"), c.phoneTyped), "phone");
    s.expect(409, factor(id, QStringLiteral("address"), QJsonObject{{u"street"_j, c.street}, {u"zip"_j, c.zip}}),
             "factor after the decision");
    const QByteArray release = s.path("/api/v1/tickets/%1/patients/%2/releases", s.ticket, s.patient);
    s.expect(201, h.json("POST", release, {{u"method"_j, u"print"_j}}, t), "release");
    s.expect(
        422,
        h.json("POST", release, {{u"method"_j, c.given}, {u"recipient"_j, c.fullName()}, {u"address"_j, c.street}}, t),
        "release, bad method");
    s.expect(403, h.json("POST", release, {{u"method"_j, u"fax"_j}}, t), "release by fax to a patient");
    s.expect(200, h.call("GET", s.path("/api/v1/tickets/%1/patients/%2/history", s.ticket, s.patient), {}, t),
             "history");
    s.expect(422, h.json("POST", start, {{u"caller_type"_j, c.last}, {u"patient_id"_j, s.patient}}, t),
             "unknown caller type");
    s.expect(422, h.json("POST", start, {{u"caller_type"_j, u"self"_j}, {u"patient_id"_j, c.mrn}}, t),
             "patient by MRN");
    const qint64 provider = attempt({{u"caller_type"_j, u"provider"_j}});
    s.expect(200, factor(provider, QStringLiteral("iis_username"), c.iisEmail), "wrong IIS username");
    const qint64 provider2 = attempt({{u"caller_type"_j, u"provider"_j}});
    s.expect(200, factor(provider2, QStringLiteral("iis_username"), c.iisUsername), "IIS username");
    factor(provider2, QStringLiteral("facility_code"), c.birthFile);
    attempt({{u"caller_type"_j, u"other"_j}});
    const qint64 other = attempt({{u"caller_type"_j, u"self"_j}, {u"patient_id"_j, s.patient}});
    s.expect(200,
             h.json("POST", s.path("/api/v1/verifications/%1/refer", other),
                    {{u"note"_j, QStringLiteral("Caller says she is %1, born %2").arg(c.fullName(), c.usDob())}}, t),
             "refer");
    const auto alerts = s.expect(200, h.call("GET", "/api/v1/alerts?open=true", {}, s.supervisor), "alerts");
    s.expect(400, h.call("GET", "/api/v1/alerts?open=" + E::enc(c.fullName()), {}, s.supervisor), "alerts, bad filter");
    const qint64 alert = alerts.object()
                             .value(QStringLiteral("items"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    const QByteArray lock = s.path("/api/v1/patients/%1/release-lock", s.twin);
    s.expect(422, h.json("DELETE", lock, {{u"reason"_j, QString()}, {u"note"_j, c.fullName()}}, s.supervisor),
             "unlock without a reason");
    s.expect(204,
             h.json("DELETE", lock, {{u"reason"_j, QStringLiteral("Spoke with %1 in person").arg(c.fullName())}},
                    s.supervisor),
             "unlock");
    s.plan.realIds.insert(QStringLiteral("{vid}"), QString::number(id));
    s.plan.realIds.insert(QStringLiteral("alerts/{id}"), QString::number(alert));
}

inline void duplicatesAndMerges(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.supervisor;
    const auto list = s.expect(200, h.call("GET", "/api/v1/duplicates", {}, t), "duplicates");
    const qint64 pair = list.object()
                            .value(QStringLiteral("items"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toInteger();
    const QByteArray dup = s.path("/api/v1/duplicates/%1", pair);
    h.call("POST", dup + "/claim", {}, t);
    s.expect(422, h.json("POST", dup + "/not-duplicate", {{u"reason"_j, QString(c.fullName()).repeated(200)}}, t),
             "reason too long");
    const QByteArray merge = s.path("/api/v1/patients/%1/merge", s.patient);
    h.json("POST", merge, {{u"source"_j, c.mrnTwin}, {u"reason"_j, c.fullName()}}, t);
    h.json("POST", merge,
           {{u"source"_j, s.twin},
            {u"fields"_j, QJsonObject{{u"first_name"_j, c.givenTwin}, {u"last_name"_j, c.wrongLast}}},
            {u"reason"_j, c.fullName()}},
           t);
    const auto merged = h.json("POST", merge,
                               {{u"source"_j, s.twin},
                                {u"fields"_j, QJsonObject{{u"first_name"_j, u"target"_j}}},
                                {u"reason"_j, QStringLiteral("same person: %1").arg(c.fullName())}},
                               t);
    const qint64 mergeId = merged.object().value(QStringLiteral("merge_id")).toInteger();
    h.json("POST", s.path("/api/v1/merges/%1/unmerge", mergeId),
           {{u"reason"_j, QStringLiteral("not %1").arg(c.fullName())}}, t);
    s.plan.realIds.insert(QStringLiteral("duplicates/{id}"), QString::number(pair));
    s.plan.realIds.insert(QStringLiteral("merges/{id}"), QString::number(mergeId));
}

// Paths no route has, methods a route does not take, bodies over the limit.
inline void strayRequests(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray t = s.specialist;
    for (const QByteArray &p : QList<QByteArray>{
             "/api/v1/patients/" + E::enc(c.given) + "/" + E::enc(c.last), "/" + E::plus(c.fullName()),
             "/api/v1/search/" + E::plus(c.fullName()) + "/" + c.dob.toLatin1() + "?phone=" + E::enc(c.phoneTyped),
             "/api/v2/patients/" + E::enc(c.mrn) + "?password=" + E::enc(c.adminPassword),
             "/api/v1/" + E::enc(c.street) + "%zz", "/scim/v2/" + E::enc(c.scimEmail)}) {
        s.expect(404, h.call("GET", p, {}, t), "unknown path");
        h.call("GET", p);
    }
    s.expect(405,
             h.call("PUT", "/api/v1/patients/" + E::enc(c.fullName()) + "?dob=" + c.dob.toLatin1(),
                    LeakSession::json({{u"mrn"_j, c.mrn}}), t),
             "wrong method");
    s.expect(405, h.call("DELETE", "/api/v1/patients?q=" + E::enc(c.fullName()), {}, t), "wrong method on search");
    const QByteArray big = LeakSession::json(
        {{u"requester_name"_j, c.fullName()}, {u"description"_j, QString(c.street + c.mrn).repeated(40000)}});
    s.expect(413, h.call("POST", "/api/v1/tickets?q=" + E::enc(c.fullName()), big, t), "oversize ticket");
    s.expect(413, h.call("POST", "/api/v1/" + E::enc(c.fullName()), big, t), "oversize, unknown path");
    s.expect(413, h.call("PATCH", "/scim/v2/Users/" + E::enc(c.scimEmail), big, s.scim), "oversize SCIM");
}

} // namespace flows

} // namespace izdesk::test
