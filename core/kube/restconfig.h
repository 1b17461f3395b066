#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QJsonObject>
#include <QMap>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

#include <optional>

namespace Ringside {

/*! How a connection authenticates, as decided from the kubeconfig user. \since 0.1 */
enum class AuthMethod {
    None,
    ClientCertificate, //!< TLS client certificate only
    Token,             //!< static bearer token
    TokenFile,         //!< bearer token read from a file, re-read when it changes
    Basic,             //!< username and password
    Exec,              //!< exec credential plugin
    Oidc,              //!< legacy auth-provider: oidc
};

/*! Everything needed to talk to one cluster as one user, resolved from a kubeconfig context: the server, TLS
    material (already read and parsed), credentials, proxy, impersonation and the context's namespace.
    A value type. It holds secrets: never log it, never put it in an error. \since 0.1 */
struct RestConfig
{
    QString contextName;
    QString clusterName;
    QString userName;
    QUrl server;        //!< scheme, host, port and an optional path prefix
    QString nameSpace;  //!< the context's namespace, or "default"

    // TLS
    QList<QSslCertificate> caCertificates; //!< empty: the system's roots
    QByteArray caData;                     //!< the PEM the CA certificates were read from (for exec cluster info)
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QSslCertificate clientCertificate;
    QList<QSslCertificate> clientCertificateChain; //!< intermediates after the leaf, if the PEM had them
    QSslKey clientKey;

    // Credentials
    AuthMethod authMethod = AuthMethod::None;
    QString token;
    QString tokenFile;
    QString username;
    QString password;
    ExecConfig exec;
    AuthProviderConfig authProvider;
    QString userSourceFile; //!< the kubeconfig file that defines the user (OIDC write-back goes there)
    QJsonObject execClusterInfo; //!< the `cluster` object handed to exec plugins with provideClusterInfo

    // Impersonation
    QString impersonateUser;
    QStringList impersonateGroups;
    QString impersonateUid;
    QMap<QString, QStringList> impersonateExtra;

    // Proxy
    std::optional<QNetworkProxy> proxy; //!< unset: no proxy (the environment's proxy variables are already applied)
    bool disableCompression = false;

    /*! Non-fatal problems to show the user, e.g. insecure-skip-tls-verify. */
    QStringList warnings;

    /*! Resolves \a contextName (the current context when empty) of \a config. Reads certificate and key files.
        Returns nothing and sets \a error (a translated, secret-free message) when the context cannot be used. */
    static std::optional<RestConfig> fromKubeconfig(const Kubeconfig &config, const QString &contextName, QString *error,
                                                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    /*! The TLS configuration for requests: CA certificates, verification mode and the static client certificate. */
    QSslConfiguration sslConfiguration() const;

    /*! "host:port" of the server, e.g. for cache directories. */
    QString hostPort() const;

    /*! Parses a PEM private key: RSA or EC, in PKCS#1/SEC1 or PKCS#8 form. Returns a null key when unreadable. */
    static QSslKey parsePrivateKey(const QByteArray &pem);

    /*! Reads a proxy URL (http, socks5, socks5h). Sets \a error for https proxies and other schemes. */
    static std::optional<QNetworkProxy> parseProxyUrl(const QString &url, QString *error);

    /*! The proxy Go would pick for \a server from HTTPS_PROXY/HTTP_PROXY/NO_PROXY, as kubectl does when the
        kubeconfig has no proxy-url. Loopback servers never use a proxy. */
    static std::optional<QNetworkProxy> proxyFromEnvironment(const QUrl &server, const QProcessEnvironment &env, QString *error);
};

} // namespace Ringside
