// Pure matching rules, standardization: names, phones, dates and address tokens cleaned the
// one way every comparison reads them, Double Metaphone codes, Jaro-Winkler values, and the
// nickname table (built in and loaded from CSV, with the line of a bad row). Scoring is in
// tst_patientmatching.

#include "matching/doublemetaphone.h"
#include "matching/jarowinkler.h"
#include "matching/matchkeys.h"
#include "matching/namestandardizer.h"
#include "matching/nicknametable.h"

#include <QFile>
#include <QTest>

using namespace izdesk::matching;

class TstMatchStandardization : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void names();
    void phones_data();
    void phones();
    void dates_data();
    void dates();
    void addressToken();
    void doubleMetaphone_data();
    void doubleMetaphone();
    void jaroWinklerValues();
    void nicknames();
    void nicknameCsvLoads();
};

void TstMatchStandardization::clean_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("diacritics") << QStringLiteral("José") << QStringLiteral("JOSE");
    QTest::newRow("apostrophe") << QStringLiteral("O'Neil") << QStringLiteral("ONEIL");
    QTest::newRow("hyphen") << QStringLiteral("garcia-lópez") << QStringLiteral("GARCIA LOPEZ");
    QTest::newRow("spaces") << QStringLiteral("  mary   ann ") << QStringLiteral("MARY ANN");
    QTest::newRow("digits") << QStringLiteral("Smith2") << QStringLiteral("SMITH");
}

void TstMatchStandardization::clean()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(NameStandardizer::clean(in), out);
}

void TstMatchStandardization::names()
{
    auto n = NameStandardizer::name(QStringLiteral("Baby Boy"), {}, QStringLiteral("Smith Jr."));
    QVERIFY(n.placeholderFirst);
    QVERIFY(n.first.isEmpty());
    QCOMPARE(n.last, QStringLiteral("SMITH"));
    QCOMPARE(n.suffix, QStringLiteral("JR"));
    n = NameStandardizer::name(QStringLiteral("Ana"), QStringLiteral("unknown"), QStringLiteral("Garcia-Lopez"));
    QCOMPARE(n.lastParts, (QStringList{QStringLiteral("GARCIA"), QStringLiteral("LOPEZ")}));
    QVERIFY(n.middle.isEmpty());
    n = NameStandardizer::name(QStringLiteral("TWIN B"), {}, QStringLiteral("Nguyen"));
    QVERIFY(n.placeholderFirst);
    n = NameStandardizer::name(QStringLiteral("Robert III"), {}, QStringLiteral("UNKNOWN"));
    QCOMPARE(n.first, QStringLiteral("ROBERT"));
    QCOMPARE(n.suffix, QStringLiteral("III"));
    QVERIFY(n.last.isEmpty());
}

void TstMatchStandardization::phones_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("formatted") << QStringLiteral("(612) 555-0142") << QStringLiteral("6125550142");
    QTest::newRow("country code") << QStringLiteral("+1 612.555.0142") << QStringLiteral("6125550142");
    QTest::newRow("all nines") << QStringLiteral("999-999-9999") << QString();
    QTest::newRow("zeros") << QStringLiteral("000-000-0000") << QString();
    QTest::newRow("short") << QStringLiteral("555-0142") << QString();
    QTest::newRow("sequence") << QStringLiteral("123-456-7890") << QString();
}

void TstMatchStandardization::phones()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(NameStandardizer::phone(in), out);
}

void TstMatchStandardization::dates_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QDate>("out");
    QTest::newRow("iso") << QStringLiteral("2019-04-03") << QDate(2019, 4, 3);
    QTest::newRow("us") << QStringLiteral("03/04/2019") << QDate(2019, 3, 4);
    QTest::newRow("us short") << QStringLiteral("3/4/19") << QDate(2019, 3, 4);
    QTest::newRow("us 1900s") << QStringLiteral("3/4/55") << QDate(1955, 3, 4);
    QTest::newRow("dashes") << QStringLiteral("12-31-2020") << QDate(2020, 12, 31);
    QTest::newRow("compact") << QStringLiteral("03042019") << QDate(2019, 3, 4);
    QTest::newRow("invalid") << QStringLiteral("02/30/2019") << QDate();
    QTest::newRow("text") << QStringLiteral("smith") << QDate();
}

void TstMatchStandardization::dates()
{
    QFETCH(QString, in);
    QFETCH(QDate, out);
    const auto d = NameStandardizer::date(in, 2026);
    QCOMPARE(d.value_or(QDate()), out);
    QCOMPARE(NameStandardizer::swapDayMonth(QDate(2019, 4, 3)), QDate(2019, 3, 4));
    QVERIFY(!NameStandardizer::swapDayMonth(QDate(2019, 4, 13)).isValid());
}

void TstMatchStandardization::addressToken()
{
    QCOMPARE(NameStandardizer::addressToken(QStringLiteral("123 N. Main Street Apt 4")), QStringLiteral("123 MAIN"));
    QCOMPARE(NameStandardizer::addressToken(QStringLiteral("PO Box 5")), QString());
    QCOMPARE(NameStandardizer::zip(QStringLiteral("55101-1234")), QStringLiteral("55101"));
}

void TstMatchStandardization::doubleMetaphone_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("alternate");
    QTest::newRow("SMITH") << QStringLiteral("SMITH") << QStringLiteral("SM0") << QStringLiteral("XMT");
    QTest::newRow("SCHMIDT") << QStringLiteral("SCHMIDT") << QStringLiteral("SKMT") << QStringLiteral("SKMT");
    QTest::newRow("JOHNSON") << QStringLiteral("JOHNSON") << QStringLiteral("JNSN") << QStringLiteral("ANSN");
    QTest::newRow("THOMPSON") << QStringLiteral("THOMPSON") << QStringLiteral("TMPS") << QStringLiteral("TMPS");
    QTest::newRow("PHILIP") << QStringLiteral("PHILIP") << QStringLiteral("FLP") << QStringLiteral("FLP");
    QTest::newRow("KATHERINE") << QStringLiteral("KATHERINE") << QStringLiteral("K0RN") << QStringLiteral("KTRN");
    QTest::newRow("XAVIER") << QStringLiteral("XAVIER") << QStringLiteral("SF") << QStringLiteral("SFR");
}

void TstMatchStandardization::doubleMetaphone()
{
    QFETCH(QString, name);
    QFETCH(QString, primary);
    QFETCH(QString, alternate);
    const PhoneticCode code = izdesk::matching::doubleMetaphone(name);
    QCOMPARE(code.primary, primary);
    QCOMPARE(code.alternate, alternate);
}

void TstMatchStandardization::jaroWinklerValues()
{
    QCOMPARE(jaroWinkler(QStringLiteral("MARTHA"), QStringLiteral("MARTHA")), 1.0);
    QVERIFY(qAbs(jaroWinkler(QStringLiteral("MARTHA"), QStringLiteral("MARHTA")) - 0.9611) < 0.001);
    QVERIFY(qAbs(jaroWinkler(QStringLiteral("DWAYNE"), QStringLiteral("DUANE")) - 0.84) < 0.001);
    QCOMPARE(jaroWinkler(QString(), QStringLiteral("A")), 0.0);
}

void TstMatchStandardization::nicknames()
{
    const NicknameTable &t = NicknameTable::builtIn();
    QVERIFY(t.areNicknames(QStringLiteral("JON"), QStringLiteral("JONATHAN")));
    QVERIFY(t.areNicknames(QStringLiteral("BILL"), QStringLiteral("WILLIAM")));
    QVERIFY(t.areNicknames(QStringLiteral("WILLIAM"), QStringLiteral("BILL")));
    QVERIFY(!t.areNicknames(QStringLiteral("BILL"), QStringLiteral("THOMAS")));
    QVERIFY(t.variants(QStringLiteral("PEGGY")).contains(QStringLiteral("MARGARET")));
    // Diminutives callers use that only the published table has, in both directions.
    const QList<QPair<const char *, const char *>> published{
        {"RANDY", "ANDREW"}, {"RICK", "DEREK"},  {"KIT", "CHRISTIAN"},    {"JULES", "JULIA"},
        {"JULIE", "JULIA"},  {"ANT", "ANTHONY"}, {"SANDRA", "CASSANDRA"}, {"JACK", "JACQUELINE"}};
    for (const auto &[nick, formal] : published) {
        QVERIFY2(t.areNicknames(QLatin1String(nick), QLatin1String(formal)), nick);
        QVERIFY2(t.areNicknames(QLatin1String(formal), QLatin1String(nick)), formal);
    }
}

void TstMatchStandardization::nicknameCsvLoads()
{
    // The published table as the product ships it (resources/names).
    QFile f(QStringLiteral(":/izdesk/names/nicknames.csv"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "built-in nickname table missing");
    NicknameTable t;
    QString error;
    QVERIFY2(t.mergeCsv(f.readAll(), &error), qPrintable(error));
    QVERIFY(t.size() > 1000);
    QVERIFY(t.areNicknames(QStringLiteral("ROBERT"), QStringLiteral("BOB")));
    NicknameTable bad;
    QVERIFY(!bad.mergeCsv("name1,relationship,name2\nfoo,bar\n", &error));
    QVERIFY(error.contains(QStringLiteral("line 2")));
}

QTEST_GUILESS_MAIN(TstMatchStandardization)
#include "tst_matchstandardization.moc"
