// Code set releases through the real app wiring against the seeded in-process server,
// offscreen and by keyboard: the CDC files of tests/data/codesets staged by the real
// `izdesk-server codesets stage` are a pending release; a supervisor opens View ▸ Code set
// releases (Ctrl+Alt+C), sees its new / changed / retired counts per code system as the server
// has them, filters to the new CVX codes (CVX 143 among them), approves and publishes it after
// a confirmation that says what each step does, and sees it published; a step on a release
// someone discarded meanwhile is refused in words and the list shows it discarded; a
// specialist has no menu entry and the shortcut opens nothing. With IZDESK_GRAB_DIR set, the
// window is saved as codesets.png.
#include "../testdata.h"
#include "application.h"
#include "codesetreleasedetail.h"
#include "codesetreleasesconnector.h"
#include "codesetreleasesview.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "httptestclient.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"

#include <codesetreleasemodels.h>

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

namespace {
constexpr int kTimeoutMs = 60000;

QStringList column(QTableView *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        out << table->model()->index(row, column).data().toString();
    return out;
}
} // namespace

class TestCodesetReleasesView : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<Application> m_app;

    CodesetReleasesView *view() const { return m_app->codesetReleasesArea()->view(); }
    QLabel *status() const { return child<QLabel>(view(), "codesetStatus"); }

    // `izdesk-server codesets stage` on the test server's database; the new release's id.
    qint64 stage(const QString &label)
    {
        QProcess p;
        p.start(QStringLiteral(IZDESK_SERVER_BINARY),
                {QStringLiteral("codesets"), QStringLiteral("stage"), QStringLiteral(IZDESK_TEST_DATA "/codesets"),
                 QStringLiteral("--label"), label, QStringLiteral("--database"), m_desk.server->databaseUrl()});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("stage failed: %s", p.readAllStandardError().constData());
            return 0;
        }
        const QJsonArray items = releasesJson();
        return items.isEmpty() ? 0 : items.first().toObject().value(QStringLiteral("id")).toInteger();
    }

    // The releases as the server answers them, newest first.
    QJsonArray releasesJson()
    {
        test::HttpTestClient client(m_desk.server->baseUrl());
        if (client.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status != 201)
            return {};
        return client.get(QStringLiteral("/api/v1/codeset-releases")).object().value(QStringLiteral("items")).toArray();
    }

    void signIn(const QString &user)
    {
        m_app = m_desk.signedIn(&m_credentials, user, QStringLiteral("izdesk-") + user);
        QVERIFY(m_app->mainWindow()->isVisible());
    }

    void openView()
    {
        MainWindow *w = m_app->mainWindow();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([this] { return view()->isVisible(); }, kTimeoutMs));
        view()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view()));
        QVERIFY2(
            QTest::qWaitFor([this] { return status()->text().contains(QStringLiteral("waiting to be published")); },
                            kTimeoutMs),
            qPrintable(status()->text()));
    }

    // Alt+letter in the view, then Enter on the confirmation; waits for the status line.
    void step(Qt::Key key, const QString &confirmation, const QString &done)
    {
        QTest::keyClick(view(), key, Qt::AltModifier);
        auto *bar = child<QWidget>(view(), "codesetConfirmBar");
        QVERIFY(QTest::qWaitFor([bar] { return bar->isVisible(); }, kTimeoutMs));
        const QString text = child<QLabel>(view(), "codesetConfirmText")->text();
        QVERIFY2(text.contains(confirmation), qPrintable(text));
        auto *go = child<QPushButton>(view(), "codesetConfirmButton");
        QCOMPARE(QApplication::focusWidget(), go);
        QTest::keyClick(go, Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([this, done] { return status()->text().contains(done); }, kTimeoutMs),
                 qPrintable(status()->text()));
        QVERIFY(!bar->isVisible());
    }

    // Alt+letter on a check box toggles it.
    void toggle(Qt::Key key, const char *name, bool expected)
    {
        auto *box = child<QCheckBox>(view(), name);
        QTest::keyClick(view(), key, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([box, expected] { return box->isChecked() == expected; }, kTimeoutMs));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_app.reset();
        m_desk.tearDown();
    }

    void supervisorApprovesAndPublishes();
    void refusedStepIsShownInWords();
    void specialistHasNoEntry();
};

void TestCodesetReleasesView::supervisorApprovesAndPublishes()
{
    IZDESK_REQUIRE_TEST_DATA("codesets/cvx.xml");
    const qint64 id = stage(QStringLiteral("CDC test files"));
    QVERIFY(id > 0);
    const QJsonObject server = releasesJson().first().toObject();
    QJsonObject cvx;
    for (const QJsonValue &c : server.value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("label")).toString() == QLatin1String("CVX"))
            cvx = c.toObject();
    const int cvxAdded = cvx.value(QStringLiteral("added")).toInt();
    QVERIFY(cvxAdded > 0);
    signIn(QStringLiteral("supervisor"));
    openView();

    // The pending release with its counts per code system, as the server has them.
    auto *list = child<QTableView>(view(), "codesetReleasesTable");
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, CodesetReleaseListModel::StatusColumn).data().toString(),
             QStringLiteral("Pending"));
    QCOMPARE(list->model()->index(0, CodesetReleaseListModel::FirstSystemColumn).data().toString(),
             QStringLiteral("%1 / %2 / %3")
                 .arg(cvxAdded)
                 .arg(cvx.value(QStringLiteral("changed")).toInt())
                 .arg(cvx.value(QStringLiteral("retired")).toInt()));
    QVERIFY(child<QLabel>(view(), "codesetReleaseHeader")->text().contains(QStringLiteral("Pending")));
    auto *counts = child<QTableView>(view(), "codesetCountsTable");
    QVERIFY(column(counts, CodesetCountModel::LabelColumn).contains(QStringLiteral("CVX")));
    QVERIFY(!child<QPushButton>(view(), "codesetPublishButton")->isEnabled()); // approve first

    // The new CVX codes: code system CVX (Alt+Y, Down), changed and retired off (Alt+C, Alt+R).
    QTest::keyClick(view(), Qt::Key_Y, Qt::AltModifier);
    auto *system = child<QComboBox>(view(), "codesetSystemCombo");
    QCOMPARE(QApplication::focusWidget(), system);
    QTest::keyClick(system, Qt::Key_Down);
    QCOMPARE(system->currentText(), QStringLiteral("CVX"));
    toggle(Qt::Key_C, "codesetShowChanged", false);
    toggle(Qt::Key_R, "codesetShowRetired", false);
    auto *changes = child<QTableView>(view(), "codesetChangesTable");
    QCOMPARE(changes->model()->rowCount(), qMin(cvxAdded, 500));
    QVERIFY(column(changes, CodesetChangeModel::KeyColumn).contains(QStringLiteral("143")));
    QCOMPARE(column(changes, CodesetChangeModel::KindColumn).count(QStringLiteral("New")),
             changes->model()->rowCount());
    QCOMPARE(column(changes, CodesetChangeModel::SystemColumn).count(QStringLiteral("CVX")),
             changes->model()->rowCount());
    QTest::keyClick(view(), Qt::Key_F, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("143"));
    QCOMPARE(child<QLineEdit>(view(), "codesetFilterEdit")->text(), QStringLiteral("143"));
    QCOMPARE(column(changes, CodesetChangeModel::KeyColumn), QStringList{QStringLiteral("143")});
    const int all = qobject_cast<QSortFilterProxyModel *>(changes->model())->sourceModel()->rowCount();
    QCOMPARE(child<QLabel>(view(), "codesetShownCount")->text(), QStringLiteral("1 of %1 shown").arg(all));
    testing::saveGrab(view(), QStringLiteral("codesets-filtered"));

    // The changed CVX codes, each with the published value before and the release's after.
    QTest::keyClick(view(), Qt::Key_F, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    toggle(Qt::Key_N, "codesetShowAdded", false);
    toggle(Qt::Key_C, "codesetShowChanged", true);
    const int cvxChanged = cvx.value(QStringLiteral("changed")).toInt();
    QVERIFY(cvxChanged > 0);
    QCOMPARE(changes->model()->rowCount(), qMin(cvxChanged, 500));
    const QString before = changes->model()->index(0, CodesetChangeModel::BeforeColumn).data().toString();
    const QString after = changes->model()->index(0, CodesetChangeModel::AfterColumn).data().toString();
    QVERIFY2(!before.isEmpty() && !after.isEmpty() && before != after,
             qPrintable(before + QStringLiteral(" -> ") + after));

    // Approve, then publish: each confirmation says what it does.
    step(Qt::Key_A, QStringLiteral("Nothing changes for the HL7 checker"), QStringLiteral("is approved"));
    QCOMPARE(list->model()->index(0, CodesetReleaseListModel::StatusColumn).data().toString(),
             QStringLiteral("Approved"));
    step(Qt::Key_P, QStringLiteral("At once, the HL7 checker and the patient record use its code sets"),
         QStringLiteral("is published"));
    QCOMPARE(list->model()->index(0, CodesetReleaseListModel::StatusColumn).data().toString(),
             QStringLiteral("Published"));
    QVERIFY(child<QLabel>(view(), "codesetReleaseHeader")->text().contains(QStringLiteral("Published by supervisor")));
    for (const char *name : {"codesetApproveButton", "codesetPublishButton", "codesetDiscardButton"})
        QVERIFY2(!child<QPushButton>(view(), name)->isEnabled(), name);
    QCOMPARE(releasesJson().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    testing::saveGrab(view(), QStringLiteral("codesets"));
}

void TestCodesetReleasesView::refusedStepIsShownInWords()
{
    const qint64 id = stage(QStringLiteral("CDC test files"));
    QVERIFY(id > 0);
    signIn(QStringLiteral("supervisor"));
    openView();
    testing::verifyMnemonicsUnique(view());
    for (QWidget *w : view()->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QLineEdit *>(w)
                                 || (qobject_cast<QAbstractItemView *>(w) && !w->inherits("QHeaderView")
                                     && !w->parentWidget()->inherits("QComboBoxPrivateContainer"));
        if (interactive && w->isVisibleTo(view()) && !w->inherits("QLineEditIconButton"))
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
    }
    // Someone else discards it while the view still shows it pending.
    test::HttpTestClient other(m_desk.server->baseUrl());
    QCOMPARE(other.login(QStringLiteral("admin"), QStringLiteral("izdesk-admin")).status, 201);
    QCOMPARE(other.post(QStringLiteral("/api/v1/codeset-releases/%1/discard").arg(id), QJsonObject()).status, 200);
    // Escape keeps it as it is; Approve then goes to the server and is refused.
    QTest::keyClick(view(), Qt::Key_A, Qt::AltModifier);
    auto *bar = child<QWidget>(view(), "codesetConfirmBar");
    QVERIFY(QTest::qWaitFor([bar] { return bar->isVisible(); }, kTimeoutMs));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    step(Qt::Key_A, QStringLiteral("Approve release %1").arg(id),
         QStringLiteral("Release %1 was not approved: ").arg(id));
    auto *list = child<QTableView>(view(), "codesetReleasesTable");
    QVERIFY(QTest::qWaitFor(
        [list] {
            return list->model()->index(0, CodesetReleaseListModel::StatusColumn).data().toString()
                   == QLatin1String("Discarded");
        },
        kTimeoutMs));
    QVERIFY(child<QLabel>(view(), "codesetReleaseHeader")->text().contains(QStringLiteral("Discarded by admin")));
    QVERIFY(!child<QPushButton>(view(), "codesetApproveButton")->isEnabled());
    testing::saveGrab(view(), QStringLiteral("codesets-refused"));
}

void TestCodesetReleasesView::specialistHasNoEntry()
{
    signIn(QStringLiteral("specialist"));
    MainWindow *w = m_app->mainWindow();
    auto *action = w->findChild<QAction *>(QStringLiteral("codesetReleasesAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    QVERIFY(!action->isEnabled());
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QTest::qWait(0);
    QVERIFY(!view()->isVisible());
}

QTEST_MAIN(TestCodesetReleasesView)
#include "tst_codesetreleasesview.moc"
