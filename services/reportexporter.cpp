#include "reportexporter.h"

#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace izdesk {

namespace {
QByteArray field(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    // Cells a spreadsheet would run as a formula are prefixed (CSV injection).
    bool number = false;
    (void)QStringView(value).toDouble(&number);
    if (!utf8.isEmpty() && QByteArray("=+-@").contains(utf8.at(0)) && !number)
        utf8.prepend('\'');
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

void appendRow(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(cells.at(i));
    }
    out += "\r\n";
}

// Runs on a pool thread.
QString writeCsv(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}
} // namespace

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
}

QByteArray ReportExporter::toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    appendRow(out, header);
    for (const QStringList &row : rows)
        appendRow(out, row);
    return out;
}

void ReportExporter::exportCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    const int count = int(rows.size());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT exported(path, count);
        else
            Q_EMIT exportFailed(path, tr("The report could not be saved: %1").arg(error));
    });
    // Building the text is part of the work: large reports stay off the GUI thread too.
    watcher->setFuture(QtConcurrent::run([path, header, rows] { return writeCsv(path, toCsv(header, rows)); }));
}

} // namespace izdesk
