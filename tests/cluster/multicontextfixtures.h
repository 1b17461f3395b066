#pragma once
// JSON fixtures of a cluster whose datacenters live in two contexts: the MissionControlCluster "shop" in context
// "west" (the control plane) with dc1 there and dc2 in the ClientConfig context "east-k8s", which the local
// kubeconfig calls "east" (ClientConfig "east"). Raw strings live here, outside the Q_OBJECT test file (moc).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ringside::Test::MultiContext {

inline QList<QJsonObject> objects(const char *json)
{
    QList<QJsonObject> out;
    const QJsonArray items = QJsonDocument::fromJson(QByteArray(json)).array();
    for (const QJsonValue &v : items) {
        out.append(v.toObject());
    }
    return out;
}

inline const char *WestNamespaces = R"([{"metadata": {"name": "proj"}}, {"metadata": {"name": "tools"}}])";

inline const char *WestMccs = R"([{
  "apiVersion": "missioncontrol.datastax.com/v1beta2", "kind": "MissionControlCluster",
  "metadata": {"name": "shop", "namespace": "proj"},
  "spec": {"k8ssandra": {"cassandra": {"serverType": "cassandra", "serverVersion": "4.1.5", "datacenters": [
    {"metadata": {"name": "shop-dc1"}, "datacenterName": "dc1", "size": 1, "racks": [{"name": "r1"}]},
    {"metadata": {"name": "shop-dc2"}, "datacenterName": "dc2", "k8sContext": "east-k8s", "size": 2,
     "racks": [{"name": "r1"}, {"name": "r2"}]}]}}}
}])";

inline const char *WestK8cs = R"([{
  "apiVersion": "k8ssandra.io/v1alpha1", "kind": "K8ssandraCluster",
  "metadata": {"name": "shop", "namespace": "proj"},
  "spec": {"cassandra": {"serverType": "cassandra", "serverVersion": "4.1.5", "datacenters": [
    {"metadata": {"name": "shop-dc1"}, "datacenterName": "dc1", "size": 1, "racks": [{"name": "r1"}]},
    {"metadata": {"name": "shop-dc2"}, "datacenterName": "dc2", "k8sContext": "east-k8s", "size": 2,
     "racks": [{"name": "r1"}, {"name": "r2"}]}]}},
  "status": {"datacenters": {"shop-dc2": {"cassandra": {"cassandraOperatorProgress": "Ready",
     "conditions": [{"type": "Ready", "status": "True"}]}}}}
}])";

inline const char *WestClientConfigs = R"([{
  "apiVersion": "config.k8ssandra.io/v1beta1", "kind": "ClientConfig",
  "metadata": {"name": "east", "namespace": "mission-control"},
  "spec": {"contextName": "east-k8s", "kubeConfigSecret": {"name": "east-kubeconfig"}}
}])";

inline const char *WestDatacenters = R"([{
  "apiVersion": "cassandra.datastax.com/v1beta1", "kind": "CassandraDatacenter",
  "metadata": {"name": "shop-dc1", "namespace": "proj", "labels": {"k8ssandra.io/cluster-name": "shop", "k8ssandra.io/cluster-namespace": "proj"}},
  "spec": {"clusterName": "shop", "datacenterName": "dc1", "size": 1, "serverType": "cassandra", "serverVersion": "4.1.5",
           "racks": [{"name": "r1"}]},
  "status": {"cassandraOperatorProgress": "Ready", "conditions": [{"type": "Ready", "status": "True"}],
             "nodeStatuses": {"shop-dc1-r1-sts-0": {"hostID": "west-host-1"}}}
}])";

inline const char *WestPods = R"([{
  "metadata": {"name": "shop-dc1-r1-sts-0", "namespace": "proj", "labels": {"cassandra.datastax.com/cluster": "shop",
    "cassandra.datastax.com/datacenter": "shop-dc1", "cassandra.datastax.com/rack": "r1", "cassandra.datastax.com/node-state": "Started"}},
  "spec": {"nodeName": "west-worker"},
  "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}],
             "containerStatuses": [{"name": "cassandra", "ready": true, "restartCount": 0}]}
}])";

inline const char *EastNamespaces = R"([{"metadata": {"name": "proj"}}])";

inline const char *EastDatacenters = R"([{
  "apiVersion": "cassandra.datastax.com/v1beta1", "kind": "CassandraDatacenter",
  "metadata": {"name": "shop-dc2", "namespace": "proj", "labels": {"k8ssandra.io/cluster-name": "shop", "k8ssandra.io/cluster-namespace": "proj"}},
  "spec": {"clusterName": "shop", "datacenterName": "dc2", "size": 2, "serverType": "cassandra", "serverVersion": "4.1.5",
           "racks": [{"name": "r1"}, {"name": "r2"}]},
  "status": {"cassandraOperatorProgress": "Ready", "conditions": [{"type": "Ready", "status": "True"}],
             "nodeStatuses": {"shop-dc2-r1-sts-0": {"hostID": "east-host-1"}, "shop-dc2-r2-sts-0": {"hostID": "east-host-2"}}}
}])";

inline const char *EastPods = R"([{
  "metadata": {"name": "shop-dc2-r1-sts-0", "namespace": "proj", "labels": {"cassandra.datastax.com/cluster": "shop",
    "cassandra.datastax.com/datacenter": "shop-dc2", "cassandra.datastax.com/rack": "r1", "cassandra.datastax.com/node-state": "Started"}},
  "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}],
             "containerStatuses": [{"name": "cassandra", "ready": true, "restartCount": 0}]}
}, {
  "metadata": {"name": "shop-dc2-r2-sts-0", "namespace": "proj", "labels": {"cassandra.datastax.com/cluster": "shop",
    "cassandra.datastax.com/datacenter": "shop-dc2", "cassandra.datastax.com/rack": "r2", "cassandra.datastax.com/node-state": "Started"}},
  "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}],
             "containerStatuses": [{"name": "cassandra", "ready": true, "restartCount": 1}]}
}])";

inline const char *NorthNamespaces = R"([{"metadata": {"name": "legacy"}}])";

/*! A standalone cass-operator datacenter (no cluster object) in a third context. */
inline const char *NorthDatacenters = R"([{
  "apiVersion": "cassandra.datastax.com/v1beta1", "kind": "CassandraDatacenter",
  "metadata": {"name": "solo", "namespace": "legacy"},
  "spec": {"clusterName": "solo", "size": 1, "serverType": "dse", "serverVersion": "6.9.0"}
}])";

} // namespace Ringside::Test::MultiContext
