#include "agreementdocumentbar.h"

#include "accountdisplay.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

namespace izdesk {

AgreementDocumentBar::AgreementDocumentBar(QTreeWidget *list, QLabel *status, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_status(status)
    , m_attachButton(new QPushButton(tr("Attac&h signed document…"), this))
    , m_saveButton(new QPushButton(tr("Sav&e signed document…"), this))
    , m_attachAction(new QAction(tr("Attach signed document…"), list))
    , m_saveAction(new QAction(tr("Save signed document…"), list))
{
    setObjectName(QStringLiteral("agreementDocumentBar"));
    AccountDisplay::name(m_attachButton, "attachDocumentButton",
                         tr("Attach the signed document (PDF, PNG, JPEG or TIFF, up to 10 MB) to the selected "
                            "agreement"));
    AccountDisplay::name(m_saveButton, "saveDocumentButton", tr("Save the selected agreement's signed document"));
    m_attachAction->setObjectName(QStringLiteral("attachDocumentAction"));
    m_saveAction->setObjectName(QStringLiteral("saveDocumentAction"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    for (QAction *action : {m_attachAction, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setShortcutVisibleInContextMenu(true);
        list->addAction(action);
    }
    list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attachButton);
    layout->addWidget(m_saveButton);
    layout->addStretch();

    connect(m_attachButton, &QPushButton::clicked, this, &AgreementDocumentBar::attach);
    connect(m_attachAction, &QAction::triggered, this, &AgreementDocumentBar::attach);
    connect(m_saveButton, &QPushButton::clicked, this, &AgreementDocumentBar::save);
    connect(m_saveAction, &QAction::triggered, this, &AgreementDocumentBar::save);
    connect(list, &QTreeWidget::currentItemChanged, this, &AgreementDocumentBar::updateState);
    updateState();
}

void AgreementDocumentBar::setAgreements(const QList<AccountAgreement> &agreements, qint64 keep)
{
    m_agreements.clear();
    for (const AccountAgreement &a : agreements)
        m_agreements.insert(a.id, a);
    m_busy = false;
    for (int i = 0; keep && i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == keep)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    updateState();
}

void AgreementDocumentBar::placeInTabOrder(QWidget *before, QWidget *after)
{
    setTabOrder(before, m_attachButton);
    setTabOrder(m_attachButton, m_saveButton);
    setTabOrder(m_saveButton, after);
}

qint64 AgreementDocumentBar::currentAgreementId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

const AccountAgreement *AgreementDocumentBar::current() const
{
    const auto it = m_agreements.constFind(currentAgreementId());
    return it == m_agreements.cend() ? nullptr : &it.value();
}

void AgreementDocumentBar::setChangesEnabled(bool enabled)
{
    m_changesEnabled = enabled;
    updateState();
}

void AgreementDocumentBar::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void AgreementDocumentBar::updateState()
{
    const AccountAgreement *a = current();
    const bool canAttach = a && m_changesEnabled && !m_busy;
    const bool canSave = a && a->hasDocument() && !m_busy;
    m_attachButton->setEnabled(canAttach);
    m_attachAction->setEnabled(canAttach);
    m_saveButton->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
}

QString AgreementDocumentBar::choose(bool save, const QString &suggested)
{
    if (m_chooser)
        return m_chooser(this, save, suggested);
    if (save) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(
            this, tr("Save the signed agreement"), QDir(folder).filePath(suggested),
            tr("%1 files (*.%2)").arg(QFileInfo(suggested).suffix().toUpper(), QFileInfo(suggested).suffix()));
    }
    return QFileDialog::getOpenFileName(
        this, tr("Attach the signed agreement"), QString(),
        tr("Signed documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg *.tif "
           "*.tiff)"));
}

void AgreementDocumentBar::attach()
{
    const AccountAgreement *a = current();
    if (!a || !m_attachButton->isEnabled())
        return;
    const qint64 id = a->id;
    if (a->hasDocument()
        && QMessageBox::question(this, tr("Replace the signed document"),
                                 tr("A signed document (%1) is on file for this agreement. Replace it?")
                                     .arg(AccountDisplay::documentText(*a)))
               != QMessageBox::Yes)
        return;
    const QString path = choose(false, QString());
    if (path.isEmpty())
        return;
    setBusy(true);
    AccountDisplay::showStatus(m_status, tr("Attaching “%1”…").arg(QFileInfo(path).fileName()), false);
    Q_EMIT attachRequested(id, path);
}

void AgreementDocumentBar::save()
{
    const AccountAgreement *a = current();
    if (!a || !m_saveButton->isEnabled())
        return;
    const qint64 id = a->id;
    const QString path = choose(true, a->documentFileName());
    if (path.isEmpty())
        return;
    setBusy(true);
    AccountDisplay::showStatus(m_status, tr("Saving the signed document to %1…").arg(QDir::toNativeSeparators(path)),
                               false);
    Q_EMIT saveRequested(id, path);
}

} // namespace izdesk
