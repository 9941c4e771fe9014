#pragma once

#include <accountrecords.h>

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace izdesk {

// The signed-document actions of an agreements list: "Attach signed document…" and "Save
// signed document…" for the selected agreement, as buttons with mnemonics and in the list's
// context menu (Ctrl+O, Ctrl+S while the list has focus). It asks for the file through a
// replaceable chooser (tests set one), says what is happening on the view's status line and
// emits a request; reading and writing the file is the controller's. The list's items carry
// the agreement id in column 0, Qt::UserRole. GUI thread only.
class AgreementDocumentBar : public QWidget
{
    Q_OBJECT

public:
    // save = true asks where to save `suggested`; false asks which file to attach.
    using FileChooser = std::function<QString(QWidget *parent, bool save, const QString &suggested)>;

    AgreementDocumentBar(QTreeWidget *list, QLabel *status, QWidget *parent);

    // The agreements the list now shows; `keep` is selected again when it is still there.
    void setAgreements(const QList<AccountAgreement> &agreements, qint64 keep = 0);
    qint64 currentAgreementId() const;
    // Offline or signed out: nothing can be attached.
    void setChangesEnabled(bool enabled);
    // One transfer at a time: the actions wait until it has finished or failed.
    void setBusy(bool busy);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // Tab goes from `before` (the list) to Attach, Save, then `after`.
    void placeInTabOrder(QWidget *before, QWidget *after);

public Q_SLOTS:
    void attach();
    void save();

Q_SIGNALS:
    void attachRequested(qint64 agreementId, const QString &path);
    void saveRequested(qint64 agreementId, const QString &path);

private:
    QString choose(bool save, const QString &suggested);
    const AccountAgreement *current() const;
    void updateState();

    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_attachButton;
    QPushButton *m_saveButton;
    QAction *m_attachAction;
    QAction *m_saveAction;
    QHash<qint64, AccountAgreement> m_agreements;
    FileChooser m_chooser;
    bool m_changesEnabled = true;
    bool m_busy = false;
};

} // namespace izdesk
