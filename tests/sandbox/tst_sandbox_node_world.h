#pragma once
// A hand-made Cassandra world for the nodesim tests: CassandraDatacenters with nodeStatuses and their pods, written
// straight into an ObjectStore, as the simulated operators would leave them.

#include "store/objectstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Ringside::Test::NodeWorld {

struct Dc
{
    QString name;
    int size = 3;
};

inline QString podName(const QString &cluster, const QString &dc, int rack, int index)
{
    return QStringLiteral("%1-%2-r%3-sts-%4").arg(cluster, dc).arg(rack).arg(index);
}

inline QString hostId(const QString &pod)
{
    // Fixed, readable host IDs (the operators derive them from the seed and the PVC uid).
    const QByteArray h = QCryptographicHash::hash(pod.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + "-4" + h.mid(13, 3) + "-8" + h.mid(17, 3) + '-' + h.mid(20, 12));
}

inline QJsonObject pod(const QString &ns, const QString &cluster, const QString &dc, int rack, int index, int dcIndex,
                       const QDateTime &started, bool running, bool ready, int restarts = 0)
{
    const QString name = podName(cluster, dc, rack, index);
    QJsonObject containerState = running ? QJsonObject{{QLatin1String("running"),
                                                        QJsonObject{{QLatin1String("startedAt"),
                                                                     started.toString(Qt::ISODate)}}}}
                                         : QJsonObject{{QLatin1String("waiting"),
                                                        QJsonObject{{QLatin1String("reason"), QLatin1String("ContainerCreating")}}}};
    return {
        {QLatin1String("apiVersion"), QLatin1String("v1")},
        {QLatin1String("kind"), QLatin1String("Pod")},
        {QLatin1String("metadata"),
         QJsonObject{{QLatin1String("name"), name},
                     {QLatin1String("namespace"), ns},
                     {QLatin1String("uid"), QString(QStringLiteral("uid-") + name + QString::number(restarts))},
                     {QLatin1String("labels"),
                      QJsonObject{{QLatin1String("cassandra.datastax.com/cluster"), cluster},
                                  {QLatin1String("cassandra.datastax.com/datacenter"), dc},
                                  {QLatin1String("cassandra.datastax.com/rack"), QStringLiteral("r%1").arg(rack)},
                                  {QLatin1String("cassandra.datastax.com/node-state"),
                                   ready ? QLatin1String("Started") : QLatin1String("Starting")},
                                  {QLatin1String("app.kubernetes.io/managed-by"), QLatin1String("cass-operator")}}}}},
        {QLatin1String("spec"),
         QJsonObject{{QLatin1String("nodeName"), QLatin1String("ringside-sandbox")},
                     {QLatin1String("containers"),
                      QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("cassandra")},
                                             {QLatin1String("image"), QLatin1String("k8ssandra/cass-management-api:4.1.5")}},
                                 QJsonObject{{QLatin1String("name"), QLatin1String("server-system-logger")},
                                             {QLatin1String("image"), QLatin1String("k8ssandra/system-logger:v1.22.0")}}}}}},
        {QLatin1String("status"),
         QJsonObject{{QLatin1String("phase"), running ? QLatin1String("Running") : QLatin1String("Pending")},
                     {QLatin1String("podIP"), QStringLiteral("10.244.%1.%2").arg(dcIndex * 10 + rack).arg(10 + index)},
                     {QLatin1String("containerStatuses"),
                      QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("cassandra")},
                                             {QLatin1String("ready"), ready},
                                             {QLatin1String("restartCount"), restarts},
                                             {QLatin1String("state"), containerState}},
                                 QJsonObject{{QLatin1String("name"), QLatin1String("server-system-logger")},
                                             {QLatin1String("ready"), running},
                                             {QLatin1String("restartCount"), 0},
                                             {QLatin1String("state"), containerState}}}}}}};
}

/*! Adds a cluster: one CassandraDatacenter per DC (3 racks, nodes spread over them) and its pods, all Running and
    Ready, started at \a started. Returns the pod names. */
inline QStringList addCluster(Sandbox::ObjectStore *store, const QString &ns, const QString &cluster,
                              const QList<Dc> &dcs, const QDateTime &started)
{
    QStringList pods;
    int dcIndex = 0;
    for (const Dc &dc : dcs) {
        ++dcIndex;
        QJsonObject statuses;
        for (int i = 0; i < dc.size; ++i) {
            const int rack = i % 3 + 1, index = i / 3;
            const QJsonObject p = pod(ns, cluster, dc.name, rack, index, dcIndex, started, true, true);
            const QString name = podName(cluster, dc.name, rack, index);
            store->create(QStringLiteral("/pods"), Sandbox::ObjectStore::objectKey(ns, name), p);
            statuses.insert(name, QJsonObject{{QLatin1String("hostID"), hostId(name)},
                                              {QLatin1String("ip"), p.value(QLatin1String("status")).toObject()
                                                                        .value(QLatin1String("podIP")).toString()},
                                              {QLatin1String("rack"), QStringLiteral("r%1").arg(rack)}});
            pods.append(name);
        }
        const QJsonObject cdc{
            {QLatin1String("apiVersion"), QLatin1String("cassandra.datastax.com/v1beta1")},
            {QLatin1String("kind"), QLatin1String("CassandraDatacenter")},
            {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), dc.name}, {QLatin1String("namespace"), ns}}},
            {QLatin1String("spec"),
             QJsonObject{{QLatin1String("clusterName"), cluster},
                         {QLatin1String("serverType"), QLatin1String("cassandra")},
                         {QLatin1String("serverVersion"), QLatin1String("4.1.5")},
                         {QLatin1String("size"), dc.size},
                         {QLatin1String("storageConfig"),
                          QJsonObject{{QLatin1String("cassandraDataVolumeClaimSpec"),
                                       QJsonObject{{QLatin1String("resources"),
                                                    QJsonObject{{QLatin1String("requests"),
                                                                 QJsonObject{{QLatin1String("storage"), QLatin1String("20Gi")}}}}}}}}}}},
            {QLatin1String("status"), QJsonObject{{QLatin1String("nodeStatuses"), statuses}}}};
        store->create(QStringLiteral("cassandra.datastax.com/cassandradatacenters"),
                      Sandbox::ObjectStore::objectKey(ns, dc.name), cdc);
    }
    return pods;
}

/*! Replaces a pod's status fields (running/ready/restarts) and annotations. */
inline void setPod(Sandbox::ObjectStore *store, const QString &ns, const QString &name, bool running, bool ready,
                   int restarts, const QDateTime &started, const QString &fault = {})
{
    const Sandbox::StoredObject *o = store->get(QStringLiteral("/pods"), Sandbox::ObjectStore::objectKey(ns, name));
    QJsonObject p = o->object;
    QJsonObject labels = p.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    const QString dc = labels.value(QLatin1String("cassandra.datastax.com/datacenter")).toString();
    const QString cluster = labels.value(QLatin1String("cassandra.datastax.com/cluster")).toString();
    const QString rackText = labels.value(QLatin1String("cassandra.datastax.com/rack")).toString();
    const int index = name.section(u'-', -1).toInt();
    const QString ip = p.value(QLatin1String("status")).toObject().value(QLatin1String("podIP")).toString();
    QJsonObject fresh = pod(ns, cluster, dc, rackText.mid(1).toInt(), index, 1, started, running, ready, restarts);
    QJsonObject status = fresh.value(QLatin1String("status")).toObject();
    status.insert(QLatin1String("podIP"), ip);
    p.insert(QLatin1String("status"), status);
    QJsonObject meta = p.value(QLatin1String("metadata")).toObject();
    meta.insert(QLatin1String("labels"), fresh.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")));
    if (!fault.isEmpty()) {
        meta.insert(QLatin1String("annotations"), QJsonObject{{QLatin1String("sandbox.ringside.dev/fault"), fault}});
    } else {
        meta.remove(QLatin1String("annotations"));
    }
    p.insert(QLatin1String("metadata"), meta);
    store->update(QStringLiteral("/pods"), Sandbox::ObjectStore::objectKey(ns, name), p);
}

} // namespace Ringside::Test::NodeWorld
