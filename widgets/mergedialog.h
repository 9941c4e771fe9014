#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace izdesk {

// Confirms merging the shown ticket into another: the user types the target ticket number,
// the dialog spells out what will happen (this ticket is closed and marked "merged into", its
// timeline stays and is listed on the target too) and "Merge" is the explicit confirmation.
// GUI thread only.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(QWidget *parent = nullptr);

    void start(qint64 sourceId, const QString &sourceNumber, int sourceVersion);
    qint64 targetId() const; // 0 while the text is not a ticket number

Q_SIGNALS:
    void mergeConfirmed(qint64 sourceId, qint64 targetId, int sourceVersion);

private:
    void updateText();

    QLabel *m_intro = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QLabel *m_consequence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_sourceId = 0;
    QString m_sourceNumber;
    int m_sourceVersion = 0;
};

} // namespace izdesk
