#pragma once

#include <QLoggingCategory>

// One logging category per services module (forwarded to spdlog by Logging). Never log PHI,
// passwords or tokens: HTTP lines carry method, path without query, status and duration only.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)     // izdesk.services.http
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // izdesk.services.api
Q_DECLARE_LOGGING_CATEGORY(lcCache)    // izdesk.services.cache
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // izdesk.services.session
Q_DECLARE_LOGGING_CATEGORY(lcQueue)    // izdesk.services.queue
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // izdesk.services.sandbox
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // izdesk.services.keychain
