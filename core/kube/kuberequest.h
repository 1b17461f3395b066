#pragma once

#include "kube/kubeerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace Ringside {

/*! One HTTP request to the API server, relative to the cluster's server URL. Carries no credentials: those are
    added by the client when it is sent. \since 0.1 */
struct KubeRequest
{
    QByteArray method = "GET";
    QString path; //!< e.g. "/api/v1/namespaces/default/pods"; percent-encoded where needed
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; //!< for bodies, e.g. "application/json"
    QByteArray accept = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; //!< extra headers (never credentials)
    /*! The whole request's time limit; unset: the client's default; zero: none. Streams have none by default. */
    std::optional<std::chrono::milliseconds> timeout;
    /*! Retried on connection resets and 5xx; unset: GET, HEAD and OPTIONS are, others are not. */
    std::optional<bool> idempotent;
    /*! For streams: abort when no byte arrived for this long (a stalled watch); zero: never. */
    std::chrono::milliseconds idleTimeout{0};

    bool isIdempotent() const;
};

/*! A successful response. \since 0.1 */
struct KubeResponse
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject object;   //!< the body parsed as a JSON object, when it is one
    QStringList warnings; //!< the server's `Warning` headers (deprecations, unknown fields...)
    bool http2 = false;
};

using ResponseHandler = std::function<void(const KubeResponse &)>;
using ErrorHandler = std::function<void(const KubeError &)>;
/*! Receives the bytes of a stream as they arrive. */
using DataHandler = std::function<void(const QByteArray &)>;
/*! Ends a stream: no error for a clean end (the server closed it), else why it failed. */
using StreamEndHandler = std::function<void(const std::optional<KubeError> &)>;

/*! Something running on behalf of a caller (a request, a stream) that can be cancelled. \since 0.1 */
class KubeJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /*! Stops the job; its handlers are not called afterwards. Safe to call from inside one of its handlers. */
    virtual void cancel() = 0;
    /*! True once the job delivered its result or was cancelled. */
    bool isFinished() const { return m_finished; }

protected:
    bool m_finished = false;
};

/*! A cancellable handle to a request in flight (STYLE rule 6). Cancelling aborts the request; its handlers are
    then never called. Copies refer to the same request. Cheap; does not own the request. \since 0.1 */
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(KubeJob *job)
        : m_job(job)
    {
    }
    /*! Aborts the request if it is still running. */
    void cancel()
    {
        if (m_job && !m_job->isFinished()) {
            m_job->cancel();
        }
    }
    /*! True while the request runs (its final handler has not been called yet). */
    bool isActive() const { return m_job && !m_job->isFinished(); }

private:
    QPointer<KubeJob> m_job;
};

/*! Parses `Warning` header values (RFC 7234: `299 - "text"`, possibly several, comma-separated) into texts. \since 0.1 */
QStringList parseWarningHeaders(const QList<QByteArray> &values);

} // namespace Ringside
