#include "scim/scimresource.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace izdesk::server::scim {

HttpResponse json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/scim+json; charset=utf-8";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse error(int status, const QString &scimType, const QString &detail)
{
    QJsonObject o{{QStringLiteral("schemas"), QJsonArray{kErrorSchema}}, {QStringLiteral("status"), QString::number(status)},
                  {QStringLiteral("detail"), detail}};
    if (!scimType.isEmpty())
        o.insert(QStringLiteral("scimType"), scimType);
    HttpResponse r = json(status, o);
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Bearer realm=\"izdesk-scim\"");
    return r;
}

HttpResponse listResponse(const QJsonArray &resources, int total, int startIndex)
{
    return json(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{kListSchema}},
                                 {QStringLiteral("totalResults"), total},
                                 {QStringLiteral("startIndex"), startIndex},
                                 {QStringLiteral("itemsPerPage"), resources.size()},
                                 {QStringLiteral("Resources"), resources}});
}

std::optional<bool> toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("true"))
        return true;
    if (s == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QJsonObject userToScim(const IisUserStore::User &u, const QString &baseUrl)
{
    const QString display = QString(u.givenName + QLatin1Char(' ') + u.familyName).trimmed();
    QJsonArray groups;
    for (const auto &s : u.sites)
        groups.append(QJsonObject{{QStringLiteral("value"), QString::number(s.id)}, {QStringLiteral("display"), s.name},
                                  {QStringLiteral("$ref"), QString(baseUrl + QStringLiteral("/scim/v2/Groups/") + QString::number(s.id))}});
    QJsonObject o;
    o.insert(QStringLiteral("schemas"), QJsonArray{kUserSchema, kExtensionSchema});
    o.insert(QStringLiteral("id"), QString::number(u.id));
    if (!u.externalId.isEmpty())
        o.insert(QStringLiteral("externalId"), u.externalId);
    o.insert(QStringLiteral("userName"), u.username);
    o.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), u.givenName},
                                                 {QStringLiteral("familyName"), u.familyName},
                                                 {QStringLiteral("formatted"), display}});
    o.insert(QStringLiteral("displayName"), display);
    o.insert(QStringLiteral("emails"), u.email.isEmpty() ? QJsonArray()
                                                         : QJsonArray{QJsonObject{{QStringLiteral("value"), u.email},
                                                                                  {QStringLiteral("type"), QStringLiteral("work")},
                                                                                  {QStringLiteral("primary"), true}}});
    if (!u.phone.isEmpty())
        o.insert(QStringLiteral("phoneNumbers"), QJsonArray{QJsonObject{{QStringLiteral("value"), u.phone},
                                                                        {QStringLiteral("type"), QStringLiteral("work")}}});
    o.insert(QStringLiteral("active"), u.status == QLatin1String("active"));
    o.insert(QStringLiteral("groups"), groups);
    o.insert(kExtensionSchema, QJsonObject{{QStringLiteral("role"), u.role}, {QStringLiteral("status"), u.status},
                                           {QStringLiteral("inactiveReason"), u.inactiveReason}});
    o.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("User")},
                                                 {QStringLiteral("created"), u.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                                                 {QStringLiteral("lastModified"), u.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
                                                 {QStringLiteral("location"), QString(baseUrl + QStringLiteral("/scim/v2/Users/") + QString::number(u.id))},
                                                 {QStringLiteral("version"), QString(QStringLiteral("W/") + QString::fromLatin1(u.etag()))}});
    return o;
}

namespace {

// The value of a multi-valued attribute: the primary entry, else the first.
QString primaryValue(const QJsonValue &list)
{
    const QJsonArray a = list.toArray();
    for (const QJsonValue &e : a) {
        if (toBool(e.toObject().value(QStringLiteral("primary"))).value_or(false))
            return e.toObject().value(QStringLiteral("value")).toString();
    }
    return a.isEmpty() ? QString() : a.first().toObject().value(QStringLiteral("value")).toString();
}

QJsonValue member(const QJsonObject &o, const QString &name)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

std::optional<HttpResponse> userFromScim(const QJsonObject &resource, IisUserStore::User *u, bool *active)
{
    const QJsonValue userName = member(resource, QStringLiteral("userName"));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (!userName.isString() || userName.toString().isEmpty() || userName.toString().size() > 254
        || userName.toString().contains(space))
        return error(400, QStringLiteral("invalidValue"), QStringLiteral("userName is required: 1 to 254 characters without spaces"));
    u->username = userName.toString();
    const QJsonObject name = member(resource, QStringLiteral("name")).toObject();
    const QString display = member(resource, QStringLiteral("displayName")).toString().trimmed();
    u->givenName = member(name, QStringLiteral("givenName")).toString().trimmed();
    u->familyName = member(name, QStringLiteral("familyName")).toString().trimmed();
    if (u->givenName.isEmpty() && u->familyName.isEmpty() && !display.isEmpty()) {
        const qsizetype cut = display.lastIndexOf(QLatin1Char(' '));
        u->givenName = cut > 0 ? display.left(cut) : display;
        u->familyName = cut > 0 ? display.mid(cut + 1) : QString();
    }
    if (u->givenName.size() > 100 || u->familyName.size() > 100)
        return error(400, QStringLiteral("invalidValue"), QStringLiteral("name parts must be at most 100 characters"));
    u->email = primaryValue(member(resource, QStringLiteral("emails")));
    if (u->email.size() > 254)
        return error(400, QStringLiteral("invalidValue"), QStringLiteral("emails.value must be at most 254 characters"));
    u->phone = primaryValue(member(resource, QStringLiteral("phoneNumbers"))).left(40);
    const QJsonValue external = member(resource, QStringLiteral("externalId"));
    u->externalId = external.isString() ? external.toString().left(200) : QString();
    const QJsonValue activeValue = member(resource, QStringLiteral("active"));
    if (!activeValue.isUndefined() && !activeValue.isNull()) {
        const auto b = toBool(activeValue);
        if (!b)
            return error(400, QStringLiteral("invalidValue"), QStringLiteral("active must be true or false"));
        *active = *b;
    }
    const QJsonObject extension = member(resource, kExtensionSchema).toObject();
    if (extension.contains(QStringLiteral("role"))) {
        const QString role = extension.value(QStringLiteral("role")).toString();
        if (!IisUserStore::roles().contains(role))
            return error(400, QStringLiteral("invalidValue"),
                         QStringLiteral("role must be one of: %1").arg(IisUserStore::roles().join(QStringLiteral(", "))));
        u->role = role;
    }
    if (u->role.isEmpty())
        u->role = QStringLiteral("view_only");
    return std::nullopt;
}

std::optional<QList<QPair<QString, QString>>> parseFilter(const QString &filter, QString *error)
{
    static const QRegularExpression clause(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9._:-]*)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andWord(QStringLiteral("^and\\s+"), QRegularExpression::CaseInsensitiveOption);
    QList<QPair<QString, QString>> out;
    QString rest = filter.trimmed();
    while (true) {
        const auto m = clause.match(rest);
        if (!m.hasMatch()) {
            *error = QStringLiteral("the filter must be attribute eq \"value\" clauses joined by and");
            return std::nullopt;
        }
        QString value = m.captured(2);
        value.replace(QStringLiteral("\\\""), QStringLiteral("\"")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        out.append({m.captured(1).toLower(), value});
        rest = rest.mid(m.capturedLength());
        if (rest.isEmpty())
            return out;
        const auto a = andWord.match(rest);
        if (!a.hasMatch()) {
            *error = QStringLiteral("only eq and and are supported in filters");
            return std::nullopt;
        }
        rest = rest.mid(a.capturedLength());
    }
}

namespace {

// The canonical spelling of a top-level attribute (SCIM names are case-insensitive).
QString canonical(const QString &name)
{
    static const QStringList names{QStringLiteral("active"), QStringLiteral("userName"), QStringLiteral("externalId"),
                                   QStringLiteral("displayName"), QStringLiteral("name"), QStringLiteral("emails"),
                                   QStringLiteral("phoneNumbers"), QStringLiteral("members"), kExtensionSchema};
    for (const QString &n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

bool isMultiValued(const QString &attr)
{
    return attr == QLatin1String("emails") || attr == QLatin1String("phoneNumbers") || attr == QLatin1String("members");
}

std::optional<HttpResponse> applyOne(const QString &op, const QString &path, const QJsonValue &value, QJsonObject *res);

std::optional<HttpResponse> applyValueObject(const QString &op, const QJsonValue &value, QJsonObject *res)
{
    if (!value.isObject())
        return error(400, QStringLiteral("invalidValue"), QStringLiteral("an operation without a path needs an object value"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString attr = canonical(it.key());
        // Okta sends {"name": {...}} and extension objects whole: merge their sub-attributes.
        if ((attr == QLatin1String("name") || attr == kExtensionSchema) && it.value().isObject()) {
            const QJsonObject sub = it.value().toObject();
            for (auto s = sub.begin(); s != sub.end(); ++s) {
                const QString subPath = attr == kExtensionSchema ? attr + QLatin1Char(':') + s.key() : attr + QLatin1Char('.') + s.key();
                if (auto e = applyOne(op, subPath, s.value(), res))
                    return e;
            }
            continue;
        }
        if (auto e = applyOne(op, it.key(), it.value(), res))
            return e;
    }
    return std::nullopt;
}

// "urn:…:User:role": the one extension attribute a client may change.
std::optional<HttpResponse> applyExtension(bool remove, const QString &rawPath, const QJsonValue &value,
                                           QJsonObject *res)
{
    const QString sub = rawPath.mid(kExtensionSchema.size() + 1);
    QJsonObject ext = res->value(kExtensionSchema).toObject();
    if (sub.compare(QLatin1String("role"), Qt::CaseInsensitive) != 0)
        return error(400, QStringLiteral("invalidPath"), QStringLiteral("only %1:role can be changed").arg(kExtensionSchema));
    if (remove)
        ext.remove(QStringLiteral("role"));
    else
        ext.insert(QStringLiteral("role"), value);
    res->insert(kExtensionSchema, ext);
    return std::nullopt;
}

// A parsed attribute path: attr[filterAttr eq "filterValue"].subAttr.
struct AttributePath
{
    QString attr;
    QString filterAttr;
    QString filterValue;
    QString subAttr;
};

// emails[type eq "work"].value and the like: one entry of a multi-valued attribute, found by
// the filter (added when an add or replace finds none).
std::optional<HttpResponse> applyFiltered(bool remove, const AttributePath &path, const QJsonValue &value,
                                          QJsonObject *res)
{
    const QString &attr = path.attr;
    if (!isMultiValued(attr))
        return error(400, QStringLiteral("invalidPath"), QStringLiteral("%1 is not multi-valued").arg(attr));
    QJsonArray list = res->value(attr).toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.size() && index < 0; ++i) {
        if (member(list.at(i).toObject(), path.filterAttr).toString().compare(path.filterValue, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (remove) {
        if (index < 0)
            return error(400, QStringLiteral("noTarget"), QStringLiteral("no %1 entry matches the filter").arg(attr));
        if (path.subAttr.isEmpty()) {
            list.removeAt(index);
        } else {
            QJsonObject e = list.at(index).toObject();
            e.remove(path.subAttr);
            list[index] = e;
        }
    } else {
        QJsonObject e = index >= 0 ? list.at(index).toObject() : QJsonObject{{path.filterAttr, path.filterValue}};
        if (path.subAttr.isEmpty()) {
            if (!value.isObject())
                return error(400, QStringLiteral("invalidValue"),
                             QStringLiteral("a filtered %1 path needs an object value").arg(attr));
            const QJsonObject v = value.toObject();
            for (auto it = v.begin(); it != v.end(); ++it)
                e.insert(it.key(), it.value());
        } else {
            e.insert(path.subAttr, value);
        }
        if (index >= 0)
            list[index] = e;
        else
            list.append(e);
    }
    res->insert(attr, list);
    return std::nullopt;
}

// name.givenName, name.familyName, name.formatted; the display name follows the parts.
std::optional<HttpResponse> applyNamePart(bool remove, const AttributePath &path, const QJsonValue &value,
                                          QJsonObject *res)
{
    if (path.attr != QLatin1String("name"))
        return error(400, QStringLiteral("invalidPath"),
                     QStringLiteral("%1 has no sub-attribute %2").arg(path.attr, path.subAttr));
    QJsonObject name = res->value(path.attr).toObject();
    static const QStringList subs{QStringLiteral("givenName"), QStringLiteral("familyName"), QStringLiteral("formatted")};
    QString key;
    for (const QString &s : subs) {
        if (s.compare(path.subAttr, Qt::CaseInsensitive) == 0)
            key = s;
    }
    if (key.isEmpty())
        return error(400, QStringLiteral("invalidPath"), QStringLiteral("name has no sub-attribute %1").arg(path.subAttr));
    if (remove)
        name.remove(key);
    else
        name.insert(key, value);
    name.remove(QStringLiteral("formatted"));
    res->insert(path.attr, name);
    res->remove(QStringLiteral("displayName"));
    return std::nullopt;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    return member(a.toObject(), QStringLiteral("value")) == member(b.toObject(), QStringLiteral("value"));
}

// emails, phoneNumbers, members as a whole: add appends the new entries, replace sets the
// list, remove with values drops those (Entra removes group members this way), remove without
// a value clears the list.
std::optional<HttpResponse> applyMultiValued(const QString &op, const QString &attr, const QJsonValue &value,
                                             QJsonObject *res)
{
    const bool remove = op == QLatin1String("remove");
    const QJsonArray incoming = value.isArray() ? value.toArray() : QJsonArray{value};
    if (remove && !value.isUndefined() && !value.isNull()) {
        QJsonArray kept;
        for (const QJsonValue &e : res->value(attr).toArray()) {
            if (std::none_of(incoming.begin(), incoming.end(), [&](const QJsonValue &r) { return sameValue(r, e); }))
                kept.append(e);
        }
        res->insert(attr, kept);
        return std::nullopt;
    }
    QJsonArray list = op == QLatin1String("add") ? res->value(attr).toArray() : QJsonArray();
    if (!remove) {
        for (const QJsonValue &e : incoming) {
            if (!e.isObject())
                return error(400, QStringLiteral("invalidValue"), QStringLiteral("%1 entries must be objects").arg(attr));
            if (std::none_of(list.begin(), list.end(), [&](const QJsonValue &x) { return sameValue(x, e); }))
                list.append(e);
        }
    }
    res->insert(attr, list);
    return std::nullopt;
}

std::optional<HttpResponse> applyOne(const QString &op, const QString &rawPath, const QJsonValue &value, QJsonObject *res)
{
    if (rawPath.isEmpty())
        return applyValueObject(op, value, res);
    const bool remove = op == QLatin1String("remove");
    if (rawPath.startsWith(kExtensionSchema + QLatin1Char(':'), Qt::CaseInsensitive))
        return applyExtension(remove, rawPath, value, res);
    static const QRegularExpression pathPattern(
        QStringLiteral("^([A-Za-z]+)(?:\\[\\s*([A-Za-z]+)\\s+eq\\s+\"([^\"]*)\"\\s*\\])?(?:\\.([A-Za-z]+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = pathPattern.match(rawPath);
    const AttributePath path{m.hasMatch() ? canonical(m.captured(1)) : QString(), m.captured(2), m.captured(3),
                             m.captured(4)};
    const QString &attr = path.attr;
    if (attr.isEmpty() || attr == kExtensionSchema)
        return error(400, QStringLiteral("invalidPath"),
                     QStringLiteral("the path names no attribute this server supports"));
    if (!path.filterAttr.isEmpty())
        return applyFiltered(remove, path, value, res);
    if (!path.subAttr.isEmpty())
        return applyNamePart(remove, path, value, res);
    if (attr == QLatin1String("userName") && remove)
        return error(400, QStringLiteral("mutability"), QStringLiteral("userName is required and cannot be removed"));
    if (isMultiValued(attr))
        return applyMultiValued(op, attr, value, res);
    if (remove)
        res->remove(attr);
    else if (attr == QLatin1String("name") && value.isObject())
        return applyValueObject(op, QJsonObject{{attr, value}}, res);
    else
        res->insert(attr, value);
    if (attr == QLatin1String("displayName") && !remove) {
        // A new display name without name parts: derive the parts from it.
        res->remove(QStringLiteral("name"));
    }
    return std::nullopt;
}

} // namespace

std::optional<HttpResponse> applyPatch(const QJsonObject &patchBody, QJsonObject *resource)
{
    const QJsonArray schemas = patchBody.value(QStringLiteral("schemas")).toArray();
    if (!schemas.contains(kPatchSchema))
        return error(400, QStringLiteral("invalidSyntax"), QStringLiteral("schemas must contain %1").arg(kPatchSchema));
    const QJsonValue ops = member(patchBody, QStringLiteral("Operations"));
    if (!ops.isArray() || ops.toArray().isEmpty())
        return error(400, QStringLiteral("invalidSyntax"), QStringLiteral("Operations must be a non-empty list"));
    for (const QJsonValue &v : ops.toArray()) {
        const QJsonObject o = v.toObject();
        const QString op = member(o, QStringLiteral("op")).toString().toLower();
        if (op != QLatin1String("add") && op != QLatin1String("remove") && op != QLatin1String("replace"))
            return error(400, QStringLiteral("invalidSyntax"), QStringLiteral("op must be add, remove or replace"));
        const QString path = member(o, QStringLiteral("path")).toString().trimmed();
        if (op == QLatin1String("remove") && path.isEmpty())
            return error(400, QStringLiteral("noTarget"), QStringLiteral("remove needs a path"));
        if (auto e = applyOne(op, path, member(o, QStringLiteral("value")), resource))
            return e;
    }
    return std::nullopt;
}

} // namespace izdesk::server::scim
