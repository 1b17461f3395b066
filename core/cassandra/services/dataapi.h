#pragma once

#include "kube/kuberequest.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Ringside {
class KubeClient;
}

namespace Ringside::Cassandra::Services {

/*! Where a cluster's Data API (Stargate's JSON API, deployed by Mission Control per datacenter) answers. \since 0.1 */
struct DataApiEndpoint
{
    QString nameSpace;
    QString cluster;    //!< the MissionControlCluster
    QString datacenter; //!< the service's cassandra.datastax.com/datacenter label
    QString service;    //!< e.g. "demo-dc1-data-api"
    QString portName;   //!< the service port's name ("http"), empty when unnamed
    int port = 8181;    //!< the service port
    int targetPort = 8181; //!< the container port (for port-forwarding)

    bool isValid() const { return !service.isEmpty(); }
};

/*! The Data API token of a cluster's superuser. The password is never kept apart from the token, and neither is
    ever logged: print the token only where the user asked for it. \since 0.1 */
struct DataApiToken
{
    QString username;   //!< the superuser's name (not secret)
    QString secretName; //!< where it came from, e.g. "demo-superuser"
    QString token;      //!< "Cassandra:BASE64(user):BASE64(password)"

    bool isValid() const { return !token.isEmpty(); }
};

/*! A pod behind a Service, and the container port a service port maps to. \since 0.1 */
struct ServiceBackend
{
    QString pod;
    int targetPort = 0;
};

/*! Builds `Cassandra:base64(user):base64(password)`, the token the Data API accepts in its `Token` header. \since 0.1 */
QString dataApiToken(const QByteArray &username, const QByteArray &password);

/*! The JSON merge patch that sets a MissionControlCluster's `spec.dataApi` (enabled, and the port when given). \since 0.1 */
QByteArray dataApiPatch(bool enabled, std::optional<int> port = std::nullopt);

/*! Finds the Data API services of \a cluster in \a nameSpace (label app.kubernetes.io/component=data-api and
    missioncontrol.datastax.com/cluster=CLUSTER), one per datacenter, sorted by datacenter. \a ok gets an empty list
    when the Data API is not deployed (yet). \since 0.1 */
RequestHandle findDataApi(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                          std::function<void(const QList<DataApiEndpoint> &)> ok, ErrorHandler err);

/*! Enables (or disables) the Data API of MissionControlCluster \a cluster with a merge patch of spec.dataApi. A
    K8ssandraCluster or a plain CassandraDatacenter has no Data API: \a err says so. \a ok gets the updated object.
    \since 0.1 */
RequestHandle setDataApiEnabled(KubeClient *client, const QString &nameSpace, const QString &cluster, bool enabled,
                                std::optional<int> port, const QObject *context, ResponseHandler ok, ErrorHandler err);

/*! Reads the superuser secret of \a cluster (spec.k8ssandra.cassandra.superuserSecretRef of the
    MissionControlCluster or K8ssandraCluster, else spec.superuserSecretName of its CassandraDatacenters, else
    `<cluster>-superuser`) and builds the Data API token. The secret's values never reach a log. \since 0.1 */
RequestHandle readDataApiToken(KubeClient *client, const QString &nameSpace, const QString &cluster, const QObject *context,
                               std::function<void(const DataApiToken &)> ok, ErrorHandler err);

/*! The first running, not terminating pod selected by Service \a service, and the container port of its port
    \a port (a name or a number; empty: the only port). \since 0.1 */
RequestHandle findServiceBackend(KubeClient *client, const QString &nameSpace, const QString &service, const QString &port,
                                 const QObject *context, std::function<void(const ServiceBackend &)> ok, ErrorHandler err);

} // namespace Ringside::Cassandra::Services
