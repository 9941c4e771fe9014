#pragma once

#include "onboardingrecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace izdesk {

// One card of the onboarding board: a project in its current stage's column, or an entry of
// the queue. Value type.
struct OnboardingCard
{
    enum class Kind { Project, QueueEntry };
    Kind kind = Kind::Project;
    qint64 id = 0;
    qint64 organizationId = 0;
    QString organization;
    QString timing;   // "3 days left", "2 days overdue"; for the queue "#2 · priority 71"
    QString gateText; // "gate met", "gate not met"; for the queue the entry's status
    bool overdue = false;
    bool gateMet = false;
    bool waiting = false; // a queue entry that can be invited
};

// The onboarding board (contracts-onboarding.md): the queue then one column per stage, a card
// per project in its current stage's column, overdue first, then the nearest due date; the
// queue waiting first by position. A text filter keeps the cards whose organization, stage,
// status or number contain it. Pure, no I/O; GUI thread by use.
class OnboardingBoard
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingBoard)

public:
    static constexpr int QueueColumn = 0;

    void setProjects(const QList<OnboardingProject> &projects);
    void setQueue(const QList<OnboardingQueueEntry> &queue);
    void setFilter(const QString &text) { m_filter = text.trimmed(); }
    QString filter() const { return m_filter; }
    // The time the due dates are judged against (the server's clock).
    void setNow(const QDateTime &now) { m_now = now; }

    // The queue and the five stages.
    static int columnCount();
    // The stage key of a column, "" for the queue.
    static QString columnStage(int column);
    static int columnOfStage(const QString &stage);
    // "Technical review (3)", with the number of cards after the filter.
    QString columnTitle(int column) const;
    QList<OnboardingCard> cards(int column) const;
    // Where a card is now: (column, row) after the filter, or nothing.
    std::optional<std::pair<int, int>> locate(OnboardingCard::Kind kind, qint64 id) const;
    int projectCount() const { return int(m_projects.size()); }
    int overdueCount() const;
    const OnboardingProject *project(qint64 id) const;
    const OnboardingQueueEntry *queueEntry(qint64 id) const;

private:
    bool matches(const OnboardingProject &project) const;
    bool matches(const OnboardingQueueEntry &entry) const;
    OnboardingCard card(const OnboardingProject &project) const;
    static OnboardingCard card(const OnboardingQueueEntry &entry);

    QList<OnboardingProject> m_projects;
    QList<OnboardingQueueEntry> m_queue;
    QString m_filter;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace izdesk
