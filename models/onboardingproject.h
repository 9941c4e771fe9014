#pragma once

#include "onboardingrecords.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QJsonObject>

namespace izdesk {

// What the desk may ask of a project now, from its status, current stage and the caller's
// permissions (onboarding_work, onboarding_manage). The server decides; the view offers only
// these. Pure value.
struct OnboardingActions
{
    bool editContacts = false;
    bool setPlan = false;
    bool passStage = false;
    bool recordWorkflow = false;
    bool recordTraining = false;
    bool changeDueDate = false;
    bool moveBack = false;
    bool withdraw = false;
    bool invitationLetter = false;
    bool ongoingLetter = false;
    // Attach a test HL7 file: onboarding_work, an active project in test_transport,
    // technical_review or monitoring (the stages that take submissions).
    bool addSubmission = false;

    static OnboardingActions available(const OnboardingProject &project, bool mayWork, bool mayManage);
};

// The project view's rules and words. Pure.
class OnboardingProjectRules
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingProjectRules)

public:
    // The merge patch that turns the project's contacts into `edited` ({"contacts":{role:{…}}}
    // with only the roles that changed); empty when nothing changed.
    static QJsonObject contactsPatch(const OnboardingProject &project,
                                     const QList<QPair<QString, OnboardingContact>> &edited);
    // "Gate met: Technical review can be passed." or "Gate not met for Technical review:" then
    // the reasons, one per line.
    static QString gateText(const OnboardingGate &gate);
    // The not-yet-completed stages whose due date may still move (not past due at `now`).
    static QStringList reschedulableStages(const OnboardingProject &project, const QDateTime &now);
};

// The stage timeline of one project: a row per stage in order, with its state, start, due
// date, completion and whether it is overdue (in words, not colour alone).
class OnboardingTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StageColumn, StateColumn, StartedColumn, DueColumn, CompletedColumn, NoteColumn, ColumnCount };
    // Qt::UserRole: the stage key; OverdueRole: bool.
    static constexpr int OverdueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setProject(const OnboardingProject &project);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OnboardingStage> m_stages;
    QString m_current;
};

// The submissions trend: one row per batch, oldest first (date, messages, messages with
// errors and with warnings, passed or not, score).
class OnboardingSubmissionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReceivedColumn,
        FileColumn,
        StageColumn,
        MessagesColumn,
        ErrorsColumn,
        WarningsColumn,
        PassedColumn,
        ScoreColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSubmissions(const QList<OnboardingSubmission> &submissions);
    const QList<OnboardingSubmission> &submissions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OnboardingSubmission> m_rows;
};

} // namespace izdesk
