#pragma once

#include <staffaccountrecord.h>
#include <ticket.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace izdesk {

// One staff account change an administrator writes: a new account (username, name, role and
// a temporary password the person replaces at the first sign-in), a new role or name, or a
// new temporary password. Passwords are masked and typed twice; they must match before the
// request goes out. The server decides the rest: its refusal shows under the field it names
// and the dialog keeps what was typed until the app confirms (confirmDone). GUI thread only.
class StaffAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Change, ResetPassword };

    explicit StaffAccountDialog(QWidget *parent = nullptr);

    void startCreate();
    void startChange(const StaffAccount &account);
    void startResetPassword(const StaffAccount &account);
    Mode mode() const { return m_mode; }
    qint64 accountId() const { return m_account.id; }
    bool isBusy() const { return m_busy; }

    QString username() const;
    QString displayName() const;
    QString role() const; // a Catalog::staffRoles key
    QString temporaryPassword() const;

public Q_SLOTS:
    void showFailed(const QString &message, const QList<izdesk::FieldError> &errors);
    void confirmDone();

Q_SIGNALS:
    // The fields are filled in and the passwords match: the view sends the request.
    void submitted();

private:
    void start(Mode mode, const StaffAccount &account);
    void submit();
    void setBusy(bool busy);
    void updateState();
    void clearErrors();

    Mode m_mode = Mode::Create;
    StaffAccount m_account;
    QLabel *m_intro = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QList<QWidget *> m_createRows, m_changeRows, m_passwordRows; // labels and fields per mode
    QLabel *m_usernameError = nullptr;
    QLabel *m_displayNameError = nullptr;
    QLabel *m_roleError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_busy = false;
};

} // namespace izdesk
