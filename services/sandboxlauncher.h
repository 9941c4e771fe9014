#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace izdesk {

// Runs the Local sandbox: izdesk-server as a child process on 127.0.0.1 (port chosen by the
// OS) with a SQLite file in the sandbox folder, training environment, demo seed. Reads the
// child's stdout for "listening on http://HOST:PORT" and reports started(url), or failed()
// with the tail of the child's stderr. Stops the child on stop() or destruction (terminate,
// then kill after 3 s). GUI-thread object; start() never blocks.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Default: QCoreApplication::applicationDirPath()/izdesk-server.
    void setServerPath(const QString &path) { m_serverPath = path; }
    QString serverPath() const;
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }
    QString databasePath() const;
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; } // valid once started

    void start(); // started() at once when already running
    void stop();

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &message);
    void stopped();

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    QString stderrTail() const;

    QProcess m_process;
    QTimer m_startTimer;
    QTimer m_killTimer;
    QString m_serverPath;
    QString m_dataDirectory;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    int m_startTimeoutMs = 20000;
    bool m_starting = false;
};

} // namespace izdesk
