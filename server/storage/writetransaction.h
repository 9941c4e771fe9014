#pragma once

#include "storage/sqlutil.h"

namespace izdesk::server {

// A write transaction (beginWriteTransaction) that rolls back when it goes out of scope
// uncommitted, so every early answer of a handler undoes what it wrote. `begun()` is false when
// it could not start; `commit()` rolls back and returns false when the commit fails.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, Dialect dialect)
        : m_db(std::move(db))
        , m_open(beginWriteTransaction(m_db, dialect))
    {
    }
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begun() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace izdesk::server
