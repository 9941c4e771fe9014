#pragma once

#include <onboardingboard.h>

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace izdesk {

// The onboarding board: the queue and the five stages as columns, a card per project in its
// current stage (organization, days left or overdue, gate met or not; overdue first), the
// queue with position and priority. Left/Right move between columns, Up/Down between cards,
// Enter opens the project; Ctrl+F filters by text; F5 reloads. Supervisors see Invite and
// Withdraw under the queue. The status line says what the board shows or what failed.
// Display only: the actions are request signals. GUI thread only.
class OnboardingBoardView : public QWidget
{
    Q_OBJECT

public:
    explicit OnboardingBoardView(QWidget *parent = nullptr);

    void setBoard(const QList<OnboardingProject> &projects, const QList<OnboardingQueueEntry> &queue,
                  const QDateTime &now);
    void showLoading();
    void showMessage(const QString &message, bool error = false);
    QString statusText() const;
    // onboarding_manage: the queue's Invite and Withdraw.
    void setMayManage(bool mayManage);
    void clear();

    const OnboardingBoard &board() const { return m_board; }
    QListWidget *columnList(int column) const { return m_lists.value(column); }
    // The card with focus or selected in the focused column, or an empty card.
    OnboardingCard currentCard() const;
    // Puts the focus on a project's card (after a reload it keeps its place).
    bool focusProject(qint64 projectId);

Q_SIGNALS:
    void refreshRequested();
    void projectOpenRequested(qint64 projectId);
    void inviteRequested(qint64 queueEntryId);
    void withdrawEntryRequested(qint64 queueEntryId, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One column: its title, its list of cards and, for the queue, Invite and Withdraw.
    QFrame *buildColumn(int column);
    void render();
    void fillColumn(int column);
    void activate(QListWidgetItem *item);
    void moveColumn(int from, int step);
    void updateQueueButtons();
    void askWithdraw();
    OnboardingCard cardOf(const QListWidgetItem *item) const;

    OnboardingBoard m_board;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QList<QLabel *> m_titles;
    QList<QListWidget *> m_lists;
    QPushButton *m_invite;
    QPushButton *m_withdraw;
    QLabel *m_status;
    QString m_summary;
    bool m_mayManage = false;
    bool m_loaded = false;
};

} // namespace izdesk
