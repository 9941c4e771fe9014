#pragma once

#include <QString>

namespace izdesk::server {

class Router;

// The access matrix a security review reads: every route of a router with the permission it
// needs and, per staff role, whether that role may call it. Built from the router itself, so
// it cannot drift from what the server enforces. Pure; any thread.
namespace AccessMatrix {

// docs/security/access-matrix.md (`izdesk-server routes --markdown`).
QString markdown(const Router &router);
// One line per route: METHOD PATTERN PERMISSION (`izdesk-server routes`).
QString text(const Router &router);

} // namespace AccessMatrix

} // namespace izdesk::server
