#include "ticketlinksbar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace izdesk {

TicketLinksBar::TicketLinksBar(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QHBoxLayout)
    , m_empty(new QLabel(tr("No links yet."), this))
    , m_linkButton(new QPushButton(tr("&Link…"), this))
    , m_mergeButton(new QPushButton(tr("&Merge into…"), this))
{
    setObjectName(QStringLiteral("ticketLinks"));
    setWindowTitle(tr("Links"));
    m_empty->setObjectName(QStringLiteral("noLinksLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_linkButton->setObjectName(QStringLiteral("linkButton"));
    m_linkButton->setAccessibleName(tr("Link this ticket to an organization, facility, ticket, patient or IIS user"));
    m_linkButton->setToolTip(m_linkButton->accessibleName());
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setAccessibleName(tr("Merge this ticket into another ticket"));
    m_mergeButton->setToolTip(m_mergeButton->accessibleName());

    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(6);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_chips);
    layout->addStretch();
    layout->addWidget(m_linkButton);
    layout->addWidget(m_mergeButton);

    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        if (m_ticket && !m_readOnly)
            Q_EMIT linkRequested(m_ticket->id);
    });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        if (m_ticket && !m_readOnly && !m_ticket->mergedInto)
            Q_EMIT mergeRequested(m_ticket->id);
    });
    updateEnabled();
}

QStringList TicketLinksBar::kinds()
{
    return {QStringLiteral("organization"), QStringLiteral("facility"), QStringLiteral("ticket"),
            QStringLiteral("patient"), QStringLiteral("iis_user")};
}

QString TicketLinksBar::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("organization"))
        return tr("Organization");
    if (kind == QLatin1String("facility"))
        return tr("Facility");
    if (kind == QLatin1String("ticket"))
        return tr("Ticket");
    if (kind == QLatin1String("patient"))
        return tr("Patient");
    if (kind == QLatin1String("iis_user"))
        return tr("IIS user");
    return kind;
}

QString TicketLinksBar::chipText(const TicketLink &link)
{
    // Patients and IIS users have no label from the server: show the id that was linked.
    return tr("%1: %2").arg(kindLabel(link.kind), link.label.isEmpty() ? link.target : link.label);
}

void TicketLinksBar::setTicket(const std::optional<Ticket> &ticket)
{
    const bool same = ticket && m_ticket && ticket->id == m_ticket->id && ticket->links == m_shownLinks;
    m_ticket = ticket;
    if (!same)
        rebuild();
    updateEnabled();
}

void TicketLinksBar::setOpenableKinds(const QStringList &kinds)
{
    m_openableKinds = kinds;
    rebuild();
}

void TicketLinksBar::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

QStringList TicketLinksBar::chipTexts() const
{
    QStringList texts;
    for (const TicketLink &l : m_shownLinks)
        texts.append(chipText(l));
    return texts;
}

void TicketLinksBar::rebuild()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shownLinks = m_ticket ? m_ticket->links : QList<TicketLink>();
    int index = 0;
    for (const TicketLink &link : std::as_const(m_shownLinks)) {
        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("linkChip%1").arg(index++));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setAutoFillBackground(true);
        chip->setBackgroundRole(QPalette::AlternateBase);
        auto *chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(8, 1, 2, 1);
        chipLayout->setSpacing(2);
        QWidget *text = nullptr;
        if (m_openableKinds.contains(link.kind)) {
            // Opening only reads: it stays available when the ticket is read-only.
            auto *open = new QToolButton(chip);
            open->setObjectName(QStringLiteral("openLinkButton"));
            open->setText(chipText(link));
            open->setAutoRaise(true);
            open->setCursor(Qt::PointingHandCursor);
            open->setAccessibleName(tr("Open %1").arg(chipText(link)));
            open->setToolTip(open->accessibleName());
            connect(open, &QToolButton::clicked, this, [this, link] { Q_EMIT linkOpenRequested(link.kind, link.target); });
            text = open;
        } else {
            auto *label = new QLabel(chipText(link), chip);
            label->setObjectName(QStringLiteral("linkChipText"));
            label->setTextFormat(Qt::PlainText);
            text = label;
        }
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("unlinkButton"));
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove the link to %1").arg(chipText(link)));
        remove->setToolTip(remove->accessibleName());
        remove->setEnabled(!m_readOnly);
        chipLayout->addWidget(text);
        chipLayout->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this, link] {
            if (m_ticket && !m_readOnly)
                Q_EMIT unlinkRequested(m_ticket->id, link.kind, link.target);
        });
        m_chips->addWidget(chip);
    }
    m_empty->setVisible(m_shownLinks.isEmpty());
}

void TicketLinksBar::updateEnabled()
{
    const bool editable = m_ticket.has_value() && !m_readOnly;
    m_linkButton->setEnabled(editable);
    m_mergeButton->setEnabled(editable && !m_ticket->mergedInto);
    m_mergeButton->setToolTip(m_ticket && m_ticket->mergedInto ? tr("This ticket is already merged")
                                                               : m_mergeButton->accessibleName());
    const QList<QToolButton *> removes = findChildren<QToolButton *>(QStringLiteral("unlinkButton"));
    for (QToolButton *b : removes)
        b->setEnabled(editable);
}

} // namespace izdesk
