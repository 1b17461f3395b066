#include "kube/websocketjob.h"

#include "coretr.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"
#include "kube/ratelimiter.h"

#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace Ringside {

WebSocketJob::WebSocketJob(KubeClient *client, const KubeRequest &request, const QStringList &subprotocols, const QObject *context,
                           Connected connected, ErrorHandler err)
    : KubeJob(client)
    , m_client(client)
    , m_request(request)
    , m_subprotocols(subprotocols)
    , m_context(context)
    , m_connected(std::move(connected))
    , m_err(std::move(err))
{
    connect(context, &QObject::destroyed, this, &WebSocketJob::cancel);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(KubeError::make(KubeError::Kind::Timeout, CoreTr::tr("the WebSocket connection was not established in time"), "GET",
                             m_client ? m_client->url(m_request.path, m_request.query) : QUrl()));
    });
}

WebSocketJob::~WebSocketJob()
{
    delete m_socket;
}

bool WebSocketJob::certificateMatches(const QSslCertificate &certificate, const QString &host)
{
    const QString h = host.toLower();
    auto match = [&h](QString pattern) {
        pattern = pattern.toLower();
        if (pattern == h) {
            return true;
        }
        if (pattern.startsWith(u"*."_s)) {
            const qsizetype dot = h.indexOf(u'.');
            return dot > 0 && h.mid(dot) == pattern.mid(1);
        }
        return false;
    };
    const QStringList dns = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (!dns.isEmpty()) {
        return std::any_of(dns.cbegin(), dns.cend(), match);
    }
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(cn.cbegin(), cn.cend(), match);
}

void WebSocketJob::start()
{
    const auto timeout = m_request.timeout.value_or(m_client->options().requestTimeout);
    if (timeout.count() > 0) {
        m_deadline.start(timeout);
    }
    attempt();
}

void WebSocketJob::cancel()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
}

void WebSocketJob::attempt()
{
    if (m_finished || !m_client) {
        return;
    }
    m_client->m_limiter->acquire(this, [this] {
        m_client->credentialProvider()->fetch(
            this, [this](const Credentials &c) { open(c); },
            [this](const KubeError &e) {
                KubeError err = e;
                err.method = "GET";
                err.url = KubeError::safeUrl(m_client->url(m_request.path, m_request.query));
                fail(err);
            });
    });
}

void WebSocketJob::open(const Credentials &credentials)
{
    if (m_finished) {
        return;
    }
    m_credentials = credentials;
    m_unauthorized = false;
    m_sslErrors.clear();
    QNetworkRequest req = m_client->buildRequest(m_request, credentials);
    QUrl url = req.url();
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    req.setUrl(url);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest);
    m_socket->setProxy(m_client->config().proxy.value_or(QNetworkProxy(QNetworkProxy::NoProxy)));
    m_socket->setSslConfiguration(req.sslConfiguration());
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_finished = true;
        m_deadline.stop();
        QWebSocket *s = std::exchange(m_socket, nullptr);
        s->disconnect(this);
        qCDebug(lcKubeStream) << "WebSocket open:" << m_request.path << "protocol" << s->subprotocol(); // the path only: an exec's arguments are in the query
        deleteLater();
        if (m_context) {
            m_connected(s);
        } else {
            s->deleteLater();
        }
    });
    connect(m_socket, &QWebSocket::authenticationRequired, this, [this](QAuthenticator *) { m_unauthorized = true; });
    connect(m_socket, &QWebSocket::errorOccurred, this, &WebSocketJob::onError);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        const QString name = m_client->config().tlsServerName;
        if (name.isEmpty()) {
            return;
        }
        // QWebSocket has no peerVerifyName: accept a host name mismatch when the certificate names tls-server-name.
        const bool onlyHostName = std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &e) { return e.error() == QSslError::HostNameMismatch; });
        if (onlyHostName && !errors.isEmpty() && certificateMatches(errors.first().certificate(), name)) {
            m_socket->ignoreSslErrors(errors);
        }
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_subprotocols);
    qCDebug(lcKubeStream).noquote() << "opening WebSocket" << KubeError::safeUrl(url).toString() << "offering" << m_subprotocols.join(u", "_s);
    m_socket->open(req, options);
}

void WebSocketJob::onError()
{
    if (m_finished || !m_socket) {
        return;
    }
    const QString text = m_socket->errorString();
    static const QRegularExpression statusRe(u"status code: (\\d{3})"_s);
    const QRegularExpressionMatch m = statusRe.match(text);
    const int status = m.hasMatch() ? m.captured(1).toInt() : (m_unauthorized ? 401 : 0);
    const QUrl url = m_client->url(m_request.path, m_request.query);
    if (status == 401 && !m_authRetried && m_client->credentialProvider()->invalidate(m_credentials)) {
        m_authRetried = true;
        attempt();
        return;
    }
    KubeError e;
    if (status > 0) {
        e = KubeError::fromHttp(status, QByteArray(), "GET", url);
    } else if (!m_sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError &s : std::as_const(m_sslErrors)) {
            reasons.append(s.errorString());
        }
        e = KubeError::make(KubeError::Kind::Tls, CoreTr::tr("Unable to connect to the server %1: TLS verification failed: %2")
                                                      .arg(url.host() + u':' + QString::number(url.port()), reasons.join(u"; "_s)),
                            "GET", url);
    } else {
        e = KubeError::make(KubeError::Kind::Network, CoreTr::tr("Unable to connect to the server %1: %2").arg(url.host() + u':' + QString::number(url.port()), text),
                            "GET", url);
    }
    fail(e);
}

void WebSocketJob::fail(const KubeError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    deleteLater();
    if (m_context) {
        m_err(error);
    }
}

} // namespace Ringside
