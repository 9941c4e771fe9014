#pragma once

// The published reference files the tests and benchmarks read (CDC code set files) live in
// tests/data (see tests/data/README.md for their sources and licences). IZDESK_TEST_DATA is
// the absolute path of that folder, defined by the test's CMakeLists. A missing file is a
// failure: the folder is part of the repository.

#include <QFileInfo>
#include <QString>
#include <QTest>

#define IZDESK_REQUIRE_TEST_DATA(relativePath)                                                                        \
    do {                                                                                                              \
        const QString izdeskTestDataPath = QStringLiteral(IZDESK_TEST_DATA "/") + QStringLiteral(relativePath);       \
        if (!QFileInfo::exists(izdeskTestDataPath))                                                                   \
            QFAIL(qPrintable(QStringLiteral("test data missing: %1 (tests/data is part of the repository)")           \
                                 .arg(izdeskTestDataPath)));                                                          \
    } while (false)
