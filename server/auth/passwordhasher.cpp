#include "auth/passwordhasher.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <QByteArray>

namespace izdesk::server {

namespace {

constexpr uint32_t timeCost = 2;
constexpr uint32_t memoryCostKiB = 19456;
constexpr uint32_t parallelism = 1;
constexpr size_t saltLength = 16;
constexpr size_t hashLength = 32;

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    unsigned char salt[saltLength];
    if (RAND_bytes(salt, sizeof salt) != 1)
        return {};
    const QByteArray pwd = password.toUtf8();
    const size_t encodedLength = argon2_encodedlen(timeCost, memoryCostKiB, parallelism,
                                                   saltLength, hashLength, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(timeCost, memoryCostKiB, parallelism, pwd.constData(),
                                         static_cast<size_t>(pwd.size()), salt, saltLength,
                                         hashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // NUL-terminated inside the buffer
}

bool PasswordHasher::verify(const QString &encoded, const QString &password)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray enc = encoded.toLatin1();
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(enc.constData(), pwd.constData(), static_cast<size_t>(pwd.size()))
        == ARGON2_OK;
}

} // namespace izdesk::server
