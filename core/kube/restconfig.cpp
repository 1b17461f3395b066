#include "kube/restconfig.h"

#include "coretr.h"
#include "kube/kubelogging.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {

bool readFile(const QString &path, QByteArray *out, QString *error, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = CoreTr::tr("cannot read %1 %2: %3").arg(what, path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

QJsonObject execExtension(const QJsonObject &clusterRaw)
{
    const QJsonArray extensions = clusterRaw.value(u"extensions"_s).toArray();
    for (const QJsonValue &v : extensions) {
        const QJsonObject e = v.toObject();
        if (e.value(u"name"_s).toString() == QLatin1String("client.authentication.k8s.io/exec")) {
            return e.value(u"extension"_s).toObject();
        }
    }
    return {};
}

bool hostMatchesNoProxy(const QString &host, int port, const QString &noProxy)
{
    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString e : entries) {
        e = e.trimmed().toLower();
        if (e == u"*"_s) {
            return true;
        }
        int entryPort = -1;
        const qsizetype colon = e.lastIndexOf(u':');
        if (colon > 0 && !e.contains(u']') && e.count(u':') == 1) {
            entryPort = e.mid(colon + 1).toInt();
            e = e.left(colon);
        }
        if (entryPort > 0 && entryPort != port) {
            continue;
        }
        if (e.contains(u'/')) { // CIDR
            const auto subnet = QHostAddress::parseSubnet(e);
            const QHostAddress addr(host);
            if (!addr.isNull() && addr.isInSubnet(subnet)) {
                return true;
            }
            continue;
        }
        const QString bare = e.startsWith(u'.') ? e.mid(1) : e;
        if (host == bare || host.endsWith(u'.' + bare)) {
            return true;
        }
    }
    return false;
}

} // namespace

QSslKey RestConfig::parsePrivateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            return key;
        }
    }
    return {};
}

std::optional<QNetworkProxy> RestConfig::parseProxyUrl(const QString &url, QString *error)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()) {
        *error = CoreTr::tr("proxy-url \"%1\" is not a valid URL").arg(QUrl(url).adjusted(QUrl::RemoveUserInfo).toString());
        return std::nullopt;
    }
    QNetworkProxy proxy;
    const QString scheme = u.scheme().toLower();
    if (scheme == u"http"_s) {
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setPort(quint16(u.port(80)));
    } else if (scheme == u"socks5"_s || scheme == u"socks5h"_s) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        proxy.setPort(quint16(u.port(1080)));
        // socks5h resolves names on the proxy; Qt's SOCKS5 proxy does so when it is allowed to.
        proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability);
    } else if (scheme == u"https"_s) {
        *error = CoreTr::tr("proxy-url \"%1\": HTTPS proxies (TLS to the proxy itself) are not supported; use an http:// or "
                            "socks5:// proxy URL")
                     .arg(u.adjusted(QUrl::RemoveUserInfo).toString());
        return std::nullopt;
    } else {
        *error = CoreTr::tr("proxy-url \"%1\": unsupported scheme \"%2\" (use http or socks5)")
                     .arg(u.adjusted(QUrl::RemoveUserInfo).toString(), scheme);
        return std::nullopt;
    }
    proxy.setHostName(u.host());
    if (!u.userName().isEmpty()) {
        proxy.setUser(u.userName(QUrl::FullyDecoded));
        proxy.setPassword(u.password(QUrl::FullyDecoded));
    }
    return proxy;
}

std::optional<QNetworkProxy> RestConfig::proxyFromEnvironment(const QUrl &server, const QProcessEnvironment &env, QString *error)
{
    const QString host = server.host().toLower();
    const QHostAddress addr(host);
    if (host == u"localhost"_s || (!addr.isNull() && addr.isLoopback())) {
        return std::nullopt;
    }
    auto var = [&env](const char *upper, const char *lower) {
        const QString u = env.value(QLatin1String(upper));
        return u.isEmpty() ? env.value(QLatin1String(lower)) : u;
    };
    const bool https = server.scheme() == u"https"_s;
    const QString proxyUrl = https ? var("HTTPS_PROXY", "https_proxy") : var("HTTP_PROXY", "http_proxy");
    if (proxyUrl.isEmpty()) {
        return std::nullopt;
    }
    if (hostMatchesNoProxy(host, server.port(https ? 443 : 80), var("NO_PROXY", "no_proxy"))) {
        return std::nullopt;
    }
    // Go accepts a bare host:port and treats it as http://.
    const QString withScheme = proxyUrl.contains(u"://"_s) ? proxyUrl : u"http://"_s + proxyUrl;
    return parseProxyUrl(withScheme, error);
}

std::optional<RestConfig> RestConfig::fromKubeconfig(const Kubeconfig &config, const QString &contextName, QString *error,
                                                     const QProcessEnvironment &env)
{
    const QString name = contextName.isEmpty() ? config.currentContext : contextName;
    if (name.isEmpty()) {
        *error = CoreTr::tr("no context is selected and the kubeconfig has no current-context");
        return std::nullopt;
    }
    const auto ctx = config.context(name);
    if (!ctx) {
        *error = CoreTr::tr("context \"%1\" does not exist").arg(name);
        return std::nullopt;
    }
    const auto cluster = config.cluster(ctx->cluster);
    if (!cluster) {
        *error = CoreTr::tr("context \"%1\": cluster \"%2\" does not exist").arg(name, ctx->cluster);
        return std::nullopt;
    }
    const KubeUser user = config.user(ctx->user).value_or(KubeUser{});
    if (!ctx->user.isEmpty() && user.name.isEmpty()) {
        *error = CoreTr::tr("context \"%1\": user \"%2\" does not exist").arg(name, ctx->user);
        return std::nullopt;
    }

    RestConfig rc;
    rc.contextName = name;
    rc.clusterName = cluster->name;
    rc.userName = user.name;
    rc.nameSpace = ctx->nameSpace.isEmpty() ? u"default"_s : ctx->nameSpace;

    // Server
    if (cluster->server.isEmpty()) {
        *error = CoreTr::tr("cluster \"%1\" has no server").arg(cluster->name);
        return std::nullopt;
    }
    QString serverText = cluster->server;
    if (!serverText.contains(u"://"_s)) {
        serverText = u"https://"_s + serverText; // client-go's default scheme
    }
    rc.server = QUrl(serverText, QUrl::StrictMode);
    if (!rc.server.isValid() || rc.server.host().isEmpty()
        || (rc.server.scheme() != u"https"_s && rc.server.scheme() != u"http"_s)) {
        *error = CoreTr::tr("cluster \"%1\": server \"%2\" is not an http(s) URL").arg(cluster->name, cluster->server);
        return std::nullopt;
    }
    rc.server.setUserInfo(QString());
    if (rc.server.path().endsWith(u'/')) {
        rc.server.setPath(rc.server.path().chopped(1));
    }

    // TLS
    rc.insecureSkipTlsVerify = cluster->insecureSkipTlsVerify;
    rc.tlsServerName = cluster->tlsServerName;
    QByteArray ca = cluster->certificateAuthorityData;
    if (ca.isEmpty() && !cluster->certificateAuthority.isEmpty()
        && !readFile(cluster->certificateAuthority, &ca, error, CoreTr::tr("certificate-authority"))) {
        return std::nullopt;
    }
    if (!ca.isEmpty()) {
        if (rc.insecureSkipTlsVerify) {
            *error = CoreTr::tr("cluster \"%1\": specifying a root certificates file with the insecure flag is not allowed")
                         .arg(cluster->name);
            return std::nullopt;
        }
        rc.caData = ca;
        rc.caCertificates = QSslCertificate::fromData(ca, QSsl::Pem);
        if (rc.caCertificates.isEmpty()) {
            *error = CoreTr::tr("cluster \"%1\": the certificate authority holds no PEM certificate").arg(cluster->name);
            return std::nullopt;
        }
    }
    if (rc.insecureSkipTlsVerify) {
        rc.warnings.append(CoreTr::tr("cluster \"%1\" has insecure-skip-tls-verify: the server's certificate is not checked, so the "
                                      "connection can be intercepted")
                               .arg(cluster->name));
    }

    // Client certificate
    QByteArray certPem = user.clientCertificateData;
    QByteArray keyPem = user.clientKeyData;
    if (certPem.isEmpty() && !user.clientCertificate.isEmpty()
        && !readFile(user.clientCertificate, &certPem, error, CoreTr::tr("client-certificate"))) {
        return std::nullopt;
    }
    if (keyPem.isEmpty() && !user.clientKey.isEmpty() && !readFile(user.clientKey, &keyPem, error, CoreTr::tr("client-key"))) {
        return std::nullopt;
    }
    if (certPem.isEmpty() != keyPem.isEmpty()) {
        *error = certPem.isEmpty() ? CoreTr::tr("user \"%1\" has a client key but no client certificate").arg(user.name)
                                   : CoreTr::tr("user \"%1\" has a client certificate but no client key").arg(user.name);
        return std::nullopt;
    }
    if (!certPem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (chain.isEmpty()) {
            *error = CoreTr::tr("user \"%1\": the client certificate is not a PEM certificate").arg(user.name);
            return std::nullopt;
        }
        rc.clientCertificate = chain.first();
        rc.clientCertificateChain = chain.mid(1);
        rc.clientKey = parsePrivateKey(keyPem);
        if (rc.clientKey.isNull()) {
            *error = CoreTr::tr("user \"%1\": the client key cannot be read; supported are unencrypted PEM RSA and EC keys "
                                "(PKCS#1, SEC1 or PKCS#8)")
                         .arg(user.name);
            return std::nullopt;
        }
    }

    // Credentials: one technique per user, as client-go insists.
    rc.userSourceFile = user.sourceFile;
    rc.token = user.token;
    rc.tokenFile = user.tokenFile;
    rc.username = user.username;
    rc.password = user.password;
    rc.exec = user.exec;
    rc.authProvider = user.authProvider;
    const bool hasToken = !rc.token.isEmpty() || !rc.tokenFile.isEmpty();
    const bool hasBasic = !rc.username.isEmpty() || !rc.password.isEmpty();
    if (hasToken && hasBasic) {
        *error = CoreTr::tr("user \"%1\": username/password or bearer token may be set, but not both").arg(user.name);
        return std::nullopt;
    }
    if (rc.exec.isValid() && rc.authProvider.isValid()) {
        *error = CoreTr::tr("user \"%1\": exec and auth-provider may not both be set").arg(user.name);
        return std::nullopt;
    }
    if (rc.exec.isValid()) {
        rc.authMethod = AuthMethod::Exec;
    } else if (rc.authProvider.isValid()) {
        if (rc.authProvider.name != u"oidc"_s) {
            *error = CoreTr::tr("user \"%1\": the auth provider \"%2\" is not supported (only oidc; gcp and azure were removed from "
                                "Kubernetes, use their exec plugins)")
                         .arg(user.name, rc.authProvider.name);
            return std::nullopt;
        }
        rc.authMethod = AuthMethod::Oidc;
    } else if (!rc.tokenFile.isEmpty()) {
        rc.authMethod = AuthMethod::TokenFile;
    } else if (!rc.token.isEmpty()) {
        rc.authMethod = AuthMethod::Token;
    } else if (hasBasic) {
        rc.authMethod = AuthMethod::Basic;
    } else if (!rc.clientCertificate.isNull()) {
        rc.authMethod = AuthMethod::ClientCertificate;
    }
    if (rc.exec.isValid()) {
        if (rc.exec.apiVersion != u"client.authentication.k8s.io/v1"_s && rc.exec.apiVersion != u"client.authentication.k8s.io/v1beta1"_s) {
            *error = CoreTr::tr("user \"%1\": exec plugin apiVersion \"%2\" is not supported (use client.authentication.k8s.io/v1 or "
                                "v1beta1)")
                         .arg(user.name, rc.exec.apiVersion);
            return std::nullopt;
        }
        const QString mode = rc.exec.interactiveMode;
        if (!mode.isEmpty() && mode != u"Never"_s && mode != u"IfAvailable"_s && mode != u"Always"_s) {
            *error = CoreTr::tr("user \"%1\": exec interactiveMode \"%2\" is not one of Never, IfAvailable, Always").arg(user.name, mode);
            return std::nullopt;
        }
        if (mode.isEmpty() && rc.exec.apiVersion == u"client.authentication.k8s.io/v1"_s) {
            *error = CoreTr::tr("user \"%1\": exec interactiveMode must be set for client.authentication.k8s.io/v1").arg(user.name);
            return std::nullopt;
        }
    }

    if (rc.server.scheme() == u"http"_s && rc.authMethod != AuthMethod::None) {
        rc.warnings.append(CoreTr::tr("cluster \"%1\" uses plain HTTP: credentials are sent unencrypted").arg(cluster->name));
    }

    // Impersonation
    rc.impersonateUser = user.impersonate;
    rc.impersonateGroups = user.impersonateGroups;
    rc.impersonateUid = user.raw.value(u"as-uid"_s).toString();
    const QJsonObject extra = user.raw.value(u"as-user-extra"_s).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        QStringList values;
        for (const QJsonValue &v : it.value().toArray()) {
            values.append(v.toString());
        }
        rc.impersonateExtra.insert(it.key(), values);
    }
    // Kubernetes wants one Impersonate-Group (and Impersonate-Extra-KEY) header per value; Qt's HTTP stack keeps only
    // the last of repeated headers, so several values would silently become one. Refuse instead.
    bool repeated = rc.impersonateGroups.size() > 1;
    for (const QStringList &values : std::as_const(rc.impersonateExtra)) {
        repeated = repeated || values.size() > 1;
    }
    if (repeated) {
        *error = CoreTr::tr("user \"%1\": impersonating several groups (as-groups) or several values of one as-user-extra key is not "
                            "supported: the HTTP client cannot repeat a header")
                     .arg(user.name);
        return std::nullopt;
    }
    if (rc.impersonateUser.isEmpty() && (!rc.impersonateGroups.isEmpty() || !rc.impersonateExtra.isEmpty() || !rc.impersonateUid.isEmpty())) {
        *error = CoreTr::tr("user \"%1\": impersonating groups, uid or extra requires impersonating a user (as)").arg(user.name);
        return std::nullopt;
    }

    // Proxy
    rc.disableCompression = cluster->disableCompression;
    QString proxyError;
    if (!cluster->proxyUrl.isEmpty()) {
        rc.proxy = parseProxyUrl(cluster->proxyUrl, &proxyError);
    } else {
        rc.proxy = proxyFromEnvironment(rc.server, env, &proxyError);
    }
    if (!proxyError.isEmpty()) {
        *error = CoreTr::tr("cluster \"%1\": %2").arg(cluster->name, proxyError);
        return std::nullopt;
    }

    // Cluster information for exec plugins (provideClusterInfo).
    QJsonObject info;
    info.insert(u"server"_s, cluster->server);
    if (!rc.tlsServerName.isEmpty()) {
        info.insert(u"tls-server-name"_s, rc.tlsServerName);
    }
    if (rc.insecureSkipTlsVerify) {
        info.insert(u"insecure-skip-tls-verify"_s, true);
    }
    if (!ca.isEmpty()) {
        info.insert(u"certificate-authority-data"_s, QString::fromLatin1(ca.toBase64()));
    }
    if (!cluster->proxyUrl.isEmpty()) {
        info.insert(u"proxy-url"_s, cluster->proxyUrl);
    }
    if (rc.disableCompression) {
        info.insert(u"disable-compression"_s, true);
    }
    const QJsonObject ext = execExtension(cluster->raw);
    if (!ext.isEmpty()) {
        info.insert(u"config"_s, ext);
    }
    rc.execClusterInfo = info;
    qCDebug(lcKubeAuth) << "context" << name << "server" << rc.server.toString() << "auth" << int(rc.authMethod);
    return rc;
}

QSslConfiguration RestConfig::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty()) {
        ssl.setCaCertificates(caCertificates);
    }
    if (insecureSkipTlsVerify) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    if (!clientCertificate.isNull()) {
        ssl.setLocalCertificateChain(QList<QSslCertificate>{clientCertificate} + clientCertificateChain);
        ssl.setPrivateKey(clientKey);
    }
    return ssl;
}

QString RestConfig::hostPort() const
{
    return server.host() + u'_' + QString::number(server.port(server.scheme() == u"https"_s ? 443 : 80));
}

} // namespace Ringside
