#pragma once

// The harness of the VXU checker tests: the real CDC code sets of tests/data/codesets with the
// built-in HL7 value sets, the built-in policy, a fixed receipt time, and checks that a
// message gives only one finding or includes one.

#include "hl7/checkpolicy.h"
#include "hl7/checkreport.h"
#include "hl7/checkrun.h"
#include "hl7/codetables.h"
#include "hl7/er7reader.h"
#include "hl7/vxuchecker.h"
#include "hl7testmessage.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace izdesk::test {

using namespace izdesk::server::hl7;
using namespace Qt::StringLiterals;

inline QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << u"%1 at %2 (%3): %4"_s.arg(f.check, f.location.toString(), severityName(f.severity), f.message);
    return lines.isEmpty() ? u"(none)"_s : lines.join(u"; "_s);
}

class Hl7ChecksHarness
{
protected:
    std::shared_ptr<CodeTables> m_tables;
    std::shared_ptr<const CheckPolicy> m_policy;
    const QDateTime m_received = QDateTime(QDate(2024, 10, 15), QTime(18, 0), QTimeZone::utc());

    QList<Finding> run(const TestMessage &m, std::shared_ptr<const CheckPolicy> policy = {},
                       std::shared_ptr<const CodeTables> tables = {}, QDateTime received = {}) const
    {
        const Message message = Er7Reader().readMessage(m.er7());
        VxuChecker checker(tables ? tables : m_tables, policy ? policy : m_policy);
        return checker.check(message, {received.isValid() ? received : m_received});
    }

    // The message gives exactly one finding: `check` at `location`.
    bool only(const QList<Finding> &findings, const QString &check, const QString &location, const QString &item = {})
    {
        if (findings.size() != 1 || findings.first().check != check || findings.first().location.toString() != location
            || (!item.isEmpty() && findings.first().item != item)) {
            qWarning("expected only %s at %s, got %s", qPrintable(check), qPrintable(location),
                     qPrintable(describe(findings)));
            return false;
        }
        return true;
    }

    // The findings include `check` at `location`.
    bool has(const QList<Finding> &findings, const QString &check, const QString &location)
    {
        for (const Finding &f : findings)
            if (f.check == check && f.location.toString() == location)
                return true;
        qWarning("expected %s at %s, got %s", qPrintable(check), qPrintable(location), qPrintable(describe(findings)));
        return false;
    }

    // The code sets (a missing file of tests/data fails the test) and the built-in policy.
    void loadTables()
    {
        for (const char *file :
             {"codesets/cvx.xml", "codesets/mvx.xml", "codesets/cpt.xml", "codesets/NDC_Unit_sale.txt",
              "codesets/NDC_Unit_use.txt", "codesets/NDC_Linker.txt"}) {
            const QString path = QStringLiteral(IZDESK_TEST_DATA "/") + QLatin1String(file);
            if (!QFileInfo::exists(path))
                QFAIL(qPrintable(u"test data missing: %1 (tests/data is part of the repository)"_s.arg(path)));
        }
        m_tables = std::make_shared<CodeTables>();
        QString error;
        QVERIFY2(m_tables->loadBuiltInValueSets(&error), qPrintable(error));
        QVERIFY2(m_tables->loadCdcFiles(QStringLiteral(IZDESK_TEST_DATA "/codesets"), &error), qPrintable(error));
        QVERIFY(m_tables->cvxCount() > 200);
        QVERIFY(m_tables->ndcCount() > 500);
        m_policy = std::make_shared<CheckPolicy>(CheckPolicy::builtIn());
    }
};

} // namespace izdesk::test
