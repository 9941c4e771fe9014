#pragma once

#include <QObject>

class QStackedWidget;

namespace izdesk {

class MainWindow;
class PatientController;
class PatientRecordView;
class PatientSearchView;
class TicketQueueController;

// The Patients area of the main window (a dock beside the queue): the search view and the
// record view on one stack, wired to the PatientController. Knows the ticket selected in the
// queue, so Ctrl+L links the patient to it and "Open patient from ticket" opens the patient
// the ticket names. Clears every patient from the screen on sign-out. GUI thread only.
class PatientConnector : public QObject
{
    Q_OBJECT

public:
    PatientConnector(MainWindow *window, PatientController *patients, TicketQueueController *queue,
                     QObject *parent = nullptr);

    PatientSearchView *searchView() const { return m_search; }
    PatientRecordView *recordView() const { return m_record; }
    QWidget *area() const;

    // F3 / Ctrl+Shift+F: show the area on the search page with the cursor in the box.
    void findPatient();
    // Opens the patient linked to the queue's current ticket (the first one, if several).
    void openFromTicket();
    void openPatient(qint64 patientId);
    void showSearch();

private:
    void showArea();
    void updateLinkTarget();
    void showMessage(const QString &message);
    qint64 currentTicketId() const;
    bool ticketLinksPatient(qint64 ticketId, qint64 patientId) const;

    MainWindow *m_window;
    PatientController *m_patients;
    TicketQueueController *m_queue;
    PatientSearchView *m_search;
    PatientRecordView *m_record;
    QStackedWidget *m_stack;
    bool m_namesRequested = false;
    bool m_sized = false;
};

} // namespace izdesk
