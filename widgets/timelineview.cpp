#include "timelineview.h"

#include "calltimerwidget.h"

#include <QLocale>

namespace izdesk {

TimelineView::TimelineView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Ticket timeline"));
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSpacing(3);
    setUniformItemSizes(false);
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

QString TimelineView::headline(const TimelineRow &e)
{
    const QString when = QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (e.kind == QLatin1String("call")) {
        const QString what = e.direction == QLatin1String("outbound") ? tr("Outbound call") : tr("Inbound call");
        QString line = tr("%1 · %2 · %3").arg(what, CallTimerWidget::formatElapsed(e.durationSeconds), e.author);
        if (!e.phone.isEmpty())
            line += tr(" · %1").arg(e.phone);
        return tr("%1 · %2").arg(line, when);
    }
    const QString what = e.kind == QLatin1String("reply") ? tr("Reply to caller") : tr("Internal note");
    return tr("%1 · %2 · %3").arg(what, e.author, when);
}

void TimelineView::setEntries(const QList<TimelineRow> &entries)
{
    clear();
    for (const TimelineRow &e : entries)
        appendEntry(e);
}

void TimelineView::appendEntry(const TimelineRow &e)
{
    // Pale tints keep dark text readable; the headline's words carry the kind for screen
    // readers and for anyone who cannot tell the tints apart.
    QColor tint(0xff, 0xf6, 0xd5);   // note: amber
    QString glyph = QStringLiteral("✎");
    if (e.kind == QLatin1String("reply")) {
        tint = QColor(0xe3, 0xee, 0xfd); // reply: blue
        glyph = QStringLiteral("↩");
    } else if (e.kind == QLatin1String("call")) {
        tint = QColor(0xe4, 0xf4, 0xe7); // call: green
        glyph = QStringLiteral("☎");
    }
    const QString head = headline(e);
    auto *item = new QListWidgetItem(this);
    item->setText(e.body.isEmpty() ? tr("%1  %2").arg(glyph, head) : tr("%1  %2\n%3").arg(glyph, head, e.body));
    item->setData(Qt::UserRole, e.id);
    item->setData(Qt::UserRole + 1, e.kind);
    item->setData(Qt::AccessibleTextRole, e.body.isEmpty() ? head : tr("%1: %2").arg(head, e.body));
    item->setBackground(tint);
    item->setForeground(QColor(0x1f, 0x23, 0x28));
    item->setToolTip(head);
    scrollToItem(item);
}

} // namespace izdesk
