#pragma once

#include <QWidget>

namespace izdesk {

// Shows a feature window and brings it to the front (the connectors' "open" actions).
// GUI thread only.
inline void presentWindow(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace izdesk
