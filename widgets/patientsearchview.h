#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;

namespace izdesk {

class PatientResultModel;

// Patient lookup for the phone desk: ONE free-text box (names, DOB, phone, IIS id, address —
// in any order) above the ranked results. The selected row's score is explained field by
// field in an expandable breakdown below the table (and on hover). Enter opens the record,
// Ctrl+L links the patient to the current ticket. Renders the controller's model and emits
// requests; states (searching, no match, error) are set by the app. GUI thread only.
class PatientSearchView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSearchView(QWidget *parent = nullptr);

    void setModel(PatientResultModel *model);
    QString searchText() const;
    qint64 currentPatientId() const;
    bool selectPatient(qint64 patientId);

    void showSearching(const QString &text);
    void showResults(const QString &text, int count);
    void showFailed(const QString &text, const QString &message);
    void showCleared();
    // The ticket Ctrl+L links to (0: none, the action is disabled).
    void setLinkTarget(qint64 ticketId, const QString &ticketLabel);
    void showLinked(const QString &message);

public Q_SLOTS:
    void focusSearch();

Q_SIGNALS:
    void searchTextEdited(const QString &text); // while typing (the controller debounces)
    void searchSubmitted(const QString &text);  // Enter before results for this text are shown
    void openRequested(qint64 patientId);
    void linkRequested(qint64 patientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpSearchLine();
    void setUpResultsTable();
    void setUpExplanation();
    void setUpButtons();
    void updateExplanation();
    void updateActions();
    void setStatus(const QString &text, bool error = false);
    void openCurrent();

    PatientResultModel *m_model = nullptr;
    QLineEdit *m_searchEdit;
    QProgressBar *m_busy;
    QLabel *m_statusLabel;
    QTableView *m_table;
    QToolButton *m_explainToggle;
    QLabel *m_explainSummary;
    QTableWidget *m_explanation;
    QWidget *m_explainPanel;
    QPushButton *m_openButton;
    QPushButton *m_linkButton;
    QString m_shownText;
    qint64 m_linkTicketId = 0;
};

} // namespace izdesk
