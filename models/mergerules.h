#pragma once

#include "patientrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace izdesk {

// One survivor choice of a merge field: keep the target's value, take the source's, or a
// value the specialist typed (text as typed; converted to the field's JSON type on send).
struct FieldChoice
{
    enum class Kind { Target, Source, Typed };
    Kind kind = Kind::Target;
    QString typed;

    bool operator==(const FieldChoice &other) const = default;
};

using FieldChoices = QHash<QString, FieldChoice>;

// How far the two records agree on one field, for colouring the compare view (always shown
// with a text and a symbol too).
enum class FieldAgreement { Exact, Close, Disagree, Missing };

// Pure rules of the compare-and-merge view (docs/architecture/contracts-merge.md, and
// domain.md "Merge and unmerge"). No I/O.
//
// Trust rule for the default survivor: the target is the trusted record (the desk keeps the
// pair's older registry record, the lower patient id, as target unless the specialist swaps),
// so each field keeps the target's value; where the target's value is empty and the source
// has one, the source's value is taken (the most recent known value is better than none).
// The API gives no per-field timestamps, so "most recent" cannot be judged field by field.
namespace MergeRules {

// The twelve fields a merge chooses, in display order (the API's keys).
QStringList fieldKeys();
// A field's value on one record as the compare view shows and compares it: birth_date
// ISO, multiple_birth "true"/"false", birth_order empty when 0, text trimmed.
QString fieldValue(const PatientRecord &record, const QString &key);
// The same from the preview's "merged" object.
QString mergedValue(const QJsonObject &merged, const QString &key);
FieldChoice defaultChoice(const QString &key, const PatientRecord &target, const PatientRecord &source);
FieldChoices defaultChoices(const PatientRecord &target, const PatientRecord &source);
// Target and source change places: "target" choices become "source" and back.
FieldChoices swapped(const FieldChoices &choices);
// The request's "fields" object; an unusable typed value (bad date, sex, order) is returned
// in *invalidField and the object is incomplete.
QJsonObject choicesJson(const FieldChoices &choices, QString *invalidField = nullptr);

// exact | phonetic, nickname, similar, transposed, swapped, partial, initial, compound_part |
// disagree | missing, as the scorer names its levels.
FieldAgreement agreementForLevel(const QString &level, double weight);
// The waterfall's level for the field when the scorer compared it, else the values themselves.
FieldAgreement fieldAgreement(const QString &key, const QString &targetValue, const QString &sourceValue,
                              const QList<MatchContribution> &contributions);

} // namespace MergeRules

} // namespace izdesk
