#include "loaddesk_desk.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <random>
#include <thread>

namespace izdesk::bench {

namespace {

QStringList splitCsvLine(const QByteArray &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(line.trimmed());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// Rows of a CSV file as header name → value.
bool readCsv(const QString &path, std::vector<QHash<QString, QString>> *rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QStringList header = splitCsvLine(file.readLine());
    while (!file.atEnd()) {
        const QStringList fields = splitCsvLine(file.readLine());
        if (fields.size() != header.size())
            continue;
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), fields.at(i));
        rows->push_back(row);
    }
    return true;
}

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// One simulated desk: its connection, its dice and the time it may still spend.
class Desk
{
public:
    Desk(DeskRun &run, const DeskUser &user)
        : m_run(run)
        , m_user(user)
        , m_http(run.urls.at(user.server))
        , m_rng(user.seed)
    {
        m_http.setToken(user.token);
    }

    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }
    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_rng); }
    bool timeLeft() const { return Clock::now() < m_run.deadline; }

    Clock::duration thinkTime(double lo, double hi)
    {
        return std::chrono::milliseconds(qint64(uniform(lo, hi) * m_run.thinkScale * 1000));
    }

    // Think time; a specialist's queue view refreshes every 4–6 s meanwhile. False at the deadline.
    bool pause(double lo, double hi)
    {
        const auto until = Clock::now() + thinkTime(lo, hi);
        while (Clock::now() < until) {
            if (!timeLeft())
                return false;
            if (!m_user.supervisor && Clock::now() >= m_nextQueueRead) {
                queueRead();
                m_nextQueueRead = Clock::now() + thinkTime(4, 6);
            }
            std::this_thread::sleep_for(std::min<Clock::duration>(until - Clock::now(), std::chrono::milliseconds(200)));
        }
        return timeLeft();
    }

    QJsonArray queueRead()
    {
        // The desk's two views: the whole active queue, and "mine".
        const bool mine = !m_user.supervisor && (m_queueReads++ % 2 == 1);
        QString path = QStringLiteral("/api/v1/tickets?status=new,open,pending_caller,pending_internal&limit=50");
        if (mine)
            path += QStringLiteral("&assignee=me");
        else if (m_user.supervisor)
            path += QStringLiteral("&sort=breach");
        const Reply r = m_http.get(path);
        m_run.recorder.record(QStringLiteral("queue_read"), r, {200});
        return r.json().value(QStringLiteral("items")).toArray();
    }

    // A PATCH with If-Match; a 412 (someone changed it meanwhile) is retried once on the
    // current version when `retry`, as the desk's conflict dialog would after a reload.
    void patchTicket(const QString &kind, qint64 id, QByteArray etag, const QJsonObject &fields, bool retry)
    {
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(id);
        for (int round = 0; round < 2; ++round) {
            const Reply r = m_http.patchJson(path, fields, etag);
            m_run.recorder.record(kind, r, {200, 412});
            if (r.status == 200) {
                const QJsonObject t = r.json();
                std::lock_guard<std::mutex> lock(m_run.log.mutex);
                m_run.log.ticketWrites.push_back({id, t.value(QStringLiteral("version")).toInteger(), fields, t});
                m_etag = r.etag;
                return;
            }
            if (r.status != 412)
                return;
            m_run.recorder.count(QStringLiteral("edit_conflicts_412"));
            const QJsonObject current = r.json().value(QStringLiteral("current")).toObject();
            if (!retry || current.isEmpty())
                return;
            etag = '"' + QByteArray::number(id) + '-' + QByteArray::number(current.value(QStringLiteral("version")).toInteger()) + '"';
        }
    }

    void logEntry(qint64 ticketId, const Reply &r, const QString &body)
    {
        if (r.status != 201)
            return;
        std::lock_guard<std::mutex> lock(m_run.log.mutex);
        m_run.log.entries.push_back({ticketId, r.json().value(QStringLiteral("id")).toInteger(), body});
    }

    // Search, verify ("self": name, birth date, then one of phone / mother's maiden name /
    // address), then read or release the history.
    void verifyAndRelease(qint64 ticketId, const Caller &caller, qint64 patientId)
    {
        Reply r = m_http.postJson(QStringLiteral("/api/v1/tickets/%1/verifications").arg(ticketId),
                                  {{QStringLiteral("caller_type"), QStringLiteral("self")}, {QStringLiteral("patient_id"), patientId}},
                                  {"Idempotency-Key: " + (m_run.runToken + QStringLiteral("-v-%1").arg(ticketId)).toUtf8()});
        if (!m_run.recorder.record(QStringLiteral("verification_start"), r, {201}))
            return;
        const qint64 attemptId = r.json().value(QStringLiteral("id")).toInteger();
        {
            std::lock_guard<std::mutex> lock(m_run.log.mutex);
            m_run.log.attempts.push_back({ticketId, attemptId});
        }
        QList<QPair<QString, QJsonValue>> factors{
            {QStringLiteral("full_name"), QJsonObject{{QStringLiteral("first"), caller.first}, {QStringLiteral("last"), caller.last}}},
            {QStringLiteral("birth_date"), caller.dob}};
        if (!caller.phone.isEmpty())
            factors.append({QStringLiteral("phone"), caller.phone});
        else if (!caller.mother.isEmpty())
            factors.append({QStringLiteral("mother_maiden_name"), caller.mother});
        else
            factors.append({QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), caller.street}, {QStringLiteral("zip"), caller.zip}}});
        QString outcome;
        for (const auto &[factor, value] : factors) {
            if (!pause(2, 5))
                return;
            r = m_http.postJson(QStringLiteral("/api/v1/verifications/%1/factors").arg(attemptId),
                                {{QStringLiteral("factor"), factor}, {QStringLiteral("value"), value}});
            if (!m_run.recorder.record(QStringLiteral("verification_answer"), r, {200}))
                return;
            outcome = r.json().value(QStringLiteral("attempt")).toObject().value(QStringLiteral("outcome")).toString();
            if (outcome != QLatin1String("in_progress"))
                break;
        }
        m_run.recorder.count(QStringLiteral("verification_") + outcome);
        if (outcome != QLatin1String("verified") || !pause(2, 4))
            return;
        const QString base = QStringLiteral("/api/v1/tickets/%1/patients/%2").arg(ticketId).arg(patientId);
        const bool read = chance(0.6);
        r = read ? m_http.get(base + QStringLiteral("/history"))
                 : m_http.postJson(base + QStringLiteral("/releases"), {{QStringLiteral("method"), chance(0.5) ? QStringLiteral("print") : QStringLiteral("mail")}});
        if (m_run.recorder.record(read ? QStringLiteral("history_read") : QStringLiteral("release"), r, {read ? 200L : 201L})) {
            std::lock_guard<std::mutex> lock(m_run.log.mutex);
            m_run.log.disclosures.push_back({patientId, r.json().value(QStringLiteral("disclosure_id")).toInteger(), ticketId});
        }
    }

    // One inbound call, start to wrap-up.
    void takeCall(int callNo)
    {
        if (!pause(5, 15)) // wrap-up of the previous call / waiting for the next one
            return;
        qint64 patientId = 0;
        Caller caller;
        if (chance(0.8)) { // most calls are about a patient's record
            if (!pause(3, 8))
                return;
            caller = m_run.callers.at(pick(m_run.callers.size()));
            const Reply r = m_http.get(QStringLiteral("/api/v1/patients?first=%1&last=%2&dob=%3&limit=10")
                                           .arg(enc(caller.first), enc(caller.last), caller.dob));
            if (m_run.recorder.record(QStringLiteral("patient_search"), r, {200})) {
                const QJsonObject top = r.json().value(QStringLiteral("items")).toArray().at(0).toObject();
                if (top.value(QStringLiteral("birth_date")).toString() == caller.dob
                    && top.value(QStringLiteral("last_name")).toString().compare(caller.last, Qt::CaseInsensitive) == 0)
                    patientId = top.value(QStringLiteral("id")).toInteger();
                else
                    m_run.recorder.count(QStringLiteral("search_top_is_not_the_caller"));
            }
        }
        if (!pause(2, 4))
            return;
        static const QStringList categories{QStringLiteral("records_request"), QStringLiteral("account_access"),
                                            QStringLiteral("data_correction"), QStringLiteral("duplicate_record")};
        const QString subject = QStringLiteral("Call %1 %2 #%3").arg(m_run.runToken, m_user.username).arg(callNo);
        const QJsonObject create{
            {QStringLiteral("subject"), subject},
            {QStringLiteral("category"), patientId ? QStringLiteral("records_request") : categories.at(pick(categories.size()))},
            {QStringLiteral("priority"), chance(0.1) ? QStringLiteral("high") : QStringLiteral("normal")},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("requester_name"), QStringLiteral("Desk caller")},
            {QStringLiteral("requester_contact"), QStringLiteral("(555) 010-%1").arg(1000 + pick(9000))},
        };
        Reply r = m_http.postJson(QStringLiteral("/api/v1/tickets"), create,
                                  {"Idempotency-Key: " + QStringLiteral("%1-%2-%3").arg(m_run.runToken, m_user.username).arg(callNo).toUtf8()});
        if (!m_run.recorder.record(QStringLiteral("ticket_create"), r, {201}))
            return;
        const QJsonObject ticket = r.json();
        const qint64 id = ticket.value(QStringLiteral("id")).toInteger();
        {
            std::lock_guard<std::mutex> lock(m_run.log.mutex);
            m_run.log.tickets.push_back({id, subject, m_user.server});
            m_run.log.ticketWrites.push_back({id, ticket.value(QStringLiteral("version")).toInteger(), create, ticket});
        }
        m_etag = r.etag;
        if (!pause(2, 4))
            return;
        patchTicket(QStringLiteral("ticket_edit"), id, m_etag,
                    {{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("assignee"), m_user.username}}, true);
        if (patientId)
            verifyAndRelease(id, caller, patientId);
        if (!pause(3, 8))
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString callBody = QStringLiteral("Call log %1 %2 #%3").arg(m_run.runToken, m_user.username).arg(callNo);
        r = m_http.postJson(QStringLiteral("/api/v1/tickets/%1/entries").arg(id),
                            {{QStringLiteral("kind"), QStringLiteral("call")}, {QStringLiteral("body"), callBody},
                             {QStringLiteral("direction"), QStringLiteral("inbound")}, {QStringLiteral("phone"), create.value(QStringLiteral("requester_contact"))},
                             {QStringLiteral("started_at"), now.addSecs(-90).toString(Qt::ISODateWithMs)},
                             {QStringLiteral("ended_at"), now.toString(Qt::ISODateWithMs)}});
        m_run.recorder.record(QStringLiteral("entry_create"), r, {201});
        logEntry(id, r, callBody);
        if (chance(0.5)) {
            if (!pause(2, 5))
                return;
            const QString note = QStringLiteral("Note %1 %2 #%3").arg(m_run.runToken, m_user.username).arg(callNo);
            r = m_http.postJson(QStringLiteral("/api/v1/tickets/%1/entries").arg(id),
                                {{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("body"), note}});
            m_run.recorder.record(QStringLiteral("entry_create"), r, {201});
            logEntry(id, r, note);
        }
        if (!pause(2, 4))
            return;
        // The call entry changed the ticket (first response): the desk edits what it shows now.
        const Reply current = m_http.get(QStringLiteral("/api/v1/tickets/%1").arg(id));
        if (m_run.recorder.record(QStringLiteral("ticket_read"), current, {200}))
            m_etag = current.etag;
        patchTicket(QStringLiteral("ticket_edit"), id, m_etag,
                    {{QStringLiteral("status"), chance(0.8) ? QStringLiteral("resolved") : QStringLiteral("pending_caller")}}, true);
    }

    void supervise()
    {
        for (int cycle = 0; pause(8, 12); ++cycle) {
            const QJsonArray queue = queueRead();
            m_run.recorder.record(QStringLiteral("staff_board"), m_http.get(QStringLiteral("/api/v1/staff/board")), {200});
            if (cycle % 6 == 5)
                m_run.recorder.record(QStringLiteral("alerts_read"), m_http.get(QStringLiteral("/api/v1/alerts?open=true")), {200});
            if (cycle % 3 != 2 || queue.isEmpty() || m_run.specialists.isEmpty())
                continue;
            // Rebalance: hand one of this run's active tickets to another specialist.
            const QJsonObject t = queue.at(qsizetype(pick(size_t(queue.size())))).toObject();
            if (!t.value(QStringLiteral("subject")).toString().contains(m_run.runToken))
                continue;
            const qint64 id = t.value(QStringLiteral("id")).toInteger();
            const QByteArray etag = '"' + QByteArray::number(id) + '-' + QByteArray::number(t.value(QStringLiteral("version")).toInteger()) + '"';
            patchTicket(QStringLiteral("reassign"), id, etag,
                        {{QStringLiteral("assignee"), m_run.specialists.at(qsizetype(pick(size_t(m_run.specialists.size()))))}}, false);
        }
    }

    void feed()
    {
        QString cursor = QStringLiteral("0");
        bool more = true;
        while (more && timeLeft()) { // the replica's first fill
            const Reply r = m_http.get(QStringLiteral("/api/v1/changes?since=%1&limit=500").arg(cursor));
            if (!m_run.recorder.record(QStringLiteral("feed_catchup"), r, {200}))
                return;
            const QJsonObject page = r.json();
            cursor = page.value(QStringLiteral("cursor")).toString();
            more = page.value(QStringLiteral("more")).toBool();
        }
        while (true) {
            const qint64 left = std::chrono::duration_cast<std::chrono::seconds>(m_run.deadline - Clock::now()).count();
            if (left < 1)
                return;
            const qint64 wait = std::min<qint64>(25, left);
            const Reply r = m_http.get(QStringLiteral("/api/v1/changes?since=%1&limit=500&wait=%2").arg(cursor).arg(wait), long(wait + 15));
            if (!m_run.recorder.record(QStringLiteral("feed_long_poll"), r, {200})) {
                std::this_thread::sleep_for(std::chrono::seconds(1)); // the client's back-off
                continue;
            }
            const QJsonObject page = r.json();
            cursor = page.value(QStringLiteral("cursor")).toString(cursor);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
            m_run.recorder.count(QStringLiteral("feed_changes_received"), changes.size());
            for (const QJsonValue &c : changes) {
                const QJsonObject t = c.toObject().value(QStringLiteral("ticket")).toObject();
                const QDateTime at = QDateTime::fromString(t.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
                if (at.isValid())
                    m_run.recorder.recordLatency(QStringLiteral("feed_delivery_lag"), double(at.msecsTo(now)));
            }
        }
    }

private:
    DeskRun &m_run;
    const DeskUser &m_user;
    HttpClient m_http;
    std::mt19937_64 m_rng;
    Clock::time_point m_nextQueueRead = Clock::now();
    int m_queueReads = 0;
    QByteArray m_etag;
};

} // namespace

std::vector<Caller> loadCallers(const QString &patientsCsv, QString *error)
{
    std::vector<QHash<QString, QString>> rows;
    if (!readCsv(patientsCsv, &rows, error))
        return {};
    QSet<QString> duplicates;
    const QString truthPath = patientsCsv.section(QLatin1Char('/'), 0, -2, QString::SectionIncludeTrailingSep) + QStringLiteral("truth.csv");
    std::vector<QHash<QString, QString>> truth;
    if (QFile::exists(truthPath) && !readCsv(truthPath, &truth, error))
        return {};
    for (const auto &t : truth) {
        if (!t.value(QStringLiteral("duplicate_of")).isEmpty() || !t.value(QStringLiteral("errors")).isEmpty())
            duplicates.insert(t.value(QStringLiteral("source_id")));
    }
    const QDate adultBorn = QDate::currentDate().addYears(-19);
    std::vector<Caller> callers;
    for (const auto &row : rows) {
        const QDate dob = QDate::fromString(row.value(QStringLiteral("birth_date")), Qt::ISODate);
        if (!dob.isValid() || dob > adultBorn || duplicates.contains(row.value(QStringLiteral("source_id"))))
            continue;
        callers.push_back({row.value(QStringLiteral("first_name")), row.value(QStringLiteral("last_name")),
                           row.value(QStringLiteral("birth_date")), row.value(QStringLiteral("phone")),
                           row.value(QStringLiteral("street")), row.value(QStringLiteral("zip")),
                           row.value(QStringLiteral("mother_maiden_name"))});
    }
    if (callers.empty())
        *error = patientsCsv + QStringLiteral(": no adult, non-duplicate patient to play a caller");
    return callers;
}

bool signIn(DeskRun &run, DeskUser &user)
{
    HttpClient http(run.urls.at(user.server));
    const Reply r = http.postJson(QStringLiteral("/api/v1/sessions"),
                                  {{QStringLiteral("username"), user.username}, {QStringLiteral("password"), run.password}});
    if (!run.recorder.record(QStringLiteral("sign_in"), r, {201}))
        return false;
    user.token = r.json().value(QStringLiteral("token")).toString().toUtf8();
    return !user.token.isEmpty();
}

void runSpecialist(DeskRun &run, const DeskUser &user)
{
    Desk desk(run, user);
    for (int call = 1; desk.timeLeft(); ++call)
        desk.takeCall(call);
}

void runSupervisor(DeskRun &run, const DeskUser &user)
{
    Desk(run, user).supervise();
}

void runFeed(DeskRun &run, const DeskUser &user)
{
    Desk(run, user).feed();
}

} // namespace izdesk::bench
