#include "cassandra/nodetooldescribecluster.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra {

namespace {

enum class Section { None, Cluster, SchemaVersions, Stats, Datacenters, DatabaseVersions, Keyspaces };

// "key: [a, b, c]" -> group; false when the line is not of that shape.
bool parseGroup(QStringView line, SchemaVersionGroup &group)
{
    const qsizetype sep = line.indexOf(u": [");
    if (sep <= 0 || !line.endsWith(u']')) {
        return false;
    }
    group.version = line.first(sep).trimmed().toString();
    group.endpoints.clear();
    const QStringView inner = line.sliced(sep + 3, line.size() - sep - 4).trimmed();
    if (!inner.isEmpty()) {
        for (QStringView e : inner.split(u',')) {
            group.endpoints.append(e.trimmed().toString());
        }
    }
    return !group.version.isEmpty();
}

// "dc1 #Nodes: 3 #Down: 0"
bool parseDatacenterLine(QStringView line, DatacenterSummary &dc)
{
    const qsizetype nodesAt = line.indexOf(u" #Nodes:");
    const qsizetype downAt = line.indexOf(u" #Down:");
    if (nodesAt <= 0 || downAt <= nodesAt) {
        return false;
    }
    dc.name = line.first(nodesAt).trimmed().toString();
    const auto nodes = parseInteger(line.sliced(nodesAt + 8, downAt - nodesAt - 8));
    const auto down = parseInteger(line.sliced(downAt + 7));
    if (!nodes || !down) {
        return false;
    }
    dc.nodes = int(*nodes);
    dc.down = int(*down);
    return true;
}

} // namespace

QJsonObject SchemaVersionGroup::toJson() const
{
    return QJsonObject{{QStringLiteral("version"), version},
                       {QStringLiteral("endpoints"), QJsonArray::fromStringList(endpoints)}};
}

QJsonObject DatacenterSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("nodes"), jsonCount(nodes)},
                       {QStringLiteral("down"), jsonCount(down)}};
}

QJsonObject KeyspaceReplication::toJson() const
{
    return QJsonObject{{QStringLiteral("keyspace"), keyspace}, {QStringLiteral("replication"), replication.toJson()}};
}

bool DescribeClusterReport::schemaAgreement() const
{
    return reachableSchemaVersions().size() == 1;
}

QStringList DescribeClusterReport::reachableSchemaVersions() const
{
    QStringList versions;
    for (const SchemaVersionGroup &g : schemaVersions) {
        if (!g.isUnreachable()) {
            versions.append(g.version);
        }
    }
    return versions;
}

QStringList DescribeClusterReport::unreachableEndpoints() const
{
    QStringList endpoints;
    for (const SchemaVersionGroup &g : schemaVersions) {
        if (g.isUnreachable()) {
            endpoints += g.endpoints;
        }
    }
    return endpoints;
}

const ReplicationSettings *DescribeClusterReport::replicationOf(const QString &keyspace) const
{
    for (const KeyspaceReplication &k : keyspaces) {
        if (k.keyspace == keyspace) {
            return &k.replication;
        }
    }
    return nullptr;
}

QJsonObject DescribeClusterReport::toJson() const
{
    auto groups = [](const QList<SchemaVersionGroup> &list) {
        QJsonArray a;
        for (const SchemaVersionGroup &g : list) {
            a.append(g.toJson());
        }
        return a;
    };
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("snitch"), snitch);
    o.insert(QStringLiteral("dynamicSnitch"),
             dynamicSnitch ? QJsonValue(*dynamicSnitch) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("partitioner"), partitioner);
    o.insert(QStringLiteral("schemaVersions"), groups(schemaVersions));
    o.insert(QStringLiteral("schemaAgreement"), schemaAgreement());
    o.insert(QStringLiteral("hasNodeStats"), hasNodeStats);
    if (hasNodeStats) {
        o.insert(QStringLiteral("live"), jsonCount(live));
        o.insert(QStringLiteral("joining"), jsonCount(joining));
        o.insert(QStringLiteral("moving"), jsonCount(moving));
        o.insert(QStringLiteral("leaving"), jsonCount(leaving));
        o.insert(QStringLiteral("unreachable"), jsonCount(unreachable));
    }
    QJsonArray dcs;
    for (const DatacenterSummary &dc : datacenters) {
        dcs.append(dc.toJson());
    }
    o.insert(QStringLiteral("datacenters"), dcs);
    o.insert(QStringLiteral("releaseVersions"), groups(releaseVersions));
    QJsonArray ks;
    for (const KeyspaceReplication &k : keyspaces) {
        ks.append(k.toJson());
    }
    o.insert(QStringLiteral("keyspaces"), ks);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

ParseResult<DescribeClusterReport> parseDescribeCluster(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool describecluster"));
        failure.isError()) {
        return failure;
    }
    DescribeClusterReport r;
    Section section = Section::None;
    bool sawHeader = false;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (line == u"Cluster Information:") {
            section = Section::Cluster;
            sawHeader = true;
            continue;
        }
        if (line == u"Stats for all nodes:") {
            section = Section::Stats;
            r.hasNodeStats = true;
            continue;
        }
        if (line == u"Data Centers:") {
            section = Section::Datacenters;
            continue;
        }
        if (line == u"Database versions:") {
            section = Section::DatabaseVersions;
            continue;
        }
        if (line == u"Keyspaces:") {
            section = Section::Keyspaces;
            continue;
        }
        if (line.startsWith(u"Note:") || line.startsWith(u"Warning:")) {
            r.notes.append(line.sliced(line.indexOf(u':') + 1).trimmed().toString());
            continue;
        }
        if (!sawHeader) {
            return unexpectedLine(lineNo, line, CoreTr::tr("\"Cluster Information:\""));
        }
        const qsizetype colon = line.indexOf(u": ");
        const QStringView key = colon > 0 ? line.first(colon) : line.endsWith(u':') ? line.chopped(1) : QStringView();
        const QStringView value = colon > 0 ? line.sliced(colon + 2).trimmed() : QStringView();
        switch (section) {
        case Section::None: break;
        case Section::Cluster:
        case Section::SchemaVersions:
            if (key == u"Name") {
                r.name = value.toString();
            } else if (key == u"Snitch") {
                r.snitch = value.toString();
            } else if (key == u"DynamicEndPointSnitch") {
                r.dynamicSnitch = value == u"enabled";
            } else if (key == u"Partitioner") {
                r.partitioner = value.toString();
            } else if (key == u"Schema versions") {
                section = Section::SchemaVersions;
            } else if (SchemaVersionGroup g; section == Section::SchemaVersions && parseGroup(line, g)) {
                r.schemaVersions.append(g);
            } else if (key.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a \"name: value\" line of the cluster information"));
            }
            continue;
        case Section::Stats: {
            const auto n = parseInteger(value);
            if (key.isEmpty() || !n) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a node count such as \"Live: 3\""));
            }
            if (key == u"Live") {
                r.live = int(*n);
            } else if (key == u"Joining") {
                r.joining = int(*n);
            } else if (key == u"Moving") {
                r.moving = int(*n);
            } else if (key == u"Leaving") {
                r.leaving = int(*n);
            } else if (key == u"Unreachable") {
                r.unreachable = int(*n);
            }
            continue;
        }
        case Section::Datacenters: {
            DatacenterSummary dc;
            if (!parseDatacenterLine(line, dc)) {
                return unexpectedLine(lineNo, line, CoreTr::tr("\"<dc> #Nodes: <n> #Down: <n>\""));
            }
            r.datacenters.append(dc);
            continue;
        }
        case Section::DatabaseVersions: {
            SchemaVersionGroup g;
            if (!parseGroup(line, g)) {
                return unexpectedLine(lineNo, line, CoreTr::tr("\"<version>: [<endpoints>]\""));
            }
            r.releaseVersions.append(g);
            continue;
        }
        case Section::Keyspaces: {
            const qsizetype arrow = line.indexOf(u" -> Replication class:");
            if (arrow <= 0) {
                return unexpectedLine(lineNo, line,
                                      CoreTr::tr("\"<keyspace> -> Replication class: <strategy> {...}\""));
            }
            ParseResult<ReplicationSettings> rep = ReplicationSettings::fromReplicationInfo(line.sliced(arrow + 22));
            if (!rep.isOk()) {
                ParseError e = rep.error();
                e.line = lineNo;
                return e;
            }
            r.keyspaces.append({line.first(arrow).trimmed().toString(), rep.value()});
            continue;
        }
        }
        return unexpectedLine(lineNo, line, CoreTr::tr("a describecluster section"));
    }
    if (!sawHeader) {
        ParseError e;
        e.message = CoreTr::tr("no \"Cluster Information:\" in nodetool describecluster output");
        return e;
    }
    if (r.schemaVersions.isEmpty()) {
        ParseError e;
        e.message = CoreTr::tr("nodetool describecluster output lists no schema versions");
        return e;
    }
    return r;
}

} // namespace Ringside::Cassandra
