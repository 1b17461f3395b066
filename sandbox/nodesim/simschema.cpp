#include "nodesim/simschema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Ringside::Sandbox::NodeSim {

using Cassandra::ReplicationSettings;

QStringList SimTable::partitionKey() const
{
    QStringList out;
    for (const SimColumn &c : columns) {
        if (c.kind == SimColumn::Kind::PartitionKey) {
            out.append(c.name);
        }
    }
    return out;
}

QStringList SimTable::clusteringColumns() const
{
    QStringList out;
    for (const SimColumn &c : columns) {
        if (c.kind == SimColumn::Kind::Clustering) {
            out.append(c.name);
        }
    }
    return out;
}

bool SimKeyspace::isVirtual() const
{
    return name == QLatin1String("system_views") || name == QLatin1String("system_virtual_schema");
}

QString fullStrategyClass(const QString &shortName)
{
    return shortName.contains(u'.') ? shortName : QStringLiteral("org.apache.cassandra.locator.") + shortName;
}

namespace {

using Kind = SimColumn::Kind;

SimTable table(const char *name, std::initializer_list<SimColumn> columns, qint64 replicaMiB, qint64 partitions)
{
    SimTable t;
    t.name = QLatin1String(name);
    t.columns = columns;
    t.replicaBytes = replicaMiB * 1024 * 1024;
    t.partitions = partitions;
    return t;
}

SimColumn col(const char *name, const char *type, Kind kind = Kind::Regular, bool desc = false)
{
    return {QLatin1String(name), QLatin1String(type), kind, desc};
}

ReplicationSettings local()
{
    ReplicationSettings r;
    r.strategyClass = QStringLiteral("LocalStrategy");
    return r;
}

ReplicationSettings nts(const QMap<QString, int> &factors)
{
    ReplicationSettings r;
    r.strategyClass = QStringLiteral("NetworkTopologyStrategy");
    for (auto it = factors.cbegin(); it != factors.cend(); ++it) {
        r.options.insert(it.key(), QString::number(it.value()));
    }
    return r;
}

QMap<QString, int> systemFactors(const QMap<QString, int> &sizes)
{
    QMap<QString, int> f;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        f.insert(it.key(), std::clamp(it.value(), 1, 3));
    }
    return f;
}

} // namespace

SimSchema SimSchema::initial(const QMap<QString, int> &sizes, const QStringList &order)
{
    SimSchema s;
    const QMap<QString, int> everywhere = systemFactors(sizes);
    QMap<QString, int> firstOnly;
    if (!order.isEmpty()) {
        firstOnly.insert(order.first(), everywhere.value(order.first(), 1));
    }

    SimKeyspace system{QStringLiteral("system"), local(), true, {}};
    system.tables = {table("local", {col("key", "text", Kind::PartitionKey), col("bootstrapped", "text"),
                                     col("cluster_name", "text"), col("host_id", "uuid")},
                           0, 1),
                     table("peers_v2", {col("peer", "inet", Kind::PartitionKey), col("peer_port", "int", Kind::Clustering),
                                        col("host_id", "uuid"), col("data_center", "text")},
                           0, 6),
                     table("compaction_history", {col("id", "uuid", Kind::PartitionKey), col("keyspace_name", "text"),
                                                  col("columnfamily_name", "text"), col("compacted_at", "timestamp")},
                           1, 3400)};
    system.tables[2].defaultTimeToLive = 604800;
    system.tables[2].gcGraceSeconds = 0;
    SimKeyspace schema{QStringLiteral("system_schema"), local(), true, {}};
    schema.tables = {table("keyspaces", {col("keyspace_name", "text", Kind::PartitionKey), col("durable_writes", "boolean"),
                                         col("replication", "frozen<map<text, text>>")},
                           0, 8),
                     table("tables", {col("keyspace_name", "text", Kind::PartitionKey),
                                      col("table_name", "text", Kind::Clustering), col("gc_grace_seconds", "int"),
                                      col("default_time_to_live", "int")},
                           0, 8)};
    for (SimTable &t : schema.tables) {
        t.gcGraceSeconds = 604800;
    }
    SimKeyspace auth{QStringLiteral("system_auth"), nts(everywhere), true, {}};
    auth.tables = {table("roles", {col("role", "text", Kind::PartitionKey), col("can_login", "boolean"),
                                   col("is_superuser", "boolean"), col("salted_hash", "text")},
                         0, 3)};
    auth.tables[0].gcGraceSeconds = 7776000;
    SimKeyspace distributed{QStringLiteral("system_distributed"), nts(everywhere), true, {}};
    distributed.tables = {table("repair_history",
                                {col("keyspace_name", "text", Kind::PartitionKey),
                                 col("columnfamily_name", "text", Kind::PartitionKey),
                                 col("id", "timeuuid", Kind::Clustering), col("status", "text")},
                                1, 40)};
    SimKeyspace traces{QStringLiteral("system_traces"), nts(everywhere), true, {}};
    traces.tables = {table("sessions", {col("session_id", "uuid", Kind::PartitionKey), col("command", "text"),
                                        col("duration", "int"), col("started_at", "timestamp")},
                           0, 0)};
    traces.tables[0].gcGraceSeconds = 0;
    traces.tables[0].defaultTimeToLive = 86400;

    SimKeyspace demo{QStringLiteral("demo_ks"), nts(everywhere), true, {}};
    demo.tables = {table("users",
                         {col("user_id", "uuid", Kind::PartitionKey), col("created_at", "timestamp"),
                          col("email", "text"), col("name", "text")},
                         1460, 2400000),
                   table("events",
                         {col("user_id", "uuid", Kind::PartitionKey), col("event_time", "timeuuid", Kind::Clustering, true),
                          col("kind", "text"), col("payload", "text")},
                         5210, 2400000)};
    demo.tables[1].compaction = QStringLiteral("TimeWindowCompactionStrategy");
    demo.tables[1].gcGraceSeconds = 10800;
    demo.tables[1].defaultTimeToLive = 2592000;
    demo.tables[1].comment = QStringLiteral("User events, newest first");
    SimKeyspace inventory{QStringLiteral("inventory"), nts(firstOnly), true, {}};
    inventory.tables = {table("products",
                              {col("product_id", "uuid", Kind::PartitionKey), col("name", "text"),
                               col("price", "decimal"), col("tags", "set<text>")},
                              410, 118204),
                        table("stock_by_store",
                              {col("store_id", "int", Kind::PartitionKey), col("product_id", "uuid", Kind::Clustering),
                               col("quantity", "int"), col("updated_at", "timestamp")},
                              172, 40412)};
    inventory.tables[0].compaction = QStringLiteral("LeveledCompactionStrategy");

    SimKeyspace views{QStringLiteral("system_views"), local(), true, {}};
    SimKeyspace virtualSchema{QStringLiteral("system_virtual_schema"), local(), true, {}};
    s.keyspaces = {system, schema, auth, distributed, traces, views, virtualSchema, demo, inventory};
    return s;
}

const SimKeyspace *SimSchema::keyspace(const QString &name) const
{
    for (const SimKeyspace &k : keyspaces) {
        if (k.name == name) {
            return &k;
        }
    }
    return nullptr;
}

SimKeyspace *SimSchema::keyspace(const QString &name)
{
    for (SimKeyspace &k : keyspaces) {
        if (k.name == name) {
            return &k;
        }
    }
    return nullptr;
}

QStringList SimSchema::keyspaceNames() const
{
    QStringList out;
    for (const SimKeyspace &k : keyspaces) {
        out.append(k.name);
    }
    return out;
}

bool SimSchema::followDatacenters(const QMap<QString, int> &sizes)
{
    bool changed = false;
    const ReplicationSettings wanted = nts(systemFactors(sizes));
    for (SimKeyspace &k : keyspaces) {
        if (k.name == QLatin1String("system_auth") || k.name == QLatin1String("system_distributed")
            || k.name == QLatin1String("system_traces")) {
            if (!(k.replication == wanted)) {
                k.replication = wanted;
                changed = true;
            }
        }
    }
    return changed;
}

QJsonObject SimSchema::toJson() const
{
    QJsonArray kss;
    for (const SimKeyspace &k : keyspaces) {
        QJsonObject replication{{QLatin1String("class"), k.replication.strategyClass}};
        for (auto it = k.replication.options.cbegin(); it != k.replication.options.cend(); ++it) {
            replication.insert(it.key(), it.value());
        }
        QJsonArray tables;
        for (const SimTable &t : k.tables) {
            QJsonArray columns;
            for (const SimColumn &c : t.columns) {
                static const char *const kinds[] = {"partition_key", "clustering", "regular", "static"};
                columns.append(QJsonArray{c.name, c.type, QLatin1String(kinds[int(c.kind)]), c.descending});
            }
            tables.append(QJsonObject{{QLatin1String("name"), t.name},
                                      {QLatin1String("columns"), columns},
                                      {QLatin1String("compaction"), t.compaction},
                                      {QLatin1String("gc_grace_seconds"), t.gcGraceSeconds},
                                      {QLatin1String("default_time_to_live"), t.defaultTimeToLive},
                                      {QLatin1String("comment"), t.comment},
                                      {QLatin1String("replica_bytes"), t.replicaBytes},
                                      {QLatin1String("partitions"), t.partitions}});
        }
        kss.append(QJsonObject{{QLatin1String("name"), k.name},
                               {QLatin1String("replication"), replication},
                               {QLatin1String("durable_writes"), k.durableWrites},
                               {QLatin1String("tables"), tables}});
    }
    return {{QLatin1String("keyspaces"), kss}};
}

std::optional<SimSchema> SimSchema::fromJson(const QJsonObject &json)
{
    const QJsonValue list = json.value(QLatin1String("keyspaces"));
    if (!list.isArray()) {
        return std::nullopt;
    }
    SimSchema s;
    for (const QJsonValue &kv : list.toArray()) {
        const QJsonObject ko = kv.toObject();
        SimKeyspace k;
        k.name = ko.value(QLatin1String("name")).toString();
        if (k.name.isEmpty()) {
            return std::nullopt;
        }
        const QJsonObject r = ko.value(QLatin1String("replication")).toObject();
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (it.key() == QLatin1String("class")) {
                k.replication.strategyClass = it.value().toString();
            } else {
                k.replication.options.insert(it.key(), it.value().toString());
            }
        }
        k.durableWrites = ko.value(QLatin1String("durable_writes")).toBool(true);
        for (const QJsonValue &tv : ko.value(QLatin1String("tables")).toArray()) {
            const QJsonObject to = tv.toObject();
            SimTable t;
            t.name = to.value(QLatin1String("name")).toString();
            for (const QJsonValue &cv : to.value(QLatin1String("columns")).toArray()) {
                const QJsonArray c = cv.toArray();
                const QString kind = c.at(2).toString();
                SimColumn column{c.at(0).toString(), c.at(1).toString(), Kind::Regular, c.at(3).toBool()};
                if (kind == QLatin1String("partition_key")) {
                    column.kind = Kind::PartitionKey;
                } else if (kind == QLatin1String("clustering")) {
                    column.kind = Kind::Clustering;
                } else if (kind == QLatin1String("static")) {
                    column.kind = Kind::Static;
                }
                t.columns.append(column);
            }
            t.compaction = to.value(QLatin1String("compaction")).toString(t.compaction);
            t.gcGraceSeconds = to.value(QLatin1String("gc_grace_seconds")).toInteger(864000);
            t.defaultTimeToLive = to.value(QLatin1String("default_time_to_live")).toInteger();
            t.comment = to.value(QLatin1String("comment")).toString();
            t.replicaBytes = to.value(QLatin1String("replica_bytes")).toInteger();
            t.partitions = to.value(QLatin1String("partitions")).toInteger();
            k.tables.append(t);
        }
        s.keyspaces.append(k);
    }
    return s;
}

QString SimSchema::version() const
{
    // Cassandra's schema version is a name-based (MD5, version 3) UUID of the schema's digest.
    static const QUuid ns(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    QJsonObject digest = toJson();
    QJsonArray kss = digest.value(QLatin1String("keyspaces")).toArray();
    for (qsizetype i = 0; i < kss.size(); ++i) { // sizes are not schema
        QJsonObject k = kss.at(i).toObject();
        QJsonArray tables = k.value(QLatin1String("tables")).toArray();
        for (qsizetype j = 0; j < tables.size(); ++j) {
            QJsonObject t = tables.at(j).toObject();
            t.remove(QLatin1String("replica_bytes"));
            t.remove(QLatin1String("partitions"));
            tables.replace(j, t);
        }
        k.insert(QLatin1String("tables"), tables);
        kss.replace(i, k);
    }
    digest.insert(QLatin1String("keyspaces"), kss);
    return QUuid::createUuidV3(ns, QJsonDocument(digest).toJson(QJsonDocument::Compact)).toString(QUuid::WithoutBraces);
}

} // namespace Ringside::Sandbox::NodeSim
