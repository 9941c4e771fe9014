#include "codesetreleasedetail.h"

#include <codesetreleasemodels.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

CodesetReleaseDetail::CodesetReleaseDetail(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_files(new QLabel(this))
    , m_counts(makeTable(this, QStringLiteral("codesetCountsTable"), tr("Counts per code set")))
    , m_countModel(new CodesetCountModel(this))
    , m_system(new QComboBox(this))
    , m_shown(new QLabel(this))
    , m_table(makeTable(this, QStringLiteral("codesetChangesTable"), tr("Codes this release changes")))
    , m_changes(new CodesetChangeModel(this))
    , m_filter(new CodesetChangeFilter(this))
{
    m_header->setObjectName(QStringLiteral("codesetReleaseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_files->setObjectName(QStringLiteral("codesetReleaseFiles"));
    m_files->setWordWrap(true);
    m_files->setTextFormat(Qt::PlainText);
    m_shown->setObjectName(QStringLiteral("codesetShownCount"));

    m_counts->setModel(m_countModel);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_counts->setColumnWidth(CodesetCountModel::LabelColumn, 160);
    for (int c = CodesetCountModel::AddedColumn; c < CodesetCountModel::ColumnCount; ++c)
        m_counts->setColumnWidth(c, 90);
    m_counts->horizontalHeader()->setStretchLastSection(false);
    m_counts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_counts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_counts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_filter->setSourceModel(m_changes);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CodesetChangeModel::SystemColumn, 130);
    m_table->setColumnWidth(CodesetChangeModel::KindColumn, 80);
    m_table->setColumnWidth(CodesetChangeModel::KeyColumn, 150);
    m_table->setColumnWidth(CodesetChangeModel::BeforeColumn, 260);

    auto *filters = new QWidget(this);
    buildFilters(filters);
    auto *changesLabel = new QLabel(tr("C&odes in this release:"), this);
    changesLabel->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_files);
    layout->addWidget(m_counts);
    layout->addWidget(filters);
    layout->addWidget(changesLabel);
    layout->addWidget(m_table, 1);
    clear();
}

void CodesetReleaseDetail::buildFilters(QWidget *row)
{
    auto *systemLabel = new QLabel(tr("Code s&ystem:"), row);
    systemLabel->setBuddy(m_system);
    m_system->setObjectName(QStringLiteral("codesetSystemCombo"));
    m_system->setAccessibleName(tr("Code system"));
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto box = [row](const QString &text, const QString &name, const QString &accessible) {
        auto *b = new QCheckBox(text, row);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        b->setChecked(true);
        return b;
    };
    m_added = box(tr("&New"), QStringLiteral("codesetShowAdded"), tr("Show new codes"));
    m_changed = box(tr("&Changed"), QStringLiteral("codesetShowChanged"), tr("Show changed codes"));
    m_retired = box(tr("&Retired"), QStringLiteral("codesetShowRetired"), tr("Show retired codes"));
    m_text = new QLineEdit(row);
    m_text->setObjectName(QStringLiteral("codesetFilterEdit"));
    m_text->setAccessibleName(tr("Filter codes"));
    m_text->setPlaceholderText(tr("Code or description"));
    m_text->setClearButtonEnabled(true);
    auto *textLabel = new QLabel(tr("&Filter:"), row);
    textLabel->setBuddy(m_text);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(systemLabel);
    layout->addWidget(m_system);
    layout->addSpacing(12);
    layout->addWidget(m_added);
    layout->addWidget(m_changed);
    layout->addWidget(m_retired);
    layout->addSpacing(12);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_shown);

    connect(m_system, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSystem(m_system->currentData().toString());
        updateShown();
    });
    const QList<QPair<QCheckBox *, CodesetChangeModel::Kind>> kinds{{m_added, CodesetChangeModel::Kind::Added},
                                                                    {m_changed, CodesetChangeModel::Kind::Changed},
                                                                    {m_retired, CodesetChangeModel::Kind::Retired}};
    for (const auto &[check, kind] : kinds)
        connect(check, &QCheckBox::toggled, this, [this, kind](bool on) {
            m_filter->setKindShown(kind, on);
            updateShown();
        });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateShown();
    });
}

void CodesetReleaseDetail::setRelease(const CodesetRelease &release)
{
    const bool same = release.id == m_release.id;
    m_release = release;
    const QString title = release.label.isEmpty() ? tr("Release %1").arg(release.id)
                                                  : tr("Release %1: %2").arg(release.id).arg(release.label);
    m_header->setText(tr("%1 — %2. %3").arg(title, CodesetRelease::statusText(release.status), release.lastStepText()));
    QString files
        = tr("Files: %1.").arg(release.files.isEmpty() ? tr("none") : release.files.join(QStringLiteral(", ")));
    if (!release.missingFiles.isEmpty())
        files
            += QLatin1Char(' ')
               + tr("Not in the release (left as published): %1.").arg(release.missingFiles.join(QStringLiteral(", ")));
    QStringList truncated;
    for (const CodesetChangeCount &c : release.changes)
        if (c.keysTruncated())
            truncated << c.label;
    if (!truncated.isEmpty())
        files += QLatin1Char(' ')
                 + tr("%1: the list below shows the first 500 codes of each kind; the counts are complete.")
                       .arg(truncated.join(QStringLiteral(", ")));
    m_files->setText(files);
    m_countModel->setRelease(release);
    fitCounts();
    m_changes->setRelease(release);

    const QString system = same ? m_system->currentData().toString() : QString();
    const QSignalBlocker block(m_system);
    m_system->clear();
    m_system->addItem(tr("All code systems"), QString());
    for (const QString &s : release.systems())
        m_system->addItem(s, s);
    m_system->setCurrentIndex(qMax(0, m_system->findData(system)));
    m_filter->setSystem(m_system->currentData().toString());
    setEnabled(true);
    updateShown();
}

void CodesetReleaseDetail::clear()
{
    m_release = {};
    m_header->setText(tr("Select a release to see what it changes."));
    m_files->clear();
    m_countModel->clear();
    fitCounts();
    m_changes->clear();
    const QSignalBlocker block(m_system);
    m_system->clear();
    m_system->addItem(tr("All code systems"), QString());
    m_filter->setSystem({});
    updateShown();
}

// The counts table as tall and as wide as its rows and columns: every code set in sight.
void CodesetReleaseDetail::fitCounts()
{
    int width = 2 * m_counts->frameWidth();
    for (int c = 0; c < CodesetCountModel::ColumnCount; ++c)
        width += m_counts->columnWidth(c);
    const int rows = qMax(1, m_countModel->rowCount());
    m_counts->setFixedSize(width, m_counts->horizontalHeader()->sizeHint().height()
                                      + rows * m_counts->verticalHeader()->defaultSectionSize()
                                      + 2 * m_counts->frameWidth());
}

int CodesetReleaseDetail::shownCount() const
{
    return m_filter->rowCount();
}

void CodesetReleaseDetail::updateShown()
{
    m_shown->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(m_changes->rowCount()));
}

} // namespace izdesk
