#pragma once

#include <QString>

namespace izdesk::server {

// Argon2id password hashes (libargon2) as encoded PHC strings: m=19456 KiB, t=2, p=1,
// 16-byte salt from RAND_bytes. Stateless; any thread. hash() returns an empty string when
// hashing fails. What a password must be is PasswordPolicy's rule, applied before hashing.
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &encoded, const QString &password);
};

} // namespace izdesk::server
