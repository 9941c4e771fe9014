// ReleaseDialog offscreen: offers exactly the methods it is given (the server's allowed
// release methods), cannot release without a method and a file, submits by keyboard, and
// shows the outcome in words.
#include "guitesthelpers.h"
#include "releasedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

class TestReleaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersOnlyTheAllowedMethods()
    {
        ReleaseDialog dialog;
        dialog.start(7, 12, {QStringLiteral("mail"), QStringLiteral("print")}, QStringLiteral("/tmp/record.pdf"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        QVERIFY(child<QRadioButton>(&dialog, "mailMethodRadio"));
        QVERIFY(child<QRadioButton>(&dialog, "printMethodRadio"));
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("faxMethodRadio")));
        QCOMPARE(dialog.selectedMethod(), QStringLiteral("mail"));
        for (QRadioButton *r : radios)
            QVERIFY(!r->accessibleName().isEmpty());
        testing::saveGrab(&dialog, QStringLiteral("releasedialog"));

        // A provider's verification allows fax: the same dialog rebuilt offers fax, not mail.
        dialog.start(8, 12, {QStringLiteral("fax"), QStringLiteral("print")}, QStringLiteral("/tmp/record.pdf"));
        QCOMPARE(dialog.findChildren<QRadioButton *>().size(), 2);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("faxMethodRadio")));
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("mailMethodRadio")));
    }

    void nothingAllowedMeansNoRelease()
    {
        ReleaseDialog dialog;
        dialog.start(7, 12, {}, QStringLiteral("/tmp/record.pdf"));
        QVERIFY(!child<QPushButton>(&dialog, "releaseButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "releaseStatus")->text().contains(QStringLiteral("Nothing may be released")));
    }

    void submitsTheChosenMethodAndFileByKeyboard()
    {
        ReleaseDialog dialog;
        QSignalSpy submitted(&dialog, &ReleaseDialog::releaseSubmitted);
        dialog.start(7, 12, {QStringLiteral("mail"), QStringLiteral("print")}, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *release = child<QPushButton>(&dialog, "releaseButton");
        QVERIFY(!release->isEnabled()); // no file chosen yet
        auto *path = child<QLineEdit>(&dialog, "releasePathEdit");
        QTest::keyClicks(path, QStringLiteral("/tmp/izdesk-release-test.pdf"));
        QVERIFY(release->isEnabled());
        child<QRadioButton>(&dialog, "printMethodRadio")->setChecked(true);
        QTest::keyClick(path, Qt::Key_Return); // the default button releases
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.constFirst().at(0).toLongLong(), 7);
        QCOMPARE(submitted.constFirst().at(1).toLongLong(), 12);
        QCOMPARE(submitted.constFirst().at(2).toString(), QStringLiteral("print"));
        QCOMPARE(submitted.constFirst().at(3).toString(), QStringLiteral("/tmp/izdesk-release-test.pdf"));
        QVERIFY(dialog.isBusy());
        QVERIFY(!release->isEnabled()); // no double release while the first is under way

        dialog.showFailed(QStringLiteral("Not released: release by print is not allowed"));
        auto *status = child<QLabel>(&dialog, "releaseStatus");
        QVERIFY(status->text().contains(QStringLiteral("✗")));
        QVERIFY(status->text().contains(QStringLiteral("not allowed")));
        QVERIFY(release->isEnabled());

        QTest::mouseClick(release, Qt::LeftButton);
        QCOMPARE(submitted.size(), 2);
        dialog.showReleased(QStringLiteral("/tmp/izdesk-release-test.pdf"), QStringLiteral("At the help desk"));
        QVERIFY(status->text().contains(QStringLiteral("✓ Released")));
        QVERIFY(status->text().contains(QStringLiteral("At the help desk")));
        QVERIFY(!release->isEnabled()); // a second release would be a second disclosure
        testing::saveGrab(&dialog, QStringLiteral("releasedialog-released"));
    }
};

QTEST_MAIN(TestReleaseDialog)
#include "tst_releasedialog.moc"
