#include "demoseed.h"

#include "auth/passwordhasher.h"
#include "seed/demoseeddata.h"
#include "seed/onboardingdemoseed.h"
#include "slapolicy.h"
#include "storage/sqlutil.h"
#include "tickets/organizationstore.h"
#include "tickets/ticketstore.h"
#include "accounts/accountsdemoseed.h"

#include "catalog.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <random>

namespace izdesk::server {

namespace {

constexpr int kTicketCount = 200;
constexpr std::uint32_t kSeed = 20240917; // fixed: the demo data must be the same every time
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

// Draws from a fixed-seed mt19937 with modulo arithmetic only (no std::*_distribution,
// whose output differs between standard libraries), so the data set is portable.
class Dice
{
public:
    explicit Dice(std::uint32_t seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return int(m_engine() % std::uint32_t(n)); }
    qint64 belowMs(qint64 n) { return n <= 0 ? 0 : qint64(((quint64(m_engine()) << 32) | m_engine()) % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    // Index into weights (percentages summing to 100).
    int weighted(std::initializer_list<int> weights)
    {
        int roll = below(100);
        int i = 0;
        for (int w : weights) {
            if (roll < w)
                return i;
            roll -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937 m_engine;
};

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

struct SeededOrganization
{
    qint64 id = 0;
    QString name;
    QString type;
    QString domain;
    QStringList codes;
    QStringList phones;
};

bool staffIsEmpty(QSqlDatabase &db, bool *empty)
{
    QSqlQuery q(db);
    if (!prepareAndExec(q, QStringLiteral("SELECT COUNT(*) FROM staff_users")) || !q.next())
        return false;
    *empty = q.value(0).toLongLong() == 0;
    return true;
}

QHash<QString, qint64> insertStaff(QSqlDatabase &db, Dialect dialect, const QStringList &hashes, const QDateTime &now)
{
    QHash<QString, qint64> ids;
    const auto staff = DemoSeedData::staff();
    for (int i = 0; i < staff.size; ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO staff_users (username, display_name, role, password_hash, active, "
                                 "failed_attempts, password_changed_at, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) "
                                 "RETURNING id"));
        q.addBindValue(text(staff[i].username));
        q.addBindValue(text(staff[i].displayName));
        q.addBindValue(text(staff[i].role));
        q.addBindValue(hashes.at(i));
        q.addBindValue(true);
        q.addBindValue(toDbTimestamp(now, dialect));
        q.addBindValue(toDbTimestamp(now, dialect));
        if (!execQuery(q) || !q.next())
            return {};
        ids.insert(text(staff[i].username), q.value(0).toLongLong());
    }
    return ids;
}

// The demo specialists are on shift; most handle a few categories (specialist: all of them).
bool putSpecialistsOnShift(QSqlDatabase &db)
{
    const QList<QPair<QString, QString>> shifts{
        {QStringLiteral("specialist"), QString()},
        {QStringLiteral("jchen"), QStringLiteral("account_access,enrollment,records_request")},
        {QStringLiteral("mokafor"), QStringLiteral("duplicate_record,data_correction,data_exchange")},
        {QStringLiteral("lnguyen"), QStringLiteral("vaccine_ordering,vaccine_codes,forecaster,account_access")},
    };
    for (const auto &shift : shifts) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE staff_users SET on_shift = 1, skills = ? WHERE username = ?"));
        q.addBindValue(shift.second.isNull() ? QStringLiteral("") : shift.second);
        q.addBindValue(shift.first);
        if (!execQuery(q))
            return false;
    }
    return true;
}

QList<SeededOrganization> insertOrganizations(OrganizationStore &store, Dice &dice, const QDateTime &now)
{
    QList<SeededOrganization> out;
    const auto organizations = DemoSeedData::organizations();
    const auto sites = DemoSeedData::siteNames();
    for (int i = 0; i < organizations.size; ++i) {
        const auto &row = organizations[i];
        SeededOrganization seeded{0, text(row.name), text(row.type), text(row.codePrefix).toLower() + QStringLiteral(".example"), {}, {}};
        const auto id = store.insert(seeded.name, seeded.type, now.addDays(-(400 + 30 * i)));
        if (!id)
            return {};
        seeded.id = *id;
        const bool vfc = seeded.type == QLatin1String("provider") || seeded.type == QLatin1String("hospital")
                         || seeded.type == QLatin1String("local_health_department");
        for (int f = 0; f < row.facilities; ++f) {
            OrganizationStore::Facility facility;
            facility.name = row.facilities == 1 ? seeded.name : seeded.name + QStringLiteral(" - ") + text(sites[f]);
            facility.facilityCode = text(row.codePrefix) + QStringLiteral("%1").arg(f + 1, 3, 10, QLatin1Char('0'));
            if (vfc)
                facility.vfcPin = QString::number(100000 + dice.below(900000));
            facility.phone = QStringLiteral("(%1) 555-01%2")
                                 .arg(text(DemoSeedData::areaCodes()[dice.below(DemoSeedData::areaCodes().size)]))
                                 .arg(dice.below(100), 2, 10, QLatin1Char('0'));
            facility.address = QStringLiteral("%1 %2, %3")
                                   .arg(100 + dice.below(9800))
                                   .arg(text(DemoSeedData::streets()[dice.below(DemoSeedData::streets().size)]),
                                        text(row.city));
            if (!store.insertFacility(*id, facility))
                return {};
            seeded.codes << facility.facilityCode;
            seeded.phones << facility.phone;
        }
        out << seeded;
    }
    return out;
}

// Status over the lifecycle: fresh calls are mostly new or open, older ones mostly done.
bool isDone(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

// Wall-clock age that stays well inside a priority's resolution target (sla-default.json:
// urgent 4, high 8, normal 24, low 48 business hours), weekends included.
qint64 freshWindowMs(const QString &priority)
{
    constexpr qint64 hourMs = 3600 * 1000;
    if (priority == QLatin1String("urgent"))
        return 2 * hourMs;
    if (priority == QLatin1String("high"))
        return 4 * hourMs;
    if (priority == QLatin1String("low"))
        return 36 * hourMs;
    return 18 * hourMs;
}

QString statusFor(Dice &dice, qint64 ageMs)
{
    static const QStringList young{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending_caller"),
                                   QStringLiteral("pending_internal")};
    static const QStringList old{QStringLiteral("open"), QStringLiteral("pending_caller"),
                                 QStringLiteral("pending_internal"), QStringLiteral("resolved"),
                                 QStringLiteral("closed")};
    if (ageMs < 2 * kDayMs)
        return young.at(dice.weighted({45, 35, 10, 10}));
    if (ageMs < 10 * kDayMs)
        return (old + QStringList{QStringLiteral("new")}).at(dice.weighted({25, 15, 15, 25, 10, 10}));
    return old.at(dice.weighted({8, 7, 5, 35, 45}));
}

bool insertTickets(TicketStore &tickets, Dice &dice, const QList<SeededOrganization> &organizations,
                   const QHash<QString, qint64> &staff, const QDateTime &now)
{
    const auto calls = DemoSeedData::calls();
    const auto firstNames = DemoSeedData::firstNames();
    const auto lastNames = DemoSeedData::lastNames();
    const QStringList channels = Catalog::keys(Catalog::ticketChannels());
    const QStringList priorities = Catalog::keys(Catalog::ticketPriorities());
    const QStringList specialists{QStringLiteral("specialist"), QStringLiteral("jchen"), QStringLiteral("mokafor"),
                                  QStringLiteral("lnguyen")};
    const QStringList creators = specialists + QStringList{QStringLiteral("supervisor")};

    for (int i = 0; i < kTicketCount; ++i) {
        // Every call template (and so every category) appears at least once.
        const auto &call = calls[i < calls.size ? i : dice.below(calls.size)];
        const QString first = text(firstNames[dice.below(firstNames.size)]);
        const QString last = text(lastNames[dice.below(lastNames.size)]);

        TicketStore::Values v;
        v.category = text(call.category);
        v.subject = text(call.subject);
        v.requesterName = first + QLatin1Char(' ') + last;
        QString orgName = QStringLiteral("the caller");
        QString code;
        if (call.callerTypes) {
            const QStringList types = text(call.callerTypes).split(QLatin1Char(','));
            QList<const SeededOrganization *> candidates;
            for (const auto &o : organizations) {
                if (types.contains(o.type))
                    candidates << &o;
            }
            const SeededOrganization *org = candidates.at(dice.below(int(candidates.size())));
            const int site = dice.below(int(org->codes.size()));
            v.organizationId = org->id;
            orgName = org->name;
            code = org->codes.at(site);
            v.requesterContact = dice.chance(50) ? org->phones.at(site)
                                                 : first.left(1).toLower() + last.toLower() + QLatin1Char('@') + org->domain;
        } else {
            v.requesterContact = dice.chance(60)
                ? QStringLiteral("(%1) 555-01%2")
                      .arg(text(DemoSeedData::areaCodes()[dice.below(DemoSeedData::areaCodes().size)]))
                      .arg(dice.below(100), 2, 10, QLatin1Char('0'))
                : first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.org");
        }
        v.description = text(call.description).replace(QLatin1String("{org}"), orgName).replace(QLatin1String("{code}"), code);
        v.channel = i < channels.size() ? channels.at(i) : channels.at(dice.weighted({50, 20, 10, 15, 5}));
        v.priority = priorities.at(dice.weighted({15, 55, 22, 8}));

        // Most of a desk's open work is recent: nested uniform draws skew ages toward today
        // while still reaching back 30 days for the resolved and closed history.
        qint64 ageMs = dice.belowMs(dice.belowMs(30 * kDayMs) + 1);
        v.status = statusFor(dice, ageMs);
        // A working desk keeps most of its open tickets inside their resolution target; a few
        // breached ones stay, so the demo shows every SLA colour.
        if (!isDone(v.status) && dice.chance(85))
            ageMs = dice.belowMs(freshWindowMs(v.priority)) + 1;
        if (v.status != QLatin1String("new") || dice.chance(40))
            v.assigneeId = staff.value(dice.chance(90) ? specialists.at(dice.below(4)) : QStringLiteral("supervisor"));
        const QDateTime created = now.addMSecs(-ageMs);
        const QDateTime updated = v.status == QLatin1String("new") ? created : created.addMSecs(dice.belowMs(ageMs));
        const int version = v.status == QLatin1String("new") ? 1 : 2 + dice.below(4);

        const auto id = tickets.insert(v, staff.value(creators.at(dice.below(int(creators.size())))), created, updated, version);
        if (!id)
            return false;
        // A ticket someone has worked on has had its first reply or call, minutes to a few hours
        // after it came in; without this every worked ticket would show a breached first response.
        if (v.status != QLatin1String("new")) {
            const qint64 responseMs = std::min(ageMs, 5 * 60 * 1000 + dice.belowMs(3 * 3600 * 1000));
            if (!tickets.recordFirstResponse(*id, created.addMSecs(responseMs)))
                return false;
        }
    }
    return true;
}

} // namespace

SeedResult seedDemo(QSqlDatabase db, Dialect dialect, const QDateTime &nowUtc)
{
    SeedResult result;
    const auto staff = DemoSeedData::staff();
    for (int i = 0; i < staff.size; ++i)
        result.accounts << QStringLiteral("%1 / %2 (%3)").arg(text(staff[i].username), text(staff[i].password), text(staff[i].role));

    bool empty = false;
    if (!staffIsEmpty(db, &empty)) {
        result.error = QStringLiteral("cannot read staff_users");
        return result;
    }
    if (!empty)
        return result;

    // Hash before opening the transaction: Argon2id is deliberately slow.
    QStringList hashes;
    for (int i = 0; i < staff.size; ++i) {
        hashes << PasswordHasher::hash(text(staff[i].password));
        if (hashes.last().isEmpty()) {
            result.error = QStringLiteral("password hashing failed");
            return result;
        }
    }
    const QDateTime now = nowUtc.toUTC();
    Dice dice(kSeed);
    if (!db.transaction()) {
        result.error = QStringLiteral("cannot start a transaction");
        return result;
    }
    const QHash<QString, qint64> staffIds = insertStaff(db, dialect, hashes, now.addDays(-60));
    OrganizationStore organizationStore(db, dialect);
    const QList<SeededOrganization> organizations =
        staffIds.isEmpty() ? QList<SeededOrganization>() : insertOrganizations(organizationStore, dice, now);
    TicketStore ticketStore(db, dialect, nullptr, now);
    if (organizations.isEmpty() || !putSpecialistsOnShift(db)
        || !insertTickets(ticketStore, dice, organizations, staffIds, now)
        // IIS users and agreements in every status.
        || !seedDemoAccounts(db, dialect, now)
        // The onboarding queue and projects in several stages, on the default calendar.
        || !seedDemoOnboarding(db, dialect, now, SlaPolicy::builtIn().calendar(), OnboardingPolicy::builtIn())
        || !db.commit()) {
        db.rollback();
        result.error = QStringLiteral("writing the demo data failed");
        return result;
    }
    result.seeded = true;
    return result;
}

} // namespace izdesk::server
