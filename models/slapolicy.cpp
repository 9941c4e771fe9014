#include "slapolicy.h"

#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace izdesk {

namespace {

const char *const kDays[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr qint64 kMaxMinutes = 525600; // a year

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QTime parseClock(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 5)
        return {};
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

bool parseHours(const QJsonObject &json, std::array<std::optional<BusinessCalendar::Window>, 7> *hours, QString *error)
{
    const QJsonValue value = json.value(QStringLiteral("business_hours"));
    if (!value.isObject())
        return fail(error, QStringLiteral("business_hours: must be an object with mon … sun"));
    const QJsonObject days = value.toObject();
    for (auto it = days.begin(); it != days.end(); ++it) {
        bool known = false;
        for (const char *day : kDays)
            known = known || it.key() == QLatin1String(day);
        if (!known)
            return fail(error, QStringLiteral("business_hours.%1: unknown day (use mon … sun)").arg(it.key()));
    }
    for (int i = 0; i < 7; ++i) {
        const QString key = QLatin1String(kDays[i]);
        const QString path = QStringLiteral("business_hours.") + key;
        const QJsonValue day = days.value(key);
        if (day.isNull() || day.isUndefined())
            continue;
        const QJsonArray pair = day.toArray();
        if (!day.isArray() || pair.size() != 2)
            return fail(error, path + QStringLiteral(": must be [\"HH:MM\", \"HH:MM\"] or null"));
        const QTime open = parseClock(pair.at(0));
        const QTime close = parseClock(pair.at(1));
        if (!open.isValid())
            return fail(error, path + QStringLiteral("[0]: not a time HH:MM"));
        if (!close.isValid())
            return fail(error, path + QStringLiteral("[1]: not a time HH:MM"));
        if (close <= open)
            return fail(error, path + QStringLiteral(": the end is not after the start"));
        (*hours)[static_cast<size_t>(i)] = BusinessCalendar::Window{open, close};
    }
    return true;
}

bool parseMinutes(const QJsonObject &obj, const QString &key, const QString &path, qint64 *out, QString *error)
{
    const QJsonValue v = obj.value(key);
    const double d = v.toDouble(-1);
    // The range first: converting a double beyond qint64 (1e300) is undefined behaviour.
    if (!v.isDouble() || d <= 0 || d > kMaxMinutes || d != static_cast<double>(static_cast<qint64>(d)))
        return fail(error,
                    path + QLatin1Char('.') + key + QStringLiteral(": must be a positive whole number of minutes"));
    *out = static_cast<qint64>(d);
    return true;
}

} // namespace

std::optional<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json, QString *error)
{
    static const QStringList known{QStringLiteral("timezone"), QStringLiteral("business_hours"),
                                   QStringLiteral("holidays"), QStringLiteral("targets"),
                                   QStringLiteral("warning_before_breach_minutes")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, it.key() + QStringLiteral(": unknown key"));
            return std::nullopt;
        }
    }
    const QByteArray zoneId = json.value(QStringLiteral("timezone")).toString().toUtf8();
    if (zoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zoneId)) {
        fail(error, QStringLiteral("timezone: not a known IANA time zone"));
        return std::nullopt;
    }
    std::array<std::optional<BusinessCalendar::Window>, 7> hours;
    if (!parseHours(json, &hours, error))
        return std::nullopt;
    QSet<QDate> holidays;
    const QJsonValue holidayValue = json.value(QStringLiteral("holidays"));
    if (!holidayValue.isUndefined() && !holidayValue.isArray()) {
        fail(error, QStringLiteral("holidays: must be a list of dates YYYY-MM-DD"));
        return std::nullopt;
    }
    const QJsonArray holidayList = holidayValue.toArray();
    for (qsizetype i = 0; i < holidayList.size(); ++i) {
        const QDate date = QDate::fromString(holidayList.at(i).toString(), Qt::ISODate);
        if (!date.isValid()) {
            fail(error, QStringLiteral("holidays[%1]: not a date YYYY-MM-DD").arg(i));
            return std::nullopt;
        }
        holidays.insert(date);
    }
    SlaPolicy policy;
    policy.m_calendar = BusinessCalendar(QTimeZone(zoneId), hours, holidays);
    if (!policy.m_calendar.hasBusinessTime()) {
        fail(error, QStringLiteral("business_hours: no day has business hours"));
        return std::nullopt;
    }
    const QJsonValue targets = json.value(QStringLiteral("targets"));
    if (!targets.isObject()) {
        fail(error, QStringLiteral("targets: must be an object keyed by priority"));
        return std::nullopt;
    }
    const QJsonObject targetObj = targets.toObject();
    for (auto it = targetObj.begin(); it != targetObj.end(); ++it) {
        const QString path = QStringLiteral("targets.") + it.key();
        if (!Catalog::contains(Catalog::ticketPriorities(), it.key())) {
            fail(error, path
                            + QStringLiteral(": unknown priority (use %1)")
                                  .arg(Catalog::keys(Catalog::ticketPriorities()).join(QStringLiteral(", "))));
            return std::nullopt;
        }
        Target target;
        const QJsonObject t = it.value().toObject();
        if (!parseMinutes(t, QStringLiteral("first_response_minutes"), path, &target.firstResponseMinutes, error)
            || !parseMinutes(t, QStringLiteral("resolution_minutes"), path, &target.resolutionMinutes, error))
            return std::nullopt;
        policy.m_targets.insert(it.key(), target);
    }
    for (const QString &priority : Catalog::keys(Catalog::ticketPriorities())) {
        if (!policy.m_targets.contains(priority)) {
            fail(error, QStringLiteral("targets.%1: missing").arg(priority));
            return std::nullopt;
        }
    }
    const QJsonValue warning = json.value(QStringLiteral("warning_before_breach_minutes"));
    if (!warning.isUndefined()) {
        const double d = warning.toDouble(-1);
        if (!warning.isDouble() || d < 0 || d > kMaxMinutes || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(error, QStringLiteral("warning_before_breach_minutes: must be a whole number of minutes from 0 to %1")
                            .arg(kMaxMinutes));
            return std::nullopt;
        }
        policy.m_warningMinutes = static_cast<qint64>(d);
    }
    policy.m_json = json;
    return policy;
}

std::optional<SlaPolicy> SlaPolicy::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(
            error,
            QStringLiteral("not a JSON object (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QByteArray SlaPolicy::builtInJson()
{
    QFile file(QStringLiteral(":/izdesk/policies/sla-default.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const SlaPolicy &SlaPolicy::builtIn()
{
    static const SlaPolicy policy = [] {
        QString error;
        auto parsed = fromBytes(builtInJson(), &error);
        Q_ASSERT_X(parsed, "SlaPolicy::builtIn", "the shipped default policy is invalid");
        return parsed ? *parsed : SlaPolicy();
    }();
    return policy;
}

SlaPolicy::Target SlaPolicy::target(const QString &priority) const
{
    return m_targets.value(priority, m_targets.value(QStringLiteral("normal")));
}

} // namespace izdesk
