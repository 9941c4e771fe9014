#include "codesets/publishedcodetables.h"

#include "hl7/codetables.h"

#include <QMutexLocker>

namespace izdesk::server {

std::shared_ptr<const hl7::CodeTables> PublishedCodeTables::load(QSqlDatabase db, QString *error)
{
    auto tables = std::make_shared<hl7::CodeTables>();
    QString why;
    if (!tables->loadBuiltInValueSets(&why) || !tables->loadFromDatabase(db, &why)) {
        *error = QStringLiteral("the HL7 code tables: %1").arg(why);
        return nullptr;
    }
    return tables;
}

std::shared_ptr<const hl7::CodeTables> PublishedCodeTables::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_tables;
}

void PublishedCodeTables::replace(std::shared_ptr<const hl7::CodeTables> tables)
{
    QMutexLocker lock(&m_mutex);
    m_tables = std::move(tables);
}

} // namespace izdesk::server
