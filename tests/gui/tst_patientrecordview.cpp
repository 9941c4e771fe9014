// PatientRecordView offscreen: demographics and consent badges show at once, but address,
// phone, mother's maiden name, identifiers and guardians stay masked — and no history is
// shown — until a verification passes (setVerified / setHistory); the history lists vaccine
// names (from the server, or the CVX table); the loading, error and empty states; keyboard
// (Esc back, Ctrl+L link).
#include "guitesthelpers.h"
#include "patientrecordview.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace izdesk;
using izdesk::testing::child;

namespace {

QJsonObject recordJson()
{
    return QJsonObject{
        {QStringLiteral("id"), 42},
        {QStringLiteral("iis_id"), QStringLiteral("IIS0000042")},
        {QStringLiteral("first_name"), QStringLiteral("JONATHAN")},
        {QStringLiteral("middle_name"), QStringLiteral("ALEXANDER")},
        {QStringLiteral("last_name"), QStringLiteral("SMITH")},
        {QStringLiteral("suffix"), QString()},
        {QStringLiteral("birth_date"), QStringLiteral("2019-04-03")},
        {QStringLiteral("sex"), QStringLiteral("M")},
        {QStringLiteral("multiple_birth"), false},
        {QStringLiteral("birth_order"), 0},
        {QStringLiteral("mother_maiden_name"), QStringLiteral("PETERSON")},
        {QStringLiteral("race"), QStringLiteral("2106-3")},
        {QStringLiteral("ethnicity"), QStringLiteral("2186-5")},
        {QStringLiteral("active"), true},
        {QStringLiteral("owning_facility_code"), QStringLiteral("CLINIC01")},
        {QStringLiteral("aliases"), QJsonArray{}},
        {QStringLiteral("addresses"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("home")},
                                                             {QStringLiteral("street"), QStringLiteral("12 Maple Ave")},
                                                             {QStringLiteral("city"), QStringLiteral("Saint Paul")},
                                                             {QStringLiteral("state"), QStringLiteral("MN")},
                                                             {QStringLiteral("zip"), QStringLiteral("55101")},
                                                             {QStringLiteral("current"), true}}}},
        {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("home")},
                                                          {QStringLiteral("number"), QStringLiteral("651-555-0142")}}}},
        {QStringLiteral("guardians"),
         QJsonArray{QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Maria")},
                                {QStringLiteral("last_name"), QStringLiteral("Smith")},
                                {QStringLiteral("relationship"), QStringLiteral("mother")},
                                {QStringLiteral("phone"), QStringLiteral("651-555-0142")}}}},
        {QStringLiteral("identifiers"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrn")},
                                {QStringLiteral("value"), QStringLiteral("MRN-7781")},
                                {QStringLiteral("assigning_facility"), QStringLiteral("CLINIC01")},
                                {QStringLiteral("status"), QString()}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("birth_file_number")},
                                {QStringLiteral("value"), QStringLiteral("2019-MN-004411")},
                                {QStringLiteral("assigning_facility"), QStringLiteral("MN VITAL RECORDS")},
                                {QStringLiteral("status"), QString()}}}},
        {QStringLiteral("consents"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("reminder_opt_out")},
                                {QStringLiteral("active"), true},
                                {QStringLiteral("effective_date"), QStringLiteral("2023-05-01")},
                                {QStringLiteral("source"), QStringLiteral("parent letter")}},
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("protection")},
                                {QStringLiteral("active"), true},
                                {QStringLiteral("effective_date"), QStringLiteral("2024-01-15")},
                                {QStringLiteral("source"), QStringLiteral("PD1-12 from CLINIC01")}}}},
        // What the route may still send today: the view must not show it without a verification.
        {QStringLiteral("immunizations"),
         QJsonArray{QJsonObject{{QStringLiteral("cvx"), QStringLiteral("20")},
                                {QStringLiteral("vaccine_name"), QStringLiteral("DTaP")},
                                {QStringLiteral("administered_date"), QStringLiteral("2019-06-03")}}}},
        {QStringLiteral("history_withheld"), false},
    };
}

QJsonObject historyReply()
{
    auto dose = [](const QString &date, const QString &cvx, const QString &name, const QString &mfr, const QString &lot,
                   const QString &type) {
        return QJsonObject{{QStringLiteral("administered_date"), date},
                           {QStringLiteral("cvx"), cvx},
                           {QStringLiteral("vaccine_name"), name},
                           {QStringLiteral("manufacturer"), mfr},
                           {QStringLiteral("lot"), lot},
                           {QStringLiteral("record_type"), type},
                           {QStringLiteral("facility_code"), QStringLiteral("CLINIC01")}};
    };
    return QJsonObject{
        {QStringLiteral("scope"), QStringLiteral("full_history")},
        {QStringLiteral("verification_id"), 7},
        {QStringLiteral("immunizations"),
         QJsonArray{dose(QStringLiteral("2019-06-03"), QStringLiteral("20"), QStringLiteral("DTaP"),
                         QStringLiteral("Sanofi Pasteur"), QStringLiteral("L123"), QStringLiteral("administered")),
                    dose(QStringLiteral("2019-06-03"), QStringLiteral("10"), QStringLiteral("IPV"),
                         QStringLiteral("Sanofi Pasteur"), QStringLiteral("P882"), QStringLiteral("administered")),
                    dose(QStringLiteral("2020-04-05"), QStringLiteral("03"), QString(), QString(), QString(),
                         QStringLiteral("historical"))}},
    };
}

// Every text the view shows: labels and table cells.
QString visibleText(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (QTableWidget *table : root->findChildren<QTableWidget *>()) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->item(r, c))
                    texts << table->item(r, c)->text();
            }
        }
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestPatientRecordView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLoadingAndErrorStates()
    {
        PatientRecordView view;
        view.resize(640, 400);
        auto *message = child<QLabel>(&view, "recordMessage");
        QVERIFY(message->text().contains(QStringLiteral("No patient open")));
        QVERIFY(!child<QPushButton>(&view, "verifyCallerButton")->isEnabled());
        view.showLoading();
        QVERIFY(message->text().contains(QStringLiteral("Loading")));
        view.showError(QStringLiteral("no such patient"));
        QVERIFY(message->text().contains(QStringLiteral("could not be opened: no such patient")));
        testing::saveGrab(&view, QStringLiteral("patientrecord-error"));
    }

    void unverifiedRecordIsMasked()
    {
        PatientRecordView view;
        view.resize(720, 900);
        view.setRecord(PatientRecord::fromJson(recordJson()));
        view.show();
        QCOMPARE(child<QLabel>(&view, "patientNameValue")->text(), QStringLiteral("JONATHAN ALEXANDER SMITH"));
        QVERIFY(child<QLabel>(&view, "patientSubtitle")->text().contains(QStringLiteral("2019-04-03")));
        const QString shown = visibleText(&view);
        for (const QString &secret :
             {QStringLiteral("12 Maple"), QStringLiteral("555-0142"), QStringLiteral("PETERSON"),
              QStringLiteral("MRN-7781"), QStringLiteral("2019-MN-004411"), QStringLiteral("Maria"),
              QStringLiteral("DTaP")})
            QVERIFY2(!shown.contains(secret), qPrintable(secret + QStringLiteral(" is shown before verification")));
        QVERIFY(child<QLabel>(&view, "addressValue")->text().contains(QStringLiteral("hidden")));
        QCOMPARE(child<QLabel>(&view, "historyGateLabel")->text(),
                 QStringLiteral("Verify the caller to see the immunization history."));
        QVERIFY(child<QLabel>(&view, "historyGateLabel")->isVisible());
        // The assigning facility and consent badges are not gated: the desk needs them first.
        auto *ids = child<QTableWidget>(&view, "identifiersTable");
        QCOMPARE(ids->rowCount(), 2);
        QCOMPARE(ids->item(0, 0)->text(), QStringLiteral("MRN"));
        QCOMPARE(ids->item(0, 2)->text(), QStringLiteral("CLINIC01"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("consentBadge_reminder_opt_out")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("consentBadge_protection")));
        const QString consent = child<QLabel>(&view, "consentDetails")->text();
        QVERIFY2(consent.contains(QStringLiteral("since 2023-05-01, source parent letter")), qPrintable(consent));
        // No way to unmask from the view itself.
        for (QPushButton *b : view.findChildren<QPushButton *>())
            QVERIFY2(!b->text().contains(QStringLiteral("Show")), qPrintable(b->text()));
        QVERIFY(child<QPushButton>(&view, "verifyCallerButton")->isEnabled());
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents(); // let the layout settle before looking at it
        testing::saveGrab(&view, QStringLiteral("patientrecord-masked"));
    }

    void verifiedHistoryShowsVaccineNames()
    {
        PatientRecordView view;
        view.resize(720, 1000);
        view.setRecord(PatientRecord::fromJson(recordJson()));
        view.setVaccineNames({{QStringLiteral("03"), QStringLiteral("MMR")}});
        view.show();
        view.setHistory(historyReply());
        QVERIFY(view.isVerified());
        QVERIFY(view.hasHistory());
        QCOMPARE(child<QLabel>(&view, "addressValue")->text(), QStringLiteral("12 Maple Ave, Saint Paul MN 55101"));
        QCOMPARE(child<QLabel>(&view, "motherMaidenValue")->text(), QStringLiteral("PETERSON"));
        QCOMPARE(child<QTableWidget>(&view, "identifiersTable")->item(0, 1)->text(), QStringLiteral("MRN-7781"));
        auto *history = child<QTableWidget>(&view, "historyTable");
        QVERIFY(history->isVisible());
        QCOMPARE(history->rowCount(), 3);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("DTaP"));
        QCOMPARE(history->item(2, 1)->text(), QStringLiteral("MMR")); // named from the CVX code set
        QCOMPARE(history->item(2, 5)->text(), QStringLiteral("Historical"));
        QVERIFY(!child<QPushButton>(&view, "verifyCallerButton")->isEnabled());
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        testing::saveGrab(&view, QStringLiteral("patientrecord-verified"));

        // Another patient starts masked again.
        QJsonObject other = recordJson();
        other.insert(QStringLiteral("id"), 43);
        view.setRecord(PatientRecord::fromJson(other));
        QVERIFY(!view.isVerified());
        QVERIFY(child<QLabel>(&view, "addressValue")->text().contains(QStringLiteral("hidden")));
        QVERIFY(child<QLabel>(&view, "historyGateLabel")->isVisible());
    }

    void verifiedWithoutHistoryUnmasksOnly()
    {
        PatientRecordView view;
        view.setRecord(PatientRecord::fromJson(recordJson()));
        view.setVerified(true);
        QVERIFY(child<QLabel>(&view, "phoneValue")->text().contains(QStringLiteral("651-555-0142")));
        QVERIFY(!visibleText(&view).contains(QStringLiteral("DTaP")));
    }

    void complianceScopeShowsGroups()
    {
        PatientRecordView view;
        view.setRecord(PatientRecord::fromJson(recordJson()));
        view.setHistory(QJsonObject{{QStringLiteral("scope"), QStringLiteral("compliance_only")},
                                    {QStringLiteral("compliance"),
                                     QJsonArray{QJsonObject{{QStringLiteral("vaccine_group"), QStringLiteral("DTAP")},
                                                            {QStringLiteral("doses"), 4}}}}});
        auto *history = child<QTableWidget>(&view, "historyTable");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("DTAP"));
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("4"));
    }

    void keyboardBackAndLink()
    {
        PatientRecordView view;
        view.setRecord(PatientRecord::fromJson(recordJson()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy back(&view, &PatientRecordView::backRequested);
        QSignalSpy link(&view, &PatientRecordView::linkRequested);
        QSignalSpy verify(&view, &PatientRecordView::verifyRequested);
        auto *linkButton = child<QPushButton>(&view, "recordLinkButton");
        QVERIFY(!linkButton->isEnabled()); // no ticket selected
        view.setLinkTarget(12, QStringLiteral("#12"));
        QVERIFY(linkButton->isEnabled());
        QCOMPARE(linkButton->text(), QStringLiteral("&Link to #12"));
        view.activateWindow();
        view.setFocus();
        QTRY_VERIFY(view.focusWidget() != nullptr);
        QTest::keyClick(view.focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(link.size(), 1);
        QCOMPARE(link.at(0).at(0).toLongLong(), 42);
        view.setLinked(true);
        QVERIFY(!linkButton->isEnabled());
        QCOMPARE(linkButton->text(), QStringLiteral("Linked to #12"));
        QTest::keyClick(view.focusWidget(), Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
        child<QPushButton>(&view, "verifyCallerButton")->click();
        QCOMPARE(verify.size(), 1);
        for (QWidget *w : view.findChildren<QWidget *>()) {
            if (w->focusPolicy() != Qt::NoFocus && qobject_cast<QPushButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestPatientRecordView)
#include "tst_patientrecordview.moc"
