#pragma once

#include "widgettypes.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace izdesk {

// Sign-in dialog: environment profile, username and password, "Sign in with <identity
// provider>" when the chosen environment's server offers one (setIdentityProvider), plus a
// one-click "Local sandbox" that needs no credentials. It only collects input and shows state; it emits
// requests and the app (which owns the SessionController) answers through the slots. It stays
// open until the app accepts it after a successful sign-in. Failures show inline and keep the
// typed fields. GUI thread only.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setProfiles(const QList<ProfileChoice> &profiles);
    void setCurrentProfile(const QString &profileId);
    void setUsername(const QString &username);
    QString currentProfileId() const;
    QString username() const;
    bool isBusy() const { return m_busy; }
    // The identity provider's name for the current profile, empty when it offers none.
    QString identityProviderName() const;

public Q_SLOTS:
    void showSignInStarted();
    void showProgress(const QString &message);
    void showSignInFailed(const QString &message);
    // After sign-out: idle again, password cleared, username kept.
    void resetForNextSignIn(const QString &message);
    // Whether (displayName non-empty) and how the profile's server offers sign-in through an
    // identity provider.
    void setIdentityProvider(const QString &profileId, const QString &displayName);
    // While a sign-in is under way: asks to cancel it (signInCancelRequested) instead of closing.
    void reject() override;

Q_SIGNALS:
    void signInRequested(const QString &profileId, const QString &username, const QString &password);
    void sandboxRequested();
    void identityProviderSignInRequested(const QString &profileId);
    // Cancel or Escape while a sign-in is under way (otherwise they close the dialog).
    void signInCancelRequested();
    void profileChanged(const QString &profileId);

private:
    void setUpWidgets();
    void buildLayout();
    void connectActions();
    void requestSignIn();
    void requestSandbox();
    void requestIdentityProvider();
    void updateIdentityProvider();
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateCredentialFields();
    EnvironmentKind currentKind() const;

    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_identityProviderButton = nullptr;
    QLabel *m_passwordHint = nullptr; // "or with your IZ Desk username and password"
    QFormLayout *m_form = nullptr;
    bool m_busy = false;
    QHash<QString, QString> m_identityProviders; // profile id → display name
};

} // namespace izdesk
