// The replay driver: a main() for a fuzz target in the normal build (any compiler, no
// libFuzzer), so the test suite runs every corpus and regression file through the target.
//
//   fuzzreplay_<name> PATH…    each PATH is a file or a folder (its files, sorted, not recursive)
//
// Exits 0 when every input ran (a target aborts on a finding, failing the test), 1 when a
// path cannot be read, 2 without paths. A folder that does not exist counts as empty, so a
// target without regression files yet needs no placeholder.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "fuzzreplay: cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    fprintf(stderr, "fuzzreplay: %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PATH…  (files or folders of fuzz inputs)\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList(QDir::Files, QDir::Name);
            for (const QString &name : names)
                files << info.filePath() + QLatin1Char('/') + name;
        } else if (info.exists()) {
            files << path;
        }
    }
    int failed = 0;
    for (const QString &file : std::as_const(files))
        failed += runFile(file) ? 0 : 1;
    fprintf(stderr, "fuzzreplay: %lld input(s) replayed\n", static_cast<long long>(files.size() - failed));
    return failed == 0 ? 0 : 1;
}
