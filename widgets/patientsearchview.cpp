#include "patientsearchview.h"

#include "patientresultmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace izdesk {

PatientSearchView::PatientSearchView(QWidget *parent)
    : QWidget(parent)
    , m_searchEdit(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_explainToggle(new QToolButton(this))
    , m_explainSummary(new QLabel(this))
    , m_explanation(new QTableWidget(this))
    , m_explainPanel(new QWidget(this))
    , m_openButton(new QPushButton(tr("&Open record"), this))
    , m_linkButton(new QPushButton(tr("&Link to ticket"), this))
{
    setObjectName(QStringLiteral("patientSearchView"));

    setUpSearchLine();
    setUpResultsTable();
    setUpExplanation();
    setUpButtons();

    auto *explainRow = new QHBoxLayout;
    explainRow->addWidget(m_explainToggle);
    explainRow->addStretch(1);
    explainRow->addWidget(m_linkButton);
    explainRow->addWidget(m_openButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_busy);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(explainRow);
    layout->addWidget(m_explainPanel);
    setFocusProxy(m_searchEdit);
    showCleared();
    setLinkTarget(0, QString());
}

// The search line, its busy bar and the status line under it.
void PatientSearchView::setUpSearchLine()
{
    m_searchEdit->setObjectName(QStringLiteral("patientSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Find a patient"));
    m_searchEdit->setPlaceholderText(tr("Name, date of birth, phone, IIS ID, address — e.g. Jon Smyth 03/04/2019"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textEdited, this, &PatientSearchView::searchTextEdited);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        // The results on screen answer exactly this text: Enter opens the chosen one.
        // Otherwise Enter means "search now" instead of waiting for the typing pause.
        if (m_model && m_model->rowCount() > 0 && m_shownText == m_searchEdit->text().trimmed())
            openCurrent();
        else
            Q_EMIT searchSubmitted(m_searchEdit->text());
    });

    m_busy->setObjectName(QStringLiteral("patientSearchBusy"));
    m_busy->setAccessibleName(tr("Searching"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->hide();

    m_statusLabel->setObjectName(QStringLiteral("patientSearchStatus"));
    m_statusLabel->setAccessibleName(tr("Search status"));
    m_statusLabel->setWordWrap(true);
}

void PatientSearchView::setUpResultsTable()
{
    m_table->setObjectName(QStringLiteral("patientResultsTable"));
    m_table->setAccessibleName(tr("Matching patients"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QAbstractItemView::activated, this, [this] { openCurrent(); });
}

// "Why this match": the toggle, the summary and the score by field.
void PatientSearchView::setUpExplanation()
{
    m_explainToggle->setObjectName(QStringLiteral("explainToggle"));
    m_explainToggle->setAccessibleName(tr("Show why this patient matched"));
    m_explainToggle->setText(tr("Why this match"));
    m_explainToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_explainToggle->setArrowType(Qt::DownArrow);
    m_explainToggle->setCheckable(true);
    m_explainToggle->setChecked(true);
    m_explainToggle->setAutoRaise(true);
    m_explainSummary->setObjectName(QStringLiteral("explainSummary"));
    m_explainSummary->setAccessibleName(tr("Match summary"));
    m_explainSummary->setTextFormat(Qt::PlainText);

    m_explanation->setObjectName(QStringLiteral("explanationTable"));
    m_explanation->setAccessibleName(tr("Score by field"));
    m_explanation->setColumnCount(3);
    m_explanation->setHorizontalHeaderLabels({tr("Field"), tr("Agreement"), tr("Weight")});
    m_explanation->verticalHeader()->hide();
    m_explanation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_explanation->setSelectionMode(QAbstractItemView::NoSelection);
    m_explanation->setFocusPolicy(Qt::TabFocus);
    m_explanation->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_explanation->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_explanation->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_explanation->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_explanation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *explainLayout = new QVBoxLayout(m_explainPanel);
    explainLayout->setContentsMargins(0, 0, 0, 0);
    explainLayout->addWidget(m_explainSummary);
    explainLayout->addWidget(m_explanation);
    connect(m_explainToggle, &QToolButton::toggled, this, [this](bool on) {
        m_explainToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_explainPanel->setVisible(on);
    });
}

void PatientSearchView::setUpButtons()
{
    m_openButton->setObjectName(QStringLiteral("openPatientButton"));
    m_openButton->setAccessibleName(tr("Open the patient's record"));
    m_openButton->setToolTip(tr("Open the selected patient's record (Enter)"));
    m_linkButton->setObjectName(QStringLiteral("linkPatientButton"));
    m_linkButton->setAccessibleName(tr("Link the patient to the current ticket"));
    connect(m_openButton, &QPushButton::clicked, this, &PatientSearchView::openCurrent);
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentPatientId(); id && m_linkTicketId)
            Q_EMIT linkRequested(id);
    });
    auto *link = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    link->setContext(Qt::WidgetWithChildrenShortcut);
    connect(link, &QShortcut::activated, m_linkButton, &QPushButton::click);
}

void PatientSearchView::setModel(PatientResultModel *model)
{
    m_model = model;
    m_table->setModel(model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PatientResultModel::NameColumn, QHeaderView::Stretch);
    // Sized for a ~700 px dock: the name gets what is left.
    header->resizeSection(PatientResultModel::ScoreColumn, 48);
    header->resizeSection(PatientResultModel::GradeColumn, 72);
    header->resizeSection(PatientResultModel::BirthDateColumn, 88);
    header->resizeSection(PatientResultModel::SexColumn, 36);
    header->resizeSection(PatientResultModel::CityColumn, 96);
    header->resizeSection(PatientResultModel::IisIdColumn, 100);
    header->resizeSection(PatientResultModel::BadgesColumn, 90);
    header->setMinimumSectionSize(36);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateExplanation();
        updateActions();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The best match is selected, so the breakdown and Enter work without touching the list.
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, PatientResultModel::NameColumn));
        updateExplanation();
        updateActions();
    });
}

QString PatientSearchView::searchText() const
{
    return m_searchEdit->text();
}

qint64 PatientSearchView::currentPatientId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PatientResultModel::PatientIdRole).toLongLong() : 0;
}

bool PatientSearchView::selectPatient(qint64 patientId)
{
    const int row = m_model ? m_model->rowOf(patientId) : -1;
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, PatientResultModel::NameColumn));
    return true;
}

void PatientSearchView::setStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
}

void PatientSearchView::showSearching(const QString &text)
{
    Q_UNUSED(text)
    m_busy->show();
    setStatus(tr("Searching…"));
}

void PatientSearchView::showResults(const QString &text, int count)
{
    m_busy->hide();
    m_shownText = text;
    if (count == 0)
        setStatus(tr("No patients match — try fewer words or check the date."));
    else
        setStatus(tr("Patients found: %1 — best match first. Enter opens the selected record.").arg(count));
}

void PatientSearchView::showFailed(const QString &text, const QString &message)
{
    Q_UNUSED(text)
    m_busy->hide();
    setStatus(tr("Search failed: %1").arg(message), true);
}

void PatientSearchView::showCleared()
{
    m_busy->hide();
    m_shownText.clear();
    setStatus(tr("Type what the caller says: a name, date of birth, phone number, IIS ID or address."));
    updateExplanation();
    updateActions();
}

void PatientSearchView::setLinkTarget(qint64 ticketId, const QString &ticketLabel)
{
    m_linkTicketId = ticketId;
    m_linkButton->setText(ticketId ? tr("&Link to %1").arg(ticketLabel) : tr("&Link to ticket"));
    m_linkButton->setToolTip(ticketId ? tr("Link the selected patient to %1 (Ctrl+L)").arg(ticketLabel)
                                      : tr("Select a ticket in the queue to link a patient to it"));
    updateActions();
}

void PatientSearchView::showLinked(const QString &message)
{
    setStatus(message);
}

void PatientSearchView::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void PatientSearchView::openCurrent()
{
    if (const qint64 id = currentPatientId())
        Q_EMIT openRequested(id);
}

void PatientSearchView::updateActions()
{
    const bool selected = currentPatientId() != 0;
    m_openButton->setEnabled(selected);
    m_linkButton->setEnabled(selected && m_linkTicketId != 0);
}

void PatientSearchView::updateExplanation()
{
    m_explanation->setRowCount(0);
    const int row = m_table->currentIndex().row();
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        m_explainSummary->setText(tr("Select a patient to see how each field compares."));
        m_explanation->hide(); // no empty grid: the results list keeps the height
        return;
    }
    const PatientMatch match = m_model->matchAt(row);
    QString summary = tr("%1 — %2 match, score %3")
                          .arg(match.displayName(), PatientResultModel::gradeLabel(match.grade),
                               QString::number(match.score, 'f', 1));
    for (const QString &v : match.vetoes)
        summary += QLatin1Char('\n') + tr("Warning: %1").arg(PatientResultModel::vetoLabel(v));
    m_explainSummary->setText(summary);
    m_explanation->show();
    m_explanation->setRowCount(static_cast<int>(match.explanation.size()));
    for (int i = 0; i < match.explanation.size(); ++i) {
        const MatchContribution &c = match.explanation.at(i);
        auto *weight = new QTableWidgetItem((c.weight > 0 ? QStringLiteral("+") : QString())
                                            + QString::number(c.weight, 'f', 1));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c.weight > 0)
            weight->setForeground(QColor(0x1b, 0x6e, 0x20));
        else if (c.weight < 0)
            weight->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_explanation->setItem(i, 0, new QTableWidgetItem(PatientResultModel::fieldLabel(c.field)));
        m_explanation->setItem(i, 1, new QTableWidgetItem(PatientResultModel::levelLabel(c.level)));
        m_explanation->setItem(i, 2, weight);
    }
    m_explanation->resizeRowsToContents();
    // As tall as its rows (at least three), so the results list keeps the spare height.
    int height = m_explanation->horizontalHeader()->height() + 2 * m_explanation->frameWidth();
    const int rows = qMax(3, m_explanation->rowCount());
    for (int r = 0; r < rows; ++r)
        height += r < m_explanation->rowCount() ? m_explanation->rowHeight(r)
                                                : m_explanation->verticalHeader()->defaultSectionSize();
    m_explanation->setFixedHeight(height);
}

bool PatientSearchView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Down from the box walks into the results, as in any search field.
        if (key->key() == Qt::Key_Down && m_model && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, PatientResultModel::NameColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace izdesk
