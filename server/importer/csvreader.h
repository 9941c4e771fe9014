#pragma once

#include <QIODevice>
#include <QStringList>

namespace izdesk::server {

// Streaming RFC 4180 CSV reader (UTF-8; quoted fields with "" escapes and embedded line
// breaks; LF or CRLF). One thread; reads the device it is given.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Next row into *fields; false at the end or on an error (error() non-empty).
    bool readRow(QStringList *fields);
    qint64 rowLine() const { return m_rowLine; } // 1-based line where the last row started
    QString error() const { return m_error; }

private:
    QIODevice *m_device;
    qint64 m_line = 0;
    qint64 m_rowLine = 0;
    QString m_error;
};

// Writes one CSV row (quotes a field only when needed). Any thread.
QByteArray csvRow(const QStringList &fields);

} // namespace izdesk::server
