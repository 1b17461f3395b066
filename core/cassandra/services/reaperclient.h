#pragma once

#include "kube/kuberequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ringside {
class KubeClient;
class PortForwarder;
} // namespace Ringside

namespace Ringside::Cassandra::Services {

/*! How Reaper spreads a repair over the replicas of a range (Reaper's `repairParallelism`). \since 0.1 */
enum class RepairParallelism {
    Sequential,      //!< SEQUENTIAL: one replica at a time (snapshot repair)
    Parallel,        //!< PARALLEL: every replica at once
    DatacenterAware, //!< DATACENTER_AWARE: sequential within a DC, DCs in parallel
};

/*! "SEQUENTIAL", "PARALLEL" or "DATACENTER_AWARE". \since 0.1 */
QString parallelismName(RepairParallelism parallelism);
/*! Parses a parallelism, case-insensitively, also "dc-aware"/"datacenter-aware"; nullopt when unknown. \since 0.1 */
std::optional<RepairParallelism> parseParallelism(const QString &text);

/*! The states of a repair run (Reaper's RunState). \since 0.1 */
enum class RepairRunState { NotStarted, Running, Paused, Done, Aborted, Error, Deleted, Unknown };

/*! "NOT_STARTED", "RUNNING", ... as Reaper spells it. \since 0.1 */
QString runStateName(RepairRunState state);
/*! Reaper's spelling to the enum; Unknown for anything else. \since 0.1 */
RepairRunState parseRunState(const QString &text);

/*! A Cassandra cluster registered in Reaper (GET /cluster/{name}). \since 0.1 */
struct ReaperCluster
{
    QString name;
    QStringList seedHosts;
    QStringList nodes;       //!< the endpoints Reaper sees (addresses)
    QStringList datacenters; //!< the DCs of those endpoints
    QString jmxUsername;     //!< empty when none is set (the password is never read)

    bool isValid() const { return !name.isEmpty(); }
    static ReaperCluster fromJson(const QJsonObject &o);
};

/*! A repair run (GET /repair_run/{id}). Times are UTC; invalid when Reaper sent null. \since 0.1 */
struct RepairRun
{
    QString id;
    QString cluster;
    QString keyspace;
    QStringList tables; //!< empty: every table of the keyspace
    RepairRunState state = RepairRunState::Unknown;
    QString stateText;  //!< Reaper's spelling, kept for states newer than this client
    double intensity = 0.9;
    RepairParallelism parallelism = RepairParallelism::DatacenterAware;
    bool incremental = false;
    int segmentsRepaired = 0;
    int totalSegments = 0;
    QDateTime creationTime;
    QDateTime startTime;
    QDateTime endTime;
    QDateTime pauseTime;
    QDateTime estimatedEnd;
    QString cause;
    QString owner;
    QString lastEvent;
    QString duration;     //!< Reaper's human text, e.g. "0 days 0 hours 3 minutes 2 seconds"
    QStringList datacenters;
    QStringList nodes;

    bool isValid() const { return !id.isEmpty(); }
    /*! DONE, ABORTED, ERROR or DELETED: nothing will change any more. */
    bool isTerminal() const;
    /*! 0..1 from the segment counts. */
    double progress() const { return totalSegments > 0 ? double(segmentsRepaired) / totalSegments : 0.0; }
    static RepairRun fromJson(const QJsonObject &o);
    /*! A stable JSON form for `-o json|yaml` (snake case as Reaper, ISO 8601 times). */
    QJsonObject toJson() const;
};

/*! One token range of a run (GET /repair_run/{id}/segments). \since 0.1 */
struct RepairSegment
{
    QString id;
    QString runId;
    QString state;        //!< NOT_STARTED, STARTED, RUNNING, DONE
    QString startToken;   //!< tokens as decimal text (they exceed 2^53)
    QString endToken;
    QString coordinator;  //!< the coordinator host, when one is assigned
    QStringList replicas; //!< replica addresses
    int failCount = 0;
    QDateTime startTime;
    QDateTime endTime;

    bool isDone() const { return state == QLatin1String("DONE"); }
    static RepairSegment fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/*! A repair schedule (GET /repair_schedule/{id}). \since 0.1 */
struct RepairSchedule
{
    QString id;
    QString cluster;
    QString keyspace;
    QStringList tables;
    QString state; //!< ACTIVE or PAUSED
    QString owner;
    double intensity = 0.9;
    RepairParallelism parallelism = RepairParallelism::DatacenterAware;
    bool incremental = false;
    int daysBetween = 0;
    int segmentCountPerNode = 0;
    QDateTime nextActivation;
    QDateTime creationTime;
    QDateTime pauseTime;

    bool isValid() const { return !id.isEmpty(); }
    bool isActive() const { return state == QLatin1String("ACTIVE"); }
    static RepairSchedule fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/*! What a new repair run (or a schedule's template) repairs. \since 0.1 */
struct RepairRunRequest
{
    QString cluster;  //!< the cluster name as registered in Reaper
    QString keyspace;
    QStringList tables;                         //!< empty: the whole keyspace
    QString owner;                              //!< required by Reaper (who asked)
    QString cause;                              //!< empty: Reaper's default
    std::optional<double> intensity;            //!< (0, 1]; unset: Reaper's default
    std::optional<RepairParallelism> parallelism; //!< unset: Reaper's default
    bool incremental = false;
    std::optional<int> segmentCountPerNode;
    QStringList datacenters; //!< only these DCs
    QStringList nodes;       //!< only these nodes

    /*! Checks what can be checked before sending: keyspace and owner set, intensity in (0, 1]. Empty when fine. */
    QString validate() const;
    /*! The query Reaper's POST /repair_run (and /repair_schedule) reads. */
    QUrlQuery toQuery() const;
};

/*! A new schedule: a run template plus when it runs. \since 0.1 */
struct RepairScheduleRequest
{
    RepairRunRequest run;
    int daysBetween = 7;
    QDateTime triggerTime; //!< first activation (UTC); invalid: Reaper's default (next midnight)

    QString validate() const;
    QUrlQuery toQuery() const;
};

/*! Filters of a run list. \since 0.1 */
struct RepairRunFilter
{
    QString cluster;        //!< empty: every cluster
    QList<RepairRunState> states; //!< empty: every state
    QString keyspace;
    int limit = 0;          //!< 0: no limit
};

/*! Where a cluster's Reaper answers: its Reaper CR, the Service in front of it (port named "app", 8080) and,
    for the port-forward fallback, the pod behind it. \since 0.1 */
struct ReaperEndpoint
{
    QString nameSpace;
    QString reaper;           //!< the Reaper CR's name, e.g. "demo-dc1-reaper"
    QString service;          //!< e.g. "demo-dc1-reaper-service"
    QString port = QStringLiteral("app"); //!< the service port (name or number)
    int targetPort = 8080;    //!< the container port, for port-forwarding
    QString reaperCluster;    //!< the cluster's name inside Reaper (the Cassandra cluster name)
    bool ready = false;       //!< the Reaper CR's Ready condition

    bool isValid() const { return !nameSpace.isEmpty() && !service.isEmpty(); }
};

/*! A failure of a Reaper call: the HTTP status and Reaper's text when Reaper answered, otherwise the reason it
    could not be reached (the Kubernetes error for the proxy, a network error for the port-forward). Never carries
    credentials. \since 0.1 */
struct ReaperError
{
    int httpStatus = 0;   //!< 0 when no HTTP answer came from Reaper
    QString message;      //!< Reaper's text, or why it could not be reached
    QString request;      //!< "PUT /repair_run/ID/state/ABORTED"

    bool isError() const { return httpStatus != 0 || !message.isEmpty(); }
    bool isNotFound() const { return httpStatus == 404; }
    bool isConflict() const { return httpStatus == 409; }
    /*! "PUT /repair_run/x/state/ABORTED: 409 Transition DONE->ABORTED not supported." */
    QString toString() const;
};

using ReaperErrorHandler = std::function<void(const ReaperError &)>;

/*! The SelfSubjectAccessReview (authorization.k8s.io/v1) asking whether the user may \a verb the subresource
    \a subresource of core \a resource in \a nameSpace (optionally object \a name), e.g. "create" "services" "proxy":
    what a Reaper write through the service proxy needs, or "create" "pods" "portforward" for the fallback.
    Ask it before any write (with the read-only guard of cassandra/ops/guard.h). \since 0.1 */
QJsonObject subresourceAccessReview(const QString &verb, const QString &resource, const QString &subresource, const QString &nameSpace,
                                    const QString &name = {});

/*! The RBAC verb of an HTTP method through a proxy: GET get, POST create, PUT update, PATCH patch, DELETE delete. \since 0.1 */
QString proxyVerb(const QByteArray &method);

/*! An asynchronous client of Reaper's REST API (cassandra-reaper) over a KubeClient.

    Requests go through the API server's service proxy (`/api/v1/namespaces/NS/services/SVC:app/proxy/...`), which
    needs the `services/proxy` permission. When the proxy is refused (403) or the transport is set to PortForward,
    the client port-forwards a local port to the Reaper pod (as `kubectl port-forward` would) and talks to it over
    plain HTTP on 127.0.0.1; the forward is kept for later calls and closed with the client.

    Each call takes a typed success handler, an error handler and a context object, and returns a cancellable
    handle (STYLE rule 6). Reaper answers a state change to the state a run already has with 304; the client
    treats that as success and returns the run as it is. \since 0.1 */
class ReaperClient : public QObject
{
    Q_OBJECT
public:
    enum class Transport {
        Auto,         //!< the service proxy, then a port-forward if the proxy is refused (403)
        ServiceProxy, //!< only the service proxy
        PortForward,  //!< only a port-forward to the Reaper pod
    };

    ReaperClient(KubeClient *client, const ReaperEndpoint &endpoint, QObject *parent = nullptr);
    ~ReaperClient() override;

    const ReaperEndpoint &endpoint() const { return m_endpoint; }
    void setTransport(Transport transport) { m_transport = transport; }
    Transport transport() const { return m_transport; }
    /*! True once the proxy was refused and calls go through a port-forward. */
    bool usesPortForward() const { return m_forwarding; }

    /*! Finds the Reaper of \a cluster in \a nameSpace: a Reaper CR labelled `k8ssandra.io/cluster-name=CLUSTER`,
        or whose datacenterRef names a CassandraDatacenter of the cluster, or named `CLUSTER-*-reaper`; then its
        Service (`<reaper>-service`, port "app"). \a err says what is missing (no Reaper CR, no Service). */
    static RequestHandle findReaper(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                                    std::function<void(const ReaperEndpoint &)> ok, ErrorHandler err);

    /*! The raw call every operation uses: \a method on \a path (e.g. "/repair_run") with \a query. \a ok receives
        the HTTP status and the body of any 2xx (and of a 304). */
    RequestHandle call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QObject *context,
                       std::function<void(int status, const QByteArray &body)> ok, ReaperErrorHandler err);

    RequestHandle ping(const QObject *context, std::function<void()> ok, ReaperErrorHandler err);

    /*! GET /cluster: the names of the clusters Reaper knows. */
    RequestHandle clusters(const QObject *context, std::function<void(const QStringList &)> ok, ReaperErrorHandler err);
    /*! GET /cluster/{name}. */
    RequestHandle cluster(const QString &name, const QObject *context, std::function<void(const ReaperCluster &)> ok,
                          ReaperErrorHandler err);
    /*! POST /cluster?seedHost=HOST: registers the cluster a seed host belongs to; \a ok receives its name. */
    RequestHandle addCluster(const QString &seedHost, const QObject *context, std::function<void(const QString &)> ok,
                             ReaperErrorHandler err);

    /*! GET /repair_run (or /repair_run/cluster/{name}) filtered; newest first, as Reaper sorts them. */
    RequestHandle runs(const RepairRunFilter &filter, const QObject *context, std::function<void(const QList<RepairRun> &)> ok,
                       ReaperErrorHandler err);
    RequestHandle run(const QString &id, const QObject *context, std::function<void(const RepairRun &)> ok, ReaperErrorHandler err);
    RequestHandle segments(const QString &runId, const QObject *context, std::function<void(const QList<RepairSegment> &)> ok,
                           ReaperErrorHandler err);
    /*! POST /repair_run: creates a run (NOT_STARTED). \a request is validated first (a 400-like error without a call). */
    RequestHandle createRun(const RepairRunRequest &request, const QObject *context, std::function<void(const RepairRun &)> ok,
                            ReaperErrorHandler err);
    /*! PUT /repair_run/{id}/state/{RUNNING|PAUSED|ABORTED}. Other targets fail without a call. */
    RequestHandle setRunState(const QString &id, RepairRunState target, const QObject *context,
                              std::function<void(const RepairRun &)> ok, ReaperErrorHandler err);
    RequestHandle startRun(const QString &id, const QObject *context, std::function<void(const RepairRun &)> ok, ReaperErrorHandler err)
    {
        return setRunState(id, RepairRunState::Running, context, std::move(ok), std::move(err));
    }
    RequestHandle pauseRun(const QString &id, const QObject *context, std::function<void(const RepairRun &)> ok, ReaperErrorHandler err)
    {
        return setRunState(id, RepairRunState::Paused, context, std::move(ok), std::move(err));
    }
    RequestHandle resumeRun(const QString &id, const QObject *context, std::function<void(const RepairRun &)> ok, ReaperErrorHandler err)
    {
        return setRunState(id, RepairRunState::Running, context, std::move(ok), std::move(err));
    }
    RequestHandle abortRun(const QString &id, const QObject *context, std::function<void(const RepairRun &)> ok, ReaperErrorHandler err)
    {
        return setRunState(id, RepairRunState::Aborted, context, std::move(ok), std::move(err));
    }
    /*! DELETE /repair_run/{id}?owner=OWNER (Reaper refuses a running run, or another owner's). */
    RequestHandle deleteRun(const QString &id, const QString &owner, const QObject *context, std::function<void()> ok,
                            ReaperErrorHandler err);

    /*! GET /repair_schedule (or /repair_schedule/cluster/{name}). */
    RequestHandle schedules(const QString &cluster, const QObject *context, std::function<void(const QList<RepairSchedule> &)> ok,
                            ReaperErrorHandler err);
    RequestHandle createSchedule(const RepairScheduleRequest &request, const QObject *context,
                                 std::function<void(const RepairSchedule &)> ok, ReaperErrorHandler err);
    /*! PUT /repair_schedule/{id}?state=ACTIVE|PAUSED. */
    RequestHandle setScheduleActive(const QString &id, bool active, const QObject *context,
                                    std::function<void(const RepairSchedule &)> ok, ReaperErrorHandler err);
    /*! DELETE /repair_schedule/{id}?owner=OWNER (Reaper wants it paused first). */
    RequestHandle deleteSchedule(const QString &id, const QString &owner, const QObject *context, std::function<void()> ok,
                                 ReaperErrorHandler err);

private:
    class Job;
    void sendViaProxy(Job *job);
    void sendViaForward(Job *job);
    void ensureForward(const std::function<void(const QString &error)> &ready);
    template<typename T>
    RequestHandle getJson(const QString &path, const QUrlQuery &query, const QObject *context, std::function<void(const T &)> ok,
                          ReaperErrorHandler err);

    QPointer<KubeClient> m_client;
    ReaperEndpoint m_endpoint;
    Transport m_transport = Transport::Auto;
    bool m_forwarding = false;
    PortForwarder *m_forwarder = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QList<std::function<void(const QString &)>> m_forwardWaiters;
    bool m_forwardStarting = false;
    QString m_lastForwardError; //!< why the last forwarded connection failed (the server's reason)
};

} // namespace Ringside::Cassandra::Services

Q_DECLARE_METATYPE(Ringside::Cassandra::Services::RepairRun)
Q_DECLARE_METATYPE(Ringside::Cassandra::Services::RepairSchedule)
Q_DECLARE_METATYPE(Ringside::Cassandra::Services::RepairSegment)
