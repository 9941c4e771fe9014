#pragma once

#include "hl7/vxugenerator.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace izdesk::server::hl7 {

// What the VXU generator takes from the CDC code set files (read by CodesetParser).
struct VxuGenerator::Codes
{
    // A vaccine as sold: one NDC linker row (unit of sale + unit of use) with its CVX and MVX.
    struct Product
    {
        QString cvx, cvxName;
        QString mvx, mvxName;
        QString ndcUse, ndcSale; // 5-4-2 with dashes; use may equal sale
        QString ndcName;         // proprietary name
        QDate start, end;        // marketing dates of the unit of sale; null end = open
        QDate useStart, useEnd;  // … of the unit of use
        bool cvxActive = false;
        bool mvxActive = false;
    };
    // The dates the NDC files show a CVX on the market (earliest start, latest end; null end
    // when one is still open).
    struct Span
    {
        QString cvx, name;
        QDate from, to;
        bool active = false;
    };

    QList<Product> products;
    QHash<QString, Span> spans;            // CVX → span
    QHash<QString, QSet<QString>> mvxForCvx;
    QHash<QString, QSet<QString>> cvxForNdc; // NDC (5-4-2) → every CVX the NDC files give it
    QHash<QString, QString> mvxNames;      // active MVX → name
    QHash<QString, QString> cvxNames;      // every CVX → short description
    QHash<QString, QString> cvxStatus;     // CVX → CDC status
    QHash<QString, QList<QString>> cptForCvx; // CVX → CPT codes mapped to it (active)
};

} // namespace izdesk::server::hl7
