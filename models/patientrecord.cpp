#include "patientrecord.h"

#include "jsonfields.h"

namespace izdesk {

using json::date;
using json::str;

namespace {

QString joinName(const QString &first, const QString &middle, const QString &last, const QString &suffix)
{
    QStringList parts;
    for (const QString &p : {first, middle, last, suffix}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

template<typename T, typename F>
QList<T> parseList(const QJsonObject &o, const char *key, F parse)
{
    QList<T> out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(parse(v.toObject()));
    return out;
}

} // namespace

QString PatientMatch::displayName() const
{
    return joinName(firstName, middleName, lastName, suffix);
}

PatientMatch PatientMatch::fromJson(const QJsonObject &o)
{
    PatientMatch m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.iisId = str(o, "iis_id");
    m.firstName = str(o, "first_name");
    m.middleName = str(o, "middle_name");
    m.lastName = str(o, "last_name");
    m.suffix = str(o, "suffix");
    m.birthDate = date(o, "birth_date");
    m.sex = str(o, "sex");
    const QJsonObject address = o.value(QStringLiteral("address")).toObject();
    m.city = str(address, "city");
    m.state = str(address, "state");
    m.score = o.value(QStringLiteral("score")).toDouble();
    m.grade = str(o, "grade");
    for (const QJsonValue &v : o.value(QStringLiteral("explanation")).toArray()) {
        const QJsonObject e = v.toObject();
        m.explanation.append({str(e, "field"), str(e, "level"), e.value(QStringLiteral("weight")).toDouble()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("badges")).toArray())
        m.badges << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("vetoes")).toArray())
        m.vetoes << v.toString();
    return m;
}

QString PatientAddress::oneLine() const
{
    QStringList parts;
    if (!street.isEmpty())
        parts << street;
    const QString place = joinName(city, state, zip, QString());
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

PatientImmunization PatientImmunization::fromJson(const QJsonObject &o)
{
    PatientImmunization i;
    i.id = o.value(QStringLiteral("id")).toInteger();
    i.cvx = str(o, "cvx");
    i.vaccineName = str(o, "vaccine_name");
    i.vaccineGroup = str(o, "vaccine_group");
    i.manufacturer = str(o, "manufacturer");
    i.mvx = str(o, "mvx");
    i.lot = str(o, "lot");
    i.administeredDate = date(o, "administered_date");
    i.recordType = str(o, "record_type");
    i.facilityCode = str(o, "facility_code");
    return i;
}

QList<PatientImmunization> PatientImmunization::listFromJson(const QJsonArray &a)
{
    QList<PatientImmunization> out;
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(fromJson(v.toObject()));
    return out;
}

QString PatientRecord::displayName() const
{
    return joinName(firstName, middleName, lastName, suffix);
}

PatientIdentifier PatientIdentifier::fromJson(const QJsonObject &o)
{
    return PatientIdentifier{str(o, "type"), str(o, "value"), str(o, "assigning_facility"), str(o, "status")};
}

PatientRecord PatientRecord::fromJson(const QJsonObject &o)
{
    PatientRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.iisId = str(o, "iis_id");
    r.firstName = str(o, "first_name");
    r.middleName = str(o, "middle_name");
    r.lastName = str(o, "last_name");
    r.suffix = str(o, "suffix");
    r.birthDate = date(o, "birth_date");
    r.sex = str(o, "sex");
    r.multipleBirth = o.value(QStringLiteral("multiple_birth")).toBool();
    r.birthOrder = o.value(QStringLiteral("birth_order")).toInt();
    r.motherMaidenName = str(o, "mother_maiden_name");
    r.race = str(o, "race");
    r.ethnicity = str(o, "ethnicity");
    r.active = o.value(QStringLiteral("active")).toBool(true);
    r.owningFacilityCode = str(o, "owning_facility_code");
    r.aliases = parseList<PatientAlias>(o, "aliases", [](const QJsonObject &a) {
        return PatientAlias{str(a, "kind"), str(a, "first_name"), str(a, "middle_name"), str(a, "last_name")};
    });
    r.addresses = parseList<PatientAddress>(o, "addresses", [](const QJsonObject &a) {
        return PatientAddress{str(a, "kind"),  str(a, "street"), str(a, "city"),
                              str(a, "state"), str(a, "zip"),    a.value(QStringLiteral("current")).toBool()};
    });
    r.phones = parseList<PatientPhone>(o, "phones", [](const QJsonObject &a) {
        return PatientPhone{str(a, "kind"), str(a, "number")};
    });
    r.guardians = parseList<PatientGuardian>(o, "guardians", [](const QJsonObject &a) {
        return PatientGuardian{str(a, "first_name"), str(a, "last_name"), str(a, "relationship"), str(a, "phone")};
    });
    r.identifiers = parseList<PatientIdentifier>(o, "identifiers", &PatientIdentifier::fromJson);
    r.consents = parseList<PatientConsent>(o, "consents", [](const QJsonObject &a) {
        return PatientConsent{str(a, "kind"), a.value(QStringLiteral("active")).toBool(true), date(a, "effective_date"),
                              str(a, "source")};
    });
    r.historyWithheld = o.value(QStringLiteral("history_withheld")).toBool(true);
    return r;
}

} // namespace izdesk
