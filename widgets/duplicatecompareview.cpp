#include "duplicatecompareview.h"

#include "accountdisplay.h"
#include "duplicatedisplay.h"
#include "mergefieldgrid.h"
#include "mergerecordpanel.h"
#include "scorewaterfall.h"

#include <patientresultmodel.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}
} // namespace

DuplicateCompareView::DuplicateCompareView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_vetoBanner(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_fields(new MergeFieldGrid(this))
    , m_waterfall(new ScoreWaterfall(this))
    , m_events(AccountDisplay::makeList(
          this, QStringLiteral("previewEvents"), tr("Vaccination events after the merge (preview)"),
          {tr("From"), tr("Event"), tr("CVX"), tr("Date"), tr("Type"), tr("Lot"), tr("In the merged record")}))
    , m_previewState(new QLabel(this))
    , m_swapButton(new QPushButton(tr("S&wap target and source"), this))
    , m_notDuplicateButton(new QPushButton(tr("&Not a duplicate…"), this))
    , m_reasonEdit(new QLineEdit(this))
    , m_mergeButton(new QPushButton(tr("&Merge"), this))
    , m_blocked(new QLabel(this))
    , m_recordPanel(new MergeRecordPanel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("duplicateCompareView"));
    setWindowTitle(tr("Compare and merge"));
    setUpWidgets();
    QSplitter *splitter = buildPanes();

    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonEdit);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_swapButton);
    actions->addWidget(m_notDuplicateButton);
    actions->addSpacing(16);
    actions->addWidget(reasonLabel);
    actions->addWidget(m_reasonEdit, 1);
    actions->addWidget(m_mergeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_vetoBanner);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_blocked);
    layout->addWidget(m_recordPanel);
    layout->addWidget(m_message);
    setTabOrder(m_reasonEdit, m_mergeButton);

    connectSignals();
    resize(1280, 880);
    updateState();
}

void DuplicateCompareView::setUpWidgets()
{
    AccountDisplay::name(m_summary, "pairSummary", tr("Pair summary"));
    AccountDisplay::name(m_vetoBanner, "vetoBanner", tr("Hard vetoes"));
    AccountDisplay::name(m_legend, "agreementLegend", tr("Agreement legend"));
    AccountDisplay::name(m_previewState, "previewState", tr("Preview status"));
    AccountDisplay::name(m_swapButton, "swapButton", tr("Swap target and source"));
    AccountDisplay::name(m_notDuplicateButton, "notDuplicateButton",
                         tr("Record that these are two different patients"));
    AccountDisplay::name(m_reasonEdit, "mergeReasonEdit", tr("Reason for the merge (required)"));
    AccountDisplay::name(m_mergeButton, "mergeButton", tr("Merge the source into the target"));
    AccountDisplay::name(m_blocked, "mergeBlocked", tr("Why Merge is not available"));
    AccountDisplay::name(m_message, "compareMessage", tr("Compare status"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    m_vetoBanner->setWordWrap(true);
    m_vetoBanner->setTextFormat(Qt::PlainText);
    m_vetoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e3; color: #7a0000; border: 2px solid "
                                               "#c62828; padding: 6px; font-weight: bold; }"));
    m_vetoBanner->hide();
    QStringList legend;
    for (FieldAgreement a :
         {FieldAgreement::Exact, FieldAgreement::Close, FieldAgreement::Disagree, FieldAgreement::Missing}) {
        legend << QStringLiteral("<span style=\"background:%1;color:black\">&nbsp;%2&nbsp;</span>")
                      .arg(DuplicateDisplay::agreementColor(a).name(),
                           DuplicateDisplay::agreementText(a).toHtmlEscaped());
    }
    m_legend->setText(tr("Legend: %1").arg(legend.join(QStringLiteral(" "))));
    m_legend->setTextFormat(Qt::RichText);
    m_reasonEdit->setPlaceholderText(tr("Why these records are the same patient"));
    m_reasonEdit->setMaxLength(2000);
    m_reasonEdit->setClearButtonEnabled(true);
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::PlainText);
    m_previewState->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
}

// The fields side by side above the score waterfall and the immunizations after the merge.
QSplitter *DuplicateCompareView::buildPanes()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fieldsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_fields);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *fieldsBox = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_legend);
    fieldsLayout->addWidget(scroll, 1);
    auto *eventsBox = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_events, 1);
    eventsLayout->addWidget(m_previewState);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(group(tr("Score waterfall"), m_waterfall, this));
    lower->addWidget(group(tr("Immunizations after the merge (preview)"), eventsBox, this));
    lower->setObjectName(QStringLiteral("scoreEventsSplitter"));
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setSizes({480, 800}); // the events' "why hidden" column needs the room
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(group(tr("Fields side by side"), fieldsBox, this));
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void DuplicateCompareView::connectSignals()
{
    connect(m_fields, &MergeFieldGrid::choicesChanged, this, [this] { requestPreview(false); });
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &DuplicateCompareView::updateState);
    connect(m_swapButton, &QPushButton::clicked, this, &DuplicateCompareView::swapSides);
    connect(m_notDuplicateButton, &QPushButton::clicked, this, &DuplicateCompareView::askNotDuplicate);
    auto merge = [this] {
        if (!m_mergeButton->isEnabled())
            return;
        m_busy = true;
        showMessage(tr("Merging…"));
        Q_EMIT mergeRequested(m_target.id, m_source.id, choices(), m_reasonEdit->text().trimmed());
        updateState();
    };
    connect(m_mergeButton, &QPushButton::clicked, this, merge);
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, merge);
    connect(m_recordPanel, &MergeRecordPanel::undoRequested, this, [this] {
        if (!m_record.isValid())
            return;
        m_busy = true;
        showMessage(tr("Undoing the merge…"));
        Q_EMIT unmergeRequested(m_record.id);
        updateState();
    });
}

void DuplicateCompareView::setPair(const DuplicatePair &pair, const PatientRecord &low, const PatientRecord &high)
{
    const bool samePair = pair.id == m_pair.id;
    m_pair = pair;
    m_target = low;
    m_source = high;
    m_record = {};
    m_busy = false;
    if (!samePair)
        m_reasonEdit->clear(); // another pair: the reason typed for the last one does not apply
    updateSummary();
    m_vetoBanner->setVisible(!pair.vetoes.isEmpty());
    m_vetoBanner->setText(tr("⚠ Hard vetoes: %1. These may be two different children; only a supervisor may merge "
                             "them.")
                              .arg(DuplicateDisplay::vetoesText(pair.vetoes)));
    m_waterfall->setContributions(pair.contributions, pair.score, pair.grade);
    m_recordPanel->clear();
    fillPatients(MergeRules::defaultChoices(m_target, m_source));
    showMessage(QString());
    requestPreview(true);
    m_fields->firstFocus()->setFocus();
}

void DuplicateCompareView::updateSummary()
{
    if (!m_pair.isValid()) {
        m_summary->clear();
        return;
    }
    m_summary->setText(
        tr("Pair %1 · %2 · score %3 · %4%5")
            .arg(m_pair.id)
            .arg(DuplicateDisplay::gradeText(m_pair.grade), QString::number(m_pair.score, 'f', 2),
                 DuplicateDisplay::statusText(m_pair.status),
                 m_pair.badges.isEmpty() ? QString() : QStringLiteral(" · ") + DuplicateDisplay::badgesText(m_pair)));
}

void DuplicateCompareView::fillPatients(const FieldChoices &choices)
{
    m_fields->setRecords(m_target, m_source, m_pair.contributions, choices);
    m_preview = {};
    m_events->clear();
    setWindowTitle(tr("Compare and merge — patient %1 (target) and %2 (source)").arg(m_target.id).arg(m_source.id));
}

void DuplicateCompareView::setSupervisor(bool supervisor)
{
    m_supervisor = supervisor;
    updateState();
}

FieldChoices DuplicateCompareView::choices() const
{
    return m_fields->choices();
}

void DuplicateCompareView::requestPreview(bool immediately)
{
    if (!m_target.isValid() || !m_pair.isOpen())
        return; // a merged or decided pair has nothing left to preview
    const QString invalid = m_fields->invalidText();
    if (!invalid.isEmpty()) {
        m_previewState->setText(invalid);
        updateState();
        return;
    }
    Q_EMIT previewRequested(m_target.id, m_source.id, choices(), immediately);
    showPreviewLoading();
}

void DuplicateCompareView::showPreviewLoading()
{
    m_preview = {};
    m_fields->clearPreview();
    m_previewState->setText(tr("Updating the preview…"));
    updateState();
}

void DuplicateCompareView::setPreview(const MergePreview &preview)
{
    if (preview.targetId != m_target.id || preview.sourceId != m_source.id)
        return; // an answer for the sides before a swap
    m_preview = preview;
    m_fields->setPreview(preview);
    m_events->setSortingEnabled(false);
    m_events->clear();
    QHash<qint64, HiddenEvent> hidden;
    for (const HiddenEvent &h : preview.hiddenEvents)
        hidden.insert(h.id, h);
    int hiddenCount = 0;
    for (const MergeEvent &e : preview.events) {
        auto *item = new QTreeWidgetItem(m_events);
        item->setText(0, e.from == QLatin1String("source") ? tr("Source") : tr("Target"));
        item->setData(1, Qt::DisplayRole, e.id);
        item->setText(2, e.cvx);
        item->setData(3, Qt::DisplayRole, e.administeredDate);
        item->setText(4, e.recordType == QLatin1String("historical") ? tr("Historical") : tr("Administered"));
        item->setText(5, e.lot);
        if (hidden.contains(e.id)) {
            const HiddenEvent h = hidden.value(e.id);
            item->setText(6, tr("✕ Hidden: duplicate of event %1 (%2)")
                                 .arg(h.keptId)
                                 .arg(DuplicateDisplay::hiddenReasonText(h.reason)));
            item->setToolTip(6, item->text(6));
            item->setForeground(6, QColor(0xa0, 0x10, 0x10));
            ++hiddenCount;
        } else if (e.hidden) {
            item->setText(6, tr("Already hidden"));
        } else {
            item->setText(6, tr("✓ Kept"));
        }
    }
    m_events->setSortingEnabled(true);
    m_events->sortByColumn(3, Qt::AscendingOrder);
    m_events->header()->resizeSections(QHeaderView::ResizeToContents);
    m_previewState->setText(tr("Preview — vaccination events after the merge: %1, hidden as duplicates: %2.")
                                .arg(preview.events.size())
                                .arg(hiddenCount));
    updateState();
}

void DuplicateCompareView::swapSides()
{
    if (!m_target.isValid())
        return;
    const FieldChoices current = choices();
    std::swap(m_target, m_source);
    fillPatients(MergeRules::swapped(current)); // the same values survive, named the other way round
    showMessage(
        tr("Patient %1 is now the target (kept) and %2 the source (retired).").arg(m_target.id).arg(m_source.id));
    requestPreview(true);
}

void DuplicateCompareView::askNotDuplicate()
{
    if (!m_pair.isValid())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("notDuplicateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Not a duplicate"));
    dialog->setLabelText(tr("Why are these two different patients? (kept with the decision)"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("&Record decision"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            showMessage(tr("A reason is needed to record that these are different patients."), true);
            return;
        }
        m_busy = true;
        showMessage(tr("Recording the decision…"));
        Q_EMIT notDuplicateRequested(m_pair.id, text.trimmed());
        updateState();
    });
    dialog->open();
}

void DuplicateCompareView::showMerged(const MergeRecord &record)
{
    m_record = record;
    m_busy = false;
    m_pair.status = QStringLiteral("merged");
    updateSummary();
    m_recordPanel->showMerged(record);
    showMessage(tr("Merged. Use Undo merge if this was a mistake."));
    m_recordPanel->undoButton()->setFocus();
}

void DuplicateCompareView::showUnmerged(const MergeRecord &record)
{
    m_record = record;
    m_busy = false;
    m_pair.status = QStringLiteral("open");
    updateSummary();
    m_recordPanel->showUnmerged(record);
    showMessage(record.conflicts.isEmpty()
                    ? tr("Merge undone.")
                    : tr("Merge undone with conflicts (%1); see the list.").arg(record.conflicts.size()));
}

void DuplicateCompareView::showDecided(const DuplicatePair &pair)
{
    m_pair.status = pair.status;
    updateSummary();
    m_busy = false;
    showMessage(tr("Recorded: not a duplicate. The pair will not be suggested again."));
}

void DuplicateCompareView::showMessage(const QString &message, bool error)
{
    if (error)
        m_busy = false; // the request is over; what was typed stays for another try
    AccountDisplay::showStatus(m_message, message, error);
    updateState();
}

void DuplicateCompareView::clear()
{
    m_pair = {};
    m_target = {};
    m_source = {};
    m_preview = {};
    m_record = {};
    m_busy = false;
    m_reasonEdit->clear();
    updateSummary();
    m_vetoBanner->hide();
    m_waterfall->clear();
    m_fields->setRecords({}, {}, {}, {});
    m_events->clear();
    m_previewState->clear();
    m_recordPanel->clear();
    showMessage(QString());
}

QString DuplicateCompareView::mergeBlockedText() const
{
    if (!m_target.isValid())
        return tr("Open a pair to compare.");
    if (m_record.isValid() && m_record.status == QLatin1String("merged"))
        return tr("Already merged.");
    if (!m_pair.isOpen())
        return tr("This pair is %1; only open pairs are merged here.").arg(DuplicateDisplay::statusText(m_pair.status));
    const bool vetoed = m_preview.isValid() ? m_preview.requiresSupervisor : !m_pair.vetoes.isEmpty();
    if (vetoed && !m_supervisor)
        return tr("This pair has hard vetoes: the merge needs a supervisor.");
    const QString invalid = m_fields->invalidText();
    if (!invalid.isEmpty())
        return invalid;
    if (!m_preview.isValid())
        return tr("Waiting for the preview of the merged patient.");
    if (m_reasonEdit->text().trimmed().isEmpty())
        return tr("Type a reason to enable Merge.");
    return {};
}

void DuplicateCompareView::updateState()
{
    const QString blocked = mergeBlockedText();
    const bool loaded = m_target.isValid();
    m_mergeButton->setEnabled(blocked.isEmpty() && !m_busy);
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    m_swapButton->setEnabled(loaded && !m_busy && m_pair.isOpen());
    m_notDuplicateButton->setEnabled(loaded && !m_busy && m_pair.isOpen());
    m_reasonEdit->setEnabled(loaded && m_pair.isOpen());
    m_fields->setEnabled(loaded && m_pair.isOpen() && !m_busy);
    m_recordPanel->setUndoEnabled(m_record.isValid() && m_record.status == QLatin1String("merged") && !m_busy);
}

} // namespace izdesk
