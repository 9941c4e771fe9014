#include "passwordverifier.h"

#include <QByteArrayList>

#include <argon2.h>
#include <openssl/rand.h>

namespace izdesk {

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024; // OWASP minimum for Argon2id
constexpr uint32_t kLanes = 1;
constexpr uint32_t kSaltLen = 16;
constexpr uint32_t kHashLen = 32;

// The costs a stored verifier may ask for. The cache file could be damaged or tampered with
// and name gigabytes and hours (m=4194304 would have verify() allocate 4 GiB); above these, verify()
// refuses at once: offline sign-in fails and the next online sign-in stores a fresh verifier.
constexpr uint32_t kMaxMemoryKiB = 64 * 1024;
constexpr uint32_t kMaxTimeCost = 10;
constexpr uint32_t kMaxLanes = 4;

// Whether the "m=…,t=…,p=…" field of an encoded Argon2 string stays within the limits.
bool costsWithinLimits(const QByteArray &encoded)
{
    for (const QByteArray &field : encoded.split('$')) {
        if (!field.startsWith("m="))
            continue;
        uint32_t memory = 0, time = 0, lanes = 0;
        for (const QByteArray &setting : field.split(',')) {
            bool ok = false;
            const uint value = setting.mid(2).toUInt(&ok);
            if (!ok || setting.size() < 3 || setting.at(1) != '=')
                return false;
            if (setting.startsWith("m="))
                memory = value;
            else if (setting.startsWith("t="))
                time = value;
            else if (setting.startsWith("p="))
                lanes = value;
            else
                return false;
        }
        return memory > 0 && memory <= kMaxMemoryKiB && time > 0 && time <= kMaxTimeCost && lanes > 0
            && lanes <= kMaxLanes;
    }
    return false;
}
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
    if (!encoded.startsWith("$argon2id$") || !costsWithinLimits(encoded))
        return false;
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(encoded.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

} // namespace izdesk
