#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk {

enum class Hl7Severity { None, Info, Warning, Error };

// One finding of POST /api/v1/hl7/check (contracts-onboarding.md, CheckReport::findingJson):
// the values are masked by the server, so nothing here is PHI in clear.
struct Hl7Finding
{
    QString check; // "rxa.cvx.missing"
    QString item;  // checklist letter "a".."k", or empty for a general detection
    Hl7Severity severity = Hl7Severity::Error;
    QString location; // "RXA-5.1", "PID-3[2].4", "MSH-21", "RXA"
    QString value;    // masked when PHI
    QString message;
    QString action;
    int hl7ErrorCode = 0;
    QString applicationCode;
    int segment = -1; // index into the message's segments; -1: about the whole message
};

// Where a segment lies in the request body: bytes, terminator excluded.
struct Hl7SegmentSpan
{
    QString id;
    qint64 offset = 0;
    qint64 length = 0;
};

struct Hl7CheckedMessage
{
    int index = 0;
    QString controlId;
    QString submitter;
    QString verdict; // AA, AE or AR
    int score = 0;
    qint64 offset = 0;
    qint64 length = 0;
    QList<Hl7SegmentSpan> segments;
    QByteArray ack; // ACK^V04 as ER7, segments ended by CR
    QList<Hl7Finding> findings;

    int count(Hl7Severity severity) const;
};

// One line of the registry checklist a–k: how many findings, and the worst of them.
struct Hl7ChecklistItem
{
    QString letter;
    int count = 0;
    Hl7Severity worst = Hl7Severity::None;
};

// A character range in the text the view shows.
struct Hl7TextRange
{
    int start = -1;
    int length = 0;
    bool isValid() const { return start >= 0; }
};

// The checked bytes as a view shows them: each line end (CR, LF or CRLF) as one '\n', UTF-8
// when the bytes are valid UTF-8 and Latin-1 otherwise, with the text position of every byte
// offset so the byte ranges of the answer can be found in the text. Value type.
class Hl7Text
{
public:
    static Hl7Text fromBytes(const QByteArray &bytes);
    // What to send for text typed or pasted: line ends as CR (the HL7 segment terminator), UTF-8.
    static QByteArray toBytes(const QString &text);

    const QString &text() const { return m_text; }
    // The text position of a byte offset (clamped to the text).
    int position(qint64 byteOffset) const;

private:
    QString m_text;
    QList<int> m_positions; // one per byte, plus the end
};

// The answer of POST /api/v1/hl7/check: the report (verdict, totals, findings per message)
// and, per message, where it and its segments are in the body and its ACK. fromJson
// validates the shape and says what is missing where. Value type.
struct Hl7CheckResult
{
    Q_DECLARE_TR_FUNCTIONS(Hl7CheckResult)

public:
    // The route's body limit.
    static constexpr qint64 maxBodyBytes = 8 * 1024 * 1024;

    QList<Hl7CheckedMessage> messages;
    int errorMessages = 0;
    int warningMessages = 0;
    bool passed = false;
    QString reason;             // why the batch failed; empty when it passed
    QStringList inputProblems;  // envelope problems (BTS-1 count, stray bytes), in words
    QMap<QString, int> perItem; // findings per checklist letter, as the server counted them

    static std::optional<Hl7CheckResult> fromJson(const QJsonObject &answer, QString *error);

    // Items a–k in order, each with its count and worst severity over all messages.
    QList<Hl7ChecklistItem> checklist() const;
    // Messages the reader could read (with segments): the checklist ran on these only.
    int readableMessages() const;
    // Findings outside the checklist (structure, format, codes), over all messages.
    int generalFindings() const;
    // The item's name in words ("Administered dose coding").
    static QString itemName(const QString &letter);
    static QString severityName(Hl7Severity severity);

    // The text range of a segment of a message, and of the field, repetition, component or
    // subcomponent a location names inside it (the whole segment when it is not there).
    Hl7TextRange segmentRange(const Hl7Text &text, int message, int segment) const;
    Hl7TextRange locationRange(const Hl7Text &text, int message, const Hl7Finding &finding) const;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::Hl7CheckResult)
