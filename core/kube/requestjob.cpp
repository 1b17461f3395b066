#include "kube/requestjob.h"

#include "coretr.h"
#include "kube/kubeclient.h"
#include "kube/kubelogging.h"
#include "kube/ratelimiter.h"

#include <QHttpHeaders>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
constexpr qsizetype kMaxErrorBody = 256 * 1024;

bool retryableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}
} // namespace

RequestJob::RequestJob(KubeClient *client, const KubeRequest &request, const QObject *context, bool stream)
    : KubeJob(client)
    , m_client(client)
    , m_request(request)
    , m_context(context)
    , m_stream(stream)
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort(); // finished() follows synchronously
        } else {
            onFinished();
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &RequestJob::attempt);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_idledOut = true;
        if (m_reply) {
            m_reply->abort();
        }
    });
    if (context) {
        connect(context, &QObject::destroyed, this, &RequestJob::cancel);
    }
}

RequestJob::~RequestJob()
{
    m_finished = true;
    teardown();
}

void RequestJob::setHandlers(ResponseHandler ok, ErrorHandler err)
{
    m_ok = std::move(ok);
    m_err = std::move(err);
}

void RequestJob::setStreamHandlers(DataHandler data, StreamEndHandler done)
{
    m_data = std::move(data);
    m_done = std::move(done);
}

void RequestJob::start()
{
    const auto timeout = m_request.timeout.value_or(m_stream ? std::chrono::milliseconds(0) : m_client->options().requestTimeout);
    if (timeout.count() > 0) {
        m_deadline.start(timeout);
    }
    attempt();
}

void RequestJob::failSoon(const KubeError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishError(error); });
}

void RequestJob::cancel()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    qCDebug(lcKubeHttp) << "cancelled" << m_request.method << m_request.path;
    teardown();
    deleteLater();
}

void RequestJob::teardown()
{
    m_deadline.stop();
    m_retryTimer.stop();
    m_idleTimer.stop();
    m_reply.reset();
    if (m_streamNam && m_client) {
        m_client->releaseStreamManager(m_streamNam);
    }
    m_streamNam = nullptr;
}

void RequestJob::attempt()
{
    if (m_finished || !m_client) {
        return;
    }
    m_client->m_limiter->acquire(this, [this] {
        CredentialProvider *provider = m_client->credentialProvider();
        provider->fetch(
            this, [this](const Credentials &c) { onCredentials(c); },
            [this](const KubeError &e) {
                KubeError err = e;
                err.method = m_request.method;
                err.url = KubeError::safeUrl(m_client->url(m_request.path, m_request.query));
                finishError(err);
            });
    });
}

void RequestJob::onCredentials(const Credentials &credentials)
{
    if (m_finished) {
        return;
    }
    m_credentials = credentials;
    m_statusKnown = false;
    m_streaming = false;
    m_errorBody.clear();
    m_sslErrors.clear();
    const QNetworkRequest req = m_client->buildRequest(m_request, credentials);
    QNetworkAccessManager *nam = m_client->manager();
    if (m_stream) {
        if (!m_streamNam) {
            m_streamNam = m_client->acquireStreamManager();
        }
        nam = m_streamNam;
    }
    qCDebug(lcKubeHttp).noquote() << m_request.method << req.url().toString() << (m_retries ? u" (retry %1)"_s.arg(m_retries) : QString());
    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET" && m_request.body.isEmpty()) {
        reply = nam->get(req);
    } else {
        reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    }
    m_reply.reset(reply);
    connect(reply, &QNetworkReply::finished, this, &RequestJob::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    if (m_stream) {
        connect(reply, &QNetworkReply::readyRead, this, &RequestJob::onReadyRead);
        if (m_request.idleTimeout.count() > 0) {
            m_idleTimer.start(m_request.idleTimeout);
        }
    }
}

void RequestJob::onReadyRead()
{
    if (m_finished || !m_reply) {
        return;
    }
    if (!m_statusKnown) {
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            return;
        }
        m_statusKnown = true;
        m_streaming = status.toInt() >= 200 && status.toInt() < 300;
    }
    if (m_request.idleTimeout.count() > 0) {
        m_idleTimer.start(m_request.idleTimeout);
    }
    const QByteArray chunk = m_reply->readAll();
    if (!m_streaming) {
        if (m_errorBody.size() < kMaxErrorBody) {
            m_errorBody += chunk;
        }
        return;
    }
    if (chunk.isEmpty() || !m_data) {
        return;
    }
    m_data(chunk); // may cancel this job
}

KubeError RequestJob::networkError(QNetworkReply::NetworkError code, const QString &text) const
{
    const QUrl url = m_client ? m_client->url(m_request.path, m_request.query) : QUrl();
    const QString server = url.host() + u':' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
    KubeError e;
    e.kind = KubeError::Kind::Network;
    e.method = m_request.method;
    e.url = KubeError::safeUrl(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message = CoreTr::tr("The connection to the server %1 was refused - did you specify the right host or port?").arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        e.message = CoreTr::tr("Unable to connect to the server %1: host not found").arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        e.kind = KubeError::Kind::Tls;
        QStringList reasons;
        for (const QSslError &s : m_sslErrors) {
            reasons.append(s.errorString());
        }
        e.message = CoreTr::tr("Unable to connect to the server %1: TLS verification failed: %2")
                        .arg(server, reasons.isEmpty() ? text : reasons.join(u"; "_s));
        break;
    }
    default:
        e.message = CoreTr::tr("Unable to connect to the server %1: %2").arg(server, text);
        break;
    }
    return e;
}

QStringList RequestJob::replyWarnings() const
{
    const QHttpHeaders headers = m_reply->headers();
    const QList<QByteArray> values = headers.values("Warning");
    return parseWarningHeaders(values);
}

void RequestJob::onFinished()
{
    if (m_finished) {
        return;
    }
    const QUrl url = m_client->url(m_request.path, m_request.query);
    if (m_timedOut) {
        const qint64 secs = std::chrono::duration_cast<std::chrono::seconds>(
                                m_request.timeout.value_or(m_client->options().requestTimeout))
                                .count();
        KubeError e = KubeError::make(KubeError::Kind::Timeout, CoreTr::tr("the request timed out after %1 s").arg(secs),
                                      m_request.method, url);
        m_stream ? finishStream(e) : finishError(e);
        return;
    }
    if (m_idledOut) {
        finishStream(KubeError::make(KubeError::Kind::Timeout,
                                     CoreTr::tr("the stream stalled: no data for %1 s").arg(m_request.idleTimeout.count() / 1000.0),
                                     m_request.method, url));
        return;
    }
    if (m_stream && !m_statusKnown) {
        onReadyRead(); // a short body that arrived together with finished()
        if (m_finished) {
            return;
        }
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString netText = m_reply->errorString();
    const bool http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QStringList warnings = status ? replyWarnings() : QStringList();
    m_client->noteResponse(http2, warnings, QString::fromLatin1(m_request.method) + u' ' + KubeError::safeUrl(url).toString());

    if (m_streaming) {
        const QByteArray rest = m_reply->readAll();
        if (!rest.isEmpty() && m_data) {
            QPointer<RequestJob> self(this);
            m_data(rest);
            if (!self || m_finished) {
                return;
            }
        }
        if (netError == QNetworkReply::NoError) {
            finishStream(std::nullopt);
            return;
        }
        KubeError broken = networkError(netError, netText);
        broken.message = CoreTr::tr("the stream from %1 broke off: %2").arg(url.host() + u':' + QString::number(url.port()), netText);
        finishStream(broken);
        return;
    }

    const QByteArray body = m_errorBody + m_reply->readAll();
    if (status == 0) {
        KubeError e = networkError(netError, netText);
        if (maybeRetry(e, m_request.isIdempotent() && retryableNetworkError(netError))) {
            return;
        }
        m_stream ? finishStream(e) : finishError(e);
        return;
    }
    qCDebug(lcKubeHttp).noquote() << m_request.method << KubeError::safeUrl(url).toString() << status << body.size() << "bytes"
                                  << (http2 ? "h2" : "http/1.1");
    if (status >= 200 && status < 300) {
        if (m_stream) {
            finishStream(std::nullopt);
            return;
        }
        KubeResponse r;
        r.httpStatus = status;
        r.body = body;
        r.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.warnings = warnings;
        r.http2 = http2;
        if (r.body.startsWith('{')) {
            r.object = QJsonDocument::fromJson(r.body).object();
        }
        finishOk(r);
        return;
    }
    KubeError e = KubeError::fromHttp(status, body, m_request.method, url);
    e.warnings = warnings;
    bool ok = false;
    const int retryAfter = m_reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0) {
        e.retryAfterSeconds = retryAfter;
    }
    if (status == 401 && !m_authRetried && m_client->credentialProvider()->invalidate(m_credentials)) {
        m_authRetried = true;
        qCDebug(lcKubeAuth) << "401 from the server: fetching credentials again and retrying once";
        m_reply.reset();
        attempt();
        return;
    }
    if (status == 429 && maybeRetry(e, true)) {
        return;
    }
    if (status >= 500 && maybeRetry(e, m_request.isIdempotent())) {
        return;
    }
    m_stream ? finishStream(e) : finishError(e);
}

bool RequestJob::maybeRetry(const KubeError &error, bool allowed)
{
    const ClientOptions &opts = m_client->options();
    if (!allowed || m_retries >= opts.maxRetries) {
        return false;
    }
    qint64 delay = 0;
    if (error.retryAfterSeconds >= 0) {
        delay = qint64(error.retryAfterSeconds) * 1000;
    } else {
        const qint64 base = opts.retryBaseDelay.count() << std::min(m_retries, 16);
        delay = std::min<qint64>(base, opts.retryMaxDelay.count());
        delay = qint64(double(delay) * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
    }
    if (m_deadline.isActive() && m_deadline.remainingTime() < delay) {
        return false; // it would time out while waiting: report the real error now
    }
    ++m_retries;
    qCDebug(lcKubeHttp).noquote() << "retrying" << m_request.method << m_request.path << "in" << delay << "ms after"
                                  << (error.httpStatus ? QString::number(error.httpStatus) : u"a connection error"_s);
    m_reply.reset();
    m_retryTimer.start(int(delay));
    return true;
}

void RequestJob::finishError(const KubeError &error)
{
    if (m_finished) {
        return;
    }
    if (m_stream) {
        finishStream(error);
        return;
    }
    m_finished = true;
    teardown();
    deleteLater();
    if (m_context && m_err) {
        m_err(error);
    }
}

void RequestJob::finishOk(const KubeResponse &response)
{
    m_finished = true;
    teardown();
    deleteLater();
    if (m_context && m_ok) {
        m_ok(response);
    }
}

void RequestJob::finishStream(const std::optional<KubeError> &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    teardown();
    deleteLater();
    if (m_context && m_done) {
        m_done(error);
    }
}

} // namespace Ringside
