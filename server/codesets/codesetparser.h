#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// Reads the CDC code set files into rows for one table each. Malformed input gives an error
// naming the file, the line (or element) and the field. Pure parsing of the given file;
// any thread.
class CodesetParser
{
public:
    struct Table
    {
        QString name;            // code_cvx, code_mvx, …
        QStringList keyColumns;  // primary key columns
        QStringList valueColumns;
        int statusColumn = -1;   // index into valueColumns, for "retired"
        QList<QStringList> rows; // key values followed by value columns
        bool replaceAll = false; // rows missing from the file are retired (deleted)
        QString label;           // "CVX", "NDC unit of sale", …
        QString scope = {};      // SQL condition limiting the rows this file owns
    };

    static std::optional<Table> cvx(const QString &path, QString *error);
    static std::optional<Table> mvx(const QString &path, QString *error);
    static std::optional<Table> cpt(const QString &path, QString *error);
    static std::optional<Table> vaccineGroups(const QString &path, QString *error);
    static std::optional<Table> ndcSale(const QString &path, QString *error);
    static std::optional<Table> ndcUse(const QString &path, QString *error);
    static std::optional<Table> ndcLinker(const QString &path, QString *error);

    // M/D/YYYY → YYYY-MM-DD ("" stays ""); nullopt when not a date.
    static std::optional<QString> usDate(const QString &text);
};

} // namespace izdesk::server
