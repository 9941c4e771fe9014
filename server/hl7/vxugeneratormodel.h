#pragma once

#include "hl7/vxugeneratorcodes.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace izdesk::server::hl7::vxugen {

// A small deterministic generator (splitmix64): the same seed gives the same sequence on
// every platform.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next();
    int below(int n);                       // 0 … n-1 (0 when n <= 0)
    int between(int lo, int hi);            // lo … hi inclusive
    double unit();                          // [0, 1)
    bool chance(double p) { return unit() < p; }
    QDate dateBetween(const QDate &from, const QDate &to); // inclusive; `from` when empty

private:
    quint64 m_state;
};

// One RXA and what goes around it (ORC, RXR, OBX, NTE), as the message will carry it; every
// field is raw ER7 text.
struct Dose
{
    enum class Kind { Administered, Historical, Refusal };
    Kind kind = Kind::Administered;
    QDate date;
    QString cvx;                 // the CVX meant, for the VIS OBX
    QString rxa5;
    QString amount, units, source, provider, location;
    QString lot, expiration, mvx, refusal, completion = QStringLiteral("CP");
    QString time;                // HHMM after the RXA-3 date, empty = date only
    QString site = QStringLiteral("LD^Left Deltoid^HL70163");
    QString filler;              // ORC-3
    QString eligibility, funding; // OBX-5 values; empty = no such OBX
    QString vis;                 // OBX-5 of the VIS vaccine type OBX; empty = no VIS
    QString note;                // NTE-3 after the last OBX; empty = none
};

// The patient and the doses of one message, before they are written as segments.
struct Patient
{
    QString mrn, family, given, middle, sex;
    QDate birth;
    QString motherFamily, motherGiven;
    QString street, city, state, zip, areaCode, localNumber;
    QString race, ethnicity;     // raw CWE (race may repeat)
    QString registryId;          // a second PID-3 repetition (state registry id), empty = none
    QString addressType = QStringLiteral("L");
    QString kinRelationship = QStringLiteral("MTH^Mother^HL70063");
    QString kinGiven;            // NK1-2.2 (the mother's given name unless the father is sent)
    QString ssnIdentifier;       // extra PID-3 repetition, empty = none
    QString pid19;
    QString publicity, publicityDate, protection, protectionDate, registryStatusDate;
    QString phoneRaw;            // when set, PID-13 as is
    QString addressRaw;          // when set, PID-11 as is
};

struct Draft
{
    Patient patient;
    QList<Dose> doses;
    QMap<char, QString> details;
};

// The code set facts, with the products on the market on a day.
struct Catalogue
{
    const VxuGenerator::Codes *codes = nullptr;
    QList<const VxuGenerator::Codes::Product *> current; // active CVX and MVX, on the market on `today`
    QList<const VxuGenerator::Codes::Span *> historical; // active CVX with a known start
    QList<const VxuGenerator::Codes::Span *> recent;     // first on the market 2019 or later
    QList<const VxuGenerator::Codes::Span *> retired;    // inactive, off the market two years before `today`
    QList<QString> mvxCodes;                             // active MVX, sorted
    QList<QString> cptCvx;                               // CVX with a CPT, sorted
    QDate today;

    void build(const VxuGenerator::Codes &c, const QDate &day);
    QString cvxField(const QString &cvx) const; // "08^Hep B, adolescent or pediatric^CVX"
};

// A historical dose (RXA-9 01) of `cvx` on `date`.
Dose historicalDose(const Catalogue &catalogue, const QString &cvx, const QDate &date, Rng &rng);

// Seeds checklist defect `letter` into the draft and records what it did in draft->details.
void seedDefect(char letter, Draft *draft, const Catalogue &catalogue, Rng &rng);

QString text(const QString &value); // escaped for a component

} // namespace izdesk::server::hl7::vxugen
