#pragma once

// Shared set-up for the verification tests: a server with a fake clock, staff of each role,
// patients of every kind a caller asks about (adult, minors with a listed guardian, a
// sharing-locked record owned by a clinic, a protected record, a full opt-out), a provider
// clinic and a school with IIS user accounts, and helpers to run a verification.

#include "httptestclient.h"
#include "patients/patientinput.h"
#include "patients/patientwriter.h"
#include "serverapp.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace izdesk::test {

using izdesk::server::ImmunizationInput;
using izdesk::server::PatientInput;

class VerificationFixture
{
public:
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
    std::unique_ptr<TestServer> server;
    std::unique_ptr<HttpTestClient> specialist;
    std::unique_ptr<HttpTestClient> supervisor;
    QHash<QString, qint64> patients;
    QHash<QString, qint64> facilities;

    bool start(QString *error)
    {
        TestServer::Options options;
        options.seedDemo = false;
        options.clock = [n = now] { return *n; };
        server = std::make_unique<TestServer>(options);
        if (!server->start(error))
            return false;
        for (const QString &role :
             {QStringLiteral("specialist"), QStringLiteral("supervisor"), QStringLiteral("admin")})
            if (!server->addStaffUser(role, role, role, QStringLiteral("Quiet-Harbour-7391"), error))
                return false;
        if (!insertPatients(error) || !insertAccounts(error))
            return false;
        specialist = std::make_unique<HttpTestClient>(server->baseUrl());
        supervisor = std::make_unique<HttpTestClient>(server->baseUrl());
        return signIn();
    }

    // Moves the fake clock; sessions idle out after 30 minutes, so sign in again.
    bool advance(qint64 seconds)
    {
        *now = now->addSecs(seconds);
        return signIn();
    }

    bool signIn()
    {
        return specialist->login(QStringLiteral("specialist"), QStringLiteral("Quiet-Harbour-7391")).status == 201
               && supervisor->login(QStringLiteral("supervisor"), QStringLiteral("Quiet-Harbour-7391")).status == 201;
    }

    qint64 createTicket()
    {
        const auto r = specialist->post(QStringLiteral("/api/v1/tickets"),
                                        QJsonObject{{QStringLiteral("subject"), QStringLiteral("Records request")},
                                                    {QStringLiteral("category"), QStringLiteral("records_request")}});
        if (r.status != 201)
            qWarning() << "ticket" << r.status << r.raw;
        return r.object().value(QStringLiteral("id")).toInteger();
    }

    HttpTestClient::Response start(qint64 ticket, const QString &callerType, std::optional<qint64> patient)
    {
        QJsonObject body{{QStringLiteral("caller_type"), callerType}};
        if (patient)
            body.insert(QStringLiteral("patient_id"), *patient);
        return specialist->post(QStringLiteral("/api/v1/tickets/%1/verifications").arg(ticket), body);
    }

    HttpTestClient::Response check(qint64 attempt, const QString &factor, const QJsonValue &value)
    {
        return specialist->post(QStringLiteral("/api/v1/verifications/%1/factors").arg(attempt),
                                QJsonObject{{QStringLiteral("factor"), factor}, {QStringLiteral("value"), value}});
    }

    static QJsonObject name(const QString &first, const QString &last)
    {
        return QJsonObject{{QStringLiteral("first"), first}, {QStringLiteral("last"), last}};
    }

    // A guardian verification for the child that passes; returns the attempt id (0 on failure).
    qint64 verifyGuardian(qint64 ticket, const QString &child = QStringLiteral("liam"))
    {
        const auto started = start(ticket, QStringLiteral("guardian"), patients.value(child));
        const qint64 id = started.object().value(QStringLiteral("id")).toInteger();
        const bool liam = child == QLatin1String("liam");
        const QJsonObject childName = liam ? name(QStringLiteral("Liam"), QStringLiteral("Nguyen"))
                                           : name(QStringLiteral("Ava"), QStringLiteral("Nguyen"));
        const QString dob = liam ? QStringLiteral("2019-02-14") : QStringLiteral("2021-03-01");
        check(id, QStringLiteral("full_name"), childName);
        check(id, QStringLiteral("birth_date"), dob);
        check(id, QStringLiteral("phone"), QStringLiteral("612.555.0199"));
        const auto last
            = check(id, QStringLiteral("guardian_listed"), name(QStringLiteral("Thu"), QStringLiteral("Nguyen")));
        return last.object().value(QStringLiteral("attempt")).toObject().value(QStringLiteral("outcome")).toString()
                       == QLatin1String("verified")
                   ? id
                   : 0;
    }

    // A failed guardian attempt (wrong date of birth).
    bool failGuardian(qint64 ticket, const QString &child = QStringLiteral("liam"))
    {
        const auto started = start(ticket, QStringLiteral("guardian"), patients.value(child));
        const qint64 id = started.object().value(QStringLiteral("id")).toInteger();
        const auto r = check(id, QStringLiteral("birth_date"), QStringLiteral("2019-12-31"));
        return r.object().value(QStringLiteral("attempt")).toObject().value(QStringLiteral("outcome")).toString()
               == QLatin1String("failed");
    }

    qint64 verifyProvider(qint64 ticket, const QString &username = QStringLiteral("drjones"),
                          const QString &code = QStringLiteral("CLINIC01"))
    {
        const qint64 id
            = start(ticket, QStringLiteral("provider"), std::nullopt).object().value(QStringLiteral("id")).toInteger();
        check(id, QStringLiteral("iis_username"), username);
        check(id, QStringLiteral("facility_code"), code);
        const auto last = check(id, QStringLiteral("facility_callback"), true);
        return last.object().value(QStringLiteral("attempt")).toObject().value(QStringLiteral("outcome")).toString()
                       == QLatin1String("verified")
                   ? id
                   : 0;
    }

    QStringList auditDetails(const QString &actionPrefix = {})
    {
        QStringList out;
        QSqlQuery q(server->app()->database().connection());
        q.exec(QStringLiteral("SELECT action, detail FROM audit_events ORDER BY id"));
        while (q.next())
            if (q.value(0).toString().startsWith(actionPrefix))
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        return out;
    }

private:
    bool insertPatients(QString *error)
    {
        auto &database = server->app()->database();
        QSqlDatabase db = database.connection();
        izdesk::server::PatientWriter writer(db, database.dialect(), *now);
        db.transaction();
        auto person = [](const QString &first, const QString &last, const QDate &dob) {
            PatientInput p;
            p.first = first;
            p.last = last;
            p.dob = dob;
            p.sex = QStringLiteral("F");
            return p;
        };
        auto home = [](const QString &street, const QString &zip) {
            return PatientInput::Address{QStringLiteral("home"), street, QStringLiteral("Saint Paul"),
                                         QStringLiteral("MN"), zip};
        };
        PatientInput adult = person(QStringLiteral("José"), QStringLiteral("O'Neil-Smith"), QDate(1990, 5, 17));
        adult.addresses << home(QStringLiteral("482 North Oak Street Apt 3"), QStringLiteral("55104-1234"));
        adult.phones << PatientInput::Phone{QStringLiteral("cell"), QStringLiteral("(651) 555-0177")};
        adult.motherMaiden = QStringLiteral("Lindqvist");
        adult.aliases << PatientInput::Name{QStringLiteral("alias"), QStringLiteral("Josefina"), QString(),
                                            QStringLiteral("Garcia")};
        PatientInput liam = person(QStringLiteral("Liam"), QStringLiteral("Nguyen"), QDate(2019, 2, 14));
        liam.addresses << home(QStringLiteral("77 Elm St"), QStringLiteral("55102"));
        liam.phones << PatientInput::Phone{QStringLiteral("home"), QStringLiteral("612-555-0199")};
        liam.guardians << PatientInput::Guardian{QStringLiteral("Thu"), QStringLiteral("Nguyen"), QStringLiteral("MTH"),
                                                 QString()};
        liam.motherMaiden = QStringLiteral("Tran");
        PatientInput ava = liam;
        ava.first = QStringLiteral("Ava");
        ava.dob = QDate(2021, 3, 1);
        PatientInput locked = person(QStringLiteral("Lena"), QStringLiteral("Locke"), QDate(2013, 6, 6));
        locked.phones << PatientInput::Phone{QStringLiteral("home"), QStringLiteral("651-555-0123")};
        locked.guardians << PatientInput::Guardian{QStringLiteral("Mark"), QStringLiteral("Locke"),
                                                   QStringLiteral("FTH"), QString()};
        locked.owningFacility = QStringLiteral("CLINIC01");
        locked.consents << PatientInput::Consent{QStringLiteral("sharing_lock"), QDate(2023, 2, 1),
                                                 QStringLiteral("letter")};
        PatientInput prot = person(QStringLiteral("Pat"), QStringLiteral("Keeper"), QDate(1980, 1, 1));
        prot.addresses << home(QStringLiteral("10 Hill Rd"), QStringLiteral("55105"));
        prot.consents << PatientInput::Consent{QStringLiteral("protection"), QDate(2024, 1, 1),
                                               QStringLiteral("PD1-12")};
        PatientInput optOut = person(QStringLiteral("Olga"), QStringLiteral("Hidden"), QDate(1985, 5, 5));
        optOut.consents << PatientInput::Consent{QStringLiteral("full_opt_out"), QDate(2023, 1, 1),
                                                 QStringLiteral("form OPT-1")};
        const QList<QPair<QString, PatientInput>> all{
            {QStringLiteral("adult"), adult},    {QStringLiteral("liam"), liam},
            {QStringLiteral("ava"), ava},        {QStringLiteral("locked"), locked},
            {QStringLiteral("protected"), prot}, {QStringLiteral("optout"), optOut}};
        for (const auto &[key, input] : all) {
            const auto id = writer.insert(input, error);
            if (!id) {
                db.rollback();
                return false;
            }
            patients.insert(key, *id);
        }
        for (const QString &key :
             {QStringLiteral("liam"), QStringLiteral("adult"), QStringLiteral("locked"), QStringLiteral("protected")}) {
            ImmunizationInput dtap;
            dtap.cvx = QStringLiteral("20");
            dtap.mvx = QStringLiteral("PMC");
            dtap.lot = QStringLiteral("L123");
            dtap.date = QDate(2019, 6, 3);
            ImmunizationInput mmr;
            mmr.cvx = QStringLiteral("03");
            mmr.mvx = QStringLiteral("MSD");
            mmr.date = QDate(2020, 4, 5);
            if (!writer.insertImmunization(patients.value(key), dtap, error)
                || !writer.insertImmunization(patients.value(key), mmr, error)) {
                db.rollback();
                return false;
            }
        }
        if (!writer.flush(error)) {
            db.rollback();
            return false;
        }
        return db.commit();
    }

    bool exec(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error)
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!izdesk::server::execQuery(q)) {
            *error = sql;
            return false;
        }
        return true;
    }

    qint64 idOf(QSqlDatabase db, const QString &sql, const QString &key)
    {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    bool insertAccounts(QString *error)
    {
        auto &database = server->app()->database();
        QSqlDatabase db = database.connection();
        const QVariant at = izdesk::server::toDbTimestamp(*now, database.dialect());
        const QString org = QStringLiteral("INSERT INTO organizations (name, type, created_at) VALUES (?, ?, ?)");
        if (!exec(db, org, {QStringLiteral("North Clinic"), QStringLiteral("provider"), at}, error)
            || !exec(db, org, {QStringLiteral("Maple Elementary"), QStringLiteral("school"), at}, error))
            return false;
        const QString orgId = QStringLiteral("SELECT id FROM organizations WHERE name = ?");
        const QString fac = QStringLiteral(
            "INSERT INTO facilities (organization_id, name, facility_code, phone, address) VALUES (?, ?, ?, ?, ?)");
        if (!exec(db, fac,
                  {idOf(db, orgId, QStringLiteral("North Clinic")), QStringLiteral("North Clinic Main"),
                   QStringLiteral("CLINIC01"), QStringLiteral("(555) 010-2000"),
                   QStringLiteral("1 Clinic Way, Saint Paul, MN 55101")},
                  error)
            || !exec(db, fac,
                     {idOf(db, orgId, QStringLiteral("North Clinic")), QStringLiteral("North Clinic East"),
                      QStringLiteral("CLINIC02"), QStringLiteral("(555) 010-2100"), QStringLiteral("")},
                     error)
            || !exec(db, fac,
                     {idOf(db, orgId, QStringLiteral("Maple Elementary")), QStringLiteral("Maple Elementary"),
                      QStringLiteral("SCH001"), QStringLiteral("(555) 010-3000"), QStringLiteral("")},
                     error))
            return false;
        const QString facId = QStringLiteral("SELECT id FROM facilities WHERE facility_code = ?");
        for (const QString &code : {QStringLiteral("CLINIC01"), QStringLiteral("CLINIC02"), QStringLiteral("SCH001")})
            facilities.insert(code, idOf(db, facId, code));
        const QString user = QStringLiteral(
            "INSERT INTO iis_users (username, given_name, family_name, role, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        const QString link = QStringLiteral("INSERT INTO iis_user_sites (iis_user_id, facility_id) VALUES (?, ?)");
        const QString userId = QStringLiteral("SELECT id FROM iis_users WHERE username = ?");
        struct U
        {
            const char *name;
            const char *role;
            const char *status;
            const char *site;
        };
        const U users[] = {{"drjones", "data_entry", "active", "CLINIC01"},
                           {"oldnurse", "data_entry", "inactive", "CLINIC01"},
                           {"eastnurse", "data_entry", "active", "CLINIC02"},
                           {"nurse_kim", "school_user", "active", "SCH001"},
                           {"clerk", "data_entry", "active", "SCH001"}};
        for (const U &u : users) {
            const QString name = QLatin1String(u.name);
            if (!exec(db, user,
                      {name, QStringLiteral("Given"), QStringLiteral("Family"), QLatin1String(u.role),
                       QLatin1String(u.status), at, at},
                      error)
                || !exec(db, link, {idOf(db, userId, name), facilities.value(QLatin1String(u.site))}, error))
                return false;
        }
        return true;
    }
};

} // namespace izdesk::test
