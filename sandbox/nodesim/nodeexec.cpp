// Exec of nodetool and cqlsh in a simulated Cassandra container.
#include "nodesim/cqlsh.h"
#include "nodesim/nodesimulation.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"
#include "stream/podruntime.h"

namespace Ringside::Sandbox {

using namespace NodeSim;

const SimNode *NodeSimulation::execTarget(ExecSession *session, const SimCluster **cluster)
{
    const StoredObject *pod = m_store->get(QStringLiteral("/pods"), ObjectStore::objectKey(session->ns(), session->pod()));
    const bool cassandraPod = pod
                              && Json::meta(pod->object)
                                     .value(QLatin1String("labels"))
                                     .toObject()
                                     .contains(QLatin1String("cassandra.datastax.com/cluster"));
    if (!cassandraPod || session->container() != QLatin1String("cassandra")) {
        // Only the cassandra container has the Cassandra tools.
        session->writeStderr("exec: \"" + session->command().value(0).toUtf8() + "\": executable file not found in $PATH\n");
        session->exit(127);
        return nullptr;
    }
    for (const SimCluster &c : clusters()) {
        if (c.ns == session->ns()) {
            if (const SimNode *n = c.node(session->pod())) {
                *cluster = &c;
                return n;
            }
        }
    }
    *cluster = nullptr;
    return nullptr; // not (yet) a node: Cassandra is not running
}

void NodeSimulation::handleNodetool(ExecSession *session)
{
    const SimCluster *cluster = nullptr;
    const SimNode *node = execTarget(session, &cluster);
    if (session->isFinished()) {
        return;
    }
    const auto finish = [session](const CommandOutput &o) {
        if (!o.out.isEmpty()) {
            session->writeStdout(o.out);
        }
        if (!o.err.isEmpty()) {
            session->writeStderr(o.err);
        }
        session->exit(o.exitCode);
    };
    if (!node || !node->running) {
        finish(Nodetool::connectionRefused());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    NodeState &state = advance(*node, now);
    NodeContext context;
    context.cluster = cluster;
    context.node = node;
    context.now = now;
    context.conditions = conditionsFor(*node);
    context.counters = state.counters;
    context.lastGcStats = state.lastGcStats;
    context.exceptions = context.conditions.diskFull ? 3 + int(m_tick % 40) : 0;
    if (context.conditions.repair) {
        context.repairId = QStringLiteral("%1-e05b-11ef-9d2e-%2")
                               .arg(stableHash(node->cluster, m_tick / 6) & 0xffffffff, 8, 16, QLatin1Char('0'))
                               .arg(stableHash(node->cluster, 77) & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    }
    const QStringList args = session->command().mid(1);
    const CommandOutput output = Nodetool::run(args, context);
    if (args.value(0) == QLatin1String("gcstats") && output.exitCode == 0) {
        state.lastGcStats = state.counters; // nodetool gcstats resets the interval
    }
    finish(output);
}

void NodeSimulation::handleCqlsh(ExecSession *session)
{
    const SimCluster *cluster = nullptr;
    const SimNode *node = execTarget(session, &cluster);
    if (session->isFinished()) {
        return;
    }
    const auto finish = [session](const CommandOutput &o) {
        if (!o.out.isEmpty()) {
            session->writeStdout(o.out);
        }
        if (!o.err.isEmpty()) {
            session->writeStderr(o.err);
        }
        session->exit(o.exitCode);
    };
    if (!node || !node->running || !node->up || node->state == GossipState::Joining) {
        finish(Cqlsh::connectionRefused());
        return;
    }
    // The superuser secret cass-operator/k8ssandra create: <cluster>-superuser with username and password.
    std::optional<Cqlsh::Credentials> credentials;
    const QString secretName = node->cluster.toLower() + QStringLiteral("-superuser");
    if (const StoredObject *secret
        = m_store->get(QStringLiteral("/secrets"), ObjectStore::objectKey(node->ns, secretName))) {
        const QJsonObject data = secret->object.value(QLatin1String("data")).toObject();
        credentials = Cqlsh::Credentials{
            QString::fromUtf8(QByteArray::fromBase64(data.value(QLatin1String("username")).toString().toLatin1())),
            QString::fromUtf8(QByteArray::fromBase64(data.value(QLatin1String("password")).toString().toLatin1()))};
    }
    const QString key = cluster->ns + u'/' + cluster->name;
    SimSchema schema = cluster->schema;
    bool changed = false;
    const QString ns = cluster->ns, name = cluster->name;
    const CommandOutput output = Cqlsh::run(session->command().mid(1), *cluster, &schema, credentials, &changed);
    if (changed && writeSchema(ns, name, schema)) {
        m_schemas.insert(key, schema);
        refresh();
    }
    finish(output);
}

} // namespace Ringside::Sandbox
