// Fuzz target: RequestFraming, which follows the raw bytes of every connection (before Qt's
// HTTP parser sees them) to hold each request's head to the size and field limits and to find
// where one request ends and the next begins.
//
// Input: byte 0 seeds where the bytes are cut into pieces (as TCP delivers them); the rest is
// what a client sent on one connection, any number of pipelined requests.
//
// Besides sanitizer reports, these properties must hold:
//  - feed() never takes more bytes than it was given, and a limit once exceeded stays;
//  - a request whose head completed without a violation kept to maxHeadBytes;
//  - the way the bytes are cut changes nothing: the requests framed (method, target, body
//    length, violation) are the same as when the whole input arrives in one piece.

#include "http/requestframing.h"

#include <QByteArray>
#include <QList>

#include <cstdio>
#include <cstdlib>

namespace {

using izdesk::server::RequestFraming;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_framing: %s\n", what);
    std::abort();
}

struct Framed
{
    QByteArray method, target;
    qint64 contentLength = -1;
    RequestFraming::Violation violation = RequestFraming::Violation::None;
    bool operator==(const Framed &) const = default;
};

// Frames `bytes` fed in pieces whose sizes come from `seed` (0: all at once).
QList<Framed> frame(const QByteArray &bytes, unsigned seed)
{
    QList<Framed> out;
    RequestFraming framing;
    qsizetype pos = 0;
    unsigned state = seed;
    while (pos < bytes.size()) {
        qsizetype piece = bytes.size() - pos;
        if (seed != 0) {
            state = state * 1103515245u + 12345u;
            piece = std::min<qsizetype>(piece, 1 + (state >> 16) % 64);
        }
        const QByteArrayView view(bytes.constData() + pos, piece);
        qsizetype taken = 0;
        if (framing.phase() == RequestFraming::Phase::Body && framing.contentLength() >= 0) {
            taken = static_cast<qsizetype>(framing.feedBody(piece));
        } else {
            const RequestFraming::Violation before = framing.violation();
            taken = framing.feed(view);
            if (before != RequestFraming::Violation::None && framing.violation() != before)
                fail("a violation changed after it was found");
        }
        if (taken < 0 || taken > piece)
            fail("feed() took more bytes than it was given");
        pos += taken;
        if (framing.violation() != RequestFraming::Violation::None) {
            out.append({framing.method(), framing.target(), framing.contentLength(), framing.violation()});
            return out; // the connection is answered and closed
        }
        if (framing.phase() == RequestFraming::Phase::Complete) {
            out.append({framing.method(), framing.target(), framing.contentLength(), framing.violation()});
            framing.next();
        } else if (taken < piece && framing.phase() != RequestFraming::Phase::Body) {
            fail("feed() stopped early without a complete request or a violation");
        }
        if (framing.headComplete() && framing.method().size() + framing.target().size() > RequestFraming::maxHeadBytes)
            fail("a head over the limit completed without a violation");
        if (framing.headComplete() && framing.chunked())
            return out; // chunked bodies go to Qt's parser as they come; framing ends here
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned seed = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QList<Framed> whole = frame(bytes, 0);
    if (seed != 0 && frame(bytes, seed) != whole)
        fail("cutting the bytes differently framed different requests");
    return 0;
}
