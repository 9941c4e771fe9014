#include "generator/populationgenerator.h"

#include "generator/generatordata.h"
#include "importer/csvreader.h"

#include "matching/nicknametable.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace izdesk::server {

using namespace generatordata;

namespace {

// ACIP childhood and adolescent schedule (CVX, usual MVX, age in days at the dose).
struct Dose
{
    const char *cvx;
    const char *mvx;
    int ageDays;
};

const Dose schedule[] = {
    {"08", "MSD", 0},    {"08", "MSD", 60},   {"20", "PMC", 61},   {"10", "PMC", 61},   {"49", "MSD", 61},
    {"133", "PFR", 61},  {"116", "MSD", 61},  {"20", "PMC", 122},  {"10", "PMC", 122},  {"49", "MSD", 122},
    {"133", "PFR", 122}, {"116", "MSD", 122}, {"08", "MSD", 183},  {"20", "PMC", 183},  {"133", "PFR", 183},
    {"116", "MSD", 183}, {"10", "PMC", 190},  {"03", "MSD", 366},  {"21", "MSD", 366},  {"83", "SKB", 366},
    {"49", "MSD", 370},  {"133", "PFR", 370}, {"20", "PMC", 460},  {"83", "SKB", 550},  {"20", "PMC", 1500},
    {"10", "PMC", 1500}, {"03", "MSD", 1500}, {"21", "MSD", 1500}, {"115", "SKB", 4050}, {"165", "MSD", 4050},
    {"114", "PMC", 4050}, {"165", "MSD", 4250}, {"114", "PMC", 5850}};

QString typo(const QString &name, std::mt19937_64 &rng)
{
    if (name.size() < 3)
        return name;
    QString s = name;
    const int i = static_cast<int>(rng() % static_cast<quint64>(s.size() - 1)) + 1; // keep the first letter
    switch (rng() % 4) {
    case 0: // transposition
        if (i + 1 < s.size())
            std::swap(s[i], s[i + 1]);
        else
            s.remove(i, 1);
        break;
    case 1: s.remove(i, 1); break;                       // deletion
    case 2: s.insert(i, s.at(i)); break;                 // doubled letter
    default: s[i] = QLatin1Char(static_cast<char>('A' + rng() % 26)); break; // substitution
    }
    return s;
}

} // namespace

PopulationGenerator::PopulationGenerator(quint64 seed, const QDate &today)
    : m_rng(seed)
    , m_today(today)
{
}

int PopulationGenerator::uniform(int lo, int hi)
{
    return lo + static_cast<int>(m_rng() % static_cast<quint64>(hi - lo + 1));
}

bool PopulationGenerator::chance(double p)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p;
}

QString PopulationGenerator::pick(const void *table, int count, bool)
{
    const auto *rows = static_cast<const Weighted *>(table);
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += rows[i].weight;
    int x = uniform(0, total - 1);
    for (int i = 0; i < count; ++i) {
        if (x < rows[i].weight)
            return QLatin1String(rows[i].name);
        x -= rows[i].weight;
    }
    return QLatin1String(rows[0].name);
}

QString PopulationGenerator::surname()
{
    return pick(surnames, surnameCount, true);
}

QString PopulationGenerator::givenName(const QString &sex)
{
    return sex == QLatin1String("F") ? pick(femaleNames, femaleNameCount, true) : pick(maleNames, maleNameCount, true);
}

QString PopulationGenerator::phoneFor(const char *areaCode)
{
    return QStringLiteral("%1-%2-%3").arg(QLatin1String(areaCode)).arg(uniform(201, 989)).arg(uniform(0, 9999), 4, 10, QLatin1Char('0'));
}

QString PopulationGenerator::streetLine()
{
    return QStringLiteral("%1 %2 %3").arg(uniform(1, 9899)).arg(QLatin1String(streets[uniform(0, streetCount - 1)]),
                                                               QLatin1String(streetTypes[uniform(0, streetTypeCount - 1)]));
}

void PopulationGenerator::addHistory(GeneratedRecord *r)
{
    const bool child = r->dob.daysTo(m_today) < 19 * 365;
    if (!child) {
        if (chance(0.5)) { // adults: a flu shot or two, a Tdap
            ImmunizationInput flu;
            flu.cvx = QStringLiteral("150");
            flu.mvx = QStringLiteral("SEQ");
            flu.date = m_today.addDays(-uniform(30, 700));
            flu.lot = QStringLiteral("FL%1").arg(uniform(1000, 9999));
            r->immunizations << flu;
        }
        return;
    }
    const bool skipsSome = chance(0.2);
    for (const Dose &d : schedule) {
        const QDate date = r->dob.addDays(d.ageDays + uniform(0, d.ageDays > 0 ? 21 : 1));
        if (date > m_today)
            break;
        if (skipsSome && chance(0.3))
            continue;
        ImmunizationInput im;
        im.cvx = QLatin1String(d.cvx);
        im.mvx = QLatin1String(d.mvx);
        im.date = date;
        if (chance(0.1)) {
            im.recordType = QStringLiteral("historical");
            im.informationSource = QStringLiteral("01");
        } else {
            im.lot = QStringLiteral("%1%2").arg(QLatin1String(d.mvx).left(1)).arg(uniform(10000, 99999));
            im.facilityCode = QStringLiteral("CLINIC%1").arg(uniform(1, 40), 2, 10, QLatin1Char('0'));
        }
        r->immunizations << im;
    }
}

// A nickname for the given name, or a typo where the name has none.
namespace {

// The name and its nicknames, the nicknames sorted: the table keeps them in a hash, whose order
// changes from one process to the next, and a seed must give the same population every time.
QStringList nicknameVariants(const QString &name)
{
    QStringList v = matching::NicknameTable::builtIn().variants(name);
    std::sort(v.begin() + 1, v.end());
    return v;
}

} // namespace

// A nickname for the given name, or a typo where the name has none.
void PopulationGenerator::nicknameOrTypo(GeneratedRecord *d)
{
    const QStringList v = nicknameVariants(d->first);
    if (v.size() > 1) {
        d->first = v.at(uniform(1, static_cast<int>(v.size()) - 1));
        d->errors << QStringLiteral("nickname");
    } else {
        d->first = typo(d->first, m_rng);
        d->errors << QStringLiteral("typo");
    }
}

// Day and month transposed where that is a date, else the day off by one.
void PopulationGenerator::dobMistake(GeneratedRecord *d)
{
    const QDate t(d->dob.year(), d->dob.day(), d->dob.month());
    if (d->dob.day() <= 12 && d->dob.day() != d->dob.month() && t.isValid()) {
        d->dob = t;
        d->errors << QStringLiteral("transposed_dob");
    } else {
        d->dob = d->dob.addDays(chance(0.5) ? 1 : -1);
        d->errors << QStringLiteral("dob_typo");
    }
}

// Moved house: another place, street and (half the time) phone.
void PopulationGenerator::moveHouse(GeneratedRecord *d)
{
    const Place &p = places[uniform(0, placeCount - 1)];
    d->street = streetLine();
    d->city = QLatin1String(p.city);
    d->zip = QLatin1String(p.zip);
    d->phone = chance(0.5) ? phoneFor(p.areaCode) : d->phone;
    d->errors << QStringLiteral("moved");
}

void PopulationGenerator::dobAndNameMistake(GeneratedRecord *d)
{
    // What a second clerk (or a caller) gets wrong at once: the year by one or the day
    // by up to ten, and the spelling of a name or a nickname for it.
    const int sign = chance(0.5) ? 1 : -1;
    const bool yearOff = chance(0.5);
    const auto shifted = [&](int s) {
        return yearOff ? QDate(d->dob.year() + s, d->dob.month(), std::min(d->dob.day(), 28))
                       : d->dob.addDays(s * uniform(2, 10));
    };
    QDate dob = shifted(sign);
    if (dob > m_today) // nobody is said to be born after today: the other way
        dob = shifted(-sign);
    d->dob = dob;
    const QStringList v = nicknameVariants(d->first);
    if (v.size() > 1 && chance(0.5))
        d->first = v.at(uniform(1, static_cast<int>(v.size()) - 1));
    else if (chance(0.5))
        d->first = typo(d->first, m_rng);
    else
        d->last = typo(d->last, m_rng);
    d->errors << QStringLiteral("dob_and_name");
}

GeneratedRecord PopulationGenerator::duplicateOf(const GeneratedRecord &r)
{
    GeneratedRecord d = r;
    d.sourceId = QStringLiteral("S%1").arg(m_nextSource++, 9, 10, QLatin1Char('0'));
    d.duplicateOf = r.sourceId;
    d.mrn = chance(0.7) ? QStringLiteral("M%1").arg(uniform(100000, 999999)) : QString();
    d.mrnFacility = d.mrn.isEmpty() ? QString() : QStringLiteral("CLINIC%1").arg(uniform(1, 40), 2, 10, QLatin1Char('0'));
    d.immunizations.clear();
    // A fragmented history: the other provider reported a few of the doses.
    for (const auto &im : r.immunizations)
        if (chance(0.3))
            d.immunizations << im;
    const int kinds = chance(0.35) ? 2 : 1;
    for (int k = 0; k < kinds; ++k) {
        switch (uniform(0, 8)) {
        case 0:
            if (chance(0.5))
                d.first = typo(d.first, m_rng);
            else
                d.last = typo(d.last, m_rng);
            d.errors << QStringLiteral("typo");
            break;
        case 1:
            nicknameOrTypo(&d);
            break;
        case 2:
            if (r.dob.daysTo(m_today) < 19 * 365) {
                d.first = d.sex == QLatin1String("F") ? QStringLiteral("BABY GIRL") : QStringLiteral("BABY BOY");
                d.middle.clear();
                d.errors << QStringLiteral("placeholder");
            } else {
                d.middle.clear();
                d.phone.clear();
                d.errors << QStringLiteral("missing");
            }
            break;
        case 3:
            std::swap(d.first, d.last);
            d.errors << QStringLiteral("swapped");
            break;
        case 4:
            dobMistake(&d);
            break;
        case 5:
            moveHouse(&d);
            break;
        case 7:
            dobAndNameMistake(&d);
            break;
        case 6:
            if (!d.motherMaiden.isEmpty() && d.motherMaiden != d.last) {
                d.last = d.last + QLatin1Char('-') + d.motherMaiden;
                d.errors << QStringLiteral("hyphenated");
                break;
            }
            Q_FALLTHROUGH();
        default:
            d.phone.clear();
            d.street.clear();
            d.motherMaiden.clear();
            d.errors << QStringLiteral("missing");
            break;
        }
    }
    if (d.errors.contains(QStringLiteral("placeholder")) || chance(0.5))
        d.birthFileNumber = r.birthFileNumber; // the same birth certificate seen from another feed
    else
        d.birthFileNumber.clear();
    return d;
}

// One household's shared facts: its name, the mother's maiden name, and where it lives.
struct PopulationGenerator::Household
{
    QString familyName;
    QString motherMaiden;
    const Place *place = nullptr;
    QString street;
    QString phone;
};

GeneratedRecord PopulationGenerator::person(const Household &h, const QString &sex, const QDate &dob)
{
    GeneratedRecord r;
    r.personId = m_nextPerson++;
    r.sourceId = QStringLiteral("S%1").arg(m_nextSource++, 9, 10, QLatin1Char('0'));
    r.sex = sex;
    r.first = givenName(sex);
    r.middle = chance(0.6) ? givenName(sex) : QString();
    r.last = h.familyName;
    r.dob = dob;
    r.street = h.street;
    r.city = QLatin1String(h.place->city);
    r.state = QStringLiteral("MN");
    r.zip = QLatin1String(h.place->zip);
    r.phone = h.phone;
    if (chance(0.7)) {
        r.mrn = QStringLiteral("M%1").arg(uniform(100000, 999999));
        r.mrnFacility = QStringLiteral("CLINIC%1").arg(uniform(1, 40), 2, 10, QLatin1Char('0'));
    }
    return r;
}

// A twin of *sibling: same date of birth, home and mother; sometimes the same given name with
// other middle names; mostly with the birth order on both.
GeneratedRecord PopulationGenerator::twinOf(const Household &h, GeneratedRecord *sibling)
{
    GeneratedRecord twin = person(h, chance(0.5) ? QStringLiteral("F") : QStringLiteral("M"), sibling->dob);
    twin.motherMaiden = h.motherMaiden;
    if (chance(0.3)) {
        // Named after one relative: the same given name, other middle names.
        twin.sex = sibling->sex;
        twin.first = sibling->first;
        do {
            sibling->middle = givenName(sibling->sex);
            twin.middle = givenName(sibling->sex);
        } while (twin.middle == sibling->middle);
    }
    twin.birthFileNumber = sibling->birthFileNumber.isEmpty() || chance(0.2)
        ? QString()
        : QStringLiteral("%1-%2").arg(sibling->dob.year()).arg(uniform(100000, 999999));
    // Most feeds send the birth order; some send neither indicator.
    if (chance(0.8)) {
        sibling->birthOrder = 1;
        twin.birthOrder = 2;
    }
    return twin;
}

// A household: a parent (on file 45 % of the time) and one to four children, some twins, some
// juniors named after the father.
QList<GeneratedRecord> PopulationGenerator::household(qint64 room)
{
    Household h;
    h.familyName = surname();
    h.motherMaiden = surname();
    h.place = &places[uniform(0, placeCount - 1)];
    h.street = streetLine();
    h.phone = phoneFor(h.place->areaCode);
    QList<GeneratedRecord> members;
    const QString parentSex = chance(0.7) ? QStringLiteral("F") : QStringLiteral("M");
    const bool adultRecord = chance(0.45);
    GeneratedRecord parent = person(h, parentSex, m_today.addDays(-uniform(20 * 365, 50 * 365)));
    if (adultRecord)
        members << parent;
    const int children = uniform(1, 4);
    for (int c = 0; c < children && members.size() < room; ++c) {
        const QString sex = chance(0.5) ? QStringLiteral("F") : QStringLiteral("M");
        GeneratedRecord child = person(h, sex, m_today.addDays(-uniform(0, 18 * 365)));
        child.motherMaiden = h.motherMaiden;
        if (chance(0.85))
            child.birthFileNumber = QStringLiteral("%1-%2").arg(child.dob.year()).arg(uniform(100000, 999999));
        if (sex == QLatin1String("M") && parentSex == QLatin1String("M") && adultRecord && chance(0.15)) {
            child.first = parent.first;
            child.suffix = QStringLiteral("JR");
            members.first().suffix = QStringLiteral("SR");
        }
        members << child;
        if (chance(0.03)) // twins: same DOB, home and mother; birth order
            members << twinOf(h, &members.last());
    }
    return members;
}

PopulationGenerator::Stats PopulationGenerator::generate(qint64 count, const std::function<void(const GeneratedRecord &)> &onRecord)
{
    Stats stats;
    while (stats.records < count) {
        QList<GeneratedRecord> members = household(count - stats.records);
        for (GeneratedRecord &m : members) {
            if (stats.records >= count)
                break;
            addHistory(&m);
            onRecord(m);
            ++stats.records;
            ++stats.persons;
            stats.immunizations += m.immunizations.size();
            if (stats.records < count && chance(duplicateRate)) {
                const GeneratedRecord d = duplicateOf(m);
                onRecord(d);
                ++stats.records;
                ++stats.duplicates;
                stats.immunizations += d.immunizations.size();
            }
        }
    }
    return stats;
}

bool PopulationGenerator::writeCsv(qint64 count, const QString &dir, Stats *stats, QString *error,
                                   const std::function<void(qint64)> &progress)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QFile patients(QDir(dir).filePath(QStringLiteral("patients.csv")));
    QFile immunizations(QDir(dir).filePath(QStringLiteral("immunizations.csv")));
    QFile truth(QDir(dir).filePath(QStringLiteral("truth.csv")));
    for (QFile *f : {&patients, &immunizations, &truth}) {
        if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1").arg(f->fileName());
            return false;
        }
    }
    patients.write(csvRow(GeneratedRecord::csvHeader()));
    immunizations.write("source_id,cvx,ndc,mvx,lot,administered_date,record_type,facility_code\n");
    truth.write("source_id,person_id,duplicate_of,errors\n");
    qint64 n = 0;
    *stats = generate(count, [&](const GeneratedRecord &r) {
        patients.write(csvRow(r.csvFields()));
        truth.write(csvRow({r.sourceId, QString::number(r.personId), r.duplicateOf, r.errors.join(QLatin1Char(';'))}));
        for (const auto &im : r.immunizations)
            immunizations.write(csvRow({r.sourceId, im.cvx, im.ndc, im.mvx, im.lot, im.date.toString(Qt::ISODate),
                                        im.recordType, im.facilityCode}));
        if (progress && ++n % 100000 == 0)
            progress(n);
    });
    return true;
}

} // namespace izdesk::server
