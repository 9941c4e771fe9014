#include "patients/patientaccesspolicy.h"

#include "http/problem.h"
#include "http/requestcontext.h"
#include "permissions.h"

namespace izdesk::server {

bool PatientAccessPolicy::seesSharingLocked(const Principal &principal)
{
    // Releasing a protected record is disclosure oversight: the same people, one permission.
    return Permissions::granted(principal.role, Permission::DisclosureOversight);
}

bool PatientAccessPolicy::finds(bool seesSharingLocked, bool fullOptOut, bool sharingLock)
{
    return !fullOptOut && (!sharingLock || seesSharingLocked);
}

bool PatientAccessPolicy::mayReleaseHistory(RequestContext &ctx, qint64 patientId)
{
    Q_UNUSED(ctx);
    Q_UNUSED(patientId);
    return false;
}

HttpResponse PatientAccessPolicy::refuse(RequestContext &ctx, const QString &action, const QString &entityType,
                                         const QString &entityId, const QString &reason, const HttpResponse &answer,
                                         const QJsonObject &extra)
{
    QJsonObject detail = extra;
    detail.insert(QStringLiteral("action"), action);
    detail.insert(QStringLiteral("reason"), reason);
    detail.insert(QStringLiteral("status"), answer.status);
    if (!ctx.audit(QStringLiteral("access.denied"), entityType, entityId, detail))
        return Problem::internal();
    return answer;
}

} // namespace izdesk::server
