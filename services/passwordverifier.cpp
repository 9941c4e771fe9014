#include "passwordverifier.h"

#include <argon2.h>
#include <openssl/rand.h>

namespace izdesk {

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024; // OWASP minimum for Argon2id
constexpr uint32_t kLanes = 1;
constexpr uint32_t kSaltLen = 16;
constexpr uint32_t kHashLen = 32;
} // namespace

QByteArray PasswordVerifier::create(const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    unsigned char salt[kSaltLen];
    if (RAND_bytes(salt, int(kSaltLen)) != 1)
        return {};
    const size_t encodedLen = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltLen, kHashLen, Argon2_id);
    QByteArray encoded(qsizetype(encodedLen), '\0');
    const int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, pwd.constData(), size_t(pwd.size()), salt,
                                         kSaltLen, kHashLen, encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return {};
    encoded.truncate(qsizetype(qstrlen(encoded.constData())));
    return encoded;
}

bool PasswordVerifier::verify(const QByteArray &encoded, const QString &password)
{
    if (!encoded.startsWith("$argon2id$"))
        return false;
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(encoded.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

} // namespace izdesk
