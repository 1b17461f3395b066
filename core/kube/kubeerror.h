#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ringside {

/*! One entry of a Kubernetes `Status.details.causes`. \since 0.1 */
struct StatusCause
{
    QString reason; //!< e.g. "FieldValueInvalid", "FieldManagerConflict"
    QString message;
    QString field;
};

/*! A server-side apply conflict: \a field is owned by \a manager (parsed from a FieldManagerConflict cause). \since 0.1 */
struct FieldConflict
{
    QString field;   //!< e.g. ".spec.size"
    QString manager; //!< e.g. "cass-operator"
    QString message; //!< the server's text for this cause
};

/*! An error from the Kubernetes client: an HTTP status with the server's `Status`, or a network, TLS, timeout,
    credential or configuration failure. It names the request (method and URL) but never carries headers or
    credentials. A cheap value type. \since 0.1 */
class KubeError
{
public:
    enum class Kind {
        None,     //!< no error
        Http,     //!< the server answered with a non-2xx status
        Network,  //!< connection refused, reset, host not found...
        Tls,      //!< certificate verification or handshake failure
        Timeout,  //!< the request took longer than its timeout
        Auth,     //!< credentials could not be obtained (exec plugin, token file, OIDC refresh)
        Config,   //!< the kubeconfig cannot be used as written
        Protocol, //!< the server sent something we cannot read
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason;  //!< Status.reason (NotFound, Conflict, AlreadyExists, Gone, ...), may be empty
    QString message; //!< human-readable, translated for client-side errors, the server's text otherwise
    QList<StatusCause> causes;
    QJsonObject status; //!< the whole Status object when the server sent one
    QString bodyText;   //!< otherwise the answer's text (first 512 bytes; empty for HTML pages): what a service behind
                        //!< the service proxy said, e.g. Reaper's reason for a 400
    QByteArray method;
    QUrl url;              //!< without user info
    QStringList warnings;  //!< `Warning` headers of the failed response
    int retryAfterSeconds = -1; //!< Retry-After of a 429/5xx, when sent

    bool isError() const { return kind != Kind::None; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isConflict() const { return httpStatus == 409; }
    bool isAlreadyExists() const { return httpStatus == 409 && reason == QLatin1String("AlreadyExists"); }
    bool isGone() const { return httpStatus == 410 || reason == QLatin1String("Expired"); }
    bool isUnauthorized() const { return httpStatus == 401; }
    bool isForbidden() const { return httpStatus == 403; }
    bool isTooManyRequests() const { return httpStatus == 429; }
    bool isInvalid() const { return httpStatus == 422; }

    /*! The server-side apply conflicts in causes (type FieldManagerConflict), one per field and manager. */
    QList<FieldConflict> fieldConflicts() const;

    /*! "GET https://host:6443/api/v1/pods" (never headers). */
    QString requestString() const;

    /*! The message in kubectl's words, e.g. `Error from server (NotFound): pods "x" not found` for HTTP errors,
        or the client-side message. */
    QString toString() const;

    /*! Builds an HTTP error from a response body: a Status object when the body is one, else a message derived
        from the status code and the body text as kubectl does. */
    static KubeError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &method, const QUrl &url);

    /*! A client-side error of \a kind with \a message. */
    static KubeError make(Kind kind, const QString &message, const QByteArray &method = {}, const QUrl &url = {});

    /*! \a url with user info removed: safe to show. */
    static QUrl safeUrl(const QUrl &url);
};

} // namespace Ringside

Q_DECLARE_METATYPE(Ringside::KubeError)
