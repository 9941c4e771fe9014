#include "screenshotrunner.h"

#include "application.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"

#include <QPixmap>

#include <cstdio>

namespace izdesk {

ScreenshotRunner::ScreenshotRunner(Application *app, const QString &file, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_file(file)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(60 * 1000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("timed out after 60 s waiting for the queue")); });
    m_timeout.start();
    connect(app->session(), &SessionController::signedIn, this, [this] {
        m_signedIn = true;
        checkReady();
    });
    connect(app->session(), &SessionController::signInFailed, this,
            [this](const QString &message) { fail(QStringLiteral("sign-in failed: ") + message); });
    connect(app->queue(), &TicketQueueController::refreshFinished, this, &ScreenshotRunner::checkReady);
    connect(app->queue()->model(), &QAbstractItemModel::rowsInserted, this, &ScreenshotRunner::checkReady);
}

void ScreenshotRunner::checkReady()
{
    if (m_done || !m_signedIn || m_app->queue()->model()->rowCount() == 0 || !m_app->queue()->lastRefresh().isValid())
        return;
    m_done = true;
    m_app->mainWindow()->queueView()->selectFirstTicket();
    // Let the layout and the detail panel settle for a moment before rendering.
    QTimer::singleShot(400, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    const QPixmap pixmap = m_app->mainWindow()->grab();
    if (pixmap.isNull() || !pixmap.save(m_file, "PNG")) {
        m_done = false;
        fail(QStringLiteral("could not write ") + m_file);
        return;
    }
    m_timeout.stop();
    std::fprintf(stdout, "screenshot saved to %s\n", qPrintable(m_file));
    std::fflush(stdout);
    Q_EMIT finished(0);
}

void ScreenshotRunner::fail(const QString &message)
{
    m_done = true;
    m_timeout.stop();
    std::fprintf(stderr, "izdesk: --screenshot: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

} // namespace izdesk
