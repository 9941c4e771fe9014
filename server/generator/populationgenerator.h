#pragma once

#include "generator/generatedrecord.h"

#include <QDate>

#include <functional>
#include <random>

namespace izdesk::server {

// Deterministic synthetic population (same seed and today ⇒ same records): households
// sharing surname, address and phone; twins; Jr/Sr; ACIP-shaped childhood histories with
// real CVX codes; and ~6% duplicate records carrying realistic errors, with ground truth.
// One thread.
class PopulationGenerator
{
public:
    struct Stats
    {
        qint64 records = 0, persons = 0, duplicates = 0, immunizations = 0;
    };

    PopulationGenerator(quint64 seed, const QDate &today);

    // Emits records (first records and duplicates) until count records were emitted.
    Stats generate(qint64 count, const std::function<void(const GeneratedRecord &)> &onRecord);
    // patients.csv, immunizations.csv and truth.csv in dir.
    bool writeCsv(qint64 count, const QString &dir, Stats *stats, QString *error,
                  const std::function<void(qint64)> &progress = {});

    double duplicateRate = 0.06;

private:
    int uniform(int lo, int hi); // inclusive
    bool chance(double p);
    QString pick(const void *table, int count, bool weighted);
    QString surname();
    QString givenName(const QString &sex);
    QString phoneFor(const char *areaCode);
    QString streetLine();
    void addHistory(GeneratedRecord *r);
    GeneratedRecord duplicateOf(const GeneratedRecord &r);
    void nicknameOrTypo(GeneratedRecord *d);
    void dobMistake(GeneratedRecord *d);
    void moveHouse(GeneratedRecord *d);
    void dobAndNameMistake(GeneratedRecord *d);
    struct Household;
    GeneratedRecord person(const Household &h, const QString &sex, const QDate &dob);
    GeneratedRecord twinOf(const Household &h, GeneratedRecord *sibling);
    // The next household's records, at most `room` of them counting the children loop's limit.
    QList<GeneratedRecord> household(qint64 room);

    std::mt19937_64 m_rng;
    QDate m_today;
    qint64 m_nextSource = 1;
    qint64 m_nextPerson = 1;
};

} // namespace izdesk::server
