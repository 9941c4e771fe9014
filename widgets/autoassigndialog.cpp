#include "autoassigndialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QString &accessible, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < headers.size() - 1; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    return table;
}

void fill(QTableWidget *table, const QList<AssignmentRow> &rows, bool withAssignee)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AssignmentRow &row = rows.at(r);
        QStringList cells{row.ticketNumber, row.subject};
        if (withAssignee)
            cells << row.assignee;
        cells << row.reason;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            table->setItem(r, c, item);
        }
    }
}

} // namespace

AutoAssignDialog::AutoAssignDialog(QWidget *parent)
    : QDialog(parent)
    , m_strategyCombo(new QComboBox(this))
    , m_selectedOnly(new QCheckBox(tr("Only the &selected tickets"), this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_status(new QLabel(this))
    , m_applyButton(new QPushButton(tr("&Apply plan"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("autoAssignDialog"));
    setWindowTitle(tr("Auto-assign tickets"));
    m_strategyCombo->setObjectName(QStringLiteral("strategyCombo"));
    m_strategyCombo->setAccessibleName(tr("Strategy"));
    m_strategyCombo->addItem(tr("Least loaded first"), QStringLiteral("least_loaded"));
    m_strategyCombo->addItem(tr("Round robin"), QStringLiteral("round_robin"));
    m_selectedOnly->setObjectName(QStringLiteral("selectedOnlyCheck"));
    m_selectedOnly->setAccessibleName(tr("Only the selected tickets"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setAccessibleName(tr("Preview the assignment"));
    m_applyButton->setObjectName(QStringLiteral("applyPlanButton"));
    m_applyButton->setAccessibleName(tr("Apply the previewed plan"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_status->setObjectName(QStringLiteral("assignStatus"));
    m_status->setWordWrap(true);
    m_planTable = makeTable(this, QStringLiteral("planTable"), tr("Planned assignments"),
                            {tr("Ticket"), tr("Subject"), tr("Assignee"), tr("Reason")});
    m_skippedTable = makeTable(this, QStringLiteral("skippedTable"), tr("Skipped tickets"),
                               {tr("Ticket"), tr("Subject"), tr("Why skipped")});

    auto *strategyLabel = new QLabel(tr("S&trategy:"), this);
    strategyLabel->setBuddy(m_strategyCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(strategyLabel);
    top->addWidget(m_strategyCombo);
    top->addSpacing(12);
    top->addWidget(m_selectedOnly);
    top->addStretch();
    top->addWidget(m_previewButton);

    auto *planLabel = new QLabel(tr("Plan (only specialists on shift whose skills cover the category)"), this);
    auto *skippedLabel = new QLabel(tr("Skipped"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_applyButton);
    bottom->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(planLabel);
    layout->addWidget(m_planTable, 3);
    layout->addWidget(skippedLabel);
    layout->addWidget(m_skippedTable, 1);
    layout->addLayout(bottom);

    connect(m_previewButton, &QPushButton::clicked, this, &AutoAssignDialog::requestPreview);
    connect(m_strategyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_hasPlan = false; // a plan belongs to the strategy it was made with
        setBusy(false);
    });
    connect(m_selectedOnly, &QCheckBox::toggled, this, [this] {
        m_hasPlan = false;
        setBusy(false);
    });
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_status->setText(tr("Applying…"));
        Q_EMIT applyRequested();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 480);
}

QString AutoAssignDialog::strategy() const
{
    return m_strategyCombo->currentData().toString();
}

void AutoAssignDialog::start(const QList<qint64> &selectedIds)
{
    m_selected = selectedIds;
    m_selectedOnly->setChecked(selectedIds.size() > 1);
    m_selectedOnly->setEnabled(!selectedIds.isEmpty());
    m_selectedOnly->setText(selectedIds.isEmpty() ? tr("Only the &selected tickets")
                                                  : tr("Only the &selected tickets (%1)").arg(selectedIds.size()));
    m_planTable->setRowCount(0);
    m_skippedTable->setRowCount(0);
    m_hasPlan = false;
    m_status->setText(tr("Preview first: nothing is assigned until you apply the plan."));
    setBusy(false);
}

void AutoAssignDialog::requestPreview()
{
    setBusy(true);
    m_status->setText(tr("Working out a plan…"));
    Q_EMIT previewRequested(strategy(), m_selectedOnly->isChecked() ? m_selected : QList<qint64>{});
}

void AutoAssignDialog::setPreview(const QList<AssignmentRow> &plan, const QList<AssignmentRow> &skipped)
{
    fill(m_planTable, plan, true);
    fill(m_skippedTable, skipped, false);
    m_hasPlan = !plan.isEmpty();
    m_status->setText(plan.isEmpty() ? tr("Nothing to assign.")
                                     : tr("%1 to assign, %2 skipped. Apply assigns exactly these.")
                                           .arg(plan.size()).arg(skipped.size()));
    setBusy(false);
}

void AutoAssignDialog::showStale(const QString &message)
{
    m_hasPlan = false;
    m_status->setText(tr("The queue changed since the preview (%1). Preview again.").arg(message));
    setBusy(false);
}

void AutoAssignDialog::showFailed(const QString &message)
{
    m_status->setText(message);
    setBusy(false);
}

void AutoAssignDialog::confirmApplied(int count)
{
    m_hasPlan = false;
    m_status->setText(tr("%1 tickets assigned.").arg(count));
    setBusy(false);
}

void AutoAssignDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && m_hasPlan);
    m_strategyCombo->setEnabled(!busy);
}

} // namespace izdesk
