#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Ringside::Sandbox {

/*! Header fields of a request or response. Names of parsed requests are lower-case. \since 0.1 */
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/*! One parsed HTTP/1.1 request. \since 0.1 */
struct HttpRequest
{
    QByteArray method;
    QByteArray target;                        //!< the request-target as sent
    QString path;                             //!< the percent-decoded path, without the query
    QList<std::pair<QString, QString>> query; //!< decoded like Go's url.ParseQuery ('+' is a space)
    HeaderList headers;                       //!< names lower-cased, in arrival order
    QByteArray body;
    int minorVersion = 1; //!< HTTP/1.x

    /*! The first value of a header (case-insensitive name), or an empty array. */
    QByteArray header(QByteArrayView name) const;
    /*! Every value of a header, in order. */
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /*! The first value of a query parameter, or an empty string. */
    QString queryValue(QStringView key) const;
    bool hasQuery(QStringView key) const;
    /*! Every value of a query parameter, in order. */
    QStringList queryValues(QStringView key) const;
    /*! True for an RFC 6455 upgrade request. */
    bool isWebSocketUpgrade() const;
    /*! The offered WebSocket subprotocols, in the client's order of preference. */
    QStringList webSocketProtocols() const;
};

/*! Decodes an application/x-www-form-urlencoded query as Go does. \since 0.1 */
QList<std::pair<QString, QString>> parseQuery(QByteArrayView query);

/*! The reason phrase for a status code ("Not Found"). \since 0.1 */
QByteArray reasonPhrase(int status);

} // namespace Ringside::Sandbox
