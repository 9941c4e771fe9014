#pragma once

#include <patientrecord.h>

#include <QWidget>

namespace izdesk {

// The score waterfall of a candidate pair: one row per compared field with its agreement
// level and a bar for its log-odds contribution (green to the right for agreement, red to
// the left for disagreement, the signed number beside it), then the total and the grade.
// The same text is its accessible description, so a screen reader gets every number.
// Display only; GUI thread only.
class ScoreWaterfall : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreWaterfall(QWidget *parent = nullptr);

    void setContributions(const QList<MatchContribution> &contributions, double score, const QString &grade);
    void clear();
    // "First name (nickname) +5.6" per row, then "Total 31.65 — Certain".
    QStringList rowsText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<MatchContribution> m_rows;
    double m_score = 0.0;
    QString m_grade;
};

} // namespace izdesk
