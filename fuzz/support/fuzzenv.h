#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace izdesk::fuzz {

// What every target needs once per run: a QCoreApplication (Qt SQL drivers, QtConcurrent and
// the SQLite plugin look for one), Qt's messages silenced (the parsers log every rejection and
// the fuzzer would spend its time printing; IZDESK_FUZZ_VERBOSE=1 keeps them), and a private folder for the files a target
// writes, removed when the process exits. Call from LLVMFuzzerInitialize or the first input;
// one thread.
void initEnvironment();

// The run's private folder (created by initEnvironment).
QString scratchDir();

// Writes bytes to scratchDir()/name (replacing it) and returns the path; empty on failure.
QString writeScratchFile(const QString &name, const QByteArray &bytes);

// The fixed clock of the server-side targets: a Tuesday afternoon in business hours, so the
// seeded sessions never expire and a crash replays on any day.
QDateTime fixedNow();

} // namespace izdesk::fuzz
