#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace izdesk::server {

// The legacy flat-file load: patients.csv [+ immunizations.csv] (columns in contracts.md and
// docs/api). Two passes: first every row of both files is validated (errors name the file,
// line and reason) and nothing is written if any row is bad; then all rows are inserted in
// one transaction with prepared statements. source_id is kept as an identifier, and rows
// whose source_id is already on file are skipped, so re-running a file adds nothing.
// One thread, with that thread's connection.
class PatientImporter
{
public:
    struct Report
    {
        bool ok = false;
        qint64 patientRows = 0, patientsInserted = 0, patientsSkipped = 0;
        qint64 immunizationRows = 0, immunizationsInserted = 0, immunizationsSkipped = 0;
        qint64 errorCount = 0;
        QStringList errors; // the first maxErrors "file:line: reason" lines (no PHI values)
        bool duplicateDetectionFailed = false; // the import stands; run `duplicates scan`
    };

    static constexpr int maxErrors = 100;
    static const QStringList &patientColumns();
    static const QStringList &immunizationColumns();

    PatientImporter(QSqlDatabase db, Dialect dialect, const QDateTime &now);
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

    // After the import commits, each new patient's duplicate candidates are detected in
    // following transactions (DuplicateDetector), unless turned off (a bulk load followed by
    // `duplicates scan`). A detection failure leaves the import in place and is reported.
    // What is owed is recorded with the import (table duplicate_pending), so a run stopped
    // after the commit (a crash, a kill) has its detection finished by the next run.
    void setDetectDuplicates(bool detect) { m_detectDuplicates = detect; }

    Report run(const QString &patientsPath, const QString &immunizationsPath = {});

private:
    bool validatePatients(const QString &path, Report *report, QSet<QString> *sourceIds);
    bool validateImmunizations(const QString &path, const QSet<QString> &fileIds, Report *report);
    bool importPatients(const QString &path, Report *report, QHash<QString, qint64> *existing, QSet<qint64> *fresh);
    bool importImmunizations(const QString &path, const QHash<QString, qint64> &ids, const QSet<qint64> &fresh,
                             Report *report);
    bool loadExistingSourceIds(QHash<QString, qint64> *ids);
    bool owePendingDetection(const QSet<qint64> &fresh);
    bool detectPendingDuplicates();
    void fail(Report *report, const QString &message);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QDateTime m_now;
    std::function<void(const QString &)> m_progress;
    bool m_detectDuplicates = true;
};

} // namespace izdesk::server
