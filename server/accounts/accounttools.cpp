#include "accounts/accounttools.h"

#include "accounts/accountsweep.h"
#include "scim/scimtokens.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <memory>

namespace izdesk::server {

namespace {

void out(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString &text, int code)
{
    std::fputs((QStringLiteral("izdesk-server: ") + text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    return code;
}

} // namespace

std::optional<int> AccountTools::run(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("accounts"))
        return std::nullopt;
    const QString usage = QStringLiteral("usage: izdesk-server accounts sweep [--database URL] [--accounts-policy FILE]\n"
                                         "       izdesk-server accounts scim-token NAME [--database URL]");
    const QString command = arguments.value(2);
    QStringList positional;
    ServerConfig config;
    config.databaseUrl = CommandLine::defaultDatabaseUrl();
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a == QLatin1String("--database") || a == QLatin1String("--accounts-policy")) {
            if (i + 1 >= arguments.size())
                return fail(QStringLiteral("option %1 needs a value").arg(a), 2);
            const QString value = arguments.at(++i);
            if (a == QLatin1String("--database")) {
                config.databaseUrl = value;
                continue;
            }
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("--accounts-policy: cannot read %1").arg(value), 2);
            QString why;
            auto policy = AccountsPolicy::fromJson(file.readAll(), &why);
            if (!policy)
                return fail(QStringLiteral("--accounts-policy %1: %2").arg(value, why), 2);
            config.accountsPolicy = std::make_shared<const AccountsPolicy>(std::move(*policy));
        } else if (a.startsWith(QLatin1String("--"))) {
            return fail(QStringLiteral("unknown option %1\n%2").arg(a, usage), 2);
        } else {
            positional << a;
        }
    }
    if (command == QLatin1String("sweep") ? !positional.isEmpty()
                                         : (command != QLatin1String("scim-token") || positional.size() != 1
                                            || positional.first().trimmed().isEmpty() || positional.first().size() > 100))
        return fail(usage, 2);

    ServerApp app(config);
    QString error;
    if (!app.initialize(&error))
        return fail(error, 1);
    Database &db = app.database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (command == QLatin1String("scim-token")) {
        const auto created = ScimTokens::create(db.connection(), db.dialect(), positional.first().trimmed(), std::nullopt, now);
        if (!created)
            return fail(QStringLiteral("could not store the token"), 1);
        out(QStringLiteral("SCIM token %1 for %2 (shown once; store it in the identity provider):").arg(created->id).arg(positional.first()));
        out(created->token);
        return 0;
    }
    QList<AccountSweep::Item> items;
    if (!AccountSweep::run(db.connection(), db.dialect(), config.accounts(), now, std::nullopt, QStringLiteral("system"), &items))
        return fail(QStringLiteral("the sweep failed; nothing was changed"), 1);
    for (const auto &item : std::as_const(items))
        out(QStringLiteral("inactivated %1 (%2): %3").arg(item.id).arg(item.username, item.reason));
    out(QStringLiteral("%1 accounts inactivated").arg(items.size()));
    return 0;
}

} // namespace izdesk::server
