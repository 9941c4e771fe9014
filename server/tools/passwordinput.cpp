#include "tools/passwordinput.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace izdesk::server::tool {

namespace {

constexpr qsizetype maxLineBytes = 4096;

// The terminal settings to put back when a signal ends the program while echo is off.
termios savedTerminal;
volatile sig_atomic_t echoIsOff = 0;

void restoreTerminalAndDie(int sig)
{
    if (echoIsOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// One line from stdin without its line end; false at end of input with nothing read or when
// the line is longer than maxLineBytes.
bool readLine(QByteArray *line)
{
    line->clear();
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (line->size() >= maxLineBytes)
            return false;
        line->append(char(c));
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return any;
}

QString takePassword(QByteArray *bytes)
{
    const QString text = QString::fromUtf8(*bytes);
    bytes->fill('\0');
    return text;
}

void prompt(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// Reads one line from the terminal on stdin with echo off. Echo goes off before the question
// appears, so nothing typed after it can be echoed.
bool readHidden(const QString &question, QByteArray *line)
{
    if (::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return false;
    termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    struct sigaction handler = {};
    handler.sa_handler = restoreTerminalAndDie;
    struct sigaction before[4] = {};
    const int endingSignals[4] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (int i = 0; i < 4; ++i)
        ::sigaction(endingSignals[i], &handler, &before[i]);
    echoIsOff = 1;
    bool ok = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    if (ok) {
        prompt(question);
        ok = readLine(line);
    }
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    echoIsOff = 0;
    for (int i = 0; i < 4; ++i)
        ::sigaction(endingSignals[i], &before[i], nullptr);
    return ok;
}

} // namespace

std::optional<QString> readNewPassword(const QString &username, bool fromStdin, QString *error, bool *usage)
{
    *usage = false;
    QByteArray first;
    if (fromStdin) {
        if (!readLine(&first)) {
            *error = QStringLiteral("--password-stdin: no password line on standard input");
            return std::nullopt;
        }
        return takePassword(&first);
    }
    if (!::isatty(STDIN_FILENO)) {
        *usage = true;
        *error = QStringLiteral("standard input is not a terminal to ask for the password on; "
                                "write the password as one line on standard input with --password-stdin");
        return std::nullopt;
    }
    QByteArray second;
    if (!readHidden(QStringLiteral("New password for %1: ").arg(username), &first)
        || !readHidden(QStringLiteral("Repeat the new password: "), &second)) {
        first.fill('\0');
        second.fill('\0');
        *error = QStringLiteral("no password was read from the terminal");
        return std::nullopt;
    }
    const bool same = first == second;
    second.fill('\0');
    if (!same) {
        first.fill('\0');
        *error = QStringLiteral("the passwords do not match; nothing was changed");
        return std::nullopt;
    }
    return takePassword(&first);
}

} // namespace izdesk::server::tool
