#include "guitesthelpers.h"
#include "ticketeditordialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace izdesk;
using izdesk::testing::child;
using izdesk::testing::makeTicket;

class TestTicketEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesErrorsShownBeforeSending()
    {
        TicketEditorDialog dialog;
        dialog.startCreate();
        dialog.show();
        QSignalSpy spy(&dialog, &TicketEditorDialog::ticketSubmitted);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 0);
        QVERIFY(child<QLabel>(&dialog, "subjectError")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "categoryError")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "categoryError")->text().contains(QStringLiteral("required")));

        QTest::keyClicks(child<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("Locked out"));
        auto *category = child<QComboBox>(&dialog, "categoryCombo");
        category->setCurrentIndex(category->findData(QStringLiteral("account_access")));
        QTest::keyClicks(child<QLineEdit>(&dialog, "requesterNameEdit"), QStringLiteral("Dr. Rivera"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), 0);
        const QJsonObject body = spy.at(0).at(1).toJsonObject();
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Locked out"));
        QCOMPARE(body.value(QStringLiteral("category")).toString(), QStringLiteral("account_access"));
        QCOMPARE(body.value(QStringLiteral("requester_name")).toString(), QStringLiteral("Dr. Rivera"));
        QVERIFY(!child<QLabel>(&dialog, "subjectError")->isVisible());
        QVERIFY(dialog.isSaving());
        QVERIFY(dialog.isVisible()); // waits for the controller
    }

    void serverFieldErrorsShownAndInputKept()
    {
        TicketEditorDialog dialog;
        dialog.startCreate();
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("Needs a record"));
        auto *category = child<QComboBox>(&dialog, "categoryCombo");
        category->setCurrentIndex(category->findData(QStringLiteral("records_request")));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "descriptionEdit"), QStringLiteral("School nurse called."));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isSaving());
        dialog.showSaveFailed(QStringLiteral("2 fields are invalid"),
                              {{QStringLiteral("requester_contact"), QStringLiteral("must be a phone number or e-mail")},
                               {QStringLiteral("organization_id"), QStringLiteral("no such organization")}});
        QVERIFY(!dialog.isSaving());
        QVERIFY(dialog.isVisible());
        auto *contactError = child<QLabel>(&dialog, "requester_contactError");
        QVERIFY(contactError->isVisible());
        QCOMPARE(contactError->text(), QStringLiteral("must be a phone number or e-mail"));
        auto *formError = child<QLabel>(&dialog, "formError");
        QVERIFY(formError->isVisible());
        QVERIFY(formError->text().contains(QStringLiteral("2 fields are invalid")));
        auto *placeError = child<QLabel>(&dialog, "organization_idError");
        QVERIFY(placeError->isVisible());
        QCOMPARE(placeError->text(), QStringLiteral("no such organization"));
        QCOMPARE(child<QLineEdit>(&dialog, "subjectEdit")->text(), QStringLiteral("Needs a record"));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "descriptionEdit")->toPlainText(), QStringLiteral("School nurse called."));
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
    }

    void placePickerFindsAFacilityByCodeAndSendsBothIds()
    {
        TicketEditorDialog dialog;
        dialog.setPlaces({{4, 0, QStringLiteral("Lakeside Pediatrics"), {}, {}},
                          {4, 41, QStringLiteral("Lakeside Pediatrics"), QStringLiteral("North Clinic"), QStringLiteral("MN0410")},
                          {7, 0, QStringLiteral("Cedar County Public Health"), {}, {}},
                          {7, 70, QStringLiteral("Cedar County Public Health"), QStringLiteral("Main Office"), QStringLiteral("MN0700")}});
        dialog.startCreate();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy spy(&dialog, &TicketEditorDialog::ticketSubmitted);
        QTest::keyClicks(child<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("HL7 rejects"));
        auto *category = child<QComboBox>(&dialog, "categoryCombo");
        category->setCurrentIndex(category->findData(QStringLiteral("data_exchange")));
        auto *place = child<QComboBox>(&dialog, "placeCombo");
        QVERIFY(!place->accessibleName().isEmpty());
        // Alt+F (the label's mnemonic) jumps to the picker with its text selected; a specialist
        // types part of the facility code and the completer narrows to one entry.
        QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(place->lineEdit()->hasFocus());
        QTest::keyClicks(place->lineEdit(), QStringLiteral("0700"));
        QTRY_VERIFY(place->completer()->popup()->isVisible());
        QCOMPARE(place->completer()->completionCount(), 1);
        QTest::keyClick(place->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(place->completer()->popup(), Qt::Key_Return);
        QCOMPARE(place->currentText(), QStringLiteral("Cedar County Public Health — Main Office (MN0700)"));
        izdesk::testing::saveGrab(&dialog, QStringLiteral("ticket-editor-place"));
        QTest::keyClick(child<QLineEdit>(&dialog, "subjectEdit"), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
        const QJsonObject body = spy.at(0).at(1).toJsonObject();
        QCOMPARE(body.value(QStringLiteral("organization_id")).toInteger(), 7);
        QCOMPARE(body.value(QStringLiteral("facility_id")).toInteger(), 70);
    }

    void editKeepsThePlaceAndSendsOnlyAChangedFacility()
    {
        TicketEditorDialog dialog;
        Ticket t = makeTicket(12, QStringLiteral("Clinic locked out"), QStringLiteral("open"));
        t.organizationId = 4;
        t.organizationName = QStringLiteral("Lakeside Pediatrics");
        t.facilityId = 41;
        // The directory arrives after the dialog opened: the ticket's place stays selected.
        dialog.startEdit(t);
        dialog.setPlaces({{4, 0, QStringLiteral("Lakeside Pediatrics"), {}, {}},
                          {4, 41, QStringLiteral("Lakeside Pediatrics"), QStringLiteral("North Clinic"), QStringLiteral("MN0410")},
                          {4, 42, QStringLiteral("Lakeside Pediatrics"), QStringLiteral("South Clinic"), QStringLiteral("MN0420")}});
        auto *place = child<QComboBox>(&dialog, "placeCombo");
        QCOMPARE(place->currentText(), QStringLiteral("Lakeside Pediatrics — North Clinic (MN0410)"));
        QVERIFY(dialog.pendingRequest().isEmpty());
        place->setCurrentIndex(place->findData(QStringLiteral("4:42")));
        QCOMPARE(dialog.pendingRequest(), QJsonObject({{QStringLiteral("facility_id"), 42}}));
        // Text that names no entry does not silently change the choice.
        place->setEditText(QStringLiteral("Somewhere else"));
        Q_EMIT place->lineEdit()->editingFinished();
        QCOMPARE(place->currentText(), QStringLiteral("Lakeside Pediatrics — South Clinic (MN0420)"));
    }

    void editSendsOnlyChangedFieldsAndClosesOnConfirm()
    {
        TicketEditorDialog dialog;
        const Ticket t = makeTicket(5, QStringLiteral("Forecast looks wrong"), QStringLiteral("open"));
        dialog.startEdit(t);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy spy(&dialog, &TicketEditorDialog::ticketSubmitted);
        auto *priority = child<QComboBox>(&dialog, "priorityCombo");
        priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
        QTest::keyClick(child<QLineEdit>(&dialog, "subjectEdit"), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), 5);
        QCOMPARE(spy.at(0).at(1).toJsonObject(), QJsonObject({{QStringLiteral("priority"), QStringLiteral("high")}}));
        QCOMPARE(dialog.baseVersion(), 1);
        Ticket saved = t;
        saved.priority = QStringLiteral("high");
        saved.version = 2;
        dialog.confirmSaved(saved);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void conflictShowsBothSidesAndKeepEditingRebases()
    {
        TicketEditorDialog dialog;
        const Ticket mine = makeTicket(9, QStringLiteral("Duplicate record for twins"), QStringLiteral("open"));
        dialog.startEdit(mine);
        dialog.show();
        auto *subject = child<QLineEdit>(&dialog, "subjectEdit");
        subject->selectAll();
        QTest::keyClicks(subject, QStringLiteral("Duplicate record for twins (DOB 2024)"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isSaving());

        Ticket theirs = mine;
        theirs.status = QStringLiteral("pending_internal");
        theirs.subject = QStringLiteral("Twins merged by supervisor");
        theirs.version = 2;
        dialog.showConflict(theirs);
        auto *panel = child<QFrame>(&dialog, "conflictPanel");
        QVERIFY(panel->isVisible());
        auto *list = child<QTreeWidget>(&dialog, "conflictList");
        QCOMPARE(list->topLevelItemCount(), 2); // subject (both) and status (theirs)
        QCOMPARE(subject->text(), QStringLiteral("Duplicate record for twins (DOB 2024)"));

        QTest::mouseClick(child<QPushButton>(&dialog, "keepEditingButton"), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        QCOMPARE(dialog.baseVersion(), 2);
        QCOMPARE(dialog.pendingRequest(),
                 QJsonObject({{QStringLiteral("subject"), QStringLiteral("Duplicate record for twins (DOB 2024)")},
                              {QStringLiteral("status"), QStringLiteral("open")}}));
    }

    void reloadTheirsDiscardsMine()
    {
        TicketEditorDialog dialog;
        const Ticket mine = makeTicket(9, QStringLiteral("Old subject"), QStringLiteral("open"));
        dialog.startEdit(mine);
        dialog.show();
        auto *subject = child<QLineEdit>(&dialog, "subjectEdit");
        subject->setText(QStringLiteral("My subject"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        Ticket theirs = mine;
        theirs.subject = QStringLiteral("Their subject");
        theirs.version = 3;
        dialog.showConflict(theirs);
        QTest::mouseClick(child<QPushButton>(&dialog, "reloadTheirsButton"), Qt::LeftButton);
        QCOMPARE(subject->text(), QStringLiteral("Their subject"));
        QCOMPARE(dialog.baseVersion(), 3);
        QVERIFY(dialog.pendingRequest().isEmpty());
    }
};

QTEST_MAIN(TestTicketEditorDialog)
#include "tst_ticketeditordialog.moc"
