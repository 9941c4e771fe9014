#include "mergerecordpanel.h"

#include "accountdisplay.h"
#include "duplicatedisplay.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace izdesk {

MergeRecordPanel::MergeRecordPanel(QWidget *parent)
    : QGroupBox(tr("Merge record"), parent)
    , m_text(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo merge"), this))
    , m_entries(new QListWidget(this))
{
    setObjectName(QStringLiteral("mergeRecordBox"));
    AccountDisplay::name(m_text, "mergeRecordText", tr("Merge record"));
    AccountDisplay::name(m_undoButton, "undoMergeButton", tr("Undo this merge"));
    AccountDisplay::name(m_entries, "unmergeConflicts", tr("What the undo placed and could not place"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entries->setMaximumHeight(90);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_text, 0, 0);
    layout->addWidget(m_undoButton, 0, 1, Qt::AlignTop);
    layout->addWidget(m_entries, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_undoButton, &QPushButton::clicked, this, &MergeRecordPanel::undoRequested);
    hide();
}

void MergeRecordPanel::showMerged(const MergeRecord &record)
{
    m_text->setText(tr("Merge %1: patient %2 kept, patient %3 retired. Events moved: %4, hidden as "
                       "duplicates: %5.")
                        .arg(record.id)
                        .arg(record.targetId)
                        .arg(record.sourceId)
                        .arg(record.movedEvents)
                        .arg(record.hiddenEvents.size()));
    m_entries->clear();
    m_entries->hide();
    show();
}

void MergeRecordPanel::showUnmerged(const MergeRecord &record)
{
    m_text->setText(tr("Merge %1 undone: patients %2 and %3 are separate again.")
                        .arg(record.id)
                        .arg(record.targetId)
                        .arg(record.sourceId));
    m_entries->clear();
    for (const QJsonObject &c : record.conflicts)
        m_entries->addItem(tr("⚠ Conflict: %1").arg(DuplicateDisplay::unmergeEntryText(c)));
    for (const QJsonObject &p : record.placed)
        m_entries->addItem(DuplicateDisplay::unmergeEntryText(p));
    if (m_entries->count() == 0)
        m_entries->addItem(tr("No conflicts: everything went back exactly."));
    m_entries->show();
    show();
}

void MergeRecordPanel::clear()
{
    m_text->clear();
    m_entries->clear();
    hide();
}

void MergeRecordPanel::setUndoEnabled(bool enabled)
{
    m_undoButton->setEnabled(enabled);
}

} // namespace izdesk
