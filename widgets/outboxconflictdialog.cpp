#include "outboxconflictdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

OutboxConflictDialog::OutboxConflictDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_reason(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_applyButton(new QPushButton(tr("&Apply mine on theirs"), this))
    , m_discardButton(new QPushButton(tr("&Discard mine"), this))
{
    setObjectName(QStringLiteral("outboxConflictDialog"));
    setWindowTitle(tr("Conflicts"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Refused changes"));
    m_reason->setObjectName(QStringLiteral("conflictReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setAccessibleName(tr("Field differences"));
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->setWordWrap(true);
    m_fields->setHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs (on the server now)")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_applyButton->setObjectName(QStringLiteral("applyMineButton"));
    m_applyButton->setAccessibleName(tr("Apply my change on top of theirs"));
    m_discardButton->setObjectName(QStringLiteral("discardMineButton"));
    m_discardButton->setAccessibleName(tr("Discard my change"));

    auto *intro = new QLabel(tr("These changes were saved on this computer but the server refused them when they "
                                "were sent. Choose for each one."), this);
    intro->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_reason);
    rightLayout->addWidget(m_fields, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_discardButton);
    actions->addWidget(m_applyButton);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 560});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &OutboxConflictDialog::showCurrent);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (const qint64 seq = currentSeq())
            Q_EMIT applyMineRequested(seq);
    });
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        if (const qint64 seq = currentSeq())
            Q_EMIT discardMineRequested(seq);
    });
    resize(820, 420);
    showCurrent();
}

void OutboxConflictDialog::setConflicts(const QList<ConflictItem> &conflicts)
{
    const qint64 previous = currentSeq();
    m_conflicts = conflicts;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < conflicts.size(); ++i) {
        m_list->addItem(conflicts.at(i).summary);
        if (conflicts.at(i).seq == previous)
            select = i;
    }
    if (!conflicts.isEmpty())
        m_list->setCurrentRow(select);
    showCurrent();
}

int OutboxConflictDialog::conflictCount() const
{
    return int(m_conflicts.size());
}

qint64 OutboxConflictDialog::currentSeq() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? m_conflicts.at(row).seq : 0;
}

void OutboxConflictDialog::showCurrent()
{
    m_fields->clear();
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_conflicts.size();
    m_applyButton->setEnabled(has);
    m_discardButton->setEnabled(has);
    if (!has) {
        m_reason->setText(m_conflicts.isEmpty() ? tr("No conflicts: every change reached the server.") : QString());
        return;
    }
    const ConflictItem &c = m_conflicts.at(row);
    m_reason->setText(c.reason);
    for (const ConflictItem::Field &f : c.fields) {
        auto *item = new QTreeWidgetItem(m_fields, {f.field, f.mine, f.theirs});
        if (!f.error.isEmpty()) {
            item->setToolTip(1, f.error);
            item->setText(1, tr("%1 — %2").arg(f.mine, f.error));
            item->setForeground(1, QColor(0xb3, 0x26, 0x1e));
        }
        if (f.mine != f.theirs) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
}

} // namespace izdesk
