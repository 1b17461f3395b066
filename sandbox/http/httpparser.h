#pragma once

#include "httprequest.h"

#include <optional>

namespace Ringside::Sandbox {

/*! An incremental HTTP/1.1 request parser: Content-Length and chunked bodies, limits on header and body size.
    \since 0.1 */
class HttpParser
{
public:
    enum class Result { NeedMore, Request, Error };

    /*! The largest request body accepted (the kube-apiserver's limit is 3 MiB). */
    static constexpr qsizetype MaxBodySize = 3 * 1024 * 1024;
    static constexpr qsizetype MaxHeaderSize = 1024 * 1024;

    /*! Parses one request from the front of \a buffer, removing the bytes it used. */
    Result parse(QByteArray &buffer);
    /*! The request after Result::Request. */
    HttpRequest takeRequest();
    /*! After Result::Error: the status to answer with (400, 413, 431, 501) and a short message. */
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }
    /*! True once the headers of the current request are in and it waits for a body with Expect: 100-continue. */
    bool wantsContinue() const;
    void continueSent() { m_continueSent = true; }

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer };
    Result fail(int status, const QByteArray &message);
    bool parseHead(const QByteArray &head);

    State m_state = State::Headers;
    HttpRequest m_request;
    qsizetype m_remaining = 0;
    bool m_continueSent = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace Ringside::Sandbox
