#pragma once

// Runs a program with a pseudo-terminal as its stdin, stdout and stderr, typing each answer of
// a dialogue once the program has printed its prompt: the interactive paths of izdesk-server.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QStringList>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace izdesk::test {

struct TerminalRun
{
    int exitCode = -1;     // -1: did not exit normally (or killed after the timeout)
    QByteArray transcript; // everything the terminal showed, echo included
};

// dialogue: (prompt, answer) pairs, answered in order; each answer is typed followed by Enter.
inline TerminalRun runOnTerminal(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment,
                                 const QList<QPair<QByteArray, QByteArray>> &dialogue, int timeoutMs = 60000)
{
    // Everything the child needs is built before fork: after it, only exec.
    QList<QByteArray> args{program.toLocal8Bit()};
    for (const QString &a : arguments)
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QList<QByteArray> variables;
    for (const QString &key : environment.keys())
        variables << (key + QLatin1Char('=') + environment.value(key)).toLocal8Bit();
    std::vector<char *> envp;
    for (QByteArray &v : variables)
        envp.push_back(v.data());
    envp.push_back(nullptr);

    TerminalRun run;
    int terminal = -1;
    const pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid == 0) {
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    if (pid < 0)
        return run;
    QElapsedTimer timer;
    timer.start();
    qsizetype step = 0;
    bool closed = false;
    while (!closed && timer.elapsed() < timeoutMs) {
        pollfd fd{terminal, POLLIN, 0};
        if (::poll(&fd, 1, 200) > 0) {
            char buffer[512];
            const ssize_t n = ::read(terminal, buffer, sizeof buffer);
            if (n <= 0)
                closed = true; // EIO: the program has closed the terminal
            else
                run.transcript.append(buffer, n);
        }
        if (step < dialogue.size() && run.transcript.contains(dialogue.at(step).first)) {
            const QByteArray answer = dialogue.at(step).second + '\r';
            if (::write(terminal, answer.constData(), size_t(answer.size())) != answer.size())
                break;
            ++step;
        }
    }
    if (!closed)
        ::kill(pid, SIGKILL); // still waiting for input after the timeout
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(terminal);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace izdesk::test
