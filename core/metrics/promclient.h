#pragma once

#include "metrics/promtransport.h"
#include "metrics/promtypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Ringside::Metrics {

/*! Where and how to reach one Prometheus-compatible HTTP API (Prometheus, Thanos, Grafana Mimir). A value type.
    It holds secrets: never log it, never put it in an error. \since 0.1 */
struct PromConfig
{
    /*! Scheme, host, port and an optional path prefix: "http://prometheus:9090", "https://mimir/prometheus". */
    QUrl baseUrl;
    QString bearerToken;
    QString username; //!< HTTP basic auth, together with password
    QString password;
    /*! Mimir/Cortex tenant, sent as `X-Scope-OrgID`; empty: none. */
    QString tenant;
    /*! CA certificates to verify the server with; empty: the system's roots. */
    QList<QSslCertificate> caCertificates;
    /*! Skips TLS verification. Off by default; warned about in warnings(). */
    bool insecureSkipTlsVerify = false;
    std::chrono::milliseconds timeout{30000};

    /*! Parses \a url (http or https, with an optional path prefix). User info in the URL becomes basic auth and is
        removed from baseUrl. Returns nothing and sets \a error (translated) when the URL cannot be used. */
    static std::optional<PromConfig> fromUrl(const QString &url, QString *error);
    /*! Reads PEM CA certificates from \a path. Sets \a error when the file is unreadable or holds none. */
    static std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error);

    /*! An empty string when usable, else the (translated) reason: bad scheme, token and basic auth both set... */
    QString validate() const;
    /*! Non-fatal problems to show, e.g. TLS verification off, credentials over plain http to a remote host. */
    QStringList warnings() const;
    /*! The TLS configuration the default transport uses. */
    QSslConfiguration sslConfiguration() const;
    /*! baseUrl without user info, for display. */
    QUrl displayUrl() const;
};

/*! A request of PromClient in flight; owned by the client. \since 0.1 */
class PendingRequest : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /*! Aborts the request; its handlers are not called afterwards. */
    virtual void cancel() = 0;
    /*! True once a handler ran or the request was cancelled. */
    bool isFinished() const { return m_finished; }

protected:
    bool m_finished = false;
};

/*! A cancellable handle to a request in flight (STYLE rule 6). Cancelling aborts it; its handlers are then never
    called. Cheap to copy; does not own the request. \since 0.1 */
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(PendingRequest *pending)
        : m_pending(pending)
    {
    }
    /*! Aborts the request if it still runs. Safe from inside a handler of another request. */
    void cancel()
    {
        if (m_pending && !m_pending->isFinished()) {
            m_pending->cancel();
        }
    }
    /*! True until the request's handler ran or it was cancelled. */
    bool isActive() const { return m_pending && !m_pending->isFinished(); }

private:
    QPointer<PendingRequest> m_pending;
};

/*! Typed success handlers and the error handler of PromClient's calls (STYLE rule 6). \since 0.1 */
using QueryHandler = std::function<void(const QueryResult &)>;
using SeriesHandler = std::function<void(const QList<Labels> &)>;
using StringListHandler = std::function<void(const QStringList &)>;
using ErrorHandler = std::function<void(const PromError &)>;

/*! The Prometheus HTTP API client: instant and range queries, series and label values (for capability detection),
    and build info (a connection check). Every call takes a context object: when it is destroyed the request is
    cancelled, and the handlers run on its thread. Exactly one of the two handlers runs, once, unless the request is
    cancelled. Requests use GET (so the Kubernetes service proxy needs only `get services/proxy`) and switch to a
    form POST when the URL would be longer than 4000 bytes. \since 0.1 */
class PromClient : public QObject
{
    Q_OBJECT
public:
    /*! Uses \a transport when given, else a NetworkTransport set up from \a config's TLS settings. */
    explicit PromClient(PromConfig config, std::unique_ptr<Transport> transport = {}, QObject *parent = nullptr);
    ~PromClient() override;

    const PromConfig &config() const { return m_config; }

    /*! Evaluates \a promql at \a time (invalid: the server's now). */
    RequestHandle query(const QString &promql, const QDateTime &time, const QObject *context, QueryHandler ok, ErrorHandler err);
    /*! Evaluates \a promql from \a start to \a end every \a step. Refuses (InvalidRequest) an empty query, end before
        start, a step under 1 ms, or more than 11,000 points per series (Prometheus' own limit). */
    RequestHandle queryRange(const QString &promql, const QDateTime &start, const QDateTime &end, std::chrono::milliseconds step,
                             const QObject *context, QueryHandler ok, ErrorHandler err);
    /*! The label sets of the series matching any of \a matchers (e.g. `up{job="x"}`) in [start, end]; invalid times:
        the server's default range. */
    RequestHandle series(const QStringList &matchers, const QDateTime &start, const QDateTime &end, const QObject *context,
                         SeriesHandler ok, ErrorHandler err);
    /*! The values of \a label (e.g. "__name__", "cluster") among series matching \a matchers (may be empty). */
    RequestHandle labelValues(const QString &label, const QStringList &matchers, const QDateTime &start, const QDateTime &end,
                              const QObject *context, StringListHandler ok, ErrorHandler err);
    /*! The server's version from `/api/v1/status/buildinfo` ("2.53.3"): a connection and credentials check. */
    RequestHandle buildInfo(const QObject *context, std::function<void(const QString &version)> ok, ErrorHandler err);

    /*! Requests in flight. */
    int pendingCount() const;

    /*! Prometheus' number format for times: Unix seconds with milliseconds ("1712345678.123"). */
    static QString formatTime(const QDateTime &time);
    /*! Percent-encodes form/query parameters the way Go's url.ParseQuery reads them back ('+' becomes %2B). */
    static QByteArray encodeForm(const QList<QPair<QString, QString>> &params);

private:
    using BodyHandler = std::function<void(const QByteArray &body, PromError *error)>;
    RequestHandle start(const QString &endpoint, const QString &apiPath, const QString &what, const QList<QPair<QString, QString>> &params,
                        const QObject *context, BodyHandler onBody, ErrorHandler err);
    RequestHandle fail(PromError error, const QObject *context, ErrorHandler err);

    PromConfig m_config;
    std::unique_ptr<Transport> m_transport;
};

} // namespace Ringside::Metrics
