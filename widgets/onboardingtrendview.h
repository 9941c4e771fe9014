#pragma once

#include <onboardingrecords.h>

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace izdesk {

class OnboardingSubmissionsModel;

// The submissions trend of a project: a table with one row per batch (date, file, stage,
// messages, messages with errors and with warnings, passed, score) and beside it a small line
// chart of the share of messages with errors per batch. Below the table, the selected batch's
// verdict reason and counts, and "Open in checker"; a file dropped on the view is offered as
// a new submission (fileDropped). GUI thread only.
class OnboardingTrendView : public QWidget
{
    Q_OBJECT

public:
    explicit OnboardingTrendView(QWidget *parent = nullptr);

    void setSubmissions(const QList<OnboardingSubmission> &submissions);
    // The report of the selected submission (GET …/submissions/{id}): verdict reason and counts.
    void showReport(const OnboardingSubmission &submission, const QJsonObject &report);
    void setDropEnabled(bool enabled);
    // Selects that submission now, or once a list holding it arrives.
    void selectSubmission(qint64 submissionId);
    QTableView *table() const { return m_table; }
    QPushButton *openInCheckerButton() const { return m_openInChecker; }
    QString detailText() const;
    int chartPointCount() const { return m_points; }

Q_SIGNALS:
    void submissionSelected(qint64 submissionId);
    void openInCheckerRequested(qint64 submissionId, const QString &fileName);
    void fileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    const OnboardingSubmission *selected() const;
    void onSelectionChanged();
    void rebuildChart(const QList<OnboardingSubmission> &submissions);

    OnboardingSubmissionsModel *m_model;
    QTableView *m_table;
    QChartView *m_chart;
    QLabel *m_empty;
    QLabel *m_detail;
    QPushButton *m_openInChecker;
    bool m_dropEnabled = false;
    qint64 m_pendingSelect = 0;
    int m_points = 0;
};

} // namespace izdesk
