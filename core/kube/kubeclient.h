#pragma once

#include "kube/kuberequest.h"
#include "kube/resourceref.h"
#include "kube/restconfig.h"

#include <QObject>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkRequest;
class QWebSocket;

namespace Ringside {

class CredentialProvider;
class RateLimiter;
class RequestJob;
class ShellEnvironment;
struct Credentials;

/*! Tuning of a KubeClient. The defaults suit a desktop client. \since 0.1 */
struct ClientOptions
{
    double qps = 50;  //!< client-side request rate (token bucket); <= 0 disables the limit
    int burst = 100;  //!< requests allowed at once before the rate applies
    std::chrono::milliseconds requestTimeout{60000}; //!< default per-request time limit (not for streams)
    int maxRetries = 5; //!< retries of 429s, and of 5xx and connection resets for idempotent requests
    std::chrono::milliseconds retryBaseDelay{250};   //!< first backoff, doubled each retry, with jitter
    std::chrono::milliseconds retryMaxDelay{16000};
    bool http2 = true; //!< offer HTTP/2 over TLS (ALPN); HTTP/1.1 servers are still fine
    QByteArray userAgent; //!< empty: "ringside/VERSION"
};

/*! Options of a list request. \since 0.1 */
struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 0;           //!< page size; 0: everything at once
    QString continueToken;
    QString resourceVersion;
    QString resourceVersionMatch;
    bool asTable = false; //!< ask for a meta.k8s.io/v1 Table (what `kubectl get` prints)
};

/*! Options of create, update and patch. \since 0.1 */
struct WriteOptions
{
    bool dryRun = false;      //!< dryRun=All: validated and admitted, not persisted
    QString fieldManager;     //!< empty: the server's default
    QString fieldValidation;  //!< Ignore, Warn or Strict; empty: the server's default (Warn)
};

/*! Options of delete. \since 0.1 */
struct DeleteOptions
{
    QString propagationPolicy; //!< Orphan, Background or Foreground; empty: the resource's default
    std::optional<int> gracePeriodSeconds;
    bool dryRun = false;
    QString preconditionUid;
    QString preconditionResourceVersion;
};

/*! Options of server-side apply. \since 0.1 */
struct ApplyOptions
{
    QString fieldManager = QStringLiteral("ringside");
    bool force = false;       //!< take ownership of fields other managers own instead of failing with a conflict
    bool dryRun = false;
    QString fieldValidation;  //!< Ignore, Warn or Strict
};

/*! The patch formats the API server accepts. \since 0.1 */
enum class PatchType {
    Json,           //!< application/json-patch+json (RFC 6902)
    Merge,          //!< application/merge-patch+json (RFC 7386)
    StrategicMerge, //!< application/strategic-merge-patch+json (built-in types only)
};

/*! The asynchronous client of one cluster as one user (one kubeconfig context).

    Every call takes a success handler, an error handler, a context object and returns a cancellable handle
    (STYLE rule 6); nothing blocks and no nested event loop runs. Handlers run on the client's thread, and not at
    all when the context is destroyed or the handle cancelled first.

    Credentials are fetched lazily (an exec plugin runs when the first request needs it). Requests pass a
    client-side rate limit; 429s honour Retry-After; idempotent requests are retried on 5xx and connection resets
    with backoff; each request has a time limit. Long-lived streams (watches, log follows) use separate
    connections from ordinary requests, so that against HTTP/1.1 servers they never take the connection slots
    ordinary requests need; over HTTP/2 everything is multiplexed.

    A client and everything made from it (informers, streams, sessions) live on one thread. \since 0.1 */
class KubeClient : public QObject
{
    Q_OBJECT
public:
    KubeClient(const RestConfig &config, std::shared_ptr<ShellEnvironment> shell = {}, const ClientOptions &options = {},
               QObject *parent = nullptr);
    ~KubeClient() override;

    const RestConfig &config() const { return m_config; }
    const ClientOptions &options() const { return m_options; }

    /*! Replaces how credentials are obtained (tests, or an app-provided provider). Takes ownership. */
    void setCredentialProvider(std::unique_ptr<CredentialProvider> provider);
    CredentialProvider *credentialProvider();

    /*! Sends \a request; \a ok receives any 2xx response, \a err everything else. */
    RequestHandle send(const KubeRequest &request, const QObject *context, ResponseHandler ok, ErrorHandler err);

    /*! Opens a long-lived stream (a watch, a log follow): \a data receives the body's bytes as they arrive, \a done
        ends it (no error for a clean end). A non-2xx answer ends it with the error and no data. */
    RequestHandle stream(const KubeRequest &request, const QObject *context, DataHandler data, StreamEndHandler done);

    RequestHandle get(const ResourceRef &ref, const QObject *context, ResponseHandler ok, ErrorHandler err);
    RequestHandle list(const ResourceRef &ref, const ListOptions &options, const QObject *context, ResponseHandler ok, ErrorHandler err);
    /*! Lists every page (following `continue`); \a ok receives one list object with all items. If a continue token
        expires (410), the list restarts once without paging, as client-go's pager does. */
    RequestHandle listAll(const ResourceRef &ref, const ListOptions &options, const QObject *context, ResponseHandler ok,
                          ErrorHandler err);
    RequestHandle create(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options, const QObject *context,
                         ResponseHandler ok, ErrorHandler err);
    /*! PUT; a stale resourceVersion fails with a 409 Conflict (KubeError::isConflict()). The name comes from \a ref,
        else from the object's metadata. */
    RequestHandle update(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options, const QObject *context,
                         ResponseHandler ok, ErrorHandler err);
    /*! PUT to the status subresource. */
    RequestHandle updateStatus(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options, const QObject *context,
                               ResponseHandler ok, ErrorHandler err);
    RequestHandle remove(const ResourceRef &ref, const DeleteOptions &options, const QObject *context, ResponseHandler ok,
                         ErrorHandler err);
    RequestHandle patch(const ResourceRef &ref, PatchType type, const QByteArray &patch, const WriteOptions &options,
                        const QObject *context, ResponseHandler ok, ErrorHandler err);
    /*! Server-side apply of \a manifest (YAML or JSON, one object) as application/apply-patch+yaml. Conflicts come
        back as a 409 whose KubeError::fieldConflicts() names each field and its manager. */
    RequestHandle apply(const ResourceRef &ref, const QByteArray &manifest, const ApplyOptions &options, const QObject *context,
                        ResponseHandler ok, ErrorHandler err);

    /*! Opens a WebSocket for \a request's path and query (exec, attach, port-forward), offering \a subprotocols in order
        of preference. \a connected receives the open socket and owns it; QWebSocket::subprotocol() says which
        protocol the server chose. */
    RequestHandle openWebSocket(const KubeRequest &request, const QStringList &subprotocols, const QObject *context,
                                std::function<void(QWebSocket *)> connected, ErrorHandler err);

    /*! The full URL of \a path with \a query on this cluster. */
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    /*! True once a response came over HTTP/2. */
    bool usesHttp2() const { return m_http2; }

    /*! How many connection pools streams use right now (HTTP/1.1 allows 6 connections per pool). */
    int streamPoolCount() const { return int(m_streamPools.size()); }

    static QByteArray tableAccept();

Q_SIGNALS:
    /*! A `Warning` header arrived (deprecated API, unknown field...), for any request. */
    void warningReceived(const QString &warning, const QString &request);

private:
    friend class RequestJob;
    friend class WebSocketJob;
    struct StreamPool
    {
        QNetworkAccessManager *nam = nullptr;
        int active = 0;
    };
    QNetworkAccessManager *acquireStreamManager();
    void releaseStreamManager(QNetworkAccessManager *nam);
    QNetworkAccessManager *manager() const { return m_nam; }
    QNetworkAccessManager *newManager();
    QNetworkRequest buildRequest(const KubeRequest &request, const Credentials &credentials);
    void noteResponse(bool http2, const QStringList &warnings, const QString &request);
    RequestJob *newJob(const KubeRequest &request, const QObject *context, bool stream);
    RequestHandle write(const QByteArray &method, const ResourceRef &ref, const QByteArray &body, const QByteArray &contentType,
                        const QUrlQuery &query, const QObject *context, ResponseHandler ok, ErrorHandler err);

    RestConfig m_config;
    ClientOptions m_options;
    std::shared_ptr<ShellEnvironment> m_shell;
    std::unique_ptr<CredentialProvider> m_credentials;
    RateLimiter *m_limiter = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    std::vector<StreamPool> m_streamPools;
    quint64 m_certGeneration = 0;
    bool m_http2 = false;
};

} // namespace Ringside
