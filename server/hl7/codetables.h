#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server::hl7 {

// The code sets the VXU checker judges values against: CDC CVX, MVX, CPT→CVX and NDC→CVX
// (from the database tables code_* or from the CDC files, read by CodesetParser), the
// CVX→MVX pairs the NDC linker gives, and the HL7/CDC value sets (built in from
// resources/hl7-tables, one XML codeset per concept). Filled once, then read-only: any thread.
class CodeTables
{
public:
    enum class Status { Valid, Deprecated, Invalid };

    struct Cvx
    {
        QString code;
        QString description;
        QString status;   // CDC: Active, Inactive, Never Active, Non-US, Pending
        QDate usableFrom; // first date a dose of it can have been given; null = unknown
        QDate usableTo;   // last date a dose of it can have been given; null = open
    };
    struct Mvx
    {
        QString code;
        QString name;
        QString status; // Active, Inactive
    };
    struct Cpt
    {
        QString code;
        QString cvx;
        QString status;
    };
    struct Ndc
    {
        QString ndc11;        // 5-4-2 with dashes
        QString cvx;          // the first the CDC files give
        QStringList cvxCodes; // every CVX the CDC files give this NDC (some products have two)
        QString name;         // proprietary name
        QDate start;          // marketing start; null = unknown
        QDate end;            // marketing end; null = open
    };
    struct Value
    {
        QString code;
        QString label;
        Status status = Status::Valid;
        QStringList links; // related codes ("FINANCIAL_STATUS_CODE:V02")
    };

    CodeTables() = default;

    // The HL7/CDC value sets built into the server (resources/hl7-tables). False + *error
    // naming the file and line when one does not parse.
    bool loadBuiltInValueSets(QString *error);
    // Every *.xml codeset in a folder (same format as the built-in ones).
    bool loadValueSets(const QString &dir, QString *error);
    // One codeset document; `file` names it in errors.
    bool loadValueSet(const QByteArray &xml, const QString &file, QString *error);

    // The CDC files of a folder (cvx.xml required; mvx.xml, cpt.xml, NDC_Unit_sale.txt,
    // NDC_Unit_use.txt, NDC_Linker.txt when present), parsed by CodesetParser.
    bool loadCdcFiles(const QString &dir, QString *error);
    // The same from the database tables code_cvx, code_mvx, code_cpt, code_ndc and
    // code_ndc_links.
    bool loadFromDatabase(QSqlDatabase db, QString *error);

    // The dates a CVX can be used (e.g. from a state's own list); unknown codes are ignored.
    // Without them, loading derives them from the NDC marketing dates: the first start date
    // (when after 2015; older products and flu seasons are missing from the files) and, once every product has ended,
    // the last end date.
    void setCvxUsableDates(const QString &cvx, const QDate &from, const QDate &to);

    const Cvx *cvx(const QString &code) const;
    const Mvx *mvx(const QString &code) const;
    const Cpt *cpt(const QString &code) const;
    // An NDC as sent: 5-4-2 with dashes, 11 digits, or 10 digits in a 4-4-2/5-3-2/5-4-1 form.
    const Ndc *ndc(const QString &code) const;
    // The manufacturers the NDC linker names for a CVX (empty when unknown).
    QSet<QString> mvxForCvx(const QString &cvx) const;

    // The value set for an HL7 table id ("0005", "0064", "NIP002", "CDCPHINVS", …) or its
    // codeset type ("PATIENT_RACE"); nullptr when not loaded.
    const QHash<QString, Value> *valueSet(const QString &table) const;
    const Value *value(const QString &table, const QString &code) const;
    bool hasValueSet(const QString &table) const { return valueSet(table) != nullptr; }

    // The codeset type an HL7 table id maps to ("0005" → "PATIENT_RACE"); empty when none.
    static QString typeForTable(const QString &table);

    int cvxCount() const { return int(m_cvx.size()); }
    int ndcCount() const { return int(m_ndc.size()); }
    int mvxCount() const { return int(m_mvx.size()); }
    int cptCount() const { return int(m_cpt.size()); }

private:
    void deriveCvxDates();

    QHash<QString, Cvx> m_cvx;
    QHash<QString, Mvx> m_mvx;
    QHash<QString, Cpt> m_cpt;
    QHash<QString, Ndc> m_ndc;                // key: 11 digits
    void addNdc(const QString &key, Ndc ndc); // a second CVX of a known NDC joins its cvxCodes
    QHash<QString, QSet<QString>> m_cvxMvx;
    QHash<QString, QHash<QString, Value>> m_sets; // key: codeset type
};

QString normalizeNdc(const QString &code); // 11 digits, or empty when it cannot be an NDC

} // namespace izdesk::server::hl7
