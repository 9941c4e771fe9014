#include "accounts/facilitystore.h"

#include "storage/sqlutil.h"
#include "tickets/organizationstore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

// A null QString binds as SQL NULL; text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kFacilityColumns = QStringLiteral("id, organization_id, name, facility_code, vfc_pin, phone, fax, address, version");

} // namespace

QByteArray FacilityStore::Facility::etag() const
{
    return "\"facility-" + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

QJsonObject FacilityStore::Facility::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("organization_id"), organizationId);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("facility_code"), facilityCode);
    o.insert(QStringLiteral("vfc_pin"), vfcPin.isEmpty() ? QJsonValue() : QJsonValue(vfcPin));
    o.insert(QStringLiteral("phone"), phone);
    o.insert(QStringLiteral("fax"), fax);
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("access_administrators"), accessAdministrators);
    o.insert(QStringLiteral("version"), version);
    return o;
}

QByteArray FacilityStore::Organization::etag() const
{
    return "\"org-" + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

QJsonObject FacilityStore::Organization::toJson() const
{
    QJsonArray array;
    for (const Facility &f : facilities)
        array.append(f.toJson());
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("facilities"), array);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("updated_at"), updatedAt.isValid() ? QJsonValue(updatedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue());
    return o;
}

FacilityStore::FacilityStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool FacilityStore::loadFacilities(const QString &where, const QVariantList &binds, QList<Facility> *out)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kFacilityColumns + QStringLiteral(" FROM facilities WHERE ") + where
              + QStringLiteral(" ORDER BY id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!execQuery(q))
        return false;
    QList<Facility> list;
    while (q.next()) {
        Facility f;
        f.id = q.value(0).toLongLong();
        f.organizationId = q.value(1).toLongLong();
        f.name = q.value(2).toString();
        f.facilityCode = q.value(3).toString();
        f.vfcPin = q.value(4).toString();
        f.phone = q.value(5).toString();
        f.fax = q.value(6).toString();
        f.address = q.value(7).toString();
        f.version = q.value(8).toInt();
        list << f;
    }
    for (Facility &f : list) {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT u.id, u.username, u.given_name, u.family_name FROM iis_users u "
                                 "JOIN iis_user_sites s ON s.iis_user_id = u.id WHERE s.facility_id = ? "
                                 "AND u.role = 'access_administrator' AND u.status <> 'inactive' ORDER BY u.id"));
        a.addBindValue(f.id);
        if (!execQuery(a))
            return false;
        while (a.next())
            f.accessAdministrators.append(QJsonObject{{QStringLiteral("id"), a.value(0).toLongLong()},
                                                      {QStringLiteral("username"), a.value(1).toString()},
                                                      {QStringLiteral("name"), QString(a.value(2).toString() + QLatin1Char(' ') + a.value(3).toString())}});
    }
    out->append(list);
    return true;
}

bool FacilityStore::organizations(int limit, qint64 afterId, QList<Organization> *out, bool *hasMore)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, type, version, updated_at FROM organizations WHERE id > ? ORDER BY id LIMIT %1")
                  .arg(limit + 1));
    q.addBindValue(afterId);
    if (!execQuery(q))
        return false;
    QList<Organization> list;
    while (q.next()) {
        Organization o;
        o.id = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.type = q.value(2).toString();
        o.version = q.value(3).toInt();
        o.updatedAt = fromDbTimestamp(q.value(4));
        list << o;
    }
    *hasMore = list.size() > limit;
    if (*hasMore)
        list.removeLast();
    for (Organization &o : list) {
        if (!loadFacilities(QStringLiteral("organization_id = ?"), {o.id}, &o.facilities))
            return false;
    }
    out->append(list);
    return true;
}

std::optional<FacilityStore::Organization> FacilityStore::organization(qint64 id, bool *ok)
{
    QList<Organization> list;
    bool hasMore = false;
    *ok = organizations(1, id - 1, &list, &hasMore);
    if (!*ok || list.isEmpty() || list.constFirst().id != id)
        return std::nullopt;
    return list.constFirst();
}

std::optional<FacilityStore::Facility> FacilityStore::facility(qint64 id, bool *ok)
{
    QList<Facility> list;
    *ok = loadFacilities(QStringLiteral("id = ?"), {id}, &list);
    if (!*ok || list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

std::optional<qint64> FacilityStore::insertOrganization(const Organization &o, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO organizations (name, type, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(o.name));
    q.addBindValue(text(o.type));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool FacilityStore::updateOrganization(const Organization &o, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE organizations SET name = ?, type = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(text(o.name));
    q.addBindValue(text(o.type));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    q.addBindValue(o.id);
    return execQuery(q);
}

std::optional<QString> FacilityStore::nextCode(const QString &prefix)
{
    // Only codes of exactly prefix + 5 digits take part, so hand-made codes do not disturb
    // the sequence. Deterministic: the same database gives the same next code.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT facility_code FROM facilities WHERE facility_code LIKE ?"));
    q.addBindValue(QString(prefix + QStringLiteral("%")));
    if (!execQuery(q))
        return std::nullopt;
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(prefix) + QStringLiteral("(\\d{5})$"));
    int highest = 0;
    while (q.next()) {
        const auto m = pattern.match(q.value(0).toString());
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    }
    if (highest >= 99999)
        return std::nullopt;
    return prefix + QStringLiteral("%1").arg(highest + 1, 5, 10, QLatin1Char('0'));
}

bool FacilityStore::codeTaken(const QString &code, bool *taken)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM facilities WHERE facility_code = ?"));
    q.addBindValue(code);
    if (!execQuery(q))
        return false;
    *taken = q.next();
    return true;
}

std::optional<qint64> FacilityStore::insertFacility(Facility *f, const QString &prefix)
{
    if (f->facilityCode.isEmpty()) {
        const auto code = nextCode(prefix);
        if (!code)
            return std::nullopt;
        f->facilityCode = *code;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO facilities (organization_id, name, facility_code, vfc_pin, phone, fax, address) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(f->organizationId);
    q.addBindValue(text(f->name));
    q.addBindValue(f->facilityCode);
    q.addBindValue(f->vfcPin.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f->vfcPin));
    q.addBindValue(text(f->phone));
    q.addBindValue(text(f->fax));
    q.addBindValue(text(f->address));
    if (!execQuery(q) || !q.next())
        return std::nullopt;
    f->id = q.value(0).toLongLong();
    return f->id;
}

bool FacilityStore::updateFacility(const Facility &f)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE facilities SET name = ?, vfc_pin = ?, phone = ?, fax = ?, address = ?, version = version + 1 "
                             "WHERE id = ?"));
    q.addBindValue(text(f.name));
    q.addBindValue(f.vfcPin.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.vfcPin));
    q.addBindValue(text(f.phone));
    q.addBindValue(text(f.fax));
    q.addBindValue(text(f.address));
    q.addBindValue(f.id);
    return execQuery(q);
}

QList<FieldError> FacilityStore::applyFacility(const QJsonObject &body, bool create, const QString &fieldPrefix, Facility *f,
                                               QStringList *changed)
{
    QList<FieldError> errors;
    const auto text = [&](const QString &key, QString *target, int max, bool required) {
        if (!body.contains(key)) {
            if (create && required)
                errors.append({fieldPrefix + key, QStringLiteral("is required")});
            return;
        }
        const QJsonValue v = body.value(key);
        const QString s = v.toString().trimmed();
        if (!v.isString() || s.size() > max || (required && s.isEmpty())) {
            errors.append({fieldPrefix + key, QStringLiteral("must be text of %1 to %2 characters").arg(required ? 1 : 0).arg(max)});
            return;
        }
        *target = s;
        changed->append(key);
    };
    text(QStringLiteral("name"), &f->name, 200, true);
    text(QStringLiteral("phone"), &f->phone, 40, true);
    text(QStringLiteral("fax"), &f->fax, 40, false);
    text(QStringLiteral("address"), &f->address, 300, false);
    static const QRegularExpression digits(QStringLiteral("^\\d{10}$"));
    if (body.contains(QStringLiteral("phone")) && !f->phone.isEmpty()
        && !digits.match(QString(f->phone).remove(QRegularExpression(QStringLiteral("[^0-9]")))).hasMatch())
        errors.append({fieldPrefix + QStringLiteral("phone"), QStringLiteral("must be a 10-digit phone number")});
    if (body.contains(QStringLiteral("vfc_pin"))) {
        static const QRegularExpression pin(QStringLiteral("^\\d{5,6}$"));
        const QJsonValue v = body.value(QStringLiteral("vfc_pin"));
        if (!v.isNull() && !pin.match(v.toString()).hasMatch())
            errors.append({fieldPrefix + QStringLiteral("vfc_pin"), QStringLiteral("must be 5 or 6 digits or null")});
        else {
            f->vfcPin = v.toString();
            changed->append(QStringLiteral("vfc_pin"));
        }
    }
    if (body.contains(QStringLiteral("facility_code"))) {
        static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{3,20}$"));
        const QJsonValue v = body.value(QStringLiteral("facility_code"));
        if (!create)
            errors.append({fieldPrefix + QStringLiteral("facility_code"), QStringLiteral("never changes once assigned")});
        else if (!v.isNull() && !code.match(v.toString()).hasMatch())
            errors.append({fieldPrefix + QStringLiteral("facility_code"), QStringLiteral("must be 3 to 20 upper-case letters or digits, or omitted")});
        else
            f->facilityCode = v.toString();
    }
    static const QStringList known{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("fax"), QStringLiteral("address"),
                                   QStringLiteral("vfc_pin"), QStringLiteral("facility_code")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({fieldPrefix + it.key(), QStringLiteral("is not a field you can set here")});
    }
    return errors;
}

QList<FieldError> FacilityStore::applyOrganization(const QJsonObject &body, bool create, Organization *o, QStringList *changed)
{
    QList<FieldError> errors;
    if (body.contains(QStringLiteral("name")) || create) {
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || name.size() > 200)
            errors.append({QStringLiteral("name"), QStringLiteral("must be text of 1 to 200 characters")});
        else {
            o->name = name;
            changed->append(QStringLiteral("name"));
        }
    }
    if (body.contains(QStringLiteral("type")) || create) {
        const QString type = body.value(QStringLiteral("type")).toString();
        if (!OrganizationStore::types().contains(type))
            errors.append({QStringLiteral("type"), QStringLiteral("must be one of: %1").arg(OrganizationStore::types().join(QStringLiteral(", ")))});
        else {
            o->type = type;
            changed->append(QStringLiteral("type"));
        }
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        const bool known = it.key() == QLatin1String("name") || it.key() == QLatin1String("type")
                           || (create && it.key() == QLatin1String("facilities"));
        if (!known)
            errors.append({it.key(), QStringLiteral("is not a field you can set here")});
    }
    return errors;
}

} // namespace izdesk::server
