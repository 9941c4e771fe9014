#include "fileio.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace izdesk {

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

bool namedAsDocument(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("pdf"),  QStringLiteral("png"), QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("tif"), QStringLiteral("tiff")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}
} // namespace

QByteArray FileIo::sniffType(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return "application/pdf";
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (head.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return "image/tiff";
    return {};
}

FileIo::Read FileIo::readFile(const QString &path, qint64 maxBytes)
{
    Read r;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    // The size first: a refused file is never read into memory.
    if (file.size() > maxBytes) {
        r.error = tr("“%1” is too large (%2 MB); files can be at most %3 MB.")
                      .arg(name, megabytes(file.size()), QString::number(maxBytes / (1024 * 1024)));
        return r;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return r;
    }
    r.bytes = file.read(maxBytes + 1); // a file that grew meanwhile is still caught
    if (r.bytes.size() > maxBytes)
        r.error
            = tr("“%1” is too large; files can be at most %2 MB.").arg(name, QString::number(maxBytes / (1024 * 1024)));
    else if (r.bytes.isEmpty())
        r.error = tr("“%1” is empty.").arg(name);
    if (!r.error.isEmpty())
        r.bytes.clear();
    return r;
}

FileIo::Read FileIo::readDocument(const QString &path, qint64 maxBytes)
{
    Read r = readFile(path, maxBytes);
    if (!r.error.isEmpty())
        return r;
    const QString name = QFileInfo(path).fileName();
    if ((r.contentType = sniffType(r.bytes.left(8))).isEmpty()) {
        r.error = namedAsDocument(path)
                      ? tr("“%1” is named as a PDF or image, but its content is not a PDF, PNG, JPEG or TIFF file.")
                            .arg(name)
                      : tr("“%1” cannot be sent: only PDF, PNG, JPEG and TIFF files can be attached.").arg(name);
        r.bytes.clear();
    }
    return r;
}

QString FileIo::writeFile(const QString &path, const QByteArray &bytes)
{
    // QSaveFile writes a temporary file next to the target and renames it on commit; without
    // a commit (or when the rename fails) it removes the temporary file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("“%1” cannot be saved: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace izdesk
