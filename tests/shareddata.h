#pragma once

// The public reference data (CDC code set files, the nickname table) lives beside the
// repository in ../shared/data, never inside it. CI always has it there, so under CI=true a
// missing file fails the test; a checkout without it skips the tests that read it and says
// why. IZDESK_SHARED_DATA is set by the test's CMakeLists.

#include <QFileInfo>
#include <QString>
#include <QTest>

#define IZDESK_REQUIRE_SHARED_DATA(relativePath)                                                                      \
    do {                                                                                                              \
        const QString izdeskSharedPath = QStringLiteral(IZDESK_SHARED_DATA "/") + QStringLiteral(relativePath);        \
        if (!QFileInfo::exists(izdeskSharedPath)) {                                                                   \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                  \
                QFAIL(qPrintable(QStringLiteral("reference data missing: %1").arg(izdeskSharedPath)));                \
            QSKIP(qPrintable(QStringLiteral("reference data not found at %1: put the shared/ folder beside the "      \
                                            "repository to run this test")                                            \
                                 .arg(izdeskSharedPath)));                                                            \
        }                                                                                                             \
    } while (false)
