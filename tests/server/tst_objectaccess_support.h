#pragma once

// Set-up for tst_objectaccess: the verification fixture (specialist, supervisor, admin, the
// patients a caller asks about, a clinic and a school) plus a second specialist ("jchen") who
// has no business with the first one's tickets, a duplicate pair of visible records, a
// sharing-locked duplicate of the locked record that a supervisor merges, and audit readers.

#include "duplicates/duplicatedetector.h"
#include "mergetestdata.h"
#include "tst_verification_support.h"

#include <QJsonDocument>

namespace izdesk::test {

class ObjectAccessFixture : public VerificationFixture
{
public:
    std::unique_ptr<HttpTestClient> other; // specialist "jchen"
    qint64 specialistId = 0;
    qint64 dupLow = 0, dupHigh = 0, pairId = 0;
    qint64 lockedTwin = 0;  // a sharing-locked duplicate of "locked", merged into it
    qint64 hiddenMerge = 0; // that merge: both sides sharing-locked

    bool startAll(QString *error)
    {
        if (!start(error)
            || !server->addStaffUser(QStringLiteral("jchen"), QStringLiteral("Jamie Chen"),
                                     QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"), error))
            return false;
        other = std::make_unique<HttpTestClient>(server->baseUrl());
        if (!signInAll())
            return false;
        specialistId = specialist->get(QStringLiteral("/api/v1/me")).object().value(QStringLiteral("id")).toInteger();
        auto &database = server->app()->database();
        const auto visible = [](const QString &first) {
            PatientInput p;
            p.first = first;
            p.last = QStringLiteral("Castellanos");
            p.dob = QDate(2018, 11, 2);
            p.sex = QStringLiteral("F");
            p.addresses << PatientInput::Address{QStringLiteral("home"), QStringLiteral("9 Birch Ct"),
                                                 QStringLiteral("Saint Paul"), QStringLiteral("MN"),
                                                 QStringLiteral("55405")};
            p.phones << PatientInput::Phone{QStringLiteral("home"), QStringLiteral("612-555-0117")};
            return p;
        };
        PatientInput twin;
        twin.first = QStringLiteral("Lena");
        twin.last = QStringLiteral("Locke");
        twin.dob = QDate(2013, 6, 6);
        twin.sex = QStringLiteral("F");
        twin.owningFacility = QStringLiteral("CLINIC01");
        twin.consents << PatientInput::Consent{QStringLiteral("sharing_lock"), QDate(2023, 2, 1),
                                               QStringLiteral("letter")};
        const auto a = insertPatient(database, visible(QStringLiteral("Marisol")), {}, error);
        const auto b = a ? insertPatient(database, visible(QStringLiteral("Marisoll")), {}, error) : std::nullopt;
        const auto t = b ? insertPatient(database, twin, {}, error) : std::nullopt;
        if (!t)
            return false;
        dupLow = *a;
        dupHigh = *b;
        lockedTwin = *t;
        izdesk::server::DuplicateDetector detector(database.connection(), database.dialect(), *now);
        if (!detector.scan()) {
            *error = QStringLiteral("duplicate scan failed");
            return false;
        }
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT id FROM duplicate_candidates WHERE low_id = ? AND high_id = ?"));
        q.addBindValue(dupLow);
        q.addBindValue(dupHigh);
        pairId = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        const auto merged = supervisor->post(
            QStringLiteral("/api/v1/patients/%1/merge").arg(patients.value(QStringLiteral("locked"))),
            QJsonObject{{QStringLiteral("source"), lockedTwin},
                        {QStringLiteral("reason"), QStringLiteral("same child")}});
        hiddenMerge = merged.object().value(QStringLiteral("id")).toInteger();
        if (pairId == 0 || merged.status != 201) {
            *error = QStringLiteral("set-up: pair %1, merge %2").arg(pairId).arg(merged.status);
            return false;
        }
        return true;
    }

    bool signInAll()
    {
        return signIn() && other->login(QStringLiteral("jchen"), QStringLiteral("izdesk-specialist")).status == 201;
    }

    qint64 ticketBy(HttpTestClient &client)
    {
        return client
            .post(QStringLiteral("/api/v1/tickets"),
                  QJsonObject{{QStringLiteral("subject"), QStringLiteral("Records request")},
                              {QStringLiteral("category"), QStringLiteral("records_request")}})
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    // The newest audit row id: audit rows written after it are "new".
    qint64 auditMark()
    {
        QSqlQuery q(server->app()->database().connection());
        return q.exec(QStringLiteral("SELECT MAX(id) FROM audit_events")) && q.next() ? q.value(0).toLongLong() : 0;
    }

    struct AuditRow
    {
        QString action, entityType, entityId;
        QJsonObject detail;
        QString text; // the whole row, to look for PHI in
    };

    QList<AuditRow> auditSince(qint64 mark, const QString &action = {})
    {
        QList<AuditRow> out;
        QSqlQuery q(server->app()->database().connection());
        q.prepare(QStringLiteral("SELECT action, entity_type, entity_id, detail FROM audit_events WHERE id > ? "
                                 "ORDER BY id"));
        q.addBindValue(mark);
        if (!q.exec())
            return out;
        while (q.next()) {
            AuditRow r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), QString()};
            r.text = QStringList{r.action, r.entityType, r.entityId, q.value(3).toString()}.join(QLatin1Char(' '));
            if (action.isEmpty() || r.action == action)
                out << r;
        }
        return out;
    }

    qint64 maxId(const QString &table)
    {
        QSqlQuery q(server->app()->database().connection());
        return q.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : 0;
    }

    // A problem answer without "instance" (the path): what two refusals must have in common.
    static QJsonObject problemBody(const HttpTestClient::Response &r)
    {
        QJsonObject o = r.object();
        o.remove(QStringLiteral("instance"));
        return o;
    }

    // Names, dates of birth, streets and phones of every record on file: none may appear in a
    // refusal or in an audit row.
    static QStringList phi()
    {
        return {QStringLiteral("Lena"),     QStringLiteral("Locke"),  QStringLiteral("2013-06-06"),
                QStringLiteral("Olga"),     QStringLiteral("Hidden"), QStringLiteral("1985-05-05"),
                QStringLiteral("Liam"),     QStringLiteral("Nguyen"), QStringLiteral("2019-02-14"),
                QStringLiteral("Keeper"),   QStringLiteral("O'Neil"), QStringLiteral("Castellanos"),
                QStringLiteral("Elm St"),   QStringLiteral("Birch"),  QStringLiteral("555-0123"),
                QStringLiteral("555-0199"), QStringLiteral("Marisol")};
    }

    static QString phiIn(const QString &text)
    {
        for (const QString &p : phi())
            if (text.contains(p))
                return p;
        return {};
    }
};

} // namespace izdesk::test
