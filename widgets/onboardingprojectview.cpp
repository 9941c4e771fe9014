#include "onboardingprojectview.h"

#include "onboardingcontactseditor.h"
#include "onboardingtrendview.h"

#include <catalog.h>

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

// Overdue stages in dark red and bold (the Note column says "Overdue" in words too).
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OnboardingTimelineModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0x9b, 0x1c, 0x1c));
            option->font.setBold(true);
        } else if (index.siblingAtColumn(OnboardingTimelineModel::StateColumn).data().toString()
                   == Onboarding::stageStateLabel(QStringLiteral("active"))) {
            option->font.setBold(true);
        }
    }
};

QTreeWidget *makeTree(QWidget *parent, const char *name, const QString &accessible, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setAccessibleName(accessible);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString defaultHl7File(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, OnboardingProjectView::tr("Add a test submission"), QString(),
                                        OnboardingProjectView::tr("HL7 v2 files (*.hl7 *.er7 *.txt);;All files (*)"));
}

QString defaultPath(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, OnboardingProjectView::tr("Save letter as PDF"), suggested,
                                        OnboardingProjectView::tr("PDF documents (*.pdf)"));
}

} // namespace

OnboardingProjectView::OnboardingProjectView(QWidget *parent)
    : QWidget(parent)
    , m_chooser(&defaultPath)
    , m_openFile(&defaultHl7File)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_contacts(new OnboardingContactsEditor(this))
    , m_sites(makeTree(this, "onboardingSites", tr("Sites in the project"), {tr("Facility code"), tr("Site")}))
    , m_gate(new QLabel(this))
    , m_timelineModel(new OnboardingTimelineModel(this))
    , m_timeline(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_trend(new OnboardingTrendView(this))
    , m_events(makeTree(this, "onboardingEvents", tr("Project history"),
                        {tr("When"), tr("Event"), tr("Stage"), tr("Staff"), tr("Detail")}))
    , m_letterList(makeTree(this, "onboardingLetters", tr("Letters issued"), {tr("Letter"), tr("Issued"), tr("By")}))
    , m_status(new QLabel(this))
{
    setupWidgets();
    buildActions();
    buildLayout();
    connect(m_contacts, &OnboardingContactsEditor::saveRequested, this, [this](const QJsonObject &patch) {
        showBusy(tr("Saving the contacts…"));
        Q_EMIT saveRequested(m_project.id, patch);
    });
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, m_refresh, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this), &QShortcut::activated, m_addSubmission,
            &QPushButton::click);
    connect(m_trend, &OnboardingTrendView::submissionSelected, this, &OnboardingProjectView::submissionSelected);
    connect(m_trend, &OnboardingTrendView::openInCheckerRequested, this,
            &OnboardingProjectView::openInCheckerRequested);
    clear();
    resize(1180, 900);
}

void OnboardingProjectView::setupWidgets()
{
    setObjectName(QStringLiteral("onboardingProjectView"));
    setWindowTitle(tr("Onboarding project"));
    m_title->setObjectName(QStringLiteral("onboardingProjectTitle"));
    m_title->setAccessibleName(tr("Organization"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setObjectName(QStringLiteral("onboardingProjectSummary"));
    m_subtitle->setAccessibleName(tr("Project summary"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_gate->setObjectName(QStringLiteral("onboardingGate"));
    m_gate->setAccessibleName(tr("Current gate"));
    m_gate->setTextFormat(Qt::PlainText);
    m_gate->setWordWrap(true);
    m_gate->setMargin(8);
    m_gate->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_gate->setFocusPolicy(Qt::StrongFocus);
    m_gate->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_timeline->setObjectName(QStringLiteral("onboardingTimeline"));
    m_timeline->setAccessibleName(tr("Stage timeline"));
    m_timeline->setModel(m_timelineModel);
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setSectionResizeMode(OnboardingTimelineModel::CompletedColumn,
                                                         QHeaderView::ResizeToContents);
    m_timelineModel->setProject(m_project);
    const int rowHeight = m_timeline->verticalHeader()->defaultSectionSize();
    m_timeline->setFixedHeight(m_timeline->horizontalHeader()->sizeHint().height() + 5 * rowHeight + 4);
    m_sites->setMaximumHeight(90);
    m_status->setObjectName(QStringLiteral("onboardingProjectStatus"));
    m_status->setAccessibleName(tr("Project status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("onboardingTabs"));
    m_tabs->setAccessibleName(tr("Submissions, history and letters"));
}

QWidget *OnboardingProjectView::buildLettersTab()
{
    auto *letters = new QWidget(this);
    auto *lettersLayout = new QVBoxLayout(letters);
    lettersLayout->addWidget(m_letterList, 1);
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addWidget(m_invitation);
    letterButtons->addWidget(m_ongoing);
    letterButtons->addStretch();
    letterButtons->addWidget(m_saveLetter);
    lettersLayout->addLayout(letterButtons);
    return letters;
}

QWidget *OnboardingProjectView::buildSubmissionsTab()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *buttons = new QHBoxLayout;
    auto *hint
        = new QLabel(tr("Checked as the HL7 checker does and stored sealed; a file may also be dropped here."), page);
    hint->setWordWrap(true);
    buttons->addWidget(m_addSubmission);
    buttons->addWidget(hint, 1);
    pageLayout->addLayout(buttons);
    pageLayout->addWidget(m_trend, 1);
    return page;
}

void OnboardingProjectView::buildLayout()
{
    auto *gateBox = new QGroupBox(tr("Current gate"), this);
    auto *gateLayout = new QVBoxLayout(gateBox);
    gateLayout->addWidget(m_gate, 1);
    auto *sitesBox = new QGroupBox(tr("Sites"), this);
    auto *sitesLayout = new QVBoxLayout(sitesBox);
    sitesLayout->addWidget(m_sites);

    auto *left = new QVBoxLayout;
    left->addWidget(m_contacts);
    left->addWidget(sitesBox);
    auto *right = new QVBoxLayout;
    right->addWidget(gateBox, 1);
    right->addWidget(m_actionsBox);
    auto *upper = new QHBoxLayout;
    upper->addLayout(left, 3);
    upper->addLayout(right, 2);

    m_tabs->addTab(buildSubmissionsTab(), tr("S&ubmissions"));
    m_tabs->addTab(m_events, tr("&History"));
    m_tabs->addTab(buildLettersTab(), tr("L&etters"));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_refresh, 0, Qt::AlignTop);

    auto *timelineLabel = new QLabel(tr("Stage ti&meline"), this);
    QFont bold = timelineLabel->font();
    bold.setBold(true);
    timelineLabel->setFont(bold);
    timelineLabel->setBuddy(m_timeline);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(upper);
    layout->addWidget(timelineLabel);
    layout->addWidget(m_timeline);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
}

void OnboardingProjectView::setProject(const OnboardingProject &project, const QDateTime &now)
{
    m_project = project;
    m_now = now;
    setWindowTitle(tr("Onboarding — %1").arg(project.organization.name));
    m_title->setText(project.organization.name);
    QStringList summary{tr("Project #%1").arg(project.id), Onboarding::projectStatusLabel(project.status)};
    if (project.isActive()) {
        const OnboardingStage *stage = project.currentStageEntry();
        summary << tr("stage: %1").arg(Onboarding::stageLabel(project.currentStage))
                << Onboarding::dueText(stage ? stage->dueAt : QDateTime(), project.overdue, now);
    }
    summary << tr("%1 via %2")
                   .arg(Onboarding::reportingMethodLabel(project.reportingMethod),
                        Onboarding::transportLabel(project.transport))
            << tr("data use agreement: %1").arg(Onboarding::agreementLabel(project.dataUseAgreement));
    if (project.planAgreedOn.isValid())
        summary << tr("plan agreed %1").arg(QLocale().toString(project.planAgreedOn, QLocale::ShortFormat));
    if (project.clinicalWorkflowOn.isValid())
        summary << tr("workflow %1").arg(QLocale().toString(project.clinicalWorkflowOn, QLocale::ShortFormat));
    if (project.trainingOn.isValid())
        summary << tr("training %1").arg(QLocale().toString(project.trainingOn, QLocale::ShortFormat));
    if (project.goLiveOn.isValid())
        summary << tr("live since %1").arg(QLocale().toString(project.goLiveOn, QLocale::ShortFormat));
    m_subtitle->setText(summary.join(QStringLiteral(" · ")));
    m_subtitle->setStyleSheet(project.overdue ? QStringLiteral("color: #9b1c1c; font-weight: bold;") : QString());

    m_contacts->setProject(project);
    m_sites->clear();
    for (const OnboardingSite &site : project.sites)
        new QTreeWidgetItem(m_sites, {site.facilityCode, site.name});
    if (project.sites.isEmpty())
        new QTreeWidgetItem(m_sites, {QString(), tr("No site is named yet")});
    m_timelineModel->setProject(project);
    if (project.isActive())
        setGateBox(OnboardingProjectRules::gateText(project.gate), project.gate.met);
    else
        setGateBox(
            tr("The project is %1: no gate to pass.").arg(Onboarding::projectStatusLabel(project.status).toLower()),
            project.status == QLatin1String("completed"));
    updateActions();
}

void OnboardingProjectView::setGateBox(const QString &text, bool met)
{
    m_gate->setText(text);
    m_gate->setStyleSheet(met ? QStringLiteral("background: #e6f4ea; color: #1e4620; border: 1px solid #7fb78c;")
                              : QStringLiteral("background: #fdecea; color: #7a1414; border: 1px solid #e0a3a0;"));
}

void OnboardingProjectView::setEvents(const QList<OnboardingEvent> &events)
{
    m_events->clear();
    for (const OnboardingEvent &e : events) {
        new QTreeWidgetItem(m_events,
                            {Onboarding::timeText(e.at), Onboarding::eventKindLabel(e.kind),
                             e.stage.isEmpty() ? QString() : Onboarding::stageLabel(e.stage), e.staff, e.detail});
    }
    for (int c = 0; c < m_events->columnCount() - 1; ++c)
        m_events->resizeColumnToContents(c);
    if (m_events->topLevelItemCount())
        m_events->scrollToItem(m_events->topLevelItem(m_events->topLevelItemCount() - 1));
}

void OnboardingProjectView::setSubmissions(const QList<OnboardingSubmission> &submissions)
{
    m_trend->setSubmissions(submissions);
    m_tabs->setTabText(0, tr("S&ubmissions (%1)").arg(submissions.size()));
}

void OnboardingProjectView::showSubmissionAdded(const OnboardingSubmission &submission)
{
    m_tabs->setCurrentIndex(0);
    m_trend->selectSubmission(submission.id);
}

void OnboardingProjectView::showSubmissionReport(const OnboardingSubmission &submission, const QJsonObject &report)
{
    m_trend->showReport(submission, report);
}

void OnboardingProjectView::setLetters(const QList<OnboardingLetter> &letters)
{
    const qint64 keep
        = m_letterList->currentItem() ? m_letterList->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_letters = letters;
    m_letterList->clear();
    for (const OnboardingLetter &l : letters) {
        auto *item = new QTreeWidgetItem(
            m_letterList, {Onboarding::letterKindLabel(l.kind), Onboarding::timeText(l.issuedAt), l.issuedBy});
        item->setData(0, Qt::UserRole, l.id);
        if (l.id == keep)
            m_letterList->setCurrentItem(item);
    }
    if (!m_letterList->currentItem() && m_letterList->topLevelItemCount())
        m_letterList->setCurrentItem(m_letterList->topLevelItem(m_letterList->topLevelItemCount() - 1));
    m_tabs->setTabText(2, tr("L&etters (%1)").arg(letters.size()));
    updateActions();
}

void OnboardingProjectView::showGateRefused(const OnboardingGate &gate)
{
    OnboardingGate shown = gate;
    if (shown.stage.isEmpty())
        shown.stage = m_project.currentStage;
    setGateBox(tr("Not passed.") + QLatin1Char(' ') + OnboardingProjectRules::gateText(shown), false);
    showMessage(tr("%1 was not passed: %2")
                    .arg(Onboarding::stageLabel(shown.stage), shown.reasons.isEmpty()
                                                                  ? tr("its gate is not met")
                                                                  : shown.reasons.join(QStringLiteral("; "))),
                true);
    m_gate->setFocus();
}

void OnboardingProjectView::showConflict(const OnboardingProject &current, const QString &message)
{
    m_contacts->showConflict(current);
    setProject(current, m_now);
    showMessage(message, true);
}

void OnboardingProjectView::showBusy(const QString &message)
{
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void OnboardingProjectView::showMessage(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #9b1c1c;") : QString());
    m_status->setText(message);
}

QString OnboardingProjectView::statusText() const
{
    return m_status->text();
}

QString OnboardingProjectView::gateText() const
{
    return m_gate->text();
}

void OnboardingProjectView::clear()
{
    m_project = OnboardingProject();
    m_letters.clear();
    m_title->setText(tr("No project open"));
    m_subtitle->clear();
    m_contacts->clear();
    m_sites->clear();
    m_timelineModel->setProject(m_project);
    m_events->clear();
    m_letterList->clear();
    m_trend->setSubmissions({});
    setGateBox(QString(), false);
    m_gate->setStyleSheet(QString());
    showMessage(QString());
    updateActions();
}

} // namespace izdesk
