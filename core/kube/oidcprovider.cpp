#include "kube/oidcprovider.h"

#include "coretr.h"
#include "kube/kubelogging.h"
#include "kubeconfig/kubeconfigwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Ringside {

OidcCredentialProvider::OidcCredentialProvider(const RestConfig &config, QObject *parent)
    : CredentialProvider(parent)
    , m_user(config.userName)
    , m_sourceFile(config.userSourceFile)
    , m_nam(new QNetworkAccessManager(this))
{
    const QMap<QString, QString> &cfg = config.authProvider.config;
    m_issuer = cfg.value(u"idp-issuer-url"_s);
    m_clientId = cfg.value(u"client-id"_s);
    m_clientSecret = cfg.value(u"client-secret"_s);
    m_idToken = cfg.value(u"id-token"_s);
    m_refreshToken = cfg.value(u"refresh-token"_s);
    QByteArray caPem = QByteArray::fromBase64(cfg.value(u"idp-certificate-authority-data"_s).toLatin1());
    QString caFile = cfg.value(u"idp-certificate-authority"_s);
    if (caPem.isEmpty() && !caFile.isEmpty()) {
        if (QDir::isRelativePath(caFile) && !m_sourceFile.isEmpty()) {
            caFile = QFileInfo(m_sourceFile).absoluteDir().filePath(caFile);
        }
        QFile f(caFile);
        if (f.open(QIODevice::ReadOnly)) {
            caPem = f.readAll();
        } else {
            m_setupError = CoreTr::tr("cannot read idp-certificate-authority %1: %2").arg(caFile, f.errorString());
        }
    }
    if (!caPem.isEmpty()) {
        m_issuerCa = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (m_issuerCa.isEmpty()) {
            m_setupError = CoreTr::tr("the idp-certificate-authority of user \"%1\" holds no PEM certificate").arg(m_user);
        }
    }
    QString proxyError;
    if (const auto proxy = RestConfig::proxyFromEnvironment(QUrl(m_issuer), QProcessEnvironment::systemEnvironment(), &proxyError)) {
        m_nam->setProxy(*proxy);
    } else {
        m_nam->setProxy(QNetworkProxy::NoProxy);
    }
}

OidcCredentialProvider::~OidcCredentialProvider() = default;

QDateTime OidcCredentialProvider::jwtExpiry(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3) {
        return {};
    }
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!payload) {
        return {};
    }
    const QJsonValue exp = QJsonDocument::fromJson(*payload).object().value(u"exp"_s);
    if (!exp.isDouble()) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), QTimeZone::UTC);
}

bool OidcCredentialProvider::tokenValid() const
{
    if (m_idToken.isEmpty() || m_forceRefresh) {
        return false;
    }
    const QDateTime exp = jwtExpiry(m_idToken.toUtf8());
    // Like client-go: a token expiring within 10 seconds is treated as expired.
    return exp.isValid() && QDateTime::currentDateTimeUtc().addSecs(10) < exp;
}

void OidcCredentialProvider::fetch(const QObject *context, Ready ok, Failed err)
{
    if (tokenValid()) {
        Credentials c;
        c.authorization = "Bearer " + m_idToken.toUtf8();
        c.expiry = jwtExpiry(m_idToken.toUtf8());
        c.generation = m_generation;
        ok(c);
        return;
    }
    const bool idle = m_waiters.isEmpty();
    m_waiters.append({context, std::move(ok), std::move(err)});
    if (idle) {
        startRefresh();
    }
}

bool OidcCredentialProvider::invalidate(const Credentials &used)
{
    if (used.generation == m_generation) {
        m_forceRefresh = true;
    }
    return !m_refreshToken.isEmpty();
}

QSslConfiguration OidcCredentialProvider::issuerSsl() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_issuerCa.isEmpty()) {
        ssl.setCaCertificates(m_issuerCa);
    }
    return ssl;
}

QNetworkRequest OidcCredentialProvider::issuerRequest(const QUrl &url) const
{
    QNetworkRequest req(url);
    req.setSslConfiguration(issuerSsl());
    req.setTransferTimeout(30000);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return req;
}

void OidcCredentialProvider::startRefresh()
{
    if (!m_setupError.isEmpty()) {
        fail(m_setupError);
        return;
    }
    if (m_refreshToken.isEmpty()) {
        fail(CoreTr::tr("the OIDC id-token of user \"%1\" has expired and there is no refresh-token to renew it; log in again")
                 .arg(m_user));
        return;
    }
    const QUrl issuer(m_issuer);
    if (m_issuer.isEmpty() || !issuer.isValid() || issuer.scheme() != u"https"_s) {
        fail(CoreTr::tr("the OIDC auth provider of user \"%1\" needs an https idp-issuer-url to refresh its token").arg(m_user));
        return;
    }
    QString base = m_issuer;
    if (base.endsWith(u'/')) {
        base.chop(1);
    }
    const QUrl discovery(base + u"/.well-known/openid-configuration"_s);
    qCDebug(lcKubeAuth) << "OIDC discovery at" << discovery.toString();
    m_reply.reset(m_nam->get(issuerRequest(discovery)));
    connect(m_reply.get(), &QNetworkReply::finished, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = m_reply->readAll();
        const QString netError = m_reply->errorString();
        const bool failed = m_reply->error() != QNetworkReply::NoError && status == 0;
        m_reply.reset();
        if (failed) {
            fail(CoreTr::tr("cannot reach the OIDC issuer %1: %2").arg(m_issuer, netError));
            return;
        }
        if (status != 200) {
            fail(CoreTr::tr("the OIDC issuer %1 answered %2 to its discovery request").arg(m_issuer).arg(status));
            return;
        }
        const QUrl endpoint(QJsonDocument::fromJson(body).object().value(u"token_endpoint"_s).toString());
        if (!endpoint.isValid() || endpoint.scheme() != u"https"_s) {
            fail(CoreTr::tr("the OIDC issuer %1 does not name an https token_endpoint").arg(m_issuer));
            return;
        }
        requestToken(endpoint, false);
    });
}

void OidcCredentialProvider::requestToken(const QUrl &tokenEndpoint, bool credentialsInBody)
{
    QByteArray form = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_refreshToken);
    QNetworkRequest req = issuerRequest(tokenEndpoint);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Accept", "application/json");
    if (credentialsInBody) {
        form += "&client_id=" + QUrl::toPercentEncoding(m_clientId);
        if (!m_clientSecret.isEmpty()) {
            form += "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret);
        }
    } else {
        // RFC 6749 2.3.1: client credentials in HTTP Basic, form-encoded first.
        const QByteArray basic = QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_clientSecret);
        req.setRawHeader("Authorization", "Basic " + basic.toBase64());
    }
    qCDebug(lcKubeAuth) << "OIDC token refresh at" << tokenEndpoint.toString() << "for user" << m_user;
    m_reply.reset(m_nam->post(req, form));
    connect(m_reply.get(), &QNetworkReply::finished, this,
            [this, tokenEndpoint, credentialsInBody] { onTokenReply(tokenEndpoint, credentialsInBody); });
}

void OidcCredentialProvider::onTokenReply(const QUrl &tokenEndpoint, bool credentialsInBody)
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_reply->readAll();
    const QString netError = m_reply->errorString();
    m_reply.reset();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (status == 0) {
        fail(CoreTr::tr("cannot reach the OIDC token endpoint %1: %2").arg(tokenEndpoint.toString(), netError));
        return;
    }
    if (status != 200) {
        const QString oauthError = o.value(u"error"_s).toString();
        // Like Go's oauth2 auto-detection: retry with the client credentials in the form when Basic was refused.
        if (!credentialsInBody && (status == 400 || status == 401) && (oauthError == u"invalid_client"_s || oauthError == u"unauthorized_client"_s)) {
            requestToken(tokenEndpoint, true);
            return;
        }
        QString msg = CoreTr::tr("refreshing the OIDC token of user \"%1\" failed: the token endpoint answered %2").arg(m_user).arg(status);
        if (!oauthError.isEmpty()) {
            msg += u" ("_s + oauthError;
            const QString desc = o.value(u"error_description"_s).toString();
            if (!desc.isEmpty()) {
                msg += u": "_s + desc;
            }
            msg += u')';
        }
        fail(msg);
        return;
    }
    const QString idToken = o.value(u"id_token"_s).toString();
    if (idToken.isEmpty()) {
        fail(CoreTr::tr("the OIDC token endpoint returned no id_token for user \"%1\"").arg(m_user));
        return;
    }
    m_idToken = idToken;
    const QString refresh = o.value(u"refresh_token"_s).toString();
    if (!refresh.isEmpty()) {
        m_refreshToken = refresh;
    }
    m_forceRefresh = false;
    ++m_generation;
    ++m_refreshes;
    persist();
    succeed();
}

QByteArray OidcCredentialProvider::withTokens(const QByteArray &text, const QString &userName, const QString &idToken,
                                              const QString &refreshToken, QString *error)
{
    try {
        YAML::Node root = YAML::Load(std::string(text.constData(), size_t(text.size())));
        YAML::Node users = root["users"];
        if (!users || !users.IsSequence()) {
            *error = CoreTr::tr("the file has no users list");
            return {};
        }
        for (YAML::Node entry : users) {
            if (!entry.IsMap() || QString::fromStdString(entry["name"].as<std::string>(std::string())) != userName) {
                continue;
            }
            YAML::Node cfg = entry["user"]["auth-provider"]["config"];
            cfg["id-token"] = idToken.toStdString();
            if (!refreshToken.isEmpty()) {
                cfg["refresh-token"] = refreshToken.toStdString();
            }
            YAML::Emitter e;
            e << root;
            return QByteArray(e.c_str()) + '\n';
        }
        *error = CoreTr::tr("user \"%1\" is not defined in the file").arg(userName);
    } catch (const YAML::Exception &ex) {
        *error = QString::fromStdString(ex.msg);
    }
    return {};
}

void OidcCredentialProvider::persist()
{
    if (m_sourceFile.isEmpty()) {
        return;
    }
    QFile f(m_sourceFile);
    QString error;
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
    } else {
        const QByteArray out = withTokens(f.readAll(), m_user, m_idToken, m_refreshToken, &error);
        f.close();
        if (!out.isEmpty()) {
            KubeconfigWriter::writeFile(m_sourceFile, out, &error);
        }
    }
    if (!error.isEmpty()) {
        qCWarning(lcKubeAuth).noquote() << "the refreshed OIDC token of user" << m_user << "could not be written to" << m_sourceFile
                                        << ":" << error;
    } else {
        qCDebug(lcKubeAuth) << "refreshed OIDC token of user" << m_user << "written to" << m_sourceFile;
    }
}

void OidcCredentialProvider::fail(const QString &message)
{
    const KubeError e = KubeError::make(KubeError::Kind::Auth, message);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.err(e);
        }
    }
}

void OidcCredentialProvider::succeed()
{
    Credentials c;
    c.authorization = "Bearer " + m_idToken.toUtf8();
    c.expiry = jwtExpiry(m_idToken.toUtf8());
    c.generation = m_generation;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.ok(c);
        }
    }
}

} // namespace Ringside
