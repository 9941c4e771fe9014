#include "hl7/checkrun.h"

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

struct CodedSpot
{
    const char *segment;
    int field;
    const char *table;
    QStringList systems;
    const char *what;
    bool freeText = false; // a code without system that the table lacks is text: pid.*.uncoded reports it
};

// Coded (CE/CWE) fields and the value set each takes.
const QList<CodedSpot> &codedSpots()
{
    static const QList<CodedSpot> spots = {
        {"PID", 10, "0005", {u"CDCREC"_s, u"HL70005"_s}, "race", true},
        {"PID", 22, "0189", {u"CDCREC"_s, u"HL70189"_s}, "ethnic group", true},
        {"PD1", 11, "0215", {u"HL70215"_s}, "publicity code"},
        {"NK1", 3, "0063", {u"HL70063"_s}, "relationship"},
        {"RXA", 7, "UCUM", {u"UCUM"_s}, "administered units"},
        {"RXA", 9, "NIP001", {u"NIP001"_s}, "information source"},
        {"RXA", 18, "NIP002", {u"NIP002"_s}, "refusal reason"},
        {"RXR", 1, "0162", {u"HL70162"_s, u"NCIT"_s}, "route"},
        {"RXR", 2, "0163", {u"HL70163"_s}, "site"},
        {"OBX", 3, "NIP003", {u"LN"_s}, "observation identifier"},
        {"OBX", 17, "FUNDING_ELIGIBILITY_OBS_METHOD", {u"CDCPHINVS"_s}, "eligibility observation method"},
    };
    return spots;
}

struct IdSpot
{
    const char *segment;
    int field;
    int component;
    const char *table;
    const char *what;
};

// Coded fields of type ID/IS (no coding system component) and their tables.
constexpr IdSpot kIdSpots[] = {
    {"MSH", 11, 1, "0103", "processing id"},
    {"MSH", 15, 0, "0155", "accept acknowledgment type"},
    {"MSH", 16, 0, "0155", "application acknowledgment type"},
    {"PID", 3, 5, "0203", "identifier type"},
    {"PID", 5, 7, "0200", "name type"},
    {"PID", 8, 0, "0001", "administrative sex"},
    {"PID", 11, 7, "0190", "address type"},
    {"PID", 13, 2, "0201", "telecommunication use"},
    {"PID", 13, 3, "0202", "telecommunication equipment"},
    {"PID", 24, 0, "0136", "multiple birth indicator"},
    {"PID", 30, 0, "0136", "death indicator"},
    {"PD1", 12, 0, "0136", "protection indicator"},
    {"NK1", 5, 2, "0201", "telecommunication use"},
    {"NK1", 5, 3, "0202", "telecommunication equipment"},
    {"ORC", 1, 0, "0119", "order control"},
    {"RXA", 20, 0, "0322", "completion status"},
    {"RXA", 21, 0, "0323", "action code"},
};

// OBX-5 value sets by the observation in OBX-3.
struct ObxValue
{
    const char *loinc;
    const char *table;
    QStringList systems;
    const char *what;
};

const QList<ObxValue> &obxValues()
{
    static const QList<ObxValue> values = {
        {"64994-7", "0064", {u"HL70064"_s}, "dose-level eligibility"},
        {"30963-3", "CDCPHINVS", {u"CDCPHINVS"_s, u"HL70396"_s}, "funding source"},
        {"59784-9", "EVIDENCE_OF_IMMUNITY", {u"SCT"_s}, "evidence of immunity"},
    };
    return values;
}

void checkCoded(CheckRun &run, const Segment &s, int field, int rep, const QString &table, const QStringList &systems,
                const QString &what, bool freeText = false)
{
    const Coded c = coded(s, field, rep);
    int component = c.componentFor(systems);
    if (component == 0 && !c.code.isEmpty() && c.system.isEmpty()) {
        if (freeText && !run.tables.value(table, c.code))
            return;
        component = 1; // no system: judged as if it were the expected one (format.cwe.system says the rest)
    }
    if (component == 0)
        return;
    checkTableValue(run, s, s.at(field, rep, component), table, component == 1 ? c.code : c.altCode, what);
}

} // namespace

void checkTableValue(CheckRun &run, const Segment &s, const Location &at, const QString &table, const QString &code,
                     const QString &what)
{
    Q_UNUSED(s);
    if (code.isEmpty() || !run.tables.hasValueSet(table))
        return;
    const CodeTables::Value *v = run.tables.value(table, code);
    if (!v) {
        run.report("code.unrecognized", at, code,
                   u"%1 (%2) has code %3, which is not in table %4."_s.arg(at.toString(), what, code, table),
                   u"Send a %1 code from table %2."_s.arg(what, table));
    } else if (v->status == CodeTables::Status::Deprecated) {
        run.report("code.deprecated", at, code,
                   u"%1 (%2) has code %3 (%4), a deprecated code."_s.arg(at.toString(), what, code, v->label),
                   u"Replace %1 with its current code in table %2."_s.arg(code, table));
    } else if (v->status == CodeTables::Status::Invalid) {
        run.report("code.invalid", at, code,
                   u"%1 (%2) has code %3 (%4), which table %5 lists as not to be used."_s.arg(at.toString(), what, code,
                                                                                              v->label, table),
                   u"Send a valid %1 code from table %2."_s.arg(what, table));
    }
}

void checkCodes(CheckRun &run)
{
    for (const Segment &s : run.message.segments) {
        for (const CodedSpot &spot : codedSpots()) {
            if (s.id != spot.segment)
                continue;
            for (int r = 1; r <= s.repetitionCount(spot.field); ++r)
                checkCoded(run, s, spot.field, r, QLatin1String(spot.table), spot.systems, QLatin1String(spot.what),
                           spot.freeText);
        }
        for (const IdSpot &spot : kIdSpots) {
            if (s.id != spot.segment)
                continue;
            for (int r = 1; r <= s.repetitionCount(spot.field); ++r) {
                const int component = spot.component == 0 ? 1 : spot.component;
                const QString code = s.value(spot.field, r, component).trimmed();
                checkTableValue(run, s, s.at(spot.field, r, spot.component), QLatin1String(spot.table), code,
                                QLatin1String(spot.what));
            }
        }
        if (s.id == "OBX") {
            const QString observation = coded(s, 3).codeIn({u"LN"_s});
            for (const ObxValue &v : obxValues())
                if (observation == QLatin1String(v.loinc))
                    checkCoded(run, s, 5, 1, QLatin1String(v.table), v.systems, QLatin1String(v.what));
        }
    }
}

} // namespace izdesk::server::hl7
