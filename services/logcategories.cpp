#include "logcategories.h"

Q_LOGGING_CATEGORY(lcHttp, "izdesk.services.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "izdesk.services.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "izdesk.services.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "izdesk.services.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "izdesk.services.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "izdesk.services.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "izdesk.services.keychain", QtInfoMsg)
