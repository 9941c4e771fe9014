#pragma once

#include <QByteArray>
#include <QString>

namespace izdesk {

// Argon2id verifiers (libargon2, encoded "$argon2id$..." strings with a random salt) for
// offline sign-in. Deliberately slow: call from a worker thread, never the GUI thread.
class PasswordVerifier
{
public:
    static QByteArray create(const QString &password); // empty on failure
    static bool verify(const QByteArray &encoded, const QString &password);
};

} // namespace izdesk
