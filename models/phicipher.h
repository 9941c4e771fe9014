#pragma once

#include <QByteArray>

#include <optional>

namespace izdesk {

// AES-256-GCM (OpenSSL EVP) for PHI at rest: the client's ticket cache and the server's
// sealed HL7 submissions. seal() output is nonce(12) || ciphertext || tag(16) with a fresh
// random nonce each call; the associated data (the row's id: ticket, submission) binds a blob
// to its row, so a blob copied to another row fails to open. Stateless; thread-safe.
class PhiCipher
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;

    static QByteArray generateKey(); // 32 random bytes (RAND_bytes); empty on failure
    // Empty result on failure (bad key size, OpenSSL error).
    static QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad);
    // nullopt when the key is wrong or the blob or AAD was tampered with.
    static std::optional<QByteArray> open(const QByteArray &key, const QByteArray &blob, const QByteArray &aad);
};

} // namespace izdesk
