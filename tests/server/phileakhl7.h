#pragma once

// The leak test's HL7 flows: a VXU whose PID carries the canary patient (name, mother's
// maiden name, date of birth, address, phone, SSN, MRN) is checked and sent as an onboarding
// project's test submission, right, with badly formatted PHI fields, and in forms the reader
// refuses. The answers these routes give to their own caller (the check report, the stored
// submission and its report, the project's events, the change feed) are kept for the scan:
// they may carry masked values only. The submission content route returns the file as sent
// and is the one answer not scanned.

#include "hl7testmessage.h"
#include "phileakflows.h"

#include <QDate>

namespace izdesk::test::flows {

// The clean VXU of the HL7 tests with the canary patient in PID and NK1.
inline TestMessage canaryVxu(const LeakCanaries &c)
{
    TestMessage m = TestMessage::cleanVxu();
    const QByteArray dob = QDate::fromString(c.dob, Qt::ISODate).toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray address = c.street.toUtf8() + "^^Saint Paul^MN^" + c.zip.toUtf8() + "^USA^P";
    m.set("PID", 3, c.mrn.toUtf8() + "^^^MYCLINIC^MR");
    m.set("PID", 5, c.last.toUtf8() + '^' + c.given.toUtf8() + '^' + c.middle.toUtf8() + "^^^^L");
    m.set("PID", 6, c.motherMaiden.toUtf8() + "^^^^^^M");
    m.set("PID", 7, dob);
    m.set("PID", 11, address);
    m.set("PID", 13, "^PRN^PH^^^" + c.phone.left(3).toUtf8() + '^' + c.phone.mid(3).toUtf8());
    m.set("PID", 19, c.ssn.toUtf8());
    m.set("NK1", 2, c.last.toUtf8() + '^' + c.givenTwin.toUtf8() + "^^^^^L");
    m.set("NK1", 4, address);
    return m;
}

// The same patient with every PHI field in a form the checker reports (the finding's value
// must be masked): an ISO date of birth, a typed phone, a dashed SSN with a digit too many,
// the name in one component and an address without its state.
inline TestMessage badlyFormattedVxu(const LeakCanaries &c)
{
    TestMessage m = canaryVxu(c);
    m.set("PID", 5, c.fullName().toUtf8());
    m.set("PID", 7, c.dob.toUtf8());
    m.set("PID", 11, c.street.toUtf8() + "^^^" + c.middle.toUtf8());
    m.set("PID", 13, c.phoneTyped.toUtf8() + "^XYZ^" + c.motherMaiden.toUtf8());
    m.set("PID", 19, c.ssn.left(3).toUtf8() + '-' + c.ssn.mid(3, 2).toUtf8() + '-' + c.ssn.mid(5).toUtf8() + '7');
    m.set("PID", 29, c.wrongDob.toUtf8());
    return m;
}

// Bodies the reader cannot read as a message: no MSH, a letter as the field separator, a
// caller's note before MSH, an MLLP frame cut short.
inline QList<QByteArray> unreadableHl7(const LeakCanaries &c)
{
    const QByteArray clean = canaryVxu(c).er7();
    QByteArray noMsh = clean.mid(clean.indexOf('\r') + 1);
    QByteArray letterSeparator = clean;
    letterSeparator[3] = 'Q';
    const QByteArray note
        = QStringLiteral("Patient %1, born %2, SSN %3\r").arg(c.fullName(), c.usDob(), c.ssn).toUtf8();
    return {noMsh, letterSeparator, note + clean, "\x0b" + clean.left(clean.size() / 2)};
}

// Sends one body to /hl7/check and, when `project` is set, as a submission; keeps the
// answers for the scan and returns the submission ids.
inline QList<qint64> checkAndSubmit(LeakSession &s, qint64 project, const QByteArray &body, const char *what)
{
    LeakClient &h = *s.client;
    const RawHttp::Headers name{{"IZ-Filename", "leak-test.hl7"}};
    const auto checked
        = s.expect(200, h.call("POST", "/api/v1/hl7/check", body, s.specialist, name, "application/hl7-v2"), what);
    s.answers.append({QStringLiteral("HL7 check of the %1").arg(QLatin1String(what)), checked.body});
    if (project == 0)
        return {};
    const QByteArray path = s.path("/api/v1/onboarding/projects/%1/submissions", project);
    const auto stored = s.expect(201, h.call("POST", path, body, s.specialist, name, "application/hl7-v2"), what);
    s.answers.append({QStringLiteral("submission of the %1").arg(QLatin1String(what)), stored.body});
    return {stored.object().value(QStringLiteral("id")).toInteger()};
}

// A project in test_transport: an organization registered in the queue, invited, its plan
// agreed and passed. Its id, 0 when a step failed (noted in s.unexpected).
inline qint64 submittingProject(LeakSession &s)
{
    LeakClient &h = *s.client;
    const auto org
        = s.expect(201,
                   h.json("POST", "/api/v1/organizations",
                          {{u"name"_j, u"Heron Pediatrics"_j},
                           {u"type"_j, u"provider"_j},
                           {u"facilities"_j,
                            QJsonArray{QJsonObject{{u"name"_j, u"Heron East"_j}, {u"phone"_j, u"(410) 555-0177"_j}}}}},
                          s.specialist),
                   "onboarding organization");
    const qint64 orgId = org.object().value(QStringLiteral("id")).toInteger();
    const auto entry = s.expect(
        201,
        h.json("POST", "/api/v1/onboarding/queue",
               {{u"organization_id"_j, orgId}, {u"reporting_method"_j, u"electronic"_j}, {u"transport"_j, u"soap"_j}},
               s.specialist),
        "queue entry");
    const qint64 entryId = entry.object().value(QStringLiteral("id")).toInteger();
    const auto invited = s.expect(
        201, h.call("POST", s.path("/api/v1/onboarding/queue/%1/invite", entryId), "{}", s.supervisor), "invitation");
    const qint64 project = invited.object().value(QStringLiteral("id")).toInteger();
    const QByteArray base = s.path("/api/v1/onboarding/projects/%1", project);
    s.expect(200,
             h.json("POST", base + "/plan", {{u"agreed_on"_j, QDate::currentDate().addDays(1).toString(Qt::ISODate)}},
                    s.supervisor),
             "agreed plan");
    s.expect(200, h.json("POST", base + "/advance", {{u"stage"_j, u"plan"_j}}, s.supervisor), "plan passed");
    s.plan.realIds.insert(QStringLiteral("queue/{id}"), QString::number(entryId));
    s.plan.realIds.insert(QStringLiteral("projects/{id}"), QString::number(project));
    return project;
}

// The change feed's cursor after everything committed so far.
inline QByteArray feedCursor(LeakSession &s)
{
    QByteArray cursor = "0";
    for (int page = 0; page < 100; ++page) {
        const auto r = s.client->call("GET", "/api/v1/changes?limit=500&since=" + cursor, {}, s.specialist);
        const QJsonObject o = r.object();
        const QByteArray next = o.value(QStringLiteral("cursor")).toString().toLatin1();
        if (r.status != 200 || o.value(QStringLiteral("items")).toArray().isEmpty() || next == cursor)
            return next.isEmpty() ? cursor : next;
        cursor = next;
    }
    return cursor;
}

inline void hl7(LeakSession &s)
{
    LeakClient &h = *s.client;
    const LeakCanaries &c = s.c;
    const QByteArray cursor = feedCursor(s);
    const qint64 project = submittingProject(s);

    QList<qint64> submissions;
    submissions += checkAndSubmit(s, project, canaryVxu(c).er7(), "canary message");
    submissions += checkAndSubmit(s, project, badlyFormattedVxu(c).er7(), "badly formatted message");
    for (const QByteArray &body : unreadableHl7(c))
        submissions += checkAndSubmit(s, project, body, "unreadable message");

    // Refusals with the patient in the body, the file name and the path.
    const QByteArray vxu = canaryVxu(c).er7();
    s.expect(415, h.call("POST", "/api/v1/hl7/check", vxu, s.specialist, {}, "application/json"), "HL7 as JSON");
    s.expect(422,
             h.call("POST", "/api/v1/hl7/check", vxu, s.specialist,
                    {{"IZ-Filename", E::enc(QStringLiteral("vxu/%1 %2.hl7").arg(c.fullName(), c.dob))}},
                    "application/hl7-v2"),
             "file name with a folder");
    s.expect(400, h.call("POST", "/api/v1/hl7/check", {}, s.specialist, {{"Content-Type", "application/hl7-v2"}}, {}),
             "empty HL7 body");
    s.expect(401, h.call("POST", "/api/v1/hl7/check", vxu, {}, {}, "application/hl7-v2"), "HL7 check, no session");
    s.expect(404,
             h.call("POST", "/api/v1/onboarding/projects/" + E::enc(c.mrn) + "/submissions", vxu, s.specialist, {},
                    "application/hl7-v2"),
             "submission to a project named by MRN");
    s.expect(
        404,
        h.call("POST", "/api/v1/onboarding/projects/999999/submissions", vxu, s.specialist, {}, "application/hl7-v2"),
        "submission to no project");

    // What the desk reads back: reports with masked values, the trend, the events, the feed.
    for (const qint64 id : std::as_const(submissions))
        s.answers.append(
            {QStringLiteral("submission %1 with its report").arg(id),
             s.expect(200, h.call("GET", s.path("/api/v1/onboarding/submissions/%1", id), {}, s.specialist),
                      "submission report")
                 .body});
    const QByteArray base = s.path("/api/v1/onboarding/projects/%1", project);
    for (const QByteArray &tail : {QByteArray("/submissions"), QByteArray("/events"), QByteArray()})
        s.answers.append({QStringLiteral("GET project") + QString::fromLatin1(tail),
                          s.expect(200, h.call("GET", base + tail, {}, s.specialist), "project read").body});
    s.answers.append(
        {QStringLiteral("change feed after the HL7 flows"),
         s.expect(200, h.call("GET", "/api/v1/changes?limit=500&since=" + cursor, {}, s.specialist), "change feed")
             .body});

    // The content route gives the file back as sent: the canaries went in.
    if (!submissions.isEmpty()) {
        const auto content = s.expect(
            200,
            h.call("GET", s.path("/api/v1/onboarding/submissions/%1/content", submissions.first()), {}, s.specialist),
            "submission content");
        if (content.body != vxu)
            s.unexpected << QStringLiteral("the submission content is not the file as sent");
        s.plan.realIds.insert(QStringLiteral("submissions/{id}"), QString::number(submissions.first()));
    }
    s.hl7Submissions = int(submissions.size());
}

} // namespace izdesk::test::flows
