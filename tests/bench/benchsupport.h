#pragma once

// Small helpers the benchmark programs share: progress lines on stderr (JSON figures go to
// stdout) and "--name value" options.

#include <QString>
#include <QStringList>

#include <cstdio>

namespace izdesk::bench {

inline void progress(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

inline QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace izdesk::bench
