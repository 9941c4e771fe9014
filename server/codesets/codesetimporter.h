#pragma once

#include "codesets/codesetparser.h"
#include "storage/databaseconfig.h"

#include <QHash>
#include <QJsonObject>
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
        // The keys (columns joined by '|') of the rows added, changed and retired.
        QStringList addedKeys, changedKeys, retiredKeys;
        // For the first kMaxChangeDetails changed rows: the columns that differ, before and after.
        struct ValueChange
        {
            QString key;
            QJsonObject before, after;
        };
        QList<ValueChange> changedValues;
    };
    static constexpr int kMaxChangeDetails = 500;

    struct Report
    {
        bool ok = false;
        QString error; // names the file, line/element and field
        QList<Count> counts;
        QStringList missingFiles;
        QStringList summaryLines() const;
    };

    CodesetImporter(QSqlDatabase db, Dialect dialect);
    // Parses DIR and writes it in a transaction of its own.
    Report run(const QString &dir);
    // The same on the caller's open transaction, which it neither commits nor rolls back: a
    // staged release rolls it back to see what would change, publishing commits it.
    Report applyIn(const QString &dir);
    // The CDC files an import reads (cvx.xml first, the only one required).
    static const QStringList &fileNames();

private:
    bool apply(const CodesetParser::Table &table, Count *count, QString *error);
    bool readExisting(const CodesetParser::Table &table, QHash<QStringList, QStringList> *existing,
                      QString *error) const;

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace izdesk::server
