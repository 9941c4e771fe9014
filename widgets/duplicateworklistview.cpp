#include "duplicateworklistview.h"

#include "accountdisplay.h"
#include "duplicateclusterpanel.h"
#include "duplicatedisplay.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int PairRole = Qt::UserRole + 1;

QSpinBox *ageBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 130);
    box->setValue(-1);
    box->setSpecialValueText(DuplicateWorklistView::tr("any"));
    box->setSuffix(DuplicateWorklistView::tr(" years"));
    return box;
}
} // namespace

DuplicateWorklistView::DuplicateWorklistView(QWidget *parent)
    : QWidget(parent)
    , m_grade(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_facility(new QLineEdit(this))
    , m_minAge(ageBox(this))
    , m_maxAge(ageBox(this))
    , m_applyButton(new QPushButton(tr("A&pply filters"), this))
    , m_list(AccountDisplay::makeList(this, QStringLiteral("duplicatePairList"), tr("Candidate duplicate pairs"),
                                      {tr("Score"), tr("Grade"), tr("Patients (source IDs)"), tr("Badges"),
                                       tr("Vetoes"), tr("Status"), tr("Claimed by"), tr("Waiting")}))
    , m_claimButton(new QPushButton(tr("&Claim"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_moreButton(new QPushButton(tr("Load &more"), this))
    , m_refreshButton(new QPushButton(tr("Re&fresh"), this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("duplicateWorklistView"));
    setWindowTitle(tr("Duplicate review"));
    setUpWidgets();
    QWidget *pairsPage = buildPairsPage();
    m_tabs = new QTabWidget(this);
    m_clusters = new DuplicateClusterPanel(m_tabs);
    m_tabs->addTab(pairsPage, tr("Pa&irs"));
    m_tabs->addTab(m_clusters, tr("Cl&usters"));
    AccountDisplay::name(m_tabs, "duplicateReviewTabs", tr("Pairs or clusters"));
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { Q_EMIT clustersShownChanged(m_tabs->widget(index) == m_clusters); });
    setTabOrder(m_grade, m_status);
    setTabOrder(m_status, m_facility);
    setTabOrder(m_facility, m_minAge);
    setTabOrder(m_minAge, m_maxAge);
    setTabOrder(m_maxAge, m_applyButton);
    setTabOrder(m_applyButton, m_list);
    setTabOrder(m_list, m_claimButton);
    setTabOrder(m_claimButton, m_openButton);

    connectSignals();
    resize(1100, 560);
    updateState();
}

void DuplicateWorklistView::setUpWidgets()
{
    m_grade->addItem(tr("Any grade"), QString());
    for (const char *grade : {"certain", "probable", "possible"})
        m_grade->addItem(DuplicateDisplay::gradeText(QLatin1String(grade)), QLatin1String(grade));
    for (const char *status : {"open", "not_duplicate", "merged", "dropped"})
        m_status->addItem(DuplicateDisplay::statusText(QLatin1String(status)), QLatin1String(status));
    AccountDisplay::name(m_grade, "gradeFilter", tr("Grade"));
    AccountDisplay::name(m_status, "statusFilter", tr("Status"));
    AccountDisplay::name(m_facility, "facilityFilter", tr("Owning facility code of either patient"));
    AccountDisplay::name(m_minAge, "minAgeFilter", tr("Youngest patient age in years"));
    AccountDisplay::name(m_maxAge, "maxAgeFilter", tr("Oldest patient age in years"));
    AccountDisplay::name(m_applyButton, "applyFilterButton", tr("Apply the filters"));
    AccountDisplay::name(m_claimButton, "claimButton", tr("Claim the selected pair for review"));
    AccountDisplay::name(m_openButton, "openPairButton", tr("Open the selected pair to compare and merge"));
    AccountDisplay::name(m_moreButton, "loadMoreButton", tr("Load the next page of pairs"));
    AccountDisplay::name(m_refreshButton, "refreshButton", tr("Reload the worklist"));
    AccountDisplay::name(m_counts, "worklistCounts", tr("Worklist counts"));
    AccountDisplay::name(m_message, "worklistMessage", tr("Worklist status"));
    m_facility->setPlaceholderText(tr("e.g. CLINIC01"));
    m_facility->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->sortByColumn(ScoreColumn, Qt::DescendingOrder);
}

// The Pairs tab: filters, the list of pairs, its buttons and status.
QWidget *DuplicateWorklistView::buildPairsPage()
{
    auto *filters = new QHBoxLayout;
    auto addField = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addField(tr("&Grade:"), m_grade);
    addField(tr("&Status:"), m_status);
    addField(tr("F&acility:"), m_facility);
    addField(tr("Ag&e from:"), m_minAge);
    addField(tr("&to:"), m_maxAge);
    filters->addWidget(m_applyButton);
    filters->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_claimButton);
    actions->addWidget(m_openButton);
    actions->addStretch();
    actions->addWidget(m_moreButton);
    actions->addWidget(m_refreshButton);
    auto *pairsPage = new QWidget(this);
    auto *layout = new QVBoxLayout(pairsPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    return pairsPage;
}

void DuplicateWorklistView::connectSignals()
{
    connect(m_grade, &QComboBox::currentIndexChanged, this, &DuplicateWorklistView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DuplicateWorklistView::applyFilter);
    connect(m_facility, &QLineEdit::returnPressed, this, &DuplicateWorklistView::applyFilter);
    connect(m_applyButton, &QPushButton::clicked, this, &DuplicateWorklistView::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &DuplicateWorklistView::applyFilter);
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refresh, &QShortcut::activated, this, &DuplicateWorklistView::applyFilter);
    connect(m_moreButton, &QPushButton::clicked, this, &DuplicateWorklistView::moreRequested);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DuplicateWorklistView::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicateWorklistView::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &DuplicateWorklistView::openCurrent);
    connect(m_claimButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentPairId())
            Q_EMIT claimRequested(id);
    });
}

bool DuplicateWorklistView::clustersShown() const
{
    return m_tabs->currentWidget() == m_clusters;
}

void DuplicateWorklistView::showClusters()
{
    m_tabs->setCurrentWidget(m_clusters);
}

DuplicateFilter DuplicateWorklistView::filter() const
{
    DuplicateFilter f;
    f.grade = m_grade->currentData().toString();
    f.status = m_status->currentData().toString();
    f.facility = m_facility->text().trimmed();
    f.minAge = m_minAge->value();
    f.maxAge = m_maxAge->value();
    return f;
}

void DuplicateWorklistView::applyFilter()
{
    Q_EMIT filterChanged(filter());
}

void DuplicateWorklistView::fillRow(QTreeWidgetItem *item, const DuplicatePair &p)
{
    item->setData(0, IdRole, p.id);
    item->setData(0, PairRole, QVariant::fromValue(p));
    item->setData(ScoreColumn, Qt::DisplayRole, p.score);
    item->setText(GradeColumn, DuplicateDisplay::gradeText(p.grade));
    const auto sideText
        = [](const DuplicateSide &s) { return s.sourceId.isEmpty() ? tr("patient %1").arg(s.patientId) : s.sourceId; };
    item->setText(PatientsColumn, tr("%1 ↔ %2").arg(sideText(p.low), sideText(p.high)));
    item->setText(BadgesColumn, DuplicateDisplay::badgesText(p));
    item->setText(VetoesColumn,
                  p.vetoes.isEmpty() ? QString() : tr("⚠ %1").arg(DuplicateDisplay::vetoesText(p.vetoes)));
    if (!p.vetoes.isEmpty())
        item->setForeground(VetoesColumn, QColor(0xa0, 0x10, 0x10));
    item->setText(StatusColumn, DuplicateDisplay::statusText(p.status));
    QString claimed;
    if (p.claimedBy > 0) {
        claimed = m_nameOf ? m_nameOf(p.claimedBy) : QString();
        if (claimed.isEmpty())
            claimed = tr("staff %1").arg(p.claimedBy);
    }
    item->setText(ClaimedColumn, claimed);
    item->setText(WaitingColumn, DuplicateDisplay::ageText(p.createdAt, QDateTime::currentDateTimeUtc()));
}

void DuplicateWorklistView::setPairs(const QList<DuplicatePair> &pairs, bool appended, bool more)
{
    m_loading = false;
    m_more = more;
    m_list->setSortingEnabled(false);
    if (!appended)
        m_list->clear();
    for (const DuplicatePair &p : pairs)
        fillRow(new QTreeWidgetItem(m_list), p);
    m_list->setSortingEnabled(true);
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    if (!appended && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showMessage(pairs.isEmpty() && !appended ? tr("No pairs match these filters.") : QString());
    updateState();
}

void DuplicateWorklistView::updatePair(const DuplicatePair &pair)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == pair.id) {
            fillRow(item, pair);
            break;
        }
    }
    updateState();
}

void DuplicateWorklistView::showLoading()
{
    m_loading = true;
    showMessage(tr("Loading pairs…"));
    updateState();
}

void DuplicateWorklistView::showMessage(const QString &message, bool error)
{
    if (error)
        m_loading = false;
    AccountDisplay::showStatus(m_message, message, error);
    updateState();
}

void DuplicateWorklistView::clear()
{
    m_list->clear();
    m_clusters->clear();
    m_more = false;
    m_loading = false;
    showMessage(QString());
}

qint64 DuplicateWorklistView::currentPairId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, IdRole).toLongLong() : 0;
}

int DuplicateWorklistView::pairCount() const
{
    return m_list->topLevelItemCount();
}

QString DuplicateWorklistView::countsText() const
{
    return m_counts->text();
}

void DuplicateWorklistView::openCurrent()
{
    if (const qint64 id = currentPairId())
        Q_EMIT openRequested(id);
}

void DuplicateWorklistView::updateState()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool selected = item && item->isSelected();
    const auto pair = selected ? item->data(0, PairRole).value<DuplicatePair>() : DuplicatePair();
    m_openButton->setEnabled(selected);
    m_claimButton->setEnabled(selected && pair.isOpen() && pair.claimedBy == 0);
    m_moreButton->setEnabled(m_more && !m_loading);
    int vetoed = 0;
    int claimed = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const auto p = m_list->topLevelItem(i)->data(0, PairRole).value<DuplicatePair>();
        vetoed += p.vetoes.isEmpty() ? 0 : 1;
        claimed += p.claimedBy > 0 ? 1 : 0;
    }
    const int count = m_list->topLevelItemCount();
    const QString shown = m_more ? tr("Pairs shown: %1 (more to load)").arg(count) : tr("Pairs: %1").arg(count);
    m_counts->setText(tr("%1 · %2 with vetoes · %3 claimed%4")
                          .arg(shown)
                          .arg(vetoed)
                          .arg(claimed)
                          .arg(m_loading ? tr(" · loading…") : QString()));
}

} // namespace izdesk
