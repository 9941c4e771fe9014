#pragma once

#include "codesets/codesetparser.h"
#include "storage/databaseconfig.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace izdesk::server {

// `izdesk-server codesets import DIR`: parses every CDC file present in DIR (cvx.xml is
// required), and only when all parse, writes them in one transaction, counting per code set
// what is new, changed and retired (a status that left Active, or a row the new file no
// longer has). One thread, with its connection.
class CodesetImporter
{
public:
    struct Count
    {
        QString label;
        int added = 0, changed = 0, retired = 0, unchanged = 0;
    };

    struct Report
    {
        bool ok = false;
        QString error; // names the file, line/element and field
        QList<Count> counts;
        QStringList missingFiles;
        QStringList summaryLines() const;
    };

    CodesetImporter(QSqlDatabase db, Dialect dialect);
    Report run(const QString &dir);

private:
    bool apply(const CodesetParser::Table &table, Count *count, QString *error);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
