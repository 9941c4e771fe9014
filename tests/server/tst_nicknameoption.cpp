// izdesk-server --nicknames FILE: a jurisdiction's nickname CSV (name1,relationship,name2)
// adds to the built-in pairs; an unreadable or malformed file stops start-up with an error
// that names the option, the file and the line.
#include "serverconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using izdesk::server::CommandLine;

class TestNicknameOption : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return file.fileName();
    }

    static CommandLine parse(const QStringList &args)
    {
        return CommandLine::parse(QStringList{QStringLiteral("izdesk-server")} + args);
    }

private Q_SLOTS:
    void withoutOptionTheBuiltInTable()
    {
        const CommandLine cl = parse({});
        QCOMPARE(cl.action, CommandLine::Action::Run);
        QVERIFY(!cl.config.nicknames);
        QVERIFY(cl.config.nicknameTable().areNicknames(QStringLiteral("JONATHAN"), QStringLiteral("JON")));
        QVERIFY(!cl.config.nicknameTable().areNicknames(QStringLiteral("QUINTAVIOUS"), QStringLiteral("QUINT")));
    }

    void jurisdictionPairsAddToBuiltIn()
    {
        const QString path = write(QStringLiteral("mn.csv"), "name1,relationship,name2\n"
                                                             "quintavious,has_nickname,quint\r\n"
                                                             "\n"
                                                             "Marisol,has_nickname,Sol\n");
        QVERIFY(!path.isEmpty());
        for (const QStringList &args :
             {QStringList{QStringLiteral("--nicknames"), path}, QStringList{QStringLiteral("--nicknames=") + path}}) {
            const CommandLine cl = parse(args);
            QCOMPARE(cl.action, CommandLine::Action::Run);
            const auto &table = cl.config.nicknameTable();
            QVERIFY(table.areNicknames(QStringLiteral("QUINTAVIOUS"), QStringLiteral("QUINT")));
            QVERIFY(table.areNicknames(QStringLiteral("SOL"), QStringLiteral("MARISOL")));  // symmetric, any case
            QVERIFY(table.areNicknames(QStringLiteral("JONATHAN"), QStringLiteral("JON"))); // built-in kept
        }
    }

    void badFileNamesTheLine()
    {
        const QString path = write(QStringLiteral("bad.csv"), "name1,relationship,name2\n"
                                                              "quintavious,has_nickname,quint\n"
                                                              "marisol;sol\n");
        const CommandLine cl = parse({QStringLiteral("--nicknames"), path});
        QCOMPARE(cl.action, CommandLine::Action::Error);
        QVERIFY2(cl.message.contains(QStringLiteral("--nicknames")), qPrintable(cl.message));
        QVERIFY2(cl.message.contains(path), qPrintable(cl.message));
        QVERIFY2(cl.message.contains(QStringLiteral("line 3")), qPrintable(cl.message));
        QVERIFY2(cl.message.contains(QStringLiteral("name1,relationship,name2")), qPrintable(cl.message));
    }

    void missingFileOrValue()
    {
        CommandLine cl = parse({QStringLiteral("--nicknames"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(cl.action, CommandLine::Action::Error);
        QVERIFY2(cl.message.contains(QStringLiteral("--nicknames: cannot read")), qPrintable(cl.message));
        cl = parse({QStringLiteral("--nicknames")});
        QCOMPARE(cl.action, CommandLine::Action::Error);
        QVERIFY2(cl.message.contains(QStringLiteral("--nicknames needs a value")), qPrintable(cl.message));
    }

    void publishedTableIsBuiltIn()
    {
        // The published table ships built in: loading the repository's copy again adds nothing.
        const CommandLine cl = parse({QStringLiteral("--nicknames"),
                                      QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../resources/names/nicknames.csv")});
        QVERIFY2(cl.action == CommandLine::Action::Run, qPrintable(cl.message));
        QVERIFY(izdesk::matching::NicknameTable::builtIn().size() > 1500);
        QCOMPARE(cl.config.nicknameTable().size(), izdesk::matching::NicknameTable::builtIn().size());
    }
};

QTEST_MAIN(TestNicknameOption)
#include "tst_nicknameoption.moc"
