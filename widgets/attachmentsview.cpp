#include "attachmentsview.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {
enum Column { NameColumn, TypeColumn, SizeColumn, ByColumn, AddedColumn };

QString typeLabel(const QString &contentType)
{
    if (contentType == QLatin1String("application/pdf"))
        return AttachmentsView::tr("PDF document");
    if (contentType == QLatin1String("image/png"))
        return AttachmentsView::tr("PNG image");
    if (contentType == QLatin1String("image/jpeg"))
        return AttachmentsView::tr("JPEG image");
    if (contentType == QLatin1String("image/tiff"))
        return AttachmentsView::tr("TIFF scan");
    return contentType;
}

QString defaultChooser(QWidget *parent, bool save, const QString &suggested, const QString &filter)
{
    return save ? QFileDialog::getSaveFileName(parent, AttachmentsView::tr("Save attachment"), suggested)
                : QFileDialog::getOpenFileName(parent, AttachmentsView::tr("Attach a file"), QString(), filter);
}
} // namespace

AttachmentsView::AttachmentsView(QWidget *parent)
    : QWidget(parent)
    , m_limits(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_attachButton(new QPushButton(tr("&Attach file…"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_saveButton(new QPushButton(tr("Sa&ve as…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentsView"));
    m_limits->setObjectName(QStringLiteral("attachmentLimitsLabel"));
    m_limits->setForegroundRole(QPalette::PlaceholderText);
    m_limits->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("Added by"), tr("Added")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {TypeColumn, SizeColumn, ByColumn, AddedColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setAccessibleName(tr("Attach a file to this ticket"));
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setAccessibleName(tr("Open the selected attachment"));
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveButton->setAccessibleName(tr("Save the selected attachment as a file"));

    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setAccessibleName(tr("Attachment status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_limits);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_list, m_attachButton);
    setTabOrder(m_attachButton, m_openButton);
    setTabOrder(m_openButton, m_saveButton);

    connect(m_attachButton, &QPushButton::clicked, this, &AttachmentsView::attachFile);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT openRequested(id, currentName());
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const qint64 id = currentId();
        if (!id)
            return;
        const QString path = m_chooser ? m_chooser(this, true, currentName())
                                       : defaultChooser(this, true, currentName(), m_filter);
        if (!path.isEmpty())
            Q_EMIT saveRequested(id, path);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_openButton->click(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsView::updateButtons);
    updateButtons();
}

void AttachmentsView::setLimitsText(const QString &text)
{
    m_limitsText = text;
    m_limits->setText(tr("Scanned forms and documents: %1.").arg(text));
    updateButtons();
}

void AttachmentsView::setFileFilter(const QString &filter)
{
    m_filter = filter;
}

void AttachmentsView::attachFile()
{
    if (!m_ticketId || m_busy || m_readOnly)
        return;
    const QString path = m_chooser ? m_chooser(this, false, QString()) : defaultChooser(this, false, QString(), m_filter);
    if (!path.isEmpty())
        Q_EMIT uploadRequested(m_ticketId, path);
}

void AttachmentsView::setAttachments(qint64 ticketId, const QList<AttachmentRow> &rows)
{
    if (ticketId != m_ticketId) {
        m_message->hide();
        m_busy = false;
    }
    m_ticketId = ticketId;
    m_list->clear();
    for (const AttachmentRow &row : rows)
        addAttachment(ticketId, row);
    updateButtons();
    Q_EMIT countChanged(count());
}

void AttachmentsView::addAttachment(qint64 ticketId, const AttachmentRow &row)
{
    if (ticketId != m_ticketId)
        return;
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(NameColumn, row.filename);
    item->setData(NameColumn, Qt::UserRole, row.id);
    item->setText(TypeColumn, typeLabel(row.contentType));
    item->setText(SizeColumn, formatSize(row.size));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(ByColumn, row.uploadedBy);
    item->setText(AddedColumn, QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
    updateButtons();
    Q_EMIT countChanged(count());
}

void AttachmentsView::clear()
{
    setAttachments(0, {});
}

int AttachmentsView::count() const
{
    return m_list->topLevelItemCount();
}

void AttachmentsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString AttachmentsView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void AttachmentsView::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showMessage(tr("Uploading…"), false);
    updateButtons();
}

void AttachmentsView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

QString AttachmentsView::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

qint64 AttachmentsView::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

QString AttachmentsView::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void AttachmentsView::updateButtons()
{
    m_attachButton->setEnabled(m_ticketId != 0 && !m_busy && !m_readOnly);
    m_attachButton->setToolTip(m_readOnly ? tr("Offline: files can be attached once the server can be reached")
                                          : tr("Attach a file (%1)").arg(m_limitsText));
    const bool selected = currentId() != 0;
    m_openButton->setEnabled(selected);
    m_saveButton->setEnabled(selected);
}

} // namespace izdesk
