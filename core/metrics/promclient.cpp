#include "metrics/promclient.h"

#include "coretr.h"
#include "metrics/metricslogging.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QRegularExpression>
#include <QTimer>

namespace Ringside::Metrics {

namespace {

constexpr qsizetype MaxGetUrlLength = 4000;
constexpr qint64 MaxPointsPerSeries = 11000; // Prometheus refuses more ("exceeded maximum resolution")

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

// Text for an HTTP error without a Prometheus error body: the reason plus a short, single-line excerpt.
QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(600));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = text.simplified();
    if (text.size() > 200) {
        text = text.left(200) + QStringLiteral("\u2026");
    }
    return text;
}

class PendingRequestImpl final : public PendingRequest
{
public:
    using BodyHandler = std::function<void(const QByteArray &, PromError *)>;

    PendingRequestImpl(QObject *owner, const QObject *context, PromError base, BodyHandler onBody, ErrorHandler err)
        : PendingRequest(owner)
        , m_context(const_cast<QObject *>(context))
        , m_hasContext(context != nullptr)
        , m_base(std::move(base))
        , m_onBody(std::move(onBody))
        , m_err(std::move(err))
    {
        if (context) {
            connect(context, &QObject::destroyed, this, &PendingRequestImpl::cancel);
        }
    }

    void setCall(std::unique_ptr<TransportCall> call) { m_call = std::move(call); }

    void cancel() override
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_call.reset();
        deleteLater();
    }

    void onResponse(const HttpResponse &r)
    {
        if (m_finished) {
            return;
        }
        PromError e = m_base;
        switch (r.failure) {
        case HttpResponse::Failure::Network:
            e.kind = PromError::Kind::Network;
            e.message = r.errorString;
            break;
        case HttpResponse::Failure::Tls:
            e.kind = PromError::Kind::Tls;
            e.message = r.errorString;
            break;
        case HttpResponse::Failure::Timeout:
            e.kind = PromError::Kind::Timeout;
            e.message = r.errorString;
            break;
        case HttpResponse::Failure::None:
            e.httpStatus = r.status;
            if (r.status >= 200 && r.status < 300) {
                finishWithBody(r.body, e);
                return;
            }
            if (Json::parseErrorEnvelope(r.body, &e.errorType, &e.message, &e.warnings)) {
                e.kind = PromError::Kind::Server;
            } else {
                e.kind = PromError::Kind::Http;
                e.message = bodyExcerpt(r.body);
                if (e.message.isEmpty()) {
                    e.message = CoreTr::tr("empty answer");
                }
            }
            break;
        }
        finishWithError(e);
    }

    void finishWithError(const PromError &e)
    {
        if (m_finished) {
            return;
        }
        qCWarning(lcMetrics).noquote() << e.toString();
        deliver([err = m_err, e] {
            if (err) {
                err(e);
            }
        });
    }

private:
    void finishWithBody(const QByteArray &body, PromError e)
    {
        // Parsing happens here; the typed success handler is called from onBody through deliver().
        BodyHandler onBody = m_onBody;
        deliver([onBody, body, e, err = m_err]() mutable {
            e.kind = PromError::Kind::None;
            onBody(body, &e);
            if (e.isError()) {
                qCWarning(lcMetrics).noquote() << e.toString();
                if (err) {
                    err(e);
                }
            }
        });
    }

    void deliver(std::function<void()> f)
    {
        m_finished = true;
        deleteLater();
        if (m_hasContext) {
            if (!m_context) {
                return; // the context died: nobody to tell
            }
            QMetaObject::invokeMethod(m_context.data(), std::move(f), Qt::AutoConnection);
        } else {
            f();
        }
    }

    QPointer<QObject> m_context;
    bool m_hasContext = false;
    PromError m_base;
    BodyHandler m_onBody;
    ErrorHandler m_err;
    std::unique_ptr<TransportCall> m_call;
};

} // namespace

// --- PromConfig ------------------------------------------------------------------------------------------------

std::optional<PromConfig> PromConfig::fromUrl(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    const QUrl u(text, QUrl::StrictMode);
    PromConfig c;
    if (!text.contains(QLatin1String("://")) || !u.isValid() || u.host().isEmpty()) {
        *error = CoreTr::tr("\u201c%1\u201d is not a Prometheus URL: write it as http://host:port or https://host/prefix")
                     .arg(QUrl(text).toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }
    c.username = u.userName(QUrl::FullyDecoded);
    c.password = u.password(QUrl::FullyDecoded);
    c.baseUrl = u.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    const QString problem = c.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return c;
}

std::optional<QList<QSslCertificate>> PromConfig::loadCaFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = CoreTr::tr("cannot read the CA file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        *error = CoreTr::tr("the CA file %1 holds no PEM certificate").arg(path);
        return std::nullopt;
    }
    return certs;
}

QString PromConfig::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return CoreTr::tr("no Prometheus URL is set");
    }
    const QString scheme = baseUrl.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return CoreTr::tr("the Prometheus URL must start with http:// or https://, not %1://").arg(scheme);
    }
    if (!bearerToken.isEmpty() && (!username.isEmpty() || !password.isEmpty())) {
        return CoreTr::tr("set either a bearer token or a user name and password for Prometheus, not both");
    }
    if (username.isEmpty() && !password.isEmpty()) {
        return CoreTr::tr("a Prometheus password is set without a user name");
    }
    if (timeout.count() < 0) {
        return CoreTr::tr("the Prometheus timeout cannot be negative");
    }
    return {};
}

QStringList PromConfig::warnings() const
{
    QStringList out;
    if (insecureSkipTlsVerify && baseUrl.scheme() == QLatin1String("https")) {
        out.append(CoreTr::tr("TLS verification is off for %1: the server's identity is not checked").arg(displayUrl().toDisplayString()));
    }
    const bool credentials = !bearerToken.isEmpty() || !username.isEmpty();
    if (credentials && baseUrl.scheme() == QLatin1String("http") && !isLoopbackHost(baseUrl.host())) {
        out.append(CoreTr::tr("credentials are sent unencrypted to %1 (http, not https)").arg(displayUrl().toDisplayString()));
    }
    return out;
}

QSslConfiguration PromConfig::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty()) {
        ssl.setCaCertificates(caCertificates);
    }
    ssl.setPeerVerifyMode(insecureSkipTlsVerify ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    return ssl;
}

QUrl PromConfig::displayUrl() const
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo);
}

// --- PromClient ------------------------------------------------------------------------------------------------

PromClient::PromClient(PromConfig config, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_transport(std::move(transport))
{
    if (!m_transport) {
        m_transport = std::make_unique<NetworkTransport>(m_config.sslConfiguration());
    }
    for (const QString &w : m_config.warnings()) {
        qCWarning(lcMetrics).noquote() << w;
    }
}

PromClient::~PromClient()
{
    // Children (pending requests) abort their transport calls as they are destroyed; the transport goes last.
    const QList<PendingRequest *> pending = findChildren<PendingRequest *>(Qt::FindDirectChildrenOnly);
    for (PendingRequest *p : pending) {
        delete p;
    }
}

int PromClient::pendingCount() const
{
    int n = 0;
    const QList<PendingRequest *> pending = findChildren<PendingRequest *>(Qt::FindDirectChildrenOnly);
    for (const PendingRequest *p : pending) {
        n += p->isFinished() ? 0 : 1;
    }
    return n;
}

QString PromClient::formatTime(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    QString s = QString::number(ms / 1000);
    const qint64 frac = ms % 1000;
    if (frac != 0) {
        s += u'.' + QString::number(qAbs(frac)).rightJustified(3, u'0');
    }
    return s;
}

QByteArray PromClient::encodeForm(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

RequestHandle PromClient::fail(PromError error, const QObject *context, ErrorHandler err)
{
    auto *pending = new PendingRequestImpl(this, context, error, {}, std::move(err));
    // Delivered from the event loop, never inside the call, like every other outcome.
    QTimer::singleShot(0, pending, [pending, error] { pending->finishWithError(error); });
    return RequestHandle(pending);
}

RequestHandle PromClient::start(const QString &endpoint, const QString &apiPath, const QString &what,
                                const QList<QPair<QString, QString>> &params, const QObject *context, BodyHandler onBody,
                                ErrorHandler err)
{
    HttpRequest req;
    req.path = apiPath;
    req.timeout = m_config.timeout;
    QUrl url = m_config.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    url.setPath(url.path() + apiPath);
    PromError base;
    base.endpoint = endpoint;
    base.query = what;
    base.url = url;
    base.method = "GET";
    const QString problem = m_config.validate();
    if (!problem.isEmpty()) {
        base.kind = PromError::Kind::InvalidRequest;
        base.message = problem;
        return fail(base, context, std::move(err));
    }
    const QByteArray encoded = encodeForm(params);
    if (url.toEncoded().size() + encoded.size() + 1 > MaxGetUrlLength) {
        req.method = "POST";
        req.body = encoded;
        req.contentType = "application/x-www-form-urlencoded";
        base.method = "POST";
        req.url = url;
    } else {
        req.encodedQuery = encoded;
        req.url = url;
        if (!encoded.isEmpty()) {
            req.url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        }
    }
    if (!m_config.bearerToken.isEmpty()) {
        req.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_config.bearerToken.toUtf8()});
    } else if (!m_config.username.isEmpty()) {
        const QByteArray userPass = m_config.username.toUtf8() + ':' + m_config.password.toUtf8();
        req.headers.append({QByteArrayLiteral("Authorization"), "Basic " + userPass.toBase64()});
    }
    if (!m_config.tenant.isEmpty()) {
        req.headers.append({QByteArrayLiteral("X-Scope-OrgID"), m_config.tenant.toUtf8()});
    }
    auto *pending = new PendingRequestImpl(this, context, base, std::move(onBody), std::move(err));
    QPointer<PendingRequestImpl> guard(pending);
    pending->setCall(m_transport->send(req, [guard](const HttpResponse &r) {
        if (guard) {
            guard->onResponse(r);
        }
    }));
    return RequestHandle(pending);
}

RequestHandle PromClient::query(const QString &promql, const QDateTime &time, const QObject *context, QueryHandler ok, ErrorHandler err)
{
    QList<QPair<QString, QString>> params{{QStringLiteral("query"), promql}};
    if (time.isValid()) {
        params.append({QStringLiteral("time"), formatTime(time)});
    }
    if (promql.trimmed().isEmpty()) {
        PromError e;
        e.kind = PromError::Kind::InvalidRequest;
        e.endpoint = QStringLiteral("query");
        e.message = CoreTr::tr("the query is empty");
        return fail(e, context, std::move(err));
    }
    return start(QStringLiteral("query"), QStringLiteral("/api/v1/query"), promql, params, context,
                 [ok = std::move(ok)](const QByteArray &body, PromError *e) {
                     QString parseError;
                     const std::optional<QueryResult> r = Json::parseQueryResponse(body, &parseError);
                     if (!r) {
                         e->kind = PromError::Kind::Protocol;
                         e->message = parseError;
                         return;
                     }
                     if (ok) {
                         ok(*r);
                     }
                 },
                 std::move(err));
}

RequestHandle PromClient::queryRange(const QString &promql, const QDateTime &start, const QDateTime &end, std::chrono::milliseconds step,
                                     const QObject *context, QueryHandler ok, ErrorHandler err)
{
    PromError invalid;
    invalid.kind = PromError::Kind::InvalidRequest;
    invalid.endpoint = QStringLiteral("query_range");
    invalid.query = promql;
    if (promql.trimmed().isEmpty()) {
        invalid.message = CoreTr::tr("the query is empty");
    } else if (!start.isValid() || !end.isValid()) {
        invalid.message = CoreTr::tr("a range query needs a start and an end time");
    } else if (end < start) {
        invalid.message = CoreTr::tr("the range ends (%1) before it starts (%2)")
                              .arg(end.toUTC().toString(Qt::ISODate), start.toUTC().toString(Qt::ISODate));
    } else if (step.count() < 1) {
        invalid.message = CoreTr::tr("the step must be at least 1 ms");
    } else {
        const qint64 points = start.msecsTo(end) / step.count() + 1;
        if (points > MaxPointsPerSeries) {
            invalid.message = CoreTr::tr("%1 points per series for this range and step; Prometheus allows at most %2: use a larger step")
                                  .arg(points)
                                  .arg(MaxPointsPerSeries);
        }
    }
    if (!invalid.message.isEmpty()) {
        return fail(invalid, context, std::move(err));
    }
    QString stepText = QString::number(step.count() / 1000);
    if (step.count() % 1000 != 0) {
        stepText = QString::number(double(step.count()) / 1000.0, 'f', 3);
    }
    const QList<QPair<QString, QString>> params{{QStringLiteral("query"), promql},
                                                {QStringLiteral("start"), formatTime(start)},
                                                {QStringLiteral("end"), formatTime(end)},
                                                {QStringLiteral("step"), stepText}};
    return this->start(QStringLiteral("query_range"), QStringLiteral("/api/v1/query_range"), promql, params, context,
                       [ok = std::move(ok)](const QByteArray &body, PromError *e) {
                           QString parseError;
                           const std::optional<QueryResult> r = Json::parseQueryResponse(body, &parseError);
                           if (!r) {
                               e->kind = PromError::Kind::Protocol;
                               e->message = parseError;
                               return;
                           }
                           if (ok) {
                               ok(*r);
                           }
                       },
                       std::move(err));
}

namespace {

QList<QPair<QString, QString>> matcherParams(const QStringList &matchers, const QDateTime &start, const QDateTime &end)
{
    QList<QPair<QString, QString>> params;
    for (const QString &m : matchers) {
        params.append({QStringLiteral("match[]"), m});
    }
    if (start.isValid()) {
        params.append({QStringLiteral("start"), PromClient::formatTime(start)});
    }
    if (end.isValid()) {
        params.append({QStringLiteral("end"), PromClient::formatTime(end)});
    }
    return params;
}

} // namespace

RequestHandle PromClient::series(const QStringList &matchers, const QDateTime &start, const QDateTime &end, const QObject *context,
                                 SeriesHandler ok, ErrorHandler err)
{
    const QString what = matchers.join(QStringLiteral(", "));
    if (matchers.isEmpty()) {
        PromError e;
        e.kind = PromError::Kind::InvalidRequest;
        e.endpoint = QStringLiteral("series");
        e.message = CoreTr::tr("a series lookup needs at least one matcher");
        return fail(e, context, std::move(err));
    }
    return this->start(QStringLiteral("series"), QStringLiteral("/api/v1/series"), what, matcherParams(matchers, start, end), context,
                       [ok = std::move(ok)](const QByteArray &body, PromError *e) {
                           QString parseError;
                           const std::optional<QList<Labels>> r = Json::parseSeriesResponse(body, &parseError);
                           if (!r) {
                               e->kind = PromError::Kind::Protocol;
                               e->message = parseError;
                               return;
                           }
                           if (ok) {
                               ok(*r);
                           }
                       },
                       std::move(err));
}

RequestHandle PromClient::labelValues(const QString &label, const QStringList &matchers, const QDateTime &start, const QDateTime &end,
                                      const QObject *context, StringListHandler ok, ErrorHandler err)
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    const QString endpoint = QStringLiteral("label/%1/values").arg(label);
    if (!labelName.match(label).hasMatch()) {
        PromError e;
        e.kind = PromError::Kind::InvalidRequest;
        e.endpoint = endpoint;
        e.message = CoreTr::tr("\u201c%1\u201d is not a Prometheus label name").arg(label);
        return fail(e, context, std::move(err));
    }
    return this->start(endpoint, QStringLiteral("/api/v1/label/") + label + QStringLiteral("/values"), matchers.join(QStringLiteral(", ")),
                       matcherParams(matchers, start, end), context,
                       [ok = std::move(ok)](const QByteArray &body, PromError *e) {
                           QString parseError;
                           const std::optional<QStringList> r = Json::parseStringListResponse(body, &parseError);
                           if (!r) {
                               e->kind = PromError::Kind::Protocol;
                               e->message = parseError;
                               return;
                           }
                           if (ok) {
                               ok(*r);
                           }
                       },
                       std::move(err));
}

RequestHandle PromClient::buildInfo(const QObject *context, std::function<void(const QString &)> ok, ErrorHandler err)
{
    return start(QStringLiteral("status/buildinfo"), QStringLiteral("/api/v1/status/buildinfo"), {}, {}, context,
                 [ok = std::move(ok)](const QByteArray &body, PromError *e) {
                     const QJsonObject root = QJsonDocument::fromJson(body).object();
                     const QJsonObject data = root.value(QLatin1String("data")).toObject();
                     if (root.value(QLatin1String("status")).toString() != QLatin1String("success") || !data.contains(QLatin1String("version"))) {
                         e->kind = PromError::Kind::Protocol;
                         e->message = CoreTr::tr("the build info has no version: is this a Prometheus API?");
                         return;
                     }
                     if (ok) {
                         ok(data.value(QLatin1String("version")).toString());
                     }
                 },
                 std::move(err));
}

} // namespace Ringside::Metrics
