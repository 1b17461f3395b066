#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ringside::Metrics {

/*! One HTTP request of the Prometheus client. \a url is the full URL built from the configured base URL; \a path
    and \a query are the same request relative to that base (e.g. "/api/v1/query_range" and its parameters), so a
    transport that reaches Prometheus another way (the Kubernetes service proxy) can put its own prefix in front.
    \a headers may carry credentials: a transport never logs them. \since 0.1 */
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QString path;              //!< relative to the base URL, e.g. "/api/v1/query"
    QByteArray encodedQuery;   //!< the percent-encoded query string of GET requests (without '?')
    QByteArray body;        //!< form-encoded parameters for POST
    QByteArray contentType; //!< for POST: application/x-www-form-urlencoded
    QList<QPair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds timeout{30000}; //!< zero: none
};

/*! What a transport got back. A failure (no HTTP answer) is reported in \a failure with a translated
    \a errorString; an HTTP answer of any status has failure None. \since 0.1 */
struct HttpResponse
{
    enum class Failure {
        None,
        Network,
        Tls,
        Timeout,
    };
    Failure failure = Failure::None;
    QString errorString;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

/*! A request in flight. Destroying it cancels the request: its completion callback is then never called. \since 0.1 */
class TransportCall
{
public:
    virtual ~TransportCall();
};

/*! How the client reaches Prometheus: an interface so that a Prometheus inside a cluster can be reached through
    the Kubernetes API server's service proxy (`/api/v1/namespaces/NS/services/NAME:PORT/proxy/`) with the kube
    client's credentials, while the default transport talks HTTP(S) directly with QNetworkAccessManager.
    The completion callback runs on the thread that called send(), at most once. \since 0.1 */
class Transport
{
public:
    using Completion = std::function<void(const HttpResponse &)>;
    virtual ~Transport();
    /*! Starts \a request. The returned call owns it; destroying the call aborts it. */
    virtual std::unique_ptr<TransportCall> send(const HttpRequest &request, Completion done) = 0;
};

/*! The default transport: QNetworkAccessManager, one owner object per QNetworkReply (STYLE rule 5), TLS verified
    against \a ssl (set up by PromConfig), redirects followed only to the same origin (so credentials never travel
    to another host). \since 0.1 */
class NetworkTransport final : public Transport
{
public:
    /*! Uses \a manager when given (not owned; it must outlive the transport), else creates its own. */
    explicit NetworkTransport(const QSslConfiguration &ssl, QNetworkAccessManager *manager = nullptr);
    ~NetworkTransport() override;

    std::unique_ptr<TransportCall> send(const HttpRequest &request, Completion done) override;

private:
    QSslConfiguration m_ssl;
    std::unique_ptr<QNetworkAccessManager> m_ownManager;
    QNetworkAccessManager *m_manager = nullptr;
};

/*! The path of the Kubernetes API server's proxy to a Service port, for a proxy transport:
    `/api/v1/namespaces/NS/services/[https:]NAME:PORT/proxy`. \a port is a number or a port name.
    \since 0.1 */
QString serviceProxyPath(const QString &nameSpace, const QString &service, const QString &port, bool https = false);

} // namespace Ringside::Metrics
