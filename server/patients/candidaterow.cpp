#include "patients/candidaterow.h"

#include "matching/namestandardizer.h"

#include <sqlite3.h>

#include <algorithm>

namespace izdesk::server {

using namespace izdesk::matching;

namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

template <class Text>
int digits(const Text &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t ch = unit(text[i]);
        if (ch < u'0' || ch > u'9')
            return -1;
        value = value * 10 + (ch - u'0');
    }
    return value;
}

// yyyy-MM-dd as QDate::fromString(…, Qt::ISODate) reads it; nullopt for any other text.
template <class Text>
std::optional<QDate> plainIsoDate(const Text &text, qsizetype size)
{
    if (size == 10 && unit(text[4]) == u'-' && unit(text[7]) == u'-') {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        if (year > 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return std::nullopt;
}

// The columns of a row read through QSqlQuery.
struct QueryColumns
{
    const QSqlQuery &q;
    QString text(int i) const { return q.value(i).toString(); }
    bool boolean(int i) const { return q.value(i).toBool(); }
    int integer(int i) const { return q.value(i).toInt(); }
    QDate date(int i) const { return CandidateRow::isoDate(q.value(i).toString()); }
    bool unknownSex(int i, QString *sex) const
    {
        *sex = text(i);
        return *sex == QLatin1String("U");
    }
};

// The same columns read with the SQLite API: UTF-8 to QString once, no QVariant.
struct SqliteColumns
{
    sqlite3_stmt *s;
    QString text(int i) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        const int size = sqlite3_column_bytes(s, i);
        return size > 0 ? QString::fromUtf8(data, size) : QString();
    }
    bool boolean(int i) const { return sqlite3_column_int64(s, i) != 0; }
    int integer(int i) const { return sqlite3_column_int(s, i); }
    QDate date(int i) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        const int size = sqlite3_column_bytes(s, i);
        if (size == 0)
            return QDate();
        if (const auto plain = plainIsoDate(data, size))
            return *plain;
        return QDate::fromString(QString::fromUtf8(data, size), Qt::ISODate);
    }
    // The two stored codes without a new string each.
    bool unknownSex(int i, QString *sex) const
    {
        static const QString female = QStringLiteral("F"), male = QStringLiteral("M");
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        const int size = sqlite3_column_bytes(s, i);
        if (size == 1 && (data[0] == 'F' || data[0] == 'M' || data[0] == 'U')) {
            *sex = data[0] == 'F' ? female : data[0] == 'M' ? male : QString();
            return data[0] == 'U';
        }
        *sex = text(i);
        return false;
    }
};

} // namespace

QDate CandidateRow::isoDate(const QString &text)
{
    if (const auto plain = plainIsoDate(text, text.size()))
        return *plain;
    return QDate::fromString(text, Qt::ISODate);
}

// Thousands of candidates per search: empty fields and plain one-word surnames (the usual
// case) skip the standardizer, which gives the same result for them.
template <class Columns>
CandidateRow CandidateRow::readColumns(const Columns &columns, int first, unsigned fields)
{
    CandidateRow row;
    MatchRecord &r = row.record;
    r.first = columns.text(first);
    r.last = columns.text(first + 1);
    row.m_suffix = columns.text(first + 2);
    r.dob = columns.date(first + 3);
    QString sex;
    if (!columns.unknownSex(first + 4, &sex))
        r.sex = std::move(sex);
    row.m_mother = columns.text(first + 5);
    r.multipleBirth = columns.boolean(first + 6);
    r.birthOrder = r.multipleBirth ? columns.integer(first + 7) : 0;
    row.m_middle = columns.text(first + 8);
    // Compound surnames compare part by part.
    const bool oneWord = std::all_of(r.last.cbegin(), r.last.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!oneWord)
        r.lastAliases = NameStandardizer::name(QString(), QString(), r.last).lastParts;
    row.complete(fields);
    return row;
}

CandidateRow CandidateRow::read(const QSqlQuery &q, int first, unsigned fields)
{
    return readColumns(QueryColumns{q}, first, fields);
}

CandidateRow CandidateRow::read(sqlite3_stmt *statement, int first, unsigned fields)
{
    return readColumns(SqliteColumns{statement}, first, fields);
}

void CandidateRow::complete(unsigned fields)
{
    MatchRecord &r = record;
    if (!m_suffix.isEmpty() && (fields & Suffix)) {
        r.suffix = NameStandardizer::parseSuffix(NameStandardizer::clean(m_suffix));
        m_suffix.clear();
    }
    if (!m_mother.isEmpty() && (fields & Mother)) {
        r.motherMaiden = NameStandardizer::token(m_mother);
        m_mother.clear();
    }
    if (!m_middle.isEmpty() && (fields & Middle)) {
        const QString cleaned = NameStandardizer::clean(m_middle);
        if (!NameStandardizer::isJunk(cleaned))
            r.middle = cleaned;
        m_middle.clear();
    }
}

} // namespace izdesk::server
