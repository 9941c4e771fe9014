#pragma once

#include "matching/matchrecord.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

namespace izdesk::matching {

// A MatchRecord's fields as small integers, in one cache line: what a batch reads for each of
// the billions of blocked pairs it weighs (MatchScorer::scoreBound and score with features)
// instead of chasing a dozen heap strings per candidate. Strings are interned by one
// MatchFeatureCoder (0 = empty); two features compare only when the same coder made them.
// A record with a value that does not fit (more than `inlineValues` phones, ZIPs or street
// tokens; a year or day outside the ranges below; a mother's name of more than 255
// characters) is `coded = false`: the scorer then reads
// the record itself, so the result is always the one MatchRecord gives.
struct alignas(64) MatchFeatures
{
    static constexpr int inlineValues = 2;

    qint32 julianDay = 0;
    qint16 year = 0;
    quint8 month = 0, day = 0;
    quint8 sex = 0, suffix = 0; // interned among the sex codes, among the suffixes
    quint8 phoneCount = 0, zipCount = 0, tokenCount = 0; // list sizes, empty entries included
    quint8 motherLength = 0; // UTF-16 units
    bool hasDob = false;
    bool coded = true;
    quint32 motherLetters = 0; // bit n: the letter 'A' + n occurs in the mother's name
    quint32 mother = 0, motherPrimary = 0, motherAlternate = 0; // name, Double Metaphone codes
    quint32 first = 0, last = 0;
    quint32 phones[inlineValues] = {};
    quint32 zips[inlineValues] = {};
    quint32 tokens[inlineValues] = {};
};
static_assert(sizeof(MatchFeatures) == 64, "one cache line");

// Interns the strings of the records it codes. Not thread-safe (one loading thread); the
// features it made are read-only values afterwards.
class MatchFeatureCoder
{
public:
    MatchFeatures code(const MatchRecord &record);
    // The id of a given name or surname ("" → 0), interning it: name levels remembered by id.
    quint32 id(const QString &value);
    // How many strings it has interned.
    qsizetype size() const { return m_ids.size(); }

private:
    bool codeList(const QStringList &values, quint8 *count, quint32 *out);
    // A sex or suffix among at most 255 others ("" → 0); false when there are more.
    static bool smallId(QHash<QString, quint8> *ids, const QString &value, quint8 *out);

    QHash<QString, quint32> m_ids;
    QHash<QString, quint8> m_sexes, m_suffixes;
};

} // namespace izdesk::matching
