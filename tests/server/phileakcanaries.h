#pragma once

// The leak test's canaries: two patient records (a second, near-identical one, so the
// duplicate worklist and merges have something to work on), the staff passwords, the IIS
// users, and the wrong answers a caller gives during verification. None of them can occur by
// chance in a log line or an error body; each is registered with the CanarySet in every
// spelling it can take.

#include "leakscan.h"

#include <QUrl>

namespace izdesk::test {

// u"…"_j: a QString from a UTF-16 literal, for JSON keys and values (the build has
// QT_NO_CAST_FROM_ASCII, and Qt 6.4 has no u"…"_s).
inline QString operator""_j(const char16_t *text, std::size_t size)
{
    return QString(reinterpret_cast<const QChar *>(text), qsizetype(size));
}

struct LeakCanaries
{
    // Patient on file (adult: a "self" caller can be verified for it).
    QString given = QStringLiteral("Quetzalwyn");
    QString middle = QStringLiteral("Brixabelle");
    QString last = QStringLiteral("Zyxkowalczuk");
    QString motherMaiden = QStringLiteral("Vantrooskelli");
    QString dob = QStringLiteral("1961-04-19");
    QString phone = QStringLiteral("6125550148");
    QString phoneTyped = QStringLiteral("(612) 555-0148");
    QString street = QStringLiteral("4187 Quillfeather Lane");
    QString zip = QStringLiteral("55104");
    QString birthFile = QStringLiteral("BF2041987361");
    QString mrn = QStringLiteral("MRN-QX7719304");
    QString ssn = QStringLiteral("471932658");
    // The near-identical second record.
    QString givenTwin = QStringLiteral("Quetzalwin");
    QString mrnTwin = QStringLiteral("MRN-QX8820415");
    // What a caller who is not the patient says.
    QString wrongDob = QStringLiteral("1958-11-03");
    QString wrongLast = QStringLiteral("Oxbradwell");
    // Staff passwords (one with the characters JSON escapes).
    QString adminPassword = QStringLiteral("Adm1n-Heron\"Quill\\Tanager7731");
    QString supervisorPassword = QStringLiteral("Sup3r-Marbled-Godwit-4419");
    QString specialistPassword = QStringLiteral("Sp3c-Ruddy-Turnstone-8820");
    QString trainerPassword = QStringLiteral("Tr41n-Bar-Tailed-Whimbrel-5517");
    QString lockedPassword = QStringLiteral("L0cked-Red-Knot-Sandpiper-6604");
    QString wrongPassword = QStringLiteral("Wr0ng-Sanderling-Dunlin-3306");
    QString unknownUserPassword = QStringLiteral("Unkn0wn-Phalarope-Stint-9042");
    // IIS users: one the desk creates, one an identity provider creates over SCIM.
    QString iisGiven = QStringLiteral("Ottoline");
    QString iisFamily = QStringLiteral("Fairweatherby");
    QString iisUsername = QStringLiteral("ofairweatherby7");
    QString iisEmail = QStringLiteral("ottoline.fairweatherby@quillclinic.example");
    QString scimGiven = QStringLiteral("Perpetua");
    QString scimFamily = QStringLiteral("Windlesham");
    QString scimEmail = QStringLiteral("perpetua.windlesham@quillclinic.example");

    QString fullName() const { return given + QLatin1Char(' ') + last; }
    QString usDob() const { return QDate::fromString(dob, Qt::ISODate).toString(QStringLiteral("MM/dd/yyyy")); }
    static QByteArray enc(const QString &s) { return QUrl::toPercentEncoding(s); }
    static QByteArray plus(const QString &s) { return QUrl::toPercentEncoding(s).replace("%20", "+"); }

    void addTo(leaks::CanarySet &set) const
    {
        using Shape = leaks::CanarySet::Shape;
        set.add(QStringLiteral("patient given name"), given);
        set.add(QStringLiteral("patient given name"), givenTwin);
        set.add(QStringLiteral("patient middle name"), middle);
        set.add(QStringLiteral("patient last name"), last);
        set.add(QStringLiteral("patient full name"), fullName());
        set.add(QStringLiteral("patient full name"), last + QStringLiteral(", ") + given);
        set.add(QStringLiteral("mother's maiden name"), motherMaiden);
        set.add(QStringLiteral("birth date"), dob, Shape::Date);
        set.add(QStringLiteral("phone number"), phone, Shape::Phone);
        // HL7's XTN spells the number as area code and local number in their own components.
        set.add(QStringLiteral("phone number"), phone.left(3) + QLatin1Char('^') + phone.mid(3));
        set.add(QStringLiteral("SSN"), ssn, Shape::Text,
                {ssn.left(3) + QLatin1Char('-') + ssn.mid(3, 2) + QLatin1Char('-') + ssn.mid(5)});
        set.add(QStringLiteral("street address"), street, Shape::Text, {QStringLiteral("Quillfeather")});
        set.add(QStringLiteral("birth-file number"), birthFile);
        set.add(QStringLiteral("MRN"), mrn);
        set.add(QStringLiteral("MRN"), mrnTwin);
        set.add(QStringLiteral("caller-given birth date"), wrongDob, Shape::Date);
        set.add(QStringLiteral("caller-given last name"), wrongLast);
        for (const QString &pw : {adminPassword, supervisorPassword, specialistPassword, trainerPassword,
                                  lockedPassword, wrongPassword, unknownUserPassword})
            set.add(QStringLiteral("staff password"), pw, Shape::Secret);
        set.add(QStringLiteral("IIS user name"), iisGiven + QLatin1Char(' ') + iisFamily, Shape::Text,
                {iisGiven, iisFamily});
        set.add(QStringLiteral("IIS username"), iisUsername);
        set.add(QStringLiteral("IIS user e-mail"), iisEmail, Shape::Text, {QStringLiteral("ottoline.fairweatherby")});
        set.add(QStringLiteral("IIS user name"), scimGiven + QLatin1Char(' ') + scimFamily, Shape::Text,
                {scimGiven, scimFamily});
        set.add(QStringLiteral("IIS user e-mail"), scimEmail, Shape::Text, {QStringLiteral("perpetua.windlesham")});
    }

    // The legacy flat file: the patient, its near twin.
    QByteArray patientsCsv() const
    {
        const QString header = QStringLiteral("source_id,first_name,middle_name,last_name,suffix,birth_date,sex,"
                                              "mother_maiden_name,street,city,state,zip,phone,birth_file_number,mrn,"
                                              "mrn_facility\n");
        const QString row = QStringLiteral("%1,%2,%3,%4,,%5,F,%6,%7,Saint Paul,MN,%8,\"%9\",%10,%11,CLINIC01\n");
        return (header
                + row.arg(QStringLiteral("LEAK-1"), given, middle, last, dob, motherMaiden, street, zip, phoneTyped)
                      .arg(birthFile, mrn)
                + row.arg(QStringLiteral("LEAK-2"), givenTwin, middle, last, dob, motherMaiden, street, zip, phoneTyped)
                      .arg(QString(), mrnTwin))
            .toUtf8();
    }

    // A file the importer must refuse: every bad field holds a canary.
    QByteArray badPatientsCsv() const
    {
        return QStringLiteral("source_id,first_name,last_name,birth_date,sex,zip,mrn,phone\n"
                              "BAD-1,%1,%2,%3,%4,%5,%6,%7\n")
            .arg(given, last, given + QLatin1Char('-') + dob, middle, motherMaiden, mrn, phone)
            .toUtf8();
    }
};

} // namespace izdesk::test
