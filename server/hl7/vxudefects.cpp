#include "hl7/vxugeneratormodel.h"

#include <QSet>

#include <algorithm>

namespace izdesk::server::hl7::vxugen {

namespace {

using Product = VxuGenerator::Codes::Product;

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

// An administered dose of the draft (the first one when `first`), or nullptr.
Dose *administered(Draft *d, Rng &rng, bool first = false)
{
    QList<Dose *> given;
    for (Dose &dose : d->doses)
        if (dose.kind == Dose::Kind::Administered && dose.refusal.isEmpty())
            given.append(&dose);
    if (given.isEmpty())
        return nullptr;
    return first ? given.first() : given.at(rng.below(int(given.size())));
}

const Product *productOf(const Catalogue &cat, const QString &cvx)
{
    for (const Product *p : cat.current)
        if (p->cvx == cvx)
            return p;
    return nullptr;
}

// A product whose NDC is not (also) one of `cvx`.
const Product *productNotOf(const Catalogue &cat, const QString &cvx, Rng &rng)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const Product *p = cat.current.at(rng.below(int(cat.current.size())));
        if (p->cvx != cvx && !cat.codes->cvxForNdc.value(p->ndcUse).contains(cvx))
            return p;
    }
    return nullptr;
}

void seedA(Draft *d, const Catalogue &cat, Rng &rng)
{
    Dose *dose = administered(d, rng);
    const Product *own = productOf(cat, dose->cvx);
    const QList<QString> ownCpt = cat.codes->cptForCvx.value(dose->cvx);
    int variant = rng.below(4);
    if (variant == 1 && ownCpt.isEmpty())
        variant = 0;
    if (variant == 0) {
        dose->rxa5 = own->ndcUse + QLatin1Char('^') + text(own->ndcName) + QStringLiteral("^NDC");
        d->details['a'] = QStringLiteral("RXA-5: NDC only, no CVX");
    } else if (variant == 1) {
        dose->rxa5 = ownCpt.first() + QLatin1Char('^') + text(own->cvxName) + QStringLiteral("^CPT");
        d->details['a'] = QStringLiteral("RXA-5: CPT only, no CVX");
    } else if (variant == 2) {
        const Product *other = productNotOf(cat, dose->cvx, rng);
        dose->rxa5 = cat.cvxField(dose->cvx) + QLatin1Char('^') + other->ndcUse + QLatin1Char('^') + text(other->ndcName)
                     + QStringLiteral("^NDC");
        d->details['a'] = QStringLiteral("RXA-5: CVX %1 with the NDC %2 of CVX %3").arg(dose->cvx, other->ndcUse, other->cvx);
    } else {
        QString otherCvx;
        for (int attempt = 0; attempt < 50 && (otherCvx.isEmpty() || otherCvx == dose->cvx); ++attempt)
            otherCvx = cat.cptCvx.at(rng.below(int(cat.cptCvx.size())));
        const QString cpt = cat.codes->cptForCvx.value(otherCvx).first();
        dose->rxa5 = cat.cvxField(dose->cvx) + QLatin1Char('^') + cpt + QStringLiteral("^vaccine^CPT");
        d->details['a'] = QStringLiteral("RXA-5: CVX %1 with the CPT %2 of CVX %3").arg(dose->cvx, cpt, otherCvx);
    }
}

// A historical dose of a CVX before its first product was on the market (CVX only, or with
// the NDC of that product), or after its last product left it.
void seedB(Draft *d, const Catalogue &cat, Rng &rng)
{
    const QDate birth = d->patient.birth;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const int variant = cat.retired.isEmpty() ? rng.below(2) : rng.below(3);
        const bool before = variant < 2;
        const auto &list = before ? cat.recent : cat.retired;
        if (list.isEmpty())
            continue;
        const auto *span = list.at(rng.below(int(list.size())));
        const Product *product = variant == 1 ? productOf(cat, span->cvx) : nullptr;
        if (variant == 1 && !product)
            continue;
        const QDate first = product ? product->useStart : span->from;
        const QDate from = before ? birth.addDays(30) : std::max(birth, span->to.addYears(1));
        const QDate to = before ? first.addYears(-1) : cat.today.addDays(-60);
        if (!first.isValid() || from > to)
            continue;
        const QDate date = rng.dateBetween(from, to);
        Dose dose = historicalDose(cat, span->cvx, date, rng);
        if (product)
            dose.rxa5 += QLatin1Char('^') + product->ndcUse + QLatin1Char('^') + text(product->ndcName) + QStringLiteral("^NDC");
        d->doses.prepend(dose);
        d->details['b'] = variant == 0 ? QStringLiteral("historical CVX %1 on %2, first on the market %3").arg(span->cvx, day(date), day(first))
                        : variant == 1 ? QStringLiteral("historical NDC %1 on %2, marketed from %3").arg(product->ndcUse, day(date), day(first))
                                       : QStringLiteral("historical CVX %1 on %2, off the market %3").arg(span->cvx, day(date), day(span->to));
        return;
    }
}

void seedD(Draft *d, const Catalogue &cat, Rng &rng)
{
    Dose *dose = administered(d, rng);
    int variant = rng.below(3);
    if (variant == 2 && !dose->rxa5.contains(QLatin1String("^CVX")))
        variant = 0; // without a CVX (item a) the manufacturer cannot be judged against it
    if (variant == 0 || (variant == 2 && cat.mvxCodes.isEmpty())) {
        dose->mvx.clear();
        d->details['d'] = QStringLiteral("RXA-17 empty");
    } else if (variant == 1) {
        dose->lot.clear();
        d->details['d'] = QStringLiteral("RXA-15 empty");
    } else {
        const QSet<QString> own = cat.codes->mvxForCvx.value(dose->cvx);
        QStringList makers;
        for (auto it = cat.codes->mvxForCvx.cbegin(); it != cat.codes->mvxForCvx.cend(); ++it)
            for (const QString &m : it.value())
                if (!own.contains(m) && cat.codes->mvxNames.contains(m) && !makers.contains(m))
                    makers.append(m);
        std::sort(makers.begin(), makers.end());
        if (makers.isEmpty()) {
            dose->mvx.clear();
            d->details['d'] = QStringLiteral("RXA-17 empty");
            return;
        }
        const QString mvx = makers.at(rng.below(int(makers.size())));
        dose->mvx = mvx + QLatin1Char('^') + text(cat.codes->mvxNames.value(mvx)) + QStringLiteral("^MVX");
        d->details['d'] = QStringLiteral("RXA-17: MVX %1 does not make CVX %2").arg(mvx, dose->cvx);
    }
}

void seedF(Draft *d, Rng &rng)
{
    Patient &p = d->patient;
    const auto address = [&p](const QString &street, const QString &city, const QString &state, const QString &zip) {
        p.addressRaw = QStringList{text(street), QString(), text(city), state, zip, QStringLiteral("USA"), p.addressType}
                           .join(QLatin1Char('^'));
    };
    switch (rng.below(8)) {
    case 0: address(p.street, p.city, QStringLiteral("ZZ"), p.zip); d->details['f'] = QStringLiteral("PID-11.4 state ZZ"); break;
    case 1: address(p.street, p.city, QStringLiteral("Minn"), p.zip); d->details['f'] = QStringLiteral("PID-11.4 state Minn"); break;
    case 2: address(p.street, p.city, p.state, p.zip.left(4)); d->details['f'] = QStringLiteral("PID-11.5 ZIP of 4 digits"); break;
    case 3: address(p.street, p.city, p.state, QStringLiteral("ABCDE")); d->details['f'] = QStringLiteral("PID-11.5 ZIP ABCDE"); break;
    case 4: address(p.street, QString(), p.state, p.zip); d->details['f'] = QStringLiteral("PID-11.3 city missing"); break;
    case 5: address(QString(), p.city, p.state, p.zip); d->details['f'] = QStringLiteral("PID-11.1 street missing"); break;
    case 6:
        p.phoneRaw = QStringLiteral("^PRN^PH^^^%1^%2").arg(p.areaCode, p.localNumber.left(6));
        d->details['f'] = QStringLiteral("PID-13.7 local number of 6 digits");
        break;
    default:
        p.phoneRaw = QStringLiteral("^PRN^PH^^^%1^%2").arg(p.areaCode.left(2), p.localNumber);
        d->details['f'] = QStringLiteral("PID-13.6 area code of 2 digits");
        break;
    }
}

void seedI(Draft *d, const Catalogue &cat, Rng &rng)
{
    Patient &p = d->patient;
    int variant = rng.below(3);
    if (variant == 2) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const QDate date = p.birth.addDays(-rng.between(10, 300));
            const auto *span = cat.historical.at(rng.below(int(cat.historical.size())));
            if (span->from > date || (span->to.isValid() && span->to < date))
                continue;
            d->doses.prepend(historicalDose(cat, span->cvx, date, rng));
            d->details['i'] = QStringLiteral("historical dose on %1, before the birth on %2").arg(day(date), day(p.birth));
            return;
        }
        variant = 0;
    }
    if (variant == 1) {
        p.birth = cat.today.addDays(rng.between(10, 300));
        d->details['i'] = QStringLiteral("PID-7 in the future (%1)").arg(day(p.birth));
        return;
    }
    Dose *dose = administered(d, rng, true);
    dose->date = cat.today.addDays(rng.between(5, 200));
    dose->expiration = day(dose->date.addDays(365));
    d->details['i'] = QStringLiteral("RXA-3 in the future (%1)").arg(day(dose->date));
}

void seedK(Draft *d, Rng &rng)
{
    Patient &p = d->patient;
    QList<int> variants{1, 2};
    if (p.phoneRaw.isEmpty())
        variants << 0;  // a filler phone would replace a malformed one
    if (p.addressRaw.isEmpty())
        variants << 3;  // … and a filler street a malformed address
    if (!d->details.contains('i'))
        variants << 4;  // a 1900 birth date would hide a date defect
    if (!d->details.contains('d'))
        variants << 5;  // "N/A" would fill a lot left empty
    switch (variants.at(rng.below(int(variants.size())))) {
    case 0: p.phoneRaw = QStringLiteral("^PRN^PH^^^999^9999999"); d->details['k'] = QStringLiteral("PID-13 999-999-9999"); break;
    case 1:
        p.given = p.sex == QLatin1String("F") ? QStringLiteral("BABY GIRL") : QStringLiteral("BABY BOY");
        p.middle.clear();
        d->details['k'] = QStringLiteral("PID-5.2 %1").arg(p.given);
        break;
    case 2: p.family = QStringLiteral("TEST"); d->details['k'] = QStringLiteral("PID-5.1 TEST"); break;
    case 3: p.street = QStringLiteral("UNKNOWN"); d->details['k'] = QStringLiteral("PID-11.1 UNKNOWN"); break;
    case 4: p.birth = QDate(1900, 1, 1); d->details['k'] = QStringLiteral("PID-7 19000101"); break;
    default: administered(d, rng)->lot = QStringLiteral("N/A"); d->details['k'] = QStringLiteral("RXA-15 N/A"); break;
    }
}

} // namespace

void seedDefect(char letter, Draft *d, const Catalogue &cat, Rng &rng)
{
    Patient &p = d->patient;
    switch (letter) {
    case 'a': seedA(d, cat, rng); break;
    case 'b': seedB(d, cat, rng); break;
    case 'c': {
        Dose *dose = administered(d, rng);
        const int variant = rng.below(3);
        if (variant != 1)
            dose->eligibility.clear();
        if (variant != 0)
            dose->funding.clear();
        d->details['c'] = variant == 0 ? QStringLiteral("no eligibility OBX 64994-7")
                        : variant == 1 ? QStringLiteral("no funding OBX 30963-3") : QStringLiteral("neither eligibility nor funding OBX");
        break;
    }
    case 'd': seedD(d, cat, rng); break;
    case 'e':
        switch (rng.below(4)) {
        case 0: p.race = QStringLiteral("White"); d->details['e'] = QStringLiteral("PID-10 'White' as the code"); break;
        case 1: p.race = QStringLiteral("^Caucasian"); d->details['e'] = QStringLiteral("PID-10 text only"); break;
        case 2: p.ethnicity = QStringLiteral("^Not Hispanic"); d->details['e'] = QStringLiteral("PID-22 text only"); break;
        default: p.ethnicity = QStringLiteral("Hispanic"); d->details['e'] = QStringLiteral("PID-22 'Hispanic' as the code"); break;
        }
        break;
    case 'f': seedF(d, rng); break;
    case 'g': {
        const Product *product = cat.current.at(rng.below(int(cat.current.size())));
        Dose *visit = administered(d, rng, true);
        Dose fake = *visit;
        fake.cvx = product->cvx;
        fake.rxa5 = cat.cvxField(product->cvx) + QLatin1Char('^') + product->ndcUse + QLatin1Char('^') + text(product->ndcName)
                    + QStringLiteral("^NDC");
        fake.vis = cat.cvxField(product->cvx);
        fake.mvx = product->mvx + QLatin1Char('^') + text(product->mvxName) + QStringLiteral("^MVX");
        fake.refusal = QStringLiteral("00^Parental decision^NIP002");
        fake.completion = QStringLiteral("CP");
        fake.note.clear();
        const bool zero = rng.chance(0.5);
        if (zero)
            fake.amount = QStringLiteral("0");
        d->doses.append(fake);
        d->details['g'] = zero ? QStringLiteral("refusal sent as a dose of 0 mL, RXA-18 with RXA-20 CP")
                               : QStringLiteral("refusal sent as a dose, RXA-18 with RXA-20 CP");
        break;
    }
    case 'h': {
        const int variant = rng.below(3);
        if (variant != 1)
            p.protectionDate.clear();
        if (variant != 0)
            p.publicityDate.clear();
        d->details['h'] = variant == 0 ? QStringLiteral("PD1-12 without PD1-13")
                        : variant == 1 ? QStringLiteral("PD1-11 without PD1-18") : QStringLiteral("PD1-11 and PD1-12 without dates");
        break;
    }
    case 'i': seedI(d, cat, rng); break;
    case 'j': {
        const QString last = QString::number(rng.below(10));
        switch (rng.below(3)) {
        case 0: p.ssnIdentifier = QStringLiteral("98765432%1^^^SSA^SS").arg(last); d->details['j'] = QStringLiteral("PID-3 type SS"); break;
        case 1: p.pid19 = QStringLiteral("987-65-432%1").arg(last); d->details['j'] = QStringLiteral("PID-19"); break;
        default:
            administered(d, rng)->note = QStringLiteral("Patient SSN 987-65-432%1").arg(last);
            d->details['j'] = QStringLiteral("NTE-3 with an SSN");
            break;
        }
        break;
    }
    case 'k': seedK(d, rng); break;
    default: break;
    }
}

} // namespace izdesk::server::hl7::vxugen
