#include "browserlauncher.h"

#include <QDesktopServices>

namespace izdesk {

bool SystemBrowserLauncher::open(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace izdesk
