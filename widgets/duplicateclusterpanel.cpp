#include "duplicateclusterpanel.h"

#include "accountdisplay.h"
#include "duplicatedisplay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
constexpr int PairIdRole = Qt::UserRole;
enum Column { GradeColumn, ScoreColumn, RecordsColumn, VetoesColumn, NoteColumn };

QString sideText(const DuplicateSide &s)
{
    return s.sourceId.isEmpty() ? DuplicateClusterPanel::tr("patient %1").arg(s.patientId) : s.sourceId;
}
} // namespace

DuplicateClusterPanel::DuplicateClusterPanel(QWidget *parent)
    : QWidget(parent)
    , m_grade(new QComboBox(this))
    , m_facility(new QLineEdit(this))
    , m_list(AccountDisplay::makeList(this, QStringLiteral("duplicateClusterList"), tr("Duplicate clusters"),
                                      {tr("Grade"), tr("Score"), tr("Records (source IDs)"), tr("Vetoes"),
                                       tr("Group")}))
    , m_openButton(new QPushButton(tr("Open pai&r"), this))
    , m_moreButton(new QPushButton(tr("Loa&d more"), this))
    , m_reloadButton(new QPushButton(tr("Re&load"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("duplicateClusterPanel"));
    for (const char *grade : {"possible", "probable", "certain"})
        m_grade->addItem(tr("%1 or better").arg(DuplicateDisplay::gradeText(QLatin1String(grade))), QLatin1String(grade));
    AccountDisplay::name(m_grade, "clusterGradeFilter", tr("Weakest grade a cluster may have"));
    AccountDisplay::name(m_facility, "clusterFacilityFilter", tr("Owning facility code of a member"));
    AccountDisplay::name(m_openButton, "openClusterPairButton", tr("Open the selected member pair to compare and merge"));
    AccountDisplay::name(m_moreButton, "loadMoreClustersButton", tr("Load the next page of clusters"));
    AccountDisplay::name(m_reloadButton, "reloadClustersButton", tr("Reload the clusters"));
    AccountDisplay::name(m_message, "clusterMessage", tr("Clusters status"));
    m_facility->setPlaceholderText(tr("e.g. CLINIC01"));
    m_facility->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setRootIsDecorated(true);
    m_list->setSortingEnabled(false); // the server's order: by group
    connect(m_list, &QTreeWidget::itemExpanded, this, [this] {
        for (int c = 0; c < m_list->columnCount(); ++c)
            m_list->resizeColumnToContents(c);
    });

    auto *filters = new QHBoxLayout;
    auto *gradeLabel = new QLabel(tr("Mi&nimum grade:"), this);
    gradeLabel->setBuddy(m_grade);
    auto *facilityLabel = new QLabel(tr("Facilit&y:"), this);
    facilityLabel->setBuddy(m_facility);
    filters->addWidget(gradeLabel);
    filters->addWidget(m_grade);
    filters->addWidget(facilityLabel);
    filters->addWidget(m_facility);
    filters->addStretch();
    auto *explain = new QLabel(tr("Every two records of a cluster were scored against each other; a record linked "
                                  "to only some of them is left out, never chained in."),
                               this);
    explain->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openButton);
    actions->addStretch();
    actions->addWidget(m_moreButton);
    actions->addWidget(m_reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_grade, &QComboBox::currentIndexChanged, this, &DuplicateClusterPanel::reloadRequested);
    connect(m_facility, &QLineEdit::returnPressed, this, &DuplicateClusterPanel::reloadRequested);
    connect(m_reloadButton, &QPushButton::clicked, this, &DuplicateClusterPanel::reloadRequested);
    connect(m_moreButton, &QPushButton::clicked, this, &DuplicateClusterPanel::moreRequested);
    connect(m_openButton, &QPushButton::clicked, this, &DuplicateClusterPanel::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->parent() && item->childCount() > 0)
            item->setExpanded(!item->isExpanded());
        else
            openCurrent();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DuplicateClusterPanel::updateState);
    updateState();
}

QString DuplicateClusterPanel::minGrade() const
{
    return m_grade->currentData().toString();
}

QString DuplicateClusterPanel::facility() const
{
    return m_facility->text().trimmed();
}

int DuplicateClusterPanel::clusterCount() const
{
    return m_list->topLevelItemCount();
}

qint64 DuplicateClusterPanel::currentPairId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, PairIdRole).toLongLong() : 0;
}

void DuplicateClusterPanel::fillCluster(QTreeWidgetItem *item, const DuplicateCluster &c)
{
    QStringList members;
    for (const DuplicateSide &m : c.members)
        members << sideText(m);
    item->setText(RecordsColumn, members.join(QStringLiteral(", ")));
    if (c.tooLarge) {
        item->setText(NoteColumn, tr("%n records linked: too many to split; review them as pairs", nullptr, c.groupSize));
        return;
    }
    item->setText(GradeColumn, DuplicateDisplay::gradeText(c.grade));
    item->setText(ScoreColumn, tr("%1 – %2").arg(c.minScore, 0, 'f', 2).arg(c.maxScore, 0, 'f', 2));
    item->setText(VetoesColumn, c.vetoes.isEmpty() ? QString() : tr("⚠ %1").arg(DuplicateDisplay::vetoesText(c.vetoes)));
    if (!c.vetoes.isEmpty())
        item->setForeground(VetoesColumn, QColor(0xa0, 0x10, 0x10));
    QStringList leftOut;
    for (const DuplicateSide &m : c.leftOut)
        leftOut << sideText(m);
    item->setText(NoteColumn, leftOut.isEmpty()
                                  ? tr("%n records", nullptr, int(c.members.size()))
                                  : tr("%1 of %2 linked records; left out: %3")
                                        .arg(c.members.size())
                                        .arg(c.groupSize)
                                        .arg(leftOut.join(QStringLiteral(", "))));
    for (const DuplicateClusterLink &l : c.links) {
        auto *child = new QTreeWidgetItem(item);
        child->setData(0, PairIdRole, l.pairId);
        child->setText(GradeColumn, DuplicateDisplay::gradeText(l.grade));
        child->setText(ScoreColumn, QString::number(l.score, 'f', 2));
        child->setText(RecordsColumn, tr("%1 ↔ %2").arg(sideText({l.lowId, c.sourceIdOf(l.lowId)}),
                                                         sideText({l.highId, c.sourceIdOf(l.highId)})));
        child->setText(VetoesColumn, l.vetoes.isEmpty() ? QString() : tr("⚠ %1").arg(DuplicateDisplay::vetoesText(l.vetoes)));
        child->setText(NoteColumn, l.pairId > 0 ? tr("pair %1 · %2").arg(l.pairId).arg(DuplicateDisplay::statusText(l.pairStatus))
                                                : tr("scored for the cluster (no stored pair)"));
    }
}

void DuplicateClusterPanel::setClusters(const QList<DuplicateCluster> &clusters, bool appended, bool more)
{
    m_loading = false;
    m_more = more;
    if (!appended)
        m_list->clear();
    for (const DuplicateCluster &c : clusters)
        fillCluster(new QTreeWidgetItem(m_list), c);
    if (!appended && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->topLevelItem(0)->setExpanded(true);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    showMessage(m_list->topLevelItemCount() == 0 ? tr("No clusters of three or more records at this grade.")
                                                 : tr("Clusters: %n", nullptr, m_list->topLevelItemCount()));
    updateState();
}

void DuplicateClusterPanel::showLoading()
{
    m_loading = true;
    showMessage(tr("Loading clusters…"));
    updateState();
}

void DuplicateClusterPanel::showMessage(const QString &message, bool error)
{
    m_loading = m_loading && !error;
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a01010;") : QString());
    updateState();
}

void DuplicateClusterPanel::clear()
{
    m_list->clear();
    m_more = false;
    m_loading = false;
    m_message->clear();
    updateState();
}

void DuplicateClusterPanel::openCurrent()
{
    if (const qint64 id = currentPairId())
        Q_EMIT openPairRequested(id);
}

void DuplicateClusterPanel::updateState()
{
    m_openButton->setEnabled(currentPairId() > 0);
    m_moreButton->setEnabled(m_more && !m_loading);
}

} // namespace izdesk
