#pragma once

// Drives the API for the leak test: a client that keeps every error answer (status 400 and
// up: its headers and problem body) for the scan, learns every secret a success answer
// hands out (session tokens, temporary credentials) as a new canary, and a sweep that calls
// every route of the server's own route table with canaries in the path, the query string
// and the body, with and without a valid session, as a role that may and one that may not.

#include "leakscan.h"
#include "rawhttp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace izdesk::test {

class LeakClient
{
public:
    struct Exchange
    {
        QByteArray method, target;
        int status = 0;
        QByteArray headers, body;
    };
    struct Route
    {
        QByteArray method;
        QString pattern, permission;
    };

    LeakClient(const QUrl &base, leaks::CanarySet *canaries)
        : m_http(QHostAddress(base.host()), quint16(base.port()))
        , m_canaries(canaries)
    {
    }

    RawHttp::Response call(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                           const QByteArray &token = {}, RawHttp::Headers headers = {},
                           const QByteArray &contentType = "application/json")
    {
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        if (!body.isEmpty() && !contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const RawHttp::Response r = m_http.send(method, target, body, headers);
        ++requests;
        if (r.status == 0)
            ++unanswered;
        if (r.status >= 400 || r.status == 0) {
            QByteArray head;
            for (const auto &h : r.headers)
                head += h.first + ": " + h.second + '\n';
            errors.append({method, target, r.status, head, r.body});
            statuses[r.status] += 1;
        } else {
            learnSecrets(QJsonDocument::fromJson(r.body).object());
        }
        return r;
    }

    RawHttp::Response json(const QByteArray &method, const QByteArray &target, const QJsonObject &body,
                           const QByteArray &token = {}, const RawHttp::Headers &headers = {})
    {
        return call(method, target, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
    }

    // Sign-in; the token joins the canaries. Empty when refused.
    QByteArray signIn(const QString &username, const QString &password)
    {
        const auto r
            = json("POST", "/api/v1/sessions",
                   QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
        return r.status == 201 ? r.object().value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }

    // Every error answer's problem body and headers, scanned. A 412 carries the resource's
    // current representation (what a GET returns to the same caller, for conflict
    // resolution): that member is left out, the rest of the answer is scanned.
    QList<leaks::Finding> scanErrors() const
    {
        QList<leaks::Finding> out;
        for (const Exchange &e : errors) {
            QByteArray body = e.body;
            if (e.status == 412) {
                QJsonObject o = QJsonDocument::fromJson(body).object();
                o.remove(QStringLiteral("current"));
                body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            const QString source = QStringLiteral("HTTP %1 answer to %2 %3")
                                       .arg(e.status)
                                       .arg(QString::fromLatin1(e.method), QString::fromLatin1(e.target.left(120)));
            out += m_canaries->scan(e.headers + '\n' + body, source);
        }
        return out;
    }

    int requests = 0;
    int unanswered = 0;
    QList<Exchange> errors;
    QMap<int, int> statuses;

private:
    void learnSecrets(const QJsonObject &o)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isObject())
                learnSecrets(it->toObject());
            else if (it.key() == QLatin1String("token"))
                m_canaries->add(QStringLiteral("session or SCIM token"), it->toString(),
                                leaks::CanarySet::Shape::Secret);
            else if (it.key() == QLatin1String("temporary_password"))
                m_canaries->add(QStringLiteral("temporary IIS credential"), it->toString(),
                                leaks::CanarySet::Shape::Secret);
        }
    }

    RawHttp m_http;
    leaks::CanarySet *m_canaries;
};

// What the sweep puts where: canary path segments, a canary query, canary bodies, and the
// real ids and tokens that get a request past the checks in front of a handler.
struct SweepPlan
{
    QStringList pathCanaries;          // already percent-encoded path segments
    QList<QByteArray> queries;         // "a=b&c=d", canary-laden
    QList<QByteArray> bodies;          // JSON (valid and wrongly typed) with canaries
    QList<QByteArray> malformedBodies; // not JSON, or broken JSON, with canaries
    QHash<QString, QString> realIds;   // "tickets/{id}" or "{vid}" → id
    QHash<QString, QByteArray> tokens; // permission → a token that holds it; "" → none
    QByteArray otherRoleToken;         // a role that lacks most permissions
    QList<QByteArray> badTokens;       // revoked, made up
    RawHttp::Headers canaryHeaders;    // Idempotency-Key, If-Match, X-Filename with canaries
    QSet<QString> skipRealIds;         // "METHOD pattern": never with real ids (ends the sweep's session)
};

class RouteSweep
{
public:
    RouteSweep(LeakClient &client, const SweepPlan &plan)
        : m_client(client)
        , m_plan(plan)
    {
    }

    // Calls the route in every way the plan allows; returns the statuses it answered with.
    QSet<int> drive(const LeakClient::Route &route)
    {
        QSet<int> statuses;
        const auto send = [this, &statuses](const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                            const QByteArray &token, const RawHttp::Headers &headers = {},
                                            const QByteArray &type = "application/json") {
            statuses.insert(m_client.call(method, target, body, token, headers, type).status);
        };
        const QByteArray token = m_plan.tokens.value(route.permission);
        const bool writes = route.method != "GET" && route.method != "DELETE";
        const QByteArray &firstBody = m_plan.bodies.value(0);
        int n = 0;
        for (const QString &canary : m_plan.pathCanaries) {
            const QByteArray query = m_plan.queries.value(n++ % m_plan.queries.size());
            const QByteArray target = fill(route.pattern, canary) + '?' + query;
            send(route.method, target, writes ? firstBody : QByteArray(), {}, m_plan.canaryHeaders);
            if (!token.isEmpty())
                send(route.method, target, writes ? firstBody : QByteArray(), token, m_plan.canaryHeaders);
        }
        const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
        if (m_plan.skipRealIds.contains(key))
            return statuses;
        const QByteArray real = fillReal(route.pattern);
        for (const QByteArray &bad : m_plan.badTokens)
            send(route.method, real + '?' + m_plan.queries.value(0), writes ? firstBody : QByteArray(), bad);
        for (const QByteArray &query : m_plan.queries) {
            const QByteArray target = real + '?' + query;
            if (!writes) {
                send(route.method, target, {}, token, m_plan.canaryHeaders);
                continue;
            }
            for (const QByteArray &body : m_plan.bodies)
                send(route.method, target, body, token, m_plan.canaryHeaders);
        }
        if (writes) {
            for (const QByteArray &body : m_plan.malformedBodies)
                send(route.method, real, body, token, m_plan.canaryHeaders);
            send(route.method, real, m_plan.malformedBodies.value(0), token, m_plan.canaryHeaders,
                 "text/plain; charset=utf-8");
        }
        if (!m_plan.otherRoleToken.isEmpty())
            send(route.method, real + '?' + m_plan.queries.value(0), writes ? firstBody : QByteArray(),
                 m_plan.otherRoleToken, m_plan.canaryHeaders);
        return statuses;
    }

    // "GET /api/v1/tickets/{id} desk_read" lines, as `izdesk-server routes` prints them.
    static QList<LeakClient::Route> parseRoutes(const QByteArray &listing)
    {
        QList<LeakClient::Route> out;
        for (const QByteArray &line : listing.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3 && parts.at(1).startsWith('/'))
                out.append({parts.at(0), QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2))});
        }
        return out;
    }

private:
    static QByteArray fill(const QString &pattern, const QString &value)
    {
        static const QRegularExpression param(QStringLiteral("\\{[a-z]+\\}"));
        return QString(pattern).replace(param, value).toUtf8();
    }

    // Each {param} by the id of an object of the kind the path segment before it names.
    QByteArray fillReal(const QString &pattern) const
    {
        const QStringList segments = pattern.split(QLatin1Char('/'));
        QStringList out;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString s = segments.at(i);
            if (!s.startsWith(QLatin1Char('{'))) {
                out << s;
                continue;
            }
            const QString scoped = segments.value(i - 1) + QLatin1Char('/') + s;
            out << m_plan.realIds.value(scoped, m_plan.realIds.value(s, QStringLiteral("1")));
        }
        return out.join(QLatin1Char('/')).toUtf8();
    }

    LeakClient &m_client;
    const SweepPlan &m_plan;
};

} // namespace izdesk::test
