#include "models/ops/clusterloader.h"

#include "models/ops/opstr.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QJsonArray>

#include <memory>

namespace Ringside::Operations {

using namespace Cassandra;

ClusterLoader::ClusterLoader(KubeClient *client, const QString &context, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(context)
{
}

ClusterLoader::~ClusterLoader()
{
    cancel();
}

Discovery *ClusterLoader::discoveryFor(KubeClient *client)
{
    static const QString name = QStringLiteral("ringside-ops-discovery");
    auto *d = client->findChild<Discovery *>(name, Qt::FindDirectChildrenOnly);
    if (!d) {
        d = new Discovery(client, client);
        d->setObjectName(name);
    }
    return d;
}

void ClusterLoader::cancel()
{
    ++m_generation;
    const QList<RequestHandle> pending = std::exchange(m_pending, {});
    for (RequestHandle h : pending) {
        h.cancel();
    }
}

void ClusterLoader::setRemoteContexts(const QStringList &localContexts, ClientResolver clients)
{
    m_localContexts = localContexts;
    m_clients = std::move(clients);
}

void ClusterLoader::readRemote(ClusterSnapshot snapshot, const Domain::ContextObjects &objects, Done ok, quint64 generation)
{
    Domain::ContextMapping mapping;
    mapping.localContexts = m_localContexts;
    const Domain::ClusterTopology local = Domain::ClusterTopology::build(QList<Domain::ContextObjects>{objects}, mapping);
    QStringList remote;
    for (const Domain::Cluster &c : local.clusters) {
        for (const Domain::Datacenter &dc : c.datacenters) {
            if (!dc.context.isEmpty() && dc.context != snapshot.context && !remote.contains(dc.context)) {
                remote.append(dc.context);
            }
        }
    }
    if (remote.isEmpty() || !m_clients) {
        snapshot.topology = local;
        ok(snapshot);
        return;
    }
    struct Round
    {
        ClusterSnapshot snapshot;
        QList<Domain::ContextObjects> contexts;
        QStringList problems;
        int waiting = 0;
    };
    auto round = std::make_shared<Round>();
    round->snapshot = snapshot;
    round->contexts.append(objects);
    const QString nameSpace = snapshot.nameSpace;
    auto finish = [this, round, ok, generation, mapping] {
        if (generation != m_generation || round->waiting > 0) {
            return;
        }
        m_pending.clear();
        round->snapshot.topology = Domain::ClusterTopology::build(round->contexts, mapping);
        round->snapshot.topology.problems.append(round->problems);
        ok(round->snapshot);
    };
    const auto resource = [](const QString &group, const QString &version, const QString &kind, const QString &plural) {
        ApiResource r;
        r.group = group;
        r.version = version;
        r.kind = kind;
        r.resource = plural;
        r.namespaced = true;
        return r;
    };
    const ApiResource dcs = resource(QStringLiteral("cassandra.datastax.com"), QStringLiteral("v1beta1"), QStringLiteral("CassandraDatacenter"),
                                     QStringLiteral("cassandradatacenters"));
    const ApiResource pods = resource(QString(), QStringLiteral("v1"), QStringLiteral("Pod"), QStringLiteral("pods"));
    for (const QString &context : std::as_const(remote)) {
        QString why;
        KubeClient *client = m_clients(context, &why);
        if (!client) {
            round->problems.append(OpsTr::tr("datacenters in context %1 cannot be read: %2").arg(context, why));
            continue;
        }
        const qsizetype index = round->contexts.size();
        Domain::ContextObjects o;
        o.context = context;
        round->contexts.append(o);
        for (const auto &[r, selector] : {std::pair{dcs, QString()}, std::pair{pods, QStringLiteral("cassandra.datastax.com/cluster")}}) {
            ListOptions options;
            options.labelSelector = selector;
            ++round->waiting;
            m_pending << client->listAll(
                r.ref(nameSpace), options, this,
                [round, r, index, finish](const KubeResponse &response) {
                    Domain::ContextObjects &target = round->contexts[index];
                    QList<QJsonObject> &list = r.kind == QLatin1String("Pod") ? target.pods : target.cassandraDatacenters;
                    for (const QJsonValue &v : response.object.value(QLatin1String("items")).toArray()) {
                        QJsonObject item = v.toObject();
                        item.insert(QStringLiteral("apiVersion"), r.groupVersion());
                        item.insert(QStringLiteral("kind"), r.kind);
                        list.append(item);
                    }
                    --round->waiting;
                    finish();
                },
                [round, r, context, finish](const KubeError &e) {
                    round->problems.append(OpsTr::tr("cannot list %1 in context %2: %3").arg(r.qualifiedName(), context, e.toString()));
                    --round->waiting;
                    finish();
                });
        }
    }
    finish();
}

void ClusterLoader::load(const QString &nameSpace, Done ok, Failed err)
{
    cancel();
    if (!m_client) {
        err(OpsTr::tr("context %1 is not connected").arg(m_context));
        return;
    }
    const quint64 generation = m_generation;
    Discovery *discovery = discoveryFor(m_client);
    discovery->ensure(
        this,
        [this, nameSpace, ok, err, generation, discovery] {
            if (generation != m_generation) {
                return;
            }
            ClusterSnapshot base;
            base.context = m_context;
            base.nameSpace = nameSpace;
            base.installation = Domain::Installation::detect(m_context, discovery->resources());
            listAll(base, ok, err, generation);
        },
        [err, generation, this](const KubeError &e) {
            if (generation == m_generation) {
                err(OpsTr::tr("cannot discover the API of %1: %2").arg(m_context, e.toString()));
            }
        });
}

void ClusterLoader::listAll(const ClusterSnapshot &base, Done ok, Failed err, quint64 generation)
{
    struct Round
    {
        ClusterSnapshot snapshot;
        Domain::ContextObjects objects;
        int waiting = 0;
        bool failed = false;
    };
    auto round = std::make_shared<Round>();
    round->snapshot = base;
    round->objects.context = base.context;
    Discovery *discovery = discoveryFor(m_client);
    struct Kind
    {
        QString name;
        QList<QJsonObject> *target;
        QString selector;
    };
    const QList<Kind> kinds{
        {QStringLiteral("missioncontrolclusters.missioncontrol.datastax.com"), &round->objects.missionControlClusters, {}},
        {QStringLiteral("k8ssandraclusters.k8ssandra.io"), &round->objects.k8ssandraClusters, {}},
        {QStringLiteral("cassandradatacenters.cassandra.datastax.com"), &round->objects.cassandraDatacenters, {}},
        {QStringLiteral("clientconfigs.config.k8ssandra.io"), &round->objects.clientConfigs, {}},
        {QStringLiteral("pods"), &round->objects.pods, QStringLiteral("cassandra.datastax.com/cluster")},
        {QStringLiteral("medusabackups"), &round->snapshot.backups, {}},
    };
    auto finish = [this, round, ok, generation] {
        if (generation != m_generation || round->failed || round->waiting > 0) {
            return;
        }
        m_pending.clear();
        readRemote(round->snapshot, round->objects, ok, generation);
    };
    QList<std::pair<ApiResource, QList<QJsonObject> *>> requests;
    QList<QString> selectors;
    for (const Kind &k : kinds) {
        const std::optional<ApiResource> r = discovery->lookup(k.name);
        if (!r) {
            continue; // not served in this context: nothing of that kind
        }
        requests.append({*r, k.target});
        selectors.append(k.selector);
    }
    round->waiting = int(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ApiResource r = requests.at(i).first;
        QList<QJsonObject> *target = requests.at(i).second;
        ListOptions options;
        options.labelSelector = selectors.at(i);
        m_pending << m_client->listAll(
            r.ref(base.nameSpace), options, this,
            [round, r, target, finish](const KubeResponse &response) {
                const QJsonArray items = response.object.value(QLatin1String("items")).toArray();
                for (const QJsonValue &v : items) {
                    QJsonObject o = v.toObject();
                    // List items carry no apiVersion/kind: restore them for the domain builders.
                    o.insert(QStringLiteral("apiVersion"), r.groupVersion());
                    o.insert(QStringLiteral("kind"), r.kind);
                    target->append(o);
                }
                --round->waiting;
                finish();
            },
            [this, round, r, err, generation](const KubeError &e) {
                if (generation != m_generation || round->failed) {
                    return;
                }
                round->failed = true;
                err(OpsTr::tr("cannot list %1 in %2 (context %3): %4").arg(r.qualifiedName(), round->snapshot.nameSpace, m_context, e.toString()));
            });
    }
    if (requests.isEmpty()) {
        finish();
    }
}

} // namespace Ringside::Operations
