#include "onboarding/onboardingpolicy.h"

#include "catalog.h"
#include "policyjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace izdesk::server {

using PolicyJson::readInt;

const QStringList &OnboardingPolicy::stageKeys()
{
    static const QStringList keys{QStringLiteral("plan"), QStringLiteral("test_transport"),
                                  QStringLiteral("technical_review"), QStringLiteral("production"),
                                  QStringLiteral("monitoring")};
    return keys;
}

int OnboardingPolicy::businessDays(const QString &stage) const
{
    const qsizetype i = stageKeys().indexOf(stage);
    return i < 0 ? 0 : stageBusinessDays.at(size_t(i));
}

const OnboardingPolicy &OnboardingPolicy::builtIn()
{
    static const OnboardingPolicy policy = [] {
        QFile file(QStringLiteral(":/izdesk/policies/onboarding-default.json"));
        QString error;
        auto parsed = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : std::nullopt;
        Q_ASSERT_X(parsed, "OnboardingPolicy::builtIn", "the shipped default policy is missing or invalid");
        return parsed ? *parsed : OnboardingPolicy();
    }();
    return policy;
}

namespace {

bool readStages(const QJsonObject &o, OnboardingPolicy *p, QString *error)
{
    const QString key = QStringLiteral("stages");
    if (!o.contains(key))
        return true;
    if (!o.value(key).isObject()) {
        *error = QStringLiteral("stages: must be an object of business days per stage");
        return false;
    }
    const QJsonObject stages = o.value(key).toObject();
    if (!PolicyJson::onlyKnownKeys(stages, OnboardingPolicy::stageKeys(), QStringLiteral("stages."), error))
        return false;
    for (qsizetype i = 0; i < OnboardingPolicy::stageKeys().size(); ++i) {
        if (!readInt(stages, OnboardingPolicy::stageKeys().at(i), 1, 250, &p->stageBusinessDays[size_t(i)], error,
                     QStringLiteral("stages.")))
            return false;
    }
    return true;
}

bool readWeights(const QJsonObject &o, OnboardingPolicy::Weights *w, QString *error)
{
    const QString key = QStringLiteral("priority_weights");
    if (!o.contains(key))
        return true;
    if (!o.value(key).isObject()) {
        *error = QStringLiteral("priority_weights: must be an object of weights from 0 to 100");
        return false;
    }
    const QJsonObject weights = o.value(key).toObject();
    const QList<std::pair<QString, int *>> fields{{QStringLiteral("registration_complete"), &w->registrationComplete},
                                                  {QStringLiteral("electronic"), &w->electronic},
                                                  {QStringLiteral("vfc_enrolled"), &w->vfcEnrolled},
                                                  {QStringLiteral("volume"), &w->volume},
                                                  {QStringLiteral("sites"), &w->sites},
                                                  {QStringLiteral("organization_type"), &w->organizationType},
                                                  {QStringLiteral("waiting"), &w->waiting}};
    QStringList known;
    for (const auto &f : fields)
        known << f.first;
    if (!PolicyJson::onlyKnownKeys(weights, known, QStringLiteral("priority_weights."), error))
        return false;
    for (const auto &f : fields) {
        if (!readInt(weights, f.first, 0, 100, f.second, error, QStringLiteral("priority_weights.")))
            return false;
    }
    if (w->total() == 0) {
        *error = QStringLiteral("priority_weights: at least one weight must be above 0");
        return false;
    }
    return true;
}

bool readTypesFirst(const QJsonObject &o, QStringList *out, QString *error)
{
    const QString key = QStringLiteral("organization_types_first");
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const QStringList allowed = Catalog::keys(Catalog::organizationTypes());
    QStringList types;
    bool ok = v.isArray();
    for (const QJsonValue &t : v.toArray()) {
        ok = ok && t.isString() && allowed.contains(t.toString());
        if (ok && !types.contains(t.toString()))
            types << t.toString();
    }
    if (!ok) {
        *error = QStringLiteral("organization_types_first: must be a list of organization types (%1)")
                     .arg(allowed.join(QStringLiteral(", ")));
        return false;
    }
    *out = types;
    return true;
}

} // namespace

std::optional<OnboardingPolicy> OnboardingPolicy::fromJson(const QByteArray &json, QString *error)
{
    static const QStringList known{QStringLiteral("stages"),
                                   QStringLiteral("submission_retention_days"),
                                   QStringLiteral("priority_weights"),
                                   QStringLiteral("volume_full_at"),
                                   QStringLiteral("sites_full_at"),
                                   QStringLiteral("waiting_full_at_days"),
                                   QStringLiteral("organization_types_first")};
    const auto parsed = PolicyJson::object(json, known, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    OnboardingPolicy p;
    if (!readStages(o, &p, error) || !readWeights(o, &p.weights, error)
        || !readInt(o, QStringLiteral("submission_retention_days"), 1, 3650, &p.submissionRetentionDays, error)
        || !readInt(o, QStringLiteral("volume_full_at"), 1, 10000000, &p.volumeFullAt, error)
        || !readInt(o, QStringLiteral("sites_full_at"), 1, 10000, &p.sitesFullAt, error)
        || !readInt(o, QStringLiteral("waiting_full_at_days"), 1, 3650, &p.waitingFullAtDays, error)
        || !readTypesFirst(o, &p.organizationTypesFirst, error))
        return std::nullopt;
    return p;
}

} // namespace izdesk::server
