#include "routes/scimcall.h"

#include "http/jsonbody.h"
#include "http/queryparams.h"
#include "scim/scimresource.h"

#include <QJsonDocument>

#include <algorithm>

namespace izdesk::server::scimapi {

Handler guarded(ScimHandler handler)
{
    return [handler](RequestContext &ctx) -> HttpResponse {
        const QByteArray value = ctx.request().header("authorization").trimmed();
        if (value.size() < 8 || value.left(7).toLower() != "bearer ")
            return scim::error(401, QString(), QStringLiteral("send a SCIM client token as a Bearer token"));
        QSqlDatabase db = ctx.db();
        if (!db.isOpen())
            return scim::error(500, QString(), QStringLiteral("internal error"));
        const auto client = ScimTokens::authenticate(db, ctx.dialect(), value.mid(7).trimmed(), ctx.now());
        if (!client)
            return scim::error(401, QString(), QStringLiteral("the SCIM token is invalid or revoked"));
        ScimCall call{ctx, *client};
        return handler(call);
    };
}

HttpResponse internalError()
{
    return scim::error(500, QString(), QStringLiteral("internal error"));
}

std::optional<QJsonObject> body(ScimCall &call, HttpResponse *problem)
{
    auto parsed = parseJsonObject(call.ctx.request());
    if (auto *p = std::get_if<HttpResponse>(&parsed)) {
        const QJsonObject o = QJsonDocument::fromJson(p->body).object();
        *problem = scim::error(p->status == 415 ? 415 : 400, p->status == 415 ? QString() : QStringLiteral("invalidSyntax"),
                               o.value(QStringLiteral("detail")).toString());
        return std::nullopt;
    }
    return std::get<QJsonObject>(parsed);
}

std::optional<QList<QPair<QString, QString>>> filterClauses(const QueryParams &query, HttpResponse *problem)
{
    const QString filterText = query.value(QStringLiteral("filter"));
    if (filterText.trimmed().isEmpty())
        return QList<QPair<QString, QString>>();
    QString why;
    auto clauses = scim::parseFilter(filterText, &why);
    if (!clauses)
        *problem = scim::error(400, QStringLiteral("invalidFilter"), why);
    return clauses;
}

void paging(const QueryParams &query, int *startIndex, int *count)
{
    bool ok = false;
    *startIndex = std::max(1, query.value(QStringLiteral("startIndex")).toInt(&ok));
    const int c = query.value(QStringLiteral("count")).toInt(&ok);
    *count = ok ? std::clamp(c, 0, 200) : 100;
}

} // namespace izdesk::server::scimapi
