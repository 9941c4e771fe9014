#include "hl7/checkrun.h"

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

struct Spot
{
    const char *segment;
    int field;
};

// Fields by data type, for VXU^V04.
constexpr Spot kDtm[] = {{"MSH", 7}, {"PID", 7}, {"PID", 29}, {"PID", 33}, {"PD1", 13}, {"PD1", 17}, {"PD1", 18},
                         {"NK1", 8}, {"ORC", 9}, {"RXA", 3},  {"RXA", 4},  {"RXA", 16}, {"OBX", 14}};
constexpr Spot kXpn[] = {{"PID", 5}, {"PID", 6}, {"NK1", 2}};
constexpr Spot kXad[] = {{"PID", 11}, {"NK1", 4}};
constexpr Spot kXtn[] = {{"PID", 13}, {"PID", 14}, {"NK1", 5}, {"NK1", 6}};
constexpr Spot kCoded[] = {{"PID", 10}, {"PID", 22}, {"PD1", 11}, {"NK1", 3}, {"RXA", 5}, {"RXA", 7}, {"RXA", 9},
                           {"RXA", 17}, {"RXA", 18}, {"RXA", 19}, {"RXR", 1}, {"RXR", 2}, {"OBX", 3}};
constexpr Spot kEi[] = {{"MSH", 21}, {"ORC", 2}, {"ORC", 3}};

// Coding systems beside table 0396 that VXU messages use.
constexpr const char *kMoreSystems[]
    = {"CDCREC", "CDCPHINVS", "LN",    "SCT",     "SNM",          "NCIT",  "UCUM", "NDC", "CPT",
       "C4",     "C5",        "HCPCS", "ISO3166", "PHINQUESTION", "I9CDX", "I10",  "CVX", "MVX"};

bool knownSystem(const CodeTables &tables, const QString &system)
{
    if (system.startsWith(u"99"_s) || tables.value(u"0396"_s, system))
        return true;
    for (const char *s : kMoreSystems)
        if (system.compare(QLatin1String(s), Qt::CaseInsensitive) == 0)
            return true;
    // HL7 tables are named HL7nnnn.
    return system.size() == 7 && system.startsWith(u"HL7"_s)
           && std::all_of(system.begin() + 3, system.end(), [](QChar c) { return c.isDigit(); });
}

template<std::size_t N>
bool listed(const Spot (&spots)[N], const Segment &s, int field)
{
    for (const Spot &p : spots)
        if (s.id == p.segment && p.field == field)
            return true;
    return false;
}

void checkXpn(CheckRun &run, const Segment &s, int field)
{
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        const bool family = !s.value(field, r, 1).trimmed().isEmpty();
        const bool given = !s.value(field, r, 2).trimmed().isEmpty();
        const bool maiden = s.id == "PID" && field == 6; // only the family name is required there
        if (!family)
            run.report("format.xpn", s.at(field, r, 1), s.value(field, r),
                       u"The name in %1 has no family name in component 1."_s.arg(s.at(field, r).toString()),
                       u"Send the name as family^given^middle."_s);
        else if (!given && !maiden)
            run.report("format.xpn", s.at(field, r, 2), s.value(field, r),
                       u"The name in %1 has no given name in component 2."_s.arg(s.at(field, r).toString()),
                       u"Send the name as family^given^middle."_s);
    }
}

void checkXad(CheckRun &run, const Segment &s, int field)
{
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        bool located = false;
        for (int c = 3; c <= 5; ++c)
            located = located || !s.value(field, r, c).trimmed().isEmpty();
        if (!located && !s.value(field, r, 1).trimmed().isEmpty() && s.value(field, r, 1).contains(u' ')
            && s.componentCount(field, r) <= 2)
            run.report(
                "format.xad", s.at(field, r, 1), s.value(field, r),
                u"The address in %1 is one line of text; city, state and ZIP have no components of their own."_s.arg(
                    s.at(field, r).toString()),
                u"Send street^other^city^state^ZIP^country^type."_s);
    }
}

void checkXtn(CheckRun &run, const Segment &s, int field)
{
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        const QString equipment = s.value(field, r, 3).trimmed().toUpper();
        const bool email = equipment == u"INTERNET"_s || equipment == u"NET"_s || equipment == u"X.400"_s;
        if (email) {
            if (s.value(field, r, 4).trimmed().isEmpty())
                run.report("format.xtn", s.at(field, r, 4), s.value(field, r),
                           u"%1 says e-mail but has no address in component 4."_s.arg(s.at(field, r).toString()),
                           u"Send the e-mail address in XTN component 4."_s);
            continue;
        }
        const bool number = !s.value(field, r, 7).trimmed().isEmpty();
        const bool area = !s.value(field, r, 6).trimmed().isEmpty();
        if (!number || !area)
            run.report(
                "format.xtn", s.at(field, r, number ? 6 : 7), s.value(field, r),
                u"The phone in %1 has no %2 in its own component."_s.arg(
                    s.at(field, r).toString(), number ? u"area code (component 6)"_s : u"local number (component 7)"_s),
                u"Send phones as ^PRN^PH^^^area code^number."_s);
    }
}

void checkCodedElement(CheckRun &run, const Segment &s, int field, int r)
{
    const Coded c = coded(s, field, r);
    const auto check = [&](const QString &code, const QString &system, int component) {
        if (code.isEmpty())
            return;
        if (system.isEmpty())
            run.report("format.cwe.system", s.at(field, r, component), code,
                       u"%1 has code %2 but no coding system in component %3."_s.arg(s.at(field, r).toString(), code)
                           .arg(component),
                       u"Send the code with its coding system (e.g. CVX, HL70005, CDCREC)."_s);
        else if (!knownSystem(run.tables, system))
            run.report("format.cwe.system", s.at(field, r, component), system,
                       u"%1 names coding system %2, which is not an HL7 coding system."_s.arg(s.at(field, r).toString(),
                                                                                              system),
                       u"Use a coding system from HL7 table 0396, or 99-prefixed names for local codes."_s);
    };
    check(c.code, c.system, 3);
    check(c.altCode, c.altSystem, 6);
}

void checkEi(CheckRun &run, const Segment &s, int field)
{
    for (int r = 1; r <= s.repetitionCount(field); ++r)
        if (s.value(field, r, 1).trimmed().isEmpty())
            run.report("format.ei", s.at(field, r, 1), s.value(field, r),
                       u"%1 has no identifier in component 1."_s.arg(s.at(field, r).toString()),
                       u"Send the identifier in component 1, its namespace after it."_s);
}

void checkCx(CheckRun &run, const Segment &s, int field)
{
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        const char *missing = nullptr;
        int component = 0;
        if (s.value(field, r, 1).trimmed().isEmpty()) {
            missing = "the identifier (component 1)";
            component = 1;
        } else if (!s.present(field, r, 4)) {
            missing = "the assigning authority (component 4)";
            component = 4;
        } else if (s.value(field, r, 5).trimmed().isEmpty()) {
            missing = "the identifier type (component 5)";
            component = 5;
        }
        if (missing)
            run.report("format.cx", s.at(field, r, component), s.value(field, r),
                       u"The identifier in %1 has no %2."_s.arg(s.at(field, r).toString(), QLatin1String(missing)),
                       u"Send identifiers as id^^^authority^type (e.g. ^^^MYCLINIC^MR)."_s);
    }
}

void checkNumbers(CheckRun &run, const Segment &s)
{
    const auto fixed = [&](int field, const QString &value) {
        const QString v = s.value(field).trimmed();
        if (!v.isEmpty() && v != value)
            run.report("field.value.invalid", s.at(field), v, u"%1 must be %2."_s.arg(s.at(field).toString(), value),
                       u"Send %1 as %2."_s.arg(s.at(field).toString(), value));
    };
    if (s.id == "RXA") {
        fixed(1, u"0"_s);
        fixed(2, u"1"_s);
        const QString amount = s.value(6).trimmed();
        bool number = false;
        amount.toDouble(&number);
        if (!amount.isEmpty() && (!number || amount.toDouble() < 0))
            run.report("field.value.invalid", s.at(6), amount, u"RXA-6 (amount) %1 is not a number."_s.arg(amount),
                       u"Send the amount in the units of RXA-7 (e.g. 0.5), or 999 when unknown."_s);
    } else if (s.id == "OBX") {
        fixed(11, u"F"_s);
    }
}

} // namespace

void checkFieldTypes(CheckRun &run)
{
    for (const Segment &s : run.message.segments) {
        const int count = s.fieldCount();
        for (int f = 1; f <= count; ++f) {
            if (s.repetitionCount(f) == 0)
                continue;
            if (listed(kDtm, s, f))
                for (int r = 1; r <= s.repetitionCount(f); ++r)
                    run.dtm(s, f, r);
            if (listed(kXpn, s, f))
                checkXpn(run, s, f);
            if (listed(kXad, s, f))
                checkXad(run, s, f);
            if (listed(kXtn, s, f))
                checkXtn(run, s, f);
            if (listed(kCoded, s, f))
                for (int r = 1; r <= s.repetitionCount(f); ++r)
                    checkCodedElement(run, s, f, r);
            if (listed(kEi, s, f))
                checkEi(run, s, f);
            if (s.id == "PID" && f == 3)
                checkCx(run, s, f);
        }
        if (s.id == "OBX") {
            const QString type = s.value(2).trimmed();
            if (type == u"CE"_s || type == u"CWE"_s)
                checkCodedElement(run, s, 5, 1);
            else if (type == u"DT"_s || type == u"TS"_s || type == u"DTM"_s)
                run.dtm(s, 5);
        }
        checkNumbers(run, s);
    }
}

} // namespace izdesk::server::hl7
