#pragma once

#include "http/queryparams.h"

#include "matching/matchrecord.h"

#include "ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// A patient search as asked: the standardized probe record, identifier values, the limit
// and the names of the criteria used (for the audit — never the values, which are PHI).
// parse() reads GET /api/v1/patients parameters: the free-text box q (names, DOB in common
// formats, phone, identifiers, address words) and structured first, middle, last, dob, sex,
// phone, street, zip, mother_maiden_name, identifier, limit. Value type; any thread.
struct PatientQuery
{
    matching::MatchRecord probe;
    QStringList identifiers;
    QStringList criteria; // e.g. first_name, birth_date
    int limit = 10;

    static constexpr int maxLimit = 50;
    static constexpr int defaultLimit = 10;

    static std::optional<PatientQuery> parse(const QueryParams &query, int referenceYear, QList<FieldError> *errors);
    // Reads the free-text box into q (fields the structured parameters leave empty).
    static void parseFreeText(const QString &text, int referenceYear, PatientQuery *q);
};

} // namespace izdesk::server
