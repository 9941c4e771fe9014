#include "verificationconnector.h"

#include "apiclient.h"
#include "disclosuresview.h"
#include "mainwindow.h"
#include "patientrecordview.h"
#include "recordrenderer.h"
#include "releasedialog.h"
#include "sessioncontroller.h"
#include "ticketdetailpanel.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "verificationcontroller.h"
#include "verificationstatussection.h"
#include "verificationwizard.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace izdesk {

namespace {

QList<WizardCallerType> wizardTypes(const VerificationPolicyInfo &policy)
{
    QList<WizardCallerType> types;
    for (const VerificationPolicyInfo::CallerType &t : policy.callerTypes) {
        WizardCallerType w{t.id, t.label, t.subject, {}};
        auto add = [&](const QStringList &ids, int group) {
            for (const QString &id : ids) {
                const auto f = policy.factor(id);
                w.factors.append({id, f ? f->label : id, f ? f->input : QStringLiteral("text"), group});
            }
        };
        add(t.allOf, 0);
        add(t.oneOf, 1);
        for (int g = 0; g < t.anyOfGroups.size(); ++g)
            add(t.anyOfGroups[g], 2 + g);
        types.append(w);
    }
    return types;
}

} // namespace

VerificationConnector::VerificationConnector(MainWindow *window, SessionController *session,
                                             VerificationController *verification, TicketQueueController *queue,
                                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_verification(verification)
    , m_queue(queue)
    , m_wizard(new VerificationWizard(window))
    , m_release(new ReleaseDialog(window))
    , m_disclosures(new DisclosuresView(window))
    , m_status(new VerificationStatusSection)
    , m_renderer(new RecordRenderer(this))
{
    m_status->setClock(session->api()->serverClock().source());
    m_wizard->setClock(session->api()->serverClock().source());
    window->detailPanel()->addSection(m_status);
    connectWizard();
    connectRelease();
    connectDisclosures();

    connect(window, &MainWindow::verifyCallerRequested, this, [this](qint64 id) { openWizard(id); });
    connect(window, &MainWindow::releaseRecordRequested, this, &VerificationConnector::openRelease);
    connect(window, &MainWindow::disclosuresRequested, this, &VerificationConnector::openDisclosures);
    connect(m_status, &VerificationStatusSection::verifyRequested, this, [this] {
        if (const qint64 id = m_window->queueView()->currentTicketId())
            openWizard(id);
    });
    connect(window->queueView(), &TicketQueueView::currentTicketChanged, this, [this](qint64 id) {
        refreshStatus();
        if (id && m_session->isSignedIn())
            m_verification->loadAttempts(id);
    });
    connect(m_verification, &VerificationController::attemptsLoaded, this, &VerificationConnector::refreshStatus);
    connect(m_verification, &VerificationController::policyLoaded, this, [this](const VerificationPolicyInfo &policy) {
        m_wizard->setCallerTypes(wizardTypes(policy));
        refreshStatus();
        if (const qint64 ticket = std::exchange(m_pendingWizardTicket, 0))
            showWizard(ticket);
    });
    connect(m_verification, &VerificationController::attemptChanged, this, &VerificationConnector::onAttemptChanged);
    connect(m_verification, &VerificationController::verificationLocked, this, [this](qint64 ticketId, const QString &message) {
        if (m_wizard->isVisible() && m_wizard->ticketId() == ticketId)
            m_wizard->showLocked(message);
        else
            Q_EMIT messageRaised(message);
    });
    connect(m_verification, &VerificationController::errorRaised, this, &VerificationConnector::onError);
    connect(m_session, &SessionController::signedOut, this, &VerificationConnector::onSignedOut);
}

void VerificationConnector::setRecordView(PatientRecordView *view)
{
    m_recordView = view;
    if (!view)
        return;
    // "Verify the caller" from the record: the wizard for the current ticket, this patient first.
    connect(view, &PatientRecordView::verifyRequested, this, [this](qint64 patientId) {
        if (const qint64 id = m_window->queueView()->currentTicketId())
            openWizard(id, patientId);
        else
            Q_EMIT messageRaised(tr("Select the caller's ticket first: a verification belongs to a ticket."));
    });
}

void VerificationConnector::connectWizard()
{
    VerificationController *v = m_verification;
    connect(m_wizard, &VerificationWizard::startRequested, v, &VerificationController::start);
    connect(m_wizard, &VerificationWizard::factorCheckRequested, v, &VerificationController::checkFactor);
    connect(m_wizard, &VerificationWizard::inputEdited, v, &VerificationController::setDraftInput);
    connect(m_wizard, &VerificationWizard::referRequested, v, &VerificationController::refer);
    connect(m_wizard, &VerificationWizard::historyRequested, v, &VerificationController::loadHistory);
    connect(m_wizard, &VerificationWizard::newAttemptRequested, v, &VerificationController::discardDraft);
    connect(m_wizard, &VerificationWizard::releaseRequested, this,
            [this](qint64 ticketId, qint64, const QStringList &) { openRelease(ticketId); });
    connect(v, &VerificationController::historyLoaded, this, [this](const PatientHistory &h) {
        QList<QStringList> rows;
        for (const QJsonValue &value : h.immunizations) {
            const QJsonObject i = value.toObject();
            const QDate date = QDate::fromString(i.value(QStringLiteral("administered_date")).toString(), Qt::ISODate);
            QString vaccine = i.value(QStringLiteral("vaccine_name")).toString();
            if (vaccine.isEmpty())
                vaccine = tr("CVX %1").arg(i.value(QStringLiteral("cvx")).toString());
            rows.append({RecordRenderer::dateText(date), vaccine});
        }
        for (const QJsonValue &value : h.compliance) {
            const QJsonObject c = value.toObject();
            rows.append({tr("%n dose(s)", nullptr, c.value(QStringLiteral("doses")).toInt()),
                         c.value(QStringLiteral("vaccine_group")).toString()});
        }
        if (m_wizard->isVisible() && m_wizard->ticketId() == h.ticketId)
            m_wizard->showHistory(rows);
        if (m_recordView && m_recordView->patientId() == h.patientId) {
            QJsonObject reply{{QStringLiteral("patient"), h.patient},
                              {QStringLiteral("scope"), h.scope},
                              {QStringLiteral("verification_id"), h.verificationId}};
            if (h.scope == QLatin1String("compliance_only"))
                reply.insert(QStringLiteral("compliance"), h.compliance);
            else
                reply.insert(QStringLiteral("immunizations"), h.immunizations);
            m_recordView->setHistory(reply);
        }
    });
}

void VerificationConnector::connectRelease()
{
    connect(m_release, &ReleaseDialog::releaseSubmitted, this,
            [this](qint64 ticketId, qint64 patientId, const QString &method, const QString &path) {
                m_pendingPdfPath = path;
                m_verification->release(ticketId, patientId, method);
            });
    connect(m_verification, &VerificationController::recordReleased, this, &VerificationConnector::onReleased);
    connect(m_renderer, &RecordRenderer::pdfSaved, this, [this](const QString &path, qint64) {
        m_release->showReleased(QDir::toNativeSeparators(path), m_addressedTo);
        Q_EMIT messageRaised(tr("Record released and saved as %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_renderer, &RecordRenderer::pdfFailed, this, [this](const QString &path, const QString &error) {
        m_release->showFailed(tr("The release was recorded, but the PDF could not be saved as %1: %2. "
                                 "Choose another folder and release again.")
                                  .arg(QDir::toNativeSeparators(path), error));
    });
}

void VerificationConnector::connectDisclosures()
{
    VerificationController *v = m_verification;
    connect(m_disclosures, &DisclosuresView::alertsRequested, v, &VerificationController::loadAlerts);
    connect(m_disclosures, &DisclosuresView::disclosuresRequested, v, &VerificationController::loadDisclosures);
    connect(m_disclosures, &DisclosuresView::acknowledgeRequested, v, &VerificationController::acknowledgeAlert);
    connect(m_disclosures, &DisclosuresView::liftLockRequested, v, &VerificationController::liftLock);
    connect(v, &VerificationController::alertsLoaded, this, [this](const QList<SupervisorAlert> &alerts) {
        QList<AlertRow> rows;
        for (const SupervisorAlert &a : alerts)
            rows.append({a.id, a.kind, a.ticketId, a.patientId, a.createdAt});
        m_disclosures->setAlerts(rows);
    });
    connect(v, &VerificationController::disclosuresLoaded, this, [this](qint64 patientId, const QList<DisclosureRecord> &items) {
        QList<DisclosureRow> rows;
        for (const DisclosureRecord &d : items)
            rows.append({d.id, d.disclosedAt, d.method, callerTypeLabel(d.callerType), d.recipient, d.ticketId, d.disclosedBy});
        m_disclosures->setDisclosures(patientId, rows);
    });
    connect(v, &VerificationController::alertAcknowledged, this, [this, v](qint64 id) {
        m_disclosures->showMessage(tr("Alert %1 acknowledged.").arg(id));
        v->loadAlerts();
    });
    connect(v, &VerificationController::lockLifted, this, [this, v](qint64 patientId) {
        m_disclosures->showMessage(tr("Phone release lock lifted for patient record #%1.").arg(patientId));
        v->loadAlerts();
    });
}

void VerificationConnector::openWizard(qint64 ticketId, qint64 preferredPatientId)
{
    if (ticketId <= 0)
        return;
    m_preferredPatient = preferredPatientId;
    if (m_verification->policy().isEmpty()) {
        m_pendingWizardTicket = ticketId;
        m_verification->loadPolicy();
        return;
    }
    showWizard(ticketId);
}

void VerificationConnector::showWizard(qint64 ticketId)
{
    const auto ticket = m_queue->model()->ticketById(ticketId);
    QList<WizardSubject> subjects;
    QList<qint64> ids;
    if (m_preferredPatient > 0)
        ids << m_preferredPatient;
    if (ticket) {
        for (const TicketLink &l : ticket->links) {
            const qint64 id = l.target.toLongLong();
            if (l.kind == QLatin1String("patient") && id > 0 && !ids.contains(id))
                ids << id;
        }
    }
    for (qint64 id : std::as_const(ids)) {
        const bool linked = ticket && std::any_of(ticket->links.cbegin(), ticket->links.cend(), [id](const TicketLink &l) {
            return l.kind == QLatin1String("patient") && l.target == QString::number(id);
        });
        // Named by record number only: on-file values are what the caller must tell us.
        subjects.append({id, linked ? tr("Patient record #%1 — linked to this ticket").arg(id)
                                    : tr("Patient record #%1 — open in the patient view").arg(id)});
    }
    m_wizard->startFor(ticketId, ticket ? ticket->displayNumber() : QStringLiteral("#%1").arg(ticketId), subjects);
    const VerificationDraft draft = m_verification->draft(ticketId);
    if (draft.attempt && !draft.attempt->isDecided())
        m_wizard->restore(draft.callerType, draft.patientId, draft.inputs, toWizard(*draft.attempt));
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void VerificationConnector::openRelease(qint64 ticketId)
{
    const auto attempt = m_verification->latestAttempt(ticketId);
    if (!attempt || !attempt->isValidAt(m_session->api()->serverClock().now())) {
        Q_EMIT messageRaised(tr("Verify the caller first: nothing can be released without a passed verification on this ticket."));
        openWizard(ticketId);
        return;
    }
    const qint64 patientId = attempt->patientId ? attempt->patientId : m_wizard->patientId();
    if (patientId <= 0) {
        Q_EMIT messageRaised(tr("Choose the patient record in the verification first."));
        return;
    }
    QStringList methods = attempt->releaseMethods;
    methods.removeAll(QStringLiteral("read"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The file name carries the ticket only: no patient data in file names.
    const QString path = QDir(folder).filePath(tr("immunization-record-ticket-%1.pdf").arg(ticketId));
    m_release->start(ticketId, patientId, methods, path);
    m_release->show();
    m_release->raise();
    m_release->activateWindow();
}

void VerificationConnector::openDisclosures()
{
    const qint64 patient = m_recordView ? m_recordView->patientId() : 0;
    m_disclosures->show();
    m_disclosures->raise();
    m_disclosures->showFor(patient);
}

void VerificationConnector::onAttemptChanged(const VerificationAttempt &attempt)
{
    if (m_wizard->isVisible() && m_wizard->ticketId() == attempt.ticketId)
        m_wizard->showAttempt(toWizard(attempt));
    if (attempt.isValidAt(m_session->api()->serverClock().now()) && m_recordView && m_recordView->patientId()
        && m_recordView->patientId() == attempt.patientId)
        m_recordView->setVerified(true);
    refreshStatus();
}

void VerificationConnector::onError(const QString &message)
{
    if (m_release->isVisible() && m_release->isBusy())
        m_release->showFailed(message);
    else if (m_wizard->isVisible())
        m_wizard->showError(message);
    else if (m_disclosures->isVisible())
        m_disclosures->showMessage(message, true);
    else
        Q_EMIT messageRaised(message);
}

void VerificationConnector::onReleased(const ReleasedRecord &record)
{
    QStringList to;
    if (!record.addressedToName.isEmpty())
        to << record.addressedToName;
    to += record.addressedToLines;
    m_addressedTo = to.join(QStringLiteral(", "));
    m_renderer->savePdf(record, m_pendingPdfPath);
}

void VerificationConnector::refreshStatus()
{
    const qint64 id = m_window->queueView()->currentTicketId();
    const auto attempt = id ? m_verification->latestAttempt(id) : std::nullopt;
    if (!attempt)
        m_status->setStatus(QString(), QString(), {});
    else
        m_status->setStatus(attempt->outcome, callerTypeLabel(attempt->callerType), attempt->expiresAt);
}

void VerificationConnector::onSignedOut()
{
    m_verification->clear();
    m_pendingWizardTicket = 0;
    m_pendingPdfPath.clear();
    m_addressedTo.clear();
    for (QDialog *dialog : {static_cast<QDialog *>(m_wizard), static_cast<QDialog *>(m_release),
                            static_cast<QDialog *>(m_disclosures)}) {
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
    m_wizard->setCallerTypes({});
    m_wizard->showHistory({});
    m_disclosures->setDisclosures(0, {});
    m_disclosures->setAlerts({});
    m_disclosures->showMessage(QString());
    refreshStatus();
}

WizardAttempt VerificationConnector::toWizard(const VerificationAttempt &a) const
{
    WizardAttempt w;
    w.id = a.id;
    w.outcome = a.outcome;
    w.reason = a.reason;
    for (const VerificationAttempt::FactorResult &f : a.factors)
        w.results.insert(f.factor, f.result);
    w.remaining = a.remainingFactors;
    w.releaseMethods = a.releaseMethods;
    w.expiresAt = a.expiresAt;
    w.failedToday = a.attemptsFailedToday;
    w.maxFailedPerDay = m_verification->policy().maxFailedAttemptsPerDay;
    w.callbackPhone = a.facilityCallbackPhone;
    return w;
}

QString VerificationConnector::callerTypeLabel(const QString &id) const
{
    const auto type = m_verification->policy().callerType(id);
    return type ? type->label : id;
}

} // namespace izdesk
