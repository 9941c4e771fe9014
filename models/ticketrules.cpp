#include "ticketrules.h"

#include "catalog.h"

#include <QCoreApplication>

namespace izdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("izdesk::TicketRules", text);
}

void checkCode(const QJsonObject &body, const QString &field, const QList<CodeEntry> &codes,
               QList<FieldError> &errors)
{
    if (!body.contains(field))
        return;
    const QJsonValue v = body.value(field);
    if (!v.isString() || !Catalog::contains(codes, v.toString())) {
        errors.append({field, tr("must be one of: %1").arg(Catalog::keys(codes).join(QStringLiteral(", ")))});
    }
}

void checkText(const QJsonObject &body, const QString &field, int maxLength, bool nullable,
               QList<FieldError> &errors)
{
    if (!body.contains(field))
        return;
    const QJsonValue v = body.value(field);
    if (v.isNull() && nullable)
        return;
    if (!v.isString()) {
        errors.append({field, tr("must be a string")});
        return;
    }
    if (v.toString().size() > maxLength)
        errors.append({field, tr("must be at most %1 characters").arg(maxLength)});
}

} // namespace

const QStringList &TicketRules::writableFields()
{
    static const QStringList fields{
        QStringLiteral("subject"),          QStringLiteral("description"),
        QStringLiteral("status"),           QStringLiteral("priority"),
        QStringLiteral("category"),         QStringLiteral("channel"),
        QStringLiteral("requester_name"),   QStringLiteral("requester_contact"),
        QStringLiteral("organization_id"),  QStringLiteral("facility_id"),
        QStringLiteral("assignee"),
    };
    return fields;
}

QList<FieldError> TicketRules::validateCreate(const QJsonObject &body)
{
    return validateFields(body, true);
}

QList<FieldError> TicketRules::validatePatch(const QJsonObject &body)
{
    QList<FieldError> errors = validateFields(body, false);
    if (body.isEmpty())
        errors.append({QString(), tr("the patch changes nothing: give at least one field")});
    return errors;
}

QList<FieldError> TicketRules::validateFields(const QJsonObject &body, bool isCreate)
{
    QList<FieldError> errors;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!writableFields().contains(it.key()))
            errors.append({it.key(), tr("is not a field a client may set")});
    }
    if (isCreate) {
        const QString subject = body.value(QStringLiteral("subject")).toString().trimmed();
        if (subject.isEmpty())
            errors.append({QStringLiteral("subject"), tr("is required")});
        if (!body.contains(QStringLiteral("category")))
            errors.append({QStringLiteral("category"), tr("is required")});
    } else if (body.contains(QStringLiteral("subject"))
               && body.value(QStringLiteral("subject")).toString().trimmed().isEmpty()) {
        errors.append({QStringLiteral("subject"), tr("must not be empty")});
    }
    checkText(body, QStringLiteral("subject"), kMaxSubject, false, errors);
    checkText(body, QStringLiteral("description"), kMaxDescription, true, errors);
    checkText(body, QStringLiteral("requester_name"), kMaxRequesterField, true, errors);
    checkText(body, QStringLiteral("requester_contact"), kMaxRequesterField, true, errors);
    checkText(body, QStringLiteral("assignee"), 64, true, errors);
    checkCode(body, QStringLiteral("status"), Catalog::ticketStatuses(), errors);
    checkCode(body, QStringLiteral("priority"), Catalog::ticketPriorities(), errors);
    checkCode(body, QStringLiteral("category"), Catalog::ticketCategories(), errors);
    checkCode(body, QStringLiteral("channel"), Catalog::ticketChannels(), errors);
    for (const QString &field : {QStringLiteral("organization_id"), QStringLiteral("facility_id")}) {
        if (!body.contains(field))
            continue;
        const QJsonValue v = body.value(field);
        if (!v.isNull() && (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() <= 0))
            errors.append({field, tr("must be a positive integer or null")});
    }
    return errors;
}

} // namespace izdesk
