#include "verification/verificationpolicy.h"

#include <QFile>

#include <algorithm>

namespace izdesk {

QStringList VerificationPolicy::CallerType::factors() const
{
    QStringList out = allOf + oneOf;
    for (const QStringList &g : anyOfGroups)
        out += g;
    return out;
}

const QHash<QString, QString> &VerificationPolicy::knownFactorInputs()
{
    static const QHash<QString, QString> inputs{
        {QStringLiteral("full_name"), QStringLiteral("name")},
        {QStringLiteral("birth_date"), QStringLiteral("date")},
        {QStringLiteral("address"), QStringLiteral("address")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("mother_maiden_name"), QStringLiteral("text")},
        {QStringLiteral("guardian_listed"), QStringLiteral("name")},
        {QStringLiteral("custody_document"), QStringLiteral("attest")},
        {QStringLiteral("iis_username"), QStringLiteral("text")},
        {QStringLiteral("facility_code"), QStringLiteral("text")},
        {QStringLiteral("school_code"), QStringLiteral("text")},
        {QStringLiteral("facility_callback"), QStringLiteral("attest")},
    };
    return inputs;
}

QByteArray VerificationPolicy::builtInJson()
{
    QFile file(QStringLiteral(":/izdesk/policies/verification-default.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const VerificationPolicy &VerificationPolicy::builtIn()
{
    static const VerificationPolicy policy = [] {
        QString error;
        auto parsed = fromBytes(builtInJson(), &error);
        Q_ASSERT_X(parsed, "VerificationPolicy::builtIn", "the shipped default policy is invalid");
        return parsed ? *parsed : VerificationPolicy();
    }();
    return policy;
}

const VerificationPolicy::CallerType *VerificationPolicy::callerType(const QString &id) const
{
    for (const CallerType &t : m_callerTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::optional<VerificationPolicy::Factor> VerificationPolicy::factor(const QString &id) const
{
    const auto it = m_factors.constFind(id);
    if (it == m_factors.constEnd())
        return std::nullopt;
    return *it;
}

VerificationPolicy::Evaluation VerificationPolicy::evaluate(const QString &callerType,
                                                            const QHash<QString, Result> &results,
                                                            std::optional<int> ageYears) const
{
    Evaluation ev;
    const CallerType *t = this->callerType(callerType);
    if (!t) {
        ev.outcome = Outcome::Failed;
        ev.reason = QStringLiteral("unknown_caller_type");
        return ev;
    }
    if (t->subject == QLatin1String("none")) {
        ev.outcome = Outcome::Referred;
        ev.reason = QStringLiteral("caller_type_referral");
        return ev;
    }
    const auto passed = [&](const QString &f) {
        const Result r = results.value(f, Result::Unchecked);
        return r == Result::Match || r == Result::Attested;
    };
    const auto tried = [&](const QString &f) { return results.value(f, Result::Unchecked) != Result::Unchecked; };
    // Rule sets where at least one member must pass: one_of, then each any_of group.
    QList<QPair<QStringList, QString>> anyRules;
    if (!t->oneOf.isEmpty())
        anyRules.append({t->oneOf, QStringLiteral("one_of_exhausted")});
    for (const QStringList &g : t->anyOfGroups)
        anyRules.append({g, QStringLiteral("any_of_group_exhausted")});

    bool satisfied = true;
    for (const QString &f : t->allOf) {
        if (tried(f) && !passed(f)) {
            ev.outcome = Outcome::Failed;
            ev.reason = QStringLiteral("no_match:") + f;
            return ev;
        }
        if (!tried(f)) {
            satisfied = false;
            ev.remaining.append(f);
        }
    }
    for (const auto &rule : std::as_const(anyRules)) {
        if (std::any_of(rule.first.begin(), rule.first.end(), passed))
            continue;
        if (std::all_of(rule.first.begin(), rule.first.end(), tried)) {
            ev.outcome = Outcome::Failed;
            ev.reason = rule.second;
            ev.remaining.clear();
            return ev;
        }
        satisfied = false;
        for (const QString &f : rule.first)
            if (!tried(f))
                ev.remaining.append(f);
    }
    if (!satisfied)
        return ev;
    ev.remaining.clear();
    if (ageYears
        && ((t->minAgeYears && *ageYears < *t->minAgeYears) || (t->maxAgeYears && *ageYears > *t->maxAgeYears))) {
        ev.outcome = Outcome::Failed;
        ev.reason = QStringLiteral("age_rule");
        return ev;
    }
    ev.outcome = Outcome::Verified;
    return ev;
}

QStringList VerificationPolicy::releaseMethods(const QString &callerType, bool sharingLock,
                                               bool protectionIndicator) const
{
    const CallerType *t = this->callerType(callerType);
    if (!t)
        return {};
    QStringList methods = t->release;
    const auto apply = [&methods](const QString &rule) {
        if (rule == QLatin1String("mail_only"))
            methods = methods.contains(QStringLiteral("mail")) ? QStringList{QStringLiteral("mail")} : QStringList();
        else if (rule == QLatin1String("refer"))
            methods.clear(); // only a supervisor may release it
    };
    if (sharingLock)
        apply(protectedRule(QStringLiteral("sharing_lock")));
    if (protectionIndicator)
        apply(protectedRule(QStringLiteral("protection")));
    return methods;
}

int VerificationPolicy::ageInYears(const QDate &birthDate, const QDate &today)
{
    int age = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --age;
    return age;
}

QString VerificationPolicy::resultName(Result result)
{
    switch (result) {
    case Result::Match: return QStringLiteral("match");
    case Result::NoMatch: return QStringLiteral("no_match");
    case Result::Attested: return QStringLiteral("attested");
    case Result::NotAttested: return QStringLiteral("not_attested");
    case Result::Unchecked: break;
    }
    return QStringLiteral("unchecked");
}

std::optional<VerificationPolicy::Result> VerificationPolicy::parseResult(const QString &name)
{
    for (Result r : {Result::Match, Result::NoMatch, Result::Attested, Result::NotAttested})
        if (resultName(r) == name)
            return r;
    return std::nullopt;
}

QString VerificationPolicy::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified: return QStringLiteral("verified");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Referred: return QStringLiteral("referred");
    case Outcome::InProgress: break;
    }
    return QStringLiteral("in_progress");
}

} // namespace izdesk
