#pragma once

// The real izdesk-server binary as a child process on a fixed loopback port over one SQLite
// file, so it can be stopped and started again on the same address and data (an outage the
// client sees as a refused connection). Its log goes to a file next to the database.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

namespace izdesk::test {

class ServerProcess
{
public:
    static QString binary()
    {
        return QStringLiteral(IZDESK_SERVER_PATH);
    }

    explicit ServerProcess(const QString &dir)
        : m_dir(dir)
    {
        QTcpServer probe; // a port that is free now; kept for every restart
        if (probe.listen(QHostAddress::LocalHost))
            m_port = probe.serverPort();
    }
    ~ServerProcess() { stop(); }

    // Options added to the command line of every start.
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString databasePath() const { return QDir(m_dir).filePath(QStringLiteral("server.sqlite")); }

    // Starts the server (demo data on the first start) and waits until it listens.
    bool start(QString *error)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(QDir(m_dir).filePath(QStringLiteral("server.log")), QIODevice::Append);
        const QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                    QStringLiteral("--database"), QStringLiteral("sqlite:") + databasePath(),
                                    QStringLiteral("--environment"), QStringLiteral("training"),
                                    QStringLiteral("--seed"), QStringLiteral("demo")};
        m_process.start(binary(), arguments + m_extraArguments);
        QByteArray out;
        const bool listening = QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                return out.contains("listening on") || m_process.state() == QProcess::NotRunning;
            },
            30000);
        if (listening && out.contains("listening on"))
            return true;
        *error = QStringLiteral("izdesk-server did not start: %1").arg(QString::fromUtf8(out));
        stop();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QString m_dir;
    quint16 m_port = 0;
    QStringList m_extraArguments;
    QProcess m_process;
};

} // namespace izdesk::test
