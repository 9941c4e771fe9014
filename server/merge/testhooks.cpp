#include "merge/testhooks.h"

#include "serverconfig.h"

#include <QtGlobal>

#include <algorithm>

namespace izdesk::server::TestHooks {

int pauseInMergeMs(const ServerConfig &config)
{
#ifdef IZDESK_TEST_HOOKS
    if (config.environment == Environment::Production)
        return 0;
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("IZDESK_TEST_PAUSE_IN_MERGE_MS", &ok);
    return ok ? std::clamp(ms, 0, 120000) : 0;
#else
    Q_UNUSED(config)
    return 0;
#endif
}

} // namespace izdesk::server::TestHooks
