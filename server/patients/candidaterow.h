#pragma once

#include "matching/matchrecord.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

struct sqlite3_stmt;

namespace izdesk::server {

// A patients row as patient search reads it (PatientSearch::rowColumns(), from column `first`
// on): the standardized record, with the fields only some probes compare (suffix, mother's
// maiden name, middle name) standardized at once only when asked for, the others kept as
// stored until the record is needed whole (complete()). Scoring reads only the fields the
// probe has, so a row completed later scores and compares as one read whole.
struct CandidateRow
{
    enum Field : unsigned { Suffix = 1, Mother = 2, Middle = 4, All = 7 };

    matching::MatchRecord record;

    // Reads the row; `fields` are standardized now, the others when complete() runs.
    static CandidateRow read(const QSqlQuery &q, int first, unsigned fields);
    // The same row from a SQLite statement stepped to it (SqliteRows): the same record.
    static CandidateRow read(sqlite3_stmt *statement, int first, unsigned fields);
    // Standardizes the `fields` read() left as stored; with All, `record` is
    // PatientSearch::rowRecord().
    void complete(unsigned fields = All);
    // QDate::fromString(text, Qt::ISODate), without the general parser for the stored form
    // yyyy-MM-dd.
    static QDate isoDate(const QString &text);

private:
    template <class Columns>
    static CandidateRow readColumns(const Columns &columns, int first, unsigned fields);

    QString m_suffix, m_mother, m_middle; // as stored, until complete()
};

} // namespace izdesk::server
