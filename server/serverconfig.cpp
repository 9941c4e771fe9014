#include "serverconfig.h"

#include "datakeyfile.h"
#include "hl7/checkpolicy.h"
#include "http/tlsidentity.h"
#include "oidc/oidcprovider.h"
#include "serverhelp.h"

#include <QFile>

#include "izdeskversion.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace izdesk::server {

QString ServerConfig::environmentName() const
{
    switch (environment) {
    case Environment::Production: return QStringLiteral("production");
    case Environment::Training: return QStringLiteral("training");
    case Environment::Uat: return QStringLiteral("uat");
    }
    return QStringLiteral("training");
}

bool ServerConfig::listensBeyondLoopback() const
{
    if (listenHost.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(listenHost);
    return address.isNull() || !address.isLoopback();
}

QString ServerConfig::transportRefusal() const
{
    if (environment != Environment::Production || tls || behindTlsProxy || !listensBeyondLoopback())
        return {};
    return QStringLiteral("--listen %1: a production server serves an address beyond this computer only over TLS; "
                          "give --tls-certificate FILE and --tls-key FILE, or --behind-tls-proxy when a "
                          "TLS-terminating proxy in front of it is the only way in")
        .arg(listenHost);
}

QString ServerConfig::dataKeyRefusal() const
{
    if (!dataKey.isEmpty())
        return {};
    return QStringLiteral("the server has no data key to seal stored PHI with; start it with --data-key FILE "
                          "(see izdesk-server --help)");
}

std::optional<Environment> ServerConfig::parseEnvironment(const QString &name)
{
    if (name == QLatin1String("production"))
        return Environment::Production;
    if (name == QLatin1String("training"))
        return Environment::Training;
    if (name == QLatin1String("uat"))
        return Environment::Uat;
    return std::nullopt;
}

QString CommandLine::defaultDatabaseUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("izdesk-server.sqlite"));
}

namespace {

CommandLine error(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Error;
    result.message = message;
    return result;
}

bool parseListen(const QString &value, QString *host, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = value.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || h.isEmpty())
        return false;
    *host = h;
    *port = static_cast<quint16>(p);
    return true;
}

} // namespace

namespace {

// An option's problem, in the words the user reads after "izdesk-server: "; nullopt when the
// option was taken.
using Failure = std::optional<QString>;

// What the options given so far add up to, before the checks that need all of them.
struct ParseState
{
    explicit ParseState(ServerConfig &c)
        : config(c)
    {
    }
    ServerConfig &config;
    bool databaseGiven = false;
    QString tlsCertificate;
    QString tlsKey;
    QHash<QString, QString> oidcOptions;
};

// The server's address, its database and how it runs.

Failure takeDatabase(const QString &, const QString &value, ParseState &state)
{
    QString why;
    if (!DatabaseConfig::parse(value, &why))
        return QStringLiteral("--database: %1").arg(why);
    state.config.databaseUrl = value;
    state.databaseGiven = true;
    return std::nullopt;
}

Failure takeListen(const QString &, const QString &value, ParseState &state)
{
    if (!parseListen(value, &state.config.listenHost, &state.config.listenPort))
        return QStringLiteral("--listen: expected HOST:PORT, got \"%1\"").arg(value);
    return std::nullopt;
}

Failure takeEnvironment(const QString &, const QString &value, ParseState &state)
{
    const auto env = ServerConfig::parseEnvironment(value);
    if (!env)
        return QStringLiteral("--environment: expected production, training or uat, got \"%1\"").arg(value);
    state.config.environment = *env;
    return std::nullopt;
}

Failure takeRequestTimeout(const QString &, const QString &value, ParseState &state)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return QStringLiteral("--request-timeout: expected whole seconds from 1 to 3600, got \"%1\"").arg(value);
    state.config.requestTimeoutSeconds = seconds;
    return std::nullopt;
}

Failure takeSeed(const QString &, const QString &value, ParseState &state)
{
    if (value != QLatin1String("demo"))
        return QStringLiteral("--seed: the only seed is \"demo\", got \"%1\"").arg(value);
    state.config.seedDemo = true;
    return std::nullopt;
}

// TLS and the data key: files read when every option is known (TLS) or at once (the key).

Failure takeTlsFile(const QString &option, const QString &value, ParseState &state)
{
    if (value.isEmpty())
        return QStringLiteral("%1 needs a file").arg(option);
    (option == QLatin1String("--tls-key") ? state.tlsKey : state.tlsCertificate) = value;
    return std::nullopt;
}

Failure takeDataKey(const QString &, const QString &value, ParseState &state)
{
    QString why;
    const auto key = DataKeyFile::read(value, &why);
    if (!key)
        return QStringLiteral("--data-key %1").arg(why);
    state.config.dataKey = *key;
    state.config.dataKeyFile = value;
    return std::nullopt;
}

// The identity provider's options are checked together once all are known.
Failure takeOidc(const QString &option, const QString &value, ParseState &state)
{
    state.oidcOptions.insert(option, value);
    return std::nullopt;
}

// Policy files and the nickname table: the file is read and checked at once.

std::optional<QByteArray> readOptionFile(const QString &option, const QString &path, QString *failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = QStringLiteral("%1: cannot read %2").arg(option, path);
        return std::nullopt;
    }
    return file.readAll();
}

// Reads the policy file `path` with `parse` ("OPTION FILE: why" when it is refused) into *slot.
template<typename Policy, typename Parse>
Failure takePolicy(const QString &option, const QString &path, Parse parse, std::shared_ptr<const Policy> *slot)
{
    QString why;
    const auto bytes = readOptionFile(option, path, &why);
    if (!bytes)
        return why;
    auto policy = parse(*bytes, &why);
    if (!policy)
        return QStringLiteral("%1 %2: %3").arg(option, path, why);
    *slot = std::make_shared<const Policy>(std::move(*policy));
    return std::nullopt;
}

Failure takeSlaPolicy(const QString &option, const QString &value, ParseState &state)
{
    return takePolicy(
        option, value, [](const QByteArray &b, QString *why) { return SlaPolicy::fromBytes(b, why); },
        &state.config.slaPolicy);
}

Failure takeVerificationPolicy(const QString &option, const QString &value, ParseState &state)
{
    QString why;
    const auto bytes = readOptionFile(option, value, &why);
    if (!bytes)
        return why;
    auto policy = VerificationPolicy::fromBytes(*bytes, &why);
    // "FILE:3:17: JSON syntax error: …" or "FILE: caller_types[2].one_of[0]: unknown factor …"
    if (!policy)
        return QStringLiteral("--verification-policy %1:%2%3")
            .arg(value, why.front().isDigit() ? QString() : QStringLiteral(" "), why);
    state.config.verificationPolicy = std::make_shared<const VerificationPolicy>(std::move(*policy));
    return std::nullopt;
}

Failure takeAccountsPolicy(const QString &option, const QString &value, ParseState &state)
{
    return takePolicy(
        option, value, [](const QByteArray &b, QString *why) { return AccountsPolicy::fromJson(b, why); },
        &state.config.accountsPolicy);
}

Failure takeOnboardingPolicy(const QString &option, const QString &value, ParseState &state)
{
    return takePolicy(
        option, value, [](const QByteArray &b, QString *why) { return OnboardingPolicy::fromJson(b, why); },
        &state.config.onboardingPolicy);
}

Failure takeHl7Policy(const QString &option, const QString &value, ParseState &state)
{
    return takePolicy(
        option, value, [](const QByteArray &b, QString *why) { return hl7::CheckPolicy::fromJson(b, why); },
        &state.config.hl7Policy);
}

Failure takePasswordPolicy(const QString &option, const QString &value, ParseState &state)
{
    return takePolicy(
        option, value, [](const QByteArray &b, QString *why) { return PasswordPolicy::fromJson(b, why); },
        &state.config.passwordPolicy);
}

Failure takeRateLimits(const QString &option, const QString &value, ParseState &state)
{
    return takePolicy(
        option, value, [](const QByteArray &b, QString *why) { return RateLimitPolicy::fromJson(b, why); },
        &state.config.rateLimitPolicy);
}

// The jurisdiction's pairs add to the built-in ones (a search must never lose a nickname the
// product already knows).
Failure takeNicknames(const QString &option, const QString &value, ParseState &state)
{
    QString why;
    const auto bytes = readOptionFile(option, value, &why);
    if (!bytes)
        return why;
    auto table = std::make_shared<matching::NicknameTable>(matching::NicknameTable::builtIn());
    if (!table->mergeCsv(*bytes, &why))
        return QStringLiteral("--nicknames %1: %2").arg(value, why);
    state.config.nicknames = std::move(table);
    return std::nullopt;
}

// The options that take a value (--name VALUE or --name=VALUE) and what each does with it.
struct ValueOption
{
    const char *name;
    Failure (*take)(const QString &option, const QString &value, ParseState &state);
};

const ValueOption kValueOptions[] = {
    {"--database", &takeDatabase},
    {"--listen", &takeListen},
    {"--tls-certificate", &takeTlsFile},
    {"--tls-key", &takeTlsFile},
    {"--request-timeout", &takeRequestTimeout},
    {"--environment", &takeEnvironment},
    {"--seed", &takeSeed},
    {"--data-key", &takeDataKey},
    {"--sla-policy", &takeSlaPolicy},
    {"--verification-policy", &takeVerificationPolicy},
    {"--accounts-policy", &takeAccountsPolicy},
    {"--onboarding-policy", &takeOnboardingPolicy},
    {"--hl7-policy", &takeHl7Policy},
    {"--password-policy", &takePasswordPolicy},
    {"--rate-limits", &takeRateLimits},
    {"--nicknames", &takeNicknames},
};

// Every --oidc-… option is taken here; OidcSettings names the unknown ones.
const ValueOption kOidcOption{"--oidc-", &takeOidc};

const ValueOption *valueOption(const QString &option)
{
    for (const ValueOption &o : kValueOptions) {
        if (option == QLatin1String(o.name))
            return &o;
    }
    return option.startsWith(QLatin1String(kOidcOption.name)) ? &kOidcOption : nullptr;
}

// The checks that need every option: the identity provider, demo data, TLS, the transport.
Failure finish(ParseState &state)
{
    ServerConfig &config = state.config;
    if (!state.oidcOptions.isEmpty()) {
        QString why;
        auto settings
            = OidcSettings::fromOptions(state.oidcOptions, config.environment == Environment::Production, &why);
        if (!settings)
            return why;
        config.oidc = std::make_shared<OidcProvider>(std::move(*settings));
    }
    if (config.seedDemo && config.environment == Environment::Production)
        return QStringLiteral("--seed demo is refused in the production environment");
    if (state.tlsCertificate.isEmpty() != state.tlsKey.isEmpty())
        return state.tlsKey.isEmpty()
                   ? QStringLiteral("--tls-certificate needs --tls-key (the certificate's private key)")
                   : QStringLiteral("--tls-key needs --tls-certificate (the key's certificate)");
    if (!state.tlsCertificate.isEmpty()) {
        QString why;
        auto identity = TlsIdentity::load(state.tlsCertificate, state.tlsKey, &why);
        if (!identity)
            return why;
        config.tls = std::make_shared<const TlsIdentity>(std::move(*identity));
    }
    if (const QString refusal = config.transportRefusal(); !refusal.isEmpty())
        return refusal;
    if (!state.databaseGiven)
        config.databaseUrl = CommandLine::defaultDatabaseUrl();
    return std::nullopt;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    ParseState state{result.config};
    // arguments[0] is the program.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        QString value;
        bool hasValue = false;
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (option.startsWith(QLatin1String("--")) && eq > 0) {
            value = option.mid(eq + 1);
            option = option.left(eq);
            hasValue = true;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            result.action = Action::Help;
            result.message = serverHelpText();
            return result;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            result.action = Action::Version;
            result.message = QStringLiteral("izdesk-server %1 (API %2)\n")
                                 .arg(QLatin1String(IZDESK_VERSION), QLatin1String(IZDESK_API_VERSION));
            return result;
        }
        if (option == QLatin1String("--behind-tls-proxy")) {
            if (hasValue)
                return error(QStringLiteral("--behind-tls-proxy takes no value"));
            result.config.behindTlsProxy = true;
            continue;
        }
        const ValueOption *known = valueOption(option);
        if (!known)
            return error(QStringLiteral("unknown option %1").arg(option));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return error(QStringLiteral("option %1 needs a value").arg(option));
            value = arguments.at(++i);
        }
        if (const Failure failure = known->take(option, value, state))
            return error(*failure);
    }
    if (const Failure failure = finish(state))
        return error(*failure);
    return result;
}

} // namespace izdesk::server
