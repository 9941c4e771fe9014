#pragma once

#include "ticket.h"

#include <QJsonObject>
#include <QList>

namespace izdesk {

// Validation rules for ticket bodies, shared by the server (authoritative, answers 422) and
// the client editor (early feedback). Pure functions; thread-safe.
class TicketRules
{
public:
    static constexpr int kMaxSubject = 200;
    static constexpr int kMaxDescription = 20000;
    static constexpr int kMaxRequesterField = 200;

    // Fields a client may set on create (POST) or change (PATCH).
    static const QStringList &writableFields();

    // Checks a POST body: required fields present, values in the catalog, lengths, no unknown
    // or read-only fields. An empty list means valid.
    static QList<FieldError> validateCreate(const QJsonObject &body);
    // Checks a PATCH body (JSON merge patch of writableFields): same rules, nothing required,
    // at least one field.
    static QList<FieldError> validatePatch(const QJsonObject &body);

private:
    static QList<FieldError> validateFields(const QJsonObject &body, bool isCreate);
};

} // namespace izdesk
