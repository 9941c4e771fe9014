#pragma once

#include <QStringList>

namespace izdesk::server::hl7 {

// The izdesk-server hl7 subcommands:
//   hl7 check FILE… [--ack] [--json] [--policy FILE] [--received YYYY-MM-DDTHH:MM:SSZ]
//                   [--codesets DIR | --database URL]
//       reads single messages, batch files and MLLP streams, checks every message and prints
//       the batch report (or, with --ack, the ACK of each message). Exit 0 when the batch
//       passes, 1 when it fails, 2 on a usage error or a file that cannot be read.
//   hl7 generate --messages N --codesets DIR [--seed S] --out DIR [--batch-size K] [--rate R]
//       writes synthetic VXU messages with seeded checklist defects and truth.jsonl.
// Output never holds patient values: findings carry masked values only.
class Hl7Tool
{
public:
    static int run(const QStringList &args); // args after "hl7"

private:
    static int check(const QStringList &args);
    static int generate(const QStringList &args);
};

} // namespace izdesk::server::hl7
