#include "patientconnector.h"

#include "mainwindow.h"
#include "patientcontroller.h"
#include "patientrecordview.h"
#include "patientsearchview.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"

#include <QDockWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace izdesk {

PatientConnector::PatientConnector(MainWindow *window, PatientController *patients, TicketQueueController *queue,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_patients(patients)
    , m_queue(queue)
    , m_search(new PatientSearchView)
    , m_record(new PatientRecordView)
    , m_stack(new QStackedWidget)
{
    m_stack->setObjectName(QStringLiteral("patientStack"));
    m_stack->setMinimumWidth(620); // every results column readable without scrolling sideways
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_record);
    m_window->patientDock()->setWidget(m_stack); // the dock owns the views from here on
    m_search->setModel(m_patients->model());

    connect(m_search, &PatientSearchView::searchTextEdited, m_patients, &PatientController::search);
    connect(m_search, &PatientSearchView::searchSubmitted, m_patients, &PatientController::searchNow);
    connect(m_search, &PatientSearchView::openRequested, this, &PatientConnector::openPatient);
    connect(m_patients, &PatientController::searchStarted, m_search, &PatientSearchView::showSearching);
    connect(m_patients, &PatientController::searchFinished, m_search, &PatientSearchView::showResults);
    connect(m_patients, &PatientController::searchFailed, m_search, &PatientSearchView::showFailed);
    connect(m_patients, &PatientController::searchCleared, m_search, &PatientSearchView::showCleared);

    connect(m_patients, &PatientController::recordLoaded, this, [this](const PatientRecord &record) {
        m_record->setRecord(record);
        m_record->setLinked(ticketLinksPatient(currentTicketId(), record.id));
    });
    connect(m_patients, &PatientController::recordFailed, m_record,
            [this](qint64, const QString &message) { m_record->showError(message); });
    connect(m_patients, &PatientController::vaccineNamesLoaded, m_record, &PatientRecordView::setVaccineNames);
    connect(m_record, &PatientRecordView::backRequested, this, &PatientConnector::showSearch);

    auto link = [this](qint64 patientId) {
        if (const qint64 ticketId = currentTicketId())
            m_patients->linkToTicket(ticketId, patientId);
    };
    connect(m_search, &PatientSearchView::linkRequested, this, link);
    connect(m_record, &PatientRecordView::linkRequested, this, link);
    connect(m_patients, &PatientController::patientLinked, this, [this](qint64 ticketId, qint64 patientId) {
        const auto ticket = m_queue->model()->ticketById(ticketId);
        const QString number = ticket ? ticket->displayNumber() : QStringLiteral("#%1").arg(ticketId);
        const QString message = tr("Patient linked to %1.").arg(number);
        m_search->showLinked(message);
        if (m_record->patientId() == patientId)
            m_record->setLinked(true);
        showMessage(message);
    });
    connect(m_patients, &PatientController::linkFailed, this, [this](qint64, qint64, const QString &message) {
        showMessage(tr("The patient was not linked: %1").arg(message));
    });

    connect(m_window, &MainWindow::findPatientRequested, this, &PatientConnector::findPatient);
    connect(m_window, &MainWindow::openTicketPatientRequested, this, &PatientConnector::openFromTicket);
    connect(m_window->queueView(), &TicketQueueView::currentTicketChanged, this, &PatientConnector::updateLinkTarget);
    connect(m_patients, &PatientController::sessionEnded, this, [this] {
        m_record->clear();
        m_search->showCleared();
        m_stack->setCurrentWidget(m_search);
        m_window->patientDock()->hide();
        m_namesRequested = false;
    });
    updateLinkTarget();
}

QWidget *PatientConnector::area() const
{
    return m_stack;
}

qint64 PatientConnector::currentTicketId() const
{
    return m_window->queueView()->currentTicketId();
}

bool PatientConnector::ticketLinksPatient(qint64 ticketId, qint64 patientId) const
{
    const auto ticket = ticketId ? m_queue->model()->ticketById(ticketId) : std::nullopt;
    if (!ticket)
        return false;
    for (const TicketLink &l : ticket->links) {
        if (l.kind == QLatin1String("patient") && l.target == QString::number(patientId))
            return true;
    }
    return false;
}

void PatientConnector::updateLinkTarget()
{
    const qint64 id = currentTicketId();
    const auto ticket = id ? m_queue->model()->ticketById(id) : std::nullopt;
    const QString label = ticket ? ticket->displayNumber() : QString();
    m_search->setLinkTarget(ticket ? id : 0, label);
    m_record->setLinkTarget(ticket ? id : 0, label);
    if (m_record->patientId())
        m_record->setLinked(ticketLinksPatient(id, m_record->patientId()));
}

void PatientConnector::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

void PatientConnector::showArea()
{
    QDockWidget *dock = m_window->patientDock();
    dock->show();
    dock->raise();
    if (!m_sized) {
        // Wide enough for the results columns the first time; the user's own width after that.
        m_sized = true;
        m_window->resizeDocks({dock}, {700}, Qt::Horizontal);
    }
}

void PatientConnector::findPatient()
{
    showArea();
    m_stack->setCurrentWidget(m_search);
    m_search->focusSearch();
}

void PatientConnector::showSearch()
{
    m_stack->setCurrentWidget(m_search);
    m_search->setFocus(Qt::OtherFocusReason);
}

void PatientConnector::openPatient(qint64 patientId)
{
    if (!m_namesRequested) {
        m_namesRequested = true; // once per session: names for history rows the server left unnamed
        m_patients->loadVaccineNames();
    }
    showArea();
    m_stack->setCurrentWidget(m_record);
    m_record->showLoading();
    m_record->setFocus(Qt::OtherFocusReason);
    m_patients->loadRecord(patientId);
}

void PatientConnector::openFromTicket()
{
    const qint64 ticketId = currentTicketId();
    const auto ticket = ticketId ? m_queue->model()->ticketById(ticketId) : std::nullopt;
    if (!ticket) {
        showMessage(tr("Select a ticket first."));
        return;
    }
    for (const TicketLink &l : ticket->links) {
        bool ok = false;
        const qint64 patientId = l.target.toLongLong(&ok);
        if (l.kind == QLatin1String("patient") && ok) {
            openPatient(patientId);
            return;
        }
    }
    showMessage(
        tr("%1 has no linked patient. Find the patient (F3) and link it with Ctrl+L.").arg(ticket->displayNumber()));
    findPatient();
}

} // namespace izdesk
