#include "duplicatedisplay.h"

#include <duplicaterecords.h>
#include <patientresultmodel.h>

namespace izdesk {

QString DuplicateDisplay::agreementText(FieldAgreement agreement)
{
    switch (agreement) {
    case FieldAgreement::Exact: return tr("= Same");
    case FieldAgreement::Close: return tr("≈ Close");
    case FieldAgreement::Disagree: return tr("≠ Differs");
    case FieldAgreement::Missing: return tr("– Missing");
    }
    return {};
}

QColor DuplicateDisplay::agreementColor(FieldAgreement agreement)
{
    switch (agreement) {
    case FieldAgreement::Exact: return QColor(0xd8, 0xf0, 0xd8);
    case FieldAgreement::Close: return QColor(0xfd, 0xef, 0xc6);
    case FieldAgreement::Disagree: return QColor(0xf8, 0xd4, 0xd4);
    case FieldAgreement::Missing: return QColor(0xe8, 0xe8, 0xe8);
    }
    return {};
}

QString DuplicateDisplay::hiddenReasonText(const QString &reason)
{
    if (reason == QLatin1String("specific_cvx"))
        return tr("kept one names the vaccine more exactly");
    if (reason == QLatin1String("administered_over_historical"))
        return tr("kept one was administered, this one is historical");
    if (reason == QLatin1String("has_lot"))
        return tr("kept one has a lot number");
    if (reason == QLatin1String("same_event"))
        return tr("same dose recorded twice");
    return reason;
}

QString DuplicateDisplay::unmergeEntryText(const QJsonObject &entry)
{
    const QString kind = entry.value(QStringLiteral("kind")).toString();
    const QString field = PatientResultModel::fieldLabel(entry.value(QStringLiteral("field")).toString());
    const QString id = QString::number(entry.value(QStringLiteral("id")).toVariant().toLongLong());
    const QString side = entry.value(QStringLiteral("side")).toString() == QLatin1String("source") ? tr("the source")
                                                                                                   : tr("the target");
    if (kind == QLatin1String("field_edit_unplaced"))
        return tr("A later edit of %1 could not be placed: both patients got their value from before the merge.")
            .arg(field);
    if (kind == QLatin1String("event_missing"))
        return tr("Vaccination event %1 no longer exists and could not be put back.").arg(id);
    if (kind == QLatin1String("identifier_missing"))
        return tr("Identifier %1 no longer exists and could not be put back.").arg(id);
    if (kind == QLatin1String("event_visibility_changed"))
        return tr("Someone showed or hid event %1 after the merge; it is back as it was before.").arg(id);
    if (kind == QLatin1String("field_edit"))
        return tr("A later edit of %1 went to %2.").arg(field, side);
    if (kind == QLatin1String("new_event"))
        return tr("Event %1, added after the merge, stays on %2.").arg(id, side);
    if (kind == QLatin1String("new_identifier"))
        return tr("Identifier %1, added after the merge, stays on %2.").arg(id, side);
    return kind;
}

QString DuplicateDisplay::ageText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = since.secsTo(now) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(std::max<qint64>(minutes, 0));
    if (minutes < 48 * 60)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 d").arg(minutes / (24 * 60));
}

QString DuplicateDisplay::gradeText(const QString &grade)
{
    return PatientResultModel::gradeLabel(grade);
}

QString DuplicateDisplay::statusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("not_duplicate"))
        return tr("Not a duplicate");
    if (status == QLatin1String("merged"))
        return tr("Merged");
    if (status == QLatin1String("dropped"))
        return tr("Dropped");
    return status;
}

QString DuplicateDisplay::badgesText(const DuplicatePair &pair)
{
    QStringList words;
    for (const QString &b : pair.badges)
        words << PatientResultModel::badgeLabel(b);
    return words.join(QStringLiteral(" · "));
}

QString DuplicateDisplay::vetoesText(const QStringList &vetoes)
{
    QStringList words;
    for (const QString &v : vetoes)
        words << PatientResultModel::vetoLabel(v);
    return words.join(QStringLiteral(" · "));
}

} // namespace izdesk
