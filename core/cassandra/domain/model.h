#pragma once

// The domain model a DBA thinks in: projects, clusters, datacenters, racks and nodes, as cheap value types built
// from Kubernetes objects (see topology.h). Every fact that can come from more than one place names its source.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Cassandra::Domain {

/*! Where a fact came from, shown next to it ("CassandraDatacenter.status.nodeStatuses", "pod status"). */
namespace Source {
inline constexpr char PodStatus[] = "pod status";
inline constexpr char PodLabels[] = "pod labels";
inline constexpr char NodeStatuses[] = "CassandraDatacenter.status.nodeStatuses";
inline constexpr char DcStatus[] = "CassandraDatacenter.status";
inline constexpr char DcSpec[] = "CassandraDatacenter.spec";
inline constexpr char K8cStatus[] = "K8ssandraCluster.status.datacenters";
inline constexpr char ClusterSpec[] = "cluster spec";
} // namespace Source

/*! A Kubernetes namespace seen as a project: Mission Control marks its projects with the label
    `mission-control.datastax.com/is-project: "true"` and a display name annotation. \since 0.1 */
struct Project
{
    QString context;
    QString nameSpace;
    QString displayName; //!< the project-name annotation, else the namespace
    bool missionControl = false;

    bool isValid() const { return !nameSpace.isEmpty(); }
    /*! Reads a Namespace object. */
    static Project fromNamespace(const QString &context, const QJsonObject &ns);
    friend bool operator==(const Project &, const Project &) = default;
};

/*! One condition of a status (`type`, `status`, `reason`, `message`). \since 0.1 */
struct Condition
{
    QString type;
    QString status; //!< "True", "False" or "Unknown"
    QString reason;
    QString message;
    QString lastTransitionTime;

    bool isTrue() const { return status == QLatin1String("True"); }
    static QList<Condition> fromJson(const QJsonValue &conditions);
    friend bool operator==(const Condition &, const Condition &) = default;
};

/*! A condition of \a type in \a conditions, if present. \since 0.1 */
std::optional<Condition> findCondition(const QList<Condition> &conditions, const QString &type);

/*! One Cassandra node: a pod of a datacenter's StatefulSet, or an entry of the datacenter's status without a pod.
    \since 0.1 */
struct Node
{
    QString name; //!< the pod name
    QString context;
    QString nameSpace;
    QString datacenter; //!< the CassandraDatacenter object name
    QString rack;
    QString hostId;
    QString ip;
    QString podPhase; //!< Pending, Running, Succeeded, Failed, Unknown; empty when there is no pod
    bool podExists = false;
    bool ready = false;       //!< the pod's Ready condition
    bool cassandraReady = false; //!< the `cassandra` container is ready
    int restarts = 0;            //!< restarts of the `cassandra` container
    QString nodeState;           //!< the cass-operator label: Ready-to-Start, Starting, Started, Decommissioning...
    QString serverVersion;       //!< the app.kubernetes.io/version label
    bool seed = false;
    bool terminating = false;
    QString k8sNode;             //!< spec.nodeName
    QMap<QString, QString> sources; //!< field name -> where it came from (Source::...)

    bool isValid() const { return !name.isEmpty(); }
    /*! Up when the pod runs and its cassandra container is ready, Down otherwise. */
    bool isUp() const { return podExists && podPhase == QLatin1String("Running") && cassandraReady && !terminating; }
    /*! "UN", "DN", "UJ", "UL", like the first column of nodetool status, derived from the pod and its node-state. */
    QString statusCode() const;
    QString source(const QString &field) const { return sources.value(field); }
    friend bool operator==(const Node &, const Node &) = default;
};

/*! A rack of a datacenter. \since 0.1 */
struct Rack
{
    QString name;
    QStringList nodes; //!< pod names, sorted
    bool isValid() const { return !name.isEmpty(); }
    friend bool operator==(const Rack &, const Rack &) = default;
};

/*! One datacenter of a cluster, wherever it lives. \since 0.1 */
struct Datacenter
{
    QString name;           //!< the CassandraDatacenter object name (datacenters[].metadata.name)
    QString datacenterName; //!< the Cassandra DC name (datacenterName override, else name)
    QString context;        //!< the local kubeconfig context where its objects live; empty when unmapped
    QString k8sContext;     //!< datacenters[].k8sContext as written in the cluster (a ClientConfig context)
    QString nameSpace;
    int size = 0;           //!< desired nodes
    int readyCount = 0;     //!< pods that are Ready
    bool stopped = false;
    QString serverType;
    QString serverVersion;
    QString progress;       //!< cassandraOperatorProgress: Ready or Updating; empty when unknown
    QList<Condition> conditions;
    qint64 generation = 0;
    qint64 observedGeneration = 0;
    QList<Rack> racks;
    QList<Node> nodes;
    bool objectFound = false;  //!< the CassandraDatacenter object was read (else status from the cluster object)
    QString statusSource;      //!< Source::DcStatus or Source::K8cStatus, empty when no status is known
    QString problem;           //!< e.g. "context dc2-ctx is not in the kubeconfig"
    QJsonObject object;        //!< the CassandraDatacenter object as read (when objectFound)

    bool isValid() const { return !name.isEmpty(); }
    QString displayName() const { return datacenterName.isEmpty() ? name : datacenterName; }
    /*! The operator has seen the latest spec (observedGeneration >= generation). */
    bool upToDate() const { return !objectFound || observedGeneration >= generation; }
    /*! Ready: progress Ready, condition Ready=True, all nodes ready, spec observed. */
    bool isReady() const;
    /*! "Ready", "Updating", "Stopped", "Scaling up", "Pending"... translated. */
    QString phase() const;
    const Node *node(const QString &pod) const;
    friend bool operator==(const Datacenter &, const Datacenter &) = default;
};

/*! What manages a cluster at the top: the object a change is written to. \since 0.1 */
enum class ClusterKind { MissionControlCluster, K8ssandraCluster, CassandraDatacenter };

/*! A Cassandra cluster with all its datacenters. \since 0.1 */
struct Cluster
{
    QString name;           //!< the top object's name (for a standalone datacenter: spec.clusterName)
    QString cassandraName;  //!< the Cassandra cluster_name
    QString context;        //!< where the top object lives (the control plane)
    QString nameSpace;
    ClusterKind kind = ClusterKind::K8ssandraCluster;
    QString apiVersion;     //!< of the top object
    QString serverType;     //!< cassandra, dse or hcd
    QString serverVersion;
    QString error;          //!< K8ssandraCluster status.error when not "None"
    QList<Condition> conditions;
    QJsonObject object;     //!< the top object as read (for diffs and edits)
    QList<Datacenter> datacenters;

    bool isValid() const { return !name.isEmpty(); }
    QString kindName() const;
    /*! "Cassandra", "DSE" or "HCD". */
    QString typeName() const;
    int size() const;
    int readyCount() const;
    /*! Ready when every datacenter is; Stopped when all are stopped; Updating; Degraded when a node is down. */
    QString phase() const;
    /*! "healthy", "degraded", "down" or "unknown" (not translated: a stable key). */
    QString health() const;
    const Datacenter *datacenter(const QString &nameOrDcName) const;
    QList<Node> nodes() const;
    friend bool operator==(const Cluster &, const Cluster &) = default;
};

/*! A type name from serverType ("cassandra" -> "Cassandra", "dse" -> "DSE", "hcd" -> "HCD"). \since 0.1 */
QString serverTypeName(const QString &serverType);

} // namespace Ringside::Cassandra::Domain

Q_DECLARE_METATYPE(Ringside::Cassandra::Domain::Project)
Q_DECLARE_METATYPE(Ringside::Cassandra::Domain::Node)
Q_DECLARE_METATYPE(Ringside::Cassandra::Domain::Datacenter)
Q_DECLARE_METATYPE(Ringside::Cassandra::Domain::Cluster)
