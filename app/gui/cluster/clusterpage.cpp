// The cluster page: construction, the Overview tab and the live refresh (the other tabs: clusterpagetabs.cpp).
#include "clusterpage.h"

#include "repairstab.h"
#include "tablepanel.h"

#include "models/cluster/clusterrows.h"
#include "models/cluster/clustertr.h"
#include "models/cluster/clusterwatch.h"
#include "models/cluster/podcommand.h"
#include "models/cluster/rowtablemodel.h"

#include "kube/kubeclient.h"

#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ringside::Cluster {

using namespace Cassandra;

ClusterPage::ClusterPage(KubeClient *client, SharedInformers *informers, const QString &context, const QString &nameSpace,
                         const QString &name, QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_context(context)
    , m_ns(nameSpace)
    , m_name(name)
    , m_watch(new ClusterWatch(client, informers, context,
                               ClusterWatch::Events | ClusterWatch::Backups | ClusterWatch::Tasks | ClusterWatch::ControlPlane, nameSpace, this))
    , m_nodes(new RowTableModel(nodeHeaders(), this))
    , m_conditions(new RowTableModel(conditionHeaders(), this))
    , m_events(new RowTableModel(eventHeaders(), this))
    , m_controlPlane(new RowTableModel(controlPlaneHeaders(), this))
    , m_backups(new RowTableModel(backupHeaders(), this))
    , m_schedules(new RowTableModel(scheduleHeaders(), this))
    , m_tables(new RowTableModel(tableHeaders(), this))
    , m_tasks(new RowTableModel(taskHeaders(), this))
    , m_history(new RowTableModel(historyHeaders(), this))
{
    setDocumentMode(true);
    m_nodes->setPlaceholder(ClusterTr::tr("Waiting for the cluster's objects…"));
    m_conditions->setPlaceholder(ClusterTr::tr("No conditions reported yet."));
    m_events->setPlaceholder(ClusterTr::tr("No Events about this cluster (Kubernetes keeps them for about an hour)."));
    m_backups->setPlaceholder(ClusterTr::tr("No backups of this cluster yet."));
    m_schedules->setPlaceholder(ClusterTr::tr("No backup schedules."));
    m_tasks->setPlaceholder(ClusterTr::tr("No CassandraTasks or K8ssandraTasks for this cluster."));
    m_history->setPlaceholder(ClusterTr::tr("No operations recorded for this cluster on this computer."));
    m_tables->setPlaceholder(ClusterTr::tr("Tables are read when the Schema tab is opened."));

    addTab(createOverview(), ClusterTr::tr("Overview"));
    m_metricsTab = new QWidget;
    m_metricsTab->setLayout(new QVBoxLayout);
    addTab(m_metricsTab, ClusterTr::tr("Metrics"));
    m_logsTab = new QWidget;
    m_logsTab->setLayout(new QVBoxLayout);
    addTab(m_logsTab, ClusterTr::tr("Logs"));
    addTab(createBackups(), ClusterTr::tr("Backups"));
    m_repairs = new RepairsTab(client, context, nameSpace, name);
    addTab(m_repairs, ClusterTr::tr("Repairs"));
    addTab(createSchema(), ClusterTr::tr("Schema"));
    addTab(createOperations(), ClusterTr::tr("Operations"));
    addTab(createYaml(), ClusterTr::tr("YAML"));
    connect(this, &QTabWidget::currentChanged, this, &ClusterPage::onCurrentChanged);

    connect(m_watch, &ClusterWatch::changed, this, &ClusterPage::rebuild);
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refreshStatus();
        }
    });
    m_poll.start();
    m_watch->start();
}

ClusterPage::~ClusterPage() = default;

QWidget *ClusterPage::createOverview()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(ClusterTr::tr("Connecting to %1…").arg(m_context), page);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_agreement = new QLabel(page);
    m_agreement->setWordWrap(true);
    m_agreement->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addWidget(m_agreement);

    auto *vertical = new QSplitter(Qt::Vertical, page);
    m_nodesPanel = new TablePanel(ClusterTr::tr("Nodes"), m_nodes, vertical);
    auto *refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), ClusterTr::tr("Refresh"), m_nodesPanel);
    refresh->setToolTip(ClusterTr::tr("Run nodetool status and describecluster in an up node again"));
    connect(refresh, &QPushButton::clicked, this, [this] {
        // Contexts of datacenters that could not be read are tried again.
        m_remoteProblems.clear();
        const QStringList contexts = m_remoteWatches.keys();
        for (const QString &context : contexts) {
            if (!m_remoteWatches.value(context)->error().isEmpty()) {
                delete m_remoteWatches.take(context);
            }
        }
        rebuild();
        refreshStatus();
    });
    m_nodesPanel->addHeaderWidget(refresh);
    connect(m_nodesPanel, &TablePanel::activated, this, [this](const QString &pod) {
        // A node of a datacenter in another context opens in that context.
        QString context = m_context;
        if (m_cluster) {
            const QList<Domain::Node> nodes = m_cluster->nodes();
            for (const Domain::Node &n : nodes) {
                if (n.name == pod && !n.context.isEmpty()) {
                    context = n.context;
                }
            }
        }
        Q_EMIT openNodeRequested(context, m_ns, pod);
    });
    vertical->addWidget(m_nodesPanel);

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    auto *left = new QSplitter(Qt::Vertical, bottom);
    left->addWidget(new TablePanel(ClusterTr::tr("Conditions"), m_conditions, left));
    left->addWidget(new TablePanel(ClusterTr::tr("Control plane"), m_controlPlane, left));
    bottom->addWidget(left);
    bottom->addWidget(new TablePanel(ClusterTr::tr("Events"), m_events, bottom));
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    layout->addWidget(vertical, 1);
    return page;
}

void ClusterPage::setContextProvider(const QStringList &localContexts, ClientProvider clients)
{
    m_localContexts = localContexts;
    m_clients = std::move(clients);
    if (m_cluster) {
        watchRemoteContexts(*m_cluster);
    }
}

QStringList ClusterPage::remoteContexts() const
{
    QStringList out = m_remoteWatches.keys() + m_remoteProblems.keys();
    out.removeDuplicates();
    out.sort();
    return out;
}

QHash<QString, QString> ClusterPage::remoteProblems() const
{
    QHash<QString, QString> out = m_remoteProblems;
    for (auto it = m_remoteWatches.cbegin(); it != m_remoteWatches.cend(); ++it) {
        if (!it.value()->error().isEmpty()) {
            out.insert(it.key(), it.value()->error());
        }
    }
    return out;
}

QList<ClusterWatch *> ClusterPage::watches() const
{
    QList<ClusterWatch *> out{m_watch};
    QStringList contexts = m_remoteWatches.keys();
    contexts.sort();
    for (const QString &c : std::as_const(contexts)) {
        out << m_remoteWatches.value(c);
    }
    return out;
}

void ClusterPage::watchRemoteContexts(const Domain::Cluster &cluster)
{
    if (!m_clients) {
        return;
    }
    for (const Domain::Datacenter &dc : cluster.datacenters) {
        const QString context = dc.context;
        if (context.isEmpty() || context == m_context || m_remoteWatches.contains(context) || m_remoteProblems.contains(context)) {
            continue;
        }
        QString why;
        KubeClient *client = m_clients(context, &why); // connects the context: lazily, now that its datacenter is shown
        if (!client) {
            m_remoteProblems.insert(context, why.isEmpty() ? ClusterTr::tr("%1 is not connected.").arg(context) : why);
            continue;
        }
        auto *watch = new ClusterWatch(client, m_watch->informers(), context,
                                       ClusterWatch::Events | ClusterWatch::Backups | ClusterWatch::Tasks | ClusterWatch::ControlPlane, m_ns, this);
        m_remoteWatches.insert(context, watch);
        connect(watch, &ClusterWatch::changed, this, &ClusterPage::rebuild);
        // A context that disconnects takes its client (and the informers on it) along: drop the watch first.
        connect(client, &QObject::destroyed, this, [this, context, watch] {
            if (m_remoteWatches.value(context) == watch) {
                m_remoteWatches.remove(context);
                delete watch;
                m_remoteProblems.insert(context, ClusterTr::tr("%1 was disconnected; Refresh connects it again.").arg(context));
                rebuild();
            }
        });
        watch->start();
    }
}

void ClusterPage::rebuild()
{
    if (!m_watch->error().isEmpty()) {
        m_summary->setText(m_watch->error());
        return;
    }
    QList<Domain::ContextObjects> objects;
    const QList<ClusterWatch *> all = watches();
    for (ClusterWatch *w : all) {
        if (w->error().isEmpty()) {
            objects << w->contextObjects();
        }
    }
    Domain::ContextMapping mapping;
    mapping.localContexts = m_localContexts;
    const Domain::ClusterTopology topology = Domain::ClusterTopology::build(objects, mapping);
    // The cluster whose top object lives in this page's context (another context may hold a standalone
    // CassandraDatacenter of the same Cassandra cluster name).
    const Domain::Cluster *found = nullptr;
    for (const Domain::Cluster &c : topology.clusters) {
        if (c.context == m_context && c.nameSpace == m_ns && (c.name == m_name || (!found && c.cassandraName == m_name))) {
            found = &c;
        }
    }
    const bool firstTime = !m_cluster && found;
    if (found) {
        m_cluster = *found;
    } else if (m_watch->isSynced()) {
        m_cluster.reset();
    }
    if (!m_cluster) {
        m_summary->setText(m_watch->isSynced() ? ClusterTr::tr("There is no cluster %1 in %2 of %3 (it may have been deleted).").arg(m_name, m_ns, m_context)
                                               : ClusterTr::tr("Reading the objects of %1…").arg(m_context));
        m_nodes->setRows({});
        return;
    }
    watchRemoteContexts(*m_cluster);
    const Domain::Cluster &c = *m_cluster;
    m_nodes->setPlaceholder(ClusterTr::tr("The cluster has no nodes yet."));
    m_nodes->setRows(nodeRows(c, m_status ? &*m_status : nullptr, m_statusPod));
    m_conditions->setRows(conditionRows(c));
    setMergedRows(c);
    if (!m_watch->installation().hasMedusa() && m_watch->installation().isValid()) {
        m_backups->setPlaceholder(ClusterTr::tr("Medusa is not installed in %1: there are no backups to show.").arg(m_context));
    }
    updateSummary();
    updateYaml();
    if (firstTime || (!m_status && !m_statusRunning && !upNode().isEmpty())) {
        refreshStatus();
    }
}

void ClusterPage::setMergedRows(const Domain::Cluster &c)
{
    // Each context's objects about the cluster; rows of the other contexts name theirs.
    QList<TableRow> events, controlPlane, backups, schedules, tasks;
    const QList<ClusterWatch *> all = watches();
    for (ClusterWatch *w : all) {
        const bool home = w == m_watch;
        const auto mark = [home, w](QList<TableRow> rows, int column) { return home ? rows : inContext(std::move(rows), w->context(), column); };
        events += mark(eventRows(w->objects(ClusterWatch::Kind::Events), c), EventObject);
        controlPlane += mark(controlPlaneRows(w->installation(), w->objects(ClusterWatch::Kind::Deployments)), 0);
        backups += mark(backupRows(w->objects(ClusterWatch::Kind::MedusaBackups), w->objects(ClusterWatch::Kind::MedusaBackupJobs), c), BackupDc);
        schedules += mark(scheduleRows(w->objects(ClusterWatch::Kind::MedusaBackupSchedules), c), 7);
        // K8ssandraTasks live with the cluster object; CassandraTasks with their datacenter.
        tasks += mark(taskRows(w->objects(ClusterWatch::Kind::CassandraTasks), home ? w->objects(ClusterWatch::Kind::K8ssandraTasks) : QList<QJsonObject>(), c),
                      TaskKind);
    }
    m_events->setRows(newestFirst(events, EventTime));
    m_controlPlane->setRows(controlPlane);
    m_backups->setRows(newestFirst(backups, BackupStart));
    m_schedules->setRows(schedules);
    m_tasks->setRows(newestFirst(tasks, TaskStart));
}

void ClusterPage::updateSummary()
{
    if (!m_cluster) {
        return;
    }
    const Domain::Cluster &c = *m_cluster;
    int up = 0;
    const QList<Domain::Node> nodes = c.nodes();
    for (const Domain::Node &n : nodes) {
        up += n.isUp() ? 1 : 0;
    }
    QString summary = ClusterTr::tr("%1 %2 in %3/%4 · %5 %6 · %7 · %8/%9 nodes up · Cassandra cluster name %10")
                          .arg(c.kindName(), c.name, m_context, m_ns, c.typeName(), c.serverVersion, c.phase())
                          .arg(up)
                          .arg(std::max(c.size(), int(nodes.size())))
                          .arg(c.cassandraName);
    QStringList placed;
    for (const Domain::Datacenter &dc : c.datacenters) {
        if (!dc.context.isEmpty() && dc.context != m_context) {
            placed << datacenterLabel(dc, c);
        }
    }
    if (!placed.isEmpty()) {
        summary += u'\n' + ClusterTr::tr("Datacenters in other contexts: %1").arg(placed.join(QLatin1String(", ")));
    }
    const QHash<QString, QString> problems = remoteProblems();
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        summary += u'\n' + ClusterTr::tr("Context %1 cannot be read: %2").arg(it.key(), it.value());
    }
    for (const Domain::Datacenter &dc : c.datacenters) {
        if (dc.context.isEmpty() && !dc.problem.isEmpty()) {
            summary += u'\n' + dc.problem;
        }
    }
    m_summary->setText(summary);
    QString agreement;
    if (m_statusRunning && !m_describe) {
        agreement = ClusterTr::tr("Schema agreement: asking %1…").arg(upNode());
    } else if (!m_statusError.isEmpty()) {
        agreement = ClusterTr::tr("Schema agreement: unknown (%1)").arg(m_statusError);
    } else if (m_describe) {
        const QStringList versions = m_describe->reachableSchemaVersions();
        const QStringList unreachable = m_describe->unreachableEndpoints();
        agreement = m_describe->schemaAgreement()
                        ? ClusterTr::tr("Schema agreement: yes, every reachable node has schema version %1").arg(versions.value(0))
                        : ClusterTr::tr("Schema agreement: NO, %1 schema versions: %2").arg(versions.size()).arg(versions.join(QLatin1String(", ")));
        if (!unreachable.isEmpty()) {
            agreement += u' ' + ClusterTr::tr("(unreachable: %1)").arg(unreachable.join(QLatin1String(", ")));
        }
        agreement += u' ' + ClusterTr::tr("— nodetool describecluster on %1").arg(m_statusPod);
    } else {
        agreement = ClusterTr::tr("Schema agreement: unknown until a node is up.");
    }
    m_agreement->setText(agreement);
}

QString ClusterPage::upNode() const
{
    if (!m_cluster) {
        return {};
    }
    const QList<Domain::Node> nodes = m_cluster->nodes();
    // Prefer the node asked last, so that successive answers compare like with like.
    for (const Domain::Node &n : nodes) {
        if (n.isUp() && n.name == m_statusPod && n.nameSpace == m_ns) {
            return n.name;
        }
    }
    for (const Domain::Node &n : nodes) {
        if (n.isUp() && (n.nameSpace.isEmpty() || n.nameSpace == m_ns) && (n.context.isEmpty() || n.context == m_context)) {
            return n.name;
        }
    }
    return {};
}

void ClusterPage::refreshStatus()
{
    const QString pod = upNode();
    if (m_statusRunning) {
        return;
    }
    if (pod.isEmpty() || !m_client) {
        m_statusError = ClusterTr::tr("no node is up to run nodetool in");
        m_status.reset();
        m_describe.reset();
        updateSummary();
        Q_EMIT statusRefreshed();
        return;
    }
    m_statusRunning = true;
    updateSummary();
    // Both commands, one after the other, in the same node.
    PodCommand::run(m_client, m_ns, pod, QStringLiteral("cassandra"), {QStringLiteral("nodetool"), QStringLiteral("status")}, this,
                    [this, pod](const CommandResult &status) {
                        PodCommand::run(m_client, m_ns, pod, QStringLiteral("cassandra"),
                                        {QStringLiteral("nodetool"), QStringLiteral("describecluster")}, this,
                                        [this, pod, status](const CommandResult &describe) {
                                            m_statusRunning = false;
                                            m_statusPod = pod;
                                            m_statusError.clear();
                                            if (!status.isOk()) {
                                                m_statusError = status.problem();
                                                m_status.reset();
                                            } else if (auto parsed = parseStatus(status.out); parsed.isOk()) {
                                                m_status = parsed.value();
                                            } else {
                                                m_statusError = ClusterTr::tr("cannot read nodetool status: %1").arg(parsed.error().toString());
                                            }
                                            if (!describe.isOk()) {
                                                m_statusError = describe.problem();
                                                m_describe.reset();
                                            } else if (auto parsed = parseDescribeCluster(describe.out); parsed.isOk()) {
                                                m_describe = parsed.value();
                                            } else {
                                                m_statusError = ClusterTr::tr("cannot read nodetool describecluster: %1").arg(parsed.error().toString());
                                            }
                                            if (m_cluster) {
                                                m_nodes->setRows(nodeRows(*m_cluster, m_status ? &*m_status : nullptr, m_statusPod));
                                            }
                                            m_nodesPanel->setMessage(m_statusError.isEmpty() ? QString() : ClusterTr::tr("Load and tokens: %1").arg(m_statusError),
                                                                     !m_statusError.isEmpty());
                                            updateSummary();
                                            Q_EMIT statusRefreshed();
                                        });
                    });
}

} // namespace Ringside::Cluster
