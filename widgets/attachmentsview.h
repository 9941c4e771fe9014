#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace izdesk {

// One file attached to a ticket, as the list shows it.
struct AttachmentRow
{
    qint64 id = 0;
    QString filename;
    QString contentType;
    qint64 size = 0;
    QString uploadedBy;
    QDateTime createdAt; // UTC
};

// The attachments of one ticket (scanned forms): name, type, size, who added it and when;
// "Attach file…" picks a file, "Open" and "Save as…" fetch one. The accepted types and the
// size limit are shown above the list; the check itself is the controller's (before upload).
// The file dialogs go through a replaceable chooser so tests can drive them.
// GUI thread only.
class AttachmentsView : public QWidget
{
    Q_OBJECT

public:
    // save = true asks where to save `suggested`; false asks which file to attach.
    using FileChooser = std::function<QString(QWidget *parent, bool save, const QString &suggested)>;

    explicit AttachmentsView(QWidget *parent = nullptr);

    void setLimitsText(const QString &text);  // "PDF, PNG, JPEG or TIFF, up to 10 MB"
    void setFileFilter(const QString &filter); // for the open dialog
    void setAttachments(qint64 ticketId, const QList<AttachmentRow> &rows);
    void addAttachment(qint64 ticketId, const AttachmentRow &row);
    void clear();
    int count() const;
    qint64 ticketId() const { return m_ticketId; }
    // A problem (refused file, failed upload) or a confirmation, shown under the list.
    void showMessage(const QString &text, bool error);
    QString message() const;
    void setBusy(bool busy);
    void setReadOnly(bool readOnly);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    static QString formatSize(qint64 bytes);

public Q_SLOTS:
    void attachFile();

Q_SIGNALS:
    void uploadRequested(qint64 ticketId, const QString &path);
    void openRequested(qint64 attachmentId, const QString &filename);
    void saveRequested(qint64 attachmentId, const QString &path);
    void countChanged(int count);

private:
    void updateButtons();
    qint64 currentId() const;
    QString currentName() const;

    QLabel *m_limits = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_message = nullptr;
    QString m_filter;
    QString m_limitsText;
    FileChooser m_chooser;
    qint64 m_ticketId = 0;
    bool m_busy = false;
    bool m_readOnly = false;
};

} // namespace izdesk
