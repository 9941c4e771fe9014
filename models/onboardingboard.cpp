#include "onboardingboard.h"

#include <algorithm>

namespace izdesk {

namespace {

QDateTime dueOf(const OnboardingProject &project)
{
    const OnboardingStage *stage = project.currentStageEntry();
    return stage ? stage->dueAt : QDateTime();
}

int statusRank(const OnboardingQueueEntry &entry)
{
    if (entry.isWaiting())
        return 0;
    return entry.status == QLatin1String("invited") ? 1 : 2;
}

} // namespace

void OnboardingBoard::setProjects(const QList<OnboardingProject> &projects)
{
    m_projects = projects;
    // Overdue first, then the nearest due date (none last), then the older project.
    std::stable_sort(m_projects.begin(), m_projects.end(), [](const OnboardingProject &a, const OnboardingProject &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        const QDateTime da = dueOf(a), db = dueOf(b);
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        return a.id < b.id;
    });
}

void OnboardingBoard::setQueue(const QList<OnboardingQueueEntry> &queue)
{
    m_queue = queue;
    // Waiting by position, then invited and withdrawn, newest registration first.
    std::stable_sort(m_queue.begin(), m_queue.end(), [](const OnboardingQueueEntry &a, const OnboardingQueueEntry &b) {
        if (statusRank(a) != statusRank(b))
            return statusRank(a) < statusRank(b);
        if (a.isWaiting() && a.position != b.position)
            return a.position < b.position;
        if (!a.isWaiting() && a.registeredOn != b.registeredOn)
            return a.registeredOn > b.registeredOn;
        return a.id < b.id;
    });
}

int OnboardingBoard::columnCount()
{
    return 1 + int(Onboarding::stageKeys().size());
}

QString OnboardingBoard::columnStage(int column)
{
    if (column <= QueueColumn || column >= columnCount())
        return {};
    return Onboarding::stageKeys().at(column - 1);
}

int OnboardingBoard::columnOfStage(const QString &stage)
{
    const qsizetype i = Onboarding::stageKeys().indexOf(stage);
    return i < 0 ? -1 : int(i) + 1;
}

QString OnboardingBoard::columnTitle(int column) const
{
    const QString name = column == QueueColumn ? tr("Queue") : Onboarding::stageLabel(columnStage(column));
    return tr("%1 (%2)").arg(name).arg(cards(column).size());
}

bool OnboardingBoard::matches(const OnboardingProject &project) const
{
    if (m_filter.isEmpty())
        return true;
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    return project.organization.name.contains(m_filter, cs)
           || Onboarding::stageLabel(project.currentStage).contains(m_filter, cs)
           || Onboarding::projectStatusLabel(project.status).contains(m_filter, cs)
           || QString::number(project.id) == m_filter || (project.overdue && tr("overdue").contains(m_filter, cs));
}

bool OnboardingBoard::matches(const OnboardingQueueEntry &entry) const
{
    if (m_filter.isEmpty())
        return true;
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    return entry.organization.name.contains(m_filter, cs)
           || Onboarding::queueStatusLabel(entry.status).contains(m_filter, cs) || tr("Queue").contains(m_filter, cs);
}

OnboardingCard OnboardingBoard::card(const OnboardingProject &project) const
{
    OnboardingCard c;
    c.kind = OnboardingCard::Kind::Project;
    c.id = project.id;
    c.organizationId = project.organization.id;
    c.organization = project.organization.name;
    const OnboardingStage *stage = project.currentStageEntry();
    c.overdue = project.overdue;
    c.timing = Onboarding::dueText(stage ? stage->dueAt : QDateTime(), project.overdue, m_now);
    c.gateMet = project.gate.met;
    c.gateText = project.gate.met ? tr("gate met: ready to pass") : tr("gate not met");
    return c;
}

OnboardingCard OnboardingBoard::card(const OnboardingQueueEntry &entry)
{
    OnboardingCard c;
    c.kind = OnboardingCard::Kind::QueueEntry;
    c.id = entry.id;
    c.organizationId = entry.organization.id;
    c.organization = entry.organization.name;
    c.waiting = entry.isWaiting();
    if (c.waiting)
        c.timing = tr("#%1 · priority %2 · waiting %n day(s)", nullptr, entry.daysWaiting)
                       .arg(entry.position)
                       .arg(entry.priority);
    else
        c.timing = tr("registered %1").arg(entry.registeredOn.toString(Qt::ISODate));
    if (!c.waiting)
        c.gateText = Onboarding::queueStatusLabel(entry.status);
    else
        c.gateText = entry.registrationComplete ? tr("registration complete") : tr("registration incomplete");
    if (!entry.requeueReason.isEmpty())
        c.gateText += QStringLiteral(" · ") + tr("moved back: %1").arg(entry.requeueReason);
    return c;
}

QList<OnboardingCard> OnboardingBoard::cards(int column) const
{
    QList<OnboardingCard> out;
    if (column == QueueColumn) {
        for (const OnboardingQueueEntry &e : m_queue) {
            if (matches(e))
                out.append(card(e));
        }
        return out;
    }
    const QString stage = columnStage(column);
    for (const OnboardingProject &p : m_projects) {
        if (p.currentStage == stage && matches(p))
            out.append(card(p));
    }
    return out;
}

std::optional<std::pair<int, int>> OnboardingBoard::locate(OnboardingCard::Kind kind, qint64 id) const
{
    for (int column = 0; column < columnCount(); ++column) {
        const QList<OnboardingCard> list = cards(column);
        for (int row = 0; row < list.size(); ++row) {
            if (list.at(row).kind == kind && list.at(row).id == id)
                return std::make_pair(column, row);
        }
    }
    return std::nullopt;
}

int OnboardingBoard::overdueCount() const
{
    return int(
        std::count_if(m_projects.cbegin(), m_projects.cend(), [](const OnboardingProject &p) { return p.overdue; }));
}

const OnboardingProject *OnboardingBoard::project(qint64 id) const
{
    for (const OnboardingProject &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const OnboardingQueueEntry *OnboardingBoard::queueEntry(qint64 id) const
{
    for (const OnboardingQueueEntry &e : m_queue) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace izdesk
