#include "codesetreleasesview.h"

#include "codesetreleasedetail.h"

#include <codesetreleasemodels.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QPushButton *makeButton(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}

} // namespace

CodesetReleasesView::CodesetReleasesView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_reload(makeButton(tr("Re&load"), QStringLiteral("codesetReloadButton"), tr("Reload the releases"), this))
    , m_list(new QTableView(this))
    , m_model(new CodesetReleaseListModel(this))
    , m_detail(new CodesetReleaseDetail(this))
    , m_approve(makeButton(tr("&Approve…"), QStringLiteral("codesetApproveButton"), tr("Approve the release"), this))
    , m_publish(makeButton(tr("&Publish…"), QStringLiteral("codesetPublishButton"), tr("Publish the release"), this))
    , m_discard(makeButton(tr("&Discard…"), QStringLiteral("codesetDiscardButton"), tr("Discard the release"), this))
{
    qRegisterMetaType<izdesk::CodesetReleasesView::Step>();
    setWindowTitle(tr("Code set releases"));
    setObjectName(QStringLiteral("codesetReleasesView"));
    m_status->setObjectName(QStringLiteral("codesetStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reload->setToolTip(tr("Read the releases from the server again (F5)"));
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, [this] { m_reload->click(); });
    f5->setContext(Qt::WidgetWithChildrenShortcut);

    m_list->setObjectName(QStringLiteral("codesetReleasesTable"));
    m_list->setAccessibleName(tr("Code set releases"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(CodesetReleaseListModel::ReleaseColumn, QHeaderView::Stretch);
    auto *listLabel = new QLabel(tr("Relea&ses (new / changed / retired per code system):"), this);
    listLabel->setBuddy(m_list);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_reload);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 560});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildConfirmBar());
    layout->addLayout(buttons);
    setMinimumSize(900, 620);
    resize(1120, 800);

    connect(m_reload, &QPushButton::clicked, this, [this] {
        cancelConfirm();
        Q_EMIT reloadRequested();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CodesetReleasesView::onCurrentChanged);
    connect(m_approve, &QPushButton::clicked, this, [this] { ask(Step::Approve); });
    connect(m_publish, &QPushButton::clicked, this, [this] { ask(Step::Publish); });
    connect(m_discard, &QPushButton::clicked, this, [this] { ask(Step::Discard); });
    clear();
}

QWidget *CodesetReleasesView::buildConfirmBar()
{
    m_confirmBar = new QWidget(this);
    m_confirmBar->setObjectName(QStringLiteral("codesetConfirmBar"));
    m_confirmBar->setAutoFillBackground(true);
    m_confirmBar->setBackgroundRole(QPalette::AlternateBase);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setObjectName(QStringLiteral("codesetConfirmText"));
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_confirmButton = makeButton(QString(), QStringLiteral("codesetConfirmButton"), tr("Go ahead"), m_confirmBar);
    m_confirmButton->setDefault(true);
    m_cancelButton = makeButton(tr("Cancel"), QStringLiteral("codesetCancelButton"), tr("Cancel"), m_confirmBar);
    m_cancelButton->setToolTip(tr("Keep the release as it is (Escape)"));
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_confirmBar, m_confirmBar, [this] { cancelConfirm(); });
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    auto *layout = new QHBoxLayout(m_confirmBar);
    layout->addWidget(m_confirmText, 1);
    layout->addWidget(m_confirmButton);
    layout->addWidget(m_cancelButton);
    connect(m_confirmButton, &QPushButton::clicked, this, &CodesetReleasesView::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &CodesetReleasesView::cancelConfirm);
    m_confirmBar->hide();
    return m_confirmBar;
}

qint64 CodesetReleasesView::currentReleaseId() const
{
    return m_detail->hasRelease() ? m_detail->release().id : 0;
}

QString CodesetReleasesView::statusText() const
{
    return m_status->text();
}

void CodesetReleasesView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    m_status->setPalette(p);
}

void CodesetReleasesView::showWorking(const QString &what)
{
    m_busy = true;
    setStatus(what, false);
    updateButtons();
}

void CodesetReleasesView::setReleases(const QList<CodesetRelease> &releases)
{
    m_busy = false;
    const qint64 keep = currentReleaseId();
    m_model->setReleases(releases);
    const int pending = int(std::count_if(releases.cbegin(), releases.cend(), [](const CodesetRelease &r) {
        return r.status == CodesetRelease::Status::Pending || r.status == CodesetRelease::Status::Approved;
    }));
    setStatus(releases.isEmpty()     ? tr("No code set releases. Stage CDC files on the server with "
                                              "“izdesk-server codesets stage DIR”.")
              : releases.size() == 1 ? tr("1 release, %1 waiting to be published.").arg(pending)
                                     : tr("%1 releases, %2 waiting to be published.").arg(releases.size()).arg(pending),
              false);
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (!releases.isEmpty())
        m_list->setCurrentIndex(m_model->index(row < 0 ? 0 : row, 0));
    else
        m_detail->clear();
    onCurrentChanged();
}

void CodesetReleasesView::updateRelease(const CodesetRelease &release, const QString &what)
{
    m_busy = false;
    m_model->updateRelease(release);
    if (!what.isEmpty())
        setStatus(what, false);
    if (release.id == currentReleaseId() || !m_detail->hasRelease())
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(release.id), 0));
    onCurrentChanged();
}

void CodesetReleasesView::showError(const QString &message)
{
    m_busy = false;
    setStatus(message, true);
    updateButtons();
}

void CodesetReleasesView::setOnline(bool online)
{
    m_online = online;
    if (!online) {
        cancelConfirm();
        setStatus(tr("Offline: releases cannot be read or changed until the server answers again."), true);
    }
    updateButtons();
}

void CodesetReleasesView::clear()
{
    cancelConfirm();
    m_busy = false;
    m_model->setReleases({});
    m_detail->clear();
    setStatus(tr("Not loaded yet."), false);
    updateButtons();
}

void CodesetReleasesView::onCurrentChanged()
{
    const auto release = m_model->releaseAt(m_list->currentIndex().row());
    if (m_confirmBar->isVisible() && (!release || release->id != m_pendingRelease))
        cancelConfirm();
    if (release)
        m_detail->setRelease(*release);
    else
        m_detail->clear();
    updateButtons();
}

void CodesetReleasesView::updateButtons()
{
    const bool can = m_online && !m_busy && m_detail->hasRelease() && !m_confirmBar->isVisible();
    const CodesetRelease &r = m_detail->release();
    m_approve->setEnabled(can && r.canApprove());
    m_publish->setEnabled(can && r.canPublish());
    m_discard->setEnabled(can && r.canDiscard());
    m_reload->setEnabled(m_online && !m_busy);
    m_confirmButton->setEnabled(m_online && !m_busy);
}

QString CodesetReleasesView::consequence(const CodesetRelease &r, Step step) const
{
    QStringList counts;
    for (const QString &system : r.systems())
        counts << tr("%1 %2").arg(system, CodesetReleaseListModel::countText(r.totalsFor(system)));
    const QString what = counts.isEmpty() ? tr("no changes") : counts.join(QStringLiteral("; "));
    switch (step) {
    case Step::Approve:
        return tr("Approve release %1 (%2)? Nothing changes for the HL7 checker or the patient record yet: an "
                  "approved release still has to be published.")
            .arg(r.id)
            .arg(what);
    case Step::Publish:
        return tr("Publish release %1? At once, the HL7 checker and the patient record use its code sets: %2. "
                  "Other desk servers on the same database use them after a restart. A published release cannot "
                  "be taken back from here.")
            .arg(r.id)
            .arg(what);
    case Step::Discard:
        return tr("Discard release %1? It will never be published and the code sets stay as they are; to use "
                  "these files later, stage them again.")
            .arg(r.id);
    }
    return {};
}

void CodesetReleasesView::ask(Step step)
{
    if (!m_detail->hasRelease())
        return;
    const CodesetRelease &r = m_detail->release();
    m_pendingStep = step;
    m_pendingRelease = r.id;
    m_confirmText->setText(consequence(r, step));
    const QString verb = step == Step::Approve   ? tr("Approve release %1 no&w").arg(r.id)
                         : step == Step::Publish ? tr("Publish release %1 no&w").arg(r.id)
                                                 : tr("Discard release %1 no&w").arg(r.id);
    m_confirmButton->setText(verb);
    m_confirmButton->setAccessibleName(QString(verb).remove(QLatin1Char('&')));
    m_confirmBar->show();
    updateButtons();
    m_confirmButton->setFocus();
}

void CodesetReleasesView::confirm()
{
    if (!m_confirmBar->isVisible() || !m_online || m_busy)
        return;
    const qint64 id = m_pendingRelease;
    const Step step = m_pendingStep;
    m_confirmBar->hide();
    m_busy = true; // until the controller answers
    updateButtons();
    m_list->setFocus();
    Q_EMIT stepRequested(id, step);
}

void CodesetReleasesView::cancelConfirm()
{
    if (!m_confirmBar || !m_confirmBar->isVisible())
        return;
    m_confirmBar->hide();
    m_pendingRelease = 0;
    updateButtons();
    m_list->setFocus();
}

} // namespace izdesk
