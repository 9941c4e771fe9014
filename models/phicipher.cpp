#include "phicipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace izdesk {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
auto *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

QByteArray PhiCipher::generateKey()
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), kKeySize) != 1)
        return {};
    return key;
}

QByteArray PhiCipher::seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != kKeySize)
        return {};
    QByteArray out(kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), kNonceSize) != 1)
        return {};
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(out)) != 1
        || (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1))
        return {};
    unsigned char *cipher = bytes(out) + kNonceSize;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), cipher, &len, bytes(plaintext), int(plaintext.size())) != 1)
        return {};
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + len, &finalLen) != 1)
        return {};
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipher + plaintext.size()) != 1)
        return {};
    return out;
}

std::optional<QByteArray> PhiCipher::open(const QByteArray &key, const QByteArray &blob, const QByteArray &aad)
{
    if (key.size() != kKeySize || blob.size() < kNonceSize + kTagSize)
        return std::nullopt;
    const qsizetype cipherLen = blob.size() - kNonceSize - kTagSize;
    QByteArray tag = blob.right(kTagSize);
    QByteArray plain(cipherLen, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(blob)) != 1
        || (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1))
        return std::nullopt;
    if (cipherLen > 0
        && EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(blob) + kNonceSize, int(cipherLen)) != 1)
        return std::nullopt;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) != 1)
        return std::nullopt;
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &finalLen) != 1)
        return std::nullopt; // authentication failed
    return plain;
}

} // namespace izdesk
