#pragma once

// The factor comparisons tst_verification runs: what a caller of each type says for one
// factor, and the result the server must give without revealing the record. Rows name the
// fixture's patients ("adult", "liam") and IIS users (VerificationFixture).

#include "tst_verification_support.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace izdesk::test {

struct FactorCase
{
    const char *row;
    const char *type;    // caller type
    const char *patient; // fixture patient ("" for none)
    const char *user;    // IIS user checked first, for facility and school codes ("" for none)
    const char *factor;
    QJsonValue value;
    const char *result;
};

inline QList<FactorCase> factorCases()
{
    const auto nm = [](const char *first, const char *last) {
        return QJsonValue(VerificationFixture::name(QString::fromUtf8(first), QString::fromUtf8(last)));
    };
    const auto addr = [](const char *street, const char *zip) {
        return QJsonValue(QJsonObject{{QStringLiteral("street"), QString::fromUtf8(street)},
                                      {QStringLiteral("zip"), QString::fromUtf8(zip)}});
    };
    const auto text = [](const char *t) { return QJsonValue(QString::fromUtf8(t)); };
    return {
        {"name: case, diacritics, punctuation, hyphen", "self", "adult", "", "full_name", nm("jose", "o neil smith"),
         "match"},
        {"name: as on file", "self", "adult", "", "full_name", nm("JOSÉ", "ONEIL-SMITH"), "match"},
        {"name: alias on file", "self", "adult", "", "full_name", nm("Josefina", "Garcia"), "match"},
        {"name: nickname is not enough", "self", "adult", "", "full_name", nm("Joe", "O'Neil-Smith"), "no_match"},
        {"dob exact", "self", "adult", "", "birth_date", text("1990-05-17"), "match"},
        {"dob off by a day", "self", "adult", "", "birth_date", text("1990-05-18"), "no_match"},
        {"address abbreviated", "self", "adult", "", "address", addr("482 N Oak St", "55104"), "match"},
        {"address other house", "self", "adult", "", "address", addr("484 North Oak Street", "55104"), "no_match"},
        {"address other zip", "self", "adult", "", "address", addr("482 North Oak Street", "55105"), "no_match"},
        {"phone any format", "self", "adult", "", "phone", text("651 555 0177"), "match"},
        {"phone other", "self", "adult", "", "phone", text("651-555-0178"), "no_match"},
        {"maiden name", "self", "adult", "", "mother_maiden_name", text("lindqvist"), "match"},
        {"maiden name misspelt", "self", "adult", "", "mother_maiden_name", text("Lindquist"), "no_match"},
        {"guardian listed", "guardian", "liam", "", "guardian_listed", nm("thu", "NGUYEN"), "match"},
        {"guardian not listed", "guardian", "liam", "", "guardian_listed", nm("Mark", "Nguyen"), "no_match"},
        {"custody document seen", "guardian", "liam", "", "custody_document", QJsonValue(true), "attested"},
        {"custody document not seen", "guardian", "liam", "", "custody_document", QJsonValue(false), "not_attested"},
        {"iis user active", "provider", "", "", "iis_username", text("DrJones"), "match"},
        {"iis user inactive", "provider", "", "", "iis_username", text("oldnurse"), "no_match"},
        {"iis user unknown", "provider", "", "", "iis_username", text("nobody"), "no_match"},
        {"facility of the user", "provider", "", "drjones", "facility_code", text("clinic01"), "match"},
        {"facility not the user's", "provider", "", "drjones", "facility_code", text("CLINIC02"), "no_match"},
        {"school user at school", "school", "", "nurse_kim", "school_code", text("SCH001"), "match"},
        {"school code, not a school user", "school", "", "clerk", "school_code", text("SCH001"), "no_match"},
        {"school code of a clinic", "school", "", "drjones", "school_code", text("CLINIC01"), "no_match"},
    };
}

} // namespace izdesk::test
