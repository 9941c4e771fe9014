#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace izdesk {

// Widget-side rows (app/ converts the controller's types). Plain values.
struct DisclosureRow
{
    qint64 id = 0;
    QDateTime disclosedAt; // UTC
    QString method;
    QString callerType; // label
    QString recipient;
    qint64 ticketId = 0;
    QString disclosedBy;
};

struct AlertRow
{
    qint64 id = 0;
    QString kind; // release_locked | referral
    qint64 ticketId = 0;
    qint64 patientId = 0;
    QDateTime createdAt; // UTC
};

// Supervisors' view of caller verification: the open alerts (locked phone release after
// failed attempts, referrals) with Acknowledge and Lift lock, and the accounting of
// disclosures for one patient record. Emits requests; the app answers with the setters.
// GUI thread only.
class DisclosuresView : public QDialog
{
    Q_OBJECT

public:
    explicit DisclosuresView(QWidget *parent = nullptr);

    void setAlerts(const QList<AlertRow> &alerts);
    void setDisclosures(qint64 patientId, const QList<DisclosureRow> &rows);
    void showMessage(const QString &message, bool error = false);
    // Opens on the alerts list (and on a patient's disclosures when patientId > 0).
    void showFor(qint64 patientId);

Q_SIGNALS:
    void alertsRequested();
    void disclosuresRequested(qint64 patientId);
    void acknowledgeRequested(qint64 alertId);
    void liftLockRequested(qint64 patientId, const QString &reason);

private:
    QGroupBox *buildAlertsGroup();
    QGroupBox *buildDisclosuresGroup();
    void connectSignals();
    qint64 selectedAlertPatient() const;
    qint64 selectedAlertId() const;
    void updateButtons();

    QList<AlertRow> m_alerts;
    QTableWidget *m_alertTable = nullptr;
    QPushButton *m_refreshAlerts = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_liftLock = nullptr;
    QSpinBox *m_patient = nullptr;
    QPushButton *m_showDisclosures = nullptr;
    QTableWidget *m_disclosureTable = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace izdesk
