#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside {

/*! A problem found while reading a kubeconfig file: which file, where, and what. \since 0.1 */
struct KubeconfigIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0; //!< 1-based; 0 when the problem has no place in the text
    int column = 0;
    QString message;
    /*! "FILE:LINE:COL: message" (or "FILE: message"), as compilers print it. */
    QString toString() const;
};

/*! The `cluster` part of a kubeconfig entry. Paths are already resolved against the file that names them. \since 0.1 */
struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthority; //!< absolute path, or empty
    QByteArray certificateAuthorityData;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    QString sourceFile;
    QJsonObject raw; //!< the entry's `cluster` object as written, for fields not modelled here
};

/*! One environment variable for an exec credential plugin. \since 0.1 */
struct ExecEnvVar
{
    QString name;
    QString value;
};

/*! An exec credential plugin (`client.authentication.k8s.io`). \since 0.1 */
struct ExecConfig
{
    QString command; //!< resolved against the kubeconfig's directory when it contains a path separator
    QStringList args;
    QList<ExecEnvVar> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; //!< Never, IfAvailable or Always; empty means the API version's default
    bool isValid() const { return !command.isEmpty(); }
};

/*! A legacy `auth-provider` (oidc and others). \since 0.1 */
struct AuthProviderConfig
{
    QString name;
    QMap<QString, QString> config;
    bool isValid() const { return !name.isEmpty(); }
};

/*! The `user` part of a kubeconfig entry. \since 0.1 */
struct KubeUser
{
    QString name;
    QString clientCertificate; //!< absolute path, or empty
    QByteArray clientCertificateData;
    QString clientKey; //!< absolute path, or empty
    QByteArray clientKeyData;
    QString token;
    QString tokenFile; //!< absolute path, or empty
    QString username;
    QString password;
    QString impersonate;
    QStringList impersonateGroups;
    ExecConfig exec;
    AuthProviderConfig authProvider;
    QString sourceFile;
    QJsonObject raw;

    /*! A short, secret-free description of how this user authenticates, e.g. "client certificate", "exec: aws". */
    QString authKind() const;
};

/*! A context: a cluster, a user and a default namespace. \since 0.1 */
struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString nameSpace;
    QString sourceFile;
};

/*! A merged kubeconfig, read as kubectl reads it. A cheap value type.
    Entries are merged by name with the first file winning; current-context comes from the first file that sets it.
    \since 0.1 */
class Kubeconfig
{
public:
    QList<KubeContext> contexts; //!< sorted by name, as kubectl lists them
    QList<KubeCluster> clusters;
    QList<KubeUser> users;
    QString currentContext;
    QString currentContextSource; //!< the file current-context was read from
    QStringList files;            //!< the files read, in precedence order (missing ones excluded)
    QStringList missingFiles;     //!< files named in the list that do not exist
    QList<KubeconfigIssue> issues;

    bool hasErrors() const;
    std::optional<KubeContext> context(const QString &name) const;
    std::optional<KubeCluster> cluster(const QString &name) const;
    std::optional<KubeUser> user(const QString &name) const;
    QStringList contextNames() const;
};

} // namespace Ringside

Q_DECLARE_METATYPE(Ringside::KubeContext)
Q_DECLARE_METATYPE(Ringside::Kubeconfig)
