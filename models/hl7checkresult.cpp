#include "hl7checkresult.h"

#include "jsonfields.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace izdesk {

namespace {

const char *const kItemNames[] = {
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Administered dose coding"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Codes valid on the day"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Eligibility and funding"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Manufacturer and lot"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Race and ethnicity coded"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Address and phone"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Refusals"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Protection and publicity"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "Dates"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "No Social Security numbers"),
    QT_TRANSLATE_NOOP("Hl7CheckResult", "No filler data"),
};
constexpr int kItemCount = int(std::size(kItemNames));

std::optional<Hl7Severity> severityFrom(const QString &name)
{
    if (name == QLatin1String("error"))
        return Hl7Severity::Error;
    if (name == QLatin1String("warning"))
        return Hl7Severity::Warning;
    if (name == QLatin1String("info"))
        return Hl7Severity::Info;
    return std::nullopt;
}

bool isNumber(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isDouble();
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

std::optional<Hl7Finding> findingFrom(const QJsonObject &o, const QString &where, int segmentCount, QString *error)
{
    Hl7Finding f;
    f.check = json::str(o, "check");
    const auto severity = severityFrom(json::str(o, "severity"));
    if (f.check.isEmpty() || !severity) {
        *error = Hl7CheckResult::tr("%1 has no check or no known severity").arg(where);
        return std::nullopt;
    }
    f.severity = *severity;
    f.item = json::str(o, "item");
    f.location = json::str(o, "location");
    f.value = json::str(o, "value");
    f.message = json::str(o, "message");
    f.action = json::str(o, "action");
    f.hl7ErrorCode = int(integer(o, "hl7_error_code"));
    f.applicationCode = json::str(o, "application_code");
    if (o.contains(QLatin1String("segment"))) {
        const qint64 k = integer(o, "segment");
        if (!isNumber(o, "segment") || k < 0 || k >= segmentCount) {
            *error = Hl7CheckResult::tr("%1 points at segment %2 of %3").arg(where).arg(k).arg(segmentCount);
            return std::nullopt;
        }
        f.segment = int(k);
    }
    return f;
}

// The layout half (`messages[i]` of the answer): offsets, segments and the ACK.
bool readLayout(const QJsonObject &o, Hl7CheckedMessage *m, const QString &where, QString *error)
{
    if (!isNumber(o, "offset") || !isNumber(o, "length")) {
        *error = Hl7CheckResult::tr("%1 has no offset or length").arg(where);
        return false;
    }
    m->offset = integer(o, "offset");
    m->length = integer(o, "length");
    m->ack = json::str(o, "ack").toUtf8();
    const QList<QJsonObject> segments = json::objects(o.value(QLatin1String("segments")));
    for (int k = 0; k < segments.size(); ++k) {
        const QJsonObject &s = segments.at(k);
        Hl7SegmentSpan span{json::str(s, "id"), integer(s, "offset"), integer(s, "length")};
        if (!isNumber(s, "offset") || !isNumber(s, "length") || span.offset < 0 || span.length < 0) {
            *error = Hl7CheckResult::tr("%1, segment %2 has no valid byte range").arg(where).arg(k);
            return false;
        }
        m->segments << span;
    }
    return true;
}

// A location "SEG-f[r].c.s" in its parts; false when it names no field.
struct LocationParts
{
    int field = 0, repetition = 1, component = 0, subcomponent = 0;
};

std::optional<LocationParts> parseLocation(const QString &location)
{
    const qsizetype dash = location.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return std::nullopt;
    QString rest = location.mid(dash + 1);
    LocationParts p;
    const qsizetype open = rest.indexOf(QLatin1Char('['));
    const QStringList dots = rest.split(QLatin1Char('.'));
    bool ok = false;
    if (open >= 0) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'), open);
        if (close < 0)
            return std::nullopt;
        p.field = rest.left(open).toInt(&ok);
        if (!ok)
            return std::nullopt;
        p.repetition = rest.mid(open + 1, close - open - 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
        rest = rest.mid(close + 1);
        if (rest.startsWith(QLatin1Char('.')))
            rest.remove(0, 1);
        const QStringList parts = rest.isEmpty() ? QStringList() : rest.split(QLatin1Char('.'));
        p.component = parts.value(0).toInt();
        p.subcomponent = parts.value(1).toInt();
        return p.field > 0 ? std::optional(p) : std::nullopt;
    }
    p.field = dots.value(0).toInt(&ok);
    if (!ok || p.field <= 0)
        return std::nullopt;
    p.component = dots.value(1).toInt();
    p.subcomponent = dots.value(2).toInt();
    return p;
}

// The n-th (1-based) piece of [start, end) of text split on sep, or nothing.
std::optional<Hl7TextRange> piece(const QString &text, int start, int end, QChar sep, int n)
{
    int from = start;
    for (int i = 1; i < n; ++i) {
        const qsizetype at = text.indexOf(sep, from);
        if (at < 0 || at >= end)
            return std::nullopt;
        from = int(at) + 1;
    }
    qsizetype to = text.indexOf(sep, from);
    if (to < 0 || to > end)
        to = end;
    return Hl7TextRange{from, int(to) - from};
}

} // namespace

int Hl7CheckedMessage::count(Hl7Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Hl7Finding &f) { return f.severity == severity; }));
}

Hl7Text Hl7Text::fromBytes(const QByteArray &bytes)
{
    Hl7Text out;
    const qsizetype n = bytes.size();
    out.m_positions.resize(n + 1);
    const bool utf8 = QString::fromUtf8(bytes).toUtf8() == bytes; // invalid sequences do not survive
    out.m_text.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        out.m_positions[i] = int(out.m_text.size());
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r' || c == '\n') {
            out.m_text += QLatin1Char('\n');
            if (c == '\r' && i + 1 < n && bytes.at(i + 1) == '\n')
                out.m_positions[++i] = int(out.m_text.size());
            ++i;
            continue;
        }
        if (!utf8 || c < 0x80) {
            out.m_text += QChar(char16_t(c));
            ++i;
            continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        for (int k = 1; k < length && i + k < n; ++k)
            out.m_positions[i + k] = int(out.m_text.size());
        out.m_text += QString::fromUtf8(bytes.constData() + i, qMin<qsizetype>(length, n - i));
        i += length;
    }
    out.m_positions[n] = int(out.m_text.size());
    return out;
}

QByteArray Hl7Text::toBytes(const QString &text)
{
    QString cr = text;
    cr.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    return cr.toUtf8();
}

int Hl7Text::position(qint64 byteOffset) const
{
    if (m_positions.isEmpty())
        return 0;
    return m_positions.at(qBound<qint64>(0, byteOffset, m_positions.size() - 1));
}

std::optional<Hl7CheckResult> Hl7CheckResult::fromJson(const QJsonObject &answer, QString *error)
{
    const QJsonObject report = answer.value(QLatin1String("report")).toObject();
    const QJsonObject summary = report.value(QLatin1String("summary")).toObject();
    // The top-level verdict counts the file's structure problems too; the summary's only the thresholds.
    QJsonObject verdict = report.value(QLatin1String("verdict")).toObject();
    if (verdict.isEmpty())
        verdict = summary.value(QLatin1String("verdict")).toObject();
    if (report.isEmpty() || summary.isEmpty() || !verdict.value(QLatin1String("passed")).isBool()) {
        *error = tr("the answer has no report with a summary and a verdict");
        return std::nullopt;
    }
    const QList<QJsonObject> reported = json::objects(report.value(QLatin1String("messages")));
    const QList<QJsonObject> layout = json::objects(answer.value(QLatin1String("messages")));
    if (reported.size() != layout.size()) {
        *error = tr("the report describes %1 message(s) but the answer lays out %2")
                     .arg(reported.size())
                     .arg(layout.size());
        return std::nullopt;
    }
    Hl7CheckResult r;
    r.passed = verdict.value(QLatin1String("passed")).toBool();
    r.reason = json::str(verdict, "reason");
    r.errorMessages = int(integer(summary, "error_messages"));
    r.warningMessages = int(integer(summary, "warning_messages"));
    const QJsonObject perItem = summary.value(QLatin1String("per_item")).toObject();
    for (auto it = perItem.begin(); it != perItem.end(); ++it)
        r.perItem.insert(it.key(), it.value().toInt());
    for (const QJsonObject &p : json::objects(report.value(QLatin1String("input_problems"))))
        r.inputProblems << json::str(p, "message");
    for (int i = 0; i < reported.size(); ++i) {
        const QString where = tr("message %1").arg(i + 1);
        const QJsonObject &rm = reported.at(i);
        Hl7CheckedMessage m;
        m.index = i;
        m.controlId = json::str(rm, "control_id");
        m.submitter = json::str(rm, "submitter");
        m.verdict = json::str(rm, "verdict");
        m.score = int(integer(rm, "score"));
        if (m.verdict.isEmpty()) {
            *error = tr("%1 has no verdict").arg(where);
            return std::nullopt;
        }
        if (!readLayout(layout.at(i), &m, where, error))
            return std::nullopt;
        const QList<QJsonObject> findings = json::objects(rm.value(QLatin1String("findings")));
        for (int k = 0; k < findings.size(); ++k) {
            auto f = findingFrom(findings.at(k), tr("%1, finding %2").arg(where).arg(k + 1), int(m.segments.size()),
                                 error);
            if (!f)
                return std::nullopt;
            m.findings << *f;
        }
        r.messages << m;
    }
    return r;
}

QList<Hl7ChecklistItem> Hl7CheckResult::checklist() const
{
    QList<Hl7ChecklistItem> items;
    for (int i = 0; i < kItemCount; ++i)
        items << Hl7ChecklistItem{QString(QLatin1Char(char('a' + i))), 0, Hl7Severity::None};
    for (const Hl7CheckedMessage &m : messages) {
        for (const Hl7Finding &f : m.findings) {
            if (f.item.size() != 1 || f.item.at(0) < QLatin1Char('a') || f.item.at(0) >= QLatin1Char('a' + kItemCount))
                continue;
            Hl7ChecklistItem &item = items[f.item.at(0).unicode() - 'a'];
            ++item.count;
            item.worst = std::max(item.worst, f.severity);
        }
    }
    return items;
}

int Hl7CheckResult::readableMessages() const
{
    return int(std::count_if(messages.cbegin(), messages.cend(),
                             [](const Hl7CheckedMessage &m) { return !m.segments.isEmpty(); }));
}

int Hl7CheckResult::generalFindings() const
{
    int n = 0;
    for (const Hl7CheckedMessage &m : messages)
        n += int(std::count_if(m.findings.cbegin(), m.findings.cend(),
                               [](const Hl7Finding &f) { return f.item.isEmpty(); }));
    return n;
}

QString Hl7CheckResult::itemName(const QString &letter)
{
    if (letter.size() != 1 || letter.at(0) < QLatin1Char('a') || letter.at(0) >= QLatin1Char('a' + kItemCount))
        return tr("General checks");
    return tr(kItemNames[letter.at(0).unicode() - 'a']);
}

QString Hl7CheckResult::severityName(Hl7Severity severity)
{
    switch (severity) {
    case Hl7Severity::Error: return tr("Error");
    case Hl7Severity::Warning: return tr("Warning");
    case Hl7Severity::Info: return tr("Note");
    case Hl7Severity::None: break;
    }
    return tr("None");
}

Hl7TextRange Hl7CheckResult::segmentRange(const Hl7Text &text, int message, int segment) const
{
    if (message < 0 || message >= messages.size() || segment < 0 || segment >= messages.at(message).segments.size())
        return {};
    const Hl7SegmentSpan &s = messages.at(message).segments.at(segment);
    const int start = text.position(s.offset);
    return {start, text.position(s.offset + s.length) - start};
}

Hl7TextRange Hl7CheckResult::locationRange(const Hl7Text &text, int message, const Hl7Finding &finding) const
{
    const Hl7TextRange segment = segmentRange(text, message, finding.segment);
    const auto parts = parseLocation(finding.location);
    if (!segment.isValid() || !parts)
        return segment;
    const QString &t = text.text();
    const int end = segment.start + segment.length;
    // The delimiters the message declares in MSH-1 and MSH-2 (the first segment).
    QChar fieldSep = QLatin1Char('|'), comp = QLatin1Char('^'), rep = QLatin1Char('~'), sub = QLatin1Char('&');
    const Hl7TextRange msh = segmentRange(text, message, 0);
    if (msh.isValid() && msh.length >= 8 && t.mid(msh.start, 3) == QLatin1String("MSH")) {
        fieldSep = t.at(msh.start + 3);
        comp = t.at(msh.start + 4);
        rep = t.at(msh.start + 5);
        sub = t.at(msh.start + 7);
    }
    const bool isMsh = t.mid(segment.start, 3) == QLatin1String("MSH");
    if (isMsh && parts->field == 1)
        return {segment.start + 3, 1}; // MSH-1 is the field separator itself
    // Pieces split on the field separator: [0] is the segment id; MSH-n is piece n-1 for n >= 2.
    const int pieceNo = (isMsh ? parts->field - 1 : parts->field) + 1;
    auto range = piece(t, segment.start, end, fieldSep, pieceNo);
    if (!range)
        return segment;
    if (isMsh && parts->field == 2)
        return *range; // the encoding characters are not split
    const auto narrow = [&](QChar sep, int n) {
        if (n <= 0 || !range)
            return;
        if (auto inner = piece(t, range->start, range->start + range->length, sep, n))
            range = inner;
        else
            range.reset();
    };
    const Hl7TextRange field = *range;
    narrow(rep, parts->repetition);
    narrow(comp, parts->component);
    narrow(sub, parts->subcomponent);
    return range ? *range : field;
}

} // namespace izdesk
