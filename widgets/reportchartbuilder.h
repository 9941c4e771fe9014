#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace izdesk {

// The data of one report chart: categories along one axis and one or more series of values.
struct ReportChartData
{
    struct Series
    {
        QString name;
        QList<double> values; // one per category
        QColor colour;
    };
    QStringList categories;
    QList<Series> series;
    bool stacked = false;
    bool horizontal = false; // long category names read better down the side
};

// Builds a Qt Charts bar chart for ReportChartData: labelled axes, a legend when there is
// more than one series, and value labels on the bars (the numbers are also in the table
// beside the chart, so nothing depends on colour). Stateless; GUI thread.
class ReportChartBuilder
{
public:
    static QChart *build(const ReportChartData &data, const QString &title);
};

} // namespace izdesk
