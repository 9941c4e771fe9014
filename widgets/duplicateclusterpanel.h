#pragma once

#include <duplicaterecords.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace izdesk {

// The Clusters tab of the duplicate review worklist: groups of three or more records that
// are all duplicates of one another (every two members scored now, never chained through a
// third). One row per cluster — its grade (the weakest link), the score range, the members'
// source ids, vetoes and who was left out of the group — with one child row per member pair;
// Enter on a pair the server has stored opens it in the compare view. Filters: minimum grade
// and facility. Shows what it is given; the server decides. GUI thread only.
class DuplicateClusterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicateClusterPanel(QWidget *parent = nullptr);

    void setClusters(const QList<DuplicateCluster> &clusters, bool appended, bool more);
    void showLoading();
    void showMessage(const QString &message, bool error = false);
    void clear();

    QString minGrade() const;
    QString facility() const;
    int clusterCount() const;
    // The stored pair of the current row (a member pair), 0 when there is none.
    qint64 currentPairId() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void reloadRequested();
    void moreRequested();
    void openPairRequested(qint64 pairId);

private:
    void fillCluster(QTreeWidgetItem *item, const DuplicateCluster &cluster);
    void openCurrent();
    void updateState();

    QComboBox *m_grade;
    QLineEdit *m_facility;
    QTreeWidget *m_list;
    QPushButton *m_openButton;
    QPushButton *m_moreButton;
    QPushButton *m_reloadButton;
    QLabel *m_message;
    bool m_more = false;
    bool m_loading = false;
};

} // namespace izdesk
