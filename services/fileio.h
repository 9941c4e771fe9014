#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace izdesk {

// The scanned documents the desk exchanges with the server (ticket attachments, signed
// agreements) on disk: the accepted types by their magic bytes, the size limit, and files
// written whole or not at all. Every function blocks: run it on a worker thread (QtConcurrent)
// and take the result back on the GUI thread with whenReady(). Stateless; any thread.
class FileIo
{
    Q_DECLARE_TR_FUNCTIONS(FileIo)

public:
    struct Read
    {
        QByteArray bytes;
        QByteArray contentType;
        QString error; // a sentence naming the file and the problem; empty when read
    };

    // "application/pdf", "image/png", "image/jpeg" or "image/tiff" from the first bytes; empty otherwise.
    static QByteArray sniffType(const QByteArray &head);
    // Any file of at most maxBytes (checked before it is read), not empty; contentType empty.
    static Read readFile(const QString &path, qint64 maxBytes);
    // A PDF, PNG, JPEG or TIFF file of at most maxBytes (checked before it is read).
    static Read readDocument(const QString &path, qint64 maxBytes);
    // Writes to a temporary file in the target folder and renames it when complete, so a
    // failure leaves nothing behind. Empty on success, else a sentence naming the file.
    static QString writeFile(const QString &path, const QByteArray &bytes);
};

// Calls done(result) on context's thread once future has finished; nothing when context is gone.
template<typename T, typename Done>
void whenReady(QObject *context, QFuture<T> future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

} // namespace izdesk
