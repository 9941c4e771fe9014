#pragma once

// The real izdesk-server binary as a child process, run the way an operator runs it: every
// izdesk.* logging category on (debug included) and each run's standard output and error in a
// file of its own under logs/, so that a test can read everything the program printed
// afterwards. HOME and the XDG folders point into the sandbox: anything else the program
// writes lands under home/. It listens on a port of its choosing, or on one fixed port
// (setListenPort) so that it can be stopped and started again on the same address.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

namespace izdesk::test {

class ServerProcess
{
public:
    // Every category of the server's own log, debug level included.
    static constexpr const char *kLoggingRules = "izdesk.*=true";

    explicit ServerProcess(QString binary)
        : m_binary(std::move(binary))
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    }
    ~ServerProcess() { stop(); }

    bool isValid() const { return m_dir.isValid() && QFile::exists(m_binary); }
    // A loopback port that is free now, for a server that must come back on the same address.
    static quint16 freeLoopbackPort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
    }
    // Every later start() listens on 127.0.0.1:port (0: a port the server picks).
    void setListenPort(quint16 port) { m_listenPort = port; }
    QString logDir() const { return m_dir.filePath(QStringLiteral("logs")); }
    QString homeDir() const { return m_dir.filePath(QStringLiteral("home")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString logFile(const QString &run, const char *stream) const
    {
        return QDir(logDir()).filePath(run + QLatin1Char('.') + QLatin1String(stream));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), homeDir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(homeDir()).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(homeDir()).filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(homeDir()).filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("TMPDIR"), QDir(homeDir()).filePath(QStringLiteral("tmp")));
        QDir().mkpath(QDir(homeDir()).filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QLatin1String(kLoggingRules));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{type} %{category}: %{message}"));
        env.remove(QStringLiteral("IZDESK_TEST_PAUSE_IN_MERGE_MS"));
        return env;
    }

    // Runs a subcommand to its end; `run` names its output files. Returns the exit code (-1
    // when it did not finish) and its standard output.
    int runTool(const QString &run, const QStringList &arguments, const QByteArray &input = {},
                QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setStandardOutputFile(logFile(run, "stdout"));
        p.setStandardErrorFile(logFile(run, "stderr"));
        p.start(m_binary, arguments);
        if (!p.waitForStarted(10000))
            return -1;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return -1;
        }
        if (output)
            *output = readFile(logFile(run, "stdout"));
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Starts the server on 127.0.0.1 (the port of setListenPort, else one it picks) and waits
    // for its "listening on" line; that URL, or an empty one and *error.
    QUrl start(const QString &run, const QStringList &arguments, QString *error)
    {
        m_run = run;
        m_server.setProcessEnvironment(environment());
        m_server.setStandardOutputFile(logFile(run, "stdout"));
        m_server.setStandardErrorFile(logFile(run, "stderr"));
        m_server.start(m_binary,
                       QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_listenPort)}
                           + arguments);
        if (!m_server.waitForStarted(10000)) {
            *error = m_server.errorString();
            return {};
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && m_server.state() == QProcess::Running) {
            const QByteArray out = readFile(logFile(run, "stdout"));
            const qsizetype at = out.indexOf("listening on ");
            const qsizetype end = at >= 0 ? out.indexOf('\n', at) : -1;
            if (end > at)
                return QUrl(QString::fromLatin1(out.mid(at + 13, end - at - 13).trimmed()));
            m_server.waitForFinished(50);
        }
        *error
            = QStringLiteral("no listening line; stderr: ") + QString::fromLocal8Bit(readFile(logFile(run, "stderr")));
        return {};
    }

    // SIGTERM and a clean exit; true when it exited normally with code 0.
    bool stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return m_server.exitStatus() == QProcess::NormalExit && m_server.exitCode() == 0;
        m_server.terminate();
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
            return false;
        }
        return m_server.exitStatus() == QProcess::NormalExit && m_server.exitCode() == 0;
    }

    bool isRunning() const { return m_server.state() == QProcess::Running; }
    // SIGKILL: no shutdown at all (a crash, the OOM killer).
    void kill()
    {
        m_server.kill();
        m_server.waitForFinished(10000);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QString m_binary;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_run;
    quint16 m_listenPort = 0;
};

} // namespace izdesk::test
