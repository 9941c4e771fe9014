#include "onboardingcontactseditor.h"

#include <onboardingproject.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace izdesk {

OnboardingContactsEditor::OnboardingContactsEditor(QWidget *parent)
    : QGroupBox(tr("Contacts"), parent)
    , m_save(new QPushButton(tr("Sa&ve contacts"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_conflict(new QLabel(this))
{
    setObjectName(QStringLiteral("onboardingContacts"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Name"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Email"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Phone"), this), 0, 3);
    int r = 1;
    for (const QString &role : Onboarding::contactRoles()) {
        const QString label = Onboarding::contactRoleLabel(role);
        grid->addWidget(new QLabel(label, this), r, 0);
        Row row{role, new QLineEdit(this), new QLineEdit(this), new QLineEdit(this)};
        const QList<std::pair<QLineEdit *, QString>> fields{{row.name, tr("%1: name").arg(label)},
                                                            {row.email, tr("%1: email").arg(label)},
                                                            {row.phone, tr("%1: phone").arg(label)}};
        int c = 1;
        for (const auto &[edit, name] : fields) {
            edit->setObjectName(QStringLiteral("contact_%1_%2").arg(role).arg(c));
            edit->setAccessibleName(name);
            connect(edit, &QLineEdit::textEdited, this, &OnboardingContactsEditor::updateButtons);
            grid->addWidget(edit, r, c++);
        }
        grid->setColumnStretch(1, 2);
        grid->setColumnStretch(2, 3);
        grid->setColumnStretch(3, 2);
        m_rows.append(row);
        ++r;
    }
    m_save->setObjectName(QStringLiteral("onboardingSaveContacts"));
    m_save->setAccessibleName(tr("Save the contacts"));
    m_revert->setObjectName(QStringLiteral("onboardingRevertContacts"));
    m_revert->setAccessibleName(tr("Undo the contact edits"));
    m_conflict->setObjectName(QStringLiteral("onboardingContactsConflict"));
    m_conflict->setAccessibleName(tr("Contacts saved by someone else"));
    m_conflict->setWordWrap(true);
    m_conflict->setTextFormat(Qt::PlainText);
    m_conflict->setStyleSheet(QStringLiteral("color: #7a4a00;"));
    m_conflict->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_conflict);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QJsonObject patch = OnboardingProjectRules::contactsPatch(m_project, edited());
        if (!patch.isEmpty())
            Q_EMIT saveRequested(patch);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_conflict->hide();
        fill(m_project);
    });
    updateButtons();
}

void OnboardingContactsEditor::fill(const OnboardingProject &project)
{
    for (const Row &row : std::as_const(m_rows)) {
        const OnboardingContact c = project.contact(row.role);
        row.name->setText(c.name);
        row.email->setText(c.email);
        row.phone->setText(c.phone);
    }
    updateButtons();
}

void OnboardingContactsEditor::setProject(const OnboardingProject &project)
{
    const bool same = project.id == m_project.id;
    m_project = project;
    // What was typed stays while it still differs from the project as it is now.
    const bool keep = same && isDirty();
    if (!keep) {
        m_conflict->hide();
        fill(project);
    }
    updateButtons();
}

void OnboardingContactsEditor::showConflict(const OnboardingProject &current)
{
    const auto typed = edited();
    QStringList lines{tr("Saved by someone else meanwhile (yours is still in the boxes; Save again to keep "
                         "yours, Revert to take theirs):")};
    for (const auto &[role, mine] : typed) {
        const OnboardingContact theirs = current.contact(role);
        if (theirs == m_project.contact(role) && theirs == mine)
            continue;
        QStringList parts{theirs.name, theirs.email, theirs.phone};
        parts.removeAll(QString());
        lines << tr("%1 now: %2")
                     .arg(Onboarding::contactRoleLabel(role),
                          parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(" · ")));
    }
    m_project = current;
    m_conflict->setText(lines.join(QLatin1Char('\n')));
    m_conflict->show();
    updateButtons();
}

QList<QPair<QString, OnboardingContact>> OnboardingContactsEditor::edited() const
{
    QList<QPair<QString, OnboardingContact>> out;
    for (const Row &row : m_rows)
        out.append({row.role, {row.name->text(), row.email->text(), row.phone->text()}});
    return out;
}

bool OnboardingContactsEditor::isDirty() const
{
    return m_project.id && !OnboardingProjectRules::contactsPatch(m_project, edited()).isEmpty();
}

void OnboardingContactsEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row &row : std::as_const(m_rows)) {
        for (QLineEdit *edit : {row.name, row.email, row.phone})
            edit->setReadOnly(!editable);
    }
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
    updateButtons();
}

void OnboardingContactsEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(m_editable && dirty);
    m_revert->setEnabled(m_editable && (dirty || !m_conflict->isHidden()));
}

void OnboardingContactsEditor::clear()
{
    m_project = OnboardingProject();
    m_conflict->hide();
    fill(m_project);
}

} // namespace izdesk
