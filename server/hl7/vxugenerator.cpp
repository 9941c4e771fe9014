#include "hl7/vxugenerator.h"

#include "generator/generatordata.h"
#include "hl7/hl7message.h"
#include "hl7/vxugeneratormodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace izdesk::server::hl7 {

using namespace vxugen;
namespace gd = generatordata;

namespace vxugen {

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Rng::below(int n)
{
    return n <= 0 ? 0 : int(next() % quint64(n));
}

int Rng::between(int lo, int hi)
{
    return hi <= lo ? lo : lo + below(hi - lo + 1);
}

double Rng::unit()
{
    return double(next() >> 11) / double(1ULL << 53);
}

QDate Rng::dateBetween(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    return days <= 0 ? from : from.addDays(qint64(next() % quint64(days + 1)));
}

QString text(const QString &value)
{
    return QString::fromLatin1(escape(value, Delimiters{}));
}

void Catalogue::build(const VxuGenerator::Codes &c, const QDate &day)
{
    codes = &c;
    today = day;
    for (const auto &p : c.products)
        if (p.cvxActive && p.mvxActive && p.start.isValid() && p.start <= day.addDays(-400)
            && (!p.end.isValid() || p.end >= day.addDays(30)) && (!p.useStart.isValid() || p.useStart <= day.addDays(-400))
            && (!p.useEnd.isValid() || p.useEnd >= day.addDays(30)))
            current.append(&p);
    std::sort(current.begin(), current.end(), [](auto *a, auto *b) { return a->ndcSale < b->ndcSale; });
    QStringList cvxCodes = c.spans.keys();
    std::sort(cvxCodes.begin(), cvxCodes.end());
    for (const QString &code : std::as_const(cvxCodes)) {
        const auto &s = *c.spans.constFind(code);
        if (!s.from.isValid())
            continue;
        if (s.active && s.from <= day.addDays(-60))
            historical.append(&s);
        if (s.from >= QDate(2019, 1, 1) && s.from <= day)
            recent.append(&s);
        if (!s.active && s.to.isValid() && s.to <= day.addYears(-2))
            retired.append(&s);
    }
    mvxCodes = c.mvxNames.keys();
    std::sort(mvxCodes.begin(), mvxCodes.end());
    cptCvx = c.cptForCvx.keys();
    std::sort(cptCvx.begin(), cptCvx.end());
}

QString Catalogue::cvxField(const QString &cvx) const
{
    return cvx + QLatin1Char('^') + text(codes->cvxNames.value(cvx)) + QStringLiteral("^CVX");
}

} // namespace vxugen

namespace {

const char *pickName(const gd::Weighted *list, int count, Rng &rng)
{
    return list[rng.below(count)].name;
}

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

const char *const kRaces[][2] = {{"2106-3", "White"}, {"2054-5", "Black or African-American"}, {"2028-9", "Asian"},
                                 {"1002-5", "American Indian or Alaska Native"},
                                 {"2076-8", "Native Hawaiian or Other Pacific Islander"}, {"2131-1", "Other Race"}};
const char *const kEligibility[][2] = {{"V01", "Not VFC eligible"}, {"V02", "VFC eligible - Medicaid/Medicaid Managed Care"},
                                       {"V03", "VFC eligible - Uninsured"}, {"V04", "VFC eligible - American Indian/Alaskan Native"}};

Dose administered(const Catalogue &cat, const VxuGenerator::Codes::Product &p, const QDate &date, Rng &rng)
{
    Dose d;
    d.kind = Dose::Kind::Administered;
    d.date = date;
    d.cvx = p.cvx;
    d.rxa5 = cat.cvxField(p.cvx);
    // The product beside the CVX: the NDC given, or its CPT code.
    const auto cpts = cat.codes->cptForCvx.value(p.cvx);
    if (cpts.isEmpty() || rng.below(3) != 0)
        d.rxa5 += QLatin1Char('^') + p.ndcUse + QLatin1Char('^') + text(p.ndcName) + QStringLiteral("^NDC");
    else
        d.rxa5 += QLatin1Char('^') + cpts.at(rng.below(int(cpts.size()))) + QLatin1Char('^') + text(p.cvxName)
                  + QStringLiteral("^CPT");
    d.amount = QStringLiteral("0.5");
    d.units = QStringLiteral("mL^milliliter^UCUM");
    d.source = QStringLiteral("00^New immunization record^NIP001");
    d.provider = QStringLiteral("%1^%2^%3^^^^^^MNFAC01").arg(1000 + rng.below(9000))
                     .arg(QLatin1String(pickName(gd::surnames, gd::surnameCount, rng)),
                          QLatin1String(pickName(gd::femaleNames, gd::femaleNameCount, rng)));
    d.location = QStringLiteral("^^^MNFAC01");
    static const char lotChars[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    d.lot.clear();
    for (int i = 0; i < 7; ++i)
        d.lot += QLatin1Char(lotChars[rng.below(int(sizeof lotChars) - 1)]);
    d.expiration = day(date.addDays(rng.between(60, 700)));
    d.mvx = p.mvx + QLatin1Char('^') + text(p.mvxName) + QStringLiteral("^MVX");
    d.filler = QStringLiteral("%1^IZG-EHR").arg(rng.next() % 100000000ULL, 8, 10, QLatin1Char('0'));
    const auto &e = kEligibility[rng.below(4)];
    d.eligibility = QStringLiteral("%1^%2^HL70064").arg(QLatin1String(e[0]), QLatin1String(e[1]));
    d.funding = QLatin1String(e[0]) == QLatin1String("V01") ? QStringLiteral("PHC70^Private funds^CDCPHINVS")
                                            : QStringLiteral("VXC1^Federal funds^CDCPHINVS");
    d.vis = cat.cvxField(p.cvx);
    static const char *const sites[] = {"LD^Left Deltoid^HL70163", "RD^Right Deltoid^HL70163", "LT^Left Thigh^HL70163",
                                        "RT^Right Thigh^HL70163", "LA^Left Arm^HL70163", "RA^Right Arm^HL70163"};
    d.site = QLatin1String(sites[rng.below(6)]);
    if (rng.chance(0.5))
        d.time = QStringLiteral("%1%2").arg(rng.between(8, 17), 2, 10, QLatin1Char('0')).arg(rng.below(60), 2, 10, QLatin1Char('0'));
    return d;
}

} // namespace

namespace vxugen {

Dose historicalDose(const Catalogue &cat, const QString &cvx, const QDate &date, Rng &rng)
{
    Dose d;
    d.kind = Dose::Kind::Historical;
    d.date = date;
    d.cvx = cvx;
    d.rxa5 = cat.cvxField(cvx);
    d.amount = QStringLiteral("999");
    d.source = QStringLiteral("01^Historical information - source unspecified^NIP001");
    d.filler = QStringLiteral("%1^IZG-EHR").arg(rng.next() % 100000000ULL, 8, 10, QLatin1Char('0'));
    return d;
}

} // namespace vxugen

struct VxuGenerator::Builder
{
    static Draft draft(const Catalogue &cat, const QString &defects, Rng &rng);
    static void drawPatient(Patient *out, const QDate &today, bool oldEnough, Rng &rng);
    static QList<Dose> drawDoses(const Catalogue &cat, const Patient &p, Rng &rng);
    static QList<QByteArray> segments(const Draft &d, const QString &controlId, const QDate &today);
    static void doseSegments(const Dose &dose, const std::function<void(QStringList)> &add);
};

// The patient: names, birth (ten to eighteen years back when `oldEnough`), address, phone,
// race and ethnicity, next of kin, publicity and protection.
void VxuGenerator::Builder::drawPatient(Patient *out, const QDate &today, bool oldEnough, Rng &rng)
{
    Patient &p = *out;
    p.mrn = QStringLiteral("MR%1").arg(rng.next() % 100000000ULL, 8, 10, QLatin1Char('0'));
    p.sex = rng.chance(0.5) ? QStringLiteral("F") : QStringLiteral("M");
    p.family = QLatin1String(pickName(gd::surnames, gd::surnameCount, rng));
    p.given = QLatin1String(p.sex == QLatin1String("F") ? pickName(gd::femaleNames, gd::femaleNameCount, rng)
                                                        : pickName(gd::maleNames, gd::maleNameCount, rng));
    p.middle = QLatin1String(pickName(gd::femaleNames, gd::femaleNameCount, rng)).left(1);
    p.birth = oldEnough ? rng.dateBetween(today.addYears(-18), today.addYears(-10))
                                                 : rng.dateBetween(today.addYears(-18), today.addDays(-30));
    p.motherFamily = QLatin1String(pickName(gd::surnames, gd::surnameCount, rng));
    p.motherGiven = QLatin1String(pickName(gd::femaleNames, gd::femaleNameCount, rng));
    const auto &place = gd::places[rng.below(gd::placeCount)];
    p.street = QStringLiteral("%1 %2 %3").arg(rng.between(100, 9899)).arg(QLatin1String(gd::streets[rng.below(gd::streetCount)]),
                                                                         QLatin1String(gd::streetTypes[rng.below(gd::streetTypeCount)]));
    p.city = QLatin1String(place.city);
    p.state = QStringLiteral("MN");
    p.zip = QLatin1String(place.zip);
    p.areaCode = QLatin1String(place.areaCode);
    int exchange = rng.between(201, 989);
    if (exchange == 555)
        exchange = 556;
    p.localNumber = QStringLiteral("%1%2").arg(exchange).arg(rng.below(10000), 4, 10, QLatin1Char('0'));
    const auto &race = kRaces[rng.below(6)];
    p.race = QStringLiteral("%1^%2^CDCREC").arg(QLatin1String(race[0]), QLatin1String(race[1]));
    p.ethnicity = rng.chance(0.2) ? QStringLiteral("2135-2^Hispanic or Latino^CDCREC")
                                  : QStringLiteral("2186-5^Not Hispanic or Latino^CDCREC");
    if (rng.chance(0.1)) {
        const auto &second = kRaces[rng.below(6)];
        if (!p.race.startsWith(QLatin1String(second[0])))
            p.race += QStringLiteral("~%1^%2^CDCREC").arg(QLatin1String(second[0]), QLatin1String(second[1]));
    }
    if (rng.chance(0.2))
        p.middle.clear();
    if (rng.chance(0.3))
        p.registryId = QStringLiteral("%1^^^MNIIS^SR").arg(rng.next() % 10000000ULL, 7, 10, QLatin1Char('0'));
    p.addressType = rng.chance(0.7) ? QStringLiteral("L") : rng.chance(0.5) ? QStringLiteral("H") : QStringLiteral("M");
    p.kinGiven = p.motherGiven;
    if (rng.chance(0.2)) {
        p.kinRelationship = QStringLiteral("FTH^Father^HL70063");
        p.kinGiven = QLatin1String(pickName(gd::maleNames, gd::maleNameCount, rng));
    }
    const QDate registered = rng.dateBetween(p.birth, today.addDays(-1));
    p.publicity = QStringLiteral("02^Reminder/Recall - any method^HL70215");
    p.publicityDate = day(registered);
    p.protection = QStringLiteral("N");
    p.protectionDate = day(registered);
    p.registryStatusDate = day(registered);

}

// Historical doses first (oldest first), then today's visit, sometimes a refusal.
QList<Dose> VxuGenerator::Builder::drawDoses(const Catalogue &cat, const Patient &p, Rng &rng)
{
    const QDate today = cat.today;
    const int historical = rng.below(4);
    QList<Dose> past;
    for (int i = 0; i < historical && !cat.historical.isEmpty(); ++i) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const auto *span = cat.historical.at(rng.below(int(cat.historical.size())));
            const QDate from = std::max(span->from, p.birth);
            const QDate to = std::min(span->to.isValid() ? span->to : today, today.addDays(-45));
            if (from > to)
                continue;
            past.append(historicalDose(cat, span->cvx, rng.dateBetween(from, to), rng));
            break;
        }
    }
    std::sort(past.begin(), past.end(), [](const Dose &a, const Dose &b) { return a.date < b.date; });
    QList<Dose> doses = past;
    const QDate visit = rng.dateBetween(std::max(p.birth, today.addDays(-180)), today.addDays(-1));
    const int given = rng.between(1, 3);
    for (int i = 0; i < given; ++i) {
        const auto *product = cat.current.at(rng.below(int(cat.current.size())));
        doses.append(administered(cat, *product, visit, rng));
    }
    if (rng.chance(0.1)) {
        const auto *product = cat.current.at(rng.below(int(cat.current.size())));
        Dose r;
        r.kind = Dose::Kind::Refusal;
        r.date = visit;
        r.cvx = product->cvx;
        r.rxa5 = cat.cvxField(product->cvx);
        r.amount = QStringLiteral("999");
        r.refusal = rng.chance(0.5) ? QStringLiteral("00^Parental decision^NIP002") : QStringLiteral("01^Religious exemption^NIP002");
        r.completion = QStringLiteral("RE");
        r.filler = QStringLiteral("9999^IZG-EHR");
        doses.append(r);
    }
    return doses;
}

Draft VxuGenerator::Builder::draft(const Catalogue &cat, const QString &defects, Rng &rng)
{
    Draft d;
    // A historical-code defect needs a few years of life before its dose.
    drawPatient(&d.patient, cat.today, defects.contains(QLatin1Char('b')), rng);
    d.doses = drawDoses(cat, d.patient, rng);
    for (const QChar letter : defects)
        seedDefect(char(letter.unicode()), &d, cat, rng);
    return d;
}

// One dose's ORC and RXA; for an administered dose also its RXR, the OBX of eligibility,
// funding and VIS, and its NTE.
void VxuGenerator::Builder::doseSegments(const Dose &dose, const std::function<void(QStringList)> &add)
{
    const bool given = dose.kind == Dose::Kind::Administered;
    QStringList orc{QStringLiteral("ORC"), QStringLiteral("RE"), QString(), dose.filler};
    if (given) {
        orc << QString() << QString() << QString() << QString() << QString() << QString() << QString() << QString()
            << dose.provider;
    }
    add(orc);
    QStringList rxa{QStringLiteral("RXA"), QStringLiteral("0"), QStringLiteral("1"), day(dose.date) + dose.time, QString(), dose.rxa5,
                    dose.amount, dose.units, QString(), dose.source, dose.provider, dose.location, QString(), QString(),
                    QString(), dose.lot, dose.expiration, dose.mvx, dose.refusal, QString(), dose.completion,
                    QStringLiteral("A")};
    add(rxa);
    if (!given)
        return;
    add({QStringLiteral("RXR"), QStringLiteral("C28161^Intramuscular^NCIT"), dose.site});
    int setId = 0, sub = 0;
    const QString observed = day(dose.date);
    const auto obx = [&](const QString &type, const QString &id, const QString &value, const QString &method) {
        QStringList f{QStringLiteral("OBX"), QString::number(++setId), type, id, QString::number(sub), value, QString(), QString(),
                      QString(), QString(), QString(), QStringLiteral("F"), QString(), QString(), observed};
        if (!method.isEmpty())
            f << QString() << QString() << method;
        add(f);
    };
    if (!dose.eligibility.isEmpty()) {
        ++sub;
        obx(QStringLiteral("CE"), QStringLiteral("64994-7^Vaccine funding program eligibility category^LN"), dose.eligibility,
            QStringLiteral("VXC40^Eligibility captured at the immunization level^CDCPHINVS"));
    }
    if (!dose.funding.isEmpty()) {
        ++sub;
        obx(QStringLiteral("CE"), QStringLiteral("30963-3^Vaccine funding source^LN"), dose.funding, QString());
    }
    if (!dose.vis.isEmpty()) {
        ++sub;
        obx(QStringLiteral("CE"), QStringLiteral("30956-7^Vaccine Type^LN"), dose.vis, QString());
        obx(QStringLiteral("TS"), QStringLiteral("29768-9^Date vaccine information statement published^LN"),
            day(std::min(dose.date.addYears(-1), QDate(dose.date.year(), 1, 1))), QString());
        obx(QStringLiteral("TS"), QStringLiteral("29769-7^Date vaccine information statement presented^LN"), observed, QString());
    }
    if (!dose.note.isEmpty())
        add({QStringLiteral("NTE"), QStringLiteral("1"), QString(), dose.note});
}

QList<QByteArray> VxuGenerator::Builder::segments(const Draft &d, const QString &controlId, const QDate &today)
{
    const Patient &p = d.patient;
    QList<QByteArray> out;
    const auto add = [&out](QStringList fields) {
        while (fields.size() > 1 && fields.last().isEmpty())
            fields.removeLast();
        out.append(fields.join(QLatin1Char('|')).toLatin1());
    };
    const QString sent = day(today) + QStringLiteral("100000-0600");
    add({QStringLiteral("MSH"), QStringLiteral("^~\\&"), QStringLiteral("IZG-EHR"), QStringLiteral("MNFAC01"), QStringLiteral("IZDESK"),
         QStringLiteral("MNIIS"), sent, QString(), QStringLiteral("VXU^V04^VXU_V04"), controlId, QStringLiteral("P"),
         QStringLiteral("2.5.1"), QString(), QString(), QStringLiteral("ER"), QStringLiteral("AL"), QString(), QString(), QString(),
         QString(), QStringLiteral("Z22^CDCPHINVS"), QStringLiteral("MNFAC01 Clinic^^^^^MNIIS^XX^^^MNFAC01"),
         QStringLiteral("MNIIS^^^^^MNIIS^XX^^^MNIIS")});
    QString pid3 = p.mrn + QStringLiteral("^^^MNFAC01^MR");
    if (!p.registryId.isEmpty())
        pid3 += QLatin1Char('~') + p.registryId;
    if (!p.ssnIdentifier.isEmpty())
        pid3 += QLatin1Char('~') + p.ssnIdentifier;
    const QString address = !p.addressRaw.isEmpty() ? p.addressRaw
        : QStringList{text(p.street), QString(), text(p.city), p.state, p.zip, QStringLiteral("USA"), p.addressType}.join(QLatin1Char('^'));
    const QString phone = !p.phoneRaw.isEmpty() ? p.phoneRaw
                                                : QStringLiteral("^PRN^PH^^^%1^%2").arg(p.areaCode, p.localNumber);
    QStringList pid{QStringLiteral("PID"), QStringLiteral("1"), QString(), pid3, QString(),
                    QStringLiteral("%1^%2^%3^^^^L").arg(text(p.family), text(p.given), text(p.middle)),
                    QStringLiteral("%1^%2^^^^^M").arg(text(p.motherFamily), text(p.motherGiven)),
                    day(p.birth), p.sex, QString(), p.race, address, QString(), phone};
    while (pid.size() < 23)
        pid << QString();
    pid[19] = p.pid19;
    pid[22] = p.ethnicity;
    add(pid);
    add({QStringLiteral("PD1"), QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
         QString(), p.publicity, p.protection, p.protectionDate, QString(), QString(), QStringLiteral("A"), p.registryStatusDate,
         p.publicityDate});
    add({QStringLiteral("NK1"), QStringLiteral("1"), QStringLiteral("%1^%2^^^^^L").arg(text(p.motherFamily), text(p.kinGiven)),
         p.kinRelationship, address, phone});
    for (const Dose &dose : d.doses)
        doseSegments(dose, add);
    return out;
}

void VxuGenerator::Options::setAllRates(double rate)
{
    for (const QChar c : VxuGenerator::letters())
        rates[char(c.unicode())] = rate;
}

QString VxuGenerator::letters()
{
    return QStringLiteral("abcdefghijk");
}

VxuGenerator::VxuGenerator(std::shared_ptr<const Codes> codes, Options options)
    : m_codes(std::move(codes)), m_options(std::move(options))
{
    m_catalogue = std::make_shared<Catalogue>();
    m_catalogue->build(*m_codes, m_options.today);
}

VxuGenerator::~VxuGenerator() = default;

VxuGenerator::Generated VxuGenerator::message(qint64 index) const
{
    Rng rng(m_options.seed * 0x100000001B3ULL ^ (quint64(index) * 0x9E3779B97F4A7C15ULL));
    Generated g;
    g.controlId = QStringLiteral("%1%2").arg(m_options.controlIdPrefix).arg(index + 1, 7, 10, QLatin1Char('0'));
    for (const QChar c : letters())
        if (rng.chance(m_options.rates.value(char(c.unicode()), 0.0)))
            g.defects += c;
    const double ending = rng.unit();
    g.lineEnding = ending < m_options.lfShare ? LineEnding::Lf
                 : ending < m_options.lfShare + m_options.crlfShare ? LineEnding::CrLf : LineEnding::Cr;
    const Draft draft = Builder::draft(*m_catalogue, g.defects, rng);
    g.details = draft.details;
    const QByteArray end = g.lineEnding == LineEnding::Lf ? QByteArray("\n") : g.lineEnding == LineEnding::CrLf ? QByteArray("\r\n")
                                                                                                               : QByteArray("\r");
    for (const QByteArray &segment : Builder::segments(draft, g.controlId, m_options.today))
        g.text += segment + end;
    return g;
}

QByteArray VxuGenerator::batch(const QList<Generated> &messages, const QString &batchId) const
{
    const QByteArray sent = (day(m_options.today) + QStringLiteral("100000-0600")).toLatin1();
    const QByteArray id = batchId.toLatin1();
    QByteArray out = "FHS|^~\\&|IZG-EHR|MNFAC01|IZDESK|MNIIS|" + sent + "||" + id + ".hl7||" + id + "\r";
    out += "BHS|^~\\&|IZG-EHR|MNFAC01|IZDESK|MNIIS|" + sent + "||||" + id + "-1\r";
    for (const Generated &g : messages)
        out += g.text;
    out += "BTS|" + QByteArray::number(messages.size()) + "\r";
    out += "FTS|1\r";
    return out;
}

bool VxuGenerator::writeFiles(qint64 count, const QString &dir, int batchSize, WriteStats *stats, QString *error,
                              const std::function<void(qint64)> &progress) const
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(dir);
        return false;
    }
    const QDir out(dir);
    QFile truth(out.filePath(QStringLiteral("truth.jsonl")));
    if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: cannot write the file").arg(truth.fileName());
        return false;
    }
    const auto writeFile = [&](const QString &name, const QByteArray &bytes) {
        QFile f(out.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
            *error = QStringLiteral("%1: cannot write the file").arg(f.fileName());
            return false;
        }
        ++stats->files;
        return true;
    };
    QList<Generated> pending;
    for (qint64 i = 0; i < count; ++i) {
        Generated g = message(i);
        const QString file = batchSize > 0 ? QStringLiteral("batch-%1.hl7").arg(i / batchSize + 1, 4, 10, QLatin1Char('0'))
                                           : QStringLiteral("msg-%1.hl7").arg(i + 1, 6, 10, QLatin1Char('0'));
        QJsonArray letters;
        for (const QChar c : g.defects) {
            letters.append(QString(c));
            ++stats->seeded[char(c.unicode())];
        }
        if (g.defects.isEmpty())
            ++stats->clean;
        QJsonObject details;
        for (auto it = g.details.cbegin(); it != g.details.cend(); ++it)
            details.insert(QString(QLatin1Char(it.key())), it.value());
        const QJsonObject line{{QStringLiteral("control_id"), g.controlId}, {QStringLiteral("file"), file},
                               {QStringLiteral("defects"), letters}, {QStringLiteral("details"), details}};
        truth.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        ++stats->messages;
        if (batchSize <= 0) {
            if (!writeFile(file, g.text))
                return false;
        } else {
            pending.append(std::move(g));
            if (pending.size() == batchSize || i + 1 == count) {
                if (!writeFile(file, batch(pending, QFileInfo(file).completeBaseName())))
                    return false;
                pending.clear();
            }
        }
        if (progress && (i + 1) % 10000 == 0)
            progress(i + 1);
    }
    if (!truth.flush()) {
        *error = QStringLiteral("%1: cannot write the file").arg(truth.fileName());
        return false;
    }
    return true;
}

} // namespace izdesk::server::hl7
