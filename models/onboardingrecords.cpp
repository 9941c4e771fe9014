#include "onboardingrecords.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QLocale>

namespace izdesk {

using json::date;
using json::str;
using json::time;

namespace {

qint64 integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

int number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

struct Label
{
    const char *key;
    const char *text;
};

QString lookup(std::initializer_list<Label> labels, const QString &key)
{
    for (const Label &l : labels) {
        if (key == QLatin1String(l.key))
            return Onboarding::tr(l.text);
    }
    return key;
}

} // namespace

OnboardingOrganization OnboardingOrganization::fromJson(const QJsonObject &json)
{
    return {integer(json, "id"), str(json, "name"), str(json, "type")};
}

QJsonObject OnboardingContact::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}, {QStringLiteral("phone"), phone}};
}

OnboardingContact OnboardingContact::fromJson(const QJsonObject &json)
{
    return {str(json, "name"), str(json, "email"), str(json, "phone")};
}

OnboardingQueueEntry OnboardingQueueEntry::fromJson(const QJsonObject &json)
{
    OnboardingQueueEntry e;
    e.id = integer(json, "id");
    e.organization = OnboardingOrganization::fromJson(json.value(QLatin1String("organization")).toObject());
    e.status = str(json, "status");
    e.registeredOn = date(json, "registered_on");
    e.reportingMethod = str(json, "reporting_method");
    e.transport = str(json, "transport");
    e.vfcEnrolled = flag(json, "vfc_enrolled");
    e.monthlyDoses = number(json, "monthly_doses");
    e.siteCount = number(json, "site_count");
    e.registrationComplete = flag(json, "registration_complete");
    e.priority = number(json, "priority");
    e.position = number(json, "position");
    e.daysWaiting = number(json, "days_waiting");
    e.requeueReason = str(json, "requeue_reason");
    e.fromProjectId = integer(json, "from_project_id");
    e.notes = str(json, "notes");
    e.version = number(json, "version");
    return e;
}

OnboardingStage OnboardingStage::fromJson(const QJsonObject &json)
{
    OnboardingStage s;
    s.stage = str(json, "stage");
    s.position = number(json, "position");
    s.businessDays = number(json, "business_days");
    s.startedAt = time(json, "started_at");
    s.dueAt = time(json, "due_at");
    s.completedAt = time(json, "completed_at");
    s.completedBy = str(json, "completed_by");
    s.state = str(json, "state");
    s.overdue = flag(json, "overdue");
    return s;
}

OnboardingGate OnboardingGate::fromJson(const QJsonObject &json)
{
    return {str(json, "stage"), flag(json, "met"), json::strings(json, "reasons")};
}

OnboardingSubmission OnboardingSubmission::fromJson(const QJsonObject &json)
{
    OnboardingSubmission s;
    s.id = integer(json, "id");
    s.projectId = integer(json, "project_id");
    s.stage = str(json, "stage");
    s.filename = str(json, "filename");
    s.size = integer(json, "size");
    s.messages = number(json, "messages");
    s.errorMessages = number(json, "error_messages");
    s.warningMessages = number(json, "warning_messages");
    s.passed = flag(json, "passed");
    s.score = number(json, "score");
    s.receivedAt = time(json, "received_at");
    s.submittedBy = str(json, "submitted_by");
    s.retentionUntil = date(json, "retention_until");
    s.contentAvailable = flag(json, "content_available");
    return s;
}

OnboardingSite OnboardingSite::fromJson(const QJsonObject &json)
{
    return {integer(json, "facility_id"), str(json, "facility_code"), str(json, "name")};
}

OnboardingContact OnboardingProject::contact(const QString &role) const
{
    for (const auto &[key, value] : contacts) {
        if (key == role)
            return value;
    }
    return {};
}

const OnboardingStage *OnboardingProject::currentStageEntry() const
{
    for (const OnboardingStage &s : stages) {
        if (s.stage == currentStage)
            return &s;
    }
    return nullptr;
}

QByteArray OnboardingProject::etag() const
{
    return '"' + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

OnboardingProject OnboardingProject::fromJson(const QJsonObject &json)
{
    OnboardingProject p;
    p.id = integer(json, "id");
    p.organization = OnboardingOrganization::fromJson(json.value(QLatin1String("organization")).toObject());
    p.queueEntryId = integer(json, "queue_entry_id");
    p.status = str(json, "status");
    p.currentStage = str(json, "current_stage");
    p.overdue = flag(json, "overdue");
    p.reportingMethod = str(json, "reporting_method");
    p.transport = str(json, "transport");
    const QJsonObject contacts = json.value(QLatin1String("contacts")).toObject();
    for (const QString &role : Onboarding::contactRoles())
        p.contacts.append({role, OnboardingContact::fromJson(contacts.value(role).toObject())});
    for (const QJsonObject &o : json::objects(json.value(QLatin1String("sites"))))
        p.sites.append(OnboardingSite::fromJson(o));
    p.planAgreedOn = date(json, "plan_agreed_on");
    p.clinicalWorkflowOn = date(json, "clinical_workflow_on");
    p.trainingOn = date(json, "training_on");
    p.goLiveOn = date(json, "go_live_on");
    for (const QJsonObject &o : json::objects(json.value(QLatin1String("stages"))))
        p.stages.append(OnboardingStage::fromJson(o));
    p.gate = OnboardingGate::fromJson(json.value(QLatin1String("gate")).toObject());
    if (const QJsonValue latest = json.value(QLatin1String("latest_submission")); latest.isObject())
        p.latestSubmission = OnboardingSubmission::fromJson(latest.toObject());
    p.dataUseAgreement = str(json, "data_use_agreement");
    p.createdAt = time(json, "created_at");
    p.updatedAt = time(json, "updated_at");
    p.version = number(json, "version");
    return p;
}

OnboardingEvent OnboardingEvent::fromJson(const QJsonObject &json)
{
    return {integer(json, "id"), str(json, "kind"),  str(json, "stage"),
            str(json, "detail"), str(json, "staff"), time(json, "at")};
}

OnboardingLetter OnboardingLetter::fromJson(const QJsonObject &json)
{
    return {integer(json, "id"), str(json, "kind"), time(json, "issued_at"), str(json, "issued_by"),
            json.value(QLatin1String("content")).toObject()};
}

const QStringList &Onboarding::stageKeys()
{
    static const QStringList keys{QStringLiteral("plan"), QStringLiteral("test_transport"),
                                  QStringLiteral("technical_review"), QStringLiteral("production"),
                                  QStringLiteral("monitoring")};
    return keys;
}

QString Onboarding::stageLabel(const QString &stage)
{
    return lookup({{"plan", QT_TR_NOOP("Plan")},
                   {"test_transport", QT_TR_NOOP("Test transport")},
                   {"technical_review", QT_TR_NOOP("Technical review")},
                   {"production", QT_TR_NOOP("Production")},
                   {"monitoring", QT_TR_NOOP("Monitoring")}},
                  stage);
}

QString Onboarding::stageStateLabel(const QString &state)
{
    return lookup(
        {{"passed", QT_TR_NOOP("Passed")}, {"active", QT_TR_NOOP("Current")}, {"pending", QT_TR_NOOP("Pending")}},
        state);
}

QString Onboarding::projectStatusLabel(const QString &status)
{
    return lookup({{"active", QT_TR_NOOP("Active")},
                   {"moved_back", QT_TR_NOOP("Moved back in the queue")},
                   {"completed", QT_TR_NOOP("Completed")},
                   {"withdrawn", QT_TR_NOOP("Withdrawn")}},
                  status);
}

QString Onboarding::queueStatusLabel(const QString &status)
{
    return lookup({{"waiting", QT_TR_NOOP("Waiting")},
                   {"invited", QT_TR_NOOP("Invited")},
                   {"withdrawn", QT_TR_NOOP("Withdrawn")}},
                  status);
}

const QStringList &Onboarding::contactRoles()
{
    static const QStringList roles{QStringLiteral("technical"), QStringLiteral("clinical_champion"),
                                   QStringLiteral("access_administrator")};
    return roles;
}

QString Onboarding::contactRoleLabel(const QString &role)
{
    return lookup({{"technical", QT_TR_NOOP("Technical contact")},
                   {"clinical_champion", QT_TR_NOOP("Clinical champion")},
                   {"access_administrator", QT_TR_NOOP("Access administrator")}},
                  role);
}

QString Onboarding::transportLabel(const QString &transport)
{
    return lookup({{"soap", QT_TR_NOOP("SOAP web service")},
                   {"sftp", QT_TR_NOOP("SFTP")},
                   {"mllp", QT_TR_NOOP("MLLP")},
                   {"flat_file", QT_TR_NOOP("Flat file")},
                   {"web_entry", QT_TR_NOOP("Web entry")}},
                  transport);
}

QString Onboarding::reportingMethodLabel(const QString &method)
{
    return lookup({{"electronic", QT_TR_NOOP("Electronic (HL7)")}, {"direct_entry", QT_TR_NOOP("Direct entry")}},
                  method);
}

QString Onboarding::letterKindLabel(const QString &kind)
{
    return lookup({{"invitation", QT_TR_NOOP("Invitation letter")},
                   {"ongoing_submission", QT_TR_NOOP("Ongoing-submission letter")}},
                  kind);
}

QString Onboarding::agreementLabel(const QString &status)
{
    return lookup({{"current", QT_TR_NOOP("Current")},
                   {"expiring", QT_TR_NOOP("Expiring soon")},
                   {"expired", QT_TR_NOOP("Expired")},
                   {"ended", QT_TR_NOOP("Ended")},
                   {"none", QT_TR_NOOP("None on file")}},
                  status);
}

QString Onboarding::eventKindLabel(const QString &kind)
{
    QString words = kind;
    words.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString Onboarding::timeText(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString Onboarding::dueText(const QDateTime &dueAt, bool overdue, const QDateTime &now)
{
    if (!dueAt.isValid())
        return tr("no due date");
    const qint64 days = now.toLocalTime().date().daysTo(dueAt.toLocalTime().date());
    if (overdue || dueAt < now) {
        if (days >= 0)
            return tr("overdue today");
        return tr("%n day(s) overdue", nullptr, int(-days));
    }
    if (days == 0)
        return tr("due today");
    return tr("%n day(s) left", nullptr, int(days));
}

} // namespace izdesk
