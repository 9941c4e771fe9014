#pragma once

#include <QUrl>

namespace izdesk {

// Opens a web page in the person's own browser (the system browser, as OAuth for native apps,
// RFC 8252, asks: the identity provider's page is never shown inside IZ Desk). Tests supply a
// launcher that plays the browser. GUI thread.
class BrowserLauncher
{
public:
    virtual ~BrowserLauncher() = default;
    // False when no browser could be started.
    virtual bool open(const QUrl &url) = 0;
};

// The desktop's default browser (QDesktopServices).
class SystemBrowserLauncher final : public BrowserLauncher
{
public:
    bool open(const QUrl &url) override;
};

} // namespace izdesk
