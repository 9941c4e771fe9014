#include "hl7/checkrun.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

enum class When { Always, AmountNot999, Given, Administered, Refused };

struct FieldRule
{
    const char *segment;
    int field;
    char usage;  // 'R' required, 'E' required but may be empty (RE), 'C' cardinality only
    int maxReps; // 0 = any number
    When when;
    const char *name;
};

// The fields the CDC 2.5.1 guide (release 1.5) constrains for VXU^V04 (Z22). Conditional
// fields are required or RE only when their condition holds; fields a checklist item already
// judges (lot, manufacturer, refusal reason, PD1 effective dates) carry only their cardinality.
constexpr FieldRule kVxuRules[] = {
    {"MSH", 7, 'R', 1, When::Always, "date/time of message"},
    {"MSH", 9, 'R', 1, When::Always, "message type"},
    {"MSH", 10, 'R', 1, When::Always, "message control id"},
    {"MSH", 11, 'R', 1, When::Always, "processing id"},
    {"MSH", 12, 'R', 1, When::Always, "version id"},
    {"MSH", 21, 'R', 0, When::Always, "message profile identifier"},
    {"MSH", 4, 'E', 1, When::Always, "sending facility"},
    {"PID", 3, 'R', 0, When::Always, "patient identifier list"},
    {"PID", 5, 'R', 0, When::Always, "patient name"},
    {"PID", 6, 'E', 1, When::Always, "mother's maiden name"},
    {"PID", 7, 'R', 1, When::Always, "date of birth"},
    {"PID", 8, 'E', 1, When::Always, "administrative sex"},
    {"PID", 10, 'E', 0, When::Always, "race"},
    {"PID", 11, 'E', 0, When::Always, "patient address"},
    {"PID", 13, 'E', 0, When::Always, "home phone"},
    {"PID", 22, 'E', 1, When::Always, "ethnic group"},
    {"PID", 24, 'E', 1, When::Always, "multiple birth indicator"},
    {"PID", 25, 'C', 1, When::Always, "birth order"},
    {"PID", 29, 'C', 1, When::Always, "patient death date"},
    {"PID", 30, 'E', 1, When::Always, "patient death indicator"},
    {"PD1", 11, 'E', 1, When::Always, "publicity code"},
    {"PD1", 12, 'E', 1, When::Always, "protection indicator"},
    {"PD1", 13, 'C', 1, When::Always, "protection indicator effective date"},
    {"PD1", 16, 'E', 1, When::Always, "immunization registry status"},
    {"PD1", 17, 'C', 1, When::Always, "registry status effective date"},
    {"PD1", 18, 'C', 1, When::Always, "publicity code effective date"},
    {"NK1", 1, 'R', 1, When::Always, "set id"},
    {"NK1", 2, 'R', 1, When::Always, "next of kin name"},
    {"NK1", 3, 'R', 1, When::Always, "relationship"},
    {"ORC", 1, 'R', 1, When::Always, "order control"},
    {"ORC", 2, 'E', 1, When::Always, "placer order number"},
    {"ORC", 3, 'R', 1, When::Always, "filler order number"},
    {"RXA", 1, 'R', 1, When::Always, "give sub-id counter"},
    {"RXA", 2, 'R', 1, When::Always, "administration sub-id counter"},
    {"RXA", 3, 'R', 1, When::Always, "date/time start of administration"},
    {"RXA", 4, 'E', 1, When::Always, "date/time end of administration"},
    {"RXA", 5, 'R', 1, When::Always, "administered code"},
    {"RXA", 6, 'R', 1, When::Always, "administered amount"},
    {"RXA", 7, 'R', 1, When::AmountNot999, "administered units"},
    {"RXA", 9, 'R', 1, When::Given, "administration notes (information source)"},
    {"RXA", 10, 'E', 1, When::Administered, "administering provider"},
    {"RXA", 11, 'E', 1, When::Administered, "administered-at location"},
    {"RXA", 15, 'C', 1, When::Always, "substance lot number"},
    {"RXA", 16, 'E', 1, When::Administered, "substance expiration date"},
    {"RXA", 17, 'C', 1, When::Always, "substance manufacturer name"},
    {"RXA", 18, 'C', 1, When::Always, "substance/treatment refusal reason"},
    {"RXA", 20, 'E', 1, When::Always, "completion status"},
    {"RXA", 21, 'E', 1, When::Always, "action code"},
    {"RXR", 1, 'R', 1, When::Always, "route"},
    {"RXR", 2, 'E', 1, When::Always, "administration site"},
    {"OBX", 1, 'R', 1, When::Always, "set id"},
    {"OBX", 2, 'R', 1, When::Always, "value type"},
    {"OBX", 3, 'R', 1, When::Always, "observation identifier"},
    {"OBX", 4, 'R', 1, When::Always, "observation sub-id"},
    {"OBX", 5, 'R', 1, When::Always, "observation value"},
    {"OBX", 11, 'R', 1, When::Always, "observation result status"},
    {"OBX", 14, 'E', 1, When::Always, "date/time of the observation"},
};

constexpr FieldRule kQbpRules[] = {
    {"MSH", 7, 'R', 1, When::Always, "date/time of message"},
    {"MSH", 9, 'R', 1, When::Always, "message type"},
    {"MSH", 10, 'R', 1, When::Always, "message control id"},
    {"MSH", 11, 'R', 1, When::Always, "processing id"},
    {"MSH", 12, 'R', 1, When::Always, "version id"},
    {"MSH", 21, 'R', 0, When::Always, "message profile identifier"},
    {"QPD", 1, 'R', 1, When::Always, "message query name"},
    {"QPD", 2, 'R', 1, When::Always, "query tag"},
    {"QPD", 3, 'R', 0, When::Always, "patient identifier list"},
    {"QPD", 4, 'R', 0, When::Always, "patient name"},
    {"QPD", 6, 'R', 1, When::Always, "patient date of birth"},
    {"RCP", 1, 'R', 1, When::Always, "query priority"},
    {"RCP", 2, 'R', 1, When::Always, "quantity limited request"},
};

bool holds(When when, const Segment &s)
{
    switch (when) {
    case When::Always: return true;
    case When::AmountNot999: return s.value(6).trimmed() != u"999"_s;
    case When::Given: return isGiven(s);
    case When::Administered: return isAdministered(s);
    case When::Refused: return s.value(20).trimmed().toUpper() == u"RE"_s;
    }
    return true;
}

template<std::size_t N>
void checkFields(CheckRun &run, const FieldRule (&rules)[N])
{
    for (const Segment &s : run.message.segments) {
        for (const FieldRule &r : rules) {
            if (s.id != r.segment)
                continue;
            const int reps = s.repetitionCount(r.field);
            const QString where = u"%1-%2"_s.arg(QString::fromLatin1(s.id)).arg(r.field);
            if (reps == 0 && holds(r.when, s)) {
                if (r.usage == 'R')
                    run.report("field.required.missing", s.at(r.field), {},
                               u"%1 (%2) is required and is empty."_s.arg(where, QLatin1String(r.name)),
                               u"Send %1 in %2."_s.arg(QLatin1String(r.name), where));
                else if (r.usage == 'E')
                    run.report("field.re.missing", s.at(r.field), {},
                               u"%1 (%2) is empty; send it when it is known."_s.arg(where, QLatin1String(r.name)),
                               u"Send %1 when the record has it."_s.arg(QLatin1String(r.name)));
            }
            if (r.maxReps > 0 && reps > r.maxReps)
                run.report("field.repeated", s.at(r.field, r.maxReps + 1), {},
                           u"%1 (%2) may appear %3 time(s) and repeats %4 times."_s.arg(where, QLatin1String(r.name))
                               .arg(r.maxReps)
                               .arg(reps),
                           u"Send one %1 only."_s.arg(QLatin1String(r.name)));
        }
    }
}

// The VXU_V04 grammar as ranks: a segment may follow one of lower rank, repeat when marked,
// and the groups (insurance IN1–IN3, order ORC…NTE, observation OBX NTE) start again.
struct Rank
{
    int rank;
    bool repeats;
};

const QHash<QByteArray, Rank> &vxuRanks()
{
    static const QHash<QByteArray, Rank> ranks = {
        {"MSH", {0, false}},  {"SFT", {1, true}},   {"PID", {2, false}},  {"PD1", {3, false}}, {"NK1", {4, true}},
        {"PV1", {5, false}},  {"PV2", {6, false}},  {"GT1", {7, true}},   {"IN1", {8, false}}, {"IN2", {9, false}},
        {"IN3", {10, false}}, {"ORC", {20, false}}, {"TQ1", {21, false}}, {"TQ2", {22, true}}, {"RXA", {23, false}},
        {"RXR", {24, false}}, {"OBX", {25, false}}, {"NTE", {26, true}},
    };
    return ranks;
}

void segmentMissing(CheckRun &run, const Location &at, const char *id, const QString &why)
{
    run.report("segment.missing", at, QString::fromLatin1(id), why,
               u"Send the %1 segment where the message grammar has it."_s.arg(QLatin1String(id)));
}

void checkVxuGrammar(CheckRun &run)
{
    const auto &ranks = vxuRanks();
    int current = -1;
    bool havePid = false;
    const Segment *openOrc = nullptr; // ORC whose RXA has not come yet
    for (const Segment &s : run.message.segments) {
        if (s.id.startsWith('Z'))
            continue;
        const auto it = ranks.constFind(s.id);
        if (it == ranks.constEnd()) {
            run.report(
                "segment.unexpected", s.at(0), QString::fromLatin1(s.id),
                u"A VXU^V04 message has no %1 segment (segment %2)."_s.arg(QString::fromLatin1(s.id)).arg(s.index + 1),
                u"Remove the %1 segment or move its data to the field the guide names."_s.arg(
                    QString::fromLatin1(s.id)));
            continue;
        }
        const Rank r = *it;
        bool ok = r.rank > current || (r.rank == current && r.repeats);
        if (!ok) {
            // Groups that start again.
            if (s.id == "IN1" && current >= 8 && current <= 10)
                ok = true;
            else if (s.id == "ORC" && current >= 20)
                ok = true;
            else if (s.id == "RXA" && current >= 23) // a new dose without its ORC (reported below)
                ok = true;
            else if (s.id == "OBX" && current >= 25)
                ok = true;
            else if (s.id == "TQ1" && current == 22)
                ok = true;
        }
        if (s.id == "ORC" && openOrc)
            segmentMissing(run, s.at(0), "RXA",
                           u"The order at segment %1 (ORC) has no RXA before the next ORC."_s.arg(openOrc->index + 1));
        if (s.id == "RXA" && !openOrc && ok)
            segmentMissing(
                run, s.at(0), "ORC",
                u"The RXA at segment %1 has no ORC before it; every RXA needs its own ORC."_s.arg(s.index + 1));
        if (!ok && r.rank == current && !r.repeats)
            run.report(
                "segment.repeated", s.at(0), QString::fromLatin1(s.id),
                u"%1 appears twice in a row (segment %2); it may appear once here."_s.arg(QString::fromLatin1(s.id))
                    .arg(s.index + 1),
                u"Send one %1 segment."_s.arg(QString::fromLatin1(s.id)));
        else if (!ok)
            run.report(
                "segment.order", s.at(0), QString::fromLatin1(s.id),
                u"%1 (segment %2) is out of order for VXU^V04."_s.arg(QString::fromLatin1(s.id)).arg(s.index + 1),
                u"Order the segments MSH, PID, PD1, NK1, PV1, IN1, then ORC, RXA, RXR, OBX for each dose."_s);
        if (s.id == "PID")
            havePid = true;
        if (s.id == "ORC")
            openOrc = &s;
        else if (s.id == "RXA")
            openOrc = nullptr;
        if (ok)
            current = r.rank;
    }
    if (!havePid)
        segmentMissing(run, Location{-1, "PID"}, "PID", u"The message has no PID segment."_s);
    if (openOrc)
        segmentMissing(run, openOrc->at(0), "RXA",
                       u"The order at segment %1 (ORC) has no RXA."_s.arg(openOrc->index + 1));
}

void checkQbpGrammar(CheckRun &run)
{
    const QList<QByteArray> order = {"MSH", "QPD", "RCP"};
    int next = 0;
    for (const Segment &s : run.message.segments) {
        if (s.id.startsWith('Z') || s.id == "SFT")
            continue;
        const int at = int(order.indexOf(s.id));
        if (at < 0) {
            run.report("segment.unexpected", s.at(0), QString::fromLatin1(s.id),
                       u"A QBP^Q11 query has no %1 segment."_s.arg(QString::fromLatin1(s.id)),
                       u"Send MSH, QPD and RCP only."_s);
        } else if (at < next) {
            run.report(at == next - 1 ? "segment.repeated" : "segment.order", s.at(0), QString::fromLatin1(s.id),
                       u"%1 (segment %2) is out of order or repeated for QBP^Q11."_s.arg(QString::fromLatin1(s.id))
                           .arg(s.index + 1),
                       u"Send MSH, QPD and RCP once each, in that order."_s);
        } else {
            for (int missing = next; missing < at; ++missing)
                segmentMissing(run, s.at(0), order.at(missing).constData(),
                               u"The query has no %1 segment."_s.arg(QString::fromLatin1(order.at(missing))));
            next = at + 1;
        }
    }
    for (int missing = next; missing < int(order.size()); ++missing)
        segmentMissing(run, Location{-1, order.at(missing)}, order.at(missing).constData(),
                       u"The query has no %1 segment."_s.arg(QString::fromLatin1(order.at(missing))));
}

} // namespace

void checkStructure(CheckRun &run)
{
    const Segment *msh = run.message.first("MSH");
    const bool query = msh && msh->value(9, 1, 1).trimmed() == u"QBP"_s;
    if (query) {
        checkQbpGrammar(run);
        checkFields(run, kQbpRules);
    } else {
        checkVxuGrammar(run);
        checkFields(run, kVxuRules);
    }
}

} // namespace izdesk::server::hl7
