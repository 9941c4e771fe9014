// PatientSearchView: states (hint, searching, no match, error), the per-field explanation of
// the selected row, keyboard (Enter searches now or opens, Down into the list, Ctrl+L links)
// — and the spec's acceptance example end to end against a real in-process server: the
// specialist presses F3, types "Jon Smyth 03/04/2019", finds JONATHAN SMITH born 2019-04-03
// at the top with its explanation, opens the record with Enter (masked until verification)
// and links it to the selected ticket with Ctrl+L.
#include "../server/patienttestdata.h"

#include "guitesthelpers.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "patientconnector.h"
#include "patientcontroller.h"
#include "patientrecordview.h"
#include "patientresultmodel.h"
#include "patientsearchview.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"

#include <serverapp.h>
#include <testserver.h>

#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

namespace {

constexpr int kTimeoutMs = 30000;

PatientMatch match(qint64 id, const QString &first, const QString &last, const QString &dob, double score,
                   const QString &grade, const QJsonArray &explanation, const QStringList &badges = {})
{
    return PatientMatch::fromJson(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("iis_id"), QStringLiteral("IIS%1").arg(id, 7, 10, QLatin1Char('0'))},
        {QStringLiteral("first_name"), first},
        {QStringLiteral("last_name"), last},
        {QStringLiteral("birth_date"), dob},
        {QStringLiteral("sex"), QStringLiteral("M")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Saint Paul")}}},
        {QStringLiteral("score"), score},
        {QStringLiteral("grade"), grade},
        {QStringLiteral("explanation"), explanation},
        {QStringLiteral("badges"), QJsonArray::fromStringList(badges)},
        {QStringLiteral("vetoes"), QJsonArray{}},
    });
}

QJsonObject part(const QString &field, const QString &level, double weight)
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("level"), level}, {QStringLiteral("weight"), weight}};
}

QList<PatientMatch> sampleMatches()
{
    return {match(1, QStringLiteral("JONATHAN"), QStringLiteral("SMITH"), QStringLiteral("2019-04-03"), 19.4,
                  QStringLiteral("probable"),
                  {part(QStringLiteral("first_name"), QStringLiteral("nickname"), 5.1),
                   part(QStringLiteral("last_name"), QStringLiteral("phonetic"), 4.9),
                   part(QStringLiteral("birth_date"), QStringLiteral("transposed"), 7.0)}),
            match(2, QStringLiteral("JANE"), QStringLiteral("SMITH"), QStringLiteral("2019-03-04"), 9.2,
                  QStringLiteral("possible"),
                  {part(QStringLiteral("first_name"), QStringLiteral("disagree"), -3.2),
                   part(QStringLiteral("birth_date"), QStringLiteral("exact"), 10.1)},
                  {QStringLiteral("twin_guard")})};
}

} // namespace

class TestPatientSearchView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statesAndExplanation()
    {
        PatientResultModel model;
        PatientSearchView view;
        view.setModel(&model);
        view.resize(760, 560);
        view.show();
        auto *status = child<QLabel>(&view, "patientSearchStatus");
        QVERIFY(status->text().startsWith(QStringLiteral("Type what the caller says")));
        view.showSearching(QStringLiteral("smith"));
        QVERIFY(child<QProgressBar>(&view, "patientSearchBusy")->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Searching…"));

        model.setMatches({});
        view.showResults(QStringLiteral("zz"), 0);
        QVERIFY(!child<QProgressBar>(&view, "patientSearchBusy")->isVisible());
        QCOMPARE(status->text(), QStringLiteral("No patients match — try fewer words or check the date."));
        testing::saveGrab(&view, QStringLiteral("patientsearch-empty"));

        view.showFailed(QStringLiteral("zz"), QStringLiteral("The server cannot be reached."));
        QVERIFY(status->text().contains(QStringLiteral("The server cannot be reached.")));

        model.setMatches(sampleMatches());
        view.showResults(QStringLiteral("Jon Smyth 03/04/2019"), 2);
        QCOMPARE(view.currentPatientId(), 1); // the best match is selected
        auto *explanation = child<QTableWidget>(&view, "explanationTable");
        QCOMPARE(explanation->rowCount(), 3);
        QCOMPARE(explanation->item(0, 0)->text(), QStringLiteral("First name"));
        QCOMPARE(explanation->item(0, 1)->text(), QStringLiteral("nickname"));
        QCOMPARE(explanation->item(0, 2)->text(), QStringLiteral("+5.1"));
        QCOMPARE(explanation->item(2, 1)->text(), QStringLiteral("day and month swapped"));
        QVERIFY(child<QLabel>(&view, "explainSummary")->text().contains(QStringLiteral("Probable match, score 19.4")));
        // Hover: the same explanation as a tooltip on every cell.
        const QString tip = model.index(1, PatientResultModel::CityColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("First name: differs (-3.2)")), qPrintable(tip));
        QCOMPARE(model.index(1, PatientResultModel::BadgesColumn).data().toString(), QStringLiteral("Twin?"));

        auto *table = child<QTableView>(&view, "patientResultsTable");
        table->setCurrentIndex(model.index(1, 0));
        QCOMPARE(explanation->rowCount(), 2);
        QCOMPARE(explanation->item(0, 2)->text(), QStringLiteral("-3.2"));

        // The breakdown folds away.
        auto *toggle = view.findChild<QWidget *>(QStringLiteral("explainToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!explanation->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(explanation->isVisible());
        table->setCurrentIndex(model.index(0, 0));
        testing::saveGrab(&view, QStringLiteral("patientsearch-results"));
    }

    void keyboard()
    {
        PatientResultModel model;
        PatientSearchView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QSignalSpy edited(&view, &PatientSearchView::searchTextEdited);
        QSignalSpy submitted(&view, &PatientSearchView::searchSubmitted);
        QSignalSpy opened(&view, &PatientSearchView::openRequested);
        QSignalSpy linked(&view, &PatientSearchView::linkRequested);
        auto *edit = child<QLineEdit>(&view, "patientSearchEdit");
        view.focusSearch();
        QTest::keyClicks(edit, QStringLiteral("Jon Smyth"));
        QCOMPARE(edited.size(), 9);
        // No results for this text yet: Enter searches at once.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(opened.size(), 0);
        model.setMatches(sampleMatches());
        view.showResults(QStringLiteral("Jon Smyth"), 2);
        // Results answer the text in the box: Enter opens the selected (best) one.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), 1);
        // Down walks into the list; Enter there opens that row.
        QTest::keyClick(edit, Qt::Key_Down);
        auto *table = child<QTableView>(&view, "patientResultsTable");
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toLongLong(), 2);
        // Ctrl+L needs a ticket to link to.
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(linked.size(), 0);
        view.setLinkTarget(5, QStringLiteral("#5"));
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.at(0).at(0).toLongLong(), 2);
        for (QWidget *w : view.findChildren<QWidget *>()) {
            if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(&view) && !w->inherits("QScrollBar")
                && w->parentWidget() == &view)
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    // The acceptance example, through the real main window wiring and a real server.
    void jonSmythAgainstRealServer()
    {
        QTemporaryDir dir;
        test::TestServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto ids = test::insertRegistry(server.app()->database(), &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        Settings settings(dir.filePath(QStringLiteral("izdesk.ini")), dir.filePath(QStringLiteral("data")));
        settings.setValue(Settings::Key::TrainingUrl, server.baseUrl().toString());
        MemoryCredentialStore keychain;
        SessionController session(&settings, &keychain);
        TicketQueueController queue(&session);
        PatientController patients(&session);
        MainWindow window;
        window.queueView()->setSourceModel(queue.model());
        PatientConnector connector(&window, &patients, &queue);

        QSignalSpy refreshed(&queue, &TicketQueueController::refreshFinished);
        session.signIn(QStringLiteral("training"), QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        QVERIFY(refreshed.wait(kTimeoutMs) || !refreshed.isEmpty());
        window.resize(1500, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.queueView()->selectFirstTicket());
        const qint64 ticketId = window.queueView()->currentTicketId();

        QTest::keyClick(&window, Qt::Key_F3);
        QDockWidget *dock = window.patientDock();
        QVERIFY(dock->isVisible());
        auto *edit = child<QLineEdit>(dock, "patientSearchEdit");
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("Jon Smyth 03/04/2019"));
        auto *table = child<QTableView>(dock, "patientResultsTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0 && !patients.isSearching(), kTimeoutMs);
        QCOMPARE(table->model()->index(0, PatientResultModel::NameColumn).data().toString(),
                 QStringLiteral("JONATHAN SMITH"));
        QCOMPARE(table->model()->index(0, PatientResultModel::BirthDateColumn).data().toString(),
                 QStringLiteral("2019-04-03"));
        auto *explanation = child<QTableWidget>(dock, "explanationTable");
        QStringList fields;
        for (int r = 0; r < explanation->rowCount(); ++r)
            fields << explanation->item(r, 0)->text() + QLatin1Char('=') + explanation->item(r, 1)->text();
        QVERIFY2(fields.contains(QStringLiteral("First name=nickname")), qPrintable(fields.join(u';')));
        QVERIFY2(fields.contains(QStringLiteral("Date of birth=day and month swapped")), qPrintable(fields.join(u';')));
        testing::saveGrab(&window, QStringLiteral("patientsearch-window"));

        // Enter opens the record: name and date of birth, everything gated still masked.
        QTest::keyClick(edit, Qt::Key_Return);
        auto *stack = child<QStackedWidget>(dock, "patientStack");
        QCOMPARE(stack->currentWidget(), connector.recordView());
        auto *name = child<QLabel>(dock, "patientNameValue");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("JONATHAN SMITH"), kTimeoutMs);
        QVERIFY(child<QLabel>(dock, "addressValue")->text().contains(QStringLiteral("hidden")));
        QVERIFY(child<QLabel>(dock, "historyGateLabel")->isVisible());
        QVERIFY(child<QTableWidget>(dock, "identifiersTable")->rowCount() >= 1);

        // Ctrl+L links the patient to the ticket selected in the queue.
        QSignalSpy linked(&patients, &PatientController::patientLinked);
        QTest::keyClick(connector.recordView()->focusWidget() ? connector.recordView()->focusWidget()
                                                              : static_cast<QWidget *>(connector.recordView()),
                        Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, kTimeoutMs);
        QCOMPARE(linked.at(0).at(0).toLongLong(), ticketId);
        QCOMPARE(linked.at(0).at(1).toLongLong(), ids.value(QStringLiteral("jonathan")));
        QTRY_VERIFY(child<QPushButton>(dock, "recordLinkButton")->text().startsWith(QStringLiteral("Linked to")));
        testing::saveGrab(&window, QStringLiteral("patientrecord-window"));

        // Esc goes back to the results; "Open patient from ticket" finds the linked patient.
        QTest::keyClick(connector.recordView()->focusWidget(), Qt::Key_Escape);
        QCOMPARE(stack->currentWidget(), connector.searchView());
        auto hasLink = [&] {
            const auto t = queue.model()->ticketById(ticketId);
            return t && std::any_of(t->links.cbegin(), t->links.cend(), [](const TicketLink &l) {
                       return l.kind == QLatin1String("patient");
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasLink(), kTimeoutMs);
        name->clear();
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("JONATHAN SMITH"), kTimeoutMs);

        // Signing out takes every patient off the screen.
        QSignalSpy ended(&patients, &PatientController::sessionEnded);
        session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kTimeoutMs);
        QVERIFY(!dock->isVisible());
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(connector.recordView()->patientId(), 0);
    }
};

QTEST_MAIN(TestPatientSearchView)
#include "tst_patientsearchview.moc"
