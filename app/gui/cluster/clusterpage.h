#pragma once

#include "cassandra/domain/model.h"
#include "cassandra/nodetooldescribecluster.h"
#include "cassandra/nodetoolstatus.h"

#include <QHash>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ringside {
class KubeClient;
class SharedInformers;
namespace Metrics {
class PromClient;
}
} // namespace Ringside

namespace Ringside::Cluster {

class ClusterWatch;
class RepairsTab;
class RowTableModel;
class TablePanel;

/*! A cluster's page in the workspace. Overview: a nodetool-status-like table per datacenter and rack (from the
    live objects and pods, load and tokens from `nodetool status` run in an up node, each value's source in its
    tooltip), the conditions, the cluster's Events (newest first), the operators' health and schema agreement
    (`nodetool describecluster`). Then Metrics, Logs, Backups (Medusa), Repairs (Reaper), Schema (keyspaces,
    tables and replication per datacenter, read with cqlsh), Operations (the local history and the cluster's tasks)
    and YAML (the live top object). Everything is live: the page follows informers and re-runs the commands on
    Refresh and every 30 s while it is shown. A cluster whose datacenters live in several contexts is shown
    whole: the contexts of its datacenters are watched too (connected when the page opens), and their nodes,
    conditions, events, backups and tasks are listed with their context named. \since 0.1 */
class ClusterPage : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, MetricsTab, LogsTab, BackupsTab, RepairsTab_, SchemaTab, OperationsTab, YamlTab };
    Q_ENUM(Tab)

    using EditorOpener = std::function<void(const QString &yaml, const QString &title)>;
    /*! The client of a context (connecting it if needed), or nullptr with \a why. */
    using ClientProvider = std::function<KubeClient *(const QString &context, QString *why)>;

    ClusterPage(KubeClient *client, SharedInformers *informers, const QString &context, const QString &nameSpace,
                const QString &name, QWidget *parent = nullptr);
    ~ClusterPage() override;

    QString context() const { return m_context; }
    QString nameSpace() const { return m_ns; }
    QString name() const { return m_name; }
    /*! The cluster as built from the live objects, once they arrived. */
    std::optional<Cassandra::Domain::Cluster> cluster() const { return m_cluster; }

    /*! The Metrics tab's source: a dashboard when \a client is set, else \a why. */
    void setPrometheus(Metrics::PromClient *client, const QString &why);
    /*! What "Edit in YAML Editor" does with the live object's YAML. */
    void setEditorOpener(EditorOpener opener) { m_openEditor = std::move(opener); }
    /*! How datacenters in other contexts are reached: \a localContexts are the kubeconfig's contexts (to map a
        datacenter's `k8sContext`, see ContextMapping), \a clients gives the client of one. Without it the page
        shows what the control plane's context knows of such datacenters. */
    void setContextProvider(const QStringList &localContexts, ClientProvider clients);
    /*! The contexts of the cluster's datacenters besides its own, watched (or not: see remoteProblems()). */
    QStringList remoteContexts() const;
    /*! Why a datacenter's context cannot be read, by context (empty when all can). */
    QHash<QString, QString> remoteProblems() const;
    /*! The operation history file (default: OperationHistory's default path). */
    void setHistoryPath(const QString &path);

    /*! Runs `nodetool status` and `nodetool describecluster` in an up node now. */
    void refreshStatus();
    /*! Reads keyspaces and tables with cqlsh now. */
    void refreshSchema();
    /*! Reads the operation history now. */
    void refreshHistory();

    ClusterWatch *watch() const { return m_watch; }
    RowTableModel *nodesModel() const { return m_nodes; }
    RowTableModel *conditionsModel() const { return m_conditions; }
    RowTableModel *eventsModel() const { return m_events; }
    RowTableModel *controlPlaneModel() const { return m_controlPlane; }
    RowTableModel *backupsModel() const { return m_backups; }
    RowTableModel *schedulesModel() const { return m_schedules; }
    RowTableModel *keyspacesModel() const { return m_keyspaces; }
    RowTableModel *tablesModel() const { return m_tables; }
    RowTableModel *tasksModel() const { return m_tasks; }
    RowTableModel *historyModel() const { return m_history; }
    RepairsTab *repairsTab() const { return m_repairs; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *schemaAgreementLabel() const { return m_agreement; }
    QPlainTextEdit *yamlView() const { return m_yaml; }
    /*! The pod `nodetool status` ran on last, and its report. */
    QString statusPod() const { return m_statusPod; }

Q_SIGNALS:
    /*! The user asked for a node's page (double click on a node row). */
    void openNodeRequested(const QString &context, const QString &nameSpace, const QString &pod);
    /*! nodetool status/describecluster answered (or failed). */
    void statusRefreshed();
    /*! The Schema tab was read (or failed: \a error). */
    void schemaRefreshed(const QString &error);

private:
    QWidget *createOverview();
    QWidget *createBackups();
    QWidget *createSchema();
    QWidget *createOperations();
    QWidget *createYaml();
    void onCurrentChanged(int index);
    void rebuild();
    /*! Starts watching the contexts of \a cluster's datacenters that are not watched yet. */
    void watchRemoteContexts(const Cassandra::Domain::Cluster &cluster);
    /*! The watches of every context: the cluster's first. */
    QList<ClusterWatch *> watches() const;
    void setMergedRows(const Cassandra::Domain::Cluster &c);
    void updateSummary();
    void updateYaml();
    QString upNode() const;
    void withCredentials(std::function<void(const QString &user, const QString &password, const QString &error)> then);
    void applySchema(const QString &keyspacesOut, const QString &tablesOut, const QString &error);

    QPointer<KubeClient> m_client;
    QString m_context;
    QString m_ns;
    QString m_name;
    ClusterWatch *m_watch;
    QHash<QString, ClusterWatch *> m_remoteWatches; //!< by context: datacenters of the cluster living elsewhere
    QHash<QString, QString> m_remoteProblems;      //!< by context: why it is not watched
    QStringList m_localContexts;
    ClientProvider m_clients;
    std::optional<Cassandra::Domain::Cluster> m_cluster;
    std::optional<Cassandra::StatusReport> m_status;
    std::optional<Cassandra::DescribeClusterReport> m_describe;
    QString m_statusPod;
    QString m_statusError;
    bool m_statusRunning = false;
    bool m_schemaRunning = false;
    bool m_schemaLoaded = false;
    QString m_historyPath;
    EditorOpener m_openEditor;
    QTimer m_poll;

    RowTableModel *m_nodes;
    RowTableModel *m_conditions;
    RowTableModel *m_events;
    RowTableModel *m_controlPlane;
    RowTableModel *m_backups;
    RowTableModel *m_schedules;
    RowTableModel *m_keyspaces = nullptr;
    RowTableModel *m_tables;
    RowTableModel *m_tasks;
    RowTableModel *m_history;
    QLabel *m_summary = nullptr;
    QLabel *m_agreement = nullptr;
    TablePanel *m_nodesPanel = nullptr;
    TablePanel *m_keyspacePanel = nullptr;
    TablePanel *m_tablePanel = nullptr;
    TablePanel *m_historyPanel = nullptr;
    QWidget *m_schemaTab = nullptr;
    QWidget *m_metricsTab = nullptr;
    QWidget *m_logsTab = nullptr;
    RepairsTab *m_repairs = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QLabel *m_yamlSource = nullptr;
};

} // namespace Ringside::Cluster
