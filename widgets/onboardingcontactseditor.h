#pragma once

#include <onboardingrecords.h>

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace izdesk {

// A project's three contacts (technical, clinical champion, access administrator: name,
// email, phone), editable. Save sends only what changed; an edit not yet saved survives a
// reload of the same project and closing the window. When someone else saved first the
// editor keeps what was typed and shows the values now on the server beside it. GUI thread.
class OnboardingContactsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit OnboardingContactsEditor(QWidget *parent = nullptr);

    // Shows the project's contacts; a pending edit of the same project stays.
    void setProject(const OnboardingProject &project);
    // Someone else saved first: `current` is the project now; what was typed stays.
    void showConflict(const OnboardingProject &current);
    void setEditable(bool editable);
    void clear();
    bool isDirty() const;
    QList<QPair<QString, OnboardingContact>> edited() const;

Q_SIGNALS:
    void saveRequested(const QJsonObject &patch);

private:
    void fill(const OnboardingProject &project);
    void updateButtons();

    struct Row
    {
        QString role;
        QLineEdit *name;
        QLineEdit *email;
        QLineEdit *phone;
    };
    QList<Row> m_rows;
    OnboardingProject m_project;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_conflict;
    bool m_editable = false;
};

} // namespace izdesk
