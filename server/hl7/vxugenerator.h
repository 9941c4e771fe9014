#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace izdesk::server::hl7 {

namespace vxugen {
struct Catalogue;
}

// Writes synthetic VXU^V04 (Z22) messages for testing the checker: one patient each (names,
// places and phones from the population generator's tables, never real people), administered
// doses with CVX, NDC/CPT, MVX, lot, eligibility and funding OBX and VIS, historical doses
// (RXA-9 01) and refusals (RXA-20 RE), all from the CDC code set files. At configurable rates
// it seeds the registry checklist defects a–k; each message carries its truth. The same seed
// and options give the same bytes. Any thread; one generator per thread.
class VxuGenerator
{
public:
    // The CDC code sets as the generator needs them (products a CVX is sold as, their MVX and
    // marketing dates); loaded once and shared read-only.
    struct Codes;
    static std::shared_ptr<const Codes> loadCodes(const QString &codesetDir, QString *error);

    enum class LineEnding { Cr, Lf, CrLf };

    struct Options
    {
        quint64 seed = 1;
        QDate today = QDate(2026, 1, 1);  // the day the messages are sent (MSH-7)
        QMap<char, double> rates;         // checklist letter 'a'..'k' → share of messages
        double lfShare = 0.05;            // share of messages with LF segment ends
        double crlfShare = 0.05;          // … with CRLF; the rest CR
        QString controlIdPrefix = QStringLiteral("IZG");

        void setAllRates(double rate);    // every letter a–k at the same rate
    };

    struct Generated
    {
        QString controlId;        // MSH-10
        QByteArray text;          // the message, every segment ended by `lineEnding`
        QString defects;          // the seeded checklist letters, sorted ("", "ak")
        QMap<char, QString> details; // letter → what was seeded and where ("RXA-5: NDC of CVX 150")
        LineEnding lineEnding = LineEnding::Cr;
    };

    VxuGenerator(std::shared_ptr<const Codes> codes, Options options);
    ~VxuGenerator();

    // Message `index` (0-based) of the sequence: depends only on the codes, options and index.
    Generated message(qint64 index) const;

    // FHS/BHS … BTS/FTS around the messages (one batch), header segments ended by CR.
    QByteArray batch(const QList<Generated> &messages, const QString &batchId) const;

    struct WriteStats
    {
        qint64 messages = 0;
        qint64 files = 0;
        QMap<char, qint64> seeded; // letter → messages carrying it
        qint64 clean = 0;
    };
    // `count` messages into `dir`: one file per message (msg-NNNNNN.hl7) when batchSize is 0,
    // else batch files (batch-NNNN.hl7) of batchSize messages; plus truth.jsonl, one line per
    // message {"control_id":…,"file":…,"defects":[…],"details":{letter: what}}. False + *error naming the file.
    bool writeFiles(qint64 count, const QString &dir, int batchSize, WriteStats *stats, QString *error,
                    const std::function<void(qint64)> &progress = {}) const;

    static QString letters(); // "abcdefghijk"

private:
    struct Builder;
    std::shared_ptr<const Codes> m_codes;
    Options m_options;
    std::shared_ptr<vxugen::Catalogue> m_catalogue;
};

} // namespace izdesk::server::hl7
