#include "ticketitemdelegate.h"

#include "slastatus.h"
#include "ticketlistmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QPainterPath>
#include <QPixmap>

namespace izdesk {

namespace {

const QColor kRed(0xb3, 0x26, 0x1e);
const QColor kAmber(0xb2, 0x5e, 0x00);
const QColor kGreen(0x1e, 0x7b, 0x34);

// Small state glyphs drawn in code (the widgets library carries no resources): a filled
// circle with "!" for breached, a triangle for "due soon", two bars for paused, a tick for met.
QIcon slaIcon(SlaState state)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(state));
    if (it != cache.cend())
        return *it;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case SlaState::Breached:
        p.setBrush(kRed);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(2, 2, 28, 28));
        p.setPen(pen);
        p.drawLine(QPointF(16, 8), QPointF(16, 18));
        p.drawPoint(QPointF(16, 24));
        break;
    case SlaState::Warning: {
        QPainterPath tri;
        tri.moveTo(16, 2);
        tri.lineTo(31, 29);
        tri.lineTo(1, 29);
        tri.closeSubpath();
        p.fillPath(tri, kAmber);
        p.setPen(pen);
        p.drawLine(QPointF(16, 11), QPointF(16, 19));
        p.drawPoint(QPointF(16, 25));
        break;
    }
    case SlaState::Paused:
        p.setBrush(QColor(0x60, 0x67, 0x6e));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(7, 5, 6, 22), 2, 2);
        p.drawRoundedRect(QRectF(19, 5, 6, 22), 2, 2);
        break;
    case SlaState::Met:
        pen.setColor(kGreen);
        p.setPen(pen);
        p.drawPolyline(QPolygonF({QPointF(5, 17), QPointF(13, 25), QPointF(27, 8)}));
        break;
    case SlaState::Missed: // a cross: finished late (no filled alarm disc)
        pen.setColor(kRed);
        p.setPen(pen);
        p.drawLine(QPointF(8, 8), QPointF(24, 24));
        p.drawLine(QPointF(24, 8), QPointF(8, 24));
        break;
    case SlaState::Running:
    case SlaState::None:
        break;
    }
    p.end();
    const QIcon icon = (state == SlaState::Running || state == SlaState::None) ? QIcon() : QIcon(pm);
    cache.insert(int(state), icon);
    return icon;
}

QIcon presenceIcon()
{
    static const QIcon icon = [] {
        QPixmap pm(32, 32);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x6a, 0x1b, 0x9a)); // purple: not used by any SLA or status state
        p.drawEllipse(QRectF(10, 3, 12, 12));
        p.drawPie(QRectF(4, 17, 24, 26), 0, 180 * 16);
        return QIcon(pm);
    }();
    return icon;
}

} // namespace

QString TicketItemDelegate::presenceText(const QModelIndex &index) const
{
    if (index.column() != TicketListModel::NumberColumn)
        return {};
    return m_presence.value(index.data(TicketListModel::TicketIdRole).toLongLong());
}

bool TicketItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.column() == TicketListModel::NumberColumn) {
        const QString who = presenceText(index);
        if (!who.isEmpty()) {
            QToolTip::showText(event->globalPos(), who, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void TicketItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (index.data(TicketListModel::TicketIdRole).toLongLong() < 0) {
        // Created offline, waiting in the outbox: italic and muted until the server has it.
        option->font.setItalic(true);
        if (!selected)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    if (index.column() == TicketListModel::NumberColumn) {
        if (!presenceText(index).isEmpty()) {
            option->icon = presenceIcon();
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(option->fontMetrics.height() - 2, option->fontMetrics.height() - 2);
            option->decorationPosition = QStyleOptionViewItem::Right;
        }
    } else if (index.column() == TicketListModel::PriorityColumn) {
        // SortRole of the priority column is its rank in the catalog (low=0 … urgent=3).
        const int rank = index.data(TicketListModel::SortRole).toInt();
        if (rank >= 2) {
            option->font.setBold(true);
            if (!selected)
                option->palette.setColor(QPalette::Text, rank >= 3 ? kRed : kAmber);
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
    } else if (index.column() == TicketListModel::DueColumn) {
        // Colour plus a glyph plus weight, so the state never rests on colour alone.
        const auto state = SlaState(index.data(TicketListModel::SlaStateRole).toInt());
        option->icon = slaIcon(state);
        if (!option->icon.isNull()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(option->fontMetrics.height() - 4, option->fontMetrics.height() - 4);
        }
        QColor colour;
        switch (state) {
        case SlaState::Breached: option->font.setBold(true); colour = kRed; break;
        case SlaState::Warning: option->font.setBold(true); colour = kAmber; break;
        case SlaState::Met: colour = kGreen; break;
        case SlaState::Missed: colour = kRed; break;
        case SlaState::Paused:
        case SlaState::None: colour = option->palette.color(QPalette::PlaceholderText); break;
        case SlaState::Running: break;
        }
        if (colour.isValid() && !selected)
            option->palette.setColor(QPalette::Text, colour);
    }
}

} // namespace izdesk
