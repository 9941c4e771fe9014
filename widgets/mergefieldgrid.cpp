#include "mergefieldgrid.h"

#include "duplicatedisplay.h"

#include <patientresultmodel.h>

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace izdesk {

namespace {

QString identifiersText(const QList<PatientIdentifier> &ids)
{
    QStringList lines;
    for (const PatientIdentifier &i : ids) {
        QString line = PatientResultModel::identifierLabel(i.type);
        line = (line.isEmpty() ? i.type : line) + QStringLiteral(": ") + i.value;
        if (!i.assigningFacility.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.assigningFacility);
        if (i.status == QLatin1String("old"))
            line += MergeFieldGrid::tr(" — old");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString placeholderFor(const QString &key)
{
    if (key == QLatin1String("birth_date"))
        return MergeFieldGrid::tr("YYYY-MM-DD");
    if (key == QLatin1String("sex"))
        return MergeFieldGrid::tr("F, M or U");
    if (key == QLatin1String("multiple_birth"))
        return MergeFieldGrid::tr("yes or no");
    if (key == QLatin1String("birth_order"))
        return MergeFieldGrid::tr("0 to 9");
    return MergeFieldGrid::tr("value to keep");
}

} // namespace

MergeFieldGrid::MergeFieldGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("mergeFieldGrid"));
    setAccessibleName(tr("Fields of both patients and what the merged patient keeps"));
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    const QStringList headers{tr("Field"), tr("Agreement"),   tr("Target (kept)"),          tr("Source (retired)"),
                              tr("Keep"),  tr("Typed value"), tr("Merged result (preview)")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()), this);
        m_grid->addWidget(h, 0, c);
    }
    int row = 1;
    QWidget *previous = nullptr;
    for (const QString &key : MergeRules::fieldKeys()) {
        const QString label = PatientResultModel::fieldLabel(key);
        cell(row, FieldColumn, label, "fieldLabel_", key);
        m_agreementLabel.insert(key, cell(row, AgreementColumn, QString(), "agreement_", key));
        m_targetLabel.insert(key, cell(row, TargetColumn, QString(), "targetValue_", key));
        m_sourceLabel.insert(key, cell(row, SourceColumn, QString(), "sourceValue_", key));
        auto *choice = new QComboBox(this);
        choice->addItem(tr("Target"), int(FieldChoice::Kind::Target));
        choice->addItem(tr("Source"), int(FieldChoice::Kind::Source));
        choice->addItem(tr("Typed value"), int(FieldChoice::Kind::Typed));
        choice->setObjectName(QStringLiteral("choice_") + key);
        choice->setAccessibleName(tr("Keep for %1").arg(label));
        auto *typed = new QLineEdit(this);
        typed->setObjectName(QStringLiteral("typed_") + key);
        typed->setAccessibleName(tr("Typed value for %1").arg(label));
        typed->setPlaceholderText(placeholderFor(key));
        typed->setMaxLength(200);
        m_grid->addWidget(choice, row, ChoiceColumn);
        m_grid->addWidget(typed, row, TypedColumn);
        m_choice.insert(key, choice);
        m_typed.insert(key, typed);
        m_merged.insert(key, cell(row, MergedColumn, QString(), "mergedValue_", key));
        if (previous)
            setTabOrder(previous, choice);
        setTabOrder(choice, typed);
        previous = typed;
        connect(choice, &QComboBox::currentIndexChanged, this, [this, key] {
            updateTypedEnabled(key);
            if (!m_filling)
                Q_EMIT choicesChanged();
        });
        connect(typed, &QLineEdit::textEdited, this, [this] { Q_EMIT choicesChanged(); });
        updateTypedEnabled(key);
        ++row;
    }
    cell(row, FieldColumn, tr("Identifiers"), "fieldLabel_", QStringLiteral("identifiers"));
    cell(row, AgreementColumn, QString(), "agreement_", QStringLiteral("identifiers"));
    m_targetIds = cell(row, TargetColumn, QString(), "targetValue_", QStringLiteral("identifiers"));
    m_sourceIds = cell(row, SourceColumn, QString(), "sourceValue_", QStringLiteral("identifiers"));
    auto *all = cell(row, ChoiceColumn, tr("All kept; the source's become old"), "choiceText_",
                     QStringLiteral("identifiers"));
    m_grid->addWidget(all, row, ChoiceColumn, 1, 2);
    m_mergedIds = cell(row, MergedColumn, QString(), "mergedValue_", QStringLiteral("identifiers"));
    m_grid->setColumnStretch(TargetColumn, 2);
    m_grid->setColumnStretch(SourceColumn, 2);
    m_grid->setColumnStretch(MergedColumn, 2);
    m_grid->setRowStretch(row + 1, 1);
}

QLabel *MergeFieldGrid::cell(int row, int column, const QString &text, const char *objectPrefix, const QString &key)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(QLatin1String(objectPrefix) + key);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(2);
    m_grid->addWidget(label, row, column);
    return label;
}

void MergeFieldGrid::colour(QLabel *label, FieldAgreement agreement)
{
    label->setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, DuplicateDisplay::agreementColor(agreement));
    p.setColor(QPalette::WindowText, Qt::black); // readable on the light backgrounds in any theme
    label->setPalette(p);
}

QString MergeFieldGrid::displayValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return tr("(empty)");
    if (key == QLatin1String("birth_date"))
        return QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    if (key == QLatin1String("multiple_birth"))
        return value == QLatin1String("true") ? tr("Yes") : tr("No");
    if (key == QLatin1String("sex"))
        return PatientResultModel::sexLabel(value);
    if (key == QLatin1String("race") || key == QLatin1String("ethnicity")) {
        const QString label = PatientResultModel::raceEthnicityLabel(value);
        return label.isEmpty() || label == value ? value : tr("%1 (%2)").arg(label, value);
    }
    return value;
}

void MergeFieldGrid::setRecords(const PatientRecord &target, const PatientRecord &source,
                                const QList<MatchContribution> &contributions, const FieldChoices &choices)
{
    m_filling = true;
    for (const QString &key : MergeRules::fieldKeys()) {
        const QString t = MergeRules::fieldValue(target, key);
        const QString s = MergeRules::fieldValue(source, key);
        const FieldAgreement a = MergeRules::fieldAgreement(key, t, s, contributions);
        m_agreement.insert(key, a);
        m_agreementLabel.value(key)->setText(DuplicateDisplay::agreementText(a));
        m_targetLabel.value(key)->setText(displayValue(key, t));
        m_sourceLabel.value(key)->setText(displayValue(key, s));
        for (QLabel *l : {m_agreementLabel.value(key), m_targetLabel.value(key), m_sourceLabel.value(key)})
            colour(l, a);
        const FieldChoice c = choices.value(key);
        QComboBox *box = m_choice.value(key);
        box->setCurrentIndex(box->findData(int(c.kind)));
        m_typed.value(key)->setText(c.typed);
        updateTypedEnabled(key);
    }
    m_targetIds->setText(identifiersText(target.identifiers));
    m_sourceIds->setText(identifiersText(source.identifiers));
    m_filling = false;
    clearPreview();
}

void MergeFieldGrid::setPreview(const MergePreview &preview)
{
    for (const QString &key : MergeRules::fieldKeys())
        m_merged.value(key)->setText(displayValue(key, MergeRules::mergedValue(preview.merged, key)));
    m_mergedIds->setText(identifiersText(preview.mergedIdentifiers));
}

void MergeFieldGrid::clearPreview()
{
    for (QLabel *l : std::as_const(m_merged))
        l->setText(tr("…"));
    m_mergedIds->clear();
}

FieldChoices MergeFieldGrid::choices() const
{
    FieldChoices out;
    for (const QString &key : MergeRules::fieldKeys()) {
        FieldChoice c;
        c.kind = FieldChoice::Kind(m_choice.value(key)->currentData().toInt());
        if (c.kind == FieldChoice::Kind::Typed)
            c.typed = m_typed.value(key)->text();
        out.insert(key, c);
    }
    return out;
}

QString MergeFieldGrid::invalidText() const
{
    QString invalid;
    MergeRules::choicesJson(choices(), &invalid);
    return invalid.isEmpty() ? QString()
                             : tr("The typed value for %1 cannot be used (%2).")
                                   .arg(PatientResultModel::fieldLabel(invalid), placeholderFor(invalid));
}

QWidget *MergeFieldGrid::firstFocus() const
{
    return m_choice.value(MergeRules::fieldKeys().constFirst());
}

void MergeFieldGrid::updateTypedEnabled(const QString &key)
{
    m_typed.value(key)->setEnabled(m_choice.value(key)->currentData().toInt() == int(FieldChoice::Kind::Typed));
}

} // namespace izdesk
