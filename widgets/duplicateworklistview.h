#pragma once

#include <duplicaterecords.h>

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QTabWidget;

namespace izdesk {

class DuplicateClusterPanel;

// The duplicate review worklist: candidate pairs best first (score, grade, both patients'
// source ids, badges, vetoes, status, who claimed it, how long it has waited), filters
// (grade, status, facility, patient age range), Claim and Open (Enter), Load more for the
// next page and a status line with the counts and the loading or error state. Shows what it
// is given and turns clicks into requests; the server decides. GUI thread only.
class DuplicateWorklistView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ScoreColumn,
        GradeColumn,
        PatientsColumn,
        BadgesColumn,
        VetoesColumn,
        StatusColumn,
        ClaimedColumn,
        WaitingColumn
    };

    explicit DuplicateWorklistView(QWidget *parent = nullptr);

    // The name shown for a staff id in "Claimed by" (the connector knows who is signed in).
    void setNameLookup(std::function<QString(qint64)> nameOf) { m_nameOf = std::move(nameOf); }
    void setPairs(const QList<DuplicatePair> &pairs, bool appended, bool more);
    // One pair changed (claimed, decided): its row is updated in place.
    void updatePair(const DuplicatePair &pair);
    void showLoading();
    void showMessage(const QString &message, bool error = false);
    void clear();

    DuplicateFilter filter() const;
    qint64 currentPairId() const;
    int pairCount() const;
    QString countsText() const;
    // The Clusters tab (wired by the connector); showClusters() brings it to the front.
    DuplicateClusterPanel *clusterPanel() const { return m_clusters; }
    bool clustersShown() const;
    void showClusters();

Q_SIGNALS:
    void filterChanged(const izdesk::DuplicateFilter &filter);
    void moreRequested();
    void claimRequested(qint64 pairId);
    void openRequested(qint64 pairId);
    // The Clusters tab came to the front.
    void clustersShownChanged(bool shown);

private:
    void setUpWidgets();
    QWidget *buildPairsPage();
    void connectSignals();
    void fillRow(QTreeWidgetItem *item, const DuplicatePair &pair);
    void applyFilter();
    void openCurrent();
    void updateState();

    QComboBox *m_grade;
    QComboBox *m_status;
    QLineEdit *m_facility;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QPushButton *m_applyButton;
    QTreeWidget *m_list;
    QPushButton *m_claimButton;
    QPushButton *m_openButton;
    QPushButton *m_moreButton;
    QPushButton *m_refreshButton;
    QTabWidget *m_tabs = nullptr;
    DuplicateClusterPanel *m_clusters = nullptr;
    QLabel *m_counts;
    QLabel *m_message;
    std::function<QString(qint64)> m_nameOf;
    bool m_more = false;
    bool m_loading = false;
};

} // namespace izdesk
