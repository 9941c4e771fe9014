#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace izdesk::server {

namespace hl7 {
class CodeTables;
}

// The code tables of the published code sets (the code_* tables and the built-in HL7 value
// sets) that the HL7 checks judge values against: loaded when the server starts listening and
// replaced when a code set release is published. A check holds the tables it started with.
// Thread-safe.
class PublishedCodeTables
{
public:
    // The built-in value sets and the database's code sets; null + *error on failure.
    static std::shared_ptr<const hl7::CodeTables> load(QSqlDatabase db, QString *error);

    std::shared_ptr<const hl7::CodeTables> current() const;
    void replace(std::shared_ptr<const hl7::CodeTables> tables);

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const hl7::CodeTables> m_tables;
};

} // namespace izdesk::server
