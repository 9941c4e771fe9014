#include "auth/stafftools.h"

#include "auth/staffaccounts.h"
#include "auth/staffadministration.h"
#include "serverapp.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "ticket.h"
#include "tools/passwordinput.h"
#include "tools/toolsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <variant>

namespace izdesk::server {

namespace {

using tool::err;
using tool::out;
using Outcome = StaffAdministration::Outcome;

struct Subcommand
{
    QString name;
    QString arguments;   // for the usage line
    int positional = 1;  // how many positional arguments it takes
    QStringList options; // besides --database
    QStringList flags;
};

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list{
        {QStringLiteral("add"),
         QStringLiteral("USER --role ROLE [--display-name NAME] [--password-stdin] [--password-policy FILE]"),
         1,
         {QStringLiteral("--role"), QStringLiteral("--display-name"), QStringLiteral("--password-policy")},
         {QStringLiteral("--password-stdin")}},
        {QStringLiteral("list"), QStringLiteral("[--json]"), 0, {}, {QStringLiteral("--json")}},
        {QStringLiteral("set-role"), QStringLiteral("USER ROLE"), 2, {}, {}},
        {QStringLiteral("set-display-name"), QStringLiteral("USER NAME"), 2, {}, {}},
        {QStringLiteral("disable"), QStringLiteral("USER"), 1, {}, {}},
        {QStringLiteral("enable"), QStringLiteral("USER"), 1, {}, {}},
        {QStringLiteral("unlock"), QStringLiteral("USER"), 1, {}, {}},
        {QStringLiteral("reset-password"),
         QStringLiteral("USER [--password-stdin] [--password-policy FILE]"),
         1,
         {QStringLiteral("--password-policy")},
         {QStringLiteral("--password-stdin")}},
    };
    return list;
}

QString usageLine(const Subcommand &c)
{
    return QStringLiteral("izdesk-server staff %1 %2 [--database URL]").arg(c.name, c.arguments);
}

int usageError(const QString &why, const Subcommand *command)
{
    if (!why.isEmpty())
        err(why);
    err(command ? QStringLiteral("usage: ") + usageLine(*command) : StaffTools::usage());
    return 2;
}

QString sessionsEnded(int n)
{
    return n == 1 ? QStringLiteral("1 session ended") : QStringLiteral("%1 sessions ended").arg(n);
}

// Runs one change in a write transaction with the command line as the actor; prints `done`
// for the outcome, or the refusal on stderr.
int change(ServerApp &app, const std::function<Outcome(StaffAdministration &)> &operation,
           const std::function<QString(const Outcome &)> &done)
{
    Database &database = app.database();
    QSqlDatabase db = database.connection();
    if (!beginWriteTransaction(db, database.dialect())) {
        err(QStringLiteral("cannot start a transaction on the database"));
        return 1;
    }
    StaffAdministration admin(db, database.dialect(), StaffAdministration::Actor::commandLine(),
                              QDateTime::currentDateTimeUtc(), app.config().passwords());
    const Outcome outcome = operation(admin);
    if (!outcome.ok()) {
        db.rollback();
        err(outcome.error);
        return 1;
    }
    if (!db.commit()) {
        db.rollback();
        err(QStringLiteral("cannot commit the change; nothing was changed"));
        return 1;
    }
    out(done(outcome));
    return 0;
}

// The account named `username`, or nullopt after saying why on stderr.
std::optional<StaffAdministration::Account> existing(ServerApp &app, const QString &username)
{
    Database &database = app.database();
    StaffAdministration admin(database.connection(), database.dialect(), StaffAdministration::Actor::commandLine(),
                              QDateTime::currentDateTimeUtc(), app.config().passwords());
    bool ok = false;
    auto account = admin.find(username, &ok);
    if (!ok)
        err(QStringLiteral("cannot read the staff accounts"));
    else if (!account)
        err(QStringLiteral("unknown staff user \"%1\"").arg(username));
    return account;
}

// The new password from the terminal or stdin; nullopt after saying why (*code: 1 or 2).
std::optional<QString> newPassword(const QString &username, bool fromStdin, int *code)
{
    QString why;
    bool usage = false;
    auto password = tool::readNewPassword(username, fromStdin, &why, &usage);
    if (!password) {
        err(why);
        *code = usage ? 2 : 1;
    }
    return password;
}

QString listTable(const QList<StaffAdministration::Account> &accounts, const QDateTime &now)
{
    const QStringList header{QStringLiteral("USERNAME"),     QStringLiteral("DISPLAY NAME"),
                             QStringLiteral("ROLE"),         QStringLiteral("STATUS"),
                             QStringLiteral("LOCKED"),       QStringLiteral("MUST CHANGE PASSWORD"),
                             QStringLiteral("LAST SIGN-IN"), QStringLiteral("CREATED")};
    QList<QStringList> rows{header};
    for (const auto &a : accounts) {
        rows.append(
            {a.username, a.displayName, a.role, a.active ? QStringLiteral("active") : QStringLiteral("disabled"),
             a.isLocked(now) ? QStringLiteral("until ") + toIsoUtc(a.lockedUntil) : QStringLiteral("no"),
             a.passwordChangeRequired ? QStringLiteral("yes") : QStringLiteral("no"),
             a.lastSignInAt.isValid() ? toIsoUtc(a.lastSignInAt) : QStringLiteral("never"), toIsoUtc(a.createdAt)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const auto &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QStringList lines;
    for (const auto &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

int list(ServerApp &app, bool json)
{
    Database &database = app.database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StaffAdministration admin(database.connection(), database.dialect(), StaffAdministration::Actor::commandLine(),
                              now, app.config().passwords());
    QList<StaffAdministration::Account> accounts;
    if (!admin.list(&accounts)) {
        err(QStringLiteral("cannot read the staff accounts"));
        return 1;
    }
    if (json) {
        QJsonArray items;
        for (const auto &a : std::as_const(accounts))
            items.append(a.toJson(now));
        out(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Indented))
                .trimmed());
    } else if (accounts.isEmpty()) {
        out(QStringLiteral("no staff accounts yet; create one with: izdesk-server staff add USER --role admin"));
    } else {
        out(listTable(accounts, now));
    }
    return 0;
}

int add(ServerApp &app, const QString &username, const QString &displayName, const QString &role, bool fromStdin)
{
    Database &database = app.database();
    {
        StaffAdministration admin(database.connection(), database.dialect(), StaffAdministration::Actor::commandLine(),
                                  QDateTime::currentDateTimeUtc(), app.config().passwords());
        bool ok = false;
        const bool taken = admin.find(username, &ok).has_value();
        if (!ok || taken) {
            err(ok ? QStringLiteral("staff user \"%1\" already exists").arg(username)
                   : QStringLiteral("cannot read the staff accounts"));
            return 1;
        }
    }
    int code = 1;
    const auto password = newPassword(username, fromStdin, &code);
    if (!password)
        return code;
    return change(
        app, [&](StaffAdministration &admin) { return admin.create(username, displayName, role, *password); },
        [&](const Outcome &) { return QStringLiteral("created staff user %1 (%2)").arg(username, role); });
}

int resetPassword(ServerApp &app, const QString &username, bool fromStdin)
{
    if (!existing(app, username))
        return 1;
    int code = 1;
    const auto password = newPassword(username, fromStdin, &code);
    if (!password)
        return code;
    return change(
        app, [&](StaffAdministration &admin) { return admin.resetPassword(username, *password); },
        [&](const Outcome &o) {
            return QStringLiteral("new password set for %1; it must be changed at the next sign-in (%2)")
                .arg(username, sessionsEnded(o.sessionsEnded));
        });
}

// A staff command's validated arguments.
struct Invocation
{
    QString name;
    QString username;
    QString role;
    QString displayName;
    QHash<QString, QString> options;
};

// Reads and checks the command's options and arguments; an exit code after printing why on a
// usage error.
std::variant<Invocation, int> parseInvocation(const QStringList &arguments, const Subcommand *command)
{
    const QString &name = command->name;
    QHash<QString, QString> o;
    QStringList positional;
    if (!tool::parseOptions(arguments.mid(3), command->options + QStringList{QStringLiteral("--database")}, &o,
                            &positional, command->flags))
        return usageError({}, command);
    if (positional.size() != command->positional)
        return usageError(QStringLiteral("staff %1 takes %2").arg(command->name, command->arguments), command);
    const QString username = positional.value(0);
    QString why;
    if (!username.isNull() && !StaffAccounts::validUsername(username, &why))
        return usageError(why, command);
    const QString role = name == QLatin1String("add") ? o.value(QStringLiteral("--role")) : positional.value(1);
    if ((name == QLatin1String("add") || name == QLatin1String("set-role")) && !StaffAccounts::validRole(role, &why)) {
        const QString what = name == QLatin1String("add") ? QStringLiteral("--role") : QStringLiteral("ROLE");
        return usageError(role.isEmpty() ? QStringLiteral("%1 is required; %2").arg(what, why)
                                         : QStringLiteral("%1 \"%2\": %3").arg(what, role, why),
                          command);
    }
    const QString displayName
        = name == QLatin1String("add") ? o.value(QStringLiteral("--display-name"), username) : positional.value(1);
    if ((name == QLatin1String("add") || name == QLatin1String("set-display-name"))
        && !StaffAccounts::validDisplayName(displayName, &why))
        return usageError(why, command);
    return Invocation{name, username, role, displayName, o};
}

// disable, enable, unlock, set-role and set-display-name: one change through
// StaffAdministration and the sentence that reports it.
int changeAccount(ServerApp &app, const Invocation &inv)
{
    const QString &name = inv.name;
    const QString &username = inv.username;
    using Operation = Outcome (StaffAdministration::*)(const QString &);
    struct Simple
    {
        Operation operation;
        QString done, unchanged;
    };
    const QHash<QString, Simple> simple{
        {QStringLiteral("disable"),
         {&StaffAdministration::disable, QStringLiteral("disabled %1 (%2)"),
          QStringLiteral("%1 was already disabled")}},
        {QStringLiteral("enable"),
         {&StaffAdministration::enable, QStringLiteral("enabled %1"), QStringLiteral("%1 was already enabled")}},
        {QStringLiteral("unlock"),
         {&StaffAdministration::unlock, QStringLiteral("unlocked %1"),
          QStringLiteral("%1 was not locked and had no failed sign-ins")}},
    };
    if (simple.contains(name)) {
        const Simple s = simple.value(name);
        return change(
            app, [&](StaffAdministration &admin) { return (admin.*s.operation)(username); },
            [&](const Outcome &r) {
                if (!r.changed)
                    return s.unchanged.arg(username);
                return name == QLatin1String("disable") ? s.done.arg(username, sessionsEnded(r.sessionsEnded))
                                                        : s.done.arg(username);
            });
    }
    if (name == QLatin1String("set-role"))
        return change(
            app, [&](StaffAdministration &admin) { return admin.setRole(username, inv.role); },
            [&](const Outcome &r) {
                return (r.changed ? QStringLiteral("%1 now has the role %2")
                                  : QStringLiteral("%1 already has the role %2"))
                    .arg(username, inv.role);
            });
    return change(
        app, [&](StaffAdministration &admin) { return admin.setDisplayName(username, inv.displayName); },
        [&](const Outcome &r) {
            return (r.changed ? QStringLiteral("%1 is now shown as \"%2\"")
                              : QStringLiteral("%1 is already shown as \"%2\""))
                .arg(username, inv.displayName);
        });
}

} // namespace

QString StaffTools::usage()
{
    QStringList lines;
    for (const auto &c : subcommands())
        lines << (lines.isEmpty() ? QStringLiteral("usage: ") : QStringLiteral("       ")) + usageLine(c);
    return lines.join(QLatin1Char('\n'));
}

std::optional<int> StaffTools::run(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("staff"))
        return std::nullopt;
    const QString name = arguments.value(2);
    if (name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out(usage());
        return 0;
    }
    const Subcommand *command = nullptr;
    for (const auto &c : subcommands()) {
        if (c.name == name)
            command = &c;
    }
    if (!command)
        return usageError(name.isEmpty() || name.startsWith(QLatin1Char('-'))
                              ? QString()
                              : QStringLiteral("unknown staff command \"%1\"").arg(name),
                          nullptr);

    const auto parsed = parseInvocation(arguments, command);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const Invocation &inv = std::get<Invocation>(parsed);
    auto app = tool::openDatabase(inv.options);
    if (!app)
        return 1;
    const bool fromStdin = inv.options.contains(QStringLiteral("--password-stdin"));
    if (name == QLatin1String("list"))
        return list(*app, inv.options.contains(QStringLiteral("--json")));
    if (name == QLatin1String("add"))
        return add(*app, inv.username, inv.displayName, inv.role, fromStdin);
    if (name == QLatin1String("reset-password"))
        return resetPassword(*app, inv.username, fromStdin);
    return changeAccount(*app, inv);
}

} // namespace izdesk::server
