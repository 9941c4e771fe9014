#include "logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace izdesk {

namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
QtMessageHandler g_previous = nullptr;
QString g_path;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void forward(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(g_mutex);
        logger = g_logger;
    }
    if (logger) {
        const char *category = context.category ? context.category : "default";
        logger->log(levelFor(type), "[{}] {}", category, message.toStdString());
        if (type == QtFatalMsg)
            logger->flush();
    }
    if (type == QtFatalMsg && g_previous)
        g_previous(type, context, message);
}

} // namespace

bool Logging::install(const QString &logDirectory, bool alsoToStderr)
{
    if (!QDir().mkpath(logDirectory))
        return false;
    const QString path = QDir(logDirectory).filePath(QStringLiteral("izdesk.log"));
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), kMaxFileSize, kMaxFiles));
        if (alsoToStderr)
            sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    } catch (const spdlog::spdlog_ex &) {
        return false;
    }
    auto logger = std::make_shared<spdlog::logger>("izdesk", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %t %l %v");
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    {
        std::lock_guard lock(g_mutex);
        g_logger = logger;
        g_path = path;
    }
    QtMessageHandler previous = qInstallMessageHandler(&forward);
    if (previous != &forward)
        g_previous = previous;
    return true;
}

void Logging::flush()
{
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
}

void Logging::uninstall()
{
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    g_path.clear();
}

QString Logging::logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_path;
}

} // namespace izdesk
