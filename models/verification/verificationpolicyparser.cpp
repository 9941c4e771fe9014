// Reading a verification policy file: every key checked, the first problem named with its
// path in the file (caller_types[2].all_of[1]: …) or its line and column.

#include "verification/verificationpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace izdesk {

namespace {

// Thrown-free error plumbing: the first problem found wins and parsing stops there.
struct Errors
{
    QString *out = nullptr;
    bool failed = false;
    bool fail(const QString &message)
    {
        if (!failed && out)
            *out = message;
        failed = true;
        return false;
    }
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// What the server compares each known factor with.
const QHash<QString, QString> &factorSubjects()
{
    static const QHash<QString, QString> subjects{
        {QStringLiteral("full_name"), QStringLiteral("patient")},
        {QStringLiteral("birth_date"), QStringLiteral("patient")},
        {QStringLiteral("address"), QStringLiteral("patient")},
        {QStringLiteral("phone"), QStringLiteral("patient")},
        {QStringLiteral("mother_maiden_name"), QStringLiteral("patient")},
        {QStringLiteral("guardian_listed"), QStringLiteral("patient")},
        {QStringLiteral("custody_document"), QStringLiteral("patient")},
        {QStringLiteral("iis_username"), QStringLiteral("iis_user")},
        {QStringLiteral("facility_code"), QStringLiteral("iis_user")},
        {QStringLiteral("school_code"), QStringLiteral("iis_user")},
        {QStringLiteral("facility_callback"), QStringLiteral("iis_user")},
    };
    return subjects;
}

bool positiveInt(const QJsonObject &json, const QString &key, int max, int *out, Errors &e)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return e.fail(key + QStringLiteral(": missing (a whole number from 1 to %1)").arg(max));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > max || d != static_cast<double>(static_cast<int>(d)))
        return e.fail(key + QStringLiteral(": must be a whole number from 1 to %1").arg(max));
    *out = static_cast<int>(d);
    return true;
}

bool requiredString(const QJsonObject &json, const QString &key, const QString &path, QString *out, Errors &e)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return e.fail(path + QLatin1Char('.') + key + QStringLiteral(": missing"));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return e.fail(path + QLatin1Char('.') + key + QStringLiteral(": must be a non-empty string"));
    *out = v.toString();
    return true;
}

bool oneOfStrings(const QString &value, const QStringList &allowed, const QString &where, Errors &e)
{
    if (allowed.contains(value))
        return true;
    return e.fail(
        where + QStringLiteral(": must be one of %1, got %2").arg(allowed.join(QStringLiteral(", ")), quoted(value)));
}

// A list of factor names declared under "factors", each allowed for the caller's subject.
bool factorList(const QJsonValue &value, const QString &path, const QHash<QString, VerificationPolicy::Factor> &factors,
                const QString &subject, QStringList *out, Errors &e)
{
    if (!value.isArray())
        return e.fail(path + QStringLiteral(": must be a list of factor names"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = path + QStringLiteral("[%1]").arg(i);
        if (!list.at(i).isString())
            return e.fail(where + QStringLiteral(": must be a factor name (a string)"));
        const QString name = list.at(i).toString();
        if (!factors.contains(name))
            return e.fail(where
                          + QStringLiteral(": unknown factor %1 (declare it under \"factors\")").arg(quoted(name)));
        if (factors.value(name).subject != subject)
            return e.fail(where
                          + QStringLiteral(": factor %1 is checked against %2, not the caller type's subject %3")
                                .arg(quoted(name), factors.value(name).subject, subject));
        if (out->contains(name))
            return e.fail(where + QStringLiteral(": factor %1 is listed twice").arg(quoted(name)));
        out->append(name);
    }
    return true;
}

bool parseFactors(const QJsonObject &json, QHash<QString, VerificationPolicy::Factor> *out, Errors &e)
{
    const QJsonValue value = json.value(QStringLiteral("factors"));
    if (value.isUndefined())
        return e.fail(QStringLiteral("factors: missing"));
    if (!value.isObject() || value.toObject().isEmpty())
        return e.fail(QStringLiteral("factors: must be a non-empty object keyed by factor name"));
    const QJsonObject factors = value.toObject();
    const auto &known = VerificationPolicy::knownFactorInputs();
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        const QString path = QStringLiteral("factors.") + it.key();
        if (!known.contains(it.key()))
            return e.fail(path
                          + QStringLiteral(": unknown factor (the server can check: %1)")
                                .arg(QStringList(known.keys()).join(QStringLiteral(", "))));
        if (!it.value().isObject())
            return e.fail(path + QStringLiteral(": must be an object {\"label\", \"input\"}"));
        const QJsonObject f = it.value().toObject();
        for (auto k = f.begin(); k != f.end(); ++k)
            if (k.key() != QLatin1String("label") && k.key() != QLatin1String("input"))
                return e.fail(path + QLatin1Char('.') + k.key() + QStringLiteral(": unknown key"));
        VerificationPolicy::Factor factor;
        factor.id = it.key();
        factor.subject = factorSubjects().value(it.key());
        if (!requiredString(f, QStringLiteral("label"), path, &factor.label, e)
            || !requiredString(f, QStringLiteral("input"), path, &factor.input, e))
            return false;
        if (factor.input != known.value(it.key()))
            return e.fail(path
                          + QStringLiteral(".input: must be %1 for this factor, got %2")
                                .arg(quoted(known.value(it.key())), quoted(factor.input)));
        out->insert(factor.id, factor);
    }
    return true;
}

bool parseAge(const QJsonObject &json, const QString &key, const QString &path, std::optional<int> *out, Errors &e)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 150 || d != static_cast<double>(static_cast<int>(d)))
        return e.fail(path + QLatin1Char('.') + key
                      + QStringLiteral(": must be a whole number of years from 0 to 150"));
    *out = static_cast<int>(d);
    return true;
}

// A caller type's keys, names, subject, scope and age limits.
bool parseCallerBasics(const QJsonObject &json, const QString &path, VerificationPolicy::CallerType *t, Errors &e)
{
    static const QStringList keys{QStringLiteral("id"),
                                  QStringLiteral("label"),
                                  QStringLiteral("subject"),
                                  QStringLiteral("min_age_years"),
                                  QStringLiteral("max_age_years"),
                                  QStringLiteral("all_of"),
                                  QStringLiteral("one_of"),
                                  QStringLiteral("any_of_groups"),
                                  QStringLiteral("scope"),
                                  QStringLiteral("release"),
                                  QStringLiteral("referral"),
                                  QStringLiteral("required_role")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!keys.contains(it.key()))
            return e.fail(path + QLatin1Char('.') + it.key() + QStringLiteral(": unknown key"));
    if (!requiredString(json, QStringLiteral("id"), path, &t->id, e)
        || !requiredString(json, QStringLiteral("label"), path, &t->label, e)
        || !requiredString(json, QStringLiteral("subject"), path, &t->subject, e)
        || !oneOfStrings(t->subject, {QStringLiteral("patient"), QStringLiteral("iis_user"), QStringLiteral("none")},
                         path + QStringLiteral(".subject"), e)
        || !requiredString(json, QStringLiteral("scope"), path, &t->scope, e)
        || !oneOfStrings(t->scope,
                         {QStringLiteral("full_history"), QStringLiteral("compliance_only"), QStringLiteral("none")},
                         path + QStringLiteral(".scope"), e)
        || !parseAge(json, QStringLiteral("min_age_years"), path, &t->minAgeYears, e)
        || !parseAge(json, QStringLiteral("max_age_years"), path, &t->maxAgeYears, e))
        return false;
    if (t->minAgeYears && t->maxAgeYears && *t->minAgeYears > *t->maxAgeYears)
        return e.fail(path + QStringLiteral(".min_age_years: is greater than max_age_years"));
    if ((t->minAgeYears || t->maxAgeYears) && t->subject != QLatin1String("patient"))
        return e.fail(path + QStringLiteral(": age limits apply only to subject \"patient\""));
    return true;
}

// How a verified caller of the type may receive the record, and who a referral goes to.
bool parseRelease(const QJsonObject &json, const QString &path, VerificationPolicy::CallerType *t, Errors &e)
{
    const QJsonValue release = json.value(QStringLiteral("release"));
    if (release.isUndefined())
        return e.fail(path + QStringLiteral(".release: missing"));
    if (!release.isArray())
        return e.fail(path + QStringLiteral(".release: must be a list of methods (read, mail, fax, print)"));
    const QJsonArray methods = release.toArray();
    for (qsizetype i = 0; i < methods.size(); ++i) {
        const QString where = path + QStringLiteral(".release[%1]").arg(i);
        if (!methods.at(i).isString())
            return e.fail(where + QStringLiteral(": must be a method name (a string)"));
        if (!oneOfStrings(
                methods.at(i).toString(),
                {QStringLiteral("read"), QStringLiteral("mail"), QStringLiteral("fax"), QStringLiteral("print")}, where,
                e))
            return false;
        t->release.append(methods.at(i).toString());
    }
    for (const char *key : {"referral", "required_role"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && (!v.isString() || v.toString().isEmpty()))
            return e.fail(path + QLatin1Char('.') + QLatin1String(key)
                          + QStringLiteral(": must be a non-empty string"));
    }
    t->referral = json.value(QStringLiteral("referral")).toString();
    t->requiredRole = json.value(QStringLiteral("required_role")).toString();
    if (!t->referral.isEmpty()
        && !oneOfStrings(t->referral, {QStringLiteral("supervisor")}, path + QStringLiteral(".referral"), e))
        return false;
    return true;
}

// The evidence rules: all_of, one_of and any_of_groups, each factor in one rule only.
bool parseEvidence(const QJsonObject &json, const QString &path,
                   const QHash<QString, VerificationPolicy::Factor> &factors, VerificationPolicy::CallerType *t,
                   Errors &e)
{
    if (!json.contains(QStringLiteral("all_of")))
        return e.fail(path + QStringLiteral(".all_of: missing"));
    if (!factorList(json.value(QStringLiteral("all_of")), path + QStringLiteral(".all_of"), factors, t->subject,
                    &t->allOf, e))
        return false;
    if (json.contains(QStringLiteral("one_of"))
        && !factorList(json.value(QStringLiteral("one_of")), path + QStringLiteral(".one_of"), factors, t->subject,
                       &t->oneOf, e))
        return false;
    const QJsonValue groups = json.value(QStringLiteral("any_of_groups"));
    if (!groups.isUndefined()) {
        if (!groups.isArray())
            return e.fail(path + QStringLiteral(".any_of_groups: must be a list of lists of factor names"));
        const QJsonArray list = groups.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = path + QStringLiteral(".any_of_groups[%1]").arg(i);
            QStringList group;
            if (!factorList(list.at(i), where, factors, t->subject, &group, e))
                return false;
            if (group.isEmpty())
                return e.fail(where + QStringLiteral(": must name at least one factor"));
            t->anyOfGroups.append(group);
        }
    }
    // A factor may serve one rule only: "each may be tried once" must mean one thing.
    QSet<QString> seen;
    QStringList all = t->allOf + t->oneOf;
    for (const QStringList &g : std::as_const(t->anyOfGroups))
        all += g;
    for (const QString &f : std::as_const(all)) {
        if (seen.contains(f))
            return e.fail(path + QStringLiteral(": factor %1 appears in more than one rule").arg(quoted(f)));
        seen.insert(f);
    }
    if (all.isEmpty())
        return e.fail(path + QStringLiteral(".all_of: a caller type with a subject needs at least one factor"));
    return true;
}

bool parseCallerType(const QJsonValue &value, const QString &path,
                     const QHash<QString, VerificationPolicy::Factor> &factors, VerificationPolicy::CallerType *t,
                     Errors &e)
{
    if (!value.isObject())
        return e.fail(path + QStringLiteral(": must be an object"));
    const QJsonObject json = value.toObject();
    if (!parseCallerBasics(json, path, t, e) || !parseRelease(json, path, t, e))
        return false;
    if (t->subject == QLatin1String("none")) {
        for (const char *key : {"all_of", "one_of", "any_of_groups"})
            if (json.contains(QLatin1String(key)))
                return e.fail(path + QLatin1Char('.') + QLatin1String(key)
                              + QStringLiteral(": a caller type with subject \"none\" has no evidence rules"));
        if (!t->release.isEmpty() || t->scope != QLatin1String("none"))
            return e.fail(
                path + QStringLiteral(": a caller type with subject \"none\" must have scope \"none\" and release []"));
        return true;
    }
    if (!parseEvidence(json, path, factors, t, e))
        return false;
    if (t->scope == QLatin1String("none") && !t->release.isEmpty())
        return e.fail(path + QStringLiteral(".release: must be [] when scope is \"none\""));
    return true;
}

} // namespace

std::optional<VerificationPolicy> VerificationPolicy::fromJson(const QJsonObject &json, QString *error)
{
    Errors e{error};
    static const QStringList keys{
        QStringLiteral("version"), QStringLiteral("window_minutes"), QStringLiteral("max_failed_attempts_per_day"),
        QStringLiteral("factors"), QStringLiteral("caller_types"),   QStringLiteral("protected_records")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!keys.contains(it.key())) {
            e.fail(it.key() + QStringLiteral(": unknown key"));
            return std::nullopt;
        }
    }
    VerificationPolicy p;
    int version = 0;
    if (!positiveInt(json, QStringLiteral("version"), 1, &version, e)
        || !positiveInt(json, QStringLiteral("window_minutes"), 1440, &p.m_windowMinutes, e)
        || !positiveInt(json, QStringLiteral("max_failed_attempts_per_day"), 100, &p.m_maxFailed, e)
        || !parseFactors(json, &p.m_factors, e))
        return std::nullopt;
    const QJsonValue types = json.value(QStringLiteral("caller_types"));
    if (types.isUndefined()) {
        e.fail(QStringLiteral("caller_types: missing"));
        return std::nullopt;
    }
    if (!types.isArray() || types.toArray().isEmpty()) {
        e.fail(QStringLiteral("caller_types: must be a non-empty list of caller types"));
        return std::nullopt;
    }
    const QJsonArray list = types.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("caller_types[%1]").arg(i);
        CallerType t;
        if (!parseCallerType(list.at(i), path, p.m_factors, &t, e))
            return std::nullopt;
        if (p.callerType(t.id)) {
            e.fail(path + QStringLiteral(".id: %1 is used twice").arg(quoted(t.id)));
            return std::nullopt;
        }
        p.m_callerTypes.append(t);
    }
    const QJsonValue prot = json.value(QStringLiteral("protected_records"));
    if (prot.isUndefined()) {
        e.fail(QStringLiteral("protected_records: missing"));
        return std::nullopt;
    }
    if (!prot.isObject()) {
        e.fail(QStringLiteral("protected_records: must be an object {\"sharing_lock\", \"protection\"}"));
        return std::nullopt;
    }
    const QJsonObject protObj = prot.toObject();
    const QStringList rules{QStringLiteral("refer"), QStringLiteral("mail_only"), QStringLiteral("allow")};
    for (auto it = protObj.begin(); it != protObj.end(); ++it) {
        const QString path = QStringLiteral("protected_records.") + it.key();
        if (it.key() != QLatin1String("sharing_lock") && it.key() != QLatin1String("protection")) {
            e.fail(path + QStringLiteral(": unknown key (use sharing_lock, protection)"));
            return std::nullopt;
        }
        if (!it.value().isString()) {
            e.fail(path + QStringLiteral(": must be one of refer, mail_only, allow"));
            return std::nullopt;
        }
        if (!oneOfStrings(it.value().toString(), rules, path, e))
            return std::nullopt;
        p.m_protected.insert(it.key(), it.value().toString());
    }
    for (const char *key : {"sharing_lock", "protection"}) {
        if (!p.m_protected.contains(QLatin1String(key))) {
            e.fail(QStringLiteral("protected_records.%1: missing").arg(QLatin1String(key)));
            return std::nullopt;
        }
    }
    p.m_json = json;
    return p;
}

std::optional<VerificationPolicy> VerificationPolicy::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people look for line:column.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        if (error)
            *error = QStringLiteral("%1:%2: JSON syntax error: %3").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("1:1: the policy must be a JSON object");
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace izdesk
