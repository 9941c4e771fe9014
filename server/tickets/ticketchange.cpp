#include "ticketchange.h"

#include "http/httptypes.h"
#include "permissions.h"

#include <QJsonValue>

namespace izdesk::server {

namespace {

void setText(const QJsonObject &body, const QString &field, QString *target, QStringList *changed)
{
    if (!body.contains(field))
        return;
    // Nullable text fields are stored as empty strings; subject is trimmed like the rules do.
    QString value = body.value(field).toString();
    if (field == QLatin1String("subject"))
        value = value.trimmed();
    if (*target != value) {
        *target = value;
        changed->append(field);
    }
}

} // namespace

TicketChange::TicketChange(TicketStore &store)
    : m_store(store)
{
}

QList<FieldError> TicketChange::apply(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                                      bool *dbOk)
{
    *dbOk = true;
    QList<FieldError> errors;
    setText(body, QStringLiteral("subject"), &values->subject, changed);
    setText(body, QStringLiteral("description"), &values->description, changed);
    setText(body, QStringLiteral("status"), &values->status, changed);
    setText(body, QStringLiteral("priority"), &values->priority, changed);
    setText(body, QStringLiteral("category"), &values->category, changed);
    setText(body, QStringLiteral("channel"), &values->channel, changed);
    setText(body, QStringLiteral("requester_name"), &values->requesterName, changed);
    setText(body, QStringLiteral("requester_contact"), &values->requesterContact, changed);

    if (!applyOrganization(body, values, changed, &errors) || !applyFacility(body, values, changed, &errors)
        || !applyAssignee(body, values, changed, &errors))
        *dbOk = false;
    return errors;
}

// organization_id: an existing organization or null.
bool TicketChange::applyOrganization(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                                     QList<FieldError> *errors)
{
    if (body.contains(QStringLiteral("organization_id"))) {
        const QJsonValue v = body.value(QStringLiteral("organization_id"));
        std::optional<qint64> org;
        if (!v.isNull()) {
            org = v.toInteger();
            bool ok = false;
            if (!m_store.organizationExists(*org, &ok)) {
                if (!ok) {
                    return false;
                }
                errors->append({QStringLiteral("organization_id"), QStringLiteral("no organization has this id")});
            }
        }
        if (org != values->organizationId) {
            values->organizationId = org;
            changed->append(QStringLiteral("organization_id"));
        }
    }
    return true;
}

bool TicketChange::applyFacility(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                                 QList<FieldError> *errors)
{
    // A facility belongs to one organization: choosing a facility fills in its organization,
    // and a facility of another organization than the ticket's is refused.
    if (body.contains(QStringLiteral("facility_id"))) {
        const QJsonValue v = body.value(QStringLiteral("facility_id"));
        std::optional<qint64> facility;
        if (!v.isNull()) {
            facility = v.toInteger();
            bool ok = false;
            const auto owner = m_store.facilityOrganization(*facility, &ok);
            if (!ok) {
                return false;
            }
            if (!owner) {
                errors->append({QStringLiteral("facility_id"), QStringLiteral("no facility has this id")});
            } else if (!values->organizationId) {
                values->organizationId = owner;
                changed->append(QStringLiteral("organization_id"));
            } else if (*values->organizationId != *owner) {
                errors->append({QStringLiteral("facility_id"),
                               QStringLiteral("this facility belongs to another organization than the ticket's")});
            }
        }
        if (facility != values->facilityId) {
            values->facilityId = facility;
            changed->append(QStringLiteral("facility_id"));
        }
    } else if (changed->contains(QStringLiteral("organization_id")) && values->facilityId) {
        // Moving the ticket to another organization drops a facility that is not part of it.
        bool ok = false;
        const auto owner = m_store.facilityOrganization(*values->facilityId, &ok);
        if (!ok) {
            return false;
        }
        if (owner != values->organizationId) {
            values->facilityId.reset();
            changed->append(QStringLiteral("facility_id"));
        }
    }
    return true;
}

// assignee: the username of an active staff member, or "" to unassign.
bool TicketChange::applyAssignee(const QJsonObject &body, TicketStore::Values *values, QStringList *changed,
                                 QList<FieldError> *errors)
{
    if (body.contains(QStringLiteral("assignee"))) {
        const QString username = body.value(QStringLiteral("assignee")).toString();
        std::optional<qint64> assignee;
        if (!username.isEmpty()) {
            bool ok = false;
            assignee = m_store.activeStaffId(username, &ok);
            if (!ok) {
                return false;
            }
            if (!assignee)
                errors->append({QStringLiteral("assignee"), QStringLiteral("is not the username of an active staff member")});
        }
        if (errors->isEmpty() && assignee != values->assigneeId) {
            values->assigneeId = assignee;
            changed->append(QStringLiteral("assignee"));
        }
    }
    return true;
}

bool TicketChange::mayAssign(const Principal &principal, std::optional<qint64> from, std::optional<qint64> to)
{
    if (from == to)
        return true;
    if (Permissions::granted(principal.role, Permission::QueueSupervision))
        return true;
    if (to)
        return *to == principal.userId;
    return from == principal.userId;
}

} // namespace izdesk::server
