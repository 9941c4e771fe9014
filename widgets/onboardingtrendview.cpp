#include "onboardingtrendview.h"

#include <onboardingproject.h>

#include <QChart>
#include <QChartView>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace izdesk {

OnboardingTrendView::OnboardingTrendView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OnboardingSubmissionsModel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_empty(new QLabel(tr("No test submission has been received yet."), this))
    , m_detail(new QLabel(this))
    , m_openInChecker(new QPushButton(tr("Open in &checker"), this))
{
    setObjectName(QStringLiteral("onboardingTrend"));
    m_table->setObjectName(QStringLiteral("onboardingSubmissions"));
    m_table->setAccessibleName(tr("Test submissions, oldest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection); // the detail below is the selected row's
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OnboardingSubmissionsModel::FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_chart->setObjectName(QStringLiteral("onboardingTrendChart"));
    m_chart->setAccessibleName(tr("Share of messages with errors and with warnings per batch"));
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(260);
    m_chart->setMaximumWidth(380);
    m_empty->setObjectName(QStringLiteral("onboardingTrendEmpty"));
    m_empty->setAccessibleName(m_empty->text());
    m_detail->setObjectName(QStringLiteral("onboardingSubmissionDetail"));
    m_detail->setAccessibleName(tr("Selected submission's verdict"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openInChecker->setObjectName(QStringLiteral("onboardingOpenInChecker"));
    m_openInChecker->setAccessibleName(tr("Open the selected submission in the HL7 checker"));
    m_openInChecker->setEnabled(false);
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_openInChecker, 0, Qt::AlignTop);
    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_empty);
    left->addLayout(detailRow);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(m_chart);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OnboardingTrendView::onSelectionChanged);
    connect(m_openInChecker, &QPushButton::clicked, this, [this] {
        if (const OnboardingSubmission *s = selected())
            Q_EMIT openInCheckerRequested(s->id, s->filename);
    });
    setSubmissions({});
}

const OnboardingSubmission *OnboardingTrendView::selected() const
{
    const int row = m_table->currentIndex().row();
    const QList<OnboardingSubmission> &rows = m_model->submissions();
    return row >= 0 && row < rows.size() ? &rows.at(row) : nullptr;
}

void OnboardingTrendView::onSelectionChanged()
{
    const OnboardingSubmission *s = selected();
    m_openInChecker->setEnabled(s && s->contentAvailable);
    if (!s) {
        m_detail->clear();
        return;
    }
    m_detail->setText(tr("%1: loading its report…").arg(s->filename));
    Q_EMIT submissionSelected(s->id);
}

void OnboardingTrendView::showReport(const OnboardingSubmission &submission, const QJsonObject &report)
{
    const OnboardingSubmission *s = selected();
    if (!s || s->id != submission.id)
        return; // another row was chosen meanwhile
    const QJsonObject verdict = report.value(QStringLiteral("verdict")).toObject();
    const QString reason = verdict.value(QStringLiteral("reason")).toString();
    const QString judged = submission.passed ? tr("passed") : tr("did not pass: %1").arg(reason);
    m_detail->setText(tr("%1 %2. %3 message(s), %4 with errors, %5 with warnings; score %6.")
                          .arg(submission.filename, judged)
                          .arg(submission.messages)
                          .arg(submission.errorMessages)
                          .arg(submission.warningMessages)
                          .arg(submission.score));
    m_detail->setStyleSheet(submission.passed ? QString() : QStringLiteral("color: #9b1c1c;"));
}

void OnboardingTrendView::selectSubmission(qint64 submissionId)
{
    const QList<OnboardingSubmission> &rows = m_model->submissions();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id == submissionId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    m_pendingSelect = submissionId;
}

QString OnboardingTrendView::detailText() const
{
    return m_detail->text();
}

void OnboardingTrendView::setDropEnabled(bool enabled)
{
    m_dropEnabled = enabled;
    setAcceptDrops(enabled);
}

void OnboardingTrendView::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_dropEnabled && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void OnboardingTrendView::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_dropEnabled || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    Q_EMIT fileDropped(urls.first().toLocalFile());
}

void OnboardingTrendView::setSubmissions(const QList<OnboardingSubmission> &submissions)
{
    const qint64 keep = m_pendingSelect ? m_pendingSelect : (selected() ? selected()->id : 0);
    m_model->setSubmissions(submissions);
    m_empty->setVisible(submissions.isEmpty());
    m_chart->setVisible(!submissions.isEmpty());
    m_detail->clear();
    m_openInChecker->setEnabled(false);
    for (int row = 0; keep && row < submissions.size(); ++row) {
        if (submissions.at(row).id == keep) {
            m_pendingSelect = 0;
            m_table->setCurrentIndex(m_model->index(row, 0));
        }
    }
    rebuildChart(submissions);
}

void OnboardingTrendView::rebuildChart(const QList<OnboardingSubmission> &submissions)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *errors = new QLineSeries(chart);
    errors->setName(tr("Errors %"));
    auto *warnings = new QLineSeries(chart);
    warnings->setName(tr("Warnings %"));
    for (int i = 0; i < submissions.size(); ++i) {
        const OnboardingSubmission &s = submissions.at(i);
        const double total = qMax(1, s.messages);
        errors->append(i + 1, 100.0 * s.errorMessages / total);
        warnings->append(i + 1, 100.0 * s.warningMessages / total);
    }
    errors->setPointsVisible(true);
    warnings->setPointsVisible(true);
    chart->addSeries(errors);
    chart->addSeries(warnings);
    auto *x = new QValueAxis(chart);
    x->setTitleText(tr("Batch"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(1, qMax(2, int(submissions.size())));
    x->setTickCount(qMin(6, qMax(2, int(submissions.size()))));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {errors, warnings}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_points = int(submissions.size());
}

} // namespace izdesk
