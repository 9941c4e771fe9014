#include "auth/passwordpolicy.h"

#include "policyjson.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace izdesk::server {

namespace {

// Built in from resources/passwords/common-passwords.txt (one a line, lower case).
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        QFile file(QStringLiteral(":/izdesk/passwords/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in list of common passwords is missing");
        const QList<QByteArray> lines = file.readAll().split('\n');
        words.reserve(lines.size());
        for (const QByteArray &line : lines) {
            const QByteArray word = line.trimmed();
            if (!word.isEmpty())
                words.insert(QString::fromUtf8(word).toLower());
        }
        return words;
    }();
    return set;
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

PasswordPolicy::Violation violation(PasswordPolicy::Rule rule, const QString &message)
{
    return {rule, QStringLiteral("password %1 (password rule %2)").arg(message, PasswordPolicy::ruleKey(rule))};
}

// The password without the digits, punctuation and spaces before its first letter and after
// its last ("Summer2024!" → "summer"), lower case.
QString core(const QString &lowered)
{
    qsizetype first = 0;
    qsizetype last = lowered.size() - 1;
    while (first <= last && !lowered.at(first).isLetter())
        ++first;
    while (last >= first && !lowered.at(last).isLetter())
        --last;
    return lowered.mid(first, last - first + 1);
}

} // namespace

const PasswordPolicy &PasswordPolicy::defaults()
{
    static const PasswordPolicy policy;
    return policy;
}

std::optional<PasswordPolicy> PasswordPolicy::fromJson(const QByteArray &json, QString *error)
{
    static const QStringList known{QStringLiteral("minimum_length"),          QStringLiteral("maximum_length"),
                                   QStringLiteral("reject_common_passwords"), QStringLiteral("extra_common_passwords"),
                                   QStringLiteral("history"),                 QStringLiteral("expiry_days")};
    const auto parsed = PolicyJson::object(json, known, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    PasswordPolicy p;
    if (!PolicyJson::readInt(o, QStringLiteral("minimum_length"), 8, 64, &p.minimumLength, error)
        || !PolicyJson::readInt(o, QStringLiteral("maximum_length"), 64, 1024, &p.maximumLength, error)
        || !PolicyJson::readBool(o, QStringLiteral("reject_common_passwords"), &p.rejectCommon, error)
        || !PolicyJson::readInt(o, QStringLiteral("history"), 0, 24, &p.history, error)
        || !PolicyJson::readInt(o, QStringLiteral("expiry_days"), 0, 3650, &p.expiryDays, error))
        return std::nullopt;
    if (o.contains(QStringLiteral("extra_common_passwords"))) {
        const QJsonValue v = o.value(QStringLiteral("extra_common_passwords"));
        const QJsonArray words = v.toArray();
        bool ok = v.isArray() && words.size() <= 10000;
        for (const QJsonValue &word : words) {
            const QString text = word.toString().trimmed().toLower();
            ok = ok && word.isString() && !text.isEmpty() && text.size() <= 128;
            if (ok && !p.extraCommon.contains(text))
                p.extraCommon << text;
        }
        if (!ok) {
            *error = QStringLiteral("extra_common_passwords: must be a list of at most 10000 words of 1 to 128 "
                                    "characters");
            return std::nullopt;
        }
    }
    return p;
}

QString PasswordPolicy::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::MinimumLength: return QStringLiteral("minimum_length");
    case Rule::MaximumLength: return QStringLiteral("maximum_length");
    case Rule::CommonPassword: return QStringLiteral("common_password");
    case Rule::Username: return QStringLiteral("username");
    case Rule::History: return QStringLiteral("history");
    }
    return QString();
}

bool PasswordPolicy::isCommonPassword(const QString &password)
{
    return commonPasswords().contains(password.toLower());
}

qsizetype PasswordPolicy::commonPasswordCount()
{
    return commonPasswords().size();
}

std::optional<PasswordPolicy::Violation> PasswordPolicy::check(const QString &password, const QString &username) const
{
    const qsizetype length = codePoints(password);
    if (length < minimumLength)
        return violation(Rule::MinimumLength, QStringLiteral("must be at least %1 characters").arg(minimumLength));
    if (length > maximumLength)
        return violation(Rule::MaximumLength, QStringLiteral("must be at most %1 characters").arg(maximumLength));
    const QString lowered = password.toLower();
    const QString name = username.trimmed().toLower();
    // Containment only from three characters on: a two-letter username is in many a password.
    if (!name.isEmpty() && (lowered == name || (name.size() >= 3 && lowered.contains(name))))
        return violation(Rule::Username, QStringLiteral("must not contain the username"));
    if (rejectCommon) {
        const QString stem = core(lowered);
        const auto listed = [this](const QString &word) {
            return commonPasswords().contains(word) || extraCommon.contains(word);
        };
        const bool oneCharacter = lowered.count(lowered.at(0)) == lowered.size();
        if (oneCharacter || listed(lowered) || (stem.size() >= 4 && listed(stem)))
            return violation(Rule::CommonPassword,
                             QStringLiteral("is too common: it is on the list of common passwords, alone or with "
                                            "only digits or symbols before or after it"));
    }
    return std::nullopt;
}

PasswordPolicy::Violation PasswordPolicy::historyViolation() const
{
    return violation(Rule::History, history <= 1 ? QStringLiteral("must differ from the current password")
                                                 : QStringLiteral("must not be one of the last %1 passwords of "
                                                                  "this account")
                                                       .arg(history));
}

QDateTime PasswordPolicy::expiresAt(const QDateTime &changedAt) const
{
    if (expiryDays <= 0 || !changedAt.isValid())
        return QDateTime();
    return changedAt.addDays(expiryDays);
}

bool PasswordPolicy::isExpired(const QDateTime &changedAt, const QDateTime &now) const
{
    const QDateTime expires = expiresAt(changedAt);
    return expires.isValid() && now >= expires;
}

QString PasswordPolicy::generateTemporary(const QString &username) const
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    const int length = qMin(qMax(16, minimumLength), maximumLength);
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i)
            out += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
        if (!check(out, username))
            return out;
    }
    return QString();
}

} // namespace izdesk::server
