#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace izdesk {

// A record the server released (POST …/releases): who it is addressed to, the patient
// summary and the history, plus what the footer needs. PHI: memory only until rendered
// where the user chose. Value type.
struct ReleasedRecord
{
    qint64 disclosureId = 0;
    qint64 ticketId = 0;
    qint64 patientId = 0;
    QString method; // mail | fax | print
    QString addressedToName;
    QStringList addressedToLines;
    QJsonObject patient;       // PatientSummary
    QJsonArray immunizations;  // Immunization objects (vaccine_name, administered_date, …)
    QDateTime releasedAt;      // UTC
    QString releasedBy;        // staff display name

    static ReleasedRecord fromJson(const QJsonObject &o);
};

// Renders a released immunization record as a PDF: header "Immunization record", patient
// summary, history table (vaccine names and dates), the addressed-to block and the footer
// "Released by … on … — ticket #N — disclosure #M". Painting happens on the GUI thread into
// memory (a few milliseconds); the file is written on a worker thread so the GUI never waits
// on the disk. Results arrive by signal. GUI-thread object.
class RecordRenderer : public QObject
{
    Q_OBJECT

public:
    explicit RecordRenderer(QObject *parent = nullptr);

    // A date as the record and the wizard show it: the locale's short format, four-digit year.
    static QString dateText(const QDate &date);
    // The document as HTML (what the PDF shows, values escaped).
    static QString toHtml(const ReleasedRecord &record);
    // The PDF bytes.
    static QByteArray toPdf(const ReleasedRecord &record);

    // Renders and writes the PDF to `path`; pdfSaved or pdfFailed follows.
    void savePdf(const ReleasedRecord &record, const QString &path);

    // A letter the server filled (contracts-onboarding.md, Letter.content: title, date,
    // recipient {organization, contact}, paragraphs, signature) on the same pages: HTML, PDF
    // bytes (footer on every page), and written to `path` like a record.
    static QString letterHtml(const QJsonObject &content);
    static QByteArray letterPdf(const QJsonObject &content, const QString &footer);
    void saveLetterPdf(const QJsonObject &content, const QString &footer, const QString &path);

Q_SIGNALS:
    void pdfSaved(const QString &path, qint64 bytes);
    void pdfFailed(const QString &path, const QString &message);

private:
    // Letter pages of `html` with `footer` and "Page i of n" at the foot of each.
    static QByteArray htmlToPdf(const QString &title, const QString &html, const QString &footer);
    void saveBytes(const QByteArray &bytes, const QString &path);
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::ReleasedRecord)
