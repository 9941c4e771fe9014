#pragma once

#include <QString>

namespace izdesk::server {

// Argon2id password hashes (libargon2) as encoded PHC strings: m=19456 KiB, t=2, p=1,
// 16-byte salt from RAND_bytes. Stateless; any thread. hash() returns an empty string when
// hashing fails. Every place that sets a staff password goes through hashNew(), which applies
// the password policy first.
class PasswordHasher
{
public:
    static constexpr int minimumLength = 12;

    static QString hash(const QString &password);
    static bool verify(const QString &encoded, const QString &password);
    // True when password satisfies the policy; *why says what is wrong otherwise.
    static bool meetsPolicy(const QString &password, QString *why = nullptr);
    // The policy, then the hash; empty + *error ("password must be at least 12 characters",
    // "password hashing failed") when either fails.
    static QString hashNew(const QString &password, QString *error = nullptr);
};

} // namespace izdesk::server
