// VerificationController and RecordRenderer against the real in-process server with seeded
// patients: the policy, a guardian verified factor by factor, the gated history and a mail
// release rendered to PDF, refusal without a verification, drafts kept until the attempt is
// decided, and three failed attempts locking phone release until a supervisor lifts it.
#include "deskfixture.h"

#include "memorycredentialstore.h"
#include "recordrenderer.h"
#include "verificationcontroller.h"

#include <testserver.h>

#include "patients/patientinput.h"
#include "patients/patientwriter.h"
#include "serverapp.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace izdesk;
using izdesk::test::Desk;

namespace {

constexpr int kTimeoutMs = 15000;

QJsonObject name(const QString &first, const QString &last)
{
    return {{QStringLiteral("first"), first}, {QStringLiteral("last"), last}};
}

} // namespace

class TestVerificationController : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<VerificationController> m_verification;
    qint64 m_jonathan = 0;
    qint64 m_lily = 0;

    qint64 seed(const server::PatientInput &patient, const QList<server::ImmunizationInput> &shots = {})
    {
        server::Database &database = m_server.app()->database();
        QSqlDatabase db = database.connection();
        server::PatientWriter writer(db, database.dialect(), QDateTime::currentDateTimeUtc());
        QString error;
        db.transaction();
        const auto id = writer.insert(patient, &error);
        bool ok = id.has_value();
        for (const server::ImmunizationInput &shot : shots)
            ok = ok && writer.insertImmunization(*id, shot, &error);
        ok = ok && writer.flush(&error);
        if (!ok) {
            db.rollback();
            qWarning("seeding failed: %s", qPrintable(error));
            return 0;
        }
        db.commit();
        return *id;
    }

    qint64 ticketId(int skip) const
    {
        const QList<Ticket> tickets = m_desk->queue->model()->tickets();
        return skip < tickets.size() ? tickets.at(skip).id : 0;
    }

    // Starts an attempt and waits for it.
    VerificationAttempt startAttempt(qint64 ticket, const QString &type, qint64 patient)
    {
        QSignalSpy changed(m_verification.get(), &VerificationController::attemptChanged);
        m_verification->start(ticket, type, patient);
        if (!changed.wait(kTimeoutMs) && changed.isEmpty())
            return {};
        return changed.constLast().at(0).value<VerificationAttempt>();
    }

    VerificationAttempt check(qint64 attempt, const QString &factor, const QJsonValue &value)
    {
        QSignalSpy changed(m_verification.get(), &VerificationController::attemptChanged);
        QSignalSpy errors(m_verification.get(), &VerificationController::errorRaised);
        m_verification->checkFactor(attempt, factor, value);
        QDeadlineTimer deadline(kTimeoutMs);
        while (changed.isEmpty() && errors.isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        if (!errors.isEmpty())
            qWarning("check %s refused: %s", qPrintable(factor), qPrintable(errors.constFirst().at(0).toString()));
        return changed.isEmpty() ? VerificationAttempt{} : changed.constLast().at(0).value<VerificationAttempt>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        server::PatientInput child;
        child.first = QStringLiteral("JONATHAN");
        child.last = QStringLiteral("SMITH");
        child.dob = QDate(2019, 4, 3);
        child.sex = QStringLiteral("M");
        child.motherMaiden = QStringLiteral("Peterson");
        child.addresses << server::PatientInput::Address{QStringLiteral("home"), QStringLiteral("12 Maple Ave"),
                                                         QStringLiteral("Saint Paul"), QStringLiteral("MN"), QStringLiteral("55101")};
        child.phones << server::PatientInput::Phone{QStringLiteral("home"), QStringLiteral("651-555-0142")};
        child.guardians << server::PatientInput::Guardian{QStringLiteral("Maria"), QStringLiteral("Smith"),
                                                          QStringLiteral("mother"), QStringLiteral("651-555-0142")};
        server::ImmunizationInput dtap;
        dtap.cvx = QStringLiteral("20");
        dtap.mvx = QStringLiteral("PMC");
        dtap.lot = QStringLiteral("L123");
        dtap.date = QDate(2019, 6, 3);
        server::ImmunizationInput mmr;
        mmr.cvx = QStringLiteral("03");
        mmr.date = QDate(2020, 4, 5);
        m_jonathan = seed(child, {dtap, mmr});
        QVERIFY(m_jonathan > 0);
        server::PatientInput lily = child;
        lily.first = QStringLiteral("LILY");
        lily.last = QStringLiteral("BROWN");
        lily.dob = QDate(2018, 2, 2);
        lily.guardians.clear();
        m_lily = seed(lily);
        QVERIFY(m_lily > 0);

        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        QVERIFY(m_desk->queue->model()->rowCount() >= 4);
        m_verification = std::make_unique<VerificationController>(m_desk->session.get());
        QSignalSpy loaded(m_verification.get(), &VerificationController::policyLoaded);
        m_verification->loadPolicy();
        QVERIFY(loaded.wait(kTimeoutMs));
    }

    void cleanupTestCase()
    {
        m_verification.reset();
        m_desk.reset();
    }

    void policyDescribesEveryCallerType()
    {
        const VerificationPolicyInfo policy = m_verification->policy();
        QCOMPARE(policy.maxFailedAttemptsPerDay, 3);
        const auto guardian = policy.callerType(QStringLiteral("guardian"));
        QVERIFY(guardian.has_value());
        QCOMPARE(guardian->subject, QStringLiteral("patient"));
        QVERIFY(guardian->allOf.contains(QStringLiteral("birth_date")));
        QCOMPARE(guardian->anyOfGroups.size(), 1);
        QVERIFY(guardian->release.contains(QStringLiteral("mail")));
        QCOMPARE(policy.factor(QStringLiteral("custody_document"))->input, QStringLiteral("attest"));
        QVERIFY(policy.callerType(QStringLiteral("other")).has_value());
    }

    void releaseWithoutVerificationIsRefusedInPlainWords()
    {
        QSignalSpy errors(m_verification.get(), &VerificationController::errorRaised);
        QSignalSpy released(m_verification.get(), &VerificationController::recordReleased);
        m_verification->release(ticketId(3), m_jonathan, QStringLiteral("mail"));
        QVERIFY(errors.wait(kTimeoutMs));
        const QString message = errors.constFirst().at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Not released:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("verification")), qPrintable(message));
        QVERIFY(released.isEmpty());
    }

    void guardianVerifiedReadsHistoryAndReleasesByMail()
    {
        const qint64 ticket = ticketId(0);
        VerificationAttempt a = startAttempt(ticket, QStringLiteral("guardian"), m_jonathan);
        QVERIFY(a.id > 0);
        QCOMPARE(a.outcome, QStringLiteral("in_progress"));
        QCOMPARE(a.ticketId, ticket);
        QVERIFY(a.remainingFactors.contains(QStringLiteral("full_name")));

        QSignalSpy checked(m_verification.get(), &VerificationController::factorChecked);
        a = check(a.id, QStringLiteral("full_name"), name(QStringLiteral("Jonathan"), QStringLiteral("Smith")));
        QCOMPARE(checked.constLast().at(2).toString(), QStringLiteral("match"));
        a = check(a.id, QStringLiteral("birth_date"), QStringLiteral("2019-04-03"));
        a = check(a.id, QStringLiteral("phone"), QStringLiteral("(651) 555-0142"));
        QCOMPARE(a.outcome, QStringLiteral("in_progress")); // the guardian is not confirmed yet
        a = check(a.id, QStringLiteral("guardian_listed"), name(QStringLiteral("Maria"), QStringLiteral("Smith")));
        QCOMPARE(a.outcome, QStringLiteral("verified"));
        QVERIFY(a.isValidAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(a.releaseMethods.contains(QStringLiteral("mail")));
        QVERIFY(!a.releaseMethods.contains(QStringLiteral("fax")));
        QCOMPARE(m_verification->latestAttempt(ticket)->id, a.id);

        QSignalSpy history(m_verification.get(), &VerificationController::historyLoaded);
        m_verification->loadHistory(ticket, m_jonathan);
        QVERIFY(history.wait(kTimeoutMs));
        const PatientHistory h = history.constFirst().at(0).value<PatientHistory>();
        QCOMPARE(h.patientId, m_jonathan);
        QCOMPARE(h.immunizations.size(), 2);

        QSignalSpy released(m_verification.get(), &VerificationController::recordReleased);
        m_verification->release(ticket, m_jonathan, QStringLiteral("mail"));
        QVERIFY(released.wait(kTimeoutMs));
        const ReleasedRecord record = released.constFirst().at(0).value<ReleasedRecord>();
        QVERIFY(record.disclosureId > 0);
        QCOMPARE(record.method, QStringLiteral("mail"));
        QCOMPARE(record.ticketId, ticket);
        const QString address = record.addressedToLines.join(QLatin1Char('\n'));
        QVERIFY2(address.contains(QStringLiteral("12 Maple Ave"), Qt::CaseInsensitive), qPrintable(address));
        QCOMPARE(record.releasedBy, m_desk->session->currentUser().displayName);

        // The rendered record: header, history with dates, addressed-to block.
        const QString html = RecordRenderer::toHtml(record);
        QVERIFY(html.contains(QStringLiteral("Immunization record")));
        QVERIFY(html.contains(record.addressedToLines.constFirst().toHtmlEscaped()));
        QVERIFY(html.contains(RecordRenderer::dateText(QDate(2019, 6, 3))));
        RecordRenderer renderer;
        QSignalSpy saved(&renderer, &RecordRenderer::pdfSaved);
        const QString path = m_dir.filePath(QStringLiteral("released.pdf"));
        renderer.savePdf(record, path);
        QVERIFY(saved.wait(kTimeoutMs));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);

        // The supervisor's accounting of disclosures lists the mail release (and the read).
        QSignalSpy disclosures(m_verification.get(), &VerificationController::disclosuresLoaded);
        m_verification->loadDisclosures(m_jonathan);
        QVERIFY(disclosures.wait(kTimeoutMs));
        const auto items = disclosures.constFirst().at(1).value<QList<DisclosureRecord>>();
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [&](const DisclosureRecord &d) {
            return d.id == record.disclosureId && d.method == QLatin1String("mail") && d.ticketId == ticket;
        }));
    }

    void savingToAnUnwritablePlaceFailsClearly()
    {
        RecordRenderer renderer;
        QSignalSpy failed(&renderer, &RecordRenderer::pdfFailed);
        renderer.savePdf(ReleasedRecord{}, m_dir.filePath(QStringLiteral("no/such/folder/record.pdf")));
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
    }

    void draftIsKeptWhileInProgressAndDroppedOnceDecided()
    {
        const qint64 ticket = ticketId(1);
        VerificationAttempt a = startAttempt(ticket, QStringLiteral("guardian"), m_jonathan);
        QVERIFY(a.id > 0);
        m_verification->setDraftInput(ticket, QStringLiteral("phone"), QStringLiteral("651-555"));
        VerificationDraft draft = m_verification->draft(ticket);
        QCOMPARE(draft.callerType, QStringLiteral("guardian"));
        QCOMPARE(draft.patientId, m_jonathan);
        QCOMPARE(draft.attempt->id, a.id);
        QCOMPARE(draft.inputs.value(QStringLiteral("phone")), QStringLiteral("651-555"));

        a = check(a.id, QStringLiteral("birth_date"), QStringLiteral("2019-04-04"));
        QCOMPARE(a.outcome, QStringLiteral("failed"));
        draft = m_verification->draft(ticket);
        QVERIFY(draft.inputs.isEmpty()); // what the caller said is not kept after the decision
        QCOMPARE(draft.attempt->outcome, QStringLiteral("failed"));
        m_verification->discardDraft(ticket);
        QVERIFY(!m_verification->draft(ticket).attempt);
    }

    void threeFailuresLockPhoneReleaseUntilLifted()
    {
        const qint64 ticket = ticketId(2);
        for (int i = 1; i <= 3; ++i) {
            VerificationAttempt a = startAttempt(ticket, QStringLiteral("guardian"), m_lily);
            QVERIFY2(a.id > 0, qPrintable(QString::number(i)));
            a = check(a.id, QStringLiteral("birth_date"), QStringLiteral("2001-01-01"));
            QCOMPARE(a.outcome, QStringLiteral("failed"));
            QCOMPARE(a.attemptsFailedToday, i);
        }
        QSignalSpy locked(m_verification.get(), &VerificationController::verificationLocked);
        m_verification->start(ticket, QStringLiteral("guardian"), m_lily);
        QVERIFY(locked.wait(kTimeoutMs));
        QCOMPARE(locked.constFirst().at(0).toLongLong(), ticket);
        QVERIFY(locked.constFirst().at(1).toString().contains(QStringLiteral("locked")));

        QSignalSpy alerts(m_verification.get(), &VerificationController::alertsLoaded);
        m_verification->loadAlerts();
        QVERIFY(alerts.wait(kTimeoutMs));
        const auto open = alerts.constFirst().at(0).value<QList<SupervisorAlert>>();
        const auto alert = std::find_if(open.cbegin(), open.cend(), [this](const SupervisorAlert &x) {
            return x.patientId == m_lily && x.kind == QLatin1String("release_locked");
        });
        QVERIFY(alert != open.cend());

        QSignalSpy refused(m_verification.get(), &VerificationController::errorRaised);
        m_verification->liftLock(m_lily, QStringLiteral("  "));
        QCOMPARE(refused.size(), 1); // a reason is required, checked before asking the server

        QSignalSpy lifted(m_verification.get(), &VerificationController::lockLifted);
        m_verification->liftLock(m_lily, QStringLiteral("Guardian verified in person with ID"));
        QVERIFY(lifted.wait(kTimeoutMs));
        QSignalSpy acknowledged(m_verification.get(), &VerificationController::alertAcknowledged);
        m_verification->acknowledgeAlert(alert->id);
        QVERIFY(acknowledged.wait(kTimeoutMs));

        const VerificationAttempt again = startAttempt(ticket, QStringLiteral("guardian"), m_lily);
        QCOMPARE(again.outcome, QStringLiteral("in_progress"));
    }
};

QTEST_MAIN(TestVerificationController)
#include "tst_verificationcontroller.moc"
