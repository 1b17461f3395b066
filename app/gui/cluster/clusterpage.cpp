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
    connect(refresh, &QPushButton::clicked, this, &ClusterPage::refreshStatus);
    m_nodesPanel->addHeaderWidget(refresh);
    connect(m_nodesPanel, &TablePanel::activated, this, [this](const QString &pod) { Q_EMIT openNodeRequested(m_context, m_ns, pod); });
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

void ClusterPage::rebuild()
{
    if (!m_watch->error().isEmpty()) {
        m_summary->setText(m_watch->error());
        return;
    }
    const Domain::ClusterTopology topology = m_watch->topology();
    const Domain::Cluster *found = topology.find(m_name, m_ns);
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
    const Domain::Cluster &c = *m_cluster;
    m_nodes->setPlaceholder(ClusterTr::tr("The cluster has no nodes yet."));
    m_nodes->setRows(nodeRows(c, m_status ? &*m_status : nullptr, m_statusPod));
    m_conditions->setRows(conditionRows(c));
    m_events->setRows(eventRows(m_watch->objects(ClusterWatch::Kind::Events), c));
    m_controlPlane->setRows(controlPlaneRows(m_watch->installation(), m_watch->objects(ClusterWatch::Kind::Deployments)));
    m_backups->setRows(backupRows(m_watch->objects(ClusterWatch::Kind::MedusaBackups), m_watch->objects(ClusterWatch::Kind::MedusaBackupJobs), c));
    m_schedules->setRows(scheduleRows(m_watch->objects(ClusterWatch::Kind::MedusaBackupSchedules), c));
    m_tasks->setRows(taskRows(m_watch->objects(ClusterWatch::Kind::CassandraTasks), m_watch->objects(ClusterWatch::Kind::K8ssandraTasks), c));
    if (!m_watch->installation().hasMedusa() && m_watch->installation().isValid()) {
        m_backups->setPlaceholder(ClusterTr::tr("Medusa is not installed in %1: there are no backups to show.").arg(m_context));
    }
    updateSummary();
    updateYaml();
    if (firstTime || (!m_status && !m_statusRunning && !upNode().isEmpty())) {
        refreshStatus();
    }
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
    m_summary->setText(ClusterTr::tr("%1 %2 in %3/%4 · %5 %6 · %7 · %8/%9 nodes up · Cassandra cluster name %10")
                           .arg(c.kindName(), c.name, m_context, m_ns, c.typeName(), c.serverVersion, c.phase())
                           .arg(up)
                           .arg(std::max(c.size(), int(nodes.size())))
                           .arg(c.cassandraName));
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
