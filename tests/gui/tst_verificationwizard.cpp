// The caller verification wizard in the real app (Application) against the real in-process
// server with seeded patients, driven by keyboard offscreen: a guardian verified factor by
// factor (with the wizard closed and reopened mid-way losing nothing), then the history read
// and a mail release saved as PDF and recorded as a disclosure; a failed attempt shows ✗ and
// the failed outcome, and three failures lock phone release.
#include "application.h"
#include "disclosuresview.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "httptestclient.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "releasedialog.h"
#include "settings.h"
#include "testserver.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "verificationconnector.h"
#include "verificationstatussection.h"
#include "verificationwizard.h"

#include "patients/patientinput.h"
#include "patients/patientwriter.h"
#include "serverapp.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

namespace {
constexpr int kTimeoutMs = 20000;
}

class TestVerificationWizard : public QObject
{
    Q_OBJECT

    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;
    qint64 m_patient = 0;
    qint64 m_ticket = 0;

    qint64 seedPatient(const QString &first, const QDate &dob, bool withGuardian)
    {
        server::PatientInput p;
        p.first = first;
        p.last = QStringLiteral("SMITH");
        p.dob = dob;
        p.sex = QStringLiteral("M");
        p.addresses << server::PatientInput::Address{QStringLiteral("home"), QStringLiteral("12 Maple Ave"),
                                                     QStringLiteral("Saint Paul"), QStringLiteral("MN"), QStringLiteral("55101")};
        p.phones << server::PatientInput::Phone{QStringLiteral("home"), QStringLiteral("651-555-0142")};
        if (withGuardian)
            p.guardians << server::PatientInput::Guardian{QStringLiteral("Maria"), QStringLiteral("Smith"),
                                                          QStringLiteral("mother"), QString()};
        server::ImmunizationInput dtap;
        dtap.cvx = QStringLiteral("20");
        dtap.date = QDate(2019, 6, 3);
        server::ImmunizationInput mmr;
        mmr.cvx = QStringLiteral("03");
        mmr.date = QDate(2020, 4, 5);
        server::Database &database = m_desk.server->app()->database();
        QSqlDatabase db = database.connection();
        server::PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
        QString error;
        db.transaction();
        const auto id = writer.insert(p, &error);
        const bool ok = id && writer.insertImmunization(*id, dtap, &error) && writer.insertImmunization(*id, mmr, &error)
                        && writer.flush(&error);
        if (!ok) {
            db.rollback();
            qWarning("seeding failed: %s", qPrintable(error));
            return 0;
        }
        db.commit();
        return *id;
    }

    // Links the patient to the first ticket of the seeded queue (over the API, as a
    // specialist would from the patient view).
    qint64 linkToTicket(qint64 patientId, int ticketIndex)
    {
        test::HttpTestClient http(m_desk.server->baseUrl());
        if (http.login(QStringLiteral("trainer"), QStringLiteral("izdesk-trainer")).status != 201)
            return 0;
        const auto list = http.get(QStringLiteral("/api/v1/tickets?limit=10"));
        const QJsonArray items = list.object().value(QStringLiteral("items")).toArray();
        if (items.size() <= ticketIndex)
            return 0;
        const qint64 ticket = items.at(ticketIndex).toObject().value(QStringLiteral("id")).toInteger();
        const auto linked = http.post(QStringLiteral("/api/v1/tickets/%1/links").arg(ticket),
                                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("patient")},
                                                  {QStringLiteral("target"), QString::number(patientId)}});
        if (linked.status != 201)
            qWarning("link failed: %d %s", linked.status, linked.raw.constData());
        return linked.status == 201 ? ticket : 0;
    }

    std::unique_ptr<Application> signedInApp()
    {
        auto app = std::make_unique<Application>(m_desk.settings.get(), &m_credentials);
        app->start();
        LoginDialog *login = app->loginDialog();
        auto *combo = child<QComboBox>(login, "profileCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("training")));
        QTest::keyClicks(child<QLineEdit>(login, "usernameEdit"), QStringLiteral("trainer"));
        auto *pass = child<QLineEdit>(login, "passwordEdit");
        QTest::keyClicks(pass, QStringLiteral("izdesk-trainer"));
        QTest::keyClick(pass, Qt::Key_Return);
        return app;
    }

    // Selects the ticket and opens the wizard with Ctrl+Shift+V.
    static VerificationWizard *openWizard(Application *app, qint64 ticket)
    {
        MainWindow *w = app->mainWindow();
        w->activateWindow(); // back from the closed wizard
        if (!QTest::qWaitForWindowActive(w))
            return nullptr;
        w->queueView()->selectTicket(ticket);
        if (w->queueView()->currentTicketId() != ticket)
            return nullptr;
        QTest::keyClick(w, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        VerificationWizard *wizard = app->verificationArea()->wizard();
        QDeadlineTimer deadline(kTimeoutMs);
        while (!wizard->isVisible() && !deadline.hasExpired())
            QTest::qWait(20);
        // Typing goes to the active window, as for a specialist: wait until the wizard is it
        // (the offscreen platform does not always activate a dialog shown a second time).
        if (!wizard->isVisible())
            return nullptr;
        deadline.setRemainingTime(kTimeoutMs);
        while (QApplication::activeWindow() != wizard && !deadline.hasExpired()) {
            wizard->activateWindow();
            QTest::qWait(50);
        }
        return QApplication::activeWindow() == wizard ? wizard : nullptr;
    }

    // On page 1 with the list focused: Down to "guardian", Enter starts the attempt.
    static bool startGuardian(VerificationWizard *wizard)
    {
        auto *types = child<QListWidget>(wizard, "callerTypeList");
        // The caller type list has the focus: the specialist starts typing nothing, just picks.
        QDeadlineTimer focusDeadline(kTimeoutMs);
        while (QApplication::focusWidget() != types && !focusDeadline.hasExpired())
            QTest::qWait(20);
        if (QApplication::focusWidget() != types) {
            qWarning("caller type list not focused");
            return false;
        }
        types->setCurrentRow(0);
        QTest::keyClick(types, Qt::Key_Down);
        if (types->currentItem()->data(Qt::UserRole).toString() != QLatin1String("guardian"))
            return false;
        QTest::keyClick(types, Qt::Key_Return);
        QDeadlineTimer deadline(kTimeoutMs);
        QLineEdit *dob = nullptr;
        while (!deadline.hasExpired() && !(dob && dob->isEnabled() && wizard->attemptId() > 0)) {
            QTest::qWait(20);
            dob = wizard->findChild<QLineEdit *>(QStringLiteral("birth_dateEdit"));
        }
        return dob && dob->isEnabled();
    }

    static QString result(VerificationWizard *wizard, const char *factor)
    {
        auto *label = wizard->findChild<QLabel *>(QLatin1String(factor) + QStringLiteral("Result"));
        return label ? label->text() : QString();
    }

    static void type(VerificationWizard *wizard, const char *edit, const QString &text, bool enter)
    {
        auto *e = wizard->findChild<QLineEdit *>(QLatin1String(edit));
        QVERIFY2(e, edit);
        QVERIFY2(e->isEnabled(), edit);
        QTest::keyClicks(e, text);
        if (enter)
            QTest::keyClick(e, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
    }

    void cleanup() { m_desk.tearDown(); }

    // The supervisor's view on its own: alerts with Acknowledge / Lift lock (a reason is
    // required before anything is asked of the server) and a patient's disclosures.
    void disclosuresViewAsksForAReasonBeforeLiftingALock()
    {
        DisclosuresView view;
        QSignalSpy lift(&view, &DisclosuresView::liftLockRequested);
        QSignalSpy ack(&view, &DisclosuresView::acknowledgeRequested);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        view.setAlerts({{4, QStringLiteral("release_locked"), 24, 7, at}, {5, QStringLiteral("referral"), 25, 0, at}});
        view.setDisclosures(7, {{11, at, QStringLiteral("mail"), QStringLiteral("Parent or guardian of a minor"),
                                 QStringLiteral("Parent or guardian of JONATHAN SMITH, 12 Maple Ave"), 24, QStringLiteral("trainer")}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *alerts = child<QTableWidget>(&view, "alertTable");
        QCOMPARE(alerts->rowCount(), 2);
        QVERIFY(alerts->item(0, 0)->text().contains(QStringLiteral("locked")));
        QCOMPARE(child<QTableWidget>(&view, "disclosureTable")->rowCount(), 1);
        auto *liftButton = child<QPushButton>(&view, "liftLockButton");
        QTest::mouseClick(liftButton, Qt::LeftButton);
        QVERIFY(lift.isEmpty());
        QVERIFY(child<QLabel>(&view, "disclosuresMessage")->text().contains(QStringLiteral("reason")));
        QTest::keyClicks(child<QLineEdit>(&view, "liftReasonEdit"), QStringLiteral("Verified in person"));
        QTest::mouseClick(liftButton, Qt::LeftButton);
        QCOMPARE(lift.size(), 1);
        QCOMPARE(lift.constFirst().at(0).toLongLong(), 7);
        QTest::mouseClick(child<QPushButton>(&view, "acknowledgeButton"), Qt::LeftButton);
        QCOMPARE(ack.constFirst().at(0).toLongLong(), 4);
        alerts->selectRow(1); // a referral has no patient lock to lift
        QVERIFY(!liftButton->isEnabled());
        testing::saveGrab(&view, QStringLiteral("disclosuresview"));
    }

    void guardianVerifiedThenHistoryAndMailRelease()
    {
        m_patient = seedPatient(QStringLiteral("JONATHAN"), QDate(2019, 4, 3), true);
        QVERIFY(m_patient > 0);
        m_ticket = linkToTicket(m_patient, 0);
        QVERIFY(m_ticket > 0);
        auto app = signedInApp();
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->isVisible(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->model()->ticketById(m_ticket).has_value(), kTimeoutMs);

        VerificationWizard *wizard = openWizard(app.get(), m_ticket);
        QVERIFY(wizard);
        QVERIFY(wizard->bannerText().startsWith(QStringLiteral("Not verified")));
        auto *subject = child<QComboBox>(wizard, "subjectCombo");
        QCOMPARE(subject->currentData().toLongLong(), m_patient);
        QVERIFY(subject->currentText().contains(QStringLiteral("linked to this ticket")));
        testing::saveGrab(wizard, QStringLiteral("verificationwizard-start"));
        QVERIFY(startGuardian(wizard));
        QVERIFY(wizard->bannerText().startsWith(QStringLiteral("● Verification in progress")));
        QCOMPARE(QApplication::focusWidget(), wizard->findChild<QWidget *>(QStringLiteral("full_name_firstEdit")));
        testing::saveGrab(wizard, QStringLiteral("verificationwizard-progress"));

        type(wizard, "full_name_firstEdit", QStringLiteral("Jonathan"), false);
        type(wizard, "full_name_lastEdit", QStringLiteral("Smith"), true);
        QTRY_COMPARE_WITH_TIMEOUT(result(wizard, "full_name"), QStringLiteral("✓ Match"), kTimeoutMs);
        type(wizard, "birth_dateEdit", QStringLiteral("04/03/2019"), true);
        QTRY_COMPARE_WITH_TIMEOUT(result(wizard, "birth_date"), QStringLiteral("✓ Match"), kTimeoutMs);

        // Close mid-way with Escape and reopen: what was typed and the results are still there.
        type(wizard, "phoneEdit", QStringLiteral("651-555"), false);
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
        wizard = openWizard(app.get(), m_ticket);
        QVERIFY(wizard);
        QCOMPARE(child<QLineEdit>(wizard, "phoneEdit")->text(), QStringLiteral("651-555"));
        QCOMPARE(result(wizard, "full_name"), QStringLiteral("✓ Match"));
        QCOMPARE(result(wizard, "birth_date"), QStringLiteral("✓ Match"));
        QVERIFY(!child<QLineEdit>(wizard, "birth_dateEdit")->isEnabled());
        QVERIFY(wizard->bannerText().startsWith(QStringLiteral("● Verification in progress")));

        type(wizard, "phoneEdit", QStringLiteral("-0142"), true);
        QTRY_COMPARE_WITH_TIMEOUT(result(wizard, "phone"), QStringLiteral("✓ Match"), kTimeoutMs);
        QCOMPARE(result(wizard, "address"), QStringLiteral("Not needed")); // one of them was enough
        type(wizard, "guardian_listed_firstEdit", QStringLiteral("Maria"), false);
        type(wizard, "guardian_listed_lastEdit", QStringLiteral("Smith"), true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->bannerText().startsWith(QStringLiteral("✓ Verified")), kTimeoutMs);
        QVERIFY2(wizard->bannerText().contains(QStringLiteral("mail to the address on file")), qPrintable(wizard->bannerText()));
        QVERIFY(wizard->bannerText().contains(QStringLiteral("Expires in")));
        auto *status = app->verificationArea()->statusSection();
        QTRY_VERIFY_WITH_TIMEOUT(status->statusText().startsWith(QStringLiteral("✓ Verified")), kTimeoutMs);
        testing::saveGrab(wizard, QStringLiteral("verificationwizard-verified"));
        testing::saveGrab(app->mainWindow(), QStringLiteral("verificationwizard-mainwindow"));

        // The history to read to the caller.
        QTest::mouseClick(child<QPushButton>(wizard, "showHistoryButton"), Qt::LeftButton);
        auto *history = child<QTableWidget>(wizard, "historyTable");
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, kTimeoutMs);
        QVERIFY(!history->item(0, 1)->text().isEmpty());
        testing::saveGrab(wizard, QStringLiteral("verificationwizard-history"));

        // Release by mail: the dialog offers only what the guardian's verification allows.
        QTest::mouseClick(child<QPushButton>(wizard, "releaseRecordButton"), Qt::LeftButton);
        ReleaseDialog *release = app->verificationArea()->releaseDialog();
        QTRY_VERIFY(release->isVisible());
        QCOMPARE(release->offeredMethods(), (QStringList{QStringLiteral("mail"), QStringLiteral("print")}));
        QCOMPARE(release->selectedMethod(), QStringLiteral("mail"));
        const QString pdf = m_desk.dir->filePath(QStringLiteral("released.pdf"));
        auto *path = child<QLineEdit>(release, "releasePathEdit");
        path->clear();
        QTest::keyClicks(path, pdf);
        QTest::mouseClick(child<QPushButton>(release, "releaseButton"), Qt::LeftButton);
        auto *releaseStatus = child<QLabel>(release, "releaseStatus");
        QTRY_VERIFY_WITH_TIMEOUT(releaseStatus->text().startsWith(QStringLiteral("✓ Released")), kTimeoutMs);
        QVERIFY2(releaseStatus->text().contains(QStringLiteral("Maple"), Qt::CaseInsensitive), qPrintable(releaseStatus->text()));
        testing::saveGrab(release, QStringLiteral("releasedialog-app"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY(file.size() > 1000);

        // The disclosure is on the patient's accounting, addressed to the address on file.
        test::HttpTestClient http(m_desk.server->baseUrl());
        QCOMPARE(http.login(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")).status, 201);
        const auto disclosures = http.get(QStringLiteral("/api/v1/patients/%1/disclosures").arg(m_patient));
        QCOMPARE(disclosures.status, 200);
        bool mailed = false;
        for (const QJsonValue &v : disclosures.object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("method")).toString() == QLatin1String("mail")
                && d.value(QStringLiteral("ticket_id")).toInteger() == m_ticket)
                mailed = d.value(QStringLiteral("recipient")).toString().contains(QStringLiteral("Maple"), Qt::CaseInsensitive);
        }
        QVERIFY(mailed);
    }

    void failedAttemptsShowNoMatchAndThenTheLock()
    {
        m_patient = seedPatient(QStringLiteral("LUCAS"), QDate(2018, 2, 2), true);
        QVERIFY(m_patient > 0);
        m_ticket = linkToTicket(m_patient, 1);
        QVERIFY(m_ticket > 0);
        auto app = signedInApp();
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->isVisible(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(app->queue()->model()->ticketById(m_ticket).has_value(), kTimeoutMs);
        VerificationWizard *wizard = openWizard(app.get(), m_ticket);
        QVERIFY(wizard);

        for (int attempt = 1; attempt <= 3; ++attempt) {
            QVERIFY(startGuardian(wizard));
            type(wizard, "birth_dateEdit", QStringLiteral("01/01/2001"), true);
            QTRY_COMPARE_WITH_TIMEOUT(result(wizard, "birth_date"), QStringLiteral("✗ No match"), kTimeoutMs);
            const QString banner = wizard->bannerText();
            QVERIFY2(banner.startsWith(QStringLiteral("✗ Verification failed")), qPrintable(banner));
            QVERIFY2(banner.contains(QStringLiteral("%1 of 3").arg(attempt)), qPrintable(banner));
            QVERIFY(!child<QLineEdit>(wizard, "phoneEdit")->isEnabled()); // nothing more to check
            QVERIFY(!child<QPushButton>(wizard, "showHistoryButton")->isVisible());
            if (attempt == 1)
                testing::saveGrab(wizard, QStringLiteral("verificationwizard-failed"));
            if (attempt == 3)
                QVERIFY2(banner.contains(QStringLiteral("now locked")), qPrintable(banner));
            auto *again = child<QPushButton>(wizard, "newAttemptButton");
            QVERIFY(again->isVisible());
            QTest::mouseClick(again, Qt::LeftButton);
        }
        // A fourth attempt today is refused by the server, in plain words.
        auto *types = child<QListWidget>(wizard, "callerTypeList");
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(types), kTimeoutMs);
        QTest::keyClick(types, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->bannerText().startsWith(QStringLiteral("✗ Locked")), kTimeoutMs);
        QVERIFY(wizard->bannerText().contains(QStringLiteral("A supervisor has been alerted")));
        testing::saveGrab(wizard, QStringLiteral("verificationwizard-locked"));

        // Release is not offered without a passed verification: Ctrl+Alt+R explains and reopens the wizard.
        wizard->reject();
        app->mainWindow()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app->mainWindow()));
        QTest::keyClick(app->mainWindow(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!app->verificationArea()->releaseDialog()->isVisible());
        QTRY_VERIFY(wizard->isVisible());
    }
};

QTEST_MAIN(TestVerificationWizard)
#include "tst_verificationwizard.moc"
