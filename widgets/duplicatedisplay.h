#pragma once

#include <mergerules.h>

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace izdesk {

struct DuplicatePair;

// How the duplicate review views show shared things: the agreement of a field (a symbol and a
// word as well as a colour — never colour alone), why an event is hidden, unmerge conflicts,
// how long a pair has waited and who claimed it. Display only; GUI thread only.
class DuplicateDisplay
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateDisplay)

public:
    static QString agreementText(FieldAgreement agreement); // "= Same", "≈ Close", "≠ Differs", "– Missing"
    static QColor agreementColor(FieldAgreement agreement); // light backgrounds that keep text readable
    static QString hiddenReasonText(const QString &reason);
    // "Field edit of Middle name could not be placed: …" for one unmerge conflict or placement.
    static QString unmergeEntryText(const QJsonObject &entry);
    static QString ageText(const QDateTime &since, const QDateTime &now);
    static QString gradeText(const QString &grade);
    static QString statusText(const QString &status);
    // "Certain · 31.65" and badges / vetoes joined for one line.
    static QString badgesText(const DuplicatePair &pair);
    static QString vetoesText(const QStringList &vetoes);
};

} // namespace izdesk
