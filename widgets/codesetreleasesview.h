#pragma once

#include <codesetrelease.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace izdesk {

class CodesetReleaseDetail;
class CodesetReleaseListModel;

// Code set releases for supervisors and administrators: the releases (status, staged when and
// by whom, new / changed / retired per code system), the selected one in detail, and its next
// steps Approve (Alt+A), Publish (Alt+P) and Discard (Alt+D). Each step first says what it will
// do in a confirmation below the list (Enter or Alt+W goes ahead, Escape keeps the release as
// it is); the status line says what is in flight and what the server answered. Emits what the
// user asked for; holds no rules beyond the release's own next steps.
class CodesetReleasesView : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Approve, Publish, Discard };

    explicit CodesetReleasesView(QWidget *parent = nullptr);

    CodesetReleaseDetail *detail() const { return m_detail; }
    qint64 currentReleaseId() const;
    QString statusText() const;

public Q_SLOTS:
    void showWorking(const QString &what);
    void setReleases(const QList<izdesk::CodesetRelease> &releases);
    // A release as the server has it now; `what` (if any) goes to the status line.
    void updateRelease(const izdesk::CodesetRelease &release, const QString &what);
    void showError(const QString &message);
    void setOnline(bool online);
    void clear();

Q_SIGNALS:
    void reloadRequested();
    void stepRequested(qint64 releaseId, izdesk::CodesetReleasesView::Step step);

private:
    QWidget *buildConfirmBar();
    void onCurrentChanged();
    void updateButtons();
    void ask(Step step);
    void confirm();
    void cancelConfirm();
    QString consequence(const CodesetRelease &release, Step step) const;
    void setStatus(const QString &text, bool error);

    QLabel *m_status;
    QPushButton *m_reload;
    QTableView *m_list;
    CodesetReleaseListModel *m_model;
    CodesetReleaseDetail *m_detail;
    QPushButton *m_approve, *m_publish, *m_discard;
    QWidget *m_confirmBar = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    Step m_pendingStep = Step::Approve;
    qint64 m_pendingRelease = 0;
    bool m_online = true;
    bool m_busy = false;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::CodesetReleasesView::Step)
