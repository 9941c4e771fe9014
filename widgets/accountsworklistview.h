#pragma once

#include <accountrecords.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace izdesk {

// The accounts worklists in three tabs — expiring agreements, pending requests, recently
// inactivated — with multi-selection, bulk activate / inactivate (with a reason), opening an
// account or organization, the renewal-reminder CSV export and a status line with the counts.
// Shows what it is given and turns clicks into requests; the server decides. GUI thread only.
class AccountsWorklistView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ExpiringTab, PendingTab, InactivatedTab };

    explicit AccountsWorklistView(QWidget *parent = nullptr);

    void setExpiringAgreements(const QList<RenewalItem> &items);
    void setPendingRequests(const QList<IisAccount> &accounts);
    void setRecentlyInactivated(const QList<IisAccount> &accounts);
    // Bulk actions are for supervisors, trainers and administrators (contracts-accounts.md).
    void setBulkAllowed(bool allowed);
    void showMessage(const QString &message, bool error = false);
    void clear();

    // Ids of the IIS user accounts selected on the current tab (organizations are skipped).
    QList<qint64> selectedUserIds() const;
    QString countsText() const;

Q_SIGNALS:
    void refreshRequested();
    void bulkActivateRequested(const QList<qint64> &userIds);
    void bulkInactivateRequested(const QList<qint64> &userIds, const QString &reason);
    void exportRequested(const QString &path);
    void userOpenRequested(qint64 userId);
    void organizationOpenRequested(qint64 organizationId);

private:
    QTreeWidget *currentList() const;
    void fillAccounts(QTreeWidget *list, const QList<IisAccount> &accounts, bool inactivated);
    void openCurrent();
    void chooseExportFile();
    void updateState();

    QTabWidget *m_tabs;
    QTreeWidget *m_expiring;
    QTreeWidget *m_pending;
    QTreeWidget *m_inactivated;
    QPushButton *m_openButton;
    QPushButton *m_activateButton;
    QLineEdit *m_reasonEdit;
    QPushButton *m_inactivateButton;
    QPushButton *m_exportButton;
    QPushButton *m_refreshButton;
    QLabel *m_counts;
    QLabel *m_message;
    bool m_bulkAllowed = false;
};

} // namespace izdesk
