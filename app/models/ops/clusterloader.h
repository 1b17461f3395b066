#pragma once

// Reads what the operation dialogs need about the clusters of one namespace: what is installed (discovery), the
// cluster objects, datacenters and pods as a ClusterTopology, and the Medusa backups (for the restore picker).

#include "cassandra/domain/detection.h"
#include "cassandra/domain/topology.h"
#include "kube/kuberequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Ringside {
class Discovery;
class KubeClient;
} // namespace Ringside

namespace Ringside::Operations {

/*! One read of a namespace. A value type. \since 0.1 */
struct ClusterSnapshot
{
    QString context;
    QString nameSpace;
    Cassandra::Domain::Installation installation;
    Cassandra::Domain::ClusterTopology topology;
    QList<QJsonObject> backups; //!< MedusaBackup objects of the namespace (empty without Medusa)
};

/*! Reads a ClusterSnapshot of a namespace with one context's client, asynchronously. A new load() cancels the one
    running ("latest wins"). \since 0.1 */
class ClusterLoader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ClusterSnapshot &)>;
    using Failed = std::function<void(const QString &)>;

    using ClientResolver = std::function<KubeClient *(const QString &context, QString *why)>;

    ClusterLoader(KubeClient *client, const QString &context, QObject *parent = nullptr);
    ~ClusterLoader() override;

    /*! Also reads the datacenters that live in other contexts (a `k8sContext` mapped, through the ClientConfig
        objects, to one of \a localContexts, the kubeconfig's contexts), with the clients of \a clients. Without
        this, such datacenters appear without nodes. A context that cannot be read is named in the topology's
        problems. */
    void setRemoteContexts(const QStringList &localContexts, ClientResolver clients);

    /*! Reads \a nameSpace; \a ok or \a err is called once (not at all when cancelled or superseded). */
    void load(const QString &nameSpace, Done ok, Failed err);
    void cancel();
    bool isLoading() const { return !m_pending.isEmpty(); }

    /*! The discovery shared by the operation features for \a client (created on first use, a child of the client). */
    static Discovery *discoveryFor(KubeClient *client);

private:
    void listAll(const ClusterSnapshot &base, Done ok, Failed err, quint64 generation);
    /*! Reads the CassandraDatacenters and pods of the namespace in every remote context of \a objects' clusters,
        then calls \a ok with the merged topology. */
    void readRemote(ClusterSnapshot snapshot, const Cassandra::Domain::ContextObjects &objects, Done ok, quint64 generation);

    QStringList m_localContexts;
    ClientResolver m_clients;

    QPointer<KubeClient> m_client;
    QString m_context;
    quint64 m_generation = 0;
    QList<RequestHandle> m_pending;
};

} // namespace Ringside::Operations
