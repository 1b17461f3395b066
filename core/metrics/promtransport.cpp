#include "metrics/promtransport.h"

#include "coretr.h"
#include "metrics/metricslogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace Ringside::Metrics {

TransportCall::~TransportCall() = default;
Transport::~Transport() = default;

namespace {

struct ReplyDeleter
{
    void operator()(QNetworkReply *reply) const
    {
        if (!reply) {
            return;
        }
        reply->disconnect();
        if (reply->isRunning()) {
            reply->abort();
        }
        reply->deleteLater();
    }
};

// The single owner of one QNetworkReply (STYLE rule 5): checks error() in finished, releases the reply to
// deleteLater, aborts in its destructor.
class NetworkCall final : public QObject, public TransportCall
{
public:
    NetworkCall(QNetworkReply *reply, std::chrono::milliseconds timeout, Transport::Completion done)
        : m_reply(reply)
        , m_done(std::move(done))
    {
        connect(reply, &QNetworkReply::finished, this, &NetworkCall::onFinished);
        connect(reply, &QNetworkReply::sslErrors, this, &NetworkCall::onSslErrors);
        if (timeout.count() > 0) {
            m_timer.setSingleShot(true);
            m_timer.setInterval(timeout);
            connect(&m_timer, &QTimer::timeout, this, &NetworkCall::onTimeout);
            m_timer.start();
        }
        m_timeoutMs = timeout.count();
    }

    ~NetworkCall() override = default; // m_reply's deleter aborts a running reply

private:
    void onSslErrors(const QList<QSslError> &errors)
    {
        QStringList texts;
        for (const QSslError &e : errors) {
            texts.append(e.errorString());
        }
        m_sslErrors = texts.join(QStringLiteral("; "));
    }

    void onTimeout()
    {
        HttpResponse r;
        r.failure = HttpResponse::Failure::Timeout;
        r.errorString = CoreTr::tr("no answer within %1 s").arg(double(m_timeoutMs) / 1000.0);
        finish(r);
    }

    void onFinished()
    {
        QNetworkReply *reply = m_reply.get();
        HttpResponse r;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            r.status = status.toInt();
            r.body = reply->readAll();
            r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        } else {
            const QNetworkReply::NetworkError e = reply->error();
            if (!m_sslErrors.isEmpty() || e == QNetworkReply::SslHandshakeFailedError) {
                r.failure = HttpResponse::Failure::Tls;
                r.errorString = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors;
            } else if (e == QNetworkReply::TimeoutError) {
                r.failure = HttpResponse::Failure::Timeout;
                r.errorString = CoreTr::tr("no answer within %1 s").arg(double(m_timeoutMs) / 1000.0);
            } else {
                r.failure = HttpResponse::Failure::Network;
                r.errorString = reply->errorString();
            }
        }
        finish(r);
    }

    // Releases the reply, then completes from the event loop: the owner may then destroy anything (this call, the
    // client, the QNetworkAccessManager) in its handler without pulling the rug from under QNetworkReply's signal.
    void finish(const HttpResponse &r)
    {
        m_timer.stop();
        m_reply.reset();
        QMetaObject::invokeMethod(this, [this, r] { complete(r); }, Qt::QueuedConnection);
    }

    void complete(const HttpResponse &r)
    {
        // The owner may destroy this call inside the callback: move what is needed out first.
        Transport::Completion done = std::move(m_done);
        m_done = nullptr;
        if (done) {
            done(r);
        }
    }

    using ReplyPtr = std::unique_ptr<QNetworkReply, ReplyDeleter>;
    ReplyPtr m_reply;
    Transport::Completion m_done;
    QTimer m_timer;
    qint64 m_timeoutMs = 0;
    QString m_sslErrors;
};

} // namespace

NetworkTransport::NetworkTransport(const QSslConfiguration &ssl, QNetworkAccessManager *manager)
    : m_ssl(ssl)
    , m_manager(manager)
{
    if (!m_manager) {
        m_ownManager = std::make_unique<QNetworkAccessManager>();
        m_manager = m_ownManager.get();
    }
}

NetworkTransport::~NetworkTransport() = default;

std::unique_ptr<TransportCall> NetworkTransport::send(const HttpRequest &request, Completion done)
{
    QNetworkRequest req(request.url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    for (const auto &h : request.headers) {
        req.setRawHeader(h.first, h.second);
    }
    QNetworkReply *reply = nullptr;
    if (request.method == "POST") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        reply = m_manager->post(req, request.body);
    } else {
        reply = m_manager->get(req);
    }
    qCDebug(lcMetrics) << request.method << request.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toDisplayString();
    return std::make_unique<NetworkCall>(reply, request.timeout, std::move(done));
}

QString serviceProxyPath(const QString &nameSpace, const QString &service, const QString &port, bool https)
{
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(nameSpace));
    QString target = (https ? QStringLiteral("https:") : QString()) + service;
    if (!port.isEmpty()) {
        target += u':' + port;
    }
    return QStringLiteral("/api/v1/namespaces/") + enc + QStringLiteral("/services/")
           + QString::fromLatin1(QUrl::toPercentEncoding(target, ":")) + QStringLiteral("/proxy");
}

} // namespace Ringside::Metrics
