#pragma once
// Two in-process sandboxes as two kubeconfig contexts, "west" (the control plane: the MissionControlCluster and a
// ClientConfig) and "east" (dc2's CassandraDatacenter), plus "gone", a context whose server refuses connections.
// Raw strings and helpers live here, outside the Q_OBJECT test file (moc).

#include "sandboxfixture.h"
#include "tst_sandbox_op_support.h"

#include "yaml/yamljson.h"

#include <QFile>
#include <QJsonArray>

namespace Ringside::Test::MultiContext {

inline const char *EastClientConfig = R"({
  "apiVersion": "config.k8ssandra.io/v1beta1", "kind": "ClientConfig",
  "metadata": {"name": "east", "namespace": "proj"},
  "spec": {"contextName": "east-k8s", "kubeConfigSecret": {"name": "east-kubeconfig"}}
})";

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/*! A datacenter template of a MissionControlCluster living in \a k8sContext. */
inline QJsonObject remoteDatacenter(const QString &name, const QString &dcName, const QString &k8sContext, int racks)
{
    QJsonArray rackList;
    for (int i = 1; i <= racks; ++i) {
        rackList.append(QJsonObject{{QLatin1String("name"), QStringLiteral("r%1").arg(i)}});
    }
    return {{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}}},
            {QLatin1String("datacenterName"), dcName},
            {QLatin1String("k8sContext"), k8sContext},
            {QLatin1String("size"), racks},
            {QLatin1String("racks"), rackList}};
}

/*! Adds \a dc to the datacenters of the MissionControlCluster \a mcc. */
inline QJsonObject withDatacenter(QJsonObject mcc, const QJsonObject &dc, bool replace = false)
{
    QJsonObject spec = mcc.value(QLatin1String("spec")).toObject();
    QJsonObject k8ssandra = spec.value(QLatin1String("k8ssandra")).toObject();
    QJsonObject cassandra = k8ssandra.value(QLatin1String("cassandra")).toObject();
    QJsonArray dcs = replace ? QJsonArray() : cassandra.value(QLatin1String("datacenters")).toArray();
    dcs.append(dc);
    cassandra.insert(QLatin1String("datacenters"), dcs);
    k8ssandra.insert(QLatin1String("cassandra"), cassandra);
    spec.insert(QLatin1String("k8ssandra"), k8ssandra);
    mcc.insert(QLatin1String("spec"), spec);
    return mcc;
}

/*! The CassandraDatacenter k8ssandra-operator would create in the remote context for dc2: \a dc1 (as created
    in the control plane) renamed, with \a racks racks of one node. */
inline QJsonObject remoteCassandraDatacenter(const QJsonObject &dc1, const QString &name, const QString &dcName, int racks)
{
    QJsonObject meta = dc1.value(QLatin1String("metadata")).toObject();
    QJsonObject out{{QLatin1String("apiVersion"), dc1.value(QLatin1String("apiVersion"))},
                    {QLatin1String("kind"), dc1.value(QLatin1String("kind"))},
                    {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name},
                                                            {QLatin1String("namespace"), meta.value(QLatin1String("namespace"))},
                                                            {QLatin1String("labels"), meta.value(QLatin1String("labels"))}}}};
    QJsonObject spec = dc1.value(QLatin1String("spec")).toObject();
    QJsonArray rackList;
    for (int i = 1; i <= racks; ++i) {
        rackList.append(QJsonObject{{QLatin1String("name"), QStringLiteral("r%1").arg(i)}});
    }
    spec.insert(QLatin1String("datacenterName"), dcName);
    spec.insert(QLatin1String("size"), racks);
    spec.insert(QLatin1String("racks"), rackList);
    out.insert(QLatin1String("spec"), spec);
    return out;
}

/*! One kubeconfig with the contexts of several sandboxes' kubeconfigs, renamed (\a names: new context name per
    file; a context, cluster and user each). \a goneName adds a context whose server is a closed loopback port,
    with the credentials of the first. */
inline bool mergeKubeconfigs(const QList<std::pair<QString, QString>> &names, const QString &goneName, quint16 closedPort,
                             const QString &path, QString *error)
{
    QJsonArray contexts, clusters, users;
    for (const auto &[file, name] : names) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        const Yaml::ParseResult parsed = Yaml::parse(f.readAll());
        if (!parsed.ok() || parsed.documents.isEmpty()) {
            *error = QStringLiteral("cannot read %1").arg(file);
            return false;
        }
        const QJsonObject config = parsed.documents.constFirst().toObject();
        QJsonObject cluster = config.value(QLatin1String("clusters")).toArray().at(0).toObject();
        QJsonObject user = config.value(QLatin1String("users")).toArray().at(0).toObject();
        cluster.insert(QLatin1String("name"), name);
        user.insert(QLatin1String("name"), name);
        clusters.append(cluster);
        users.append(user);
        contexts.append(QJsonObject{{QLatin1String("name"), name},
                                    {QLatin1String("context"), QJsonObject{{QLatin1String("cluster"), name}, {QLatin1String("user"), name}}}});
        if (!goneName.isEmpty() && contexts.size() == 1) {
            QJsonObject gone = cluster;
            QJsonObject server = gone.value(QLatin1String("cluster")).toObject();
            server.insert(QLatin1String("server"), QStringLiteral("https://127.0.0.1:%1").arg(closedPort));
            gone.insert(QLatin1String("cluster"), server);
            gone.insert(QLatin1String("name"), goneName);
            clusters.append(gone);
            contexts.append(QJsonObject{{QLatin1String("name"), goneName},
                                        {QLatin1String("context"), QJsonObject{{QLatin1String("cluster"), goneName}, {QLatin1String("user"), name}}}});
        }
    }
    const QJsonObject merged{{QLatin1String("apiVersion"), QLatin1String("v1")},
                             {QLatin1String("kind"), QLatin1String("Config")},
                             {QLatin1String("clusters"), clusters},
                             {QLatin1String("users"), users},
                             {QLatin1String("contexts"), contexts},
                             {QLatin1String("current-context"), names.constFirst().second}};
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = out.errorString();
        return false;
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(Yaml::emit(merged));
    return true;
}

} // namespace Ringside::Test::MultiContext
