#pragma once

#include "widgettypes.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace izdesk {

class CallTimerWidget;

// Writes a timeline entry: a note (internal) or a reply (to the caller), with a canned
// response picker, plus a call log with a running call timer. Stopping the timer (or
// "Log call") emits callLogged with the start/end times; "Add" emits entrySubmitted. Ctrl+Enter
// sends. The composer keeps its text until the owner calls clearAfterSave(), so a failed save
// loses nothing. GUI thread only.
class TimelineComposer : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineComposer(QWidget *parent = nullptr);

    void setCannedResponses(const QList<CannedResponseChoice> &responses);
    void setCategory(const QString &category); // filters the canned responses offered
    void setCallerPhone(const QString &phone);

    void startNote();
    void startReply();
    void pickCannedResponse();
    void toggleCallTimer();
    void clearAfterSave();

    QString kind() const; // note | reply
    CallTimerWidget *callTimer() const { return m_callTimer; }

Q_SIGNALS:
    void entrySubmitted(const QString &kind, const QString &body);
    void callLogged(const CallLog &call);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void fillCanned();
    void insertCanned(int index);
    void updateButtons();

    QRadioButton *m_noteRadio = nullptr;
    QRadioButton *m_replyRadio = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    QComboBox *m_cannedCombo = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_addButton = nullptr;
    QComboBox *m_directionCombo = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    CallTimerWidget *m_callTimer = nullptr;
    QList<CannedResponseChoice> m_canned;
    QString m_category;
};

} // namespace izdesk
