#pragma once

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace izdesk {

// Widget-side views of the verification policy and an attempt (app/ converts the
// VerificationController's types into these). Plain values.
struct WizardFactor
{
    QString id;
    QString label;
    QString input; // name | date | address | phone | text | attest
    int group = 0; // 0 = all of; 1 = one of; 2… = one of each "any of" group
};

struct WizardCallerType
{
    QString id;
    QString label;
    QString subject; // patient | iis_user | none
    QList<WizardFactor> factors;
};

struct WizardSubject
{
    qint64 patientId = 0;
    QString label; // "Patient record #12 — linked to this ticket" (never on-file values)
};

struct WizardAttempt
{
    qint64 id = 0;
    QString outcome; // in_progress | verified | failed | referred
    QString reason;
    QHash<QString, QString> results; // factor -> match | no_match | attested | not_attested
    QStringList remaining;
    QStringList releaseMethods;
    QDateTime expiresAt; // UTC
    int failedToday = 0;
    int maxFailedPerDay = 3;
    QString callbackPhone;
};

// The caller verification wizard for one ticket. Page 1: caller type (focused) and the
// patient the call is about; page 2: one row per factor (input, Check, ✓/✗ result), referral,
// and once verified the history and release buttons. The outcome banner stays on top. Holds
// no state worth keeping: what is typed is reported by inputEdited so the controller keeps
// it, and restore() puts it back. Emits requests only. GUI thread only.
class VerificationWizard : public QDialog
{
    Q_OBJECT

public:
    explicit VerificationWizard(QWidget *parent = nullptr);

    // The clock the expiry is counted against: the server's (it set the expiry), UTC. Without
    // one, this computer's clock.
    void setClock(std::function<QDateTime()> nowUtc) { m_clock = std::move(nowUtc); }
    void setCallerTypes(const QList<WizardCallerType> &types);
    // Opens page 1 for a ticket: caller type list focused.
    void startFor(qint64 ticketId, const QString &ticketNumber, const QList<WizardSubject> &subjects);
    // Reopens an attempt in progress (or decided) with what was typed.
    void restore(const QString &callerType, qint64 patientId, const QHash<QString, QString> &inputs,
                 const WizardAttempt &attempt);
    void showAttempt(const WizardAttempt &attempt);
    void showError(const QString &message);
    void showLocked(const QString &message);
    // The history the server released for reading to the caller: rows of (date, vaccine).
    void showHistory(const QList<QStringList> &rows);

    qint64 ticketId() const { return m_ticketId; }
    qint64 attemptId() const { return m_attempt.id; }
    qint64 patientId() const { return m_patientId; }
    QString bannerText() const;

Q_SIGNALS:
    void startRequested(qint64 ticketId, const QString &callerType, qint64 patientId);
    void factorCheckRequested(qint64 attemptId, const QString &factor, const QJsonValue &value);
    void inputEdited(qint64 ticketId, const QString &key, const QString &text);
    void referRequested(qint64 attemptId, const QString &note);
    void historyRequested(qint64 ticketId, qint64 patientId);
    void releaseRequested(qint64 ticketId, qint64 patientId, const QStringList &methods);
    void newAttemptRequested(qint64 ticketId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row
    {
        WizardFactor factor;
        QList<QLineEdit *> edits;
        QCheckBox *attest = nullptr;
        QPushButton *check = nullptr;
        QLabel *result = nullptr;
        QLabel *label = nullptr;
    };

    // verificationwizardpages.cpp: the pages and the factor rows.
    QWidget *buildTypePage();
    QWidget *buildFactorPage();
    void buildRows(const WizardCallerType &type);
    Row buildRow(const WizardFactor &factor, int gridRow);
    void addInputs(Row &row, QWidget *inputs);
    void requestStart();
    void check(const QString &factor);
    std::optional<QJsonValue> valueOf(Row &row);
    Row *rowOf(QWidget *widget);
    void updateSubjectVisibility();
    void updateBanner();
    void setBanner(const QString &kind, const QString &text);
    std::optional<WizardCallerType> currentType() const;

    qint64 m_ticketId = 0;
    qint64 m_patientId = 0;
    QString m_callerType;
    QList<WizardCallerType> m_types;
    WizardAttempt m_attempt;
    QList<Row> m_rows;
    QString m_lockedMessage;

    QLabel *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_typeList = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QComboBox *m_subjectCombo = nullptr;
    QSpinBox *m_otherPatient = nullptr;
    QPushButton *m_startButton = nullptr;
    QLabel *m_factorTitle = nullptr;
    QWidget *m_rowsHost = nullptr;
    QGridLayout *m_rowsGrid = nullptr;
    QLineEdit *m_referNote = nullptr;
    QPushButton *m_referButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_newAttemptButton = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer m_tick;
    std::function<QDateTime()> m_clock;
    QDateTime nowUtc() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
};

} // namespace izdesk
