#include "notificationstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace izdesk {

NotificationStrip::NotificationStrip(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Open ticket"), this))
    , m_closeButton(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("notificationStrip"));
    setAccessibleName(tr("Notification"));
    // Dark text on a pale amber field: readable in light and dark themes alike.
    setStyleSheet(QStringLiteral("#notificationStrip { background: #fff4d6; border-bottom: 1px solid #d9a400; }"
                                 "#notificationStrip QLabel { color: #3d2c00; }"));
    const int icon = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_label->setObjectName(QStringLiteral("notificationText"));
    m_label->setAccessibleName(tr("Notification text"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_openButton->setObjectName(QStringLiteral("notificationOpenButton"));
    m_openButton->setAccessibleName(tr("Open the ticket"));
    m_closeButton->setObjectName(QStringLiteral("notificationCloseButton"));
    m_closeButton->setAccessibleName(tr("Dismiss notification"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(m_closeButton);

    connect(m_openButton, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT openRequested(m_ticketId);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void NotificationStrip::showNotification(qint64 ticketId, const QString &title, const QString &detail)
{
    m_ticketId = ticketId;
    m_label->setText(detail.isEmpty() ? title : tr("%1 — %2").arg(title, detail));
    m_openButton->setVisible(ticketId != 0);
    show();
}

QString NotificationStrip::text() const
{
    return m_label->text();
}

} // namespace izdesk
