#include "routes/worklistroutes.h"

#include "accounts/accountroutesupport.h"
#include "accounts/agreementstore.h"
#include "accounts/iisuserstore.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

namespace izdesk::server {

using namespace accounts;

namespace {

constexpr int kMaxItems = 500;

std::optional<int> daysParam(RequestContext &ctx, int fallback, QString *error)
{
    const QueryParams &query = ctx.request().query;
    if (!query.contains(QStringLiteral("days")))
        return fallback;
    bool ok = false;
    const int days = query.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1 || days > 365) {
        *error = QStringLiteral("days must be a whole number from 1 to 365");
        return std::nullopt;
    }
    return days;
}

// RFC 4180 field: quoted when it holds a comma, quote or line break. A leading = + - @ is
// prefixed with ' so a spreadsheet opening the mail-merge file does not run it as a formula.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

HttpResponse expiringAgreements(RequestContext &ctx)
{
    const AccountsPolicy &p = policy(ctx);
    QString error;
    const auto days = daysParam(ctx, p.expiringDays, &error);
    if (!days)
        return Problem::badRequest(error);
    const QString format = ctx.request().query.value(QStringLiteral("format")).trimmed();
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
        return Problem::badRequest(QStringLiteral("format must be json or csv"));
    const QDate day = today(ctx);
    // Open (not superseded) agreements ending within the window, or already expired, of
    // accounts that still matter (not inactive) and of organizations.
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral(
        "SELECT a.id, COALESCE(a.iis_user_id, 0), COALESCE(a.organization_id, 0) FROM agreements a "
        "LEFT JOIN iis_users u ON u.id = a.iis_user_id "
        "WHERE a.ended_on IS NULL AND a.expires_on <= ? AND (a.organization_id IS NOT NULL OR u.status <> 'inactive') "
        "ORDER BY a.expires_on, a.id LIMIT %1").arg(kMaxItems));
    q.addBindValue(day.addDays(*days).toString(Qt::ISODate));
    if (!execQuery(q))
        return Problem::internal();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    AgreementStore agreements(ctx.db(), ctx.dialect(), p);
    IisUserStore users(ctx.db(), ctx.dialect(), p, day);
    QJsonArray items;
    QStringList csv{QStringLiteral("holder_kind,holder_id,name,email,sites,agreement_kind,version,expires_on,days_left,status")};
    for (qint64 id : std::as_const(ids)) {
        bool ok = false;
        const auto a = agreements.find(id, &ok);
        if (!ok)
            return Problem::internal();
        if (!a)
            continue;
        QJsonObject holder;
        QString name, email, sites;
        if (a->iisUserId) {
            const auto u = users.find(*a->iisUserId, &ok);
            if (!ok || !u)
                return Problem::internal();
            name = u->givenName + QLatin1Char(' ') + u->familyName;
            email = u->email;
            QStringList codes;
            for (const auto &s : u->sites)
                codes << s.facilityCode;
            sites = codes.join(QLatin1Char(';'));
            holder = QJsonObject{{QStringLiteral("kind"), QStringLiteral("iis_user")}, {QStringLiteral("id"), u->id}};
        } else {
            QSqlQuery o(ctx.db());
            o.prepare(QStringLiteral("SELECT name FROM organizations WHERE id = ?"));
            o.addBindValue(*a->organizationId);
            if (!execQuery(o) || !o.next())
                return Problem::internal();
            name = o.value(0).toString();
            holder = QJsonObject{{QStringLiteral("kind"), QStringLiteral("organization")}, {QStringLiteral("id"), *a->organizationId}};
        }
        holder.insert(QStringLiteral("name"), name);
        holder.insert(QStringLiteral("email"), email);
        holder.insert(QStringLiteral("sites"), sites);
        const QJsonObject aj = a->toJson(day, p.expiringDays);
        items.append(QJsonObject{{QStringLiteral("agreement"), aj}, {QStringLiteral("holder"), holder}});
        csv << QStringList{holder.value(QStringLiteral("kind")).toString(), QString::number(holder.value(QStringLiteral("id")).toInteger()),
                           csvField(name), csvField(email), csvField(sites), a->kind, csvField(a->version),
                           a->expiresOn.toString(Qt::ISODate), QString::number(day.daysTo(a->expiresOn)),
                           aj.value(QStringLiteral("status")).toString()}
                   .join(QLatin1Char(','));
    }
    if (format == QLatin1String("csv")) {
        if (!ctx.audit(QStringLiteral("worklist.export"), QStringLiteral("worklist"), QStringLiteral("expiring-agreements"),
                       QJsonObject{{QStringLiteral("rows"), items.size()}}))
            return Problem::internal();
        HttpResponse r;
        r.status = 200;
        r.contentType = "text/csv; charset=utf-8";
        r.body = (csv.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
        r.setHeader("Content-Disposition", "attachment; filename=\"agreement-renewals-" + day.toString(Qt::ISODate).toLatin1() + ".csv\"");
        return r;
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse userWorklist(RequestContext &ctx, const QString &where, const QVariantList &binds, const QString &order)
{
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT id FROM iis_users WHERE ") + where + QStringLiteral(" ORDER BY ") + order
              + QStringLiteral(" LIMIT %1").arg(kMaxItems));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return Problem::internal();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    IisUserStore users(ctx.db(), ctx.dialect(), policy(ctx), today(ctx));
    QJsonArray items;
    for (qint64 id : std::as_const(ids)) {
        bool ok = false;
        const auto u = users.find(id, &ok);
        if (!ok)
            return Problem::internal();
        if (u)
            items.append(u->toJson());
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse pendingRequests(RequestContext &ctx)
{
    return userWorklist(ctx, QStringLiteral("status IN ('requested', 'pending_agreement')"), {}, QStringLiteral("created_at, id"));
}

HttpResponse recentlyInactivated(RequestContext &ctx)
{
    QString error;
    const auto days = daysParam(ctx, 30, &error);
    if (!days)
        return Problem::badRequest(error);
    return userWorklist(ctx, QStringLiteral("status = 'inactive' AND inactivated_at >= ?"),
                        {toDbTimestamp(ctx.now().addDays(-*days), ctx.dialect())}, QStringLiteral("inactivated_at DESC, id DESC"));
}

} // namespace

void registerWorklistRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/worklists/expiring-agreements"), &expiringAgreements);
    router.add("GET", QStringLiteral("/api/v1/worklists/pending-requests"), &pendingRequests);
    router.add("GET", QStringLiteral("/api/v1/worklists/recently-inactivated"), &recentlyInactivated);
}

} // namespace izdesk::server
