#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace izdesk::server {

// Follows the bytes of the HTTP/1.1 requests on one connection as they arrive, framing them the
// way Qt HttpServer 6.4's parser does (leading CR/LF and blanks skipped, lines ended by LF or
// CRLF, the head ended by an empty line, a body of Content-Length bytes or chunked), so that a
// request's head is held to the limits before that parser has buffered it. Qt's parser keeps
// any number of header bytes in memory and silently drops the fields past its own limits;
// this one stops at the first byte over a limit. Pure; one per connection.
class RequestFraming
{
public:
    // Request line plus header fields, and the number of fields (Qt's parser keeps at most 100).
    static constexpr qint64 maxHeadBytes = 32 * 1024;
    static constexpr int maxHeaderFields = 100;

    enum class Phase {
        Idle,        // no byte of the next request yet
        RequestLine, // "GET /path HTTP/1.1"
        Headers,
        Body,     // head complete, body bytes follow (Content-Length or chunked)
        Complete, // head complete and, with Content-Length, the whole body
    };
    enum class Violation {
        None,
        RequestLineTooLong,  // the request line alone exceeds maxHeadBytes (414)
        HeadTooLarge,        // request line and fields exceed maxHeadBytes (431)
        TooManyHeaderFields, // more than maxHeaderFields fields (431)
    };

    // Takes bytes that follow those fed before. Returns how many of them belong to the current
    // request: fewer than given once it is Complete (the rest start the next request; feed
    // them after next()) or once a limit is exceeded.
    qsizetype feed(QByteArrayView bytes);
    // The same for `count` bytes of body, without looking at them (Phase::Body only).
    qint64 feedBody(qint64 count);
    // The request was handed on as a whole: framing starts over with the next one.
    void next();

    Phase phase() const { return m_phase; }
    Violation violation() const { return m_violation; }
    bool headComplete() const { return m_phase == Phase::Body || m_phase == Phase::Complete; }
    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; } // as sent, e.g. "/api/v1/tickets?q=x"
    qint64 contentLength() const { return m_contentLength; } // -1: no (valid) Content-Length
    bool chunked() const { return m_chunked; }
    qint64 bodyBytes() const { return m_bodyBytes; } // received so far (raw, chunk framing included)

private:
    void endOfLine();

    Phase m_phase = Phase::Idle;
    Violation m_violation = Violation::None;
    QByteArray m_line;
    qint64 m_headBytes = 0;
    int m_fields = 0;
    QByteArray m_method;
    QByteArray m_target;
    qint64 m_contentLength = -1;
    bool m_contentLengthSeen = false;
    bool m_chunked = false;
    qint64 m_bodyBytes = 0;
};

} // namespace izdesk::server
