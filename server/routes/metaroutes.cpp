#include "routes/metaroutes.h"

#include "http/requestcontext.h"
#include "http/router.h"
#include "serverconfig.h"

#include "izdeskversion.h"

namespace izdesk::server {

void registerMetaRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/meta"), [](RequestContext &ctx) {
        return HttpResponse::json(200, QJsonObject{
            {QStringLiteral("product"), QStringLiteral("IZ Desk")},
            {QStringLiteral("version"), QStringLiteral(IZDESK_VERSION)},
            {QStringLiteral("api_version"), QStringLiteral(IZDESK_API_VERSION)},
            {QStringLiteral("environment"), ctx.config().environmentName()},
        });
    });
}

} // namespace izdesk::server
