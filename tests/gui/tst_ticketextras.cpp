// Ticket attachments, links, merge and canned-response management through the real app wiring
// (Application: controllers + widgets) against a real in-process server, offscreen.
#include "application.h"
#include "cannedresponsecontroller.h"
#include "attachmentsview.h"
#include "cannedresponsesdialog.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "httptestclient.h"
#include "ticketeditordialog.h"
#include "inboundcallconnector.h"
#include "inboundcalldialog.h"
#include "outbox.h"
#include "linkdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "mergedialog.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "testserver.h"
#include "ticketdetailpanel.h"
#include "ticketextrasconnector.h"
#include "ticketlinksbar.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "timelinecomposer.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::saveGrab;

namespace {
constexpr int kNetworkTimeoutMs = 30000;
}

class TestTicketExtras : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;

    std::unique_ptr<Application> signedIn(const QString &user, const QString &password)
    {
        auto app = m_desk.signedIn(&m_credentials, user, password);
        app->mainWindow()->resize(1200, 860);
        return app;
    }

    // Selects an active ticket (not closed, not merged) and returns it.
    static Ticket selectActive(Application *app, qint64 skip = 0)
    {
        for (const Ticket &t : app->queue()->model()->tickets()) {
            if (t.id != skip && t.status != QLatin1String("closed") && !t.mergedInto) {
                app->mainWindow()->queueView()->selectTicket(t.id);
                return t;
            }
        }
        return {};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_desk.dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("cannot write the test file");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
    }

    void cleanup() { m_desk.tearDown(); }

    void uploadShowsAttachmentAndOversizeIsRefused()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        const Ticket ticket = selectActive(app.get());
        QVERIFY(ticket.id > 0);
        TicketDetailPanel *panel = app->mainWindow()->detailPanel();
        AttachmentsView *view = app->ticketExtras()->attachments();
        QTRY_COMPARE_WITH_TIMEOUT(view->ticketId(), ticket.id, kNetworkTimeoutMs);
        panel->showTab(view);
        QVERIFY(child<QLabel>(view, "attachmentLimitsLabel")->text().contains(QStringLiteral("10 MB")));

        // A small scanned form (PNG signature + padding) is uploaded and listed with type and size.
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2040, 'x');
        const QString formPath = writeFile(QStringLiteral("consent-form.png"), png);
        QString asked;
        view->setFileChooser([&](QWidget *, bool save, const QString &suggested) {
            asked = save ? suggested : QString();
            return save ? m_desk.dir->filePath(QStringLiteral("saved.png")) : formPath;
        });
        const int before = view->count();
        QTest::mouseClick(child<QPushButton>(view, "attachButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->count(), before + 1, kNetworkTimeoutMs);
        auto *list = child<QTreeWidget>(view, "attachmentList");
        QList<QTreeWidgetItem *> found = list->findItems(QStringLiteral("consent-form.png"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->text(1), QStringLiteral("PNG image"));
        QCOMPARE(found.first()->text(2), AttachmentsView::formatSize(png.size()));
        QVERIFY(view->message().contains(QStringLiteral("consent-form.png")));

        // Saving downloads the same bytes.
        list->setCurrentItem(found.first());
        QTest::mouseClick(child<QPushButton>(view, "saveAttachmentButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->message().startsWith(QStringLiteral("Saved to")), kNetworkTimeoutMs);
        QCOMPARE(asked, QStringLiteral("consent-form.png"));
        QFile saved(m_desk.dir->filePath(QStringLiteral("saved.png")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), png);
        saveGrab(app->mainWindow(), QStringLiteral("ticketextras-attachments"));

        // A file over the limit is refused before upload, with a message naming the limit.
        const QString bigPath = writeFile(QStringLiteral("big-scan.pdf"),
                                          QByteArray("%PDF-1.4\n") + QByteArray(11 * 1024 * 1024, ' '));
        view->setFileChooser([&](QWidget *, bool, const QString &) { return bigPath; });
        const int count = view->count();
        QTest::mouseClick(child<QPushButton>(view, "attachButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->message().contains(QStringLiteral("at most 10 MB")), kNetworkTimeoutMs);
        QCOMPARE(view->count(), count);
        QVERIFY(child<QPushButton>(view, "attachButton")->isEnabled());

        // A file of another type is refused too.
        const QString textPath = writeFile(QStringLiteral("notes.txt"), QByteArray("hello"));
        view->setFileChooser([&](QWidget *, bool, const QString &) { return textPath; });
        QTest::mouseClick(child<QPushButton>(view, "attachButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->message().contains(QStringLiteral("PDF, PNG, JPEG and TIFF")),
                                 kNetworkTimeoutMs);
        QCOMPARE(view->count(), count);
        saveGrab(app->mainWindow(), QStringLiteral("ticketextras-attachment-refused"));
    }

    void linkAndUnlinkShowChipsAndMergeShowsMergedInto()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        const Ticket other = selectActive(app.get());
        const Ticket ticket = selectActive(app.get(), other.id);
        QVERIFY(ticket.id > 0 && other.id > 0);
        TicketLinksBar *bar = app->ticketExtras()->links();
        QTRY_VERIFY(bar->isVisible());
        const QStringList before = bar->chipTexts();

        QTest::mouseClick(child<QPushButton>(bar, "linkButton"), Qt::LeftButton);
        LinkDialog *dialog = app->ticketExtras()->linkDialog();
        QVERIFY(dialog->isVisible());
        auto *kind = child<QComboBox>(dialog, "linkKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("ticket")));
        QTest::keyClicks(child<QLineEdit>(dialog, "linkTargetEdit"), other.displayNumber());
        saveGrab(dialog, QStringLiteral("ticketextras-linkdialog"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkOkButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        const QString chip = QStringLiteral("Ticket: %1").arg(other.displayNumber());
        QTRY_VERIFY_WITH_TIMEOUT(bar->chipTexts().contains(chip), kNetworkTimeoutMs);
        QCOMPARE(bar->chipTexts().size(), before.size() + 1);
        saveGrab(app->mainWindow(), QStringLiteral("ticketextras-links"));

        // A link to a record that does not exist is refused in plain words, and no chip appears.
        QTest::mouseClick(child<QPushButton>(bar, "linkButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "linkTargetEdit"), QStringLiteral("T-999999"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkOkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->statusBar()->currentMessage().contains(QStringLiteral("no ticket")),
                                 kNetworkTimeoutMs);
        QCOMPARE(bar->chipTexts().size(), before.size() + 1);
        QCOMPARE(app->session()->outbox()->conflicts().size(), 0);

        // The chip's × removes the link.
        QToolButton *remove = nullptr;
        for (QToolButton *b : bar->findChildren<QToolButton *>(QStringLiteral("unlinkButton"))) {
            if (b->accessibleName().contains(other.displayNumber()))
                remove = b;
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->chipTexts().contains(chip), kNetworkTimeoutMs);

        // Merge into the other ticket, confirmed in the dialog. "All" statuses keep the merged
        // (closed) ticket in the queue, so the panel keeps showing it.
        auto *statusFilter = child<QComboBox>(app->mainWindow()->queueView(), "statusFilter");
        statusFilter->setCurrentIndex(1);
        app->mainWindow()->queueView()->selectTicket(ticket.id);
        QTRY_COMPARE(app->mainWindow()->detailPanel()->ticket()->id, ticket.id);
        auto *merged = child<QLabel>(app->mainWindow()->detailPanel(), "mergedValue");
        QVERIFY(!merged->isVisible());
        QTest::mouseClick(child<QPushButton>(bar, "mergeButton"), Qt::LeftButton);
        MergeDialog *merge = app->ticketExtras()->mergeDialog();
        QVERIFY(merge->isVisible());
        auto *ok = child<QPushButton>(merge, "mergeOkButton");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(merge, "mergeTargetEdit"), other.displayNumber());
        QVERIFY(ok->isEnabled());
        QVERIFY(child<QLabel>(merge, "mergeConsequenceLabel")->text().contains(QStringLiteral("will be closed")));
        saveGrab(merge, QStringLiteral("ticketextras-mergedialog"));
        QTest::mouseClick(ok, Qt::LeftButton);
        const QString expected = QStringLiteral("Merged into %1").arg(other.displayNumber());
        QTRY_COMPARE_WITH_TIMEOUT(merged->text(), expected, kNetworkTimeoutMs);
        QVERIFY(merged->isVisible());
        QVERIFY(!child<QPushButton>(bar, "mergeButton")->isEnabled());
        QCOMPARE(app->queue()->model()->ticketById(ticket.id)->status, QStringLiteral("closed"));
        saveGrab(app->mainWindow(), QStringLiteral("ticketextras-merged"));
    }

    void supervisorCreatesCannedResponseAndSpecialistInsertsIt()
    {
        const QString title = QStringLiteral("Password reset steps");
        const QString body = QStringLiteral("Open the IIS sign-in page and choose \"Forgot password\".");
        {
            auto app = signedIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor"));
            QAction *manage = app->mainWindow()->findChild<QAction *>(QStringLiteral("manageCannedResponsesAction"));
            QVERIFY(manage && manage->isEnabled());
            manage->trigger();
            CannedResponsesDialog *dialog = app->ticketExtras()->cannedDialog();
            QVERIFY(dialog->isVisible());
            auto *list = child<QListWidget>(dialog, "cannedList");
            QTRY_VERIFY_WITH_TIMEOUT(list->count() > 0 || dialog->errorText().isEmpty(), kNetworkTimeoutMs);
            const int before = app->cannedResponses()->responses().size();
            QTest::mouseClick(child<QPushButton>(dialog, "cannedNewButton"), Qt::LeftButton);
            auto *save = child<QPushButton>(dialog, "cannedSaveButton");
            QVERIFY(!save->isEnabled());
            QTest::keyClicks(child<QLineEdit>(dialog, "cannedTitleEdit"), title);
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "cannedBodyEdit"), body);
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(app->cannedResponses()->responses().size(), before + 1, kNetworkTimeoutMs);
            // The saved response is listed and stays selected, whatever order the lists arrive in.
            QTRY_VERIFY(!list->findItems(title, Qt::MatchExactly).isEmpty() && list->currentItem());
            QCOMPARE(list->currentItem()->text(), title);
            QVERIFY(dialog->errorText().isEmpty());
            saveGrab(dialog, QStringLiteral("ticketextras-canned"));

            // Editing keeps the version: the server accepts the change.
            auto *titleEdit = child<QLineEdit>(dialog, "cannedTitleEdit");
            titleEdit->clear();
            QTest::keyClicks(titleEdit, title + QStringLiteral(" (v2)"));
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(title + QStringLiteral(" (v2)"), Qt::MatchExactly).isEmpty(),
                                     kNetworkTimeoutMs);
            QVERIFY(dialog->errorText().isEmpty());
            app->session()->signOut();
        }
        // A specialist sees it in the composer and inserts it.
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        QVERIFY(!app->mainWindow()->findChild<QAction *>(QStringLiteral("manageCannedResponsesAction"))->isEnabled());
        QVERIFY(selectActive(app.get()).id > 0);
        TimelineComposer *composer = app->mainWindow()->detailPanel()->composer();
        auto *combo = child<QComboBox>(composer, "cannedCombo");
        const QString shown = title + QStringLiteral(" (v2)");
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(shown) > 0, kNetworkTimeoutMs);
        app->mainWindow()->detailPanel()->showTimeline();
        combo->setCurrentIndex(combo->findText(shown));
        Q_EMIT combo->activated(combo->findText(shown));
        QTRY_VERIFY(composer->findChild<QPlainTextEdit *>()->toPlainText().contains(body));
    }

    void offlineCallsAndTicketsWaitAsUnsentRowsAndArriveOnceAfterRestart()
    {
        const QString callSubject = QStringLiteral("Offline call about a lost record card");
        const QString editorSubject = QStringLiteral("Offline fax from Valley Pediatrics");
        const auto rowsWith = [](Application *app, const QString &subject) {
            QList<Ticket> rows;
            for (const Ticket &t : app->queue()->model()->tickets()) {
                if (t.subject == subject)
                    rows.append(t);
            }
            return rows;
        };
        {
            auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
            MainWindow *w = app->mainWindow();
            auto *call = w->findChild<QAction *>(QStringLiteral("inboundCallAction"));
            auto *create = w->findChild<QAction *>(QStringLiteral("newTicketAction"));
            m_desk.server->stop();
            QTRY_VERIFY_WITH_TIMEOUT(!app->session()->isOnline(), kNetworkTimeoutMs);
            QVERIFY(app->session()->outbox()->isDurable());

            // An inbound call: the ticket and its call log are kept on this computer.
            QVERIFY(call->isEnabled());
            QVERIFY(call->toolTip().contains(QStringLiteral("Offline")));
            call->trigger();
            InboundCallDialog *dialog = app->inboundCall()->dialog();
            QTRY_VERIFY(dialog->isVisible());
            QTest::keyClicks(child<QLineEdit>(dialog, "callSubjectEdit"), callSubject);
            QTest::mouseClick(child<QPushButton>(dialog, "createCallTicketButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kNetworkTimeoutMs);

            // The ticket editor works offline too.
            QVERIFY(create->isEnabled());
            create->trigger();
            TicketEditorDialog *editor = app->editor();
            QTRY_VERIFY(editor->isVisible());
            QTest::keyClicks(child<QLineEdit>(editor, "subjectEdit"), editorSubject);
            auto *category = child<QComboBox>(editor, "categoryCombo");
            category->setCurrentIndex(category->findData(QStringLiteral("records_request")));
            QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible(), kNetworkTimeoutMs);
            QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("saved on this computer")));
            QCOMPARE(app->session()->outbox()->pendingCount(), 2);

            // Both show in the queue at once as "not yet sent" rows, which nothing can act on.
            for (const QString &subject : {callSubject, editorSubject}) {
                const QList<Ticket> rows = rowsWith(app.get(), subject);
                QCOMPARE(rows.size(), 1);
                QVERIFY(rows.first().isUnsent());
                const int row = app->queue()->model()->rowForId(rows.first().id);
                const QModelIndex number = app->queue()->model()->index(row, TicketListModel::NumberColumn);
                QCOMPARE(number.data().toString(), QStringLiteral("Not yet sent"));
                // Sorted by time to breach they come first: the newest work, with no clock yet.
                QCOMPARE(app->queue()->model()->index(row, TicketListModel::DueColumn).data().toString(),
                         QStringLiteral("Starts when sent"));
                QVERIFY(number.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not yet sent")));
                w->queueView()->selectTicket(rows.first().id);
                QCOMPARE(w->queueView()->currentTicketId(), qint64(0));
            }
            const QAbstractItemModel *shown = w->queueView()->findChild<QTableView *>()->model();
            for (int row = 0; row < 2; ++row)
                QVERIFY(shown->index(row, 0).data(TicketListModel::TicketIdRole).toLongLong() < 0);
            saveGrab(w, QStringLiteral("ticketextras-unsent-rows"));
        } // the desk goes away with both writes unsent, without signing out

        QVERIFY(m_desk.server->restart());
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->outbox()->pendingCount(), 0, kNetworkTimeoutMs);
        QCOMPARE(app->session()->outbox()->conflicts().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWith(app.get(), callSubject).size(), 1, kNetworkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWith(app.get(), editorSubject).size(), 1, kNetworkTimeoutMs);
        const Ticket called = rowsWith(app.get(), callSubject).first();
        QVERIFY(!called.isUnsent());
        QVERIFY(!rowsWith(app.get(), editorSubject).first().isUnsent());
        // The call was logged with its ticket, once, and met the first response.
        QVERIFY(called.firstResponseAt.isValid());
        izdesk::test::HttpTestClient check(m_desk.server->baseUrl());
        QCOMPARE(check.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        const auto entries = check.get(QStringLiteral("/api/v1/tickets/%1/entries").arg(called.id))
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
        const auto server = check.get(QStringLiteral("/api/v1/tickets?q=%1").arg(QStringLiteral("lost record card")))
                                .object()
                                .value(QStringLiteral("items"))
                                .toArray();
        QCOMPARE(server.size(), 1);
    }
};

QTEST_MAIN(TestTicketExtras)
#include "tst_ticketextras.moc"
