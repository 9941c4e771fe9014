#include "patientresultmodel.h"

#include "matching/hardvetoes.h"

#include <QLocale>

namespace izdesk {

PatientResultModel::PatientResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PatientResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

int PatientResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientMatch &m = m_matches.at(index.row());
    switch (role) {
    case PatientIdRole: return m.id;
    case ExplanationRole: return QVariant::fromValue(m.explanation);
    case GradeRole: return m.grade;
    case BadgesRole: return m.badges;
    case VetoesRole: return m.vetoes;
    case Qt::ToolTipRole: return explanationText(m);
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn: return QString::number(m.score, 'f', 1);
        case GradeColumn: return gradeLabel(m.grade);
        case NameColumn: return m.displayName();
        case BirthDateColumn: return m.birthDate.isValid() ? m.birthDate.toString(Qt::ISODate) : QString();
        case SexColumn: return m.sex;
        case CityColumn: return m.city;
        case IisIdColumn: return m.iisId;
        case BadgesColumn: {
            QStringList words;
            for (const QString &b : m.badges)
                words << badgeLabel(b);
            for (const QString &v : m.vetoes)
                words << vetoLabel(v);
            return words.join(QStringLiteral(" · "));
        }
        default: return {};
        }
    case Qt::EditRole:
        // Sort keys: numbers and dates as themselves.
        if (index.column() == ScoreColumn)
            return m.score;
        if (index.column() == BirthDateColumn)
            return m.birthDate;
        return data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant PatientResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScoreColumn: return tr("Score");
    case GradeColumn: return tr("Match");
    case NameColumn: return tr("Name");
    case BirthDateColumn: return tr("Date of birth");
    case SexColumn: return tr("Sex");
    case CityColumn: return tr("City");
    case IisIdColumn: return tr("IIS ID");
    case BadgesColumn: return tr("Flags");
    default: return {};
    }
}

void PatientResultModel::setMatches(const QList<PatientMatch> &matches)
{
    // A new search replaces the whole list (a different question, not an update).
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

void PatientResultModel::clear()
{
    if (m_matches.isEmpty())
        return;
    beginResetModel();
    m_matches.clear();
    endResetModel();
}

int PatientResultModel::rowOf(qint64 patientId) const
{
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).id == patientId)
            return static_cast<int>(i);
    }
    return -1;
}

QString PatientResultModel::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("middle_name"), QT_TR_NOOP("Middle name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("suffix"), QT_TR_NOOP("Suffix")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("zip"), QT_TR_NOOP("ZIP")},
        {QStringLiteral("mother_maiden_name"), QT_TR_NOOP("Mother's maiden name")},
        {QStringLiteral("identifier"), QT_TR_NOOP("Identifier")},
        {QStringLiteral("multiple_birth"), QT_TR_NOOP("Multiple birth")},
        {QStringLiteral("birth_order"), QT_TR_NOOP("Birth order")},
        {QStringLiteral("race"), QT_TR_NOOP("Race")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("owning_facility_code"), QT_TR_NOOP("Owning facility")},
    };
    const auto it = labels.constFind(field);
    if (it != labels.constEnd())
        return tr(*it);
    // Identifier hits are named by type ("iis_id", "mrn"); show those readably too.
    const QString id = identifierLabel(field);
    return id.isEmpty() ? field : id;
}

QString PatientResultModel::levelLabel(const QString &level)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("exact"), QT_TR_NOOP("exact")},
        {QStringLiteral("nickname"), QT_TR_NOOP("nickname")},
        {QStringLiteral("phonetic"), QT_TR_NOOP("sounds alike")},
        {QStringLiteral("similar"), QT_TR_NOOP("similar spelling")},
        {QStringLiteral("close"), QT_TR_NOOP("close spelling")},
        {QStringLiteral("near"), QT_TR_NOOP("within 10 days")},
        {QStringLiteral("transposed"), QT_TR_NOOP("day and month swapped")},
        {QStringLiteral("swapped"), QT_TR_NOOP("first and last swapped")},
        {QStringLiteral("partial"), QT_TR_NOOP("partly")},
        {QStringLiteral("compound_part"), QT_TR_NOOP("part of a hyphenated name")},
        {QStringLiteral("initial"), QT_TR_NOOP("initial only")},
        {QStringLiteral("weak"), QT_TR_NOOP("weak")},
        {QStringLiteral("missing"), QT_TR_NOOP("not given")},
        {QStringLiteral("disagree"), QT_TR_NOOP("differs")},
    };
    const auto it = labels.constFind(level);
    return it != labels.constEnd() ? tr(*it) : level;
}

QString PatientResultModel::gradeLabel(const QString &grade)
{
    if (grade == QLatin1String("certain"))
        return tr("Certain");
    if (grade == QLatin1String("probable"))
        return tr("Probable");
    if (grade == QLatin1String("possible"))
        return tr("Possible");
    return tr("Weak");
}

QString PatientResultModel::badgeLabel(const QString &badge)
{
    if (badge == QLatin1String("twin_guard"))
        return tr("Twin?");
    if (badge == QLatin1String("multiple_birth"))
        return tr("Multiple birth");
    if (badge == QLatin1String("sharing_lock"))
        return tr("Sharing lock");
    if (badge == QLatin1String("jr_sr"))
        return tr("Jr/Sr?");
    if (badge == QLatin1String("household"))
        return tr("Same household");
    if (badge == QLatin1String("middle_unconfirmed"))
        return tr("Middle name on one record only");
    if (badge == QLatin1String("low_grade"))
        return tr("Low-grade: nothing closer on file, check what differs");
    return badge;
}

QString PatientResultModel::vetoLabel(const QString &veto)
{
    // The codes of matching::HardVetoes.
    if (veto == QLatin1String(matching::HardVetoes::differentBirthFileNumber))
        return tr("Different birth-file number");
    if (veto == QLatin1String(matching::HardVetoes::differentBirthOrder))
        return tr("Different birth order");
    if (veto == QLatin1String(matching::HardVetoes::dobAndSexDiffer))
        return tr("DOB and sex differ");
    return veto;
}

QString PatientResultModel::consentLabel(const QString &kind)
{
    if (kind == QLatin1String("reminder_opt_out"))
        return tr("Reminder/recall opt-out");
    if (kind == QLatin1String("sharing_lock"))
        return tr("Sharing lock");
    if (kind == QLatin1String("full_opt_out"))
        return tr("Full opt-out");
    if (kind == QLatin1String("protection"))
        return tr("Protection indicator");
    return kind;
}

QString PatientResultModel::identifierLabel(const QString &type)
{
    if (type == QLatin1String("iis_id"))
        return tr("IIS ID");
    if (type == QLatin1String("mrn"))
        return tr("MRN");
    if (type == QLatin1String("birth_file_number"))
        return tr("Birth-file number");
    if (type == QLatin1String("source_id"))
        return tr("Source ID");
    return {};
}

QString PatientResultModel::sexLabel(const QString &sex)
{
    if (sex == QLatin1String("F"))
        return tr("Female");
    if (sex == QLatin1String("M"))
        return tr("Male");
    return tr("Unknown");
}

QString PatientResultModel::raceEthnicityLabel(const QString &cdcrecCode)
{
    // The CDC Race and Ethnicity (CDCREC) roll-up codes an IIS receives in PID-10 / PID-22.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("1002-5"), QT_TR_NOOP("American Indian or Alaska Native")},
        {QStringLiteral("2028-9"), QT_TR_NOOP("Asian")},
        {QStringLiteral("2054-5"), QT_TR_NOOP("Black or African American")},
        {QStringLiteral("2076-8"), QT_TR_NOOP("Native Hawaiian or Other Pacific Islander")},
        {QStringLiteral("2106-3"), QT_TR_NOOP("White")},
        {QStringLiteral("2131-1"), QT_TR_NOOP("Other race")},
        {QStringLiteral("2135-2"), QT_TR_NOOP("Hispanic or Latino")},
        {QStringLiteral("2186-5"), QT_TR_NOOP("Not Hispanic or Latino")},
    };
    const auto it = labels.constFind(cdcrecCode);
    return it != labels.constEnd() ? tr(*it) : cdcrecCode;
}

QString PatientResultModel::explanationText(const PatientMatch &match)
{
    QStringList lines;
    lines << tr("%1 match, score %2").arg(gradeLabel(match.grade), QString::number(match.score, 'f', 1));
    for (const MatchContribution &c : match.explanation) {
        lines << tr("%1: %2 (%3)")
                     .arg(fieldLabel(c.field), levelLabel(c.level),
                          (c.weight >= 0 ? QStringLiteral("+") : QString()) + QString::number(c.weight, 'f', 1));
    }
    for (const QString &b : match.badges)
        lines << badgeLabel(b);
    for (const QString &v : match.vetoes)
        lines << tr("Warning: %1").arg(vetoLabel(v));
    return lines.join(QLatin1Char('\n'));
}

} // namespace izdesk
