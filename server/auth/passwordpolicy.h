#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The rules for every password a person is given or chooses: staff passwords (created, reset
// by an administrator, changed by their owner) and the temporary credentials the desk issues
// to IIS users. A jurisdiction tunes them with `--password-policy FILE` (JSON; the rules and
// keys: docs/security/passwords.md). Value type, read-only after load; any thread.
//
// check() applies the rules a password can be judged by alone; the history rule needs the
// account's earlier hashes (PasswordHistory) and the expiry rule the date of the last change.
// No message ever quotes the password.
struct PasswordPolicy
{
    enum class Rule { MinimumLength, MaximumLength, CommonPassword, Username, History };

    struct Violation
    {
        Rule rule = Rule::MinimumLength;
        QString message; // "password must be at least 12 characters (password rule minimum_length)"
    };

    int minimumLength = 12;
    int maximumLength = 128;    // bounds the work of hashing and comparing
    bool rejectCommon = true;   // the built-in list of common passwords, plus extraCommon
    QStringList extraCommon;    // lower case: the jurisdiction's own words ("washington", …)
    int history = 5;            // the current password and the ones before it that may not return
    int expiryDays = 90;        // 0 = never; an expired password signs in to a must-change session

    static const PasswordPolicy &defaults();
    // Parses and validates the policy JSON; nullopt + *error naming the key on a bad value.
    static std::optional<PasswordPolicy> fromJson(const QByteArray &json, QString *error);

    static QString ruleKey(Rule rule); // "minimum_length", "common_password", …
    // nullopt when `password` passes the length, common-password and username rules.
    std::optional<Violation> check(const QString &password, const QString &username) const;
    // The refusal of a password that is one of the `history` most recent ones of the account.
    Violation historyViolation() const;

    // When a password changed at `changedAt` expires; invalid when it never does.
    QDateTime expiresAt(const QDateTime &changedAt) const;
    bool isExpired(const QDateTime &changedAt, const QDateTime &now) const;

    // A random temporary password for `username` from the system CSPRNG that passes check():
    // 16 characters (or the minimum length, when longer) from an alphabet without look-alikes
    // (0/O, 1/l/I). Empty only if no such password could be drawn.
    QString generateTemporary(const QString &username) const;

    // True when the built-in list of common passwords (resources/passwords) holds `password`,
    // compared without regard to case.
    static bool isCommonPassword(const QString &password);
    static qsizetype commonPasswordCount();
};

} // namespace izdesk::server
