#pragma once

#include <codesetrelease.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace izdesk {

class CodesetChangeFilter;
class CodesetChangeModel;
class CodesetCountModel;

// One code set release: its status and who moved it, its counts per code set, and each code it
// adds, changes or retires (before → after for a changed code), filtered by code system,
// kind (Alt+N new, Alt+C changed, Alt+R retired) and text (Alt+F). Renders; holds no rules.
class CodesetReleaseDetail : public QWidget
{
    Q_OBJECT

public:
    explicit CodesetReleaseDetail(QWidget *parent = nullptr);

    void setRelease(const CodesetRelease &release);
    void clear();
    bool hasRelease() const { return m_release.id != 0; }
    const CodesetRelease &release() const { return m_release; }
    // The rows the filters let through: shown / of all.
    int shownCount() const;

private:
    void buildFilters(QWidget *row);
    void updateShown();
    void fitCounts();

    CodesetRelease m_release;
    QLabel *m_header;
    QLabel *m_files;
    QTableView *m_counts;
    CodesetCountModel *m_countModel;
    QComboBox *m_system;
    QCheckBox *m_added = nullptr;
    QCheckBox *m_changed = nullptr;
    QCheckBox *m_retired = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_shown;
    QTableView *m_table;
    CodesetChangeModel *m_changes;
    CodesetChangeFilter *m_filter;
};

} // namespace izdesk
