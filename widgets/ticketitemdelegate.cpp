#include "ticketitemdelegate.h"

#include "ticketlistmodel.h"

namespace izdesk {

void TicketItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (index.column() == TicketListModel::PriorityColumn) {
        // SortRole of the priority column is its rank in the catalog (low=0 … urgent=3).
        const int rank = index.data(TicketListModel::SortRole).toInt();
        if (rank >= 2) {
            option->font.setBold(true);
            if (!selected)
                option->palette.setColor(QPalette::Text, rank >= 3 ? QColor(0xb3, 0x26, 0x1e) : QColor(0xb2, 0x5e, 0x00));
        } else if (rank == 0 && !selected) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    } else if (index.column() == TicketListModel::StatusColumn) {
        const QString status = index.data(TicketListModel::StatusKeyRole).toString();
        if (status == QLatin1String("new")) {
            option->font.setBold(true);
            if (!selected)
                option->palette.setColor(QPalette::Text, QColor(0x0b, 0x57, 0xd0));
        } else if ((status == QLatin1String("resolved") || status == QLatin1String("closed")) && !selected) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }
}

} // namespace izdesk
