#include "ticketconflictpanel.h"

#include "catalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace izdesk {

TicketConflictPanel::TicketConflictPanel(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_reloadButton(new QPushButton(tr("&Reload theirs"), this))
    , m_keepButton(new QPushButton(tr("&Keep editing"), this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#conflictPanel { background: #fff4e5; border: 1px solid #f2a900; border-radius: 4px; }"
                                 "#conflictPanel QLabel { color: #1f1f1f; }"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setAccessibleName(tr("Conflict"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Changes on the server and in your edit"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Field"), tr("On the server now"), tr("Your edit")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(110);
    m_reloadButton->setObjectName(QStringLiteral("reloadTheirsButton"));
    m_reloadButton->setAccessibleName(tr("Reload theirs"));
    m_reloadButton->setToolTip(tr("Discard your edit and show the ticket as it is on the server"));
    m_reloadButton->setAutoDefault(false);
    m_keepButton->setObjectName(QStringLiteral("keepEditingButton"));
    m_keepButton->setAccessibleName(tr("Keep editing"));
    m_keepButton->setToolTip(tr("Keep your values; saving again applies them over the server's version"));
    m_keepButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_keepButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_reloadButton, &QPushButton::clicked, this, &TicketConflictPanel::reloadTheirsRequested);
    connect(m_keepButton, &QPushButton::clicked, this, &TicketConflictPanel::keepEditingRequested);
}

void TicketConflictPanel::setDifferences(const QList<Difference> &differences)
{
    m_message->setText(tr("Someone else changed this ticket while you were editing it. Nothing was "
                          "saved. Compare the values, then reload theirs or keep editing and save again."));
    m_list->clear();
    for (const Difference &d : differences) {
        auto *item = new QTreeWidgetItem(m_list, {d.field, d.theirs, d.yours});
        if (d.bothChanged) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 3; ++c)
                item->setFont(c, bold);
            item->setToolTip(0, tr("Changed on the server and in your edit"));
        }
    }
}

QString TicketConflictPanel::valueText(const QString &field, const QJsonValue &value)
{
    const QString text = value.toString();
    if (field == QLatin1String("category"))
        return Catalog::label(Catalog::ticketCategories(), text);
    if (field == QLatin1String("channel"))
        return Catalog::label(Catalog::ticketChannels(), text);
    if (field == QLatin1String("priority"))
        return Catalog::label(Catalog::ticketPriorities(), text);
    if (field == QLatin1String("status"))
        return Catalog::label(Catalog::ticketStatuses(), text);
    if (field == QLatin1String("assignee") && text.isEmpty())
        return tr("Unassigned");
    if (text.isEmpty())
        return tr("(empty)");
    return text.size() > 80 ? text.left(79) + QStringLiteral("…") : text;
}

int TicketConflictPanel::differenceCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace izdesk
