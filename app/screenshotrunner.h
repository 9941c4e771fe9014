#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace izdesk {

class Application;

// `izdesk --screenshot FILE`: waits until the signed-in queue has rows, selects the first
// ticket, renders the main window to a PNG and reports an exit code (0 saved, 1 failed or
// timed out after 60 s). Never blocks: everything is driven by the application's signals.
// GUI thread only.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(Application *app, const QString &file, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void checkReady();
    void capture();
    void fail(const QString &message);

    Application *m_app;
    QString m_file;
    QTimer m_timeout;
    bool m_signedIn = false;
    bool m_done = false;
};

} // namespace izdesk
