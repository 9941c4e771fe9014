#include "mergerules.h"

#include <QJsonValue>

namespace izdesk::MergeRules {

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// The typed text as the field's JSON value; undefined when it is not a usable value.
QJsonValue typedValue(const QString &key, const QString &text)
{
    const QString t = text.trimmed();
    if (key == QLatin1String("birth_date")) {
        if (t.isEmpty())
            return QJsonValue(QJsonValue::Null);
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Undefined);
    }
    if (key == QLatin1String("sex")) {
        const QString s = t.toUpper();
        return QStringList{QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U")}.contains(s)
                   ? QJsonValue(s)
                   : QJsonValue(QJsonValue::Undefined);
    }
    if (key == QLatin1String("multiple_birth")) {
        const QString s = t.toLower();
        if (QStringList{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1")}
                .contains(s))
            return true;
        if (QStringList{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0")}
                .contains(s))
            return false;
        return QJsonValue(QJsonValue::Undefined);
    }
    if (key == QLatin1String("birth_order")) {
        if (t.isEmpty())
            return 0;
        bool ok = false;
        const int n = t.toInt(&ok);
        return ok && n >= 0 && n <= 9 ? QJsonValue(n) : QJsonValue(QJsonValue::Undefined);
    }
    if (t.size() > 200)
        return QJsonValue(QJsonValue::Undefined);
    return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
}

} // namespace

QStringList fieldKeys()
{
    return {QStringLiteral("first_name"),     QStringLiteral("middle_name"), QStringLiteral("last_name"),
            QStringLiteral("suffix"),         QStringLiteral("birth_date"),  QStringLiteral("sex"),
            QStringLiteral("multiple_birth"), QStringLiteral("birth_order"), QStringLiteral("mother_maiden_name"),
            QStringLiteral("race"),           QStringLiteral("ethnicity"),   QStringLiteral("owning_facility_code")};
}

QString fieldValue(const PatientRecord &r, const QString &key)
{
    if (key == QLatin1String("first_name"))
        return r.firstName.trimmed();
    if (key == QLatin1String("middle_name"))
        return r.middleName.trimmed();
    if (key == QLatin1String("last_name"))
        return r.lastName.trimmed();
    if (key == QLatin1String("suffix"))
        return r.suffix.trimmed();
    if (key == QLatin1String("birth_date"))
        return r.birthDate.isValid() ? r.birthDate.toString(Qt::ISODate) : QString();
    if (key == QLatin1String("sex"))
        return r.sex.trimmed();
    if (key == QLatin1String("multiple_birth"))
        return boolText(r.multipleBirth);
    if (key == QLatin1String("birth_order"))
        return r.birthOrder > 0 ? QString::number(r.birthOrder) : QString();
    if (key == QLatin1String("mother_maiden_name"))
        return r.motherMaidenName.trimmed();
    if (key == QLatin1String("race"))
        return r.race.trimmed();
    if (key == QLatin1String("ethnicity"))
        return r.ethnicity.trimmed();
    if (key == QLatin1String("owning_facility_code"))
        return r.owningFacilityCode.trimmed();
    return {};
}

QString mergedValue(const QJsonObject &merged, const QString &key)
{
    const QJsonValue v = merged.value(key);
    if (key == QLatin1String("multiple_birth"))
        return boolText(v.isBool() ? v.toBool() : v.toInt() != 0);
    if (key == QLatin1String("birth_order")) {
        const int n = v.isString() ? v.toString().toInt() : v.toInt();
        return n > 0 ? QString::number(n) : QString();
    }
    return v.isString() ? v.toString().trimmed() : QString();
}

FieldChoice defaultChoice(const QString &key, const PatientRecord &target, const PatientRecord &source)
{
    if (fieldValue(target, key).isEmpty() && !fieldValue(source, key).isEmpty())
        return {FieldChoice::Kind::Source, {}};
    return {FieldChoice::Kind::Target, {}};
}

FieldChoices defaultChoices(const PatientRecord &target, const PatientRecord &source)
{
    FieldChoices choices;
    for (const QString &key : fieldKeys())
        choices.insert(key, defaultChoice(key, target, source));
    return choices;
}

FieldChoices swapped(const FieldChoices &choices)
{
    FieldChoices out = choices;
    for (FieldChoice &c : out) {
        if (c.kind == FieldChoice::Kind::Target)
            c.kind = FieldChoice::Kind::Source;
        else if (c.kind == FieldChoice::Kind::Source)
            c.kind = FieldChoice::Kind::Target;
    }
    return out;
}

QJsonObject choicesJson(const FieldChoices &choices, QString *invalidField)
{
    QJsonObject fields;
    for (const QString &key : fieldKeys()) {
        const FieldChoice c = choices.value(key);
        switch (c.kind) {
        case FieldChoice::Kind::Target: fields.insert(key, QStringLiteral("target")); break;
        case FieldChoice::Kind::Source: fields.insert(key, QStringLiteral("source")); break;
        case FieldChoice::Kind::Typed: {
            const QJsonValue v = typedValue(key, c.typed);
            if (v.isUndefined()) {
                if (invalidField && invalidField->isEmpty())
                    *invalidField = key;
                continue;
            }
            fields.insert(key, QJsonObject{{QStringLiteral("value"), v}});
            break;
        }
        }
    }
    return fields;
}

FieldAgreement agreementForLevel(const QString &level, double weight)
{
    if (level == QLatin1String("exact"))
        return FieldAgreement::Exact;
    if (level == QLatin1String("disagree"))
        return FieldAgreement::Disagree;
    if (level == QLatin1String("missing") || level.isEmpty())
        return FieldAgreement::Missing;
    // Graded partial agreements (phonetic, nickname, similar, transposed, swapped, partial,
    // initial, compound_part); an identifier's level is its type and counts as exact.
    static const QStringList close{QStringLiteral("phonetic"), QStringLiteral("nickname"),
                                   QStringLiteral("similar"),  QStringLiteral("transposed"),
                                   QStringLiteral("swapped"),  QStringLiteral("partial"),
                                   QStringLiteral("initial"),  QStringLiteral("compound_part")};
    if (close.contains(level))
        return FieldAgreement::Close;
    return weight > 0 ? FieldAgreement::Exact : FieldAgreement::Disagree;
}

FieldAgreement fieldAgreement(const QString &key, const QString &targetValue, const QString &sourceValue,
                              const QList<MatchContribution> &contributions)
{
    if (targetValue.isEmpty() || sourceValue.isEmpty())
        return FieldAgreement::Missing;
    for (const MatchContribution &c : contributions) {
        if (c.field == key)
            return agreementForLevel(c.level, c.weight);
    }
    return targetValue.compare(sourceValue, Qt::CaseInsensitive) == 0 ? FieldAgreement::Exact
                                                                      : FieldAgreement::Disagree;
}

} // namespace izdesk::MergeRules
