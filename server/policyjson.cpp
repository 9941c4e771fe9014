#include "policyjson.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace izdesk::server::PolicyJson {

std::optional<QJsonObject> anyObject(const QByteArray &json, const QString &notAnObject, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
            : notAnObject;
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> object(const QByteArray &json, const QStringList &known, QString *error)
{
    auto o = anyObject(json, QStringLiteral("the policy must be a JSON object"), error);
    if (!o || !onlyKnownKeys(*o, known, QString(), error))
        return std::nullopt;
    return o;
}

bool onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1%2: unknown key (known: %3)").arg(where, it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

bool readInt(const QJsonObject &o, const QString &key, int min, int max, int *out, QString *error,
             const QString &where)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    // The range first: converting a double beyond qint64 (1e300) is undefined behaviour.
    if (!v.isDouble() || d < min || d > max || d != double(qint64(d))) {
        *error = QStringLiteral("%1%2: must be a whole number from %3 to %4").arg(where, key).arg(min).arg(max);
        return false;
    }
    *out = int(d);
    return true;
}

bool readBool(const QJsonObject &o, const QString &key, bool *out, QString *error, const QString &where)
{
    if (!o.contains(key))
        return true;
    if (!o.value(key).isBool()) {
        *error = QStringLiteral("%1%2: must be true or false").arg(where, key);
        return false;
    }
    *out = o.value(key).toBool();
    return true;
}

} // namespace izdesk::server::PolicyJson
