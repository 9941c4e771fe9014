#include "merge/mergerequest.h"

#include <QDate>
#include <QRegularExpression>

namespace izdesk::server {

namespace {

constexpr qsizetype maxReasonLength = 2000;
constexpr qsizetype maxTextLength = 200;

// Checks an explicit value against the column it replaces; empty string when it fits.
QString valueError(const QString &field, const QJsonValue &v)
{
    if (field == QLatin1String("birth_date")) {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (v.isNull()
            || (pattern.match(v.toString()).hasMatch() && QDate::fromString(v.toString(), Qt::ISODate).isValid()))
            return {};
        return QStringLiteral("value must be a date YYYY-MM-DD or null");
    }
    if (field == QLatin1String("sex"))
        return QStringList{QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U")}.contains(v.toString())
                   ? QString()
                   : QStringLiteral("value must be F, M or U");
    if (field == QLatin1String("multiple_birth"))
        return v.isBool() ? QString() : QStringLiteral("value must be true or false");
    if (field == QLatin1String("birth_order")) {
        const double d = v.toDouble(-1);
        return v.isDouble() && d >= 0 && d <= 9 && d == static_cast<int>(d)
                   ? QString()
                   : QStringLiteral("value must be a whole number 0 to 9");
    }
    return v.isString() && v.toString().size() <= maxTextLength
               ? QString()
               : QStringLiteral("value must be text of at most %1 characters").arg(maxTextLength);
}

qint64 idFrom(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger()))
        return v.toInteger();
    bool ok = false;
    const qint64 id = v.toString().toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

const QStringList &MergeRequest::fieldNames()
{
    static const QStringList names{
        QStringLiteral("first_name"),     QStringLiteral("middle_name"), QStringLiteral("last_name"),
        QStringLiteral("suffix"),         QStringLiteral("birth_date"),  QStringLiteral("sex"),
        QStringLiteral("multiple_birth"), QStringLiteral("birth_order"), QStringLiteral("mother_maiden_name"),
        QStringLiteral("race"),           QStringLiteral("ethnicity"),   QStringLiteral("owning_facility_code")};
    return names;
}

std::optional<MergeRequest::FieldChoice> MergeRequest::choiceFromJson(const QString &field, const QJsonValue &json,
                                                                      QString *error)
{
    if (json.toString() == QLatin1String("target"))
        return FieldChoice{Choice::Target, {}};
    if (json.toString() == QLatin1String("source"))
        return FieldChoice{Choice::Source, {}};
    const QJsonObject o = json.toObject();
    if (json.isObject() && o.size() == 1 && o.contains(QStringLiteral("value"))) {
        *error = valueError(field, o.value(QStringLiteral("value")));
        if (error->isEmpty())
            return FieldChoice{Choice::Value, o.value(QStringLiteral("value"))};
        return std::nullopt;
    }
    *error = QStringLiteral("must be \"target\", \"source\" or {\"value\": …}");
    return std::nullopt;
}

std::optional<MergeRequest> MergeRequest::parse(const QJsonObject &body, qint64 targetId, QList<FieldError> *errors)
{
    MergeRequest r;
    r.targetId = targetId;
    r.sourceId = idFrom(body.value(QStringLiteral("source")));
    if (r.sourceId <= 0)
        errors->append({QStringLiteral("source"), QStringLiteral("must be the id of the patient to retire")});
    const QJsonValue preview = body.value(QStringLiteral("preview"));
    if (!preview.isUndefined() && !preview.isBool())
        errors->append({QStringLiteral("preview"), QStringLiteral("must be true or false")});
    r.preview = preview.toBool(false);
    // A preview comes before the decision, so before its reason.
    r.reason = body.value(QStringLiteral("reason")).toString().trimmed();
    if ((r.reason.isEmpty() && !r.preview) || r.reason.size() > maxReasonLength)
        errors->append({QStringLiteral("reason"),
                        QStringLiteral("a reason of 1 to %1 characters is required").arg(maxReasonLength)});
    for (const QString &name : fieldNames())
        r.fields.insert(name, FieldChoice{});
    const QJsonValue fields = body.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isObject())
        errors->append({QStringLiteral("fields"), QStringLiteral("must be an object of field choices")});
    const QJsonObject choices = fields.toObject();
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        const QString key = QStringLiteral("fields.") + it.key();
        if (!fieldNames().contains(it.key())) {
            errors->append({key, QStringLiteral("is not a field a merge chooses")});
            continue;
        }
        QString error;
        const auto choice = choiceFromJson(it.key(), it.value(), &error);
        if (choice)
            r.fields.insert(it.key(), *choice);
        else
            errors->append({key, error});
    }
    static const QStringList known{QStringLiteral("source"), QStringLiteral("fields"), QStringLiteral("reason"),
                                   QStringLiteral("preview")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append({it.key(), QStringLiteral("is not a field of a merge request")});
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return r;
}

QJsonObject MergeRequest::fieldsJson() const
{
    QJsonObject out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        switch (it->choice) {
        case Choice::Target: out.insert(it.key(), QStringLiteral("target")); break;
        case Choice::Source: out.insert(it.key(), QStringLiteral("source")); break;
        case Choice::Value: out.insert(it.key(), QJsonObject{{QStringLiteral("value"), it->value}}); break;
        }
    }
    return out;
}

} // namespace izdesk::server
