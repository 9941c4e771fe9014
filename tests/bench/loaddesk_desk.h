#pragma once

// What the simulated desk users do (load_desk): specialists take calls, supervisors watch and
// reassign, every user keeps one live-feed long poll open; every write is logged for read-back.

#include "loaddesk_http.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

namespace izdesk::bench {

using Clock = std::chrono::steady_clock;

// A caller as the generated population file knows them (adults only: they verify as "self").
struct Caller
{
    QString first, last, dob, phone, street, zip, mother;
};

// Adults that are not generated duplicates (truth.csv beside the file, when present).
std::vector<Caller> loadCallers(const QString &patientsCsv, QString *error);

// Every write the run got a 2xx answer for, for the read-back.
struct WriteLog
{
    struct Ticket
    {
        qint64 id;
        QString subject;
        int server;
    };
    struct TicketWrite
    {
        qint64 ticketId;
        qint64 version;
        QJsonObject fields; // what the write set
        QJsonObject answer; // the ticket the server answered with
    };
    struct Entry
    {
        qint64 ticketId;
        qint64 id;
        QString body;
    };
    struct Attempt
    {
        qint64 ticketId;
        qint64 id;
    };
    struct Disclosure
    {
        qint64 patientId;
        qint64 id;
        qint64 ticketId;
    };
    std::mutex mutex;
    std::vector<Ticket> tickets;
    std::vector<TicketWrite> ticketWrites;
    std::vector<Entry> entries;
    std::vector<Attempt> attempts;
    std::vector<Disclosure> disclosures;
};

struct DeskRun
{
    QStringList urls;
    QString password;
    QString runToken;              // in every subject and entry body of this run
    QStringList specialists;       // usernames (reassignment targets)
    std::vector<Caller> callers;
    Clock::time_point deadline;
    double thinkScale = 1.0;       // every think time is multiplied by it (a smoke run shortens them)
    Recorder recorder;
    WriteLog log;
};

struct DeskUser
{
    QString username;
    bool supervisor = false;
    int server = 0; // index into DeskRun::urls
    quint64 seed = 0;
    QByteArray token;
};

// Signs in; false (and recorded as an error) when the server refuses.
bool signIn(DeskRun &run, DeskUser &user);
void runSpecialist(DeskRun &run, const DeskUser &user);
void runSupervisor(DeskRun &run, const DeskUser &user);
void runFeed(DeskRun &run, const DeskUser &user);

} // namespace izdesk::bench
