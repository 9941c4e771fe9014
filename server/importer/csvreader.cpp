#include "importer/csvreader.h"

namespace izdesk::server {

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    QByteArray line = m_device->readLine();
    if (line.isEmpty())
        return false;
    ++m_line;
    m_rowLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (;;) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        field += '"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == ',') {
                fields->append(QString::fromUtf8(field));
                field.clear();
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                // end of record (only reached outside quotes)
            } else {
                field += c;
            }
        }
        if (!quoted)
            break;
        line = m_device->readLine();
        if (line.isEmpty()) {
            m_error = QStringLiteral("line %1: a quoted field is not closed").arg(m_rowLine);
            return false;
        }
        ++m_line;
    }
    fields->append(QString::fromUtf8(field));
    return true;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QByteArray f = fields.at(i).toUtf8();
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            f.replace("\"", "\"\"");
            out += '"' + f + '"';
        } else {
            out += f;
        }
    }
    out += '\n';
    return out;
}

} // namespace izdesk::server
