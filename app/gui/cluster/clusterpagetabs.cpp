// The cluster page's tabs besides the Overview: Metrics, Logs, Backups, Schema, Operations and YAML.
#include "clusterpage.h"
#include "models/editor/liveobject.h"

#include "tablepanel.h"

#include "gui/charts/dashboardpage.h"
#include "gui/logs/logviewer.h"
#include "models/cluster/clusterrows.h"
#include "models/cluster/clustertr.h"
#include "models/cluster/clusterwatch.h"
#include "models/cluster/cqlcredentials.h"
#include "models/cluster/podcommand.h"
#include "models/cluster/rowtablemodel.h"

#include "cassandra/cqlshoutput.h"
#include "cassandra/ops/history.h"
#include "kube/kubeclient.h"
#include "metrics/promclient.h"
#include "yaml/yamljson.h"

#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ringside::Cluster {

using namespace Cassandra;

namespace {
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
struct SchemaResult
{
    QList<QPair<QString, ReplicationSettings>> keyspaces;
    CqlResultSet tables;
    QString error;
};
SchemaResult parseSchema(const QString &keyspacesOut, const QString &tablesOut)
{
    SchemaResult r;
    const auto ks = parseCqlTable(keyspacesOut);
    if (!ks.isOk()) {
        r.error = ClusterTr::tr("Cannot read the keyspaces: %1").arg(ks.error().toString());
        return r;
    }
    const auto replications = parseKeyspaceReplications(ks.value());
    if (!replications.isOk()) {
        r.error = ClusterTr::tr("Cannot read the replication settings: %1").arg(replications.error().toString());
        return r;
    }
    r.keyspaces = replications.value();
    const auto tables = parseCqlTable(tablesOut);
    if (!tables.isOk()) {
        r.error = ClusterTr::tr("Cannot read the tables: %1").arg(tables.error().toString());
        return r;
    }
    r.tables = tables.value();
    return r;
}
} // namespace

void ClusterPage::setPrometheus(Metrics::PromClient *client, const QString &why)
{
    QLayout *layout = m_metricsTab->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!client) {
        layout->addWidget(noteLabel(why, m_metricsTab));
        return;
    }
    auto *dashboard = new Charts::DashboardPage(Charts::DashboardModel::Kind::Cluster, m_metricsTab);
    dashboard->setClient(client);
    Metrics::Selector selector;
    selector.cluster = m_cluster && !m_cluster->cassandraName.isEmpty() ? m_cluster->cassandraName : m_name;
    dashboard->setSelector(selector);
    layout->addWidget(dashboard);
}

void ClusterPage::onCurrentChanged(int index)
{
    if (index == LogsTab && m_logsTab->layout()->count() == 0) {
        // Every node's system.log merged by time; the datacenters of other contexts stream through their own client.
        QHash<QString, QStringList> podsByContext;
        QHash<QString, QString> nameSpaceOf;
        if (m_cluster) {
            for (const Domain::Datacenter &dc : m_cluster->datacenters) {
                const QString context = dc.context.isEmpty() ? m_context : dc.context;
                for (const Domain::Node &n : dc.nodes) {
                    if (n.podExists) {
                        podsByContext[context] << n.name;
                        nameSpaceOf.insert(context, dc.nameSpace.isEmpty() ? m_ns : dc.nameSpace);
                    }
                }
            }
        }
        QStringList unreadable;
        QList<std::pair<KubeClient *, QString>> remote;
        for (auto it = podsByContext.cbegin(); it != podsByContext.cend(); ++it) {
            if (it.key() == m_context) {
                continue;
            }
            QString why;
            KubeClient *client = m_clients ? m_clients(it.key(), &why) : nullptr;
            if (client) {
                remote.append({client, it.key()});
            } else {
                unreadable << ClusterTr::tr("%1 (%2)").arg(it.key(), why.isEmpty() ? ClusterTr::tr("not connected") : why);
            }
        }
        if (!unreadable.isEmpty()) {
            m_logsTab->layout()->addWidget(noteLabel(ClusterTr::tr("Logs not shown from: %1").arg(unreadable.join(QLatin1String(", "))), m_logsTab));
        }
        const QStringList pods = podsByContext.value(m_context);
        if ((pods.isEmpty() || !m_client) && remote.isEmpty()) {
            m_logsTab->layout()->addWidget(noteLabel(ClusterTr::tr("The cluster has no nodes in %1 yet.").arg(m_context), m_logsTab));
            return;
        }
        auto *viewer = new Logs::LogViewer(m_logsTab);
        viewer->setSources(m_client, Logs::LogViewer::systemLoggerSources(m_ns, m_client ? pods : QStringList()));
        for (const auto &[client, context] : std::as_const(remote)) {
            viewer->addSources(client, Logs::LogViewer::systemLoggerSources(nameSpaceOf.value(context), podsByContext.value(context)));
        }
        viewer->setFollow(true);
        m_logsTab->layout()->addWidget(viewer);
    } else if (index == SchemaTab && !m_schemaLoaded) {
        refreshSchema();
    } else if (index == OperationsTab) {
        refreshHistory();
    } else if (index == MetricsTab && m_metricsTab->layout()->count() == 0) {
        setPrometheus(nullptr, ClusterTr::tr("No metrics source is set for %1.").arg(m_context));
    }
}

QWidget *ClusterPage::createBackups()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *backups = new TablePanel(ClusterTr::tr("Backups (MedusaBackup, newest first)"), m_backups, splitter);
    splitter->addWidget(backups);
    splitter->addWidget(new TablePanel(ClusterTr::tr("Schedules (MedusaBackupSchedule)"), m_schedules, splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget *ClusterPage::createSchema()
{
    m_schemaTab = new QWidget;
    auto *layout = new QVBoxLayout(m_schemaTab);
    m_keyspaces = new RowTableModel(keyspaceHeaders({}), this);
    m_keyspaces->setPlaceholder(ClusterTr::tr("Reading the schema with cqlsh…"));
    auto *splitter = new QSplitter(Qt::Vertical, m_schemaTab);
    m_keyspacePanel = new TablePanel(ClusterTr::tr("Keyspaces and replication per datacenter"), m_keyspaces, splitter);
    auto *refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), ClusterTr::tr("Refresh"), m_keyspacePanel);
    connect(refresh, &QPushButton::clicked, this, &ClusterPage::refreshSchema);
    m_keyspacePanel->addHeaderWidget(refresh);
    splitter->addWidget(m_keyspacePanel);
    m_tablePanel = new TablePanel(ClusterTr::tr("Tables"), m_tables, splitter);
    splitter->addWidget(m_tablePanel);
    layout->addWidget(splitter);
    return m_schemaTab;
}

void ClusterPage::withCredentials(std::function<void(const QString &, const QString &, const QString &)> then)
{
    if (!m_cluster) {
        then({}, {}, ClusterTr::tr("The cluster's objects have not been read yet."));
        return;
    }
    readCqlCredentials(m_client, m_ns, superuserSecretName(*m_cluster), this, [then](const CqlCredentials &c) {
        then(c.username, c.password, c.error);
    });
}

void ClusterPage::refreshSchema()
{
    const QString pod = upNode();
    if (m_schemaRunning) {
        return;
    }
    if (pod.isEmpty()) {
        applySchema({}, {}, ClusterTr::tr("No node of the cluster is up to run cqlsh in."));
        return;
    }
    m_schemaRunning = true;
    m_keyspacePanel->setMessage(ClusterTr::tr("Reading keyspaces and tables with cqlsh in %1…").arg(pod));
    withCredentials([this, pod](const QString &user, const QString &password, const QString &error) {
        if (!error.isEmpty()) {
            applySchema({}, {}, error);
            return;
        }
        CqlCredentials c;
        c.username = user;
        c.password = password;
        const QStringList ks = cqlshCommand(c, QStringLiteral("SELECT keyspace_name, replication FROM system_schema.keyspaces"));
        const QStringList tables = cqlshCommand(c, QStringLiteral("SELECT keyspace_name, table_name FROM system_schema.tables"));
        PodCommand::run(m_client, m_ns, pod, QStringLiteral("cassandra"), ks, this, [this, pod, tables](const CommandResult &first) {
            if (!first.isOk()) {
                applySchema({}, {}, first.problem());
                return;
            }
            PodCommand::run(m_client, m_ns, pod, QStringLiteral("cassandra"), tables, this, [this, first](const CommandResult &second) {
                applySchema(first.out, second.out, second.problem());
            });
        });
    });
}

void ClusterPage::applySchema(const QString &keyspacesOut, const QString &tablesOut, const QString &error)
{
    if (!error.isEmpty()) {
        m_schemaRunning = false;
        m_keyspacePanel->setMessage(error, true);
        Q_EMIT schemaRefreshed(error);
        return;
    }
    // Parsed off the GUI thread: a schema can have thousands of tables.
    QtConcurrent::run(parseSchema, keyspacesOut, tablesOut).then(this, [this](const SchemaResult &result) {
        m_schemaRunning = false;
        if (!result.error.isEmpty()) {
            m_keyspacePanel->setMessage(result.error, true);
            Q_EMIT schemaRefreshed(result.error);
            return;
        }
        QStringList dcs;
        if (m_cluster) {
            for (const Domain::Datacenter &dc : m_cluster->datacenters) {
                dcs << dc.displayName();
            }
        }
        QHash<QString, int> counts;
        const QList<TableRow> tables = tableRows(result.tables);
        for (const TableRow &t : tables) {
            counts[t.cell(0)] += 1;
        }
        const QStringList headers = keyspaceHeaders(dcs);
        if (headers != QStringList([this] {
                QStringList h;
                for (int c = 0; c < m_keyspaces->columnCount(); ++c) {
                    h << m_keyspaces->headerData(c, Qt::Horizontal).toString();
                }
                return h;
            }())) {
            // The datacenters changed: a new model with the new columns.
            RowTableModel *old = m_keyspaces;
            m_keyspaces = new RowTableModel(headers, this);
            auto *panel = new TablePanel(ClusterTr::tr("Keyspaces and replication per datacenter"), m_keyspaces);
            auto *refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), ClusterTr::tr("Refresh"), panel);
            connect(refresh, &QPushButton::clicked, this, &ClusterPage::refreshSchema);
            panel->addHeaderWidget(refresh);
            static_cast<QSplitter *>(m_keyspacePanel->parentWidget())->replaceWidget(0, panel);
            m_keyspacePanel->deleteLater();
            m_keyspacePanel = panel;
            old->deleteLater();
        }
        m_keyspaces->setPlaceholder(ClusterTr::tr("cqlsh listed no keyspaces."));
        m_keyspaces->setRows(keyspaceRows(result.keyspaces, counts, dcs));
        m_tables->setPlaceholder(ClusterTr::tr("No tables."));
        m_tables->setRows(tables);
        m_keyspacePanel->setMessage(ClusterTr::tr("Read with cqlsh in %1: %2 keyspaces, %3 tables.")
                                        .arg(upNode())
                                        .arg(result.keyspaces.size())
                                        .arg(tables.size()));
        m_schemaLoaded = true;
        Q_EMIT schemaRefreshed(QString());
    });
}

QWidget *ClusterPage::createOperations()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(new TablePanel(ClusterTr::tr("Running and recent tasks (CassandraTask, K8ssandraTask)"), m_tasks, splitter));
    m_historyPanel = new TablePanel(ClusterTr::tr("Operation history on this computer (newest first)"), m_history, splitter);
    splitter->addWidget(m_historyPanel);
    return splitter;
}

void ClusterPage::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void ClusterPage::refreshHistory()
{
    if (!m_cluster) {
        return;
    }
    const QString path = Ops::OperationHistory(m_historyPath).path();
    const Domain::Cluster cluster = *m_cluster;
    // The log only grows: read it off the GUI thread.
    QtConcurrent::run([path, cluster] {
        int skipped = 0;
        const QList<Ops::HistoryEntry> entries = Ops::OperationHistory(path).read(&skipped);
        return std::make_pair(historyRows(entries, cluster), skipped);
    }).then(this, [this, path](const std::pair<QList<TableRow>, int> &result) {
        m_history->setRows(result.first);
        m_historyPanel->setMessage(result.second > 0 ? ClusterTr::tr("%1: %2 lines could not be read.").arg(path).arg(result.second)
                                                     : QString());
    });
}

QWidget *ClusterPage::createYaml()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_yamlSource = new QLabel(ClusterTr::tr("The live object, as read from %1 (without status and server-set fields).").arg(m_context), page);
    m_yamlSource->setWordWrap(true);
    row->addWidget(m_yamlSource, 1);
    auto *edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), ClusterTr::tr("Edit in YAML Editor"), page);
    edit->setToolTip(ClusterTr::tr("Opens the object in an editor whose apply bar targets %1 (diff, dry run, server-side apply)").arg(m_context));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_openEditor && m_cluster) {
            m_openEditor(m_yaml->toPlainText(), QStringLiteral("%1/%2 · %3").arg(m_cluster->kindName(), m_name, m_context));
        }
    });
    row->addWidget(edit);
    layout->addLayout(row);
    m_yaml = new QPlainTextEdit(page);
    m_yaml->setReadOnly(true);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_yaml, 1);
    return page;
}

void ClusterPage::updateYaml()
{
    if (!m_cluster || m_cluster->object.isEmpty()) {
        return;
    }
    const QString text = QString::fromUtf8(Yaml::emit(Editor::editableObject(m_cluster->object)));
    if (text != m_yaml->toPlainText()) {
        const int scroll = m_yaml->verticalScrollBar() ? m_yaml->verticalScrollBar()->value() : 0;
        m_yaml->setPlainText(text);
        m_yaml->verticalScrollBar()->setValue(scroll);
    }
}

} // namespace Ringside::Cluster
