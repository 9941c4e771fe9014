#include "hl7/vxuchecker.h"

#include "hl7/checkrun.h"

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

void checkReadProblems(CheckRun &run)
{
    for (const ReadProblem &p : run.message.problems) {
        if (p.fatal)
            continue;
        run.report("msg.read.problem", p.location, {}, p.message, u"Correct the message text at this place."_s);
    }
}

// False when the message is of a type the checker does not judge further.
bool checkHeader(CheckRun &run, const Segment &msh, bool *query)
{
    const QString type = msh.value(9, 1, 1).trimmed(), event = msh.value(9, 1, 2).trimmed(),
                  structure = msh.value(9, 1, 3).trimmed();
    *query = type == u"QBP"_s;
    const bool vxu = type == u"VXU"_s && event == u"V04"_s;
    const bool qbp = type == u"QBP"_s && event == u"Q11"_s;
    if (!type.isEmpty() && !vxu && !qbp) {
        run.report("msg.type.unsupported", msh.at(9), run.message.messageType(),
                   u"The message type %1 is not one this registry takes (VXU^V04 or QBP^Q11)."_s.arg(
                       run.message.messageType()),
                   u"Send immunizations as VXU^V04^VXU_V04 and queries as QBP^Q11^QBP_Q11."_s);
        return false;
    } else if (vxu || qbp) {
        const QString expected = vxu ? u"VXU_V04"_s : u"QBP_Q11"_s;
        if (structure != expected)
            run.report(structure.isEmpty() ? "field.required.missing" : "field.value.invalid", msh.at(9, 1, 3),
                       structure, u"MSH-9.3 (message structure) must be %1."_s.arg(expected),
                       u"Send MSH-9 as %1."_s.arg(run.message.messageType().section(u'^', 0, 1) + u'^' + expected));
    }
    const QString version = msh.value(12, 1, 1).trimmed();
    if (!version.isEmpty() && version != u"2.5.1"_s)
        run.report("msg.version.unsupported", msh.at(12, 1, 1), version,
                   u"The message says HL7 version %1; this registry takes 2.5.1."_s.arg(version),
                   u"Send MSH-12 as 2.5.1 and follow the 2.5.1 guide."_s);
    if (msh.present(21) && (vxu || qbp)) {
        const QString profile = vxu ? u"Z22"_s : u"Z44"_s;
        bool found = false;
        for (int r = 1; r <= msh.repetitionCount(21); ++r)
            found = found || msh.value(21, r, 1).trimmed().compare(profile, Qt::CaseInsensitive) == 0;
        if (!found)
            run.report("msg.profile.mismatch", msh.at(21, 1, 1), msh.value(21, 1, 1),
                       u"MSH-21 names profile %1; a %2 message uses %3."_s.arg(msh.value(21, 1, 1), type, profile),
                       u"Send MSH-21 as %1^CDCPHINVS."_s.arg(profile));
    }
    const Delimiters &d = run.message.delimiters;
    if (d.field != '|' || d.component != '^' || d.repetition != '~' || d.escape != '\\' || d.subcomponent != '&')
        run.report("msg.delimiters.nonstandard", msh.at(2), msh.value(2),
                   u"The message uses its own delimiters; the guide asks for |^~\\&."_s,
                   u"Send MSH-1 as | and MSH-2 as ^~\\&."_s);
    return true;
}

} // namespace

VxuChecker::VxuChecker(std::shared_ptr<const CodeTables> tables, std::shared_ptr<const CheckPolicy> policy)
    : m_tables(std::move(tables))
    , m_policy(std::move(policy))
{
}

QList<Finding> VxuChecker::check(const Message &message, const Context &context) const
{
    CheckRun run(message, *m_tables, *m_policy, context);
    if (!message.readable()) {
        ReadProblem fatal;
        for (const ReadProblem &p : message.problems)
            if (p.fatal) {
                fatal = p;
                break;
            }
        run.report("msg.unreadable", fatal.location, {},
                   fatal.message.isEmpty() ? u"The message cannot be read."_s : fatal.message,
                   u"Send a message that starts with MSH|^~\\&|."_s);
        return run.findings;
    }
    const Segment *msh = message.first("MSH");
    bool query = false;
    checkReadProblems(run);
    if (msh && !checkHeader(run, *msh, &query))
        return run.findings;
    QString why;
    if (msh)
        if (auto t = parseDtm(msh->value(7), &why))
            run.messageTime = t->instant();
    if (const Segment *pid = message.first("PID"))
        if (auto b = parseDtm(pid->value(7), &why))
            run.birthDate = b->date;
    checkStructure(run);
    if (query)
        return run.findings;
    checkFieldTypes(run);
    checkCodes(run);
    checkDoses(run);
    checkPatient(run);
    return run.findings;
}

} // namespace izdesk::server::hl7
