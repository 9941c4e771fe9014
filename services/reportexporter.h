#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace izdesk {

// Writes report tables as CSV (RFC 4180, UTF-8 with BOM for spreadsheet tools) on a worker
// thread (QtConcurrent), never on the GUI thread; the result arrives by signal.
// GUI-thread object.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    explicit ReportExporter(QObject *parent = nullptr);

    // header + rows -> path. Returns at once.
    void exportCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows);
    // The CSV text of a table (pure; used by exportCsv and tests).
    static QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);

Q_SIGNALS:
    void exported(const QString &path, int rows);
    void exportFailed(const QString &path, const QString &message);
};

} // namespace izdesk
