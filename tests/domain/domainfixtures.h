#pragma once

// Loads the YAML fixtures of tests/data/domain into the objects the topology builder reads.

#include "cassandra/domain/topology.h"
#include "testsupport.h"
#include "yaml/yamljson.h"

#include <QFile>

namespace Ringside::Test {

inline QList<QJsonObject> loadObjects(const QString &name)
{
    QFile f(dataPath(QStringLiteral("domain/") + name));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const Yaml::ParseResult r = Yaml::parse(f.readAll());
    QList<QJsonObject> out;
    for (const QJsonValue &d : r.documents) {
        if (d.isObject()) {
            out << d.toObject();
        }
    }
    return out;
}

inline Cassandra::Domain::ContextObjects contextObjects(const QString &context, const QList<QJsonObject> &objects)
{
    Cassandra::Domain::ContextObjects c;
    c.context = context;
    for (const QJsonObject &o : objects) {
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("MissionControlCluster")) {
            c.missionControlClusters << o;
        } else if (kind == QLatin1String("K8ssandraCluster")) {
            c.k8ssandraClusters << o;
        } else if (kind == QLatin1String("CassandraDatacenter")) {
            c.cassandraDatacenters << o;
        } else if (kind == QLatin1String("Pod")) {
            c.pods << o;
        } else if (kind == QLatin1String("ClientConfig")) {
            c.clientConfigs << o;
        } else if (kind == QLatin1String("Namespace")) {
            c.namespaces << o;
        }
    }
    return c;
}

} // namespace Ringside::Test
