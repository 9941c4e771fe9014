#include "cannedresponsesdialog.h"

#include "catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace izdesk {

CannedResponsesDialog::CannedResponsesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_titleEdit(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_newButton(new QPushButton(tr("&New"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("cannedResponsesDialog"));
    setWindowTitle(tr("Canned responses"));
    m_list->setObjectName(QStringLiteral("cannedList"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_list->setMinimumWidth(220);
    m_titleEdit->setObjectName(QStringLiteral("cannedTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Title"));
    m_titleEdit->setMaxLength(200);
    m_categoryCombo->setObjectName(QStringLiteral("cannedCategoryCombo"));
    m_categoryCombo->setAccessibleName(tr("Offered for category"));
    m_categoryCombo->addItem(tr("Any category"), QString());
    for (const CodeEntry &e : Catalog::ticketCategories())
        m_categoryCombo->addItem(Catalog::label(Catalog::ticketCategories(), e.key), e.key);
    m_bodyEdit->setObjectName(QStringLiteral("cannedBodyEdit"));
    m_bodyEdit->setAccessibleName(tr("Text"));
    m_bodyEdit->setTabChangesFocus(true);
    m_newButton->setObjectName(QStringLiteral("cannedNewButton"));
    m_newButton->setAccessibleName(tr("New canned response"));
    m_saveButton->setObjectName(QStringLiteral("cannedSaveButton"));
    m_saveButton->setAccessibleName(tr("Save the canned response"));
    m_deleteButton->setObjectName(QStringLiteral("cannedDeleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete the canned response"));
    m_error->setObjectName(QStringLiteral("cannedErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_titleEdit);
    auto *categoryLabel = new QLabel(tr("&Offered for:"), this);
    categoryLabel->setBuddy(m_categoryCombo);
    auto *bodyLabel = new QLabel(tr("Te&xt:"), this);
    bodyLabel->setBuddy(m_bodyEdit);
    form->addRow(titleLabel, m_titleEdit);
    form->addRow(categoryLabel, m_categoryCombo);
    form->addRow(bodyLabel, m_bodyEdit);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_newButton);
    editButtons->addStretch();
    editButtons->addWidget(m_deleteButton);
    editButtons->addWidget(m_saveButton);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form, 1);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(editButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resize(760, 440);

    setTabOrder(m_list, m_titleEdit);
    setTabOrder(m_titleEdit, m_categoryCombo);
    setTabOrder(m_categoryCombo, m_bodyEdit);
    setTabOrder(m_bodyEdit, m_saveButton);
    setTabOrder(m_saveButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_newButton);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedResponsesDialog::showSelected);
    connect(m_newButton, &QPushButton::clicked, this, &CannedResponsesDialog::startNew);
    connect(m_saveButton, &QPushButton::clicked, this, &CannedResponsesDialog::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &CannedResponsesDialog::removeSelected);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &CannedResponsesDialog::updateButtons);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &CannedResponsesDialog::updateButtons);
    updateButtons();
}

void CannedResponsesDialog::setResponses(const QList<CannedResponseChoice> &responses)
{
    const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : selectedId();
    m_responses = responses;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (int i = 0; i < responses.size(); ++i) {
        const CannedResponseChoice &r = responses.at(i);
        auto *item = new QListWidgetItem(r.category.isEmpty()
                                             ? r.title
                                             : tr("%1 (%2)").arg(r.title, Catalog::label(Catalog::ticketCategories(),
                                                                                         r.category)),
                                         m_list);
        item->setData(Qt::UserRole, r.id);
        if (r.id == keep)
            select = i;
    }
    if (select >= 0) {
        m_selectAfterLoad = 0; // the saved response is listed and selected
        m_list->setCurrentRow(select);
        showSelected();
    } else if (m_editingId != 0 && m_selectAfterLoad == 0) {
        startNew(); // what was being edited is gone
    }
    updateButtons();
}

int CannedResponsesDialog::count() const
{
    return m_list->count();
}

qint64 CannedResponsesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CannedResponsesDialog::showSelected()
{
    const qint64 id = selectedId();
    for (const CannedResponseChoice &r : std::as_const(m_responses)) {
        if (r.id != id)
            continue;
        m_editingId = id;
        m_titleEdit->setText(r.title);
        m_categoryCombo->setCurrentIndex(std::max(0, m_categoryCombo->findData(r.category)));
        m_bodyEdit->setPlainText(r.body);
        m_error->hide();
        break;
    }
    updateButtons();
}

void CannedResponsesDialog::startNew()
{
    m_editingId = 0;
    m_selectAfterLoad = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_titleEdit->clear();
    m_categoryCombo->setCurrentIndex(0);
    m_bodyEdit->clear();
    m_error->hide();
    m_titleEdit->setFocus();
    updateButtons();
}

void CannedResponsesDialog::save()
{
    const CannedResponseChoice r{m_editingId, m_titleEdit->text().trimmed(), m_bodyEdit->toPlainText(),
                                 m_categoryCombo->currentData().toString()};
    if (r.title.isEmpty() || r.body.trimmed().isEmpty()) {
        showError(tr("A canned response needs a title and a text."));
        return;
    }
    m_saving = true;
    m_error->hide();
    updateButtons();
    if (r.id == 0)
        Q_EMIT createRequested(r);
    else
        Q_EMIT updateRequested(r);
}

void CannedResponsesDialog::confirmSaved(qint64 id)
{
    m_saving = false;
    m_editingId = id;
    m_selectAfterLoad = id;
    updateButtons();
}

void CannedResponsesDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    if (m_confirmDelete
        && QMessageBox::question(this, tr("Delete canned response"),
                                 tr("Delete \"%1\"? Specialists will no longer be offered it.")
                                     .arg(m_list->currentItem()->text()))
               != QMessageBox::Yes)
        return;
    Q_EMIT deleteRequested(id);
}

void CannedResponsesDialog::showError(const QString &message)
{
    m_saving = false;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    updateButtons();
}

QString CannedResponsesDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void CannedResponsesDialog::updateButtons()
{
    m_saveButton->setEnabled(!m_saving && !m_titleEdit->text().trimmed().isEmpty()
                             && !m_bodyEdit->toPlainText().trimmed().isEmpty());
    m_deleteButton->setEnabled(!m_saving && selectedId() != 0 && m_editingId == selectedId());
}

} // namespace izdesk
