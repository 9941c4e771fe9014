#pragma once

#include <QStyledItemDelegate>

namespace izdesk {

// Paints the queue's status and priority cells so urgency reads at a glance (colour plus
// weight, never colour alone: the label text is always there). Stateless; GUI thread.
class TicketItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace izdesk
