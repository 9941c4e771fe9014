#pragma once

#include <duplicaterecords.h>
#include <mergerules.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace izdesk {

class MergeFieldGrid;
class MergeRecordPanel;
class ScoreWaterfall;

// Compare and merge one candidate pair: the vetoes (prominent), the fields side by side with
// their agreement and the survivor choices (prefilled with MergeRules' defaults), the score
// waterfall, and the server's preview of the merged patient and of the vaccination-event
// de-duplication, asked again whenever a choice changes. Merge needs a reason, and on a
// vetoed pair a supervisor. After a merge the record is shown with "Undo merge", and after
// an undo its conflicts. Nothing typed here is cleared by a failed request. Turns clicks into
// requests; the server decides. GUI thread only.
class DuplicateCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicateCompareView(QWidget *parent = nullptr);

    // The pair and both patients; the older record (low id) is the target to begin with.
    void setPair(const DuplicatePair &pair, const PatientRecord &low, const PatientRecord &high);
    void setSupervisor(bool supervisor);
    void setPreview(const MergePreview &preview);
    void showPreviewLoading();
    void showMerged(const MergeRecord &record);
    void showUnmerged(const MergeRecord &record);
    void showDecided(const DuplicatePair &pair);
    // A refusal or a result for the user; an error also ends the "busy" state.
    void showMessage(const QString &message, bool error = false);
    void clear();

    qint64 pairId() const { return m_pair.id; }
    qint64 targetId() const { return m_target.id; }
    qint64 sourceId() const { return m_source.id; }
    FieldChoices choices() const;
    MergeFieldGrid *fields() const { return m_fields; }
    QString mergeBlockedText() const;

Q_SIGNALS:
    void previewRequested(qint64 targetId, qint64 sourceId, const izdesk::FieldChoices &choices, bool immediately);
    void mergeRequested(qint64 targetId, qint64 sourceId, const izdesk::FieldChoices &choices, const QString &reason);
    void unmergeRequested(qint64 mergeId);
    void notDuplicateRequested(qint64 pairId, const QString &reason);

private:
    void setUpWidgets();
    QSplitter *buildPanes();
    void connectSignals();
    void updateSummary();
    void fillPatients(const FieldChoices &choices);
    void requestPreview(bool immediately);
    void swapSides();
    void askNotDuplicate();
    void updateState();

    DuplicatePair m_pair;
    PatientRecord m_target;
    PatientRecord m_source;
    MergePreview m_preview;
    MergeRecord m_record;
    bool m_supervisor = false;
    bool m_busy = false;

    QLabel *m_summary;
    QLabel *m_vetoBanner;
    QLabel *m_legend;
    MergeFieldGrid *m_fields;
    ScoreWaterfall *m_waterfall;
    QTreeWidget *m_events;
    QLabel *m_previewState;
    QPushButton *m_swapButton;
    QPushButton *m_notDuplicateButton;
    QLineEdit *m_reasonEdit;
    QPushButton *m_mergeButton;
    QLabel *m_blocked;
    MergeRecordPanel *m_recordPanel;
    QLabel *m_message;
};

} // namespace izdesk
