#include "sandboxlauncher.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace izdesk {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(3000);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxLauncher::onStderr);
    connect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local sandbox server could not be started (%1): %2")
                     .arg(serverPath(), m_process.errorString()));
    });
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The local sandbox server did not start within %1 seconds.").arg(m_startTimeoutMs / 1000));
        stop();
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (isRunning())
            m_process.kill();
    });
}

SandboxLauncher::~SandboxLauncher()
{
    // Shutdown path: the child must not outlive the application.
    disconnect(&m_process, nullptr, this, nullptr);
    if (isRunning()) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
}

QString SandboxLauncher::serverPath() const
{
    if (!m_serverPath.isEmpty())
        return m_serverPath;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("izdesk-server"));
}

QString SandboxLauncher::databasePath() const
{
    QString dir = m_dataDirectory;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(QStringLiteral("sandbox"));
    return QDir(dir).filePath(QStringLiteral("izdesk-sandbox.sqlite"));
}

void SandboxLauncher::start()
{
    if (isRunning()) {
        if (m_url.isValid())
            Q_EMIT started(m_url);
        return; // still starting: started() follows
    }
    const QString program = serverPath();
    if (!QFileInfo(program).isExecutable()) {
        fail(tr("The local sandbox server was not found at %1.").arg(program));
        return;
    }
    QDir().mkpath(QFileInfo(databasePath()).absolutePath());
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_starting = true;
    const QStringList args{QStringLiteral("--listen"),      QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"),    QStringLiteral("sqlite:") + databasePath(),
                           QStringLiteral("--environment"), QStringLiteral("training"),
                           QStringLiteral("--seed"),        QStringLiteral("demo")};
    qCInfo(lcSandbox) << "starting" << program;
    m_startTimer.start(m_startTimeoutMs);
    m_process.start(program, args);
}

void SandboxLauncher::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    m_killTimer.start();
}

void SandboxLauncher::onStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (!m_starting)
        return;
    static const QRegularExpression re(QStringLiteral("^listening on (http://\\S+)\\s*$"),
                                       QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = re.match(QString::fromUtf8(m_stdout));
    if (!match.hasMatch())
        return;
    m_url = QUrl(match.captured(1));
    m_starting = false;
    m_startTimer.stop();
    m_stdout.clear();
    qCInfo(lcSandbox) << "sandbox listening on" << m_url.toString();
    Q_EMIT started(m_url);
}

void SandboxLauncher::onStderr()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > 16384)
        m_stderr = m_stderr.right(8192);
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    qCInfo(lcSandbox) << "sandbox server exited with code" << exitCode;
    if (m_starting) {
        fail(status == QProcess::CrashExit
                 ? tr("The local sandbox server crashed while starting.")
                 : tr("The local sandbox server stopped while starting (exit code %1).").arg(exitCode));
    }
    m_url.clear();
    Q_EMIT stopped();
}

void SandboxLauncher::fail(const QString &message)
{
    if (!m_starting && m_url.isValid())
        return;
    m_starting = false;
    m_startTimer.stop();
    QString text = message;
    const QString tail = stderrTail();
    if (!tail.isEmpty())
        text += QLatin1Char('\n') + tr("Server output:") + QLatin1Char('\n') + tail;
    qCWarning(lcSandbox) << "sandbox failed to start";
    Q_EMIT failed(text);
}

QString SandboxLauncher::stderrTail() const
{
    QStringList lines = QString::fromUtf8(m_stderr).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > 10)
        lines = lines.mid(lines.size() - 10);
    return lines.join(QLatin1Char('\n'));
}

} // namespace izdesk
