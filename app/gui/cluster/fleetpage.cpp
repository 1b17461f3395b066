#include "fleetpage.h"

#include "tablepanel.h"

#include "gui/contextsessions.h"
#include "models/cluster/clusterrows.h"
#include "models/cluster/clustertr.h"
#include "models/cluster/clusterwatch.h"
#include "models/cluster/rowtablemodel.h"

#include "cassandra/services/reaperclient.h"
#include "kube/kubeclient.h"

#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Ringside::Cluster {

using namespace Cassandra;

FleetPage::FleetPage(ContextSessions *sessions, const QStringList &contexts, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_contexts(contexts)
    , m_model(new RowTableModel(fleetHeaders(), this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model->setPlaceholder(ClusterTr::tr("No clusters yet in the connected contexts."));
    m_panel = new TablePanel(ClusterTr::tr("Clusters"), m_model, this);
    layout->addWidget(m_panel, 1);
    connect(m_panel, &TablePanel::activated, this, [this](const QString &key) {
        const int row = m_model->rowOf(key);
        if (row >= 0) {
            const TableRow &r = m_model->rows().at(row);
            Q_EMIT openClusterRequested(r.cell(FleetContext), r.cell(FleetNamespace), r.cell(FleetCluster));
        }
    });
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(100);
    connect(&m_rebuild, &QTimer::timeout, this, &FleetPage::rebuild);
    connect(m_sessions, &ContextSessions::connectionChanged, this, [this] { syncWatches(); });
    m_repairPoll.setInterval(5 * 60 * 1000);
    connect(&m_repairPoll, &QTimer::timeout, this, &FleetPage::refreshRepairs);
    m_repairPoll.start();
    syncWatches();
}

FleetPage::~FleetPage() = default;

void FleetPage::setContexts(const QStringList &contexts)
{
    m_contexts = contexts;
    syncWatches();
}

void FleetPage::syncWatches()
{
    for (const QString &context : std::as_const(m_contexts)) {
        KubeClient *client = m_sessions->client(context);
        ClusterWatch *existing = m_watches.value(context);
        if (existing && existing->client() == client) {
            continue;
        }
        delete existing;
        m_watches.remove(context);
        if (!client) {
            continue;
        }
        auto *watch = new ClusterWatch(client, m_sessions->informers(), context, ClusterWatch::Backups, {}, this);
        m_watches.insert(context, watch);
        connect(watch, &ClusterWatch::changed, this, [this] { m_rebuild.start(); });
        // A context that disconnects takes its client with it.
        connect(client, &QObject::destroyed, this, [this, context, watch] {
            if (m_watches.value(context) == watch) {
                m_watches.remove(context);
                watch->deleteLater();
                m_rebuild.start();
            }
        });
        watch->start();
    }
    m_rebuild.start();
}

void FleetPage::rebuild()
{
    QList<Domain::ContextObjects> objects;
    QStringList connected, waiting, problems;
    for (const QString &context : std::as_const(m_contexts)) {
        const ClusterWatch *watch = m_watches.value(context);
        if (!watch) {
            continue;
        }
        connected << context;
        if (!watch->error().isEmpty()) {
            problems << watch->error();
        } else if (!watch->isSynced()) {
            waiting << context;
        }
        objects << watch->contextObjects();
    }
    Domain::ContextMapping mapping;
    mapping.localContexts = m_contexts;
    const Domain::ClusterTopology topology = Domain::ClusterTopology::build(objects, mapping);
    QHash<QString, QDateTime> lastBackups;
    for (const Domain::Cluster &c : topology.clusters) {
        // Backups live with the datacenters: look in every context the cluster has a datacenter in.
        QDateTime newest;
        QStringList contexts{c.context};
        for (const Domain::Datacenter &dc : c.datacenters) {
            if (!dc.context.isEmpty() && !contexts.contains(dc.context)) {
                contexts << dc.context;
            }
        }
        for (const QString &context : std::as_const(contexts)) {
            if (const ClusterWatch *watch = m_watches.value(context)) {
                const QDateTime t = lastBackupTime(watch->objects(ClusterWatch::Kind::MedusaBackups), c);
                if (t.isValid() && (!newest.isValid() || t > newest)) {
                    newest = t;
                }
            }
        }
        if (newest.isValid()) {
            lastBackups.insert(fleetKey(c.context, c.nameSpace, c.name), newest);
        }
    }
    m_model->setRows(fleetRows(topology.clusters, lastBackups, m_lastRepairs));
    for (const Domain::Cluster &c : topology.clusters) {
        const QString key = fleetKey(c.context, c.nameSpace, c.name);
        if (!m_asked.contains(key)) {
            askReaper(c.context, c.nameSpace, c.name);
        }
    }
    QStringList notConnected;
    for (const QString &context : std::as_const(m_contexts)) {
        if (!connected.contains(context)) {
            notConnected << context;
        }
    }
    QString summary = ClusterTr::tr("%n cluster(s) in %1 connected context(s).", nullptr, int(topology.clusters.size())).arg(connected.size());
    if (!waiting.isEmpty()) {
        summary += u' ' + ClusterTr::tr("Reading %1…").arg(waiting.join(QLatin1String(", ")));
    }
    if (!notConnected.isEmpty()) {
        summary += u' ' + ClusterTr::tr("Not connected (expand them in the project tree to connect): %1.").arg(notConnected.join(QLatin1String(", ")));
    }
    problems << topology.problems;
    if (!problems.isEmpty()) {
        summary += u'\n' + problems.join(u'\n');
    }
    m_summary->setText(summary);
}

} // namespace Ringside::Cluster

namespace Ringside::Cluster {

void FleetPage::refreshRepairs()
{
    m_asked.clear();
    m_rebuild.start();
}

void FleetPage::askReaper(const QString &context, const QString &nameSpace, const QString &cluster)
{
    using namespace Cassandra::Services;
    const QString key = fleetKey(context, nameSpace, cluster);
    KubeClient *client = m_sessions->client(context);
    if (!client) {
        return;
    }
    m_asked.insert(key);
    const auto done = [this, key](const QString &text) {
        if (m_lastRepairs.value(key) != text) {
            m_lastRepairs.insert(key, text);
            m_rebuild.start();
        }
        Q_EMIT repairsRefreshed(key);
    };
    ReaperClient::findReaper(
        client, nameSpace, cluster, this,
        [this, client, done](const ReaperEndpoint &endpoint) {
            auto *reaper = new ReaperClient(client, endpoint, this);
            RepairRunFilter filter;
            filter.cluster = endpoint.reaperCluster;
            reaper->runs(
                filter, this,
                [reaper, done](const QList<RepairRun> &runs) {
                    reaper->deleteLater();
                    // The newest run that finished, else the newest run with its state.
                    const RepairRun *finished = nullptr;
                    const RepairRun *newest = nullptr;
                    for (const RepairRun &r : runs) {
                        if (r.state == RepairRunState::Done && r.endTime.isValid() && (!finished || r.endTime > finished->endTime)) {
                            finished = &r;
                        }
                        if (!newest || r.creationTime > newest->creationTime) {
                            newest = &r;
                        }
                    }
                    if (finished) {
                        done(finished->endTime.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                    } else if (newest) {
                        done(ClusterTr::tr("%1 (%2%)").arg(runStateName(newest->state)).arg(qRound(newest->progress() * 100)));
                    } else {
                        done(ClusterTr::tr("never"));
                    }
                },
                [reaper, done](const ReaperError &) {
                    reaper->deleteLater();
                    done(ClusterTr::tr("Reaper unreachable"));
                });
        },
        [done](const KubeError &) { done(ClusterTr::tr("no Reaper")); });
}

} // namespace Ringside::Cluster
