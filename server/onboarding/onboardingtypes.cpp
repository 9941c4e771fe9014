#include "onboarding/onboardingtypes.h"

#include "ticket.h"

namespace izdesk::server {

QJsonObject OnboardingOrganization::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
}

qsizetype Project::stageIndex(const QString &key) const
{
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).stage == key)
            return i;
    }
    return -1;
}

StageRow *Project::stage(const QString &key)
{
    const qsizetype i = stageIndex(key);
    return i < 0 ? nullptr : &stages[i];
}

const StageRow *Project::stage(const QString &key) const
{
    const qsizetype i = stageIndex(key);
    return i < 0 ? nullptr : &stages.at(i);
}

QByteArray Project::etag() const
{
    return '"' + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

namespace OnboardingValues {

const QStringList &reportingMethods()
{
    static const QStringList values{QStringLiteral("electronic"), QStringLiteral("direct_entry")};
    return values;
}

const QStringList &transports()
{
    static const QStringList values{QStringLiteral("soap"), QStringLiteral("sftp"), QStringLiteral("mllp"),
                                    QStringLiteral("flat_file"), QStringLiteral("web_entry")};
    return values;
}

const QStringList &contactRoles()
{
    static const QStringList values{QStringLiteral("technical"), QStringLiteral("clinical_champion"),
                                    QStringLiteral("access_administrator")};
    return values;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue();
}

} // namespace OnboardingValues

} // namespace izdesk::server
