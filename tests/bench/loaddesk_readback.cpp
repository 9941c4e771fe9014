#include "loaddesk_readback.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace izdesk::bench {

namespace {

class Checker
{
public:
    Checker(DeskRun &run, const QList<QByteArray> &tokens)
    {
        for (qsizetype i = 0; i < run.urls.size(); ++i) {
            m_http.push_back(std::make_unique<HttpClient>(run.urls.at(i)));
            m_http.back()->setToken(tokens.value(i));
        }
    }

    // Each write is read back from the instance after the one that wrote it (the same one
    // when there is only one), so two instances on one database must agree.
    HttpClient &reader(int writer) { return *m_http.at(size_t(writer + 1) % m_http.size()); }

    // Every item of a paged list (`next_cursor`), or false on a failed page.
    bool all(HttpClient &http, const QString &path, QJsonArray *items)
    {
        QString cursor;
        do {
            const QString sep = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
            const Reply r = http.get(path + (cursor.isEmpty() ? QString() : sep + QStringLiteral("cursor=") + cursor));
            if (r.status != 200) {
                problem(QStringLiteral("GET %1 answered %2").arg(path).arg(r.status), &errors);
                return false;
            }
            const QJsonObject page = r.json();
            for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
                items->append(v);
            cursor = page.value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        return true;
    }

    void problem(const QString &what, qint64 *counter)
    {
        ++*counter;
        if (details.size() < 25)
            details.append(what);
    }

    qint64 lost = 0;
    qint64 doubled = 0;
    qint64 errors = 0;
    QJsonArray details;

private:
    std::vector<std::unique_ptr<HttpClient>> m_http;
};

// Tickets: each one there, once, with the values of its newest write; the ones read back,
// and which server wrote each.
void readTickets(Checker &c, const WriteLog &log, QHash<qint64, int> &serverOf, QHash<qint64, QJsonObject> &finalTicket)
{
    for (const auto &t : log.tickets) {
        serverOf.insert(t.id, t.server);
        const Reply r = c.reader(t.server).get(QStringLiteral("/api/v1/tickets/%1").arg(t.id));
        if (r.status != 200 || r.json().value(QStringLiteral("subject")).toString() != t.subject) {
            c.problem(QStringLiteral("ticket %1 (%2) reads back as %3").arg(t.id).arg(t.subject).arg(r.status), &c.lost);
            continue;
        }
        finalTicket.insert(t.id, r.json());
    }
}

// Each field of a ticket holds the value of its newest write.
void checkTicketWrites(Checker &c, const WriteLog &log, const QHash<qint64, QJsonObject> &finalTicket)
{
    QMap<qint64, std::vector<const WriteLog::TicketWrite *>> writesOf;
    for (const auto &w : log.ticketWrites)
        writesOf[w.ticketId].push_back(&w);
    for (auto it = writesOf.cbegin(); it != writesOf.cend(); ++it) {
        const QJsonObject current = finalTicket.value(it.key());
        if (current.isEmpty())
            continue;
        // A write that changes nothing is answered with the version it found (no new ETag);
        // two writes may share a version only when both answers show one and the same state
        // and each write's values are in it.
        QHash<qint64, const WriteLog::TicketWrite *> firstAt; // version → first write answered with it
        QHash<QString, QPair<qint64, QJsonValue>> newest; // field → (version, value) of its newest write
        for (const auto *w : it.value()) {
            if (const auto *earlier = firstAt.value(w->version, nullptr)) {
                bool same = true;
                for (const auto *x : {earlier, w})
                    for (auto f = x->fields.constBegin(); f != x->fields.constEnd(); ++f)
                        same = same && earlier->answer.value(f.key()) == f.value() && w->answer.value(f.key()) == f.value();
                if (!same)
                    c.problem(QStringLiteral("ticket %1: two different writes were both answered with version %2").arg(it.key()).arg(w->version), &c.lost);
            } else {
                firstAt.insert(w->version, w);
            }
            for (auto f = w->fields.constBegin(); f != w->fields.constEnd(); ++f) {
                if (!newest.contains(f.key()) || newest.value(f.key()).first < w->version)
                    newest.insert(f.key(), {w->version, f.value()});
            }
        }
        for (auto f = newest.constBegin(); f != newest.constEnd(); ++f) {
            if (current.value(f.key()) != f.value().second)
                c.problem(QStringLiteral("ticket %1: %2 reads %3, its newest write (version %4) set %5")
                              .arg(it.key())
                              .arg(f.key(), current.value(f.key()).toVariant().toString())
                              .arg(f.value().first)
                              .arg(f.value().second.toVariant().toString()),
                          &c.lost);
        }
    }
}

// No ticket of this run twice (the list is searched on the run's token); the tickets listed.
qsizetype checkNoTicketTwice(Checker &c, const QString &runToken)
{
    QJsonArray listed;
    QHash<QString, int> subjects;
    if (c.all(c.reader(0), QStringLiteral("/api/v1/tickets?limit=500&status=new,open,pending_caller,pending_internal,resolved,closed&q=") + runToken, &listed)) {
        for (const QJsonValue &v : listed)
            subjects[v.toObject().value(QStringLiteral("subject")).toString()] += 1;
        for (auto it = subjects.cbegin(); it != subjects.cend(); ++it) {
            if (it.value() > 1)
                c.problem(QStringLiteral("ticket \"%1\" exists %2 times").arg(it.key()).arg(it.value()), &c.doubled);
        }
    }
    return listed.size();
}

// Timeline entries: every logged one there, none twice.
void checkEntries(Checker &c, const WriteLog &log, const QHash<qint64, int> &serverOf)
{
    QMap<qint64, std::vector<const WriteLog::Entry *>> entriesOf;
    for (const auto &e : log.entries)
        entriesOf[e.ticketId].push_back(&e);
    for (auto it = entriesOf.cbegin(); it != entriesOf.cend(); ++it) {
        QJsonArray items;
        if (!c.all(c.reader(serverOf.value(it.key())), QStringLiteral("/api/v1/tickets/%1/entries?limit=200").arg(it.key()), &items))
            continue;
        QHash<qint64, QString> byId;
        QHash<QString, int> bodies;
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            byId.insert(e.value(QStringLiteral("id")).toInteger(), e.value(QStringLiteral("body")).toString());
            bodies[e.value(QStringLiteral("body")).toString()] += 1;
        }
        for (const auto *e : it.value()) {
            if (byId.value(e->id) != e->body)
                c.problem(QStringLiteral("entry %1 on ticket %2 is missing or changed").arg(e->id).arg(it.key()), &c.lost);
            if (bodies.value(e->body) > 1)
                c.problem(QStringLiteral("entry \"%1\" is on ticket %2 %3 times").arg(e->body).arg(it.key()).arg(bodies.value(e->body)), &c.doubled);
        }
    }
}

// Verification attempts: every logged one there, none twice.
void checkAttempts(Checker &c, const WriteLog &log, const QHash<qint64, int> &serverOf)
{
    QMap<qint64, QSet<qint64>> attemptsOf;
    for (const auto &a : log.attempts)
        attemptsOf[a.ticketId].insert(a.id);
    for (auto it = attemptsOf.cbegin(); it != attemptsOf.cend(); ++it) {
        const Reply r = c.reader(serverOf.value(it.key())).get(QStringLiteral("/api/v1/tickets/%1/verifications").arg(it.key()));
        if (r.status != 200) {
            c.problem(QStringLiteral("verifications of ticket %1 answered %2").arg(it.key()).arg(r.status), &c.errors);
            continue;
        }
        QSet<qint64> found;
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            found.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        for (qint64 id : it.value()) {
            if (!found.contains(id))
                c.problem(QStringLiteral("verification %1 on ticket %2 is missing").arg(id).arg(it.key()), &c.lost);
        }
        if (items.size() > it.value().size())
            c.problem(QStringLiteral("ticket %1 has %2 verifications, the run started %3").arg(it.key()).arg(items.size()).arg(it.value().size()), &c.doubled);
    }
}

// Disclosures (supervisor's accounting): every release and history read, once; how many
// were checked.
qint64 checkDisclosures(Checker &c, const WriteLog &log, const QHash<qint64, int> &serverOf)
{
    qint64 disclosuresChecked = 0;
    QMap<qint64, std::vector<const WriteLog::Disclosure *>> byPatient;
    for (const auto &d : log.disclosures)
        byPatient[d.patientId].push_back(&d);
    for (auto it = byPatient.cbegin(); it != byPatient.cend(); ++it) {
        const Reply r = c.reader(serverOf.value(it.value().front()->ticketId)).get(QStringLiteral("/api/v1/patients/%1/disclosures").arg(it.key()));
        if (r.status != 200) {
            c.problem(QStringLiteral("disclosures of patient %1 answered %2").arg(it.key()).arg(r.status), &c.errors);
            continue;
        }
        QHash<qint64, int> onTicket;
        QSet<qint64> found;
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject d = v.toObject();
            found.insert(d.value(QStringLiteral("id")).toInteger());
            onTicket[d.value(QStringLiteral("ticket_id")).toInteger()] += 1;
        }
        QHash<qint64, int> logged;
        for (const auto *d : it.value()) {
            ++disclosuresChecked;
            logged[d->ticketId] += 1;
            if (!found.contains(d->id))
                c.problem(QStringLiteral("disclosure %1 of ticket %2 is missing").arg(d->id).arg(d->ticketId), &c.lost);
        }
        for (auto l = logged.cbegin(); l != logged.cend(); ++l) {
            if (onTicket.value(l.key()) > l.value())
                c.problem(QStringLiteral("ticket %1 has %2 disclosures, the run made %3").arg(l.key()).arg(onTicket.value(l.key())).arg(l.value()), &c.doubled);
        }
    }
    return disclosuresChecked;
}

} // namespace

QJsonObject readBack(DeskRun &run, const QList<QByteArray> &tokens, bool canReadDisclosures)
{
    Checker c(run, tokens);
    WriteLog &log = run.log;
    QHash<qint64, int> serverOf;
    QHash<qint64, QJsonObject> finalTicket;
    readTickets(c, log, serverOf, finalTicket);
    checkTicketWrites(c, log, finalTicket);
    const qsizetype listed = checkNoTicketTwice(c, run.runToken);
    checkEntries(c, log, serverOf);
    checkAttempts(c, log, serverOf);
    const qint64 disclosuresChecked = canReadDisclosures ? checkDisclosures(c, log, serverOf) : 0;

    return {
        {QStringLiteral("tickets_created"), qint64(log.tickets.size())},
        {QStringLiteral("tickets_listed_with_run_token"), listed},
        {QStringLiteral("ticket_writes"), qint64(log.ticketWrites.size())},
        {QStringLiteral("entries"), qint64(log.entries.size())},
        {QStringLiteral("verifications"), qint64(log.attempts.size())},
        {QStringLiteral("disclosures"), qint64(log.disclosures.size())},
        {QStringLiteral("disclosures_checked"), disclosuresChecked},
        {QStringLiteral("lost"), c.lost},
        {QStringLiteral("doubled"), c.doubled},
        {QStringLiteral("readback_errors"), c.errors},
        {QStringLiteral("problems"), c.details},
    };
}

} // namespace izdesk::bench
