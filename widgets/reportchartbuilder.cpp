#include "reportchartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QBarSeries>

#include <algorithm>
#include <cmath>

namespace izdesk {

QChart *ReportChartBuilder::build(const ReportChartData &input, const QString &title)
{
    // Horizontal charts draw the first category at the bottom; reverse so they read top-down.
    ReportChartData data = input;
    if (data.horizontal) {
        std::reverse(data.categories.begin(), data.categories.end());
        for (ReportChartData::Series &s : data.series)
            std::reverse(s.values.begin(), s.values.end());
    }
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    QAbstractBarSeries *series = nullptr;
    if (data.stacked)
        series = data.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                 : new QStackedBarSeries;
    else
        series = data.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    double max = 0;
    for (const ReportChartData::Series &s : data.series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            *set << v;
        if (s.colour.isValid()) {
            set->setColor(s.colour);
            set->setBorderColor(s.colour.darker(120));
        }
        // Labels sit inside stacked bars (white on the dark fills) and outside plain ones.
        set->setLabelColor(data.stacked ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
        series->append(set);
    }
    for (int i = 0; i < data.categories.size(); ++i) {
        double sum = 0;
        for (const ReportChartData::Series &s : data.series) {
            const double v = i < s.values.size() ? s.values.at(i) : 0;
            sum = data.stacked ? sum + v : std::max(sum, v);
        }
        max = std::max(max, sum);
    }
    // Value labels only where they fit: many thin bars (a month of days) would overlap.
    series->setLabelsVisible(data.categories.size() <= 16);
    series->setLabelsPosition(data.stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setRange(0, std::max(1.0, std::ceil(max * 1.15)));
    values->applyNiceNumbers();
    if (categories->count() > 16) {
        // A label per day is unreadable for a month; keep every label but turn them.
        categories->setLabelsAngle(-60);
    }
    chart->addAxis(categories, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

} // namespace izdesk
