#include "keysetcursor.h"

#include <QCryptographicHash>
#include <QStringList>

namespace izdesk::server {

namespace {

constexpr QByteArrayView kPrefix = "k1";
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray checksum(const QByteArray &payload)
{
    // Not a secret: it only makes accidental or casual edits detectable (a forged but
    // well-formed cursor just pages from another position, which leaks nothing).
    return QCryptographicHash::hash(QByteArray("izdesk-keyset:" + payload), QCryptographicHash::Sha256)
        .toHex()
        .left(8);
}

} // namespace

QString KeysetCursor::encode(const QList<qint64> &key)
{
    QByteArray payload = kPrefix.toByteArray();
    for (qint64 part : key)
        payload += '.' + QByteArray::number(part);
    const QByteArray raw = payload + '.' + checksum(payload);
    return QString::fromLatin1(raw.toBase64(kBase64));
}

std::optional<QList<qint64>> KeysetCursor::decode(const QString &cursor, int expectedParts)
{
    if (cursor.isEmpty() || cursor.size() > 200)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray raw = *decoded;
    // Base64 ignores the spare bits of the last character; only the canonical spelling of a
    // cursor is accepted, so no edit of the text can go unnoticed.
    if (raw.toBase64(kBase64) != cursor.toLatin1())
        return std::nullopt;
    const qsizetype lastDot = raw.lastIndexOf('.');
    if (lastDot <= 0)
        return std::nullopt;
    const QByteArray payload = raw.left(lastDot);
    if (raw.mid(lastDot + 1) != checksum(payload))
        return std::nullopt;
    const QList<QByteArray> parts = payload.split('.');
    if (parts.size() != expectedParts + 1 || parts.first() != kPrefix)
        return std::nullopt;
    QList<qint64> key;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        const qint64 value = parts.at(i).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        key.append(value);
    }
    return key;
}

std::optional<KeysetCursor::Page> KeysetCursor::parsePage(const QueryParams &query, int keyParts,
                                                          QString *error)
{
    Page page;
    if (query.contains(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            *error = QStringLiteral("limit must be an integer from 1 to %1").arg(kMaxLimit);
            return std::nullopt;
        }
        page.limit = limit;
    }
    if (query.contains(QStringLiteral("cursor"))) {
        const QString cursor = query.value(QStringLiteral("cursor"));
        page.after = decode(cursor, keyParts);
        if (!page.after) {
            *error = QStringLiteral("cursor is not valid; start again without one");
            return std::nullopt;
        }
    }
    return page;
}

} // namespace izdesk::server
