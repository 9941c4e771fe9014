#include "staffboardview.h"

#include "catalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem *count(int n)
{
    auto *item = cell(QString::number(n), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, n);
    return item;
}

} // namespace

StaffBoardView::StaffBoardView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Refres&h board"), this))
{
    setObjectName(QStringLiteral("staffBoardView"));
    m_table->setObjectName(QStringLiteral("staffBoardTable"));
    m_table->setAccessibleName(tr("Desk board"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Specialist"), tr("Presence"), tr("On shift"), tr("Open"), tr("New"),
                                        tr("Working"), tr("Pending"), tr("Skills")});
    for (int c : {int(OpenColumn), int(NewColumn), int(WorkingColumn), int(PendingColumn)})
        m_table->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(WorkingColumn)->setToolTip(tr("Open and pending internal"));
    m_table->horizontalHeaderItem(PendingColumn)->setToolTip(tr("Pending caller"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SkillsColumn, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("staffBoardSummary"));
    m_summary->setAccessibleName(tr("Desk summary"));
    m_refreshButton->setObjectName(QStringLiteral("staffBoardRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the desk board"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &StaffBoardView::refreshRequested);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ShiftColumn)
            return;
        const bool on = item->checkState() == Qt::Checked;
        const QString username = m_table->item(item->row(), NameColumn)->data(Qt::UserRole).toString();
        // Show the stored state until the server answers.
        const QSignalBlocker blocker(m_table);
        item->setCheckState(on ? Qt::Unchecked : Qt::Checked);
        Q_EMIT onShiftChangeRequested(username, on);
    });
    setBoard({});
}

void StaffBoardView::setEditable(bool editable)
{
    m_editable = editable;
    const bool wasFilling = std::exchange(m_filling, true); // flag changes are not user edits
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *shift = m_table->item(row, ShiftColumn);
        shift->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable)
                                 : (Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    m_filling = wasFilling;
}

void StaffBoardView::setBoard(const QList<StaffBoardRow> &rows)
{
    m_filling = true;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows.size()));
    int online = 0;
    int onShift = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const StaffBoardRow &s = rows.at(r);
        auto *name = cell(s.displayName.isEmpty() ? s.username : tr("%1 (%2)").arg(s.displayName, s.username));
        name->setData(Qt::UserRole, s.username);
        m_table->setItem(r, NameColumn, name);
        // A dot and a word: presence never rests on colour alone.
        const bool isOnline = s.presence == QLatin1String("online");
        const bool isAway = s.presence == QLatin1String("away");
        auto *presence = cell(isOnline ? tr("● Online") : isAway ? tr("◐ Away") : tr("○ Offline"));
        presence->setForeground(isOnline ? QColor(0x1e, 0x7d, 0x32) : isAway ? QColor(0xb2, 0x5e, 0x00)
                                                                             : palette().color(QPalette::PlaceholderText));
        m_table->setItem(r, PresenceColumn, presence);
        auto *shift = cell(s.onShift ? tr("On shift") : tr("Off"));
        shift->setCheckState(s.onShift ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, ShiftColumn, shift);
        m_table->setItem(r, OpenColumn, count(s.openTickets));
        m_table->setItem(r, NewColumn, count(s.byStatus.value(QStringLiteral("new"))));
        m_table->setItem(r, WorkingColumn, count(s.byStatus.value(QStringLiteral("open"))
                                                 + s.byStatus.value(QStringLiteral("pending_internal"))));
        m_table->setItem(r, PendingColumn, count(s.byStatus.value(QStringLiteral("pending_caller"))));
        QStringList skills;
        for (const QString &key : s.skills)
            skills << Catalog::label(Catalog::ticketCategories(), key);
        auto *skillItem = cell(skills.isEmpty() ? tr("All categories") : skills.join(tr(", ")));
        skillItem->setToolTip(skillItem->text());
        m_table->setItem(r, SkillsColumn, skillItem);
        online += isOnline ? 1 : 0;
        onShift += s.onShift ? 1 : 0;
    }
    m_table->setSortingEnabled(true);
    m_summary->setText(tr("%1 on shift · %2 online · %3 staff").arg(onShift).arg(online).arg(rows.size()));
    m_filling = false;
    setEditable(m_editable);
}

} // namespace izdesk
