#pragma once

#include "hl7/checkpolicy.h"
#include "hl7/codetables.h"
#include "hl7/finding.h"
#include "hl7/hl7message.h"
#include "hl7/vxuchecker.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace izdesk::server::hl7 {

// A DTM value read: the date, the time when sent, the UTC offset when sent.
struct Dtm
{
    QDate date;
    QTime time;
    bool hasTime = false;
    bool hasOffset = false;
    int offsetSeconds = 0;
    int precision = 0; // characters of YYYYMMDDHHMMSS sent (4 = year only … 14 = seconds)
    // The instant (offset applied; without an offset the time is taken as UTC).
    QDateTime instant() const;
};
// nullopt + *why when `text` is not a DTM ("month 13", "not digits").
std::optional<Dtm> parseDtm(const QString &text, QString *why);

// What kind of patient data a field holds, for masking finding values.
enum class Phi { None, Name, Date, Address, Phone, Ssn, Identifier, Text };
Phi phiAt(const QByteArray &segmentId, int field);
// The one masking helper: names keep the first letter of each word ("J*** S****"), every other
// kind keeps only its punctuation ("****-**-**", "(***)***-****", "***-**-****").
QString maskPhi(const QString &value, Phi kind);

// One run of the checker over one message: what the check functions share and how they report.
class CheckRun
{
public:
    CheckRun(const Message &message, const CodeTables &tables, const CheckPolicy &policy,
             const VxuChecker::Context &context)
        : message(message)
        , tables(tables)
        , policy(policy)
        , context(context)
    {
    }

    const Message &message;
    const CodeTables &tables;
    const CheckPolicy &policy;
    const VxuChecker::Context &context;
    QList<Finding> findings;

    std::optional<QDate> birthDate;       // PID-7 when readable
    std::optional<QDateTime> messageTime; // MSH-7 when readable

    bool wants(const char *check) const;
    // Adds a finding when the policy runs the check; the value is masked when the location holds PHI.
    void report(const char *check, const Location &where, const QString &value, const QString &message,
                const QString &action);

    // Reports format.dtm when present and not a DTM; the parsed value otherwise.
    std::optional<Dtm> dtm(const Segment &s, int field, int repetition = 1, int component = 1);
};

// A coded element (CE/CWE) as sent: the first triplet and its alternate.
struct Coded
{
    QString code, text, system;
    QString altCode, altText, altSystem;
    int repetition = 1;
    bool empty() const { return code.isEmpty() && text.isEmpty() && altCode.isEmpty() && altText.isEmpty(); }
    // The code sent in one of the given systems, and which component holds it (1 or 4); 0 when none.
    int componentFor(const QStringList &systems) const;
    QString codeIn(const QStringList &systems) const;
};
Coded coded(const Segment &s, int field, int repetition = 1);

// The check families, one file each.
void checkStructure(CheckRun &run);  // structurechecks.cpp: grammar, usage, cardinality
void checkFieldTypes(CheckRun &run); // datatypes.cpp: DTM, XPN, XAD, XTN, CE/CWE, EI, CX
void checkCodes(CheckRun &run);      // codechecks.cpp: table membership and status
void checkDoses(CheckRun &run);      // dosechecks.cpp: items a–d and g
void checkPatient(CheckRun &run);    // patientchecks.cpp: items e, f, h, i, j, k

// Administered (RXA-9 00) vs historical, and whether the dose was given at all.
bool isAdministered(const Segment &rxa);
bool isGiven(const Segment &rxa); // RXA-20 empty, CP or PA

} // namespace izdesk::server::hl7

namespace izdesk::server::hl7 {
// A DTM read without reporting (format.dtm is reported once, by checkFieldTypes).
std::optional<Dtm> quietDtm(const Segment &s, int field, int repetition = 1, int component = 1);
// Checks one code against a value set: code.unrecognized, code.deprecated or code.invalid.
void checkTableValue(CheckRun &run, const Segment &s, const Location &at, const QString &table, const QString &code,
                     const QString &what);
} // namespace izdesk::server::hl7
