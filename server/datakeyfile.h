#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace izdesk::server {

// The file holding the server's data key (--data-key FILE): the 32-byte AES-256 key that
// seals the PHI the server stores (PhiCipher), as 32 raw bytes or their base64 on one line.
// The file must be readable by its owner only (no group or other permission bits): a key
// others can read protects nothing. Errors name the file and what is wrong, never the key.
namespace DataKeyFile {

std::optional<QByteArray> read(const QString &path, QString *error);
// Writes a new random key as base64 to `path` with mode 0600; refuses a file that exists.
std::optional<QByteArray> create(const QString &path, QString *error);
// The key file a SQLite database at `sqlitePath` gets outside production: beside it,
// "<database file>.datakey".
QString besideDatabase(const QString &sqlitePath);

} // namespace DataKeyFile
} // namespace izdesk::server
