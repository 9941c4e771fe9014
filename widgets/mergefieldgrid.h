#pragma once

#include <duplicaterecords.h>
#include <mergerules.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace izdesk {

// The side-by-side fields of a merge: one row per merge field (and one for identifiers) with
// the agreement of the two records (symbol, word and colour), the target's and the source's
// values, the survivor choice (target / source / typed value), the typed value and the value
// the merged patient gets according to the server's preview. Emits choicesChanged when the
// specialist changes a choice or a typed value. Display only; GUI thread only.
class MergeFieldGrid : public QWidget
{
    Q_OBJECT

public:
    enum GridColumn {
        FieldColumn,
        AgreementColumn,
        TargetColumn,
        SourceColumn,
        ChoiceColumn,
        TypedColumn,
        MergedColumn
    };

    explicit MergeFieldGrid(QWidget *parent = nullptr);

    // Both records, the waterfall that colours the scored fields, and the choices to show.
    void setRecords(const PatientRecord &target, const PatientRecord &source,
                    const QList<MatchContribution> &contributions, const FieldChoices &choices);
    void setPreview(const MergePreview &preview);
    void clearPreview();
    FieldChoices choices() const;
    FieldAgreement agreement(const QString &key) const { return m_agreement.value(key); }
    // A typed value that cannot be sent, as a sentence; empty when all are fine.
    QString invalidText() const;
    QComboBox *choiceBox(const QString &key) const { return m_choice.value(key); }
    QLineEdit *typedEdit(const QString &key) const { return m_typed.value(key); }
    QWidget *firstFocus() const;

    // The value as users read it: dates in the locale, Yes/No, race and sex labels.
    static QString displayValue(const QString &key, const QString &value);

Q_SIGNALS:
    void choicesChanged();

private:
    QLabel *cell(int row, int column, const QString &text, const char *objectPrefix, const QString &key);
    void colour(QLabel *label, FieldAgreement agreement);
    void updateTypedEnabled(const QString &key);

    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_agreementLabel;
    QHash<QString, QLabel *> m_targetLabel;
    QHash<QString, QLabel *> m_sourceLabel;
    QHash<QString, QComboBox *> m_choice;
    QHash<QString, QLineEdit *> m_typed;
    QHash<QString, QLabel *> m_merged;
    QHash<QString, FieldAgreement> m_agreement;
    QLabel *m_targetIds;
    QLabel *m_sourceIds;
    QLabel *m_mergedIds;
    bool m_filling = false;
};

} // namespace izdesk
