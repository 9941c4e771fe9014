#include "fuzzenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace izdesk::fuzz {

namespace {

// Both live until the process ends: the targets keep Qt objects (database connections,
// servers) in function-local statics that must never outlive the application object.
QCoreApplication *s_app = nullptr;
QTemporaryDir *s_dir = nullptr;

void dropMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A fatal message aborts after the handler returns, which the fuzzer reports as a crash;
    // say what it was first (the text comes from the code, never from the input's PHI fields).
    if (type == QtFatalMsg)
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
}

void removeScratchDir()
{
    if (s_dir)
        s_dir->remove();
}

} // namespace

void initEnvironment()
{
    if (s_app)
        return;
    static int argc = 1;
    static char name[] = "izdesk-fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_HASH_SEED", "0"); // iteration order of QHash is the same in every run
    s_app = new QCoreApplication(argc, argv);
    // IZDESK_FUZZ_VERBOSE=1 keeps the messages, to see why an input was refused.
    if (qEnvironmentVariableIntValue("IZDESK_FUZZ_VERBOSE") != 1) {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
        qInstallMessageHandler(dropMessage);
    }
    s_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/izdesk-fuzz-XXXXXX"));
    if (!s_dir->isValid()) {
        fprintf(stderr, "izdesk-fuzz: cannot create a folder under %s\n", qPrintable(QDir::tempPath()));
        std::abort();
    }
    std::atexit(removeScratchDir);
}

QString scratchDir()
{
    return s_dir ? s_dir->path() : QDir::tempPath();
}

QString writeScratchFile(const QString &name, const QByteArray &bytes)
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
}

} // namespace izdesk::fuzz
