#include "codesets/codesetimporter.h"

#include "storage/sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace izdesk::server {

namespace {

bool isActive(const QString &status)
{
    return status.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0;
}

// The columns of a changed row that differ, with their old and new values.
CodesetImporter::Count::ValueChange valueChange(const QStringList &columns, const QStringList &key,
                                                const QStringList &before, const QStringList &after)
{
    CodesetImporter::Count::ValueChange change;
    change.key = key.join(QLatin1Char('|'));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (before.value(i) == after.value(i))
            continue;
        change.before.insert(columns.at(i), before.value(i));
        change.after.insert(columns.at(i), after.value(i));
    }
    return change;
}

} // namespace

QStringList CodesetImporter::Report::summaryLines() const
{
    QStringList lines;
    for (const Count &c : counts)
        lines << QStringLiteral("%1: %2 new, %3 changed, %4 retired, %5 unchanged")
                     .arg(c.label).arg(c.added).arg(c.changed).arg(c.retired).arg(c.unchanged);
    for (const QString &f : missingFiles)
        lines << QStringLiteral("%1: not in the folder, left as it was").arg(f);
    return lines;
}

CodesetImporter::CodesetImporter(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

// The rows the table holds now (those of `t.scope`), by key.
bool CodesetImporter::readExisting(const CodesetParser::Table &t, QHash<QStringList, QStringList> *existing,
                                   QString *error) const
{
    const int keys = static_cast<int>(t.keyColumns.size());
    const QStringList all = t.keyColumns + t.valueColumns;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(all.join(QStringLiteral(", ")), t.name);
    if (!t.scope.isEmpty())
        sql += QStringLiteral(" WHERE ") + t.scope;
    if (!prepareAndExec(q, sql)) {
        *error = QStringLiteral("cannot read %1").arg(t.name);
        return false;
    }
    while (q.next()) {
        QStringList key;
        QStringList values;
        for (int i = 0; i < all.size(); ++i)
            (i < keys ? key : values) << q.value(i).toString();
        existing->insert(key, values);
    }
    return true;
}

bool CodesetImporter::apply(const CodesetParser::Table &t, Count *count, QString *error)
{
    const int keys = static_cast<int>(t.keyColumns.size());
    const QStringList all = t.keyColumns + t.valueColumns;
    QHash<QStringList, QStringList> existing;
    if (!readExisting(t, &existing, error))
        return false;
    QStringList setters;
    for (const QString &c : t.valueColumns)
        setters << c + QStringLiteral(" = ?");
    QStringList keyConditions;
    for (const QString &c : t.keyColumns)
        keyConditions << c + QStringLiteral(" = ?");
    QStringList marks;
    for (qsizetype i = 0; i < all.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(m_db);
    QSqlQuery update(m_db);
    QSqlQuery remove(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t.name, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(t.name, setters.join(QStringLiteral(", ")), keyConditions.join(QStringLiteral(" AND "))));
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(t.name, keyConditions.join(QStringLiteral(" AND "))));
    const auto exec = [&](QSqlQuery &q, const QStringList &binds) {
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i).isNull() ? QStringLiteral("") : binds.at(i));
        if (execQuery(q))
            return true;
        *error = QStringLiteral("%1: the database refused a row: %2").arg(t.name, q.lastError().databaseText().section(QLatin1Char('\n'), 0, 0));
        return false;
    };
    QSet<QStringList> seen;
    for (const QStringList &row : t.rows) {
        const QStringList key = row.mid(0, keys);
        const QStringList values = row.mid(keys);
        if (seen.contains(key))
            continue; // the CDC files repeat a few rows verbatim; the first one wins
        seen.insert(key);
        const auto it = existing.constFind(key);
        if (it == existing.constEnd()) {
            if (!exec(insert, row))
                return false;
            ++count->added;
            count->addedKeys << key.join(QLatin1Char('|'));
        } else if (*it != values) {
            if (t.statusColumn >= 0 && isActive(it->value(t.statusColumn)) && !isActive(values.value(t.statusColumn))) {
                ++count->retired;
                count->retiredKeys << key.join(QLatin1Char('|'));
            } else {
                ++count->changed;
                count->changedKeys << key.join(QLatin1Char('|'));
                if (count->changedValues.size() < kMaxChangeDetails)
                    count->changedValues << valueChange(t.valueColumns, key, *it, values);
            }
            if (!exec(update, values + key))
                return false;
        } else {
            ++count->unchanged;
        }
    }
    if (t.replaceAll) {
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            if (!exec(remove, it.key()))
                return false;
            ++count->retired;
            count->retiredKeys << it.key().join(QLatin1Char('|'));
        }
    }
    return true;
}

CodesetImporter::Report CodesetImporter::run(const QString &dirPath)
{
    if (!m_db.transaction()) {
        Report report;
        report.error = QStringLiteral("cannot begin a transaction");
        return report;
    }
    Report report = applyIn(dirPath);
    if (!report.ok) {
        m_db.rollback();
        return report;
    }
    if (!m_db.commit()) {
        m_db.rollback();
        report.ok = false;
        report.error = QStringLiteral("cannot commit the code sets");
        report.counts.clear();
    }
    return report;
}

CodesetImporter::Report CodesetImporter::applyIn(const QString &dirPath)
{
    Report report;
    const QDir dir(dirPath);
    if (!QFileInfo(dir.filePath(QStringLiteral("cvx.xml"))).isFile()) {
        report.error = QStringLiteral("%1: cvx.xml is required").arg(dirPath);
        return report;
    }
    using Parser = std::function<std::optional<CodesetParser::Table>(const QString &, QString *)>;
    const QList<QPair<QString, Parser>> files{
        {QStringLiteral("cvx.xml"), &CodesetParser::cvx},
        {QStringLiteral("mvx.xml"), &CodesetParser::mvx},
        {QStringLiteral("cpt.xml"), &CodesetParser::cpt},
        {QStringLiteral("vac2vg.xml"), &CodesetParser::vaccineGroups},
        {QStringLiteral("NDC_Unit_sale.txt"), &CodesetParser::ndcSale},
        {QStringLiteral("NDC_Unit_use.txt"), &CodesetParser::ndcUse},
        {QStringLiteral("NDC_Linker.txt"), &CodesetParser::ndcLinker},
    };
    // Parse everything first: a malformed file stops the import before anything is written.
    QList<CodesetParser::Table> tables;
    for (const auto &[name, parse] : files) {
        const QString path = dir.filePath(name);
        if (!QFileInfo(path).isFile()) {
            report.missingFiles << name;
            continue;
        }
        const auto table = parse(path, &report.error);
        if (!table)
            return report;
        tables << *table;
    }
    for (const auto &table : std::as_const(tables)) {
        Count count;
        count.label = table.label;
        if (!apply(table, &count, &report.error)) {
            report.counts.clear();
            return report;
        }
        report.counts << count;
    }
    report.ok = true;
    return report;
}

const QStringList &CodesetImporter::fileNames()
{
    static const QStringList names{QStringLiteral("cvx.xml"),           QStringLiteral("mvx.xml"),
                                   QStringLiteral("cpt.xml"),           QStringLiteral("vac2vg.xml"),
                                   QStringLiteral("NDC_Unit_sale.txt"), QStringLiteral("NDC_Unit_use.txt"),
                                   QStringLiteral("NDC_Linker.txt")};
    return names;
}

} // namespace izdesk::server
