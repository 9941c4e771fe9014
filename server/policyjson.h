#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// Reading the small JSON policy files of the command line (--accounts-policy,
// --password-policy, --rate-limits): the first problem found wins, and the message names the
// key ("history: must be a whole number from 0 to 24"); the caller puts the option and the
// file in front of it. Pure functions; any thread.
namespace PolicyJson {

// The document as an object, whatever its keys; nullopt + *error ("not valid JSON at offset
// 17: …", or `notAnObject` when it is valid JSON of another shape).
std::optional<QJsonObject> anyObject(const QByteArray &json, const QString &notAnObject, QString *error);
// The document as an object whose keys are all in `known`; nullopt + *error ("not valid JSON
// at offset 17: …", "the policy must be a JSON object", "histroy: unknown key (known: …)").
std::optional<QJsonObject> object(const QByteArray &json, const QStringList &known, QString *error);
// The same key check for a nested object; `where` prefixes its keys in the message
// ("sign_in_per_address.").
bool onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &where, QString *error);

// o[key] into *out when present (absent keeps *out): a whole number from min to max, else
// false + *error naming where + key.
bool readInt(const QJsonObject &o, const QString &key, int min, int max, int *out, QString *error,
             const QString &where = {});
bool readBool(const QJsonObject &o, const QString &key, bool *out, QString *error, const QString &where = {});

} // namespace PolicyJson

} // namespace izdesk::server
