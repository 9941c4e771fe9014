// IisUserStore::apply: what a create or PATCH body may set on an IIS user, each field checked
// with an error that names it.

#include "accounts/iisuserstore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace izdesk::server {

namespace {

// username, given and family name, e-mail, phone and role.
void applyIdentity(const QJsonObject &body, bool create, IisUserStore::User *u, QStringList *changed,
                   QList<FieldError> *errors)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
    const auto text = [&](const QString &key, QString *target, int max, bool required) {
        if (!body.contains(key)) {
            if (create && required)
                errors->append({key, QStringLiteral("is required")});
            return;
        }
        const QJsonValue v = body.value(key);
        if (!v.isString() || v.toString().trimmed().size() > max || (required && v.toString().trimmed().isEmpty())) {
            errors->append({key, QStringLiteral("must be text of %1 to %2 characters").arg(required ? 1 : 0).arg(max)});
            return;
        }
        *target = v.toString().trimmed();
        changed->append(key);
    };
    if (body.contains(QStringLiteral("username")) || create) {
        const QString name = body.value(QStringLiteral("username")).toString();
        if (!usernamePattern.match(name).hasMatch())
            errors->append({QStringLiteral("username"), QStringLiteral("must be 3 to 64 letters, digits or . _ @ -")});
        else {
            u->username = name;
            changed->append(QStringLiteral("username"));
        }
    }
    text(QStringLiteral("given_name"), &u->givenName, 100, true);
    text(QStringLiteral("family_name"), &u->familyName, 100, true);
    text(QStringLiteral("email"), &u->email, 254, false);
    text(QStringLiteral("phone"), &u->phone, 40, false);
    if (body.contains(QStringLiteral("email")) && !u->email.isEmpty() && !u->email.contains(QLatin1Char('@')))
        errors->append({QStringLiteral("email"), QStringLiteral("must be an e-mail address")});
    if (body.contains(QStringLiteral("role")) || create) {
        const QString role = body.value(QStringLiteral("role")).toString();
        if (!IisUserStore::roles().contains(role))
            errors->append({QStringLiteral("role"), QStringLiteral("must be one of: %1").arg(IisUserStore::roles().join(QStringLiteral(", ")))});
        else {
            u->role = role;
            changed->append(QStringLiteral("role"));
        }
    }
}

// external_id, ticket_id (on create), site_ids and last_login_at.
void applyLinks(const QJsonObject &body, bool create, IisUserStore::User *u, QList<qint64> *siteIds,
                QStringList *changed, QList<FieldError> *errors)
{
    if (body.contains(QStringLiteral("external_id"))) {
        const QJsonValue v = body.value(QStringLiteral("external_id"));
        if (!v.isNull() && (!v.isString() || v.toString().size() > 200))
            errors->append({QStringLiteral("external_id"), QStringLiteral("must be text of at most 200 characters or null")});
        else {
            u->externalId = v.toString();
            changed->append(QStringLiteral("external_id"));
        }
    }
    if (create && body.contains(QStringLiteral("ticket_id"))) {
        const QJsonValue v = body.value(QStringLiteral("ticket_id"));
        if (!v.isNull() && (!v.isDouble() || v.toInteger() <= 0))
            errors->append({QStringLiteral("ticket_id"), QStringLiteral("must be a ticket id or null")});
        else if (!v.isNull())
            u->ticketId = v.toInteger();
    }
    if (body.contains(QStringLiteral("site_ids")) || create) {
        const QJsonValue v = body.value(QStringLiteral("site_ids"));
        const QJsonArray a = v.toArray();
        bool valid = v.isArray() && !a.isEmpty() && a.size() <= 50;
        QList<qint64> ids;
        for (const QJsonValue &e : a) {
            valid = valid && e.isDouble() && e.toInteger() > 0;
            if (!ids.contains(e.toInteger()))
                ids << e.toInteger();
        }
        if (!valid)
            errors->append({QStringLiteral("site_ids"), QStringLiteral("must list 1 to 50 facility ids")});
        else {
            *siteIds = ids;
            changed->append(QStringLiteral("site_ids"));
        }
    }
    // The IIS reports logins (nightly file or its own API); the desk records the latest so the
    // inactivity rule of the sweep can act on it.
    if (body.contains(QStringLiteral("last_login_at"))) {
        const QDateTime t = QDateTime::fromString(body.value(QStringLiteral("last_login_at")).toString(), Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() != Qt::UTC)
            errors->append({QStringLiteral("last_login_at"), QStringLiteral("must be a UTC timestamp like 2026-03-02T15:00:00Z")});
        else {
            u->lastLoginAt = t;
            changed->append(QStringLiteral("last_login_at"));
        }
    }
}

} // namespace

QList<FieldError> IisUserStore::apply(const QJsonObject &body, bool create, User *u, QList<qint64> *siteIds,
                                      QStringList *changed)
{
    QList<FieldError> errors;
    applyIdentity(body, create, u, changed, &errors);
    applyLinks(body, create, u, siteIds, changed, &errors);
    if (body.contains(QStringLiteral("status")) && !statuses().contains(body.value(QStringLiteral("status")).toString()))
        errors.append({QStringLiteral("status"), QStringLiteral("must be one of: %1").arg(statuses().join(QStringLiteral(", ")))});
    if (body.contains(QStringLiteral("inactive_reason")) && !body.value(QStringLiteral("inactive_reason")).isString())
        errors.append({QStringLiteral("inactive_reason"), QStringLiteral("must be text")});
    static const QStringList known{QStringLiteral("username"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                                   QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("role"),
                                   QStringLiteral("external_id"), QStringLiteral("ticket_id"), QStringLiteral("site_ids"),
                                   QStringLiteral("status"), QStringLiteral("inactive_reason"), QStringLiteral("last_login_at")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()) || (!create && it.key() == QLatin1String("ticket_id")))
            errors.append({it.key(), QStringLiteral("is not a field you can set here")});
    }
    return errors;
}

} // namespace izdesk::server
