#include "hl7/checkpolicy.h"

#include "hl7/checkcatalog.h"
#include "policyjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

QString normalized(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.toUpper().replace(spaces, u" "_s).trimmed();
}

// Built in from resources/names/junk-names-mn.csv (header "name", one a line).
const QSet<QString> &builtInJunkNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        QFile f(u":/izdesk/names/junk-names-mn.csv"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in list of placeholder names is missing");
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString name = normalized(QString::fromUtf8(lines.at(i)).remove(u'"'));
            if (!name.isEmpty())
                out.insert(name);
        }
        return out;
    }();
    return names;
}

bool readStrings(const QJsonObject &o, const QString &key, QSet<QString> *out, QString *error)
{
    if (!o.contains(key))
        return true;
    if (!o.value(key).isArray()) {
        *error = u"%1: must be a list of strings"_s.arg(key);
        return false;
    }
    const QJsonArray a = o.value(key).toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
            *error = u"%1[%2]: must be a non-empty string"_s.arg(key).arg(i);
            return false;
        }
        out->insert(normalized(a.at(i).toString()));
    }
    return true;
}

} // namespace

CheckPolicy::CheckPolicy()
    : m_junkNames(builtInJunkNames())
{
    for (const CheckDefinition &d : checkCatalog())
        m_rules.insert(QLatin1String(d.id), Rule{d.enabled, d.severity});
    for (const char *lot : {"N/A", "NA", "0", "00", "000", "0000", "00000", "000000", "UNK", "UNKNOWN", "NONE", "XXX",
                            "X", "?", "-", "NULL"})
        m_junkLots.insert(QLatin1String(lot));
}

std::optional<CheckPolicy> CheckPolicy::fromJson(const QByteArray &json, QString *error)
{
    const auto parsed = PolicyJson::object(
        json, {u"version"_s, u"checks"_s, u"batch"_s, u"junk_names"_s, u"junk_lot_numbers"_s}, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    CheckPolicy p;
    int version = 1;
    if (!PolicyJson::readInt(o, u"version"_s, 1, 1, &version, error))
        return std::nullopt;
    if (o.contains(u"checks"_s)) {
        if (!o.value(u"checks"_s).isObject()) {
            *error = u"checks: must be an object of check ids"_s;
            return std::nullopt;
        }
        const QJsonObject checks = o.value(u"checks"_s).toObject();
        for (auto it = checks.begin(); it != checks.end(); ++it) {
            const QString where = u"checks.%1."_s.arg(it.key());
            if (!checkDefinition(it.key())) {
                *error = u"checks.%1: unknown check id (see docs/hl7/checks.md)"_s.arg(it.key());
                return std::nullopt;
            }
            if (!it.value().isObject()) {
                *error = u"checks.%1: must be an object with enabled and/or severity"_s.arg(it.key());
                return std::nullopt;
            }
            const QJsonObject c = it.value().toObject();
            if (!PolicyJson::onlyKnownKeys(c, {u"enabled"_s, u"severity"_s}, where, error))
                return std::nullopt;
            Rule &rule = p.m_rules[it.key()];
            if (!PolicyJson::readBool(c, u"enabled"_s, &rule.enabled, error, where))
                return std::nullopt;
            if (c.contains(u"severity"_s)) {
                const QString s = c.value(u"severity"_s).toString();
                if (s == u"error"_s)
                    rule.severity = Severity::Error;
                else if (s == u"warning"_s)
                    rule.severity = Severity::Warning;
                else if (s == u"info"_s)
                    rule.severity = Severity::Info;
                else {
                    *error = u"%1severity: must be error, warning or info"_s.arg(where);
                    return std::nullopt;
                }
            }
        }
    }
    if (o.contains(u"batch"_s)) {
        const QJsonObject b = o.value(u"batch"_s).toObject();
        if (!o.value(u"batch"_s).isObject()) {
            *error = u"batch: must be an object"_s;
            return std::nullopt;
        }
        int warningPercent = -1;
        if (!PolicyJson::onlyKnownKeys(b, {u"max_error_messages"_s, u"max_warning_percent"_s}, u"batch."_s, error)
            || !PolicyJson::readInt(b, u"max_error_messages"_s, 0, 100000000, &p.maxErrorMessages, error, u"batch."_s)
            || !PolicyJson::readInt(b, u"max_warning_percent"_s, 0, 100, &warningPercent, error, u"batch."_s))
            return std::nullopt;
        if (b.contains(u"max_warning_percent"_s))
            p.maxWarningPercent = warningPercent;
    }
    if (!readStrings(o, u"junk_names"_s, &p.m_junkNames, error)
        || !readStrings(o, u"junk_lot_numbers"_s, &p.m_junkLots, error))
        return std::nullopt;
    return p;
}

std::optional<CheckPolicy> CheckPolicy::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot open the file"_s.arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    QString why;
    auto p = fromJson(f.readAll(), &why);
    if (!p)
        *error = u"%1: %2"_s.arg(QFileInfo(path).fileName(), why);
    return p;
}

CheckPolicy CheckPolicy::builtIn()
{
    QString error;
    auto p = fromFile(u":/izdesk/policies/hl7-checks-default.json"_s, &error);
    if (!p)
        qFatal("the built-in HL7 check policy is broken: %s", qPrintable(error));
    return *p;
}

bool CheckPolicy::enabled(const QString &check) const
{
    const auto it = m_rules.constFind(check);
    return it != m_rules.constEnd() && it->enabled;
}

Severity CheckPolicy::severity(const QString &check) const
{
    return m_rules.value(check).severity;
}

bool CheckPolicy::isJunkName(const QString &name) const
{
    const QString n = normalized(name);
    return !n.isEmpty() && m_junkNames.contains(n);
}

bool CheckPolicy::isJunkLot(const QString &lot) const
{
    const QString n = normalized(lot);
    return !n.isEmpty() && m_junkLots.contains(n);
}

} // namespace izdesk::server::hl7
