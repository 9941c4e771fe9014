#include "hl7/checkrun.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

struct Dose
{
    const Segment *rxa = nullptr;
    QList<const Segment *> obx;
};

QList<Dose> doses(const Message &m)
{
    QList<Dose> out;
    bool open = false;
    for (const Segment &s : m.segments) {
        if (s.id == "ORC") {
            open = false;
        } else if (s.id == "RXA") {
            out.append(Dose{&s, {}});
            open = true;
        } else if (s.id == "OBX" && open) {
            out.last().obx << &s;
        }
    }
    return out;
}

QString cvxKey(const QString &code)
{
    QString t = code.trimmed();
    while (t.size() > 1 && t.startsWith(u'0'))
        t.remove(0, 1);
    return t;
}

const Segment *observation(const Dose &d, const char *loinc)
{
    for (const Segment *o : d.obx)
        if (coded(*o, 3).codeIn({u"LN"_s}) == QLatin1String(loinc))
            return o;
    return nullptr;
}

// The code in one of `systems`, or the first code when it has no system; the component it is in.
QString codeOf(const Segment &s, int field, const QStringList &systems, int *component)
{
    const Coded c = coded(s, field);
    *component = c.componentFor(systems);
    if (*component == 0 && !c.code.isEmpty() && c.system.isEmpty())
        *component = 1;
    return *component == 1 ? c.code : *component == 4 ? c.altCode : QString();
}

void checkCoding(CheckRun &run, const Segment &rxa, bool administered, std::optional<QDate> date, bool dateReported)
{
    int cvxAt = 0, ndcAt = 0, cptAt = 0;
    const QString cvx = codeOf(rxa, 5, {u"CVX"_s}, &cvxAt);
    const Coded c = coded(rxa, 5);
    const QString ndc = c.codeIn({u"NDC"_s}), cpt = c.codeIn({u"CPT"_s, u"C4"_s});
    ndcAt = c.componentFor({u"NDC"_s});
    cptAt = c.componentFor({u"CPT"_s, u"C4"_s});
    const CodeTables::Cvx *entry = nullptr;
    if (cvx.isEmpty()) {
        if (!c.empty())
            run.report("rxa.cvx.missing", rxa.at(5, 1, 1), c.code,
                       u"The vaccine in RXA-5 has no CVX code (it is sent only as %1)."_s.arg(
                           c.system.isEmpty() ? c.code : c.system),
                       u"Send the CVX code in RXA-5 (code^name^CVX), the NDC or CPT as the alternate code."_s);
    } else if (!(entry = run.tables.cvx(cvx)) && run.tables.cvxCount() > 0) {
        run.report("rxa.cvx.unrecognized", rxa.at(5, 1, cvxAt), cvx,
                   u"RXA-5 has CVX %1, which CDC does not list."_s.arg(cvx),
                   u"Send a CVX code from CDC's current list."_s);
    }
    const bool noVaccine = cvxKey(cvx) == u"998"_s || cvxKey(cvx) == u"999"_s;
    if (administered && ndc.isEmpty() && cpt.isEmpty() && !noVaccine)
        run.report("rxa.product.missing", rxa.at(5, 1, 4), cvx,
                   u"The administered dose has CVX %1 but no NDC or CPT code."_s.arg(cvx),
                   u"Send the NDC of the product given as the alternate code in RXA-5.4 to RXA-5.6."_s);
    if (!ndc.isEmpty() && run.tables.ndcCount() > 0) {
        const CodeTables::Ndc *n = run.tables.ndc(ndc);
        if (!n) {
            run.report("rxa.ndc.unrecognized", rxa.at(5, 1, ndcAt), ndc,
                       u"RXA-5 has NDC %1, which CDC does not list."_s.arg(ndc),
                       u"Check the NDC on the package (11 digits, 5-4-2)."_s);
        } else {
            const bool agrees = std::any_of(n->cvxCodes.cbegin(), n->cvxCodes.cend(),
                                            [&cvx](const QString &code) { return cvxKey(code) == cvxKey(cvx); });
            if (!cvx.isEmpty() && !n->cvxCodes.isEmpty() && !agrees)
                run.report("rxa.ndc.cvx.mismatch", rxa.at(5, 1, ndcAt), ndc,
                           u"NDC %1 is %2 (CVX %3), but RXA-5 says CVX %4."_s.arg(ndc, n->name,
                                                                                  n->cvxCodes.join(u" or "_s), cvx),
                           u"Correct the CVX or the NDC so both name the vaccine given."_s);
            if (date && !dateReported
                && ((n->start.isValid() && *date < n->start) || (administered && n->end.isValid() && *date > n->end)))
                run.report("rxa.ndc.date", rxa.at(3, 1, 1), date->toString(Qt::ISODate),
                           u"The dose date %1 is outside the dates of NDC %2 (%3 to %4)."_s.arg(
                               date->toString(Qt::ISODate), ndc, n->start.toString(Qt::ISODate),
                               n->end.isValid() ? n->end.toString(Qt::ISODate) : u"today"_s),
                           u"Check the dose date and the NDC of the product given."_s);
        }
    }
    if (!cpt.isEmpty() && run.tables.cptCount() > 0) {
        const CodeTables::Cpt *p = run.tables.cpt(cpt);
        if (!p)
            run.report("rxa.cpt.unrecognized", rxa.at(5, 1, cptAt), cpt,
                       u"RXA-5 has CPT %1, which is not in CDC's CPT to CVX list."_s.arg(cpt),
                       u"Send a vaccine CPT code."_s);
        else if (!cvx.isEmpty() && !p->cvx.trimmed().isEmpty() && cvxKey(p->cvx) != cvxKey(cvx))
            run.report("rxa.cpt.cvx.mismatch", rxa.at(5, 1, cptAt), cpt,
                       u"CPT %1 maps to CVX %2, but RXA-5 says CVX %3."_s.arg(cpt, p->cvx.trimmed(), cvx),
                       u"Correct the CVX or the CPT so both name the vaccine given."_s);
    }
    if (!entry)
        return;
    // b) The code must have been usable on the day of the dose.
    const QString status = entry->status;
    const bool never = status == u"Never Active"_s || status == u"Pending"_s;
    if (never || (administered && status == u"Non-US"_s)) {
        run.report("rxa.cvx.not.usable", rxa.at(5, 1, cvxAt), cvx,
                   u"CVX %1 (%2) has status %3 and cannot be used for a %4 dose."_s.arg(
                       cvx, entry->description, status, administered ? u"newly administered"_s : u"reported"_s),
                   u"Send the CVX of the vaccine actually given."_s);
    } else if (administered && status == u"Inactive"_s) {
        run.report("rxa.cvx.inactive.new", rxa.at(5, 1, cvxAt), cvx,
                   u"CVX %1 (%2) is inactive; it is meant for historical doses, not new administrations."_s.arg(
                       cvx, entry->description),
                   u"Send the specific CVX of the product given, or mark the dose historical (RXA-9)."_s);
    }
}

// b) A dose dated before its vaccine was on the market or after the last product of it left.
// True when it reported.
bool checkCvxDates(CheckRun &run, const Segment &rxa, std::optional<QDate> date)
{
    int cvxAt = 0;
    const CodeTables::Cvx *entry = run.tables.cvx(codeOf(rxa, 5, {u"CVX"_s}, &cvxAt));
    if (!entry || !date)
        return false;
    const QString day = date->toString(Qt::ISODate);
    if (entry->usableFrom.isValid() && *date < entry->usableFrom) {
        run.report("rxa.cvx.not.usable", rxa.at(3, 1, 1), rxa.value(3, 1, 1),
                   u"The dose date %1 is before CVX %2 (%3) was available (%4)."_s.arg(
                       day, entry->code, entry->description, entry->usableFrom.toString(Qt::ISODate)),
                   u"Check the dose date and the vaccine code."_s);
        return true;
    }
    if (entry->usableTo.isValid() && *date > entry->usableTo) {
        run.report("rxa.cvx.not.usable", rxa.at(3, 1, 1), rxa.value(3, 1, 1),
                   u"The dose date %1 is after the last product of CVX %2 (%3) left the market (%4)."_s.arg(
                       day, entry->code, entry->description, entry->usableTo.toString(Qt::ISODate)),
                   u"Check the dose date and the vaccine code."_s);
        return true;
    }
    return false;
}

void checkEligibility(CheckRun &run, const Dose &d)
{
    const Segment &rxa = *d.rxa;
    const Segment *elig = observation(d, "64994-7");
    const Segment *fund = observation(d, "30963-3");
    if (!elig)
        run.report(
            "obx.eligibility.missing", rxa.at(0), {},
            u"The administered dose in segment %1 has no eligibility observation (OBX 64994-7)."_s.arg(rxa.index + 1),
            u"Send an OBX 64994-7 with the patient's eligibility (V01–V07) for this dose."_s);
    if (!fund)
        run.report("obx.funding.missing", rxa.at(0), {},
                   u"The administered dose in segment %1 has no funding source observation (OBX 30963-3)."_s.arg(
                       rxa.index + 1),
                   u"Send an OBX 30963-3 with the funding source (VXC50 public, PHC70 private, …)."_s);
    if (!elig || !fund)
        return;
    const QString e = coded(*elig, 5).codeIn({u"HL70064"_s}).isEmpty() ? coded(*elig, 5).code
                                                                       : coded(*elig, 5).codeIn({u"HL70064"_s});
    const QString f = coded(*fund, 5).code;
    const CodeTables::Value *fv = run.tables.value(u"CDCPHINVS"_s, f);
    const auto *funding = run.tables.valueSet(u"CDCPHINVS"_s);
    if (!fv || fv->links.isEmpty() || e.isEmpty() || !funding)
        return;
    const QString link = u"FINANCIAL_STATUS_CODE:"_s + e;
    bool linkedSomewhere = false;
    for (const CodeTables::Value &v : *funding)
        linkedSomewhere = linkedSomewhere || v.links.contains(link);
    if (linkedSomewhere && !fv->links.contains(link))
        run.report("obx.funding.eligibility.mismatch", fund->at(5, 1, 1), f,
                   u"Funding source %1 (%2) does not go with eligibility %3."_s.arg(f, fv->label, e),
                   u"Check the eligibility screening and the stock the dose came from."_s);
}

void checkProduct(CheckRun &run, const Segment &rxa, bool administered)
{
    int mvxAt = 0, cvxAt = 0;
    const QString mvx = codeOf(rxa, 17, {u"MVX"_s}, &mvxAt);
    const QString cvx = codeOf(rxa, 5, {u"CVX"_s}, &cvxAt);
    if (administered && !rxa.present(17))
        run.report("rxa.mvx.missing", rxa.at(17), {}, u"The administered dose has no manufacturer (RXA-17)."_s,
                   u"Send the MVX code of the manufacturer in RXA-17."_s);
    if (!mvx.isEmpty()) {
        if (run.tables.mvxCount() > 0 && !run.tables.mvx(mvx))
            run.report("rxa.mvx.unrecognized", rxa.at(17, 1, mvxAt), mvx,
                       u"RXA-17 has MVX %1, which CDC does not list."_s.arg(mvx),
                       u"Send an MVX code from CDC's list."_s);
        else if (administered && !cvx.isEmpty()) {
            const QSet<QString> makers = run.tables.mvxForCvx(cvx);
            if (!makers.isEmpty() && !makers.contains(mvx.toUpper()))
                run.report("rxa.mvx.cvx.mismatch", rxa.at(17, 1, mvxAt), mvx,
                           u"Manufacturer %1 makes no vaccine with CVX %2 in CDC's product list."_s.arg(mvx, cvx),
                           u"Correct the manufacturer or the vaccine code."_s);
        }
    }
    if (administered && !rxa.present(15))
        run.report("rxa.lot.missing", rxa.at(15), {}, u"The administered dose has no lot number (RXA-15)."_s,
                   u"Send the lot number from the vial or syringe in RXA-15."_s);
    for (int r = 1; r <= rxa.repetitionCount(15); ++r)
        if (run.policy.isJunkLot(rxa.value(15, r)))
            run.report("rxa.lot.placeholder", rxa.at(15, r), rxa.value(15, r),
                       u"The lot number \"%1\" is a filler, not a lot number."_s.arg(rxa.value(15, r)),
                       u"Send the real lot number, or leave RXA-15 empty when it is not known."_s);
}

void checkRefusal(CheckRun &run, const Segment &rxa)
{
    const bool refused = rxa.value(20).trimmed().toUpper() == u"RE"_s;
    const Coded reason = coded(rxa, 18);
    if (refused && reason.empty())
        run.report("rxa.refusal.reason.missing", rxa.at(18), {},
                   u"The dose is a refusal (RXA-20 RE) but RXA-18 has no reason."_s,
                   u"Send the refusal reason from NIP002 in RXA-18 (e.g. 03^Parental decision^NIP002)."_s);
    if (!reason.empty() && reason.codeIn({u"NIP002"_s}).isEmpty()
        && !(reason.system.isEmpty() && !reason.code.isEmpty()))
        run.report("rxa.refusal.reason.uncoded", rxa.at(18, 1, 1), reason.code.isEmpty() ? reason.text : reason.code,
                   u"The refusal reason in RXA-18 is not a NIP002 code."_s,
                   u"Send the reason as a NIP002 code (00 to 03) with the system NIP002."_s);
    if (!reason.empty() && !refused)
        run.report(
            "rxa.refusal.status.mismatch", rxa.at(20), rxa.value(20),
            u"RXA-18 has a refusal reason but the completion status RXA-20 is \"%1\", not RE."_s.arg(rxa.value(20)),
            u"Send refusals with RXA-20 RE; remove RXA-18 from doses that were given."_s);
    int at = 0;
    const QString cvx = codeOf(rxa, 5, {u"CVX"_s}, &at);
    if (isGiven(rxa) && reason.empty() && (cvxKey(cvx) == u"998"_s || cvxKey(cvx) == u"999"_s))
        run.report(
            "rxa.dose.placeholder", rxa.at(5, 1, at), cvx,
            u"The dose is reported as given but its vaccine is CVX %1 (%2) with amount %3: it records no vaccination."_s
                .arg(cvx, cvxKey(cvx) == u"998"_s ? u"no vaccine administered"_s : u"unknown"_s, rxa.value(6)),
            u"Send a refusal as RXA-20 RE with RXA-18, a dose not given as RXA-20 NA, or the real vaccine."_s);
}

} // namespace

void checkDoses(CheckRun &run)
{
    for (const Dose &d : doses(run.message)) {
        const Segment &rxa = *d.rxa;
        const bool administered = isAdministered(rxa);
        const auto start = quietDtm(rxa, 3);
        const std::optional<QDate> date = start ? std::optional<QDate>(start->date) : std::nullopt;
        const bool dateReported = isGiven(rxa) && checkCvxDates(run, rxa, date);
        if (isGiven(rxa) || rxa.value(20).trimmed().toUpper() == u"RE"_s)
            checkCoding(run, rxa, administered, isGiven(rxa) ? date : std::nullopt, dateReported);
        if (administered)
            checkEligibility(run, d);
        if (isGiven(rxa))
            checkProduct(run, rxa, administered);
        checkRefusal(run, rxa);
        if (const auto end = quietDtm(rxa, 4); end && start && end->instant() < start->instant())
            run.report("date.order", rxa.at(4, 1, 1), rxa.value(4),
                       u"RXA-4 (end of administration) is before RXA-3 (start)."_s,
                       u"Send RXA-4 equal to or after RXA-3."_s);
        if (const auto expiry = quietDtm(rxa, 16); administered && expiry && date && expiry->date < *date)
            run.report("date.order", rxa.at(16, 1, 1), rxa.value(16),
                       u"The lot expired (RXA-16 %1) before the dose was given (%2)."_s.arg(
                           expiry->date.toString(Qt::ISODate), date->toString(Qt::ISODate)),
                       u"Check the expiration date and the lot number; an expired dose may need repeating."_s);
    }
}

} // namespace izdesk::server::hl7
