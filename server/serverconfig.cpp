#include "serverconfig.h"

#include "catalog.h"
#include "http/tlsidentity.h"
#include "oidc/oidcprovider.h"

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

const char *const helpText =
    "Usage: izdesk-server [options]\n"
    "IZ Desk reference backend: REST JSON API under /api/v1.\n\n"
    "Options:\n"
    "  --database URL        sqlite:PATH or postgresql://USER[:PASS]@HOST:PORT/DB[?host=/socket/dir]\n"
    "                        (default sqlite:<app data folder>/izdesk-server.sqlite)\n"
    "  --listen HOST:PORT    address to listen on (default 127.0.0.1:8080; port 0 = any free port)\n"
    "  --environment NAME    production, training or uat (default training)\n"
    "  --tls-certificate FILE, --tls-key FILE\n"
    "                        serve HTTPS (TLS 1.2 or later) with this PEM certificate (the server's\n"
    "                        own first, then its intermediates) and its unencrypted PEM key; both\n"
    "                        or neither. A production server listening beyond this computer\n"
    "                        needs them, or --behind-tls-proxy\n"
    "  --behind-tls-proxy    a TLS-terminating proxy is in front: plain HTTP here, HSTS on every answer\n"
    "  --request-timeout SECONDS\n"
    "                        a request's line and header fields must arrive within SECONDS of its\n"
    "                        first byte and its body at 16 KiB/s or more; an idle connection is\n"
    "                        closed after SECONDS (default 30; 1 to 3600)\n"
    "  --seed demo           add demo accounts and data to an empty database (not in production)\n"
    "  --sla-policy FILE     SLA policy JSON (business hours, holidays, targets; default built in)\n"
    "  --verification-policy FILE\n"
    "                        caller verification policy JSON (evidence per caller type, release\n"
    "                        methods, attempt limits; default built in)\n"
    "  --accounts-policy FILE\n"
    "                        IIS account policy JSON (agreement terms, inactivity limit, facility\n"
    "                        code prefix; default built in)\n"
    "  --nicknames FILE      extra given-name nickname pairs for patient search, CSV\n"
    "                        name1,relationship,name2 (added to the built-in table)\n"
    "  --password-policy FILE\n"
    "                        staff and IIS temporary password rules JSON (length, common\n"
    "                        passwords, history, expiry; default built in)\n"
    "  --rate-limits FILE    sign-in and patient search rate limits JSON (default built in)\n"
    "  --oidc-issuer URL     offer sign-in through this OpenID Connect identity provider (https://;\n"
    "                        Entra ID: https://login.microsoftonline.com/TENANT/v2.0)\n"
    "  --oidc-client-id ID   the public client registered there for IZ Desk (no secret)\n"
    "  --oidc-display-name NAME\n"
    "                        shown as \"Sign in with NAME\" (default the issuer's host)\n"
    "  --oidc-username-claim NAME\n"
    "                        claim matched to the IZ Desk username (default preferred_username)\n"
    "  --oidc-role-claim NAME\n"
    "                        claim holding the user's role(s) (default roles)\n"
    "  --oidc-role-map FILE  JSON {\"identity provider value\": \"IZ Desk role\", ...}; without it the\n"
    "                        claim's values are IZ Desk role names\n"
    "  --oidc-accounts link|provision\n"
    "                        link: only existing staff accounts sign in (default); provision: an\n"
    "                        unknown user with a mapped role gets an account\n"
    "  --help                show this help\n"
    "  --version             show the version\n\n"
    "Commands (run once and exit; all but generate take --database URL as above):\n"
    "  generate --patients N [--seed S] --out DIR\n"
    "                        write a synthetic population as import CSVs plus its ground truth\n"
    "  import --patients FILE [--immunizations FILE]\n"
    "                        load a legacy flat file; bad rows are reported and nothing is written\n"
    "  codesets import DIR   import the CDC code set files (cvx.xml, mvx.xml, cpt.xml, vac2vg.xml,\n"
    "                        NDC_Unit_sale.txt, NDC_Unit_use.txt, NDC_Linker.txt) and report changes\n"
    "  hl7 check FILE... [--ack] [--json] [--policy FILE] [--received YYYY-MM-DDTHH:MM:SSZ]\n"
    "            [--codesets DIR]\n"
    "                        check HL7 v2 VXU messages (single, batch, MLLP) and print the report\n"
    "                        or the ACKs; exit 0 pass, 1 fail, 2 usage or file error\n"
    "  hl7 generate --messages N --codesets DIR [--seed S] --out DIR [--batch-size K] [--rate R]\n"
    "                        write synthetic VXU messages with seeded checklist defects and truth\n"
    "  accounts sweep        inactivate IIS accounts whose agreement expired or that have not\n"
    "                        signed in for the policy's limit, and list them\n"
    "  accounts scim-token NAME\n"
    "                        issue a bearer token for a SCIM client (Okta, Entra ID) named NAME;\n"
    "                        printed once, stored only as a hash\n"
    "  staff add USER --role ROLE [--display-name NAME] [--password-stdin]\n"
    "                        create a staff account (ROLE: %1);\n"
    "                        the password is asked for twice without echo, or read as one line from\n"
    "                        stdin with --password-stdin, never taken from the command line; it\n"
    "                        must pass the password policy (--password-policy FILE as the server's)\n"
    "  staff list [--json]   every staff account: role, active, locked, must change password,\n"
    "                        last sign-in, created\n"
    "  staff set-role USER ROLE, staff set-display-name USER NAME\n"
    "  staff disable USER    block sign-in and end every session of USER at once (the last active\n"
    "                        admin can be neither disabled nor given another role)\n"
    "  staff enable USER     allow USER to sign in again\n"
    "  staff unlock USER     clear the failed sign-ins and the lockout\n"
    "  staff reset-password USER [--password-stdin] [--password-policy FILE]\n"
    "                        set a new password that must be changed at the next sign-in; ends\n"
    "                        USER's sessions\n";

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

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    bool databaseGiven = false;
    QString tlsCertificate;
    QString tlsKey;
    QHash<QString, QString> oidcOptions;
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
            result.message = QString::fromLatin1(helpText)
                                 .arg(Catalog::keys(Catalog::staffRoles()).join(QStringLiteral(", ")));
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
        const bool known = option == QLatin1String("--database") || option == QLatin1String("--listen")
            || option == QLatin1String("--tls-certificate") || option == QLatin1String("--tls-key")
            || option == QLatin1String("--request-timeout")
            || option == QLatin1String("--environment") || option == QLatin1String("--seed")
            || option == QLatin1String("--sla-policy") || option == QLatin1String("--verification-policy")
            || option == QLatin1String("--accounts-policy") || option == QLatin1String("--nicknames")
            || option == QLatin1String("--password-policy") || option == QLatin1String("--rate-limits")
            || option.startsWith(QLatin1String("--oidc-"));
        if (!known)
            return error(QStringLiteral("unknown option %1").arg(option));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return error(QStringLiteral("option %1 needs a value").arg(option));
            value = arguments.at(++i);
        }
        if (option == QLatin1String("--database")) {
            QString why;
            if (!DatabaseConfig::parse(value, &why))
                return error(QStringLiteral("--database: %1").arg(why));
            result.config.databaseUrl = value;
            databaseGiven = true;
            continue;
        }
        if (option == QLatin1String("--listen")) {
            if (!parseListen(value, &result.config.listenHost, &result.config.listenPort))
                return error(QStringLiteral("--listen: expected HOST:PORT, got \"%1\"").arg(value));
            continue;
        }
        if (option == QLatin1String("--environment")) {
            const auto env = ServerConfig::parseEnvironment(value);
            if (!env)
                return error(QStringLiteral("--environment: expected production, training or uat, got \"%1\"").arg(value));
            result.config.environment = *env;
            continue;
        }
        if (option == QLatin1String("--tls-certificate") || option == QLatin1String("--tls-key")) {
            if (value.isEmpty())
                return error(QStringLiteral("%1 needs a file").arg(option));
            (option == QLatin1String("--tls-key") ? tlsKey : tlsCertificate) = value;
            continue;
        }
        if (option == QLatin1String("--request-timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return error(QStringLiteral("--request-timeout: expected whole seconds from 1 to 3600, got \"%1\"")
                                 .arg(value));
            result.config.requestTimeoutSeconds = seconds;
            continue;
        }
        if (option == QLatin1String("--seed")) {
            if (value != QLatin1String("demo"))
                return error(QStringLiteral("--seed: the only seed is \"demo\", got \"%1\"").arg(value));
            result.config.seedDemo = true;
            continue;
        }
        if (option.startsWith(QLatin1String("--oidc-"))) {
            oidcOptions.insert(option, value);
            continue;
        }
        // The remaining options name a file: policies and the nickname table.
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly))
            return error(QStringLiteral("%1: cannot read %2").arg(option, value));
        const QByteArray bytes = file.readAll();
        QString why;
        if (option == QLatin1String("--sla-policy")) {
            auto policy = SlaPolicy::fromBytes(bytes, &why);
            if (!policy)
                return error(QStringLiteral("--sla-policy %1: %2").arg(value, why));
            result.config.slaPolicy = std::make_shared<const SlaPolicy>(std::move(*policy));
        } else if (option == QLatin1String("--verification-policy")) {
            auto policy = VerificationPolicy::fromBytes(bytes, &why);
            // "FILE:3:17: JSON syntax error: …" or "FILE: caller_types[2].one_of[0]: unknown factor …"
            if (!policy)
                return error(QStringLiteral("--verification-policy %1:%2%3")
                                 .arg(value, why.front().isDigit() ? QString() : QStringLiteral(" "), why));
            result.config.verificationPolicy = std::make_shared<const VerificationPolicy>(std::move(*policy));
        } else if (option == QLatin1String("--accounts-policy")) {
            auto policy = AccountsPolicy::fromJson(bytes, &why);
            if (!policy)
                return error(QStringLiteral("--accounts-policy %1: %2").arg(value, why));
            result.config.accountsPolicy = std::make_shared<const AccountsPolicy>(std::move(*policy));
        } else if (option == QLatin1String("--password-policy")) {
            auto policy = PasswordPolicy::fromJson(bytes, &why);
            if (!policy)
                return error(QStringLiteral("--password-policy %1: %2").arg(value, why));
            result.config.passwordPolicy = std::make_shared<const PasswordPolicy>(std::move(*policy));
        } else if (option == QLatin1String("--rate-limits")) {
            auto policy = RateLimitPolicy::fromJson(bytes, &why);
            if (!policy)
                return error(QStringLiteral("--rate-limits %1: %2").arg(value, why));
            result.config.rateLimitPolicy = std::make_shared<const RateLimitPolicy>(std::move(*policy));
        } else {
            // The jurisdiction's pairs add to the built-in ones (a search must never lose a
            // nickname the product already knows).
            auto table = std::make_shared<matching::NicknameTable>(matching::NicknameTable::builtIn());
            if (!table->mergeCsv(bytes, &why))
                return error(QStringLiteral("--nicknames %1: %2").arg(value, why));
            result.config.nicknames = std::move(table);
        }
    }
    if (!oidcOptions.isEmpty()) {
        QString why;
        auto settings = OidcSettings::fromOptions(oidcOptions, result.config.environment == Environment::Production, &why);
        if (!settings)
            return error(why);
        result.config.oidc = std::make_shared<OidcProvider>(std::move(*settings));
    }
    if (result.config.seedDemo && result.config.environment == Environment::Production)
        return error(QStringLiteral("--seed demo is refused in the production environment"));
    if (tlsCertificate.isEmpty() != tlsKey.isEmpty())
        return error(tlsKey.isEmpty() ? QStringLiteral("--tls-certificate needs --tls-key (the certificate's private key)")
                                      : QStringLiteral("--tls-key needs --tls-certificate (the key's certificate)"));
    if (!tlsCertificate.isEmpty()) {
        QString why;
        auto identity = TlsIdentity::load(tlsCertificate, tlsKey, &why);
        if (!identity)
            return error(why);
        result.config.tls = std::make_shared<const TlsIdentity>(std::move(*identity));
    }
    if (const QString refusal = result.config.transportRefusal(); !refusal.isEmpty())
        return error(refusal);
    if (!databaseGiven)
        result.config.databaseUrl = defaultDatabaseUrl();
    return result;
}

} // namespace izdesk::server
