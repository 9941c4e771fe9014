#pragma once

#include "patients/batchinsert.h"
#include "patients/patientinput.h"
#include "storage/databaseconfig.h"

#include "matching/matchrecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace izdesk::server {

// Inserts patients and immunizations with their standardized match keys. The patient row is
// written at once (its id is needed); every other row is batched into multi-row INSERTs, so
// a loop of inserts inside the caller's transaction is fast (the importer's million-row
// path). Call flush() before committing. One thread, with that thread's connection.
class PatientWriter
{
public:
    PatientWriter(QSqlDatabase db, Dialect dialect, const QDateTime &now);

    std::optional<qint64> insert(const PatientInput &patient, QString *error);
    bool insertImmunization(qint64 patientId, const ImmunizationInput &immunization, QString *error);
    // Writes the batched rows; false + *error when the database refuses them.
    bool flush(QString *error);

    // The standardized form of an input (also what blocking keys are computed from).
    static matching::MatchRecord matchRecord(const PatientInput &patient);

    // The derived columns of a patients row (std_first … dm_mother) and its
    // patient_match_keys rows, computed from the raw values. The merge recomputes them for a
    // patient whose demographics it changed.
    struct MatchColumns
    {
        QString stdFirst, stdLast, firstInitial;
        QVariant birthYear; // NULL without a DOB
        QString birthYm, dobSwapped, dmMother;
        int keyYear = 0;
        QList<QPair<QString, QString>> keys; // (kind, code)
    };
    static MatchColumns matchColumns(const PatientInput &patient);

private:
    bool prepare(QString *error);
    bool run(QSqlQuery &q, QString *error);
    QString nextIisId(QString *error);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QVariant m_now;
    bool m_prepared = false;
    qint64 m_nextIis = 0;
    qint64 m_iisBlockEnd = 0; // exclusive
    QSqlQuery m_patient;
    BatchInsert m_key, m_name, m_address, m_phone, m_guardian, m_identifier, m_consent, m_immunization;
};

} // namespace izdesk::server
