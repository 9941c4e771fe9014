#include "onboardingcontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QJsonArray>

#include <memory>

namespace izdesk {

namespace {

// The board's two lists, gathered from two replies.
struct BoardLoad
{
    QList<OnboardingProject> projects;
    QList<OnboardingQueueEntry> queue;
    int pending = 2;
    bool failed = false;
};

template<typename T>
QList<T> items(const QJsonValue &value)
{
    QList<T> out;
    for (const QJsonValue &v : value.toArray())
        out.append(T::fromJson(v.toObject()));
    return out;
}

QString projectPath(qint64 id, const QString &route = {})
{
    QString path = QStringLiteral("/onboarding/projects/%1").arg(id);
    if (!route.isEmpty())
        path += QLatin1Char('/') + route;
    return path;
}

} // namespace

OnboardingController::OnboardingController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<izdesk::OnboardingProject>();
    qRegisterMetaType<izdesk::OnboardingQueueEntry>();
    qRegisterMetaType<izdesk::OnboardingController::Action>();
    connect(m_session, &SessionController::signedOut, this, [this] {
        ++m_generation;
        m_etags.clear();
        Q_EMIT sessionEnded();
    });
}

QDateTime OnboardingController::serverNow() const
{
    return m_session->api()->serverClock().now();
}

bool OnboardingController::accepted(quint64 generation, const ApiReply &reply, Action action)
{
    if (generation != m_generation)
        return false; // asked before a sign-out: nobody is waiting for it
    if (!reply.ok()) {
        Q_EMIT requestFailed(action, reply.errorMessage());
        return false;
    }
    return true;
}

void OnboardingController::remember(const OnboardingProject &project, const ApiReply &reply)
{
    const QByteArray etag = reply.http.header("etag");
    m_etags.insert(project.id, etag.isEmpty() ? project.etag() : etag);
}

void OnboardingController::loadBoard()
{
    const quint64 generation = m_generation;
    const quint64 board = ++m_boardGeneration; // a newer board supersedes one in flight
    auto load = std::make_shared<BoardLoad>();
    auto part = [this, generation, board, load](bool projects) {
        return [this, generation, board, load, projects](const ApiReply &reply) {
            if (load->failed || board != m_boardGeneration)
                return;
            if (!accepted(generation, reply, Action::Board)) {
                load->failed = true;
                return;
            }
            const QJsonValue list = reply.object().value(QStringLiteral("items"));
            if (projects)
                load->projects = items<OnboardingProject>(list);
            else
                load->queue = items<OnboardingQueueEntry>(list);
            if (--load->pending == 0)
                Q_EMIT boardLoaded(load->projects, load->queue);
        };
    };
    ApiClient *api = m_session->api();
    api->send("GET", QStringLiteral("/onboarding/projects"), {}, nullptr, {}, part(true));
    api->send("GET", QStringLiteral("/onboarding/queue"), {}, nullptr, {}, part(false));
}

void OnboardingController::loadProject(qint64 projectId)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", projectPath(projectId), {}, nullptr, {},
                           [this, generation, projectId](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Project))
                                   return;
                               const OnboardingProject project = OnboardingProject::fromJson(reply.object());
                               remember(project, reply);
                               Q_EMIT projectLoaded(project);
                               loadDetails(projectId);
                           });
}

void OnboardingController::loadDetails(qint64 projectId)
{
    const quint64 generation = m_generation;
    ApiClient *api = m_session->api();
    api->send("GET", projectPath(projectId, QStringLiteral("events")), {}, nullptr, {},
              [this, generation, projectId](const ApiReply &reply) {
                  if (accepted(generation, reply, Action::Project))
                      Q_EMIT eventsLoaded(projectId,
                                          items<OnboardingEvent>(reply.object().value(QStringLiteral("items"))));
              });
    api->send("GET", projectPath(projectId, QStringLiteral("submissions")), {}, nullptr, {},
              [this, generation, projectId](const ApiReply &reply) {
                  if (accepted(generation, reply, Action::Project))
                      Q_EMIT submissionsLoaded(
                          projectId, items<OnboardingSubmission>(reply.object().value(QStringLiteral("items"))));
              });
    api->send("GET", projectPath(projectId, QStringLiteral("letters")), {}, nullptr, {},
              [this, generation, projectId](const ApiReply &reply) {
                  if (accepted(generation, reply, Action::Project))
                      Q_EMIT lettersLoaded(projectId,
                                           items<OnboardingLetter>(reply.object().value(QStringLiteral("items"))));
              });
}

void OnboardingController::loadOrganization(qint64 organizationId)
{
    const quint64 generation = m_generation;
    m_session->api()->send("GET", QStringLiteral("/organizations/%1/onboarding").arg(organizationId), {}, nullptr, {},
                           [this, generation, organizationId](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Organization))
                                   return;
                               const QJsonObject o = reply.object();
                               Q_EMIT organizationLoaded(organizationId,
                                                         items<OnboardingQueueEntry>(o.value(QStringLiteral("queue"))),
                                                         items<OnboardingProject>(o.value(QStringLiteral("projects"))));
                           });
}

void OnboardingController::saveProject(qint64 projectId, const QJsonObject &patch)
{
    const quint64 generation = m_generation;
    const QByteArray etag = m_etags.value(projectId);
    m_session->api()->send("PATCH", projectPath(projectId), {}, &patch, {{"If-Match", etag}},
                           [this, generation, projectId](const ApiReply &reply) {
                               if (generation != m_generation)
                                   return;
                               if (reply.status() == 412) {
                                   // Someone saved first: read the project as it is now and show both.
                                   const QString message
                                       = tr("Someone changed this project after you opened it. Your changes were not "
                                            "saved; the project as it is now is shown. Make your change again.");
                                   m_session->api()->send("GET", projectPath(projectId), {}, nullptr, {},
                                                          [this, generation, message](const ApiReply &current) {
                                                              if (!accepted(generation, current, Action::Save))
                                                                  return;
                                                              const OnboardingProject project
                                                                  = OnboardingProject::fromJson(current.object());
                                                              remember(project, current);
                                                              Q_EMIT saveConflicted(project, message);
                                                          });
                                   return;
                               }
                               if (!accepted(generation, reply, Action::Save))
                                   return;
                               const OnboardingProject project = OnboardingProject::fromJson(reply.object());
                               remember(project, reply);
                               Q_EMIT projectChanged(project, tr("Project saved."));
                               loadDetails(projectId);
                           });
}

void OnboardingController::postProject(qint64 projectId, const QString &route, const QJsonObject &body, Action action,
                                       const QString &what)
{
    const quint64 generation = m_generation;
    m_session->api()->send(
        "POST", projectPath(projectId, route), {}, &body, {},
        [this, generation, projectId, action, what](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            if (action == Action::Advance && reply.status() == 409
                && reply.problemType() == QLatin1String("gate-not-met")) {
                const QJsonObject o = reply.object();
                const QJsonValue gate = o.value(QStringLiteral("gate"));
                OnboardingGate refused = gate.isObject() ? OnboardingGate::fromJson(gate.toObject())
                                                         : OnboardingGate{gate.toString(), false, {}};
                if (const QJsonValue reasons = o.value(QStringLiteral("reasons")); reasons.isArray()) {
                    refused.reasons.clear();
                    for (const QJsonValue &r : reasons.toArray())
                        refused.reasons << r.toString();
                }
                Q_EMIT gateRefused(projectId, refused);
                return;
            }
            if (!accepted(generation, reply, action))
                return;
            QJsonObject o = reply.object();
            if (o.contains(QStringLiteral("project"))) // move-back answers project + queue entry
                o = o.value(QStringLiteral("project")).toObject();
            const OnboardingProject project = OnboardingProject::fromJson(o);
            remember(project, reply);
            Q_EMIT projectChanged(project, what);
            loadDetails(projectId);
        });
}

void OnboardingController::setPlan(qint64 projectId, const QDate &agreedOn)
{
    postProject(projectId, QStringLiteral("plan"), {{QStringLiteral("agreed_on"), agreedOn.toString(Qt::ISODate)}},
                Action::Plan, tr("The agreed plan is set; the due dates follow from it."));
}

void OnboardingController::advance(qint64 projectId, const QString &stage)
{
    postProject(projectId, QStringLiteral("advance"), {{QStringLiteral("stage"), stage}}, Action::Advance,
                tr("%1 is passed.").arg(Onboarding::stageLabel(stage)));
}

void OnboardingController::record(qint64 projectId, const QString &kind, const QDate &on, const QString &note)
{
    QJsonObject body{{QStringLiteral("kind"), kind}, {QStringLiteral("on"), on.toString(Qt::ISODate)}};
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    postProject(projectId, QStringLiteral("records"), body, Action::Record,
                kind == QLatin1String("training") ? tr("Training is recorded.")
                                                  : tr("The clinical workflow is recorded."));
}

void OnboardingController::schedule(qint64 projectId, const QString &stage, const QDate &dueOn, const QString &reason)
{
    postProject(projectId, QStringLiteral("schedule"),
                {{QStringLiteral("stage"), stage},
                 {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
                 {QStringLiteral("reason"), reason.trimmed()}},
                Action::Schedule, tr("The due date of %1 is changed.").arg(Onboarding::stageLabel(stage)));
}

void OnboardingController::moveBack(qint64 projectId, const QString &reason)
{
    postProject(projectId, QStringLiteral("move-back"), {{QStringLiteral("reason"), reason.trimmed()}},
                Action::MoveBack, tr("The project is moved back in the queue."));
}

void OnboardingController::withdraw(qint64 projectId, const QString &reason)
{
    postProject(projectId, QStringLiteral("withdraw"), {{QStringLiteral("reason"), reason.trimmed()}}, Action::Withdraw,
                tr("The project is withdrawn."));
}

void OnboardingController::issueLetter(qint64 projectId, const QString &kind)
{
    const quint64 generation = m_generation;
    const QJsonObject body{{QStringLiteral("kind"), kind}};
    m_session->api()->send("POST", projectPath(projectId, QStringLiteral("letters")), {}, &body, {},
                           [this, generation, projectId](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Letter))
                                   return;
                               Q_EMIT letterIssued(projectId, OnboardingLetter::fromJson(reply.object()));
                               loadDetails(projectId);
                           });
}

void OnboardingController::invite(qint64 queueEntryId)
{
    const quint64 generation = m_generation;
    const QJsonObject none;
    m_session->api()->send("POST", QStringLiteral("/onboarding/queue/%1/invite").arg(queueEntryId), {}, &none, {},
                           [this, generation](const ApiReply &reply) {
                               if (!accepted(generation, reply, Action::Invite))
                                   return;
                               const OnboardingProject project = OnboardingProject::fromJson(reply.object());
                               remember(project, reply);
                               Q_EMIT invited(project);
                           });
}

void OnboardingController::withdrawEntry(qint64 queueEntryId, const QString &reason)
{
    const quint64 generation = m_generation;
    const QJsonObject body{{QStringLiteral("reason"), reason.trimmed()}};
    m_session->api()->send("POST", QStringLiteral("/onboarding/queue/%1/withdraw").arg(queueEntryId), {}, &body, {},
                           [this, generation](const ApiReply &reply) {
                               if (accepted(generation, reply, Action::WithdrawEntry))
                                   Q_EMIT queueEntryChanged(OnboardingQueueEntry::fromJson(reply.object()),
                                                            tr("The queue entry is withdrawn."));
                           });
}

} // namespace izdesk
