#include "verification/releasehandlers.h"

#include "http/jsonbody.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "idempotency/idempotentwrite.h"
#include "patients/patientaccesspolicy.h"
#include "patients/patientreader.h"
#include "storage/sqlutil.h"
#include "ticket.h"
#include "verification/disclosurestore.h"
#include "verification/patientfacts.h"
#include "verification/releasegate.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

std::optional<qint64> pathId(const RequestContext &ctx, const char *name)
{
    bool ok = false;
    const qint64 id = ctx.request().pathParams.value(QLatin1String(name)).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString fullName(const QJsonObject &patient)
{
    QStringList parts;
    for (const char *key : {"first_name", "middle_name", "last_name", "suffix"}) {
        const QString part = patient.value(QLatin1String(key)).toString().trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

// What is released: the summary plus the history, or for compliance_only the dose count per
// vaccine group (no dates, lots or providers).
bool releasedRecord(RequestContext &ctx, qint64 patientId, const QString &scope, QJsonObject *out)
{
    PatientReader reader(ctx.db(), ctx.dialect());
    const auto summaries = reader.summaries({patientId});
    const auto detail = reader.detail(patientId, true);
    if (!summaries || !detail || detail->isEmpty())
        return false;
    out->insert(QStringLiteral("patient"), summaries->value(patientId));
    out->insert(QStringLiteral("scope"), scope);
    const QJsonArray immunizations = detail->value(QStringLiteral("immunizations")).toArray();
    if (scope == QLatin1String("compliance_only")) {
        QMap<QString, int> doses;
        for (const QJsonValue &v : immunizations) {
            const QJsonObject i = v.toObject();
            QString group = i.value(QStringLiteral("vaccine_group")).toString();
            if (group.isEmpty())
                group = i.value(QStringLiteral("vaccine_name")).toString();
            if (group.isEmpty())
                group = QStringLiteral("CVX ") + i.value(QStringLiteral("cvx")).toString();
            doses[group] += 1;
        }
        QJsonArray compliance;
        for (auto it = doses.cbegin(); it != doses.cend(); ++it)
            compliance.append(
                QJsonObject{{QStringLiteral("vaccine_group"), it.key()}, {QStringLiteral("doses"), it.value()}});
        out->insert(QStringLiteral("compliance"), compliance);
    } else {
        out->insert(QStringLiteral("immunizations"), immunizations);
    }
    return true;
}

struct Facility
{
    QString name, address, phone;
};

std::optional<Facility> facility(RequestContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT name, address, phone FROM facilities WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q))
        return std::nullopt;
    if (!q.next())
        return Facility{};
    return Facility{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

// The server picks the recipient from what is on file; the request cannot name one.
// *problem is set when there is nothing on file to address it to.
bool addressedTo(RequestContext &ctx, const VerificationAttempt &a, const QString &method, const QJsonObject &patient,
                 QJsonObject *out, QString *problem)
{
    QString name = fullName(patient);
    if (a.callerType == QLatin1String("guardian"))
        name = QStringLiteral("Parent or guardian of ") + name;
    QStringList lines;
    std::optional<Facility> site;
    if (a.facilityId) {
        site = facility(ctx, *a.facilityId);
        if (!site)
            return false;
    }
    if (method == QLatin1String("mail")) {
        const QJsonObject address = patient.value(QStringLiteral("address")).toObject();
        if (address.value(QStringLiteral("street")).toString().isEmpty()) {
            *problem = QStringLiteral("there is no current address on file to mail the record to");
            return true;
        }
        lines << address.value(QStringLiteral("street")).toString()
              << QStringLiteral("%1, %2 %3")
                     .arg(address.value(QStringLiteral("city")).toString(),
                          address.value(QStringLiteral("state")).toString(),
                          address.value(QStringLiteral("zip")).toString());
    } else if (method == QLatin1String("fax")) {
        if (!site || site->phone.isEmpty()) {
            *problem = QStringLiteral("there is no verified facility fax or phone on file to send the record to");
            return true;
        }
        name = site->name;
        if (!site->address.isEmpty())
            lines << site->address;
        lines << QStringLiteral("Fax: ") + site->phone;
    } else {
        if (site)
            name = site->name;
        lines << QStringLiteral("At the help desk");
    }
    *out = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("lines"), QJsonArray::fromStringList(lines)}};
    return true;
}

QString recipientLine(const QJsonObject &addressed)
{
    QStringList parts{addressed.value(QStringLiteral("name")).toString()};
    for (const QJsonValue &l : addressed.value(QStringLiteral("lines")).toArray())
        parts << l.toString();
    return parts.join(QStringLiteral(", "));
}

std::optional<qint64> recordDisclosure(RequestContext &ctx, const ReleaseGate::Decision &d, qint64 ticketId,
                                       qint64 patientId, const QString &method, const QString &recipient)
{
    DisclosureStore::Disclosure row;
    row.patientId = patientId;
    row.ticketId = ticketId;
    row.attemptId = d.attempt.id;
    row.callerType = d.attempt.callerType;
    row.method = method;
    row.recipient = recipient;
    row.scope = d.attempt.scope;
    row.disclosedById = ctx.principal().userId;
    row.disclosedAt = ctx.now();
    const auto id = DisclosureStore(ctx.db(), ctx.dialect()).record(row);
    if (!id)
        return std::nullopt;
    const QJsonObject detail{{QStringLiteral("ticket_id"), ticketId},
                             {QStringLiteral("attempt_id"), d.attempt.id},
                             {QStringLiteral("disclosure_id"), *id},
                             {QStringLiteral("caller_type"), d.attempt.callerType},
                             {QStringLiteral("scope"), d.attempt.scope}};
    if (!ctx.audit(QStringLiteral("release.") + method, QStringLiteral("patient"), QString::number(patientId), detail))
        return std::nullopt;
    return id;
}

} // namespace

namespace ReleaseHandlers {

HttpResponse history(RequestContext &ctx)
{
    const auto ticketId = pathId(ctx, "tid");
    const auto patientId = pathId(ctx, "pid");
    if (!ticketId || !patientId)
        return Problem::notFound(QStringLiteral("no such ticket or patient"));
    QSqlDatabase db = ctx.db();
    if (!beginWriteTransaction(db, ctx.dialect()))
        return Problem::internal();
    const auto finish = [&db](HttpResponse response) {
        // A denial commits too: its audit row must stay.
        if (response.status >= 500 || !db.commit()) {
            db.rollback();
            return response.status >= 500 ? response : Problem::internal();
        }
        return response;
    };
    const QString method = QStringLiteral("read");
    const ReleaseGate::Decision decision = ReleaseGate::check(ctx, *ticketId, *patientId, method);
    if (const auto refusal = ReleaseGate::refusal(ctx, decision, *ticketId, *patientId, method))
        return finish(*refusal);
    QJsonObject body;
    if (!releasedRecord(ctx, *patientId, decision.attempt.scope, &body))
        return finish(Problem::internal());
    const QString recipient = QStringLiteral("Read to the verified caller (%1) on ticket %2")
                                  .arg(decision.attempt.callerType)
                                  .arg(*ticketId);
    const auto disclosureId = recordDisclosure(ctx, decision, *ticketId, *patientId, method, recipient);
    if (!disclosureId)
        return finish(Problem::internal());
    body.insert(QStringLiteral("verification_id"), decision.attempt.id);
    body.insert(QStringLiteral("disclosure_id"), *disclosureId);
    return finish(HttpResponse::json(200, body));
}

HttpResponse release(RequestContext &ctx)
{
    const auto ticketId = pathId(ctx, "tid");
    const auto patientId = pathId(ctx, "pid");
    if (!ticketId || !patientId)
        return Problem::notFound(QStringLiteral("no such ticket or patient"));
    auto parsed = parseJsonObject(ctx.request());
    if (auto *problem = std::get_if<HttpResponse>(&parsed))
        return *problem;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QString method = body.value(QStringLiteral("method")).toString();
    QList<FieldError> errors;
    if (method != QLatin1String("mail") && method != QLatin1String("fax") && method != QLatin1String("print"))
        errors.append({QStringLiteral("method"), QStringLiteral("must be one of: mail, fax, print")});
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("method"))
            errors.append(
                {it.key(), QStringLiteral("unknown field: the server addresses the record from what is on file")});
    if (!errors.isEmpty())
        return Problem::validation(errors);
    // Denials are answered (and audited) outside the write, which would roll back their audit.
    const ReleaseGate::Decision first = ReleaseGate::check(ctx, *ticketId, *patientId, method);
    if (const auto refusal = ReleaseGate::refusal(ctx, first, *ticketId, *patientId, method))
        return *refusal;
    return IdempotentWrite::run(ctx, [&]() -> HttpResponse {
        const ReleaseGate::Decision d = ReleaseGate::check(ctx, *ticketId, *patientId, method);
        if (d.kind != ReleaseGate::Decision::Kind::Allowed)
            return d.kind == ReleaseGate::Decision::Kind::Error
                       ? Problem::internal()
                       : Problem::make(403, QStringLiteral("verification-required"),
                                       QStringLiteral("Caller verification required"), d.detail);
        QJsonObject out;
        if (!releasedRecord(ctx, *patientId, d.attempt.scope, &out))
            return Problem::internal();
        QJsonObject addressed;
        QString problem;
        if (!addressedTo(ctx, d.attempt, method, out.value(QStringLiteral("patient")).toObject(), &addressed, &problem))
            return Problem::internal();
        if (!problem.isEmpty())
            return Problem::conflict(problem);
        const auto disclosureId = recordDisclosure(ctx, d, *ticketId, *patientId, method, recipientLine(addressed));
        if (!disclosureId)
            return Problem::internal();
        out.insert(QStringLiteral("disclosure_id"), *disclosureId);
        out.insert(QStringLiteral("method"), method);
        out.insert(QStringLiteral("addressed_to"), addressed);
        out.insert(QStringLiteral("released_at"), toIsoUtc(ctx.now()));
        out.insert(QStringLiteral("released_by"), ctx.principal().username);
        out.insert(QStringLiteral("ticket_id"), *ticketId);
        out.insert(QStringLiteral("verification_id"), d.attempt.id);
        return HttpResponse::json(201, out);
    });
}

HttpResponse disclosures(RequestContext &ctx)
{
    const auto patientId = pathId(ctx, "pid");
    const auto notFound = [&ctx, &patientId] {
        return PatientAccessPolicy::refuse(ctx, QStringLiteral("disclosures.read"), QStringLiteral("patient"),
                                           patientId ? QString::number(*patientId) : QString(),
                                           QStringLiteral("not_found"),
                                           Problem::notFound(QStringLiteral("no such patient")));
    };
    if (!patientId)
        return notFound();
    const auto facts = PatientFacts::load(ctx.db(), *patientId);
    if (!facts)
        return Problem::internal();
    if (!facts->found)
        return notFound();
    QJsonArray items;
    if (!DisclosureStore(ctx.db(), ctx.dialect()).listForPatient(*patientId, 500, &items))
        return Problem::internal();
    if (!ctx.audit(QStringLiteral("disclosures.read"), QStringLiteral("patient"), QString::number(*patientId),
                   QJsonObject{{QStringLiteral("returned"), items.size()}}))
        return Problem::internal();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace ReleaseHandlers
} // namespace izdesk::server
