#include "hl7/checkrun.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

void checkRaceEthnicity(CheckRun &run, const Segment &pid)
{
    const auto uncoded = [&](int field, const char *check, const QString &table, const QStringList &systems,
                             const QString &what) {
        for (int r = 1; r <= pid.repetitionCount(field); ++r) {
            const Coded c = coded(pid, field, r);
            // A code without its system counts as coded when the table has it (format.cwe.system says the rest).
            if (c.empty() || !c.codeIn(systems).isEmpty() || (c.system.isEmpty() && run.tables.value(table, c.code)))
                continue;
            run.report(check, pid.at(field, r, 1), c.code.isEmpty() ? c.text : c.code,
                       u"%1 in %2 is sent as \"%3\" without a CDCREC code."_s.arg(what, pid.at(field, r).toString(),
                                                                                  c.code.isEmpty() ? c.text : c.code),
                       u"Send %1 as a CDCREC code (e.g. 2106-3^White^CDCREC)."_s.arg(what.toLower()));
        }
    };
    uncoded(10, "pid.race.uncoded", u"0005"_s, {u"CDCREC"_s, u"HL70005"_s}, u"Race"_s);
    uncoded(22, "pid.ethnicity.uncoded", u"0189"_s, {u"CDCREC"_s, u"HL70189"_s}, u"Ethnicity"_s);
}

bool isFiller(const QString &text)
{
    static const QRegularExpression filler(u"^(UNKNOWN|UNK|XXX+|X+|NONE|N/?A|NULL|NO ADDRESS|HOMELESS)$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return filler.match(text.trimmed()).hasMatch();
}

const QStringList &usStates()
{
    static const QStringList states
        = QStringLiteral("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
                         "NM NY NC ND OH OK OR PA "
                         "RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI UM FM MH PW AA AE AP")
              .split(u' ');
    return states;
}

void checkAddresses(CheckRun &run, const Segment &s, int field)
{
    static const QRegularExpression zip(u"^\\d{5}(-?\\d{4})?$"_s);
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        const QString street = s.value(field, r, 1).trimmed(), city = s.value(field, r, 3).trimmed(),
                      state = s.value(field, r, 4).trimmed(), zipCode = s.value(field, r, 5).trimmed(),
                      country = s.value(field, r, 6).trimmed().toUpper();
        const bool placeholderStreet = isFiller(street), placeholderCity = isFiller(city);
        if (placeholderStreet || placeholderCity) {
            const int c = placeholderStreet ? 1 : 3;
            run.report("address.placeholder", s.at(field, r, c), s.value(field, r, c),
                       u"The address in %1 is a filler (\"UNKNOWN\", \"XXX\"), not an address."_s.arg(
                           s.at(field, r).toString()),
                       u"Leave the address empty when it is not known."_s);
            continue;
        }
        const bool structured = !city.isEmpty() || !state.isEmpty() || !zipCode.isEmpty();
        if (!structured)
            continue; // one line of text: format.xad; only a type or country: nothing to judge
        const bool us = country.isEmpty() || country == u"USA"_s || country == u"US"_s;
        int missing = street.isEmpty() ? 1 : city.isEmpty() ? 3 : state.isEmpty() ? 4 : zipCode.isEmpty() && us ? 5 : 0;
        if (missing)
            run.report("address.incomplete", s.at(field, r, missing), s.value(field, r),
                       u"The address in %1 has no %2."_s.arg(s.at(field, r).toString(), missing == 1   ? u"street"_s
                                                                                        : missing == 3 ? u"city"_s
                                                                                        : missing == 4 ? u"state"_s
                                                                                                       : u"ZIP code"_s),
                       u"Send street, city, state and ZIP, or leave the whole address empty."_s);
        if (us && !state.isEmpty() && !usStates().contains(state.toUpper()))
            run.report(
                "address.state.invalid", s.at(field, r, 4), state,
                u"The state \"%1\" in %2 is not a US state or territory code."_s.arg(state, s.at(field, r).toString()),
                u"Send the two-letter postal code (MN, WI, …)."_s);
        if (us && !zipCode.isEmpty() && !zip.match(zipCode).hasMatch())
            run.report("address.zip.invalid", s.at(field, r, 5), zipCode,
                       u"The ZIP code in %1 is not 5 digits or ZIP+4."_s.arg(s.at(field, r).toString()),
                       u"Send the ZIP as 12345 or 12345-6789."_s);
    }
}

void checkPhones(CheckRun &run, const Segment &s, int field)
{
    static const QRegularExpression area(u"^[2-9]\\d{2}$"_s), local(u"^[2-9]\\d{2}-?\\d{4}$"_s),
        fiction(u"^555-?01\\d{2}$"_s);
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        const QString a = s.value(field, r, 6).trimmed(), n = s.value(field, r, 7).trimmed();
        if (a.isEmpty() || n.isEmpty())
            continue; // format.xtn (or an e-mail)
        QString digits = a + n;
        digits.remove(u'-');
        const bool repeated = !digits.isEmpty() && digits.count(digits.at(0)) == digits.size();
        if (repeated || fiction.match(n).hasMatch()) {
            run.report("phone.placeholder", s.at(field, r, 7), a + n,
                       u"The phone in %1 is a filler number, not the patient's."_s.arg(s.at(field, r).toString()),
                       u"Leave the phone empty when it is not known."_s);
            continue;
        }
        if (!area.match(a).hasMatch() || !local.match(n).hasMatch())
            run.report(
                "phone.invalid", s.at(field, r, area.match(a).hasMatch() ? 7 : 6), a + n,
                u"The phone in %1 is not a 3-digit area code and a 7-digit number."_s.arg(s.at(field, r).toString()),
                u"Send the area code in component 6 and the 7-digit number in component 7."_s);
    }
}

void checkNames(CheckRun &run, const Segment &s, int field)
{
    for (int r = 1; r <= s.repetitionCount(field); ++r) {
        const QString family = s.value(field, r, 1).trimmed(), given = s.value(field, r, 2).trimmed();
        int at = 0;
        if (run.policy.isJunkName(family))
            at = 1;
        else if (run.policy.isJunkName(given) || run.policy.isJunkName(given + u' ' + family))
            at = 2;
        if (at)
            run.report("name.placeholder", s.at(field, r, at), s.value(field, r, at),
                       u"The name in %1 is a placeholder (newborn or test name), not the person's name."_s.arg(
                           s.at(field, r).toString()),
                       u"Send the name once it is known; do not send test records to production."_s);
    }
}

void checkProtection(CheckRun &run, const Segment &pd1)
{
    const auto needs = [&](int field, int dateField, const char *check, const QString &what) {
        if (pd1.present(field) && !pd1.present(dateField))
            run.report(
                check, pd1.at(dateField), {},
                u"PD1-%1 (%2) is sent without its effective date in PD1-%3."_s.arg(field).arg(what).arg(dateField),
                u"Send the date the %1 took effect in PD1-%2."_s.arg(what).arg(dateField));
    };
    needs(12, 13, "pd1.protection.date.missing", u"protection indicator"_s);
    needs(11, 18, "pd1.publicity.date.missing", u"publicity code"_s);
    needs(16, 17, "pd1.status.date.missing", u"registry status"_s);
}

void checkSsn(CheckRun &run)
{
    static const QRegularExpression pattern(u"(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)|SSN\\D{0,3}\\d{9}(?!\\d)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (const Segment &s : run.message.segments) {
        if (s.id == "PID") {
            for (int r = 1; r <= s.repetitionCount(3); ++r) {
                const bool ssType = s.value(3, r, 5).trimmed().toUpper() == u"SS"_s
                                    || s.value(3, r, 4, 1).trimmed().toUpper() == u"SSA"_s;
                if (ssType)
                    run.report("pid.ssn.present", s.at(3, r, 1), s.value(3, r, 1),
                               u"PID-3 carries a Social Security number (identifier type SS)."_s,
                               u"Do not send SSNs; remove the SS identifier from PID-3."_s);
                else if (pattern.match(s.value(3, r, 1)).hasMatch())
                    run.report(
                        "text.ssn.present", s.at(3, r, 1), s.value(3, r, 1),
                        u"The identifier in %1 looks like a Social Security number."_s.arg(s.at(3, r).toString()),
                        u"Do not send SSNs as identifiers."_s);
            }
            if (s.present(19))
                run.report("pid.ssn.present", s.at(19), s.value(19), u"PID-19 carries a Social Security number."_s,
                           u"Do not send SSNs; leave PID-19 empty."_s);
            for (int f : {2, 4, 18, 20})
                if (pattern.match(s.value(f)).hasMatch())
                    run.report("text.ssn.present", s.at(f), s.value(f),
                               u"PID-%1 holds what looks like a Social Security number."_s.arg(f),
                               u"Do not send SSNs."_s);
        } else if (s.id == "NK1" && s.present(37)) {
            run.report("pid.ssn.present", s.at(37), s.value(37),
                       u"NK1-37 carries the next of kin's Social Security number."_s,
                       u"Do not send SSNs; leave NK1-37 empty."_s);
        } else if ((s.id == "NTE" && pattern.match(s.value(3)).hasMatch())
                   || (s.id == "OBX" && QStringList{u"ST"_s, u"TX"_s, u"FT"_s}.contains(s.value(2).trimmed())
                       && pattern.match(s.value(5)).hasMatch())) {
            const int f = s.id == "NTE" ? 3 : 5;
            run.report(
                "text.ssn.present", s.at(f), s.value(f),
                u"The text in %1-%2 contains what looks like a Social Security number."_s.arg(QString::fromLatin1(s.id))
                    .arg(f),
                u"Remove the number from the note."_s);
        }
    }
}

// i) No date after the message was sent (MSH-7) or received, none before birth.
void checkDates(CheckRun &run)
{
    const QDateTime received = run.context.receivedAt;
    const auto future = [&](const Segment &s, int field, bool againstMessage) {
        const auto d = quietDtm(s, field);
        if (!d)
            return;
        const auto after = [&](const QDateTime &ref) {
            if (!ref.isValid())
                return false;
            if (d->hasTime)
                return d->instant() > ref.addSecs(300);
            return d->date > ref.toUTC().addSecs(14 * 3600).date(); // a date alone: its day has begun somewhere
        };
        QString than;
        if (againstMessage && run.messageTime && after(*run.messageTime))
            than = u"the message date (MSH-7)"_s;
        else if (after(received))
            than = u"the time the registry received the message"_s;
        if (!than.isEmpty())
            run.report("date.future", s.at(field, 1, 1), s.value(field, 1, 1),
                       u"%1 is in the future: after %2."_s.arg(s.at(field).toString(), than),
                       u"Correct the date; check the clock of the sending system."_s);
    };
    for (const Segment &s : run.message.segments) {
        if (s.id == "MSH") {
            future(s, 7, false);
        } else if (s.id == "PID") {
            future(s, 7, true);
            future(s, 29, true);
            if (const auto death = quietDtm(s, 29); death && run.birthDate && death->date < *run.birthDate)
                run.report("date.before.birth", s.at(29, 1, 1), s.value(29),
                           u"The death date (PID-29) is before the birth date."_s,
                           u"Correct the birth or the death date."_s);
        } else if (s.id == "PD1") {
            for (int f : {13, 17, 18})
                future(s, f, true);
        } else if (s.id == "RXA") {
            future(s, 3, true);
            const auto given = quietDtm(s, 3);
            if (given && run.birthDate && given->date < *run.birthDate)
                run.report("date.before.birth", s.at(3, 1, 1), s.value(3, 1, 1),
                           u"The dose date (RXA-3) is before the patient's birth date."_s,
                           u"Correct the dose date or the birth date."_s);
            const Segment *pid = run.message.first("PID");
            if (const auto death = pid ? quietDtm(*pid, 29) : std::nullopt;
                given && death && given->date > death->date && isGiven(s))
                run.report("date.order", s.at(3, 1, 1), s.value(3, 1, 1),
                           u"The dose date (RXA-3) is after the patient's death date (PID-29)."_s,
                           u"Correct the dose date or the death date."_s);
        } else if (s.id == "OBX") {
            future(s, 14, true);
        }
    }
}

} // namespace

void checkPatient(CheckRun &run)
{
    for (const Segment &s : run.message.segments) {
        if (s.id == "PID") {
            checkRaceEthnicity(run, s);
            checkAddresses(run, s, 11);
            checkPhones(run, s, 13);
            checkPhones(run, s, 14);
            checkNames(run, s, 5);
            if (run.birthDate && *run.birthDate == QDate(1900, 1, 1))
                run.report("pid.dob.placeholder", s.at(7, 1, 1), s.value(7, 1, 1),
                           u"The birth date is 1900-01-01, a filler date."_s, u"Send the patient's real birth date."_s);
        } else if (s.id == "NK1") {
            checkAddresses(run, s, 4);
            checkPhones(run, s, 5);
            checkPhones(run, s, 6);
            checkNames(run, s, 2);
        } else if (s.id == "PD1") {
            checkProtection(run, s);
        }
    }
    checkSsn(run);
    checkDates(run);
}

} // namespace izdesk::server::hl7
