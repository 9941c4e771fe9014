#include "hl7/er7batch.h"

namespace izdesk::server::hl7 {

namespace {

QString byteText(qint64 offset)
{
    return QStringLiteral("byte %1").arg(offset);
}

} // namespace

BatchEnvelope::BatchEnvelope(Envelope &envelope, Report report) : m_envelope(envelope), m_report(std::move(report))
{
}

void BatchEnvelope::messageRead()
{
    ++m_messagesRead;
    if (m_batchOpen)
        ++m_batchMessages;
}

void BatchEnvelope::otherSegment(qint64 offset)
{
    if (m_fileClosed && !m_afterFtsNoted) {
        m_afterFtsNoted = true;
        Location where;
        m_report(offset, QStringLiteral("segments follow FTS (the end of the file) from %1").arg(byteText(offset)), where);
    }
}

void BatchEnvelope::add(const Segment &seg)
{
    const QByteArray &id = seg.id;
    const qint64 begin = seg.offset;
    Location where;
    where.segmentId = id;
    auto count = [&](int expected, const char *what) {
        const QString sent = seg.value(1).trimmed();
        if (sent.isEmpty())
            return;
        where.field = 1;
        bool ok = false;
        const int n = sent.toInt(&ok);
        if (!ok)
            m_report(begin,
                            QStringLiteral("%1-1 (%2 count) at %3 is not a number").arg(QString::fromLatin1(id),
                                                                                        QLatin1String(what), byteText(begin)),
                            where);
        else if (n != expected)
            m_report(begin,
                            QStringLiteral("%1-1 at %2 says %3 %4(s), but %5 were read").arg(QString::fromLatin1(id),
                                byteText(begin)).arg(n).arg(QLatin1String(what)).arg(expected),
                            where);
    };

    if (id == "FHS") {
        if (m_fileOpen || m_fileClosed || m_fileBatches > 0 || m_messagesRead > 0)
            m_report(begin,
                            QStringLiteral("FHS at %1 is not the first segment of the file").arg(byteText(begin)), where);
        m_fileOpen = true;
        m_fileOffset = begin;
        if (!m_envelope.fhs)
            m_envelope.fhs = seg;
    } else if (id == "BHS") {
        if (m_fileClosed)
            m_report(begin,
                            QStringLiteral("BHS at %1 comes after FTS (the end of the file)").arg(byteText(begin)), where);
        if (m_batchOpen)
            m_report(begin,
                            QStringLiteral("BHS at %1 starts a batch while the batch at %2 has no BTS")
                                .arg(byteText(begin), byteText(m_batchOffset)), where);
        m_batchOpen = true;
        m_batchOffset = begin;
        m_batchMessages = 0;
        ++m_fileBatches;
        if (!m_envelope.bhs)
            m_envelope.bhs = seg;
    } else if (id == "BTS") {
        if (!m_batchOpen)
            m_report(begin,
                            QStringLiteral("BTS at %1 closes no batch (no BHS before it)").arg(byteText(begin)), where);
        else
            count(m_batchMessages, "message");
        m_batchOpen = false;
        if (!m_envelope.bts)
            m_envelope.bts = seg;
    } else { // FTS
        if (m_batchOpen) {
            m_report(begin,
                            QStringLiteral("the batch at %1 has no BTS before FTS at %2")
                                .arg(byteText(m_batchOffset), byteText(begin)), where);
            m_batchOpen = false;
        }
        if (!m_fileOpen)
            m_report(begin,
                            QStringLiteral("FTS at %1 closes no file (no FHS before it)").arg(byteText(begin)), where);
        else
            count(m_fileBatches, "batch");
        m_fileOpen = false;
        m_fileClosed = true;
        if (!m_envelope.fts)
            m_envelope.fts = seg;
    }
}

void BatchEnvelope::finish()
{
    Location where;
    if (m_batchOpen) {
        where.segmentId = "BTS";
        m_report(m_batchOffset,
                        QStringLiteral("the batch at %1 has no BTS before the end of the input").arg(byteText(m_batchOffset)),
                        where);
    }
    if (m_fileOpen) {
        where.segmentId = "FTS";
        m_report(m_fileOffset,
                        QStringLiteral("the file at %1 has no FTS before the end of the input").arg(byteText(m_fileOffset)),
                        where);
    }
}

} // namespace izdesk::server::hl7
