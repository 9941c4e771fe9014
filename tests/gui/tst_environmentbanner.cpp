#include "environmentbanner.h"
#include "guitesthelpers.h"

#include <QLabel>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

class TestEnvironmentBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenForProduction()
    {
        QWidget window;
        auto *banner = new EnvironmentBanner(&window);
        banner->setEnvironment(EnvironmentKind::Production);
        window.show();
        QVERIFY(!banner->isVisible());
        QVERIFY(banner->environmentText().isEmpty());
    }

    void textPerEnvironment_data()
    {
        QTest::addColumn<EnvironmentKind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("training") << EnvironmentKind::Training << QStringLiteral("TRAINING — not real patient data");
        QTest::newRow("uat") << EnvironmentKind::Uat << QStringLiteral("UAT");
        QTest::newRow("sandbox") << EnvironmentKind::Sandbox << QStringLiteral("LOCAL SANDBOX");
    }

    void textPerEnvironment()
    {
        QFETCH(EnvironmentKind, kind);
        QFETCH(QString, expected);
        QWidget window;
        auto *banner = new EnvironmentBanner(&window);
        banner->setEnvironment(kind);
        window.show();
        QVERIFY(banner->isVisible());
        auto *label = child<QLabel>(banner, "environmentLabel");
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().startsWith(expected), qPrintable(label->text()));
        QVERIFY(!child<QLabel>(banner, "offlineLabel")->isVisible());
    }

    void offlineStateShowsSavedTime()
    {
        QWidget window;
        auto *banner = new EnvironmentBanner(&window);
        window.show();
        const QDateTime saved = QDateTime(QDate(2026, 3, 2), QTime(10, 42)); // local time
        banner->setOffline(true, saved);
        QVERIFY(banner->isVisible()); // offline shows even in production
        auto *offline = child<QLabel>(banner, "offlineLabel");
        QVERIFY(offline->isVisible());
        QVERIFY2(offline->text().contains(QStringLiteral("10:42")), qPrintable(offline->text()));
        QVERIFY(offline->text().contains(QStringLiteral("kept here and sent later")));
        banner->setOffline(false);
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestEnvironmentBanner)
#include "tst_environmentbanner.moc"
