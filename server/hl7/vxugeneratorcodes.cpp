#include "hl7/vxugeneratorcodes.h"

#include "codesets/codesetparser.h"

#include <QDir>

#include <algorithm>

namespace izdesk::server::hl7 {

namespace {

QDate ndcDate(const QString &yyyymmdd)
{
    return yyyymmdd.isEmpty() ? QDate() : QDate::fromString(yyyymmdd, QStringLiteral("yyyyMMdd"));
}

// code_ndc rows: kind, ndc_id, ndc11, proprietary_name, labeler_name, cvx, start, end, updated.
struct NdcRow
{
    QString ndc11, name, cvx;
    QDate start, end;
};

// An NDC id can have a row per CVX (Engerix-B is both CVX 43 and 44): every row is kept, in
// file order.
QHash<QString, QList<NdcRow>> ndcById(const CodesetParser::Table &t)
{
    QHash<QString, QList<NdcRow>> rows;
    for (const QStringList &r : t.rows)
        rows[r.at(1)].append(NdcRow{r.at(2), r.at(3), r.at(5), ndcDate(r.at(6)), ndcDate(r.at(7))});
    return rows;
}

using Codes = VxuGenerator::Codes;

// CVX names and statuses, active MVX names, and the CPT codes that name exactly one CVX.
// Answers each MVX code's status.
QHash<QString, QString> addCodeNames(Codes *codes, const CodesetParser::Table &cvx, const CodesetParser::Table &mvx,
                                     const CodesetParser::Table &cpt)
{
    for (const QStringList &r : cvx.rows) {
        codes->cvxNames.insert(r.at(0), r.at(1));
        codes->cvxStatus.insert(r.at(0), r.at(3));
    }
    QHash<QString, QString> mvxStatus;
    for (const QStringList &r : mvx.rows) {
        mvxStatus.insert(r.at(0), r.at(2));
        if (r.at(2) == QLatin1String("Active"))
            codes->mvxNames.insert(r.at(0), r.at(1));
    }
    QHash<QString, QSet<QString>> cptTargets;
    for (const QStringList &r : cpt.rows) {
        const QString &status = r.at(4);
        if (!r.at(2).isEmpty() && codes->cvxNames.contains(r.at(2)) && (status.isEmpty() || status == QLatin1String("Active")))
            cptTargets[r.at(0)].insert(r.at(2));
    }
    // Only CPT codes that name one CVX: with several, a CPT cannot tell the vaccine.
    for (auto it = cptTargets.cbegin(); it != cptTargets.cend(); ++it)
        if (it->size() == 1)
            codes->cptForCvx[*it->cbegin()].append(it.key());
    for (auto it = codes->cptForCvx.begin(); it != codes->cptForCvx.end(); ++it)
        std::sort(it->begin(), it->end());
    return mvxStatus;
}

// The products of the NDC linker: each sale NDC with a known CVX and an MVX, with its use NDC.
void addProducts(Codes *codes, const QHash<QString, QList<NdcRow>> &sales, const QHash<QString, QList<NdcRow>> &uses,
                 const CodesetParser::Table &linker, const QHash<QString, QString> &mvxStatus)
{
    for (const QStringList &r : linker.rows) {
        const QString mvxCode = r.at(3).trimmed();
        const QList<NdcRow> useRows = uses.value(r.at(2));
        for (const NdcRow &s : sales.value(r.at(1))) {
            if (s.cvx.isEmpty() || !codes->cvxNames.contains(s.cvx) || mvxCode.isEmpty())
                continue;
            const NdcRow *u = nullptr;
            for (const NdcRow &candidate : useRows)
                if (candidate.cvx == s.cvx && !u)
                    u = &candidate;
            Codes::Product p;
            p.cvx = s.cvx;
            p.cvxName = codes->cvxNames.value(p.cvx);
            p.mvx = mvxCode;
            p.mvxName = codes->mvxNames.value(mvxCode);
            p.ndcSale = s.ndc11;
            p.ndcUse = u ? u->ndc11 : s.ndc11;
            p.ndcName = s.name;
            p.start = s.start;
            p.end = s.end;
            p.useStart = u ? u->start : s.start;
            p.useEnd = u ? u->end : s.end;
            p.cvxActive = codes->cvxStatus.value(p.cvx) == QLatin1String("Active");
            p.mvxActive = mvxStatus.value(mvxCode) == QLatin1String("Active");
            codes->products.append(p);
            codes->mvxForCvx[p.cvx].insert(mvxCode);
        }
    }
}

// Market spans from every NDC of a CVX, sale and use alike, and the CVX codes of each NDC.
void addSpans(Codes *codes, const QHash<QString, QList<NdcRow>> &sales, const QHash<QString, QList<NdcRow>> &uses)
{
    QHash<QString, bool> openEnded;
    const auto widen = [&](const NdcRow &n) {
        if (n.cvx.isEmpty() || !codes->cvxNames.contains(n.cvx))
            return;
        Codes::Span &span = codes->spans[n.cvx];
        if (span.cvx.isEmpty()) {
            span.cvx = n.cvx;
            span.name = codes->cvxNames.value(n.cvx);
            span.active = codes->cvxStatus.value(n.cvx) == QLatin1String("Active");
        }
        if (n.start.isValid() && (!span.from.isValid() || n.start < span.from))
            span.from = n.start;
        if (!n.end.isValid())
            openEnded[n.cvx] = true;
        else if (!span.to.isValid() || n.end > span.to)
            span.to = n.end;
    };
    for (const auto &rows : {sales, uses})
        for (const QList<NdcRow> &list : rows)
            for (const NdcRow &n : list) {
                widen(n);
                if (!n.cvx.isEmpty())
                    codes->cvxForNdc[n.ndc11].insert(n.cvx);
            }
    for (auto it = codes->spans.begin(); it != codes->spans.end(); ++it)
        if (openEnded.value(it.key()))
            it->to = QDate();
}

} // namespace

std::shared_ptr<const VxuGenerator::Codes> VxuGenerator::loadCodes(const QString &codesetDir, QString *error)
{
    const QDir dir(codesetDir);
    const auto cvx = CodesetParser::cvx(dir.filePath(QStringLiteral("cvx.xml")), error);
    if (!cvx)
        return nullptr;
    const auto mvx = CodesetParser::mvx(dir.filePath(QStringLiteral("mvx.xml")), error);
    if (!mvx)
        return nullptr;
    const auto cpt = CodesetParser::cpt(dir.filePath(QStringLiteral("cpt.xml")), error);
    if (!cpt)
        return nullptr;
    const auto sale = CodesetParser::ndcSale(dir.filePath(QStringLiteral("NDC_Unit_sale.txt")), error);
    if (!sale)
        return nullptr;
    const auto use = CodesetParser::ndcUse(dir.filePath(QStringLiteral("NDC_Unit_use.txt")), error);
    if (!use)
        return nullptr;
    const auto linker = CodesetParser::ndcLinker(dir.filePath(QStringLiteral("NDC_Linker.txt")), error);
    if (!linker)
        return nullptr;

    auto codes = std::make_shared<Codes>();
    const QHash<QString, QString> mvxStatus = addCodeNames(codes.get(), *cvx, *mvx, *cpt);
    const QHash<QString, QList<NdcRow>> sales = ndcById(*sale);
    const QHash<QString, QList<NdcRow>> uses = ndcById(*use);
    addProducts(codes.get(), sales, uses, *linker, mvxStatus);
    addSpans(codes.get(), sales, uses);
    if (codes->products.isEmpty()) {
        *error = QStringLiteral("%1: the NDC files give no product with a CVX and an MVX").arg(codesetDir);
        return nullptr;
    }
    return codes;
}

} // namespace izdesk::server::hl7
