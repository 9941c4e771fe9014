#include "accounts/iisuserstore.h"

#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

// A null QString binds as SQL NULL; text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonValue ts(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QVariant tsValue(const QDateTime &t, Dialect dialect)
{
    return t.isValid() ? toDbTimestamp(t, dialect) : QVariant(QMetaType::fromType<QString>());
}

const QString kColumns = QStringLiteral(
    "id, username, given_name, family_name, email, phone, role, status, inactive_reason, external_id, ticket_id, "
    "last_login_at, activated_at, inactivated_at, credential_issued_at, scim_deleted_at, created_at, updated_at, version");

} // namespace

const QStringList &IisUserStore::roles()
{
    static const QStringList r{QStringLiteral("view_only"), QStringLiteral("data_entry"), QStringLiteral("inventory"),
                               QStringLiteral("access_administrator"), QStringLiteral("school_user")};
    return r;
}

const QStringList &IisUserStore::statuses()
{
    static const QStringList s{QStringLiteral("requested"), QStringLiteral("pending_agreement"), QStringLiteral("active"),
                               QStringLiteral("inactive")};
    return s;
}

QByteArray IisUserStore::User::etag() const
{
    return "\"iisuser-" + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

QList<qint64> IisUserStore::User::siteIds() const
{
    QList<qint64> ids;
    for (const Site &s : sites)
        ids << s.id;
    return ids;
}

QJsonObject IisUserStore::User::toJson() const
{
    QJsonArray siteArray;
    for (const Site &s : sites)
        siteArray.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                     {QStringLiteral("facility_code"), s.facilityCode}});
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("username"), username);
    o.insert(QStringLiteral("given_name"), givenName);
    o.insert(QStringLiteral("family_name"), familyName);
    o.insert(QStringLiteral("email"), email);
    o.insert(QStringLiteral("phone"), phone);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("inactive_reason"), inactiveReason);
    o.insert(QStringLiteral("inactivated_at"), ts(inactivatedAt));
    o.insert(QStringLiteral("activated_at"), ts(activatedAt));
    o.insert(QStringLiteral("last_login_at"), ts(lastLoginAt));
    o.insert(QStringLiteral("external_id"), externalId.isEmpty() ? QJsonValue() : QJsonValue(externalId));
    o.insert(QStringLiteral("ticket_id"), ticketId ? QJsonValue(*ticketId) : QJsonValue());
    o.insert(QStringLiteral("sites"), siteArray);
    o.insert(QStringLiteral("agreement_status"), agreementStatus);
    o.insert(QStringLiteral("agreement_expires_on"),
             agreementExpiresOn.isValid() ? QJsonValue(agreementExpiresOn.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("credential_issued_at"), ts(credentialIssuedAt));
    o.insert(QStringLiteral("created_at"), ts(createdAt));
    o.insert(QStringLiteral("updated_at"), ts(updatedAt));
    o.insert(QStringLiteral("version"), version);
    return o;
}

IisUserStore::IisUserStore(QSqlDatabase db, Dialect dialect, const AccountsPolicy &policy, const QDate &today)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_policy(policy)
    , m_today(today)
{
}

bool IisUserStore::load(const QString &where, const QVariantList &binds, const QString &tail, QList<User> *out)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM iis_users")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QLatin1Char(' ') + tail);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    QList<User> users;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.givenName = q.value(2).toString();
        u.familyName = q.value(3).toString();
        u.email = q.value(4).toString();
        u.phone = q.value(5).toString();
        u.role = q.value(6).toString();
        u.status = q.value(7).toString();
        u.inactiveReason = q.value(8).toString();
        u.externalId = q.value(9).toString();
        if (!q.value(10).isNull())
            u.ticketId = q.value(10).toLongLong();
        u.lastLoginAt = fromDbTimestamp(q.value(11));
        u.activatedAt = fromDbTimestamp(q.value(12));
        u.inactivatedAt = fromDbTimestamp(q.value(13));
        u.credentialIssuedAt = fromDbTimestamp(q.value(14));
        u.scimDeletedAt = fromDbTimestamp(q.value(15));
        u.createdAt = fromDbTimestamp(q.value(16));
        u.updatedAt = fromDbTimestamp(q.value(17));
        u.version = q.value(18).toInt();
        users << u;
    }
    if (!loadExtras(&users))
        return false;
    out->append(users);
    return true;
}

bool IisUserStore::loadExtras(QList<User> *users)
{
    AgreementStore agreements(m_db, m_dialect, m_policy);
    for (User &u : *users) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT f.id, f.name, f.facility_code FROM iis_user_sites s JOIN facilities f ON f.id = s.facility_id "
                                 "WHERE s.iis_user_id = ? ORDER BY f.id"));
        q.addBindValue(u.id);
        if (!execQuery(q))
            return false;
        while (q.next())
            u.sites.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        if (!agreements.summary(u.id, m_today, &u.agreementStatus, &u.agreementExpiresOn))
            return false;
    }
    return true;
}

std::optional<IisUserStore::User> IisUserStore::find(qint64 id, bool *ok)
{
    QList<User> users;
    *ok = load(QStringLiteral("id = ?"), {id}, QString(), &users);
    if (!*ok || users.isEmpty())
        return std::nullopt;
    return users.constFirst();
}

QString IisUserStore::whereOf(const Filter &filter, QVariantList *binds)
{
    QStringList where;
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("status IN (%1)").arg(QStringList(filter.statuses.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &s : filter.statuses)
            *binds << s;
    }
    if (filter.facilityId) {
        where << QStringLiteral("id IN (SELECT iis_user_id FROM iis_user_sites WHERE facility_id = ?)");
        *binds << *filter.facilityId;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(LOWER(username) LIKE ? OR LOWER(given_name || ' ' || family_name) LIKE ? OR LOWER(email) LIKE ?)");
        const QString like = QLatin1Char('%') + filter.text.toLower() + QLatin1Char('%');
        *binds << like << like << like;
    }
    if (filter.excludeScimDeleted)
        where << QStringLiteral("scim_deleted_at IS NULL");
    const auto eq = [&](const QString &expr, const QString &value) {
        if (!value.isNull()) {
            where << expr + QStringLiteral(" = ?");
            *binds << value.toLower();
        }
    };
    eq(QStringLiteral("LOWER(username)"), filter.username);
    eq(QStringLiteral("LOWER(external_id)"), filter.externalId);
    eq(QStringLiteral("LOWER(given_name || ' ' || family_name)"), filter.displayName);
    eq(QStringLiteral("LOWER(email)"), filter.email);
    return where.join(QStringLiteral(" AND "));
}

bool IisUserStore::list(const Filter &filter, int limit, qint64 afterId, QList<User> *out, bool *hasMore)
{
    QVariantList binds;
    QString where = whereOf(filter, &binds);
    where = (where.isEmpty() ? QString() : where + QStringLiteral(" AND ")) + QStringLiteral("id > ?");
    binds << afterId;
    if (!load(where, binds, QStringLiteral("ORDER BY id LIMIT %1").arg(limit + 1), out))
        return false;
    *hasMore = out->size() > limit;
    if (*hasMore)
        out->removeLast();
    return true;
}

bool IisUserStore::page(const Filter &filter, int offset, int count, QList<User> *out, int *total)
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM iis_users") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!execQuery(q) || !q.next())
        return false;
    *total = q.value(0).toInt();
    if (count == 0)
        return true;
    return load(where, binds, QStringLiteral("ORDER BY id LIMIT %1 OFFSET %2").arg(count).arg(offset), out);
}

bool IisUserStore::usernameTaken(const QString &username, qint64 exceptId, bool *taken)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM iis_users WHERE LOWER(username) = ? AND id <> ?"));
    q.addBindValue(username.toLower());
    q.addBindValue(exceptId);
    if (!execQuery(q))
        return false;
    *taken = q.next();
    return true;
}

bool IisUserStore::facilitiesExist(const QList<qint64> &ids, bool *all)
{
    *all = true;
    for (qint64 id : ids) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM facilities WHERE id = ?"));
        q.addBindValue(id);
        if (!execQuery(q))
            return false;
        if (!q.next())
            *all = false;
    }
    return true;
}

std::optional<qint64> IisUserStore::insert(const User &u, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO iis_users (username, given_name, family_name, email, phone, role, status, "
                             "inactive_reason, external_id, ticket_id, activated_at, inactivated_at, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(u.username));
    q.addBindValue(text(u.givenName));
    q.addBindValue(text(u.familyName));
    q.addBindValue(text(u.email));
    q.addBindValue(text(u.phone));
    q.addBindValue(text(u.role));
    q.addBindValue(text(u.status));
    q.addBindValue(text(u.inactiveReason));
    q.addBindValue(u.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u.externalId));
    q.addBindValue(u.ticketId ? QVariant(*u.ticketId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(tsValue(u.activatedAt, m_dialect));
    q.addBindValue(tsValue(u.inactivatedAt, m_dialect));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    for (const Site &s : u.sites) {
        QSqlQuery site(m_db);
        site.prepare(QStringLiteral("INSERT INTO iis_user_sites (iis_user_id, facility_id) VALUES (?, ?)"));
        site.addBindValue(id);
        site.addBindValue(s.id);
        if (!execQuery(site))
            return std::nullopt;
    }
    return id;
}

bool IisUserStore::update(User *u, const QDateTime &now, bool sitesChanged)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE iis_users SET username = ?, given_name = ?, family_name = ?, email = ?, phone = ?, role = ?, "
                             "status = ?, inactive_reason = ?, external_id = ?, activated_at = ?, inactivated_at = ?, "
                             "scim_deleted_at = ?, last_login_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(text(u->username));
    q.addBindValue(text(u->givenName));
    q.addBindValue(text(u->familyName));
    q.addBindValue(text(u->email));
    q.addBindValue(text(u->phone));
    q.addBindValue(text(u->role));
    q.addBindValue(text(u->status));
    q.addBindValue(text(u->inactiveReason));
    q.addBindValue(u->externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u->externalId));
    q.addBindValue(tsValue(u->activatedAt, m_dialect));
    q.addBindValue(tsValue(u->inactivatedAt, m_dialect));
    q.addBindValue(tsValue(u->scimDeletedAt, m_dialect));
    q.addBindValue(tsValue(u->lastLoginAt, m_dialect));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(u->id);
    if (!execQuery(q))
        return false;
    if (sitesChanged) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM iis_user_sites WHERE iis_user_id = ?"));
        del.addBindValue(u->id);
        if (!execQuery(del))
            return false;
        for (const Site &s : std::as_const(u->sites)) {
            QSqlQuery site(m_db);
            site.prepare(QStringLiteral("INSERT INTO iis_user_sites (iis_user_id, facility_id) VALUES (?, ?)"));
            site.addBindValue(u->id);
            site.addBindValue(s.id);
            if (!execQuery(site))
                return false;
        }
    }
    ++u->version;
    u->updatedAt = now;
    return true;
}

bool IisUserStore::setCredential(qint64 id, const QString &hash, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE iis_users SET credential_hash = ?, credential_issued_at = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(id);
    return execQuery(q) && q.numRowsAffected() == 1;
}

QString IisUserStore::transition(User *u, const QString &newStatus, const QString &reason, const QDateTime &now,
                                 int *httpStatus, bool *ok)
{
    *ok = true;
    if (newStatus == u->status && newStatus != QLatin1String("inactive"))
        return {};
    if (newStatus == QLatin1String("active")) {
        AgreementStore agreements(m_db, m_dialect, m_policy);
        const QDateTime since = u->status == QLatin1String("inactive") ? u->inactivatedAt : QDateTime();
        const QString refusal = agreements.activationRefusal(u->id, m_today, since, ok);
        if (!*ok)
            return {};
        if (!refusal.isEmpty()) {
            *httpStatus = 409;
            return QStringLiteral("cannot activate %1: %2").arg(u->username, refusal);
        }
        u->activatedAt = now;
        u->inactiveReason.clear();
        u->inactivatedAt = QDateTime();
    } else if (newStatus == QLatin1String("inactive")) {
        const QString why = reason.trimmed();
        if (why.isEmpty() || why.size() > 200) {
            *httpStatus = 422;
            return QStringLiteral("inactive_reason: give a reason of 1 to 200 characters");
        }
        if (u->status == QLatin1String("inactive"))
            return {}; // already inactive: keep the first reason and date
        u->inactiveReason = why;
        u->inactivatedAt = now;
    } else {
        u->inactiveReason.clear();
        // A pending account that was once inactive keeps inactivatedAt: reactivating it still
        // needs an agreement recorded after that date.
    }
    u->status = newStatus;
    return {};
}


} // namespace izdesk::server
