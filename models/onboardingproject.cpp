#include "onboardingproject.h"

#include <QLocale>

namespace izdesk {

OnboardingActions OnboardingActions::available(const OnboardingProject &project, bool mayWork, bool mayManage)
{
    OnboardingActions a;
    const bool active = project.isActive();
    const QString &stage = project.currentStage;
    a.editContacts = mayWork && (active || project.status == QLatin1String("completed"));
    a.setPlan = mayManage && active && stage == QLatin1String("plan");
    a.passStage = mayManage && active;
    a.recordWorkflow = mayWork && active;
    a.recordTraining = mayWork && active;
    a.changeDueDate = mayManage && active;
    a.moveBack = mayManage && active;
    a.withdraw = mayManage && active;
    a.invitationLetter = mayManage && project.status != QLatin1String("withdrawn");
    a.ongoingLetter = mayManage && project.status == QLatin1String("completed");
    a.addSubmission = mayWork && active
                      && (stage == QLatin1String("test_transport") || stage == QLatin1String("technical_review")
                          || stage == QLatin1String("monitoring"));
    return a;
}

QJsonObject OnboardingProjectRules::contactsPatch(const OnboardingProject &project,
                                                  const QList<QPair<QString, OnboardingContact>> &edited)
{
    QJsonObject contacts;
    for (const auto &[role, contact] : edited) {
        const OnboardingContact trimmed{contact.name.trimmed(), contact.email.trimmed(), contact.phone.trimmed()};
        if (!(trimmed == project.contact(role)))
            contacts.insert(role, trimmed.toJson());
    }
    if (contacts.isEmpty())
        return {};
    return {{QStringLiteral("contacts"), contacts}};
}

QString OnboardingProjectRules::gateText(const OnboardingGate &gate)
{
    const QString stage = Onboarding::stageLabel(gate.stage);
    if (gate.met)
        return tr("Gate met: %1 can be passed.").arg(stage);
    QStringList lines{tr("Gate not met for %1:").arg(stage)};
    for (const QString &reason : gate.reasons)
        lines << QStringLiteral("• ") + reason;
    return lines.join(QLatin1Char('\n'));
}

QStringList OnboardingProjectRules::reschedulableStages(const OnboardingProject &project, const QDateTime &now)
{
    QStringList out;
    for (const OnboardingStage &s : project.stages) {
        if (s.state != QLatin1String("passed") && !s.completedAt.isValid() && s.dueAt.isValid() && s.dueAt > now)
            out << s.stage;
    }
    return out;
}

void OnboardingTimelineModel::setProject(const OnboardingProject &project)
{
    beginResetModel();
    m_current = project.currentStage;
    m_stages.clear();
    // Every stage in order, also those the answer does not detail yet.
    for (const QString &key : Onboarding::stageKeys()) {
        OnboardingStage stage;
        stage.stage = key;
        for (const OnboardingStage &s : project.stages) {
            if (s.stage == key)
                stage = s;
        }
        if (stage.state.isEmpty())
            stage.state = QStringLiteral("pending");
        m_stages.append(stage);
    }
    endResetModel();
}

void OnboardingTimelineModel::clear()
{
    beginResetModel();
    m_stages.clear();
    m_current.clear();
    endResetModel();
}

int OnboardingTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int OnboardingTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnboardingTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stages.size())
        return {};
    const OnboardingStage &s = m_stages.at(index.row());
    if (role == Qt::UserRole)
        return s.stage;
    if (role == OverdueRole)
        return s.overdue;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StageColumn: return Onboarding::stageLabel(s.stage);
    case StateColumn: return Onboarding::stageStateLabel(s.state);
    case StartedColumn: return Onboarding::timeText(s.startedAt);
    case DueColumn: return Onboarding::timeText(s.dueAt);
    case CompletedColumn:
        return s.completedBy.isEmpty() ? Onboarding::timeText(s.completedAt)
                                       : tr("%1 by %2").arg(Onboarding::timeText(s.completedAt), s.completedBy);
    case NoteColumn:
        if (s.overdue)
            return tr("Overdue");
        return s.businessDays > 0 ? tr("%n business day(s)", nullptr, s.businessDays) : QString();
    default: return {};
    }
}

QVariant OnboardingTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn: return tr("Stage");
    case StateColumn: return tr("State");
    case StartedColumn: return tr("Started");
    case DueColumn: return tr("Due");
    case CompletedColumn: return tr("Completed");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

void OnboardingSubmissionsModel::setSubmissions(const QList<OnboardingSubmission> &submissions)
{
    beginResetModel();
    m_rows = submissions;
    endResetModel();
}

int OnboardingSubmissionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OnboardingSubmissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnboardingSubmissionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OnboardingSubmission &s = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return s.id;
    if (role == Qt::TextAlignmentRole && index.column() >= MessagesColumn && index.column() != PassedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn: return Onboarding::timeText(s.receivedAt);
    case FileColumn: return s.filename;
    case StageColumn: return Onboarding::stageLabel(s.stage);
    case MessagesColumn: return s.messages;
    case ErrorsColumn: return s.errorMessages;
    case WarningsColumn: return s.warningMessages;
    case PassedColumn: return s.passed ? tr("Passed") : tr("Not passed");
    case ScoreColumn: return s.score;
    default: return {};
    }
}

QVariant OnboardingSubmissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn: return tr("Received");
    case FileColumn: return tr("File");
    case StageColumn: return tr("Stage");
    case MessagesColumn: return tr("Messages");
    case ErrorsColumn: return tr("With errors");
    case WarningsColumn: return tr("With warnings");
    case PassedColumn: return tr("Result");
    case ScoreColumn: return tr("Score");
    default: return {};
    }
}

} // namespace izdesk
