#pragma once

#include <accountrecords.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace izdesk {

class AgreementDocumentBar;

// One organization as the desk sees it: type, its data use agreements, its sites (facility
// code, VFC PIN, phones, address, access administrators) and the IIS users of those sites.
// The signed document of the selected agreement can be attached and saved.
// Opening a user asks for the IIS user view. Display only; GUI thread only.
class OrganizationView : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationView(QWidget *parent = nullptr);

    void setOrganization(const AccountOrganization &organization, const QList<AccountAgreement> &agreements,
                         const QList<IisAccount> &users);
    void showLoading();
    void showMessage(const QString &message, bool error = false);
    qint64 organizationId() const { return m_organizationId; }
    // Offline or signed out: nothing can be attached.
    void setChangesEnabled(bool enabled);
    // Attach / save the signed document of the selected agreement.
    AgreementDocumentBar *documentBar() const { return m_documents; }

Q_SIGNALS:
    void userOpenRequested(qint64 userId);
    void refreshRequested(qint64 organizationId);
    // "Onboarding project": the organization's electronic-reporting onboarding.
    void onboardingRequested(qint64 organizationId);

private:
    void openCurrentUser();

    QLabel *m_title;
    QLabel *m_type;
    QTreeWidget *m_agreements;
    AgreementDocumentBar *m_documents;
    QTreeWidget *m_sites;
    QTreeWidget *m_users;
    QPushButton *m_openUserButton;
    QPushButton *m_refreshButton;
    QPushButton *m_onboardingButton;
    QLabel *m_status;
    qint64 m_organizationId = 0;
};

} // namespace izdesk
