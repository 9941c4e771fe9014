#include "onboarding/queueranking.h"

#include <algorithm>
#include <cmath>

namespace izdesk::server::QueueRanking {

namespace {

double fraction(double value, double fullAt)
{
    return fullAt <= 0 ? 0.0 : std::clamp(value / fullAt, 0.0, 1.0);
}

// Electronic reporting over a real-time or batch interface counts fully; a flat file half;
// direct entry in the registry's web screens not at all.
double electronicFactor(const QueueEntry &e)
{
    if (e.reportingMethod != QLatin1String("electronic") || e.transport == QLatin1String("web_entry"))
        return 0.0;
    return e.transport == QLatin1String("flat_file") ? 0.5 : 1.0;
}

} // namespace

int daysWaiting(const QueueEntry &e, const QDate &today)
{
    const QDate until
        = e.status == QLatin1String("invited") && e.invitedAt.isValid() ? e.invitedAt.toUTC().date() : today;
    return e.registeredOn.isValid() ? std::max<qint64>(0, e.registeredOn.daysTo(until)) : 0;
}

int priority(const QueueEntry &e, const OnboardingPolicy &policy, const QDate &today)
{
    const OnboardingPolicy::Weights &w = policy.weights;
    const double sum = w.registrationComplete * (e.registrationComplete ? 1.0 : 0.0)
                       + w.electronic * electronicFactor(e) + w.vfcEnrolled * (e.vfcEnrolled ? 1.0 : 0.0)
                       + w.volume * fraction(e.monthlyDoses, policy.volumeFullAt)
                       + w.sites * fraction(e.siteCount, policy.sitesFullAt)
                       + w.organizationType * (policy.organizationTypesFirst.contains(e.organization.type) ? 1.0 : 0.0)
                       + w.waiting * fraction(daysWaiting(e, today), policy.waitingFullAtDays);
    return w.total() > 0 ? int(std::lround(100.0 * sum / w.total())) : 0;
}

QList<Ranked> rank(const QList<QueueEntry> &entries, const OnboardingPolicy &policy, const QDate &today)
{
    QList<Ranked> waiting;
    QList<Ranked> others;
    for (const QueueEntry &e : entries) {
        Ranked r{e, priority(e, policy, today), 0, daysWaiting(e, today)};
        (e.status == QLatin1String("waiting") ? waiting : others).append(r);
    }
    std::sort(waiting.begin(), waiting.end(), [](const Ranked &a, const Ranked &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.entry.registeredOn != b.entry.registeredOn)
            return a.entry.registeredOn < b.entry.registeredOn;
        return a.entry.id < b.entry.id;
    });
    for (qsizetype i = 0; i < waiting.size(); ++i)
        waiting[i].position = int(i + 1);
    std::sort(others.begin(), others.end(), [](const Ranked &a, const Ranked &b) { return a.entry.id > b.entry.id; });
    return waiting + others;
}

QJsonObject Ranked::toJson() const
{
    using namespace OnboardingValues;
    const QueueEntry &e = entry;
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("organization"), e.organization.toJson()},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("registered_on"), dateJson(e.registeredOn)},
        {QStringLiteral("reporting_method"), e.reportingMethod},
        {QStringLiteral("transport"), e.transport},
        {QStringLiteral("vfc_enrolled"), e.vfcEnrolled},
        {QStringLiteral("monthly_doses"), e.monthlyDoses},
        {QStringLiteral("site_count"), e.siteCount},
        {QStringLiteral("registration_complete"), e.registrationComplete},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("position"), position > 0 ? QJsonValue(position) : QJsonValue()},
        {QStringLiteral("days_waiting"), daysWaiting},
        {QStringLiteral("requeue_reason"), e.requeueReason.isEmpty() ? QJsonValue() : QJsonValue(e.requeueReason)},
        {QStringLiteral("from_project_id"), e.fromProjectId ? QJsonValue(*e.fromProjectId) : QJsonValue()},
        {QStringLiteral("notes"), e.notes},
        {QStringLiteral("created_at"), timeJson(e.createdAt)},
        {QStringLiteral("invited_at"), timeJson(e.invitedAt)},
        {QStringLiteral("version"), e.version}};
    return o;
}

} // namespace izdesk::server::QueueRanking
