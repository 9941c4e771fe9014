#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace izdesk {

// Paints the queue's status, priority and Due cells so urgency reads at a glance (colour plus
// weight plus a glyph, never colour alone: the label text is always there), and marks the
// ticket number with a person glyph while someone else has the ticket open (tooltip: who).
// GUI thread.
class TicketItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // ticket id -> "Jamie is editing"; tickets not in the map show no mark.
    void setPresence(const QHash<qint64, QString> &presence) { m_presence = presence; }
    // What the number cell's mark says ("" = no mark).
    QString presenceText(const QModelIndex &index) const;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<qint64, QString> m_presence;
};

} // namespace izdesk
