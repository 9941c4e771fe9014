#include "hl7/checkcatalog.h"

namespace izdesk::server::hl7 {

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// Application codes (table 0533 of the CDC guide): 1 illogical date, 2 invalid date,
// 3 illogical value, 4 invalid value, 5 table value not found, 6 required observation missing.
const QList<CheckDefinition> kCatalog = {
    // The message as a whole.
    {"msg.unreadable", "", E, true, 207, "", "the reader could not read the message"},
    {"msg.read.problem", "", W, true, 102, "4",
     "the reader met a problem it could read past (escape, control character)"},
    {"msg.type.unsupported", "", E, true, 200, "", "MSH-9 is not VXU^V04^VXU_V04 or QBP^Q11^QBP_Q11"},
    {"msg.version.unsupported", "", E, true, 203, "", "MSH-12 is not 2.5.1"},
    {"msg.profile.mismatch", "", W, true, 207, "4",
     "MSH-21 does not name the profile the message type needs (Z22, Z44)"},
    {"msg.delimiters.nonstandard", "", W, true, 102, "4", "MSH-1/MSH-2 are not the standard |^~\\&"},
    // Structure.
    {"segment.missing", "", E, true, 100, "", "a required segment is missing"},
    {"segment.order", "", E, true, 100, "", "a segment is out of the order the message grammar allows"},
    {"segment.repeated", "", E, true, 100, "", "a segment that may appear once appears again"},
    {"segment.unexpected", "", W, true, 100, "", "a segment the message type does not have (Z segments are ignored)"},
    // Fields.
    {"field.required.missing", "", E, true, 101, "", "a required (R) field is empty"},
    {"field.re.missing", "", I, false, 101, "", "a required-but-may-be-empty (RE) field is empty"},
    {"field.repeated", "", E, true, 102, "4", "a field repeats more often than its cardinality allows"},
    {"field.value.invalid", "", E, true, 102, "4",
     "a field holds a value the guide does not allow (fixed values, numbers)"},
    {"format.dtm", "", E, true, 102, "2", "a date/time is not YYYYMMDD[HHMM[SS[.S]]][+/-ZZZZ] or not a real date"},
    {"format.xpn", "", E, true, 102, "4", "a person name without family or given name"},
    {"format.xad", "", E, true, 102, "4", "an address whose components are misplaced"},
    {"format.xtn", "", E, true, 102, "4", "a phone without area code and local number (or e-mail)"},
    {"format.cwe.system", "", E, true, 102, "4",
     "a coded value without its coding system, or in a system the field does not take"},
    {"format.ei", "", E, true, 102, "4", "an entity identifier without its identifier"},
    {"format.cx", "", E, true, 102, "4", "a patient identifier without its id, assigning authority or type"},
    // Code sets.
    {"code.unrecognized", "", E, true, 103, "5", "a code that is not in its table"},
    {"code.deprecated", "", W, true, 103, "5", "a deprecated code"},
    {"code.invalid", "", E, true, 103, "4", "a code the table lists as not to be used"},
    {"date.order", "", E, true, 207, "1", "dates in an impossible order (end before start, dose after death)"},
    // a) administered dose coding.
    {"rxa.cvx.missing", "a", E, true, 101, "", "the dose has no CVX code"},
    {"rxa.cvx.unrecognized", "a", E, true, 103, "5", "RXA-5 has a CVX code CDC does not list"},
    {"rxa.product.missing", "a", W, true, 101, "", "an administered dose has no NDC or CPT beside its CVX"},
    {"rxa.ndc.unrecognized", "a", W, true, 103, "5", "an NDC CDC does not list"},
    {"rxa.cpt.unrecognized", "a", W, true, 103, "5", "a CPT code not in CDC's CPT to CVX crosswalk"},
    {"rxa.ndc.cvx.mismatch", "a", E, true, 207, "3", "the NDC is for another vaccine than the CVX"},
    {"rxa.cpt.cvx.mismatch", "a", E, true, 207, "3", "the CPT code is for another vaccine than the CVX"},
    // b) code valid at the administration date.
    {"rxa.cvx.not.usable", "b", E, true, 207, "4",
     "a CVX that was never used in the US (Never Active, Pending) or not yet/no longer usable on that date"},
    {"rxa.cvx.inactive.new", "b", W, true, 207, "4",
     "a new administration with a CVX CDC has made inactive (only for historical doses)"},
    {"rxa.ndc.date", "b", W, true, 207, "1",
     "the dose date is before the NDC was marketed, or a new dose after it ended"},
    // c) eligibility and funding.
    {"obx.eligibility.missing", "c", W, true, 101, "6",
     "an administered dose without dose-level eligibility (OBX 64994-7)"},
    {"obx.funding.missing", "c", W, true, 101, "6", "an administered dose without its funding source (OBX 30963-3)"},
    {"obx.funding.eligibility.mismatch", "c", W, true, 207, "3", "the funding source does not go with the eligibility"},
    // d) manufacturer and lot.
    {"rxa.mvx.missing", "d", W, true, 101, "", "an administered dose without a manufacturer (RXA-17)"},
    {"rxa.mvx.unrecognized", "d", E, true, 103, "5", "an MVX code CDC does not list"},
    {"rxa.lot.missing", "d", W, true, 101, "", "an administered dose without a lot number (RXA-15)"},
    {"rxa.mvx.cvx.mismatch", "d", W, true, 207, "3", "the manufacturer does not make a vaccine of that CVX"},
    // e) race and ethnicity.
    {"pid.race.uncoded", "e", W, true, 102, "4", "race sent as free text instead of a CDCREC code"},
    {"pid.ethnicity.uncoded", "e", W, true, 102, "4", "ethnicity sent as free text instead of a CDCREC code"},
    // f) address and phone.
    {"address.incomplete", "f", W, true, 102, "4", "an address without street, city, state or ZIP"},
    {"address.state.invalid", "f", W, true, 102, "4", "a state that is not a two-letter US state or territory code"},
    {"address.zip.invalid", "f", W, true, 102, "4", "a ZIP that is not 5 digits or ZIP+4"},
    {"phone.invalid", "f", W, true, 102, "4", "a phone number that is not a 3-digit area code and 7-digit number"},
    // g) refusals.
    {"rxa.refusal.reason.missing", "g", E, true, 101, "", "a refusal (RXA-20 RE) without a refusal reason in RXA-18"},
    {"rxa.refusal.reason.uncoded", "g", E, true, 102, "4", "a refusal reason that is not a NIP002 code"},
    {"rxa.refusal.status.mismatch", "g", E, true, 207, "3",
     "a refusal reason on a dose whose completion status is not RE"},
    {"rxa.dose.placeholder", "g", E, true, 207, "3",
     "a dose that records nothing: CVX 998/999 or amount 999 reported as completed without a refusal"},
    // h) protection and publicity.
    {"pd1.protection.date.missing", "h", W, true, 101, "",
     "protection indicator (PD1-12) without its effective date (PD1-13)"},
    {"pd1.publicity.date.missing", "h", W, true, 101, "",
     "publicity code (PD1-11) without its effective date (PD1-18)"},
    {"pd1.status.date.missing", "h", W, true, 101, "", "registry status (PD1-16) without its effective date (PD1-17)"},
    // i) dates.
    {"date.future", "i", E, true, 207, "1", "a date after the message was sent or received"},
    {"date.before.birth", "i", E, true, 207, "1", "a dose or event dated before the patient's birth"},
    // j) SSN.
    {"pid.ssn.present", "j", E, true, 207, "4", "a Social Security number in PID-3 (type SS) or PID-19"},
    {"text.ssn.present", "j", E, true, 207, "4",
     "a Social Security number pattern in an identifier, note or observation text"},
    // k) filler data.
    {"name.placeholder", "k", W, true, 207, "4", "a placeholder name (BABY BOY, TEST, …)"},
    {"phone.placeholder", "k", W, true, 207, "4", "a filler phone (one digit repeated, 555-01xx)"},
    {"address.placeholder", "k", W, true, 207, "4", "a filler address (UNKNOWN, XXX)"},
    {"pid.dob.placeholder", "k", W, true, 207, "2", "a filler birth date (1900-01-01)"},
    {"rxa.lot.placeholder", "k", W, true, 207, "4", "a filler lot number (N/A, 0000)"},
};

} // namespace

const QList<CheckDefinition> &checkCatalog()
{
    return kCatalog;
}

const CheckDefinition *checkDefinition(const QString &id)
{
    for (const CheckDefinition &d : kCatalog)
        if (id == QLatin1String(d.id))
            return &d;
    return nullptr;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

char severityErrCode(Severity s)
{
    switch (s) {
    case Severity::Error: return 'E';
    case Severity::Warning: return 'W';
    case Severity::Info: return 'I';
    }
    return 'E';
}

} // namespace izdesk::server::hl7
