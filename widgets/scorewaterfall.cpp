#include "scorewaterfall.h"

#include <patientresultmodel.h>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace izdesk {

namespace {
constexpr int kRowHeight = 22;
constexpr int kLabelWidth = 220;
constexpr int kNumberWidth = 56;

QString signedNumber(double v)
{
    // One decimal like the published weights, two where a weight has them (sex +0.75).
    const bool tenths = std::abs(v * 10 - std::round(v * 10)) < 1e-6;
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', tenths ? 1 : 2);
}
} // namespace

ScoreWaterfall::ScoreWaterfall(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreWaterfall"));
    setAccessibleName(tr("Score waterfall"));
    setFocusPolicy(Qt::StrongFocus); // reachable by Tab so a screen reader reads the description
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void ScoreWaterfall::setContributions(const QList<MatchContribution> &contributions, double score, const QString &grade)
{
    m_rows = contributions;
    m_score = score;
    m_grade = grade;
    setAccessibleDescription(rowsText().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

void ScoreWaterfall::clear()
{
    setContributions({}, 0.0, QString());
}

QStringList ScoreWaterfall::rowsText() const
{
    QStringList out;
    for (const MatchContribution &c : m_rows) {
        out << tr("%1 (%2) %3")
                   .arg(PatientResultModel::fieldLabel(c.field), PatientResultModel::levelLabel(c.level),
                        signedNumber(c.weight));
    }
    if (!m_rows.isEmpty())
        out << tr("Total %1 — %2").arg(QString::number(m_score, 'f', 2), PatientResultModel::gradeLabel(m_grade));
    return out;
}

QSize ScoreWaterfall::sizeHint() const
{
    return {kLabelWidth + 160 + kNumberWidth, int(m_rows.size() + 2) * kRowHeight};
}

QSize ScoreWaterfall::minimumSizeHint() const
{
    return {kLabelWidth + 100 + kNumberWidth, int(m_rows.size() + 2) * kRowHeight};
}

void ScoreWaterfall::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No score to explain"));
        return;
    }
    double maxPos = 1.0;
    double maxNeg = 0.0;
    for (const MatchContribution &c : m_rows) {
        maxPos = std::max(maxPos, c.weight);
        maxNeg = std::max(maxNeg, -c.weight);
    }
    const int barLeft = kLabelWidth;
    const int barWidth = std::max(40, width() - kLabelWidth - kNumberWidth - 8);
    const double scale = barWidth / (maxPos + maxNeg);
    const int zeroX = barLeft + int(std::lround(maxNeg * scale));
    const QColor agree(0x2e, 0x7d, 0x32);
    const QColor disagree(0xc6, 0x28, 0x28);
    const QStringList texts = rowsText();
    int y = 0;
    for (int i = 0; i < m_rows.size(); ++i, y += kRowHeight) {
        const MatchContribution &c = m_rows.at(i);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, y, kLabelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("%1 (%2)").arg(PatientResultModel::fieldLabel(c.field), PatientResultModel::levelLabel(c.level)));
        const int length = int(std::lround(std::abs(c.weight) * scale));
        const QRect bar = c.weight >= 0 ? QRect(zeroX, y + 4, std::max(length, 1), kRowHeight - 8)
                                        : QRect(zeroX - length, y + 4, std::max(length, 1), kRowHeight - 8);
        p.fillRect(bar, c.weight >= 0 ? agree : disagree);
        p.drawText(QRect(barLeft + barWidth + 4, y, kNumberWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   signedNumber(c.weight));
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(zeroX, 0, zeroX, y);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(4, y + 2, width() - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, texts.constLast());
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace izdesk
