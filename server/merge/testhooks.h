#pragma once

namespace izdesk::server {

struct ServerConfig;

// Fault injection for the crash tests (tests/server/tst_merge_crash.cpp). Compiled only when
// the build has IZDESK_TEST_HOOKS (the default when tests are built) and honoured only outside
// the production environment:
//   IZDESK_TEST_PAUSE_IN_MERGE_MS=N   a merge or unmerge sleeps N ms (at most 120000) inside
//                                      its open transaction after its first write.
// It only delays, so a stray setting slows merges down and changes nothing else.
// Reads the environment; any thread.
namespace TestHooks {

int pauseInMergeMs(const ServerConfig &config);

} // namespace TestHooks
} // namespace izdesk::server
