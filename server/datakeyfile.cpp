#include "datakeyfile.h"

#include "phicipher.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace izdesk::server::DataKeyFile {

std::optional<QByteArray> read(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0) {
        *error = QStringLiteral("%1: the data key file does not exist or cannot be reached").arg(path);
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("%1: the data key is not a regular file").arg(path);
        return std::nullopt;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error = QStringLiteral("%1: the data key file may be read or written by its group or others (mode %2); "
                                "allow its owner only: chmod 600 %1")
                     .arg(path)
                     .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the data key file (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(4096);
    if (bytes.size() == PhiCipher::kKeySize)
        return bytes;
    const QByteArray text = bytes.trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == PhiCipher::kKeySize)
        return decoded.decoded;
    *error = QStringLiteral("%1: the data key file must hold 32 bytes, raw or as base64 (44 characters); it holds %2 "
                            "bytes that are neither")
                 .arg(path)
                 .arg(bytes.size());
    return std::nullopt;
}

std::optional<QByteArray> create(const QString &path, QString *error)
{
    const QByteArray key = PhiCipher::generateKey();
    if (key.size() != PhiCipher::kKeySize) {
        *error = QStringLiteral("%1: no random bytes for a new data key").arg(path);
        return std::nullopt;
    }
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("%1: cannot create the data key file").arg(path);
        return std::nullopt;
    }
    const QByteArray text = key.toBase64() + '\n';
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(native.constData());
        *error = QStringLiteral("%1: cannot write the data key file").arg(path);
        return std::nullopt;
    }
    return key;
}

QString besideDatabase(const QString &sqlitePath)
{
    return QFileInfo(sqlitePath).absoluteFilePath() + QStringLiteral(".datakey");
}

} // namespace izdesk::server::DataKeyFile
