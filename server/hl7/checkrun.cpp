#include "hl7/checkrun.h"

#include "hl7/checkcatalog.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

QDateTime Dtm::instant() const
{
    const QTime t = hasTime ? time : QTime(0, 0);
    if (hasOffset)
        return QDateTime(date, t, QTimeZone(offsetSeconds));
    return QDateTime(date, t, QTimeZone::utc());
}

std::optional<Dtm> parseDtm(const QString &text, QString *why)
{
    QString body = text.trimmed();
    Dtm out;
    const qsizetype sign = std::max(body.indexOf(u'+'), body.indexOf(u'-'));
    if (sign >= 0) {
        const QString zone = body.mid(sign + 1);
        if (zone.size() != 4 || !std::all_of(zone.begin(), zone.end(), [](QChar c) { return c.isDigit(); })) {
            *why = u"the time zone must be +ZZZZ or -ZZZZ"_s;
            return std::nullopt;
        }
        const int hh = zone.left(2).toInt(), mm = zone.mid(2).toInt();
        if (hh > 14 || mm > 59) {
            *why = u"the time zone is out of range"_s;
            return std::nullopt;
        }
        out.hasOffset = true;
        out.offsetSeconds = (hh * 3600 + mm * 60) * (body.at(sign) == u'-' ? -1 : 1);
        body.truncate(sign);
    }
    QString fraction;
    if (const qsizetype dot = body.indexOf(u'.'); dot >= 0) {
        fraction = body.mid(dot + 1);
        body.truncate(dot);
        if (body.size() != 14 || fraction.isEmpty() || fraction.size() > 4
            || !std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c.isDigit(); })) {
            *why = u"fractions of a second need all of YYYYMMDDHHMMSS before them"_s;
            return std::nullopt;
        }
    }
    if (!std::all_of(body.begin(), body.end(), [](QChar c) { return c.isDigit(); })) {
        *why = u"a date must be digits YYYYMMDD[HHMM[SS]]"_s;
        return std::nullopt;
    }
    static const int allowed[] = {4, 6, 8, 10, 12, 14};
    if (std::find(std::begin(allowed), std::end(allowed), body.size()) == std::end(allowed)) {
        *why = u"a date must have 4, 6, 8, 10, 12 or 14 digits"_s;
        return std::nullopt;
    }
    out.precision = int(body.size());
    const int year = body.left(4).toInt();
    const int month = body.size() >= 6 ? body.mid(4, 2).toInt() : 1;
    const int day = body.size() >= 8 ? body.mid(6, 2).toInt() : 1;
    out.date = QDate(year, month, day);
    if (!out.date.isValid() || year < 1800) {
        *why = u"not a calendar date"_s;
        return std::nullopt;
    }
    if (body.size() >= 10) {
        const int h = body.mid(8, 2).toInt();
        const int m = body.size() >= 12 ? body.mid(10, 2).toInt() : 0;
        const int s = body.size() >= 14 ? body.mid(12, 2).toInt() : 0;
        out.time = QTime(h, m, s);
        if (!out.time.isValid()) {
            *why = u"not a time of day"_s;
            return std::nullopt;
        }
        out.hasTime = true;
    }
    return out;
}

Phi phiAt(const QByteArray &segmentId, int field)
{
    if (segmentId == "PID") {
        switch (field) {
        case 3:
        case 2:
        case 4:
        case 18:
        case 20:
        case 21: return Phi::Identifier;
        case 5:
        case 6:
        case 9: return Phi::Name;
        case 7:
        case 29: return Phi::Date;
        case 11:
        case 12: return Phi::Address;
        case 13:
        case 14: return Phi::Phone;
        case 19: return Phi::Ssn;
        default: return Phi::None;
        }
    }
    if (segmentId == "NK1") {
        switch (field) {
        case 2: return Phi::Name;
        case 4: return Phi::Address;
        case 5:
        case 6: return Phi::Phone;
        case 33: return Phi::Identifier;
        case 37: return Phi::Ssn;
        default: return Phi::None;
        }
    }
    if (segmentId == "QPD") {
        switch (field) {
        case 3: return Phi::Identifier;
        case 4:
        case 5: return Phi::Name;
        case 6: return Phi::Date;
        case 8: return Phi::Address;
        case 9: return Phi::Phone;
        default: return Phi::None;
        }
    }
    if (segmentId == "NTE" && field == 3)
        return Phi::Text;
    if (segmentId == "OBX" && field == 5)
        return Phi::Text;
    return Phi::None;
}

QString maskPhi(const QString &value, Phi kind)
{
    if (kind == Phi::None || value.isEmpty())
        return value;
    QString out = value;
    bool wordStart = true;
    for (QChar &c : out) {
        if (c.isLetterOrNumber()) {
            if (!(kind == Phi::Name && wordStart && c.isLetter()))
                c = u'*';
            wordStart = false;
        } else {
            wordStart = true;
        }
    }
    return out;
}

namespace {

// `text` with each whole occurrence of `value` (not part of a longer word or number) replaced
// by `masked`: a finding's message quotes what was sent, and in a PHI field that is the
// patient's data.
QString withValueMasked(const QString &text, const QString &value, const QString &masked)
{
    if (value.isEmpty() || value == masked)
        return text;
    QString out;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        const qsizetype end = at + value.size();
        const bool joinedBefore = at > 0 && text.at(at - 1).isLetterOrNumber() && value.front().isLetterOrNumber();
        const bool joinedAfter
            = end < text.size() && text.at(end).isLetterOrNumber() && value.back().isLetterOrNumber();
        if (at < from || joinedBefore || joinedAfter)
            continue;
        out += QStringView(text).mid(from, at - from);
        out += masked;
        from = end;
    }
    return out + QStringView(text).mid(from);
}

} // namespace

bool CheckRun::wants(const char *check) const
{
    return policy.enabled(QLatin1String(check));
}

void CheckRun::report(const char *check, const Location &where, const QString &value, const QString &text,
                      const QString &action)
{
    const QString id = QLatin1String(check);
    const CheckDefinition *def = checkDefinition(id);
    Q_ASSERT(def);
    if (!def || !policy.enabled(id))
        return;
    Finding f;
    f.check = id;
    f.item = QLatin1String(def->item);
    f.severity = policy.severity(id);
    f.location = where;
    const Phi kind = phiAt(where.segmentId, where.field);
    f.value = maskPhi(value, kind);
    f.message = kind == Phi::None ? text : withValueMasked(text, value, f.value);
    f.action = kind == Phi::None ? action : withValueMasked(action, value, f.value);
    f.hl7ErrorCode = def->hl7ErrorCode;
    f.applicationCode = QLatin1String(def->applicationCode);
    findings << f;
}

std::optional<Dtm> CheckRun::dtm(const Segment &s, int field, int repetition, int component)
{
    const QString text = s.value(field, repetition, component);
    if (text.isEmpty())
        return std::nullopt;
    QString why;
    auto d = parseDtm(text, &why);
    if (!d) {
        const Location at = s.at(field, repetition, component);
        report("format.dtm", at, text, u"%1 is not a valid date: %2."_s.arg(at.toString(), why),
               u"Send the date as YYYYMMDD (times as YYYYMMDDHHMMSS, with +/-ZZZZ when known)."_s);
    }
    return d;
}

int Coded::componentFor(const QStringList &systems) const
{
    if (!code.isEmpty() && systems.contains(system, Qt::CaseInsensitive))
        return 1;
    if (!altCode.isEmpty() && systems.contains(altSystem, Qt::CaseInsensitive))
        return 4;
    return 0;
}

QString Coded::codeIn(const QStringList &systems) const
{
    const int c = componentFor(systems);
    return c == 1 ? code : c == 4 ? altCode : QString();
}

Coded coded(const Segment &s, int field, int repetition)
{
    Coded c;
    c.repetition = repetition;
    c.code = s.value(field, repetition, 1).trimmed();
    c.text = s.value(field, repetition, 2).trimmed();
    c.system = s.value(field, repetition, 3).trimmed();
    c.altCode = s.value(field, repetition, 4).trimmed();
    c.altText = s.value(field, repetition, 5).trimmed();
    c.altSystem = s.value(field, repetition, 6).trimmed();
    return c;
}

bool isAdministered(const Segment &rxa)
{
    return rxa.value(9, 1, 1).trimmed() == u"00"_s && isGiven(rxa);
}

bool isGiven(const Segment &rxa)
{
    const QString status = rxa.value(20).trimmed().toUpper();
    return status.isEmpty() || status == u"CP"_s || status == u"PA"_s;
}

} // namespace izdesk::server::hl7

namespace izdesk::server::hl7 {

std::optional<Dtm> quietDtm(const Segment &s, int field, int repetition, int component)
{
    QString why;
    const QString text = s.value(field, repetition, component);
    return text.trimmed().isEmpty() ? std::nullopt : parseDtm(text, &why);
}

} // namespace izdesk::server::hl7
