#pragma once

#include <QString>

namespace izdesk {

// Installs the application log: a spdlog rotating file (izdesk.log, 5 MiB x 3) in the given
// folder and a Qt message handler that forwards every qDebug/qC* message (with its category,
// e.g. "izdesk.services.http") to it. The handler is thread-safe (spdlog _mt sink).
// Never pass PHI, passwords or tokens to a log call.
class Logging
{
public:
    static constexpr size_t kMaxFileSize = 5 * 1024 * 1024;
    static constexpr size_t kMaxFiles = 3;

    // Returns false (and keeps Qt's default handler) when the folder cannot be created.
    static bool install(const QString &logDirectory, bool alsoToStderr = false);
    static void flush();
    // Restores Qt's previous handler and drops the logger.
    static void uninstall();
    static QString logFilePath();
};

} // namespace izdesk
