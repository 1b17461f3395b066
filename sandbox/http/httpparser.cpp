#include "httpparser.h"

#include <QUrl>

namespace Ringside::Sandbox {

HttpParser::Result HttpParser::fail(int status, const QByteArray &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Error;
}

bool HttpParser::wantsContinue() const
{
    return m_state != State::Headers && !m_continueSent && m_request.header("expect").toLower() == "100-continue";
}

HttpRequest HttpParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::Headers;
    m_continueSent = false;
    return r;
}

bool HttpParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        return false;
    }
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.minorVersion = parts.at(2).endsWith('0') ? 0 : 1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        m_request.headers.append({line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed()});
    }
    QByteArray target = m_request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const QUrl url = QUrl::fromEncoded(target);
        target = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery()) {
            target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        }
    }
    if (!target.startsWith('/')) {
        return false;
    }
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.first(q);
    m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (q >= 0) {
        m_request.query = parseQuery(QByteArrayView(target).sliced(q + 1));
    }
    return true;
}

HttpParser::Result HttpParser::parse(QByteArray &buffer)
{
    for (;;) {
        switch (m_state) {
        case State::Headers: {
            // Tolerate empty lines between pipelined requests (RFC 9112 2.2).
            while (buffer.startsWith("\r\n")) {
                buffer.remove(0, 2);
            }
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer.size() > MaxHeaderSize) {
                    return fail(431, "Request Header Fields Too Large");
                }
                return Result::NeedMore;
            }
            const QByteArray head = buffer.first(end);
            buffer.remove(0, end + 4);
            if (!parseHead(head)) {
                return fail(400, "Bad Request");
            }
            const QByteArray te = m_request.header("transfer-encoding").toLower();
            if (!te.isEmpty()) {
                if (te != "chunked") {
                    return fail(501, "Unsupported transfer encoding");
                }
                m_state = State::ChunkSize;
                break;
            }
            const QByteArray cl = m_request.header("content-length");
            if (cl.isEmpty()) {
                return Result::Request;
            }
            bool ok = false;
            const qlonglong length = cl.toLongLong(&ok);
            if (!ok || length < 0) {
                return fail(400, "Bad Request: invalid Content-Length");
            }
            if (length > MaxBodySize) {
                return fail(413, "Request entity too large");
            }
            m_remaining = length;
            m_state = State::Body;
            if (length == 0) {
                m_state = State::Headers;
                return Result::Request;
            }
            break;
        }
        case State::Body: {
            const qsizetype take = std::min(m_remaining, buffer.size());
            m_request.body.append(buffer.first(take));
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0) {
                return Result::NeedMore;
            }
            m_state = State::Headers;
            return Result::Request;
        }
        case State::ChunkSize: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                return buffer.size() > 1024 ? fail(400, "Bad Request: chunk size line too long") : Result::NeedMore;
            }
            QByteArray line = buffer.first(eol);
            buffer.remove(0, eol + 2);
            const qsizetype semi = line.indexOf(';');
            if (semi >= 0) {
                line.truncate(semi);
            }
            bool ok = false;
            const qlonglong size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                return fail(400, "Bad Request: invalid chunk size");
            }
            if (m_request.body.size() + size > MaxBodySize) {
                return fail(413, "Request entity too large");
            }
            m_remaining = size;
            m_state = size == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = std::min(m_remaining, buffer.size());
            m_request.body.append(buffer.first(take));
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0) {
                return Result::NeedMore;
            }
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (buffer.size() < 2) {
                return Result::NeedMore;
            }
            if (!buffer.startsWith("\r\n")) {
                return fail(400, "Bad Request: malformed chunk");
            }
            buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                return Result::NeedMore;
            }
            buffer.remove(0, eol + 2);
            if (eol == 0) {
                m_state = State::Headers;
                return Result::Request;
            }
            break; // a trailer field: ignored
        }
        }
    }
}

} // namespace Ringside::Sandbox
