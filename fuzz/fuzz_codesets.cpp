// Fuzz target: the CDC code set files, `izdesk-server codesets import DIR` — CodesetParser for
// each of the seven files (cvx.xml, mvx.xml, cpt.xml, vac2vg.xml: XML records;
// NDC_Unit_sale.txt, NDC_Unit_use.txt, NDC_Linker.txt: pipe-separated) and CodesetImporter::run
// writing them to a migrated SQLite database.
//
// Input: byte 0 holds flags — bit 0: also run the importer; bits 1–7: which parser reads the
// text before the first section line. A line "#NAME" (NAME one of the seven file names) starts
// that file's section, so one input may carry several files. The importer gets every section
// as its file; a minimal cvx.xml is added when the input has none (the importer requires it).
//
// Besides sanitizer reports: a parser that fails names the file in its error and returns no
// table; one that succeeds gives rows as wide as its columns; an import that succeeded changes
// nothing when run again on the same files (the importer promises re-runs are no-ops). The
// database is put back to its migrated state after every import that wrote.

#include "fuzzenv.h"
#include "fuzzinput.h"
#include "scratchdatabase.h"

#include "codesets/codesetimporter.h"
#include "codesets/codesetparser.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace izdesk::server;
using izdesk::fuzz::FuzzInput;

using Parse = std::optional<CodesetParser::Table> (*)(const QString &, QString *);

struct Kind
{
    const char *file;
    Parse parse;
};

const Kind kKinds[] = {
    {"cvx.xml", &CodesetParser::cvx},
    {"mvx.xml", &CodesetParser::mvx},
    {"cpt.xml", &CodesetParser::cpt},
    {"vac2vg.xml", &CodesetParser::vaccineGroups},
    {"NDC_Unit_sale.txt", &CodesetParser::ndcSale},
    {"NDC_Unit_use.txt", &CodesetParser::ndcUse},
    {"NDC_Linker.txt", &CodesetParser::ndcLinker},
};
constexpr int kKindCount = int(sizeof(kKinds) / sizeof(kKinds[0]));

const QByteArray kMinimalCvx = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CVXCodes>\n  <CVXInfo>\n"
                               "    <ShortDescription>MMR</ShortDescription>\n    <CVXCode>03</CVXCode>\n"
                               "    <Status>Active</Status>\n  </CVXInfo>\n</CVXCodes>\n";

[[noreturn]] void fail(const char *what, const char *file)
{
    fprintf(stderr, "fuzz_codesets: %s (%s)\n", what, file);
    std::abort();
}

izdesk::fuzz::ScratchDatabase &database()
{
    static auto *db = new izdesk::fuzz::ScratchDatabase(QStringLiteral("codesets")); // lives until exit
    return *db;
}

int kindOf(const QByteArray &fileName)
{
    for (int i = 0; i < kKindCount; ++i) {
        if (fileName == kKinds[i].file)
            return i;
    }
    return -1;
}

// The input's files by kind: text before the first "#NAME" line goes to `firstKind`.
QMap<int, QByteArray> splitSections(const QByteArray &text, int firstKind)
{
    QMap<int, QByteArray> files;
    int current = firstKind;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(from, end - from);
        const int kind = line.startsWith('#') ? kindOf(line.mid(1).trimmed()) : -1;
        if (kind >= 0)
            current = kind;
        else
            files[current] += text.mid(from, end - from + (end < text.size() ? 1 : 0));
        from = end + 1;
    }
    return files;
}

void parseOne(int kind, const QString &path)
{
    QString error;
    const auto table = kKinds[kind].parse(path, &error);
    if (!table) {
        if (!error.startsWith(QLatin1String(kKinds[kind].file)))
            fail("an error that does not name the file", kKinds[kind].file);
        return;
    }
    const qsizetype width = table->keyColumns.size() + table->valueColumns.size();
    for (const QStringList &row : table->rows) {
        if (row.size() != width)
            fail("a row narrower or wider than the table", kKinds[kind].file);
    }
}

void import(const QString &dir, const QMap<int, QByteArray> &files)
{
    auto &db = database();
    const CodesetImporter::Report first = CodesetImporter(db.connection(), db.dialect()).run(dir);
    if (!first.ok)
        return;
    const CodesetImporter::Report second = CodesetImporter(db.connection(), db.dialect()).run(dir);
    if (!second.ok)
        fail("a second import of files that imported fails", "import");
    for (const auto &count : second.counts) {
        if (count.added || count.changed || count.retired)
            fail("a second import of the same files changes rows", qPrintable(count.label));
    }
    if (second.counts.size() != files.size())
        fail("the second import counts other files", "import");
    db.reset();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    FuzzInput in(data, size);
    const uint8_t flags = in.byte();
    QMap<int, QByteArray> files = splitSections(in.rest(), (flags >> 1) % kKindCount);

    const QString dir = izdesk::fuzz::scratchDir() + QStringLiteral("/codesets");
    QDir().mkpath(dir);
    for (const Kind &kind : kKinds)
        QFile::remove(dir + QLatin1Char('/') + QLatin1String(kind.file));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(kKinds[it.key()].file);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            fail("cannot write the input file", kKinds[it.key()].file);
        f.close();
        parseOne(it.key(), path);
    }
    if (flags & 1) {
        if (!files.contains(0)) {
            files.insert(0, kMinimalCvx);
            QFile f(dir + QStringLiteral("/cvx.xml"));
            if (!f.open(QIODevice::WriteOnly) || f.write(kMinimalCvx) != kMinimalCvx.size())
                fail("cannot write the input file", "cvx.xml");
        }
        import(dir, files);
    }
    return 0;
}
