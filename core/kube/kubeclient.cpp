#include "kube/kubeclient.h"

#include "coretr.h"
#include "kube/credentials.h"
#include "kube/kubelogging.h"
#include "kube/listpager.h"
#include "kube/ratelimiter.h"
#include "kube/requestjob.h"
#include "kube/shellenvironment.h"
#include "kube/websocketjob.h"
#include "yaml/yamljson.h"

#include <QHttpHeaders>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Ringside {

namespace {
// With HTTP/1.1 Qt opens at most 6 connections per host and manager; a long-lived stream holds one for good.
constexpr int kHttp1StreamsPerManager = 6;
// Over HTTP/2 streams share one connection; stay below servers' usual 100-250 concurrent stream limits.
constexpr int kHttp2StreamsPerManager = 100;

QUrlQuery writeQuery(const WriteOptions &o)
{
    QUrlQuery q;
    if (o.dryRun) {
        q.addQueryItem(u"dryRun"_s, u"All"_s);
    }
    if (!o.fieldManager.isEmpty()) {
        q.addQueryItem(u"fieldManager"_s, o.fieldManager);
    }
    if (!o.fieldValidation.isEmpty()) {
        q.addQueryItem(u"fieldValidation"_s, o.fieldValidation);
    }
    return q;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

KubeClient::KubeClient(const RestConfig &config, std::shared_ptr<ShellEnvironment> shell, const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_options(options)
    , m_shell(std::move(shell))
    , m_limiter(new RateLimiter(options.qps, options.burst, this))
{
    if (m_options.userAgent.isEmpty()) {
        m_options.userAgent = QByteArrayLiteral("ringside/" RINGSIDE_VERSION);
    }
    m_nam = newManager();
    for (const QString &w : m_config.warnings) {
        qCWarning(lcKubeHttp).noquote() << w;
    }
}

KubeClient::~KubeClient()
{
    // Jobs reference the managers and the limiter: end them first.
    const QList<KubeJob *> jobs = findChildren<KubeJob *>(Qt::FindDirectChildrenOnly);
    for (KubeJob *job : jobs) {
        delete job;
    }
}

QNetworkAccessManager *KubeClient::newManager()
{
    auto *nam = new QNetworkAccessManager(this);
    nam->setProxy(m_config.proxy.value_or(QNetworkProxy(QNetworkProxy::NoProxy)));
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return nam;
}

void KubeClient::setCredentialProvider(std::unique_ptr<CredentialProvider> provider)
{
    m_credentials = std::move(provider);
}

CredentialProvider *KubeClient::credentialProvider()
{
    if (!m_credentials) {
        if (m_config.authMethod == AuthMethod::Exec && !m_shell) {
            m_shell = std::make_shared<ShellEnvironment>();
        }
        m_credentials = CredentialProvider::create(m_config, m_shell);
    }
    return m_credentials.get();
}

QUrl KubeClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_config.server;
    u.setPath(m_config.server.path() + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        // Encode every value fully: Go servers read '+' in a query as a space.
        QByteArray q;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (!q.isEmpty()) {
                q += '&';
            }
            q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        u.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    }
    return u;
}

QByteArray KubeClient::tableAccept()
{
    return QByteArrayLiteral("application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
}

QNetworkRequest KubeClient::buildRequest(const KubeRequest &request, const Credentials &credentials)
{
    QNetworkRequest req(url(request.path, request.query));
    QSslConfiguration ssl = m_config.sslConfiguration();
    if (credentials.hasClientCertificate()) {
        ssl.setLocalCertificateChain(QList<QSslCertificate>{credentials.clientCertificate} + credentials.clientCertificateChain);
        ssl.setPrivateKey(credentials.clientKey);
        if (credentials.generation != m_certGeneration) {
            // A rotated client certificate must not ride on connections made with the old one.
            m_certGeneration = credentials.generation;
            m_nam->clearConnectionCache();
        }
    }
    req.setSslConfiguration(ssl);
    if (!m_config.tlsServerName.isEmpty()) {
        req.setPeerVerifyName(m_config.tlsServerName);
    }
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.http2);
    req.setTransferTimeout(0);

    QHttpHeaders headers;
    headers.append("Accept", request.accept);
    headers.append(QHttpHeaders::WellKnownHeader::UserAgent, m_options.userAgent);
    if (!request.contentType.isEmpty()) {
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, request.contentType);
    }
    if (m_config.disableCompression) {
        headers.append(QHttpHeaders::WellKnownHeader::AcceptEncoding, "identity");
    }
    if (!credentials.authorization.isEmpty()) {
        headers.append(QHttpHeaders::WellKnownHeader::Authorization, credentials.authorization);
    }
    if (!m_config.impersonateUser.isEmpty()) {
        headers.append("Impersonate-User", m_config.impersonateUser.toUtf8());
        for (const QString &g : m_config.impersonateGroups) {
            headers.append("Impersonate-Group", g.toUtf8());
        }
        if (!m_config.impersonateUid.isEmpty()) {
            headers.append("Impersonate-Uid", m_config.impersonateUid.toUtf8());
        }
        for (auto it = m_config.impersonateExtra.cbegin(); it != m_config.impersonateExtra.cend(); ++it) {
            const QByteArray name = "Impersonate-Extra-" + QUrl::toPercentEncoding(it.key());
            for (const QString &v : it.value()) {
                headers.append(name, v.toUtf8());
            }
        }
    }
    for (const auto &h : request.headers) {
        headers.append(h.first, h.second);
    }
    req.setHeaders(headers);
    return req;
}

QNetworkAccessManager *KubeClient::acquireStreamManager()
{
    const int capacity = m_http2 ? kHttp2StreamsPerManager : kHttp1StreamsPerManager;
    for (StreamPool &p : m_streamPools) {
        if (p.active < capacity) {
            ++p.active;
            return p.nam;
        }
    }
    m_streamPools.push_back({newManager(), 1});
    qCDebug(lcKubeHttp) << "stream connection pool" << m_streamPools.size() << "opened";
    return m_streamPools.back().nam;
}

void KubeClient::releaseStreamManager(QNetworkAccessManager *nam)
{
    for (auto it = m_streamPools.begin(); it != m_streamPools.end(); ++it) {
        if (it->nam == nam) {
            --it->active;
            // Keep one idle pool around for the next stream; drop the others.
            if (it->active == 0 && m_streamPools.size() > 1) {
                it->nam->deleteLater();
                m_streamPools.erase(it);
            }
            return;
        }
    }
}

void KubeClient::noteResponse(bool http2, const QStringList &warnings, const QString &request)
{
    if (http2 && !m_http2) {
        qCDebug(lcKubeHttp) << "the server speaks HTTP/2";
    }
    m_http2 = m_http2 || http2;
    for (const QString &w : warnings) {
        qCDebug(lcKubeHttp).noquote() << "Warning:" << w;
        Q_EMIT warningReceived(w, request);
    }
}

RequestJob *KubeClient::newJob(const KubeRequest &request, const QObject *context, bool stream)
{
    return new RequestJob(this, request, context ? context : this, stream);
}

RequestHandle KubeClient::send(const KubeRequest &request, const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    RequestJob *job = newJob(request, context, false);
    job->setHandlers(std::move(ok), std::move(err));
    RequestHandle handle(job);
    job->start();
    return handle;
}

RequestHandle KubeClient::stream(const KubeRequest &request, const QObject *context, DataHandler data, StreamEndHandler done)
{
    RequestJob *job = newJob(request, context, true);
    job->setStreamHandlers(std::move(data), std::move(done));
    RequestHandle handle(job);
    job->start();
    return handle;
}

RequestHandle KubeClient::openWebSocket(const KubeRequest &request, const QStringList &subprotocols, const QObject *context,
                                        std::function<void(QWebSocket *)> connected, ErrorHandler err)
{
    auto *job = new WebSocketJob(this, request, subprotocols, context ? context : this, std::move(connected), std::move(err));
    RequestHandle handle(job);
    job->start();
    return handle;
}

RequestHandle KubeClient::get(const ResourceRef &ref, const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    KubeRequest r;
    r.path = ref.path();
    return send(r, context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::list(const ResourceRef &ref, const ListOptions &o, const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    KubeRequest r;
    r.path = ref.withName({}).path();
    if (!o.labelSelector.isEmpty()) {
        r.query.addQueryItem(u"labelSelector"_s, o.labelSelector);
    }
    if (!o.fieldSelector.isEmpty()) {
        r.query.addQueryItem(u"fieldSelector"_s, o.fieldSelector);
    }
    if (o.limit > 0) {
        r.query.addQueryItem(u"limit"_s, QString::number(o.limit));
    }
    if (!o.continueToken.isEmpty()) {
        r.query.addQueryItem(u"continue"_s, o.continueToken);
    }
    if (!o.resourceVersion.isEmpty()) {
        r.query.addQueryItem(u"resourceVersion"_s, o.resourceVersion);
    }
    if (!o.resourceVersionMatch.isEmpty()) {
        r.query.addQueryItem(u"resourceVersionMatch"_s, o.resourceVersionMatch);
    }
    if (o.asTable) {
        r.accept = tableAccept();
    }
    return send(r, context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::listAll(const ResourceRef &ref, const ListOptions &options, const QObject *context, ResponseHandler ok,
                                  ErrorHandler err)
{
    auto *pager = new ListPager(this, ref, options, context ? context : this, std::move(ok), std::move(err));
    RequestHandle handle(pager);
    pager->start();
    return handle;
}

RequestHandle KubeClient::write(const QByteArray &method, const ResourceRef &ref, const QByteArray &body, const QByteArray &contentType,
                                const QUrlQuery &query, const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    KubeRequest r;
    r.method = method;
    r.path = ref.path();
    r.body = body;
    r.contentType = contentType;
    r.query = query;
    return send(r, context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::create(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options, const QObject *context,
                                 ResponseHandler ok, ErrorHandler err)
{
    return write("POST", ref.withName({}), compact(object), "application/json", writeQuery(options), context, std::move(ok),
                 std::move(err));
}

RequestHandle KubeClient::update(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options, const QObject *context,
                                 ResponseHandler ok, ErrorHandler err)
{
    ResourceRef target = ref;
    if (target.name.isEmpty()) {
        target.name = object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
    }
    return write("PUT", target, compact(object), "application/json", writeQuery(options), context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::updateStatus(const ResourceRef &ref, const QJsonObject &object, const WriteOptions &options,
                                       const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    return update(ref.withSubresource(u"status"_s), object, options, context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::remove(const ResourceRef &ref, const DeleteOptions &o, const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    QJsonObject body{{u"kind"_s, u"DeleteOptions"_s}, {u"apiVersion"_s, u"v1"_s}};
    if (!o.propagationPolicy.isEmpty()) {
        body.insert(u"propagationPolicy"_s, o.propagationPolicy);
    }
    if (o.gracePeriodSeconds) {
        body.insert(u"gracePeriodSeconds"_s, *o.gracePeriodSeconds);
    }
    if (o.dryRun) {
        body.insert(u"dryRun"_s, QJsonArray{u"All"_s});
    }
    QJsonObject pre;
    if (!o.preconditionUid.isEmpty()) {
        pre.insert(u"uid"_s, o.preconditionUid);
    }
    if (!o.preconditionResourceVersion.isEmpty()) {
        pre.insert(u"resourceVersion"_s, o.preconditionResourceVersion);
    }
    if (!pre.isEmpty()) {
        body.insert(u"preconditions"_s, pre);
    }
    return write("DELETE", ref, compact(body), "application/json", {}, context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::patch(const ResourceRef &ref, PatchType type, const QByteArray &patch, const WriteOptions &options,
                                const QObject *context, ResponseHandler ok, ErrorHandler err)
{
    QByteArray contentType;
    switch (type) {
    case PatchType::Json: contentType = "application/json-patch+json"; break;
    case PatchType::Merge: contentType = "application/merge-patch+json"; break;
    case PatchType::StrategicMerge: contentType = "application/strategic-merge-patch+json"; break;
    }
    return write("PATCH", ref, patch, contentType, writeQuery(options), context, std::move(ok), std::move(err));
}

RequestHandle KubeClient::apply(const ResourceRef &ref, const QByteArray &manifest, const ApplyOptions &options, const QObject *context,
                                ResponseHandler ok, ErrorHandler err)
{
    QUrlQuery q;
    q.addQueryItem(u"fieldManager"_s, options.fieldManager.isEmpty() ? u"ringside"_s : options.fieldManager);
    if (options.force) {
        q.addQueryItem(u"force"_s, u"true"_s);
    }
    if (options.dryRun) {
        q.addQueryItem(u"dryRun"_s, u"All"_s);
    }
    if (!options.fieldValidation.isEmpty()) {
        q.addQueryItem(u"fieldValidation"_s, options.fieldValidation);
    }
    ResourceRef target = ref;
    if (target.name.isEmpty()) {
        const Yaml::ParseResult parsed = Yaml::parse(manifest);
        target.name = parsed.documents.value(0).toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        if (target.name.isEmpty()) {
            RequestJob *job = newJob({}, context, false);
            job->setHandlers(std::move(ok), std::move(err));
            RequestHandle handle(job);
            job->failSoon(KubeError::make(KubeError::Kind::Config, CoreTr::tr("the manifest to apply has no metadata.name"), "PATCH",
                                          url(target.path())));
            return handle;
        }
    }
    return write("PATCH", target, manifest, "application/apply-patch+yaml", q, context, std::move(ok), std::move(err));
}

} // namespace Ringside
