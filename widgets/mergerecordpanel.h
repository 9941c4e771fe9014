#pragma once

#include <duplicaterecords.h>

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace izdesk {

// The merge record under the compare view: what a merge did (patient kept and retired,
// events moved and hidden) with "Undo merge", and after an undo what was placed and the
// conflicts that could not be. Hidden until there is a record. Display only; GUI thread only.
class MergeRecordPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit MergeRecordPanel(QWidget *parent = nullptr);

    void showMerged(const MergeRecord &record);
    void showUnmerged(const MergeRecord &record);
    void clear();
    void setUndoEnabled(bool enabled);
    QPushButton *undoButton() const { return m_undoButton; }

Q_SIGNALS:
    void undoRequested();

private:
    QLabel *m_text;
    QPushButton *m_undoButton;
    QListWidget *m_entries;
};

} // namespace izdesk
