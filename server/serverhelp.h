#pragma once

#include <QString>

namespace izdesk::server {

// What izdesk-server --help prints: the server's options and its commands (with the staff
// roles of the catalog).
QString serverHelpText();

} // namespace izdesk::server
