// Object-level authorization over real HTTP, on SQLite and PostgreSQL. tst_accessmatrix proves
// which roles may call a route; this proves that a role that may call it still reaches only the
// objects the rules allow: opted-out and sharing-locked records are never found by a specialist
// (search, read, ticket routes, links) and every refusal is audited without PHI; a
// verification is worked only by the staff member who started it (or a supervisor); a release
// needs a passed, unexpired verification for that patient on that ticket; a claimed duplicate
// pair is decided and merged only by its claimant and the refusal names who holds it; ids
// guessed by counting up give uniform answers without data; a specialist assigns tickets only
// to themself; a route a role may not call at all is refused and audited too.

#include "tst_objectaccess_support.h"

using izdesk::test::HttpTestClient;
using izdesk::test::ObjectAccessFixture;

class TstObjectAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchNeverFindsHiddenRecords();
    void hiddenRecordReadsLikeAMissingOne();
    void ticketRoutesHideSharingLockedRecords();
    void disclosuresOfAnOptedOutRecord();
    void linkingAHiddenPatientIsRefused();
    void verificationIsWorkedByItsStarter();
    void releaseNeedsAPassedVerification_data();
    void releaseNeedsAPassedVerification();
    void claimedPairIsHeldByItsClaimant();
    void guessedPatientIdsOnTicketRoutes();
    void guessedVerificationIds();
    void guessedMergeIds();
    void specialistAssignsOnlyThemself();
    void expiredVerificationReleasesNothing();
    void roleRefusalIsAudited();
    void cleanupTestCase();

private:
    HttpTestClient::Response history(HttpTestClient &c, qint64 ticket, qint64 patient)
    {
        return c.get(QStringLiteral("/api/v1/tickets/%1/patients/%2/history").arg(ticket).arg(patient));
    }
    HttpTestClient::Response release(HttpTestClient &c, qint64 ticket, qint64 patient, const QString &method)
    {
        return c.post(QStringLiteral("/api/v1/tickets/%1/patients/%2/releases").arg(ticket).arg(patient),
                      QJsonObject{{QStringLiteral("method"), method}});
    }
    qint64 patient(const char *key) const { return f.patients.value(QLatin1String(key)); }
    // Every audit row since the mark is free of PHI.
    void noPhiInAudit(qint64 mark)
    {
        for (const auto &row : f.auditSince(mark))
            QVERIFY2(ObjectAccessFixture::phiIn(row.text).isEmpty(), qPrintable(row.text));
    }

    ObjectAccessFixture f;
    QHash<QString, qint64> m_tickets; // prepared for the release cases
    qint64 m_verifiedLiam = 0;        // ticket with a passed guardian verification for liam
};

void TstObjectAccess::initTestCase()
{
    QString error;
    QVERIFY2(f.startAll(&error), qPrintable(error));
    for (const char *name : {"none", "in_progress", "failed", "referred", "ava_only"})
        m_tickets.insert(QLatin1String(name), f.createTicket());
    m_verifiedLiam = f.createTicket();
    const qint64 open
        = f.start(m_tickets.value(QStringLiteral("in_progress")), QStringLiteral("guardian"), patient("liam"))
              .object()
              .value(QStringLiteral("id"))
              .toInteger();
    QCOMPARE(
        f.check(open, QStringLiteral("full_name"), f.name(QStringLiteral("Liam"), QStringLiteral("Nguyen"))).status,
        200);
    QVERIFY(f.failGuardian(m_tickets.value(QStringLiteral("failed"))));
    const qint64 referred
        = f.start(m_tickets.value(QStringLiteral("referred")), QStringLiteral("guardian"), patient("liam"))
              .object()
              .value(QStringLiteral("id"))
              .toInteger();
    QCOMPARE(f.specialist->post(QStringLiteral("/api/v1/verifications/%1/refer").arg(referred), QJsonObject{}).status,
             200);
    QVERIFY(f.verifyGuardian(m_tickets.value(QStringLiteral("ava_only")), QStringLiteral("ava")) > 0);
    QVERIFY(f.verifyGuardian(m_verifiedLiam) > 0);
}

void TstObjectAccess::roleRefusalIsAudited()
{
    const qint64 mark = f.auditMark();
    const qint64 target = f.specialistId;
    const auto refused = f.specialist->post(QStringLiteral("/api/v1/staff-accounts/%1/disable").arg(target), QJsonObject{});
    QCOMPARE(refused.status, 403);
    const auto denied = f.auditSince(mark, QStringLiteral("access.denied"));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().entityType, QStringLiteral("route"));
    QCOMPARE(denied.first().entityId, QStringLiteral("/api/v1/staff-accounts/{id}/disable"));
    QCOMPARE(denied.first().detail.value(QStringLiteral("reason")).toString(), QStringLiteral("role"));
    QCOMPARE(denied.first().detail.value(QStringLiteral("permission")).toString(), QStringLiteral("staff_administration"));
    // The account was not touched: the specialist still works.
    QCOMPARE(f.specialist->get(QStringLiteral("/api/v1/me")).status, 200);
    noPhiInAudit(mark);
}

void TstObjectAccess::cleanupTestCase()
{
    f.server.reset();
}

void TstObjectAccess::searchNeverFindsHiddenRecords()
{
    const QStringList queries{QStringLiteral("q=Lena%20Locke%2006/06/2013"), QStringLiteral("q=651-555-0123"),
                              QStringLiteral("first=Lena&last=Locke&dob=2013-06-06"),
                              QStringLiteral("q=Olga%20Hidden%2005/05/1985"),
                              QStringLiteral("first=Olga&last=Hidden&dob=1985-05-05")};
    const QSet<qint64> hidden{patient("locked"), patient("optout"), f.lockedTwin};
    bool supervisorSawLocked = false;
    for (const QString &query : queries) {
        const auto mine = f.specialist->get(QStringLiteral("/api/v1/patients?") + query);
        QCOMPARE(mine.status, 200);
        for (const auto &item : mine.object().value(QStringLiteral("items")).toArray())
            QVERIFY2(!hidden.contains(item.toObject().value(QStringLiteral("id")).toInteger()), qPrintable(query));
        QVERIFY2(!mine.raw.contains("Locke") && !mine.raw.contains("Olga"), qPrintable(query));
        // Supervisors handle the owning provider's requests: they see the sharing lock, never the opt-out.
        const auto theirs = f.supervisor->get(QStringLiteral("/api/v1/patients?") + query);
        for (const auto &item : theirs.object().value(QStringLiteral("items")).toArray()) {
            QVERIFY(item.toObject().value(QStringLiteral("id")).toInteger() != patient("optout"));
            supervisorSawLocked
                = supervisorSawLocked || item.toObject().value(QStringLiteral("id")).toInteger() == patient("locked");
        }
    }
    QVERIFY(supervisorSawLocked);
}

void TstObjectAccess::hiddenRecordReadsLikeAMissingOne()
{
    const qint64 mark = f.auditMark();
    const auto missing = f.specialist->get(QStringLiteral("/api/v1/patients/999999"));
    QCOMPARE(missing.status, 404);
    for (const qint64 id : {patient("locked"), patient("optout")}) {
        const auto r = f.specialist->get(QStringLiteral("/api/v1/patients/%1").arg(id));
        QCOMPARE(r.status, 404);
        QCOMPARE(ObjectAccessFixture::problemBody(r), ObjectAccessFixture::problemBody(missing));
    }
    QCOMPARE(f.supervisor->get(QStringLiteral("/api/v1/patients/%1").arg(patient("locked"))).status, 200);
    QCOMPARE(f.supervisor->get(QStringLiteral("/api/v1/patients/%1").arg(patient("optout"))).status, 404);
    // Each refusal leaves a trace, so someone walking ids is seen.
    QSet<QString> refused;
    for (const auto &row : f.auditSince(mark, QStringLiteral("access.denied")))
        if (row.detail.value(QStringLiteral("action")).toString() == QLatin1String("patient.read"))
            refused << row.entityId;
    QCOMPARE(refused, (QSet<QString>{QStringLiteral("999999"), QString::number(patient("locked")),
                                     QString::number(patient("optout"))}));
    noPhiInAudit(mark);
}

void TstObjectAccess::ticketRoutesHideSharingLockedRecords()
{
    const qint64 mark = f.auditMark();
    const qint64 ticket = m_tickets.value(QStringLiteral("none"));
    const auto missing = history(*f.specialist, ticket, 999999);
    QCOMPARE(missing.status, 404);
    // Unverified: the locked and the opted-out record answer exactly like a missing one.
    for (const qint64 id : {patient("locked"), patient("optout")}) {
        QCOMPARE(ObjectAccessFixture::problemBody(history(*f.specialist, ticket, id)),
                 ObjectAccessFixture::problemBody(missing));
        const auto r = release(*f.specialist, ticket, id, QStringLiteral("print"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QStringLiteral("no such patient"));
    }
    // Another clinic's provider is verified: still nothing about the locked record for a specialist.
    const qint64 east = f.createTicket();
    QVERIFY(f.verifyProvider(east, QStringLiteral("eastnurse"), QStringLiteral("CLINIC02")) > 0);
    QCOMPARE(ObjectAccessFixture::problemBody(history(*f.specialist, east, patient("locked"))),
             ObjectAccessFixture::problemBody(history(*f.specialist, east, 999999)));
    QCOMPARE(history(*f.specialist, east, patient("liam")).status, 200);
    // A supervisor sees the record, so is told why it is not released.
    const auto told = history(*f.supervisor, east, patient("locked"));
    QCOMPARE(told.status, 403);
    QCOMPARE(told.object().value(QStringLiteral("detail")).toString(),
             QStringLiteral("this record is protected: a supervisor must release it"));
    // The owning clinic's provider: released.
    const qint64 owner = f.createTicket();
    QVERIFY(f.verifyProvider(owner) > 0);
    const auto released = history(*f.specialist, owner, patient("locked"));
    QCOMPARE(released.status, 200);
    QCOMPARE(released.object().value(QStringLiteral("immunizations")).toArray().size(), 2);
    // Every refusal audited as release.denied, the hidden ones too.
    const auto denied = f.auditSince(mark, QStringLiteral("release.denied"));
    QCOMPARE(denied.size(), 8);
    noPhiInAudit(mark);
}

void TstObjectAccess::disclosuresOfAnOptedOutRecord()
{
    const qint64 mark = f.auditMark();
    const auto missing = f.supervisor->get(QStringLiteral("/api/v1/patients/999999/disclosures"));
    const auto optout = f.supervisor->get(QStringLiteral("/api/v1/patients/%1/disclosures").arg(patient("optout")));
    QCOMPARE(optout.status, 404);
    QCOMPARE(ObjectAccessFixture::problemBody(optout), ObjectAccessFixture::problemBody(missing));
    const auto locked = f.supervisor->get(QStringLiteral("/api/v1/patients/%1/disclosures").arg(patient("locked")));
    QCOMPARE(locked.status, 200); // supervisors keep the accounting of sharing-locked records
    QCOMPARE(f.auditSince(mark, QStringLiteral("access.denied")).size(), 2);
    noPhiInAudit(mark);
}

void TstObjectAccess::linkingAHiddenPatientIsRefused()
{
    const qint64 ticket = f.createTicket();
    const QString links = QStringLiteral("/api/v1/tickets/%1/links").arg(ticket);
    const auto link = [&](HttpTestClient &c, qint64 id) {
        return c.post(links, QJsonObject{{QStringLiteral("kind"), QStringLiteral("patient")},
                                         {QStringLiteral("target"), QString::number(id)}});
    };
    const auto missing = link(*f.specialist, 999999);
    QCOMPARE(missing.status, 422);
    for (const qint64 id : {patient("optout"), patient("locked")})
        QCOMPARE(ObjectAccessFixture::problemBody(link(*f.specialist, id)), ObjectAccessFixture::problemBody(missing));
    QCOMPARE(link(*f.supervisor, patient("locked")).status, 201);
    QCOMPARE(link(*f.supervisor, patient("optout")).status, 422);
    QCOMPARE(link(*f.specialist, patient("liam")).status, 201);
}

void TstObjectAccess::verificationIsWorkedByItsStarter()
{
    const qint64 ticket = f.createTicket();
    const auto started = f.start(ticket, QStringLiteral("self"), patient("adult"));
    QCOMPARE(started.status, 201);
    const qint64 id = started.object().value(QStringLiteral("id")).toInteger();
    const QString factors = QStringLiteral("/api/v1/verifications/%1/factors").arg(id);
    const QString refer = QStringLiteral("/api/v1/verifications/%1/refer").arg(id);
    const QJsonObject dob{{QStringLiteral("factor"), QStringLiteral("birth_date")},
                          {QStringLiteral("value"), QStringLiteral("1990-05-17")}};
    const qint64 mark = f.auditMark();
    for (const auto &r : {f.other->post(factors, dob), f.other->post(refer, QJsonObject{})}) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("https://izdesk.invalid/problems/forbidden"));
        QVERIFY2(
            r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("started by specialist")),
            r.raw.constData());
        QVERIFY(!r.object().contains(QStringLiteral("factors")));
    }
    // Nothing changed on the attempt.
    const auto list = f.specialist->get(QStringLiteral("/api/v1/tickets/%1/verifications").arg(ticket));
    const QJsonObject attempt = list.object().value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(attempt.value(QStringLiteral("outcome")).toString(), QStringLiteral("in_progress"));
    QVERIFY(attempt.value(QStringLiteral("factors")).toArray().isEmpty());
    const auto denied = f.auditSince(mark, QStringLiteral("access.denied"));
    QCOMPARE(denied.size(), 2);
    for (const auto &row : denied)
        QCOMPARE(row.entityId, QString::number(id));
    // The one who started it works it; a supervisor may take the call over.
    QCOMPARE(f.specialist->post(factors, dob).status, 200);
    const auto taken = f.supervisor->post(refer, QJsonObject{});
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.object().value(QStringLiteral("outcome")).toString(), QStringLiteral("referred"));
    noPhiInAudit(mark);
}

void TstObjectAccess::releaseNeedsAPassedVerification_data()
{
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("method");
    for (const char *method : {"history", "mail", "print"})
        for (const char *ticket : {"none", "in_progress", "failed", "referred", "ava_only"})
            QTest::addRow("%s, %s", ticket, method) << QString::fromLatin1(ticket) << QString::fromLatin1(method);
}

void TstObjectAccess::releaseNeedsAPassedVerification()
{
    QFETCH(QString, ticket);
    QFETCH(QString, method);
    const qint64 t = m_tickets.value(ticket);
    const qint64 mark = f.auditMark();
    // Liam has a passed verification, but on another ticket: it does not travel.
    const auto r = method == QLatin1String("history") ? history(*f.specialist, t, patient("liam"))
                                                      : release(*f.specialist, t, patient("liam"), method);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(),
             QStringLiteral("no passed verification for this patient on ticket %1").arg(t));
    QVERIFY(!r.object().contains(QStringLiteral("patient")));
    QVERIFY(ObjectAccessFixture::phiIn(QString::fromUtf8(r.raw)).isEmpty());
    QCOMPARE(f.auditSince(mark, QStringLiteral("release.denied")).size(), 1);
    QCOMPARE(f.auditSince(mark, QStringLiteral("release.")
                                    + (method == QLatin1String("history") ? QStringLiteral("read") : method))
                 .size(),
             0);
}

void TstObjectAccess::claimedPairIsHeldByItsClaimant()
{
    const QString pair = QStringLiteral("/api/v1/duplicates/%1").arg(f.pairId);
    QCOMPARE(f.specialist->post(pair + QStringLiteral("/claim"), QJsonObject{}).status, 200);
    const QString merge = QStringLiteral("/api/v1/patients/%1/merge").arg(f.dupLow);
    const QJsonObject apply{{QStringLiteral("source"), f.dupHigh}, {QStringLiteral("reason"), QStringLiteral("same")}};
    const qint64 mark = f.auditMark();
    const QList<HttpTestClient::Response> refused{
        f.other->post(pair + QStringLiteral("/not-duplicate"),
                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("cousins")}}),
        f.other->post(pair + QStringLiteral("/claim"), QJsonObject{}), f.other->post(merge, apply),
        f.supervisor->post(pair + QStringLiteral("/not-duplicate"),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("twins")}})};
    for (const auto &r : refused) {
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object().value(QStringLiteral("claimed_by")).toInteger(), f.specialistId);
        QCOMPARE(r.object().value(QStringLiteral("claimed_by_username")).toString(), QStringLiteral("specialist"));
        QVERIFY2(
            r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("claimed by specialist")),
            r.raw.constData());
    }
    QCOMPARE(f.auditSince(mark, QStringLiteral("access.denied")).size(), refused.size());
    // Looking is not deciding: the preview is open to the second reviewer.
    QJsonObject preview = apply;
    preview.insert(QStringLiteral("preview"), true);
    QCOMPARE(f.other->post(merge, preview).status, 200);
    const auto still = f.specialist->get(pair);
    QCOMPARE(still.object().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(still.object().value(QStringLiteral("claimed_by")).toInteger(), f.specialistId);
    QCOMPARE(f.specialist->post(merge, apply).status, 201);
    noPhiInAudit(mark);
}

void TstObjectAccess::guessedPatientIdsOnTicketRoutes()
{
    // jchen's own ticket, no verification on it: counting up through patient ids finds nothing.
    const qint64 ticket = f.ticketBy(*f.other);
    const qint64 mark = f.auditMark();
    const auto missing = ObjectAccessFixture::problemBody(history(*f.other, ticket, 999999));
    const QSet<qint64> hidden{patient("locked"), patient("optout"), f.lockedTwin};
    const qint64 last = f.maxId(QStringLiteral("patients")) + 2;
    int requests = 1;
    for (qint64 id = 1; id <= last; ++id) {
        for (const auto &r : {history(*f.other, ticket, id), release(*f.other, ticket, id, QStringLiteral("mail"))}) {
            ++requests;
            QVERIFY2(r.status == 403 || r.status == 404, qPrintable(QString::number(id)));
            QVERIFY2(ObjectAccessFixture::phiIn(QString::fromUtf8(r.raw)).isEmpty(), r.raw.constData());
            if (r.status == 404 || hidden.contains(id)) {
                QCOMPARE(ObjectAccessFixture::problemBody(r).value(QStringLiteral("detail")),
                         missing.value(QStringLiteral("detail")));
                QCOMPARE(r.status, 404);
            } else {
                QCOMPARE(r.object().value(QStringLiteral("detail")).toString(),
                         QStringLiteral("no passed verification for this patient on ticket %1").arg(ticket));
            }
        }
    }
    QCOMPARE(f.auditSince(mark, QStringLiteral("release.denied")).size(), requests);
    noPhiInAudit(mark);
}

void TstObjectAccess::guessedVerificationIds()
{
    // jchen started none of them: each answer is a refusal or "no such verification".
    const qint64 last = f.maxId(QStringLiteral("verification_attempts"));
    QVERIFY(last > 5);
    const auto missing = f.other->post(QStringLiteral("/api/v1/verifications/999999/refer"), QJsonObject{});
    QCOMPARE(missing.status, 404);
    for (qint64 id = 1; id <= last + 2; ++id) {
        const QString base = QStringLiteral("/api/v1/verifications/%1/").arg(id);
        const QJsonObject factor{{QStringLiteral("factor"), QStringLiteral("birth_date")},
                                 {QStringLiteral("value"), QStringLiteral("2019-02-14")}};
        for (const auto &r : {f.other->post(base + QStringLiteral("factors"), factor),
                              f.other->post(base + QStringLiteral("refer"), QJsonObject{})}) {
            QVERIFY2(id <= last ? r.status == 403 : r.status == 404, qPrintable(base + QString::number(r.status)));
            QVERIFY(!r.object().contains(QStringLiteral("factors")) && !r.object().contains(QStringLiteral("attempt")));
            QVERIFY2(ObjectAccessFixture::phiIn(QString::fromUtf8(r.raw)).isEmpty(), r.raw.constData());
        }
    }
}

void TstObjectAccess::guessedMergeIds()
{
    const auto missing = f.specialist->get(QStringLiteral("/api/v1/merges/999999"));
    QCOMPARE(missing.status, 404);
    const qint64 last = f.maxId(QStringLiteral("patient_merges"));
    QVERIFY(last >= 2); // the supervisor's merge of two locked records, the specialist's of the pair
    for (qint64 id = 1; id <= last; ++id) {
        const auto r = f.specialist->get(QStringLiteral("/api/v1/merges/%1").arg(id));
        if (id == f.hiddenMerge)
            QCOMPARE(ObjectAccessFixture::problemBody(r), ObjectAccessFixture::problemBody(missing));
        else
            QCOMPARE(r.status, 200); // every staff role may read merge history of records it can see
    }
    const QString undo = QStringLiteral("/api/v1/merges/%1/unmerge").arg(f.hiddenMerge);
    QCOMPARE(ObjectAccessFixture::problemBody(f.specialist->post(undo, QJsonObject{})),
             ObjectAccessFixture::problemBody(
                 f.specialist->post(QStringLiteral("/api/v1/merges/999999/unmerge"), QJsonObject{})));
    const auto locked = f.specialist->get(QStringLiteral("/api/v1/patients/%1/merges").arg(patient("locked")));
    QCOMPARE(locked.status, 404);
    QCOMPARE(ObjectAccessFixture::problemBody(locked),
             ObjectAccessFixture::problemBody(f.specialist->get(QStringLiteral("/api/v1/patients/999999/merges"))));
    // Supervisors see sharing-locked records, and so their merges; the merge still stands.
    const auto theirs = f.supervisor->get(QStringLiteral("/api/v1/merges/%1").arg(f.hiddenMerge));
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.object().value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QCOMPARE(f.supervisor->get(QStringLiteral("/api/v1/patients/%1/merges").arg(patient("locked")))
                 .object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             1);
}

void TstObjectAccess::specialistAssignsOnlyThemself()
{
    const auto created = f.specialist->post(QStringLiteral("/api/v1/tickets"),
                                            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Assign")},
                                                        {QStringLiteral("category"), QStringLiteral("other")}});
    QCOMPARE(created.status, 201);
    const QString path
        = QStringLiteral("/api/v1/tickets/%1").arg(created.object().value(QStringLiteral("id")).toInteger());
    QByteArray etag = created.header("ETag");
    const auto patch = [&](HttpTestClient &c, const QJsonValue &assignee) {
        const auto r
            = c.request("PATCH", path, QJsonObject{{QStringLiteral("assignee"), assignee}}, {{"If-Match", etag}});
        if (r.status == 200)
            etag = r.header("ETag");
        return r.status;
    };
    QCOMPARE(patch(*f.specialist, QStringLiteral("jchen")), 403);
    QCOMPARE(patch(*f.specialist, QStringLiteral("specialist")), 200);
    QCOMPARE(patch(*f.other, QJsonValue()), 403);                 // someone else's: not unassigned
    QCOMPARE(patch(*f.other, QStringLiteral("supervisor")), 403); // nor handed on
    QCOMPARE(patch(*f.specialist, QJsonValue()), 200);            // one's own: unassigned
    QCOMPARE(patch(*f.supervisor, QStringLiteral("jchen")), 200);
    QCOMPARE(patch(*f.specialist, QJsonValue()), 403);
    const auto now = f.specialist->get(path);
    QCOMPARE(now.object().value(QStringLiteral("assignee")).toString(), QStringLiteral("jchen"));
}

void TstObjectAccess::expiredVerificationReleasesNothing()
{
    QCOMPARE(history(*f.specialist, m_verifiedLiam, patient("liam")).status, 200);
    *f.now = f.now->addSecs(31 * 60);
    QVERIFY(f.signInAll());
    const qint64 mark = f.auditMark();
    for (const auto &r : {history(*f.specialist, m_verifiedLiam, patient("liam")),
                          release(*f.specialist, m_verifiedLiam, patient("liam"), QStringLiteral("mail"))}) {
        QCOMPARE(r.status, 403);
        QVERIFY2(r.object()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .startsWith(QStringLiteral("the verification on ticket %1 expired at ").arg(m_verifiedLiam)),
                 r.raw.constData());
        QVERIFY(!r.object().contains(QStringLiteral("immunizations")));
    }
    QCOMPARE(f.auditSince(mark, QStringLiteral("release.denied")).size(), 2);
}

QTEST_GUILESS_MAIN(TstObjectAccess)
#include "tst_objectaccess.moc"
