// Reaper's REST API through the API server's service proxy, or a port-forward to the Reaper pod when the proxy is
// refused.
#include "cassandra/services/reaperclient.h"

#include "cassandra/services/serviceslogging.h"
#include "coretr.h"
#include "kube/kubeclient.h"
#include "kube/portforward.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ringside::Cassandra::Services {

/*! One Reaper call in flight: it owns the inner request (a KubeClient request, or a QNetworkReply to the forwarded
    port) and delivers exactly once, unless cancelled or its context is gone. */
class ReaperClient::Job : public KubeJob
{
public:
    Job(ReaperClient *owner, const QObject *context, QByteArray method, QString path, QUrlQuery query,
        std::function<void(int, const QByteArray &)> ok, ReaperErrorHandler err)
        : KubeJob(owner)
        , method(std::move(method))
        , path(std::move(path))
        , query(std::move(query))
        , m_context(const_cast<QObject *>(context))
        , m_hasContext(context != nullptr)
        , m_ok(std::move(ok))
        , m_err(std::move(err))
    {
    }
    ~Job() override { dropReply(); }

    void cancel() override
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        inner.cancel();
        dropReply();
        deleteLater();
    }

    void deliver(int status, const QByteArray &body)
    {
        if (finish() && m_ok) {
            m_ok(status, body);
        }
    }
    void fail(int status, const QString &message)
    {
        if (finish() && m_err) {
            m_err(ReaperError{status, message, requestText()});
        }
    }
    QString requestText() const { return QString::fromLatin1(method) + u' ' + path; }

    void setReply(QNetworkReply *r)
    {
        dropReply();
        reply = r;
    }

    const QByteArray method;
    const QString path;
    const QUrlQuery query;
    RequestHandle inner;
    QNetworkReply *reply = nullptr;

private:
    bool finish()
    {
        if (m_finished) {
            return false;
        }
        m_finished = true;
        dropReply();
        deleteLater();
        return !m_hasContext || m_context;
    }
    void dropReply()
    {
        if (reply) {
            QNetworkReply *r = std::exchange(reply, nullptr);
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }

    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(int, const QByteArray &)> m_ok;
    ReaperErrorHandler m_err;
};

ReaperClient::ReaperClient(KubeClient *client, const ReaperEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(endpoint)
{
}

ReaperClient::~ReaperClient()
{
    // Jobs are children: cancel them first so that no handler runs during destruction.
    const QList<KubeJob *> jobs = findChildren<KubeJob *>(Qt::FindDirectChildrenOnly);
    for (KubeJob *j : jobs) {
        j->cancel();
    }
    if (m_forwarder) {
        m_forwarder->stop();
    }
}

RequestHandle ReaperClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QObject *context,
                                 std::function<void(int, const QByteArray &)> ok, ReaperErrorHandler err)
{
    auto *job = new Job(this, context, method, path, query, std::move(ok), std::move(err));
    if (!m_client) {
        job->fail(0, CoreTr::tr("the Kubernetes client is gone"));
        return RequestHandle(job);
    }
    if (m_transport == Transport::PortForward || m_forwarding) {
        sendViaForward(job);
    } else {
        sendViaProxy(job);
    }
    return RequestHandle(job);
}

void ReaperClient::sendViaProxy(Job *job)
{
    KubeRequest r;
    r.method = job->method;
    r.path = ResourceRef::serviceProxyPath(m_endpoint.nameSpace, m_endpoint.service, m_endpoint.port, job->path.mid(1));
    r.query = job->query;
    r.accept = "application/json, text/plain, */*";
    if (job->method != "GET" && job->method != "HEAD" && job->method != "DELETE") {
        r.contentType = "application/x-www-form-urlencoded";
    }
    QPointer<Job> guard(job);
    qCDebug(lcReaper).noquote() << "proxy" << job->requestText();
    job->inner = m_client->send(
        r, job, [guard](const KubeResponse &response) {
            if (guard) {
                guard->deliver(response.httpStatus, response.body);
            }
        },
        [this, guard](const KubeError &e) {
            if (!guard) {
                return;
            }
            if (e.httpStatus == 304) { // Reaper: already in that state
                guard->deliver(304, {});
                return;
            }
            // The API server's own 403 (a Status object) means services/proxy is not allowed; Reaper never sends one.
            const bool proxyRefused = e.httpStatus == 403 && !e.status.isEmpty();
            if (proxyRefused && m_transport == Transport::Auto) {
                qCInfo(lcReaper).noquote() << "service proxy refused, port-forwarding to Reaper:" << e.message;
                m_forwarding = true;
                sendViaForward(guard);
                return;
            }
            // Reaper's own answer (plain text) says why; the API server's Status says what the proxy refused.
            if (e.status.isEmpty() && !e.bodyText.isEmpty() && e.httpStatus >= 400 && e.httpStatus < 500) {
                guard->fail(e.httpStatus, e.bodyText);
                return;
            }
            const QString where = e.status.isEmpty() ? QString() : CoreTr::tr(" (service proxy)");
            guard->fail(e.kind == KubeError::Kind::Http ? e.httpStatus : 0, e.message + where);
        });
}

void ReaperClient::ensureForward(const std::function<void(const QString &)> &ready)
{
    if (m_forwarder && m_forwarder->isRunning()) {
        ready({});
        return;
    }
    m_forwardWaiters.append(ready);
    if (m_forwardStarting) {
        return;
    }
    m_forwardStarting = true;
    const auto finishAll = [this](const QString &error) {
        m_forwardStarting = false;
        const auto waiters = std::exchange(m_forwardWaiters, {});
        for (const auto &w : waiters) {
            w(error);
        }
    };
    // The pods behind the Service: its selector, then the first running pod.
    const ResourceRef svc = ResourceRef::core(u"services"_s, m_endpoint.nameSpace, m_endpoint.service);
    m_client->get(
        svc, this,
        [this, finishAll](const KubeResponse &r) {
            const QJsonObject spec = r.object.value("spec"_L1).toObject();
            const QJsonObject selector = spec.value("selector"_L1).toObject();
            int targetPort = m_endpoint.targetPort;
            for (const QJsonValue &p : spec.value("ports"_L1).toArray()) {
                const QJsonObject po = p.toObject();
                if (po.value("name"_L1).toString() == m_endpoint.port || QString::number(po.value("port"_L1).toInt()) == m_endpoint.port) {
                    const QJsonValue t = po.value("targetPort"_L1);
                    targetPort = t.isDouble() ? t.toInt() : (t.isString() ? m_endpoint.targetPort : po.value("port"_L1).toInt());
                }
            }
            if (selector.isEmpty()) {
                finishAll(CoreTr::tr("service %1 has no selector: cannot find the Reaper pod to port-forward to").arg(m_endpoint.service));
                return;
            }
            QStringList terms;
            for (auto it = selector.begin(); it != selector.end(); ++it) {
                terms.append(it.key() + u'=' + it.value().toString());
            }
            ListOptions options;
            options.labelSelector = terms.join(u',');
            m_client->list(
                ResourceRef::core(u"pods"_s, m_endpoint.nameSpace), options, this,
                [this, finishAll, targetPort](const KubeResponse &pods) {
                    QString pod;
                    for (const QJsonValue &v : pods.object.value("items"_L1).toArray()) {
                        const QJsonObject p = v.toObject();
                        if (p.value("status"_L1).toObject().value("phase"_L1).toString() == "Running"_L1
                            && !p.value("metadata"_L1).toObject().contains("deletionTimestamp"_L1)) {
                            pod = p.value("metadata"_L1).toObject().value("name"_L1).toString();
                            break;
                        }
                    }
                    if (pod.isEmpty()) {
                        finishAll(CoreTr::tr("no running Reaper pod behind service %1").arg(m_endpoint.service));
                        return;
                    }
                    delete m_forwarder;
                    m_forwarder = new PortForwarder(m_client, m_endpoint.nameSpace, pod, quint16(targetPort), this);
                    connect(m_forwarder, &PortForwarder::connectionClosed, this, [this](const QString &why) {
                        if (!why.isEmpty()) {
                            m_lastForwardError = why;
                        }
                    });
                    QString error;
                    if (!m_forwarder->start(0, &error)) {
                        finishAll(CoreTr::tr("cannot port-forward to Reaper pod %1: %2").arg(pod, error));
                        return;
                    }
                    if (!m_nam) {
                        m_nam = new QNetworkAccessManager(this);
                    }
                    qCInfo(lcReaper) << "port-forwarding 127.0.0.1:" << m_forwarder->localPort() << "to" << pod << targetPort;
                    finishAll({});
                },
                [finishAll](const KubeError &e) { finishAll(e.toString()); });
        },
        [finishAll](const KubeError &e) { finishAll(e.toString()); });
}

void ReaperClient::sendViaForward(Job *job)
{
    QPointer<Job> guard(job);
    ensureForward([this, guard](const QString &error) {
        if (!guard || guard->isFinished()) {
            return;
        }
        if (!error.isEmpty()) {
            guard->fail(0, error);
            return;
        }
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_forwarder->localPort());
        url.setPath(guard->path);
        url.setQuery(guard->query);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json, text/plain, */*");
        request.setTransferTimeout(60000);
        QNetworkReply *reply = nullptr;
        if (guard->method == "POST" || guard->method == "PUT") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        }
        reply = m_nam->sendCustomRequest(request, guard->method, QByteArray());
        guard->setReply(reply);
        qCDebug(lcReaper).noquote() << "forward" << guard->requestText();
        connect(reply, &QNetworkReply::finished, guard, [this, guard, reply] {
            if (!guard || guard->reply != reply) {
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status == 0) {
                // The tunnel's own error (e.g. pods/portforward forbidden) arrives on its error channel, maybe after
                // the local connection closed: give it a moment.
                const QString why = reply->errorString();
                QTimer::singleShot(100, guard, [this, guard, why] {
                    if (guard) {
                        guard->fail(0, CoreTr::tr("Reaper could not be reached through the port-forward: %1")
                                           .arg(m_lastForwardError.isEmpty() ? why : m_lastForwardError));
                    }
                });
            } else if ((status >= 200 && status < 300) || status == 304) {
                guard->deliver(status, body);
            } else {
                guard->fail(status, QString::fromUtf8(body.left(1024)).trimmed());
            }
        });
    });
}

namespace {

template<typename T>
struct Decode;

template<>
struct Decode<QStringList>
{
    static std::optional<QStringList> from(const QJsonDocument &d)
    {
        if (!d.isArray()) {
            return std::nullopt;
        }
        QStringList out;
        for (const QJsonValue &v : d.array()) {
            out.append(v.toString());
        }
        return out;
    }
};

template<typename Item>
struct DecodeItem
{
    static std::optional<Item> from(const QJsonDocument &d)
    {
        if (!d.isObject()) {
            return std::nullopt;
        }
        return Item::fromJson(d.object());
    }
};
template<>
struct Decode<ReaperCluster> : DecodeItem<ReaperCluster>
{
};
template<>
struct Decode<RepairRun> : DecodeItem<RepairRun>
{
};
template<>
struct Decode<RepairSchedule> : DecodeItem<RepairSchedule>
{
};

template<typename Item>
struct DecodeList
{
    static std::optional<QList<Item>> from(const QJsonDocument &d)
    {
        if (!d.isArray()) {
            return std::nullopt;
        }
        QList<Item> out;
        for (const QJsonValue &v : d.array()) {
            out.append(Item::fromJson(v.toObject()));
        }
        return out;
    }
};
template<>
struct Decode<QList<RepairRun>> : DecodeList<RepairRun>
{
};
template<>
struct Decode<QList<RepairSegment>> : DecodeList<RepairSegment>
{
};
template<>
struct Decode<QList<RepairSchedule>> : DecodeList<RepairSchedule>
{
};

} // namespace

template<typename T>
RequestHandle ReaperClient::getJson(const QString &path, const QUrlQuery &query, const QObject *context,
                                    std::function<void(const T &)> ok, ReaperErrorHandler err)
{
    const QString request = u"GET "_s + path;
    return call("GET", path, query, context,
                [ok, err, request](int, const QByteArray &body) {
                    QJsonParseError pe;
                    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
                    const auto value = Decode<T>::from(doc);
                    if (pe.error != QJsonParseError::NoError || !value) {
                        if (err) {
                            err(ReaperError{0, CoreTr::tr("Reaper sent something that is not the expected JSON"), request});
                        }
                        return;
                    }
                    ok(*value);
                },
                err);
}

RequestHandle ReaperClient::ping(const QObject *context, std::function<void()> ok, ReaperErrorHandler err)
{
    return call("GET", u"/ping"_s, {}, context, [ok](int, const QByteArray &) { ok(); }, std::move(err));
}

RequestHandle ReaperClient::clusters(const QObject *context, std::function<void(const QStringList &)> ok, ReaperErrorHandler err)
{
    return getJson<QStringList>(u"/cluster"_s, {}, context, std::move(ok), std::move(err));
}

RequestHandle ReaperClient::cluster(const QString &name, const QObject *context, std::function<void(const ReaperCluster &)> ok,
                                    ReaperErrorHandler err)
{
    return getJson<ReaperCluster>(u"/cluster/"_s + name, {}, context, std::move(ok), std::move(err));
}

RequestHandle ReaperClient::addCluster(const QString &seedHost, const QObject *context, std::function<void(const QString &)> ok,
                                       ReaperErrorHandler err)
{
    QUrlQuery q;
    q.addQueryItem(u"seedHost"_s, seedHost);
    return call("POST", u"/cluster"_s, q, context,
                [ok](int, const QByteArray &body) {
                    ok(QJsonDocument::fromJson(body).object().value("name"_L1).toString());
                },
                std::move(err));
}

RequestHandle ReaperClient::runs(const RepairRunFilter &filter, const QObject *context,
                                 std::function<void(const QList<RepairRun> &)> ok, ReaperErrorHandler err)
{
    QUrlQuery q;
    if (!filter.states.isEmpty()) {
        QStringList states;
        for (RepairRunState s : filter.states) {
            states.append(runStateName(s));
        }
        q.addQueryItem(u"state"_s, states.join(u','));
    }
    if (!filter.keyspace.isEmpty()) {
        q.addQueryItem(u"keyspace_name"_s, filter.keyspace);
    }
    if (filter.limit > 0) {
        q.addQueryItem(u"limit"_s, QString::number(filter.limit));
    }
    if (!filter.cluster.isEmpty()) {
        q.addQueryItem(u"cluster_name"_s, filter.cluster);
    }
    return getJson<QList<RepairRun>>(u"/repair_run"_s, q, context, std::move(ok), std::move(err));
}

RequestHandle ReaperClient::run(const QString &id, const QObject *context, std::function<void(const RepairRun &)> ok,
                                ReaperErrorHandler err)
{
    return getJson<RepairRun>(u"/repair_run/"_s + id, {}, context, std::move(ok), std::move(err));
}

RequestHandle ReaperClient::segments(const QString &runId, const QObject *context,
                                     std::function<void(const QList<RepairSegment> &)> ok, ReaperErrorHandler err)
{
    return getJson<QList<RepairSegment>>(u"/repair_run/"_s + runId + u"/segments"_s, {}, context, std::move(ok), std::move(err));
}

RequestHandle ReaperClient::createRun(const RepairRunRequest &request, const QObject *context,
                                      std::function<void(const RepairRun &)> ok, ReaperErrorHandler err)
{
    const QString invalid = request.validate();
    if (!invalid.isEmpty()) {
        auto *job = new Job(this, context, "POST", u"/repair_run"_s, {}, {}, std::move(err));
        QMetaObject::invokeMethod(job, [job, invalid] { job->fail(0, invalid); }, Qt::QueuedConnection);
        return RequestHandle(job);
    }
    return call("POST", u"/repair_run"_s, request.toQuery(), context,
                [ok](int, const QByteArray &body) { ok(RepairRun::fromJson(QJsonDocument::fromJson(body).object())); },
                std::move(err));
}

RequestHandle ReaperClient::setRunState(const QString &id, RepairRunState target, const QObject *context,
                                        std::function<void(const RepairRun &)> ok, ReaperErrorHandler err)
{
    const QString path = u"/repair_run/"_s + id + u"/state/"_s + runStateName(target);
    if (target != RepairRunState::Running && target != RepairRunState::Paused && target != RepairRunState::Aborted) {
        auto *job = new Job(this, context, "PUT", path, {}, {}, std::move(err));
        const QString why = CoreTr::tr("a repair run can only be set RUNNING, PAUSED or ABORTED, not %1").arg(runStateName(target));
        QMetaObject::invokeMethod(job, [job, why] { job->fail(0, why); }, Qt::QueuedConnection);
        return RequestHandle(job);
    }
    QPointer<const QObject> ctx(context);
    const bool hasContext = context != nullptr;
    return call("PUT", path, {}, context,
                [this, id, ok, err, ctx, hasContext](int status, const QByteArray &body) {
                    if (status == 304 || body.trimmed().isEmpty()) { // unchanged: read the run as it is
                        run(id, hasContext ? ctx.data() : nullptr, ok, err);
                        return;
                    }
                    ok(RepairRun::fromJson(QJsonDocument::fromJson(body).object()));
                },
                [this, id, target, err, ctx, hasContext](const ReaperError &e) {
                    if (!e.isConflict()) {
                        err(e);
                        return;
                    }
                    // Say which state the run is in: the reason a transition is refused.
                    run(id, hasContext ? ctx.data() : nullptr,
                        [err, e, target](const RepairRun &r) {
                            ReaperError explained = e;
                            explained.message = CoreTr::tr("repair run %1 is %2 and cannot be set %3")
                                                    .arg(r.id, r.stateText, runStateName(target));
                            err(explained);
                        },
                        [err, e](const ReaperError &) { err(e); });
                });
}

RequestHandle ReaperClient::deleteRun(const QString &id, const QString &owner, const QObject *context, std::function<void()> ok,
                                      ReaperErrorHandler err)
{
    QUrlQuery q;
    q.addQueryItem(u"owner"_s, owner);
    return call("DELETE", u"/repair_run/"_s + id, q, context, [ok](int, const QByteArray &) { ok(); }, std::move(err));
}

RequestHandle ReaperClient::schedules(const QString &cluster, const QObject *context,
                                      std::function<void(const QList<RepairSchedule> &)> ok, ReaperErrorHandler err)
{
    const QString path = cluster.isEmpty() ? u"/repair_schedule"_s : u"/repair_schedule/cluster/"_s + cluster;
    return getJson<QList<RepairSchedule>>(path, {}, context, std::move(ok), std::move(err));
}

RequestHandle ReaperClient::createSchedule(const RepairScheduleRequest &request, const QObject *context,
                                           std::function<void(const RepairSchedule &)> ok, ReaperErrorHandler err)
{
    const QString invalid = request.validate();
    if (!invalid.isEmpty()) {
        auto *job = new Job(this, context, "POST", u"/repair_schedule"_s, {}, {}, std::move(err));
        QMetaObject::invokeMethod(job, [job, invalid] { job->fail(0, invalid); }, Qt::QueuedConnection);
        return RequestHandle(job);
    }
    return call("POST", u"/repair_schedule"_s, request.toQuery(), context,
                [ok](int, const QByteArray &body) { ok(RepairSchedule::fromJson(QJsonDocument::fromJson(body).object())); },
                std::move(err));
}

RequestHandle ReaperClient::setScheduleActive(const QString &id, bool active, const QObject *context,
                                              std::function<void(const RepairSchedule &)> ok, ReaperErrorHandler err)
{
    QUrlQuery q;
    q.addQueryItem(u"state"_s, active ? u"ACTIVE"_s : u"PAUSED"_s);
    QPointer<const QObject> ctx(context);
    const bool hasContext = context != nullptr;
    return call("PUT", u"/repair_schedule/"_s + id, q, context,
                [this, id, ok, err, ctx, hasContext](int status, const QByteArray &body) {
                    if (status == 304 || body.trimmed().isEmpty()) {
                        getJson<RepairSchedule>(u"/repair_schedule/"_s + id, {}, hasContext ? ctx.data() : nullptr, ok, err);
                        return;
                    }
                    ok(RepairSchedule::fromJson(QJsonDocument::fromJson(body).object()));
                },
                std::move(err));
}

RequestHandle ReaperClient::deleteSchedule(const QString &id, const QString &owner, const QObject *context,
                                           std::function<void()> ok, ReaperErrorHandler err)
{
    QUrlQuery q;
    q.addQueryItem(u"owner"_s, owner);
    return call("DELETE", u"/repair_schedule/"_s + id, q, context, [ok](int, const QByteArray &) { ok(); }, std::move(err));
}

} // namespace Ringside::Cassandra::Services
