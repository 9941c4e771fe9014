#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace izdesk {

// What one onboarding action asks for before it is sent: a stage (change a due date), a date
// (agreed plan, workflow or training, new due date) and a reason or note. OK stays disabled
// until every required part is filled. GUI thread only.
class OnboardingActionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Spec
    {
        QString title;
        QString prompt;
        QStringList stages; // stage keys to choose from; empty: no stage field
        bool askDate = false;
        QString dateLabel;
        QDate date;
        QDate minimumDate;
        bool askText = false;
        bool textRequired = false;
        QString textLabel;
        QString okText;
    };

    explicit OnboardingActionDialog(const Spec &spec, QWidget *parent = nullptr);

    QString stage() const;
    QDate date() const;
    QString text() const;

private:
    void updateOk();

    Spec m_spec;
    QComboBox *m_stage = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace izdesk
