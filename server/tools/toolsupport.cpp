#include "tools/toolsupport.h"

#include "serverapp.h"
#include "serverconfig.h"

#include <cstdio>

namespace izdesk::server::tool {

void out(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs((QStringLiteral("izdesk-server: ") + text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

bool parseOptions(const QStringList &args, const QStringList &known, QHash<QString, QString> *options,
                  QStringList *positional, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            err(QStringLiteral("izdesk-server --help lists every command and its options"));
            return false;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            positional->append(a);
            continue;
        }
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq > 0)
            a = a.left(eq);
        if (flags.contains(a)) {
            if (eq > 0) {
                err(QStringLiteral("option %1 takes no value").arg(a));
                return false;
            }
            options->insert(a, QString());
            continue;
        }
        if (!known.contains(a)) {
            err(QStringLiteral("unknown option %1").arg(a));
            return false;
        }
        if (eq > 0) {
            value = args.at(i).mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            err(QStringLiteral("option %1 needs a value").arg(a));
            return false;
        }
        options->insert(a, value);
    }
    return true;
}

std::unique_ptr<ServerApp> openDatabase(const QHash<QString, QString> &options)
{
    // The server's own options among them are read as the server reads them.
    QStringList serverArguments{QStringLiteral("izdesk-server")};
    for (const QString &option : {QStringLiteral("--database"), QStringLiteral("--password-policy")}) {
        if (options.contains(option))
            serverArguments << option << options.value(option);
    }
    const CommandLine cli = CommandLine::parse(serverArguments);
    if (cli.action == CommandLine::Action::Error) {
        err(cli.message);
        return nullptr;
    }
    auto app = std::make_unique<ServerApp>(cli.config);
    QString error;
    if (!app->initialize(&error)) {
        err(error);
        return nullptr;
    }
    return app;
}

} // namespace izdesk::server::tool
