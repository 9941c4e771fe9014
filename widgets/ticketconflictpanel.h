#pragma once

#include <QFrame>
#include <QList>

class QJsonValue;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace izdesk {

// The "someone else changed this ticket" notice inside the editor: a field-by-field list of
// what is on the server now next to what you typed, and the two ways out ("Reload theirs",
// "Keep editing"). Display only; the editor decides what the buttons do. GUI thread only.
class TicketConflictPanel : public QFrame
{
    Q_OBJECT

public:
    struct Difference
    {
        QString field;  // translated field name
        QString theirs; // value on the server now
        QString yours;  // value in the editor
        bool bothChanged = false;
    };

    explicit TicketConflictPanel(QWidget *parent = nullptr);

    void setDifferences(const QList<Difference> &differences);
    int differenceCount() const;
    // How a ticket field's JSON value reads in the list (catalog labels, "(empty)", elided).
    static QString valueText(const QString &field, const QJsonValue &value);

Q_SIGNALS:
    void reloadTheirsRequested();
    void keepEditingRequested();

private:
    QLabel *m_message = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_keepButton = nullptr;
};

} // namespace izdesk
