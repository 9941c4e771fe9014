#pragma once

#include <accountrecords.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace izdesk {

class AgreementDocumentBar;

// One IIS user account: identity, sites, role, status (with the inactivation reason), last
// login, the agreements on file (current / expiring / expired, coloured and named), and the
// desk's actions — record a signed agreement, attach or save its signed document, activate, inactivate with a reason,
// open the site's organization. Whether an action is allowed is the server's call; its answer comes back through
// showMessage. Display only; GUI thread only.
class IisUserView : public QWidget
{
    Q_OBJECT

public:
    explicit IisUserView(QWidget *parent = nullptr);

    void setAccount(const IisAccount &account, const QList<AccountAgreement> &agreements);
    // The account changed (status, version) but its agreements are as shown.
    void updateAccount(const IisAccount &account);
    void setChangesEnabled(bool enabled);
    // An agreement was recorded: the form is ready for the next one.
    void resetAgreementForm();
    void showLoading();
    void showMessage(const QString &message, bool error = false);
    // Shows a temporary password once, selectable and copyable; it is not kept anywhere.
    void showCredential(const QString &username, const QString &temporaryPassword);
    qint64 accountId() const { return m_account.id; }
    // Attach / save the signed document of the selected agreement.
    AgreementDocumentBar *documentBar() const { return m_documents; }

Q_SIGNALS:
    void activateRequested(qint64 userId);
    void inactivateRequested(qint64 userId, const QString &reason);
    void agreementRecordRequested(qint64 userId, const izdesk::AgreementDraft &draft);
    void facilityOpenRequested(qint64 facilityId);
    void refreshRequested(qint64 userId);
    void credentialRequested(qint64 userId);

private:
    void setUpInputs();
    void buildLayout();
    QGroupBox *buildRecordGroup();
    QGroupBox *buildStatusGroup();
    void connectSignals();
    void showAccount();
    void updateState();
    void requestRecord();

    QLabel *m_title;
    QLabel *m_username;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_role;
    QLabel *m_sites;
    QLabel *m_status;
    QLabel *m_agreementSummary;
    QLabel *m_lastLogin;
    QLabel *m_activated;
    QLabel *m_credential;
    QTreeWidget *m_agreements;
    AgreementDocumentBar *m_documents;
    QComboBox *m_kindCombo;
    QLineEdit *m_versionEdit;
    QLineEdit *m_signerEdit;
    QDateEdit *m_signedOnEdit;
    QPushButton *m_recordButton;
    QPushButton *m_activateButton;
    QLineEdit *m_reasonEdit;
    QPushButton *m_inactivateButton;
    QPushButton *m_credentialButton;
    QPushButton *m_openSiteButton;
    QPushButton *m_refreshButton;
    QLabel *m_message;
    IisAccount m_account;
    bool m_changesEnabled = true;
};

} // namespace izdesk
