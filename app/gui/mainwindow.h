#pragma once

#include "kubeconfig/kubeconfigloader.h"

#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QModelIndex;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QTimer;

namespace Ringside {

class AppSettings;
class ContextSessions;
class ProjectDock;
class ProjectTreeModel;
class WelcomePage;
class Workspace;
class KubeClient;
namespace Metrics {
class PromClient;
}

/*! Ringside's main window: the project tree dock, a central area and a status bar. \since 0.1 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings &settings, const KubeconfigLoadingRules &rules, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectTreeModel *projectModel() const { return m_model; }
    ProjectDock *projectDock() const { return m_dock; }
    WelcomePage *welcomePage() const { return m_welcome; }
    Workspace *workspace() const { return m_workspace; }
    ContextSessions *sessions() const { return m_sessions; }
    const Kubeconfig &kubeconfig() const { return m_config; }
    QString activeContext() const;

    /*! Re-reads the kubeconfig files (also done automatically when they change on disk). */
    void reloadKubeconfig();
    /*! Makes \a name the context Ringside works in (not the kubeconfig's current-context). */
    void setActiveContext(const QString &name);
    /*! Writes \a name as current-context to the kubeconfig file that owns it, as kubectl does. */
    bool makeCurrentContext(const QString &name);

    /*! Opens the live object of a project-tree item (a CassandraDatacenter, a namespace) in a YAML editor whose
        apply bar targets its context. \a index is an index of projectModel(). */
    void openObjectYaml(const QModelIndex &index);
    /*! Opens the metrics dashboard of a cluster or datacenter item, from the context's Prometheus (settings). */
    void openMetrics(const QModelIndex &index);
    /*! Opens the merged, followed system.log of every node under a cluster, datacenter, rack or node item. */
    void openLogs(const QModelIndex &index);
    /*! The connected client of \a context, connecting it when needed; nullptr and \a why when it cannot be used. */
    KubeClient *clientFor(const QString &context, QString *why);
    AppSettings &settings() const { return m_settings; }
    /*! The Prometheus client of \a context from its metrics-source setting; nullptr and \a why when none is set. */
    Metrics::PromClient *prometheusFor(const QString &context, QString *why);

    /*! Opens (or raises) the page of cluster \a cluster in \a ns of \a context (gui/cluster/mainwindowcluster.cpp). */
    void openClusterPage(const QString &context, const QString &ns, const QString &cluster);
    /*! The "Cluster" menu of the menu bar, where features add their actions. */
    QMenu *clusterMenu() const { return m_clusterMenu; }
    /*! The "View" and "Tools" menus of the menu bar. */
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildContextMenu();
    void updateStatusBar();
    void watchFiles();
    void createFileActions(QMenu *file);
    // Feature set-up, each in its own file: gui/cluster/mainwindowcluster.cpp (cluster, node and fleet pages),
    // gui/ops/mainwindowops.cpp (operation dialogs, alerts), gui/wizard/mainwindowwizard.cpp (creation wizard),
    // gui/services/mainwindowservices.cpp (projects, Data API, port-forwards).
    void setupClusterPages();
    void setupOperations();
    void setupWizard();
    void setupServices();

    AppSettings &m_settings;
    KubeconfigLoadingRules m_rules;
    Kubeconfig m_config;
    ProjectTreeModel *m_model;
    ContextSessions *m_sessions;
    ProjectDock *m_dock;
    WelcomePage *m_welcome;
    Workspace *m_workspace;
    QHash<QString, Metrics::PromClient *> m_prometheus; //!< per context, children of the window
    QHash<QString, QString> m_prometheusUrls;           //!< the URL each of those was made for
    QMenu *m_contextMenu = nullptr;
    QMenu *m_clusterMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QActionGroup *m_contextGroup = nullptr;
    QLabel *m_statusContext;
    QLabel *m_statusFiles;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadDebounce;
};

} // namespace Ringside
