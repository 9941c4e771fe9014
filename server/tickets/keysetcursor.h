#pragma once

#include "http/queryparams.h"

#include <QList>
#include <QString>

#include <optional>

namespace izdesk::server {

// Opaque keyset-paging cursors: base64url of the last row's key plus a short checksum, so a
// cursor that was edited or truncated is rejected instead of silently paging from a random
// place. Also parses the shared ?limit&cursor query parameters. Pure functions; any thread.
class KeysetCursor
{
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    static QString encode(const QList<qint64> &key);
    // The key, or nullopt when the cursor is malformed, tampered with or has another arity.
    static std::optional<QList<qint64>> decode(const QString &cursor, int expectedParts);

    struct Page
    {
        int limit = kDefaultLimit;
        std::optional<QList<qint64>> after; // key of the last row of the previous page
    };
    // Reads limit (1..kMaxLimit) and cursor from a query; nullopt + *error on a bad value.
    static std::optional<Page> parsePage(const QueryParams &query, int keyParts, QString *error);
};

} // namespace izdesk::server
