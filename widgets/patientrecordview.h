#pragma once

#include "patientrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QHBoxLayout;

namespace izdesk {

// One patient's record: demographics, consent and protection badges (effective date and
// source), identifiers with their assigning facility, guardians and the immunization history
// with vaccine names. Until the caller is verified (setVerified / setHistory, called after a
// passed verification — contracts-verification.md) address, phone, mother's maiden name,
// identifiers and guardians are masked and the history section asks for a verification;
// there is deliberately no "show" control. Holds PHI in memory only. GUI thread only.
class PatientRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientRecordView(QWidget *parent = nullptr);

    void showLoading();
    void showError(const QString &message);
    // A new record starts masked, with no history.
    void setRecord(const PatientRecord &record);
    void clear();
    qint64 patientId() const { return m_record.id; }
    PatientRecord record() const { return m_record; }

    // Unmasks the gated fields (a verification passed for this patient on the ticket).
    void setVerified(bool verified);
    bool isVerified() const { return m_verified; }
    // What GET /tickets/{tid}/patients/{pid}/history returned: {"patient", "immunizations" |
    // "compliance", "scope", "verification_id"}. Unmasks and fills the history section.
    void setHistory(const QJsonObject &historyReply);
    bool hasHistory() const { return m_hasHistory; }
    // CVX code → name, for history rows the server sent without a name.
    void setVaccineNames(const QHash<QString, QString> &names);
    // The ticket "Link" attaches the patient to (0: none).
    void setLinkTarget(qint64 ticketId, const QString &ticketLabel);
    void setLinked(bool linked);

Q_SIGNALS:
    void backRequested();
    void linkRequested(qint64 patientId);
    void verifyRequested(qint64 patientId);

private:
    void setUpLabels();
    void buildButtons();
    QWidget *buildRecordPage();
    QWidget *buildSections(QWidget *page);
    QLabel *addField(QWidget *form, const QString &label, const QString &objectName);
    // patientrecordrender.cpp: the page from m_record, masked unless m_verified.
    void render();
    void renderHeader();
    void renderConsents();
    void renderDemographics();
    void renderIdentifiers();
    void renderGuardians();
    void renderHistory();
    void showHistoryPage(QWidget *page);
    QString gated(const QString &value) const;

    PatientRecord m_record;
    bool m_verified = false;
    bool m_hasHistory = false;
    bool m_linked = false;
    qint64 m_linkTicketId = 0;
    QString m_linkLabel;
    QString m_scope;
    QList<PatientImmunization> m_history;
    QList<QPair<QString, int>> m_compliance;
    QHash<QString, QString> m_vaccineNames;

    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_nameLabel;
    QLabel *m_subtitleLabel;
    QLabel *m_verificationBanner;
    QWidget *m_badgeRow;
    QHBoxLayout *m_badgeLayout;
    QLabel *m_consentDetails;
    QLabel *m_dobValue;
    QLabel *m_sexValue;
    QLabel *m_multipleValue;
    QLabel *m_motherValue;
    QLabel *m_addressValue;
    QLabel *m_phoneValue;
    QLabel *m_raceValue;
    QLabel *m_facilityValue;
    QLabel *m_aliasValue;
    QTableWidget *m_identifiers;
    QTableWidget *m_guardians;
    QStackedWidget *m_historyStack;
    QLabel *m_historyGate;
    QTableWidget *m_historyTable;
    QPushButton *m_backButton;
    QPushButton *m_verifyButton;
    QPushButton *m_linkButton;
};

} // namespace izdesk
