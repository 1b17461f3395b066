#pragma once

#include "kube/kubeerror.h"
#include "kube/restconfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <memory>

namespace Ringside {

class ShellEnvironment;

/*! Credentials for one request: an Authorization header value and/or a TLS client certificate.
    Holds secrets: never log it. \since 0.1 */
struct Credentials
{
    QByteArray authorization; //!< e.g. "Bearer ..." or "Basic ..."; empty for none
    QSslCertificate clientCertificate;
    QList<QSslCertificate> clientCertificateChain;
    QSslKey clientKey;
    QDateTime expiry;     //!< invalid: does not expire
    quint64 generation = 0; //!< changes whenever the provider obtains new credentials
    bool hasClientCertificate() const { return !clientCertificate.isNull() && !clientKey.isNull(); }
};

/*! Supplies credentials for requests, lazily: nothing runs until the first request needs them.
    Implementations never block: slow work (exec plugins, token refresh) runs asynchronously. \since 0.1 */
class CredentialProvider : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(const Credentials &)>;
    using Failed = std::function<void(const KubeError &)>;

    explicit CredentialProvider(QObject *parent = nullptr);

    /*! Asks for credentials. Calls exactly one of \a ok or \a err, possibly before returning; neither is called
        when \a context is destroyed first. */
    virtual void fetch(const QObject *context, Ready ok, Failed err) = 0;

    /*! The server answered 401 to a request made with \a used. Returns true when fetching again may give
        different credentials (the request is then retried once). */
    virtual bool invalidate(const Credentials &used);

    /*! The provider for \a config's authentication method. \a shell is used by exec plugins. */
    static std::unique_ptr<CredentialProvider> create(const RestConfig &config, std::shared_ptr<ShellEnvironment> shell,
                                                      QObject *parent = nullptr);
};

/*! Fixed credentials: a bearer token, basic auth, or none (a client certificate lives in the TLS configuration). \since 0.1 */
class StaticCredentialProvider : public CredentialProvider
{
    Q_OBJECT
public:
    StaticCredentialProvider(const Credentials &credentials, QObject *parent = nullptr);
    void fetch(const QObject *context, Ready ok, Failed err) override;

private:
    Credentials m_credentials;
};

/*! A bearer token read from a file (a projected service-account token, say), re-read whenever the file's
    modification time or size changes and after a 401. The last good token is kept if a re-read fails. \since 0.1 */
class TokenFileCredentialProvider : public CredentialProvider
{
    Q_OBJECT
public:
    TokenFileCredentialProvider(const QString &fileName, QObject *parent = nullptr);
    void fetch(const QObject *context, Ready ok, Failed err) override;
    bool invalidate(const Credentials &used) override;

private:
    QString m_fileName;
    QDateTime m_mtime;
    qint64 m_size = -1;
    Credentials m_credentials;
};

} // namespace Ringside
