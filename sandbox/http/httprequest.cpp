#include "httprequest.h"

#include <QUrl>

namespace Ringside::Sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values.append(value);
        }
    }
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString HttpRequest::queryValue(QStringView key) const
{
    for (const auto &[k, v] : query) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

bool HttpRequest::hasQuery(QStringView key) const
{
    for (const auto &entry : query) {
        if (entry.first == key) {
            return true;
        }
    }
    return false;
}

QStringList HttpRequest::queryValues(QStringView key) const
{
    QStringList values;
    for (const auto &[k, v] : query) {
        if (k == key) {
            values.append(v);
        }
    }
    return values;
}

bool HttpRequest::isWebSocketUpgrade() const
{
    if (method != "GET" || header("upgrade").toLower() != "websocket") {
        return false;
    }
    const QList<QByteArray> tokens = header("connection").toLower().split(',');
    for (const QByteArray &token : tokens) {
        if (token.trimmed() == "upgrade") {
            return !header("sec-websocket-key").isEmpty();
        }
    }
    return false;
}

QStringList HttpRequest::webSocketProtocols() const
{
    QStringList protocols;
    for (const QByteArray &value : headerValues("sec-websocket-protocol")) {
        for (const QByteArray &token : value.split(',')) {
            const QByteArray p = token.trimmed();
            if (!p.isEmpty()) {
                protocols.append(QString::fromLatin1(p));
            }
        }
    }
    return protocols;
}

static QString decodeComponent(QByteArrayView text)
{
    QByteArray bytes = text.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QList<std::pair<QString, QString>> parseQuery(QByteArrayView query)
{
    QList<std::pair<QString, QString>> result;
    for (const QByteArrayView part : QByteArray(query.toByteArray()).split('&')) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype eq = part.indexOf('=');
        if (eq < 0) {
            result.append({decodeComponent(part), QString()});
        } else {
            result.append({decodeComponent(part.first(eq)), decodeComponent(part.sliced(eq + 1))});
        }
    }
    return result;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace Ringside::Sandbox
