// MainWindow: services (projects, Data API, port-forwards, GitOps export): Cluster › New Project…, Cluster › Data
// API… and Cluster › Export for GitOps…, and the same entries in the project tree's context menu.
#include "gui/mainwindow.h"

#include "dataapidialog.h"
#include "gitopsdialog.h"
#include "projectdialog.h"
#include "servicestr.h"

#include "gui/appsettings.h"
#include "gui/charts/dashboardpage.h"
#include "gui/charts/timerangebar.h"
#include "gui/contextsessions.h"
#include "gui/projectdock.h"
#include "gui/workspace.h"
#include "models/charts/dashboardmodel.h"
#include "models/projecttreemodel.h"

#include "cassandra/ops/guard.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace Ringside {

using Services::ServicesTr;

namespace {

Cassandra::Ops::WriteGuard servicesGuard(MainWindow *window)
{
    return Cassandra::Ops::WriteGuard(Cassandra::Ops::readOnlyContexts(
        qEnvironmentVariable("RINGSIDE_READ_ONLY_CONTEXTS"), window->settings().fileName()));
}

QModelIndex clusterOf(QModelIndex index)
{
    while (index.isValid()) {
        if (index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>()
            == ProjectTreeModel::NodeKind::Cluster) {
            return index;
        }
        index = index.parent();
    }
    return {};
}

void openProjectDialog(MainWindow *window, const QString &context)
{
    auto *dialog = new Services::ProjectDialog(
        window->kubeconfig().contextNames(), context.isEmpty() ? window->activeContext() : context,
        servicesGuard(window), [window](const QString &c, QString *why) { return window->clientFor(c, why); }, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &Services::ProjectDialog::projectCreated, window,
                     [window](const QString &c, const QString &) { window->projectDock()->expandContext(c, 1); });
    dialog->show();
}

void openDataApiDialog(MainWindow *window, const QString &context, const QString &ns, const QString &cluster)
{
    const QString name = QStringLiteral("dataApi/%1/%2/%3").arg(context, ns, cluster);
    for (auto *existing : window->findChildren<Services::DataApiDialog *>()) {
        if (existing->property("key").toString() == name) {
            existing->raise();
            existing->activateWindow();
            return;
        }
    }
    Services::DataApiDialog::Options options;
    options.context = context;
    options.nameSpace = ns;
    options.cluster = cluster;
    options.guard = servicesGuard(window);
    auto *dialog = new Services::DataApiDialog(
        options, [window](const QString &c, QString *why) { return window->clientFor(c, why); }, window);
    dialog->setProperty("key", name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void openGitOpsDialog(MainWindow *window, const QString &context, const QString &ns, const QString &cluster)
{
    auto *dialog = new Services::GitOpsDialog(
        context, ns, cluster, [window](const QString &c, QString *why) { return window->clientFor(c, why); }, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

/*! The node drill-down of the metrics (heap, GC time, thread pools, compactions and the node's share of the cluster
    panels) for a node item of the tree: the dashboard the project tree's "Metrics" entry offers only for clusters and
    datacenters. */
void openNodeMetrics(MainWindow *window, const QModelIndex &node)
{
    const QString context = node.data(ProjectTreeModel::ContextNameRole).toString();
    const QModelIndex dc = node.parent().parent();
    const QModelIndex cluster = clusterOf(node);
    Metrics::Selector selector;
    selector.cluster = cluster.data(Qt::DisplayRole).toString();
    selector.datacenter = dc.data(Qt::DisplayRole).toString();
    selector.node = node.data(ProjectTreeModel::ObjectNameRole).toString();
    QString why;
    Metrics::PromClient *client = window->prometheusFor(context, &why);
    if (!client) {
        QMessageBox::information(window, ServicesTr::tr("Node Metrics"), why);
        return;
    }
    const QString key = QStringLiteral("metrics/node/%1/%2").arg(context, selector.node);
    if (QWidget *existing = window->workspace()->page(key)) {
        window->workspace()->setCurrentWidget(existing);
        return;
    }
    auto *page = new Charts::DashboardPage(Charts::DashboardModel::Kind::Node);
    page->setClient(client);
    page->setSelector(selector);
    page->timeBar()->setAutoRefresh(std::chrono::seconds(window->settings().metricsRefreshSeconds()));
    page->model()->setAutoRefresh(page->timeBar()->autoRefresh());
    window->workspace()->addPage(key, page, ServicesTr::tr("Metrics: %1").arg(selector.node),
                                 QIcon::fromTheme(QStringLiteral("view-statistics")));
}

} // namespace

void MainWindow::setupServices()
{
    auto *newProject
        = new QAction(QIcon::fromTheme(QStringLiteral("folder-new")), ServicesTr::tr("New &Project…"), this);
    newProject->setObjectName(QStringLiteral("newProject"));
    newProject->setStatusTip(
        ServicesTr::tr("Create a project (a namespace Mission Control lists as a project) in the active context"));
    connect(newProject, &QAction::triggered, this, [this] { openProjectDialog(this, activeContext()); });

    auto *dataApi = new QAction(ServicesTr::tr("&Data API…"), this);
    dataApi->setObjectName(QStringLiteral("dataApi"));
    dataApi->setStatusTip(
        ServicesTr::tr("Enable the Data API of the selected cluster, get its token, port-forward to it and try it"));
    connect(dataApi, &QAction::triggered, this, [this] {
        const QModelIndex cluster = clusterOf(m_dock->view()->currentIndex().siblingAtColumn(0));
        if (!cluster.isValid()) {
            QMessageBox::information(this, ServicesTr::tr("Data API"),
                                     ServicesTr::tr("Select a cluster in the project tree first."));
            return;
        }
        openDataApiDialog(this, cluster.data(ProjectTreeModel::ContextNameRole).toString(),
                          cluster.data(ProjectTreeModel::NamespaceRole).toString(),
                          cluster.data(Qt::DisplayRole).toString());
    });
    auto *gitOps
        = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), ServicesTr::tr("Export for &GitOps…"), this);
    gitOps->setObjectName(QStringLiteral("gitOpsExport"));
    gitOps->setStatusTip(
        ServicesTr::tr("Write the selected cluster's objects, clean, into a directory of your Git repository"));
    connect(gitOps, &QAction::triggered, this, [this] {
        const QModelIndex cluster = clusterOf(m_dock->view()->currentIndex().siblingAtColumn(0));
        if (!cluster.isValid()) {
            QMessageBox::information(this, ServicesTr::tr("Export for GitOps"),
                                     ServicesTr::tr("Select a cluster in the project tree first."));
            return;
        }
        openGitOpsDialog(this, cluster.data(ProjectTreeModel::ContextNameRole).toString(),
                         cluster.data(ProjectTreeModel::NamespaceRole).toString(),
                         cluster.data(Qt::DisplayRole).toString());
    });
    const QList<QAction *> existing = clusterMenu()->actions();
    clusterMenu()->insertAction(existing.isEmpty() ? nullptr : existing.constFirst(), newProject);
    clusterMenu()->addSeparator();
    clusterMenu()->addAction(dataApi);
    clusterMenu()->addAction(gitOps);

    m_dock->addMenuExtension([this](QMenu *menu, const QModelIndex &index) {
        const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
        const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
        if (kind == ProjectTreeModel::NodeKind::Context) {
            QAction *a = menu->addAction(ServicesTr::tr("New &Project…"));
            a->setObjectName(QStringLiteral("newProjectHere"));
            const bool readOnly = servicesGuard(this).isReadOnly(context);
            a->setEnabled(!readOnly);
            a->setToolTip(readOnly
                              ? ServicesTr::tr("context %1 is read-only: projects cannot be created there").arg(context)
                              : QString());
            connect(a, &QAction::triggered, this, [this, context] { openProjectDialog(this, context); });
        } else if (kind == ProjectTreeModel::NodeKind::Node) {
            QAction *a
                = menu->addAction(QIcon::fromTheme(QStringLiteral("view-statistics")), ServicesTr::tr("Node &Metrics"));
            a->setObjectName(QStringLiteral("nodeMetricsHere"));
            connect(a, &QAction::triggered, this, [this, index = QPersistentModelIndex(index)] {
                if (index.isValid()) {
                    openNodeMetrics(this, index);
                }
            });
        } else if (kind == ProjectTreeModel::NodeKind::Cluster) {
            const QString ns = index.data(ProjectTreeModel::NamespaceRole).toString();
            const QString cluster = index.data(Qt::DisplayRole).toString();
            QAction *a = menu->addAction(ServicesTr::tr("&Data API…"));
            a->setObjectName(QStringLiteral("dataApiHere"));
            connect(a, &QAction::triggered, this,
                    [this, context, ns, cluster] { openDataApiDialog(this, context, ns, cluster); });
            QAction *e = menu->addAction(ServicesTr::tr("Export for &GitOps…"));
            e->setObjectName(QStringLiteral("gitOpsExportHere"));
            connect(e, &QAction::triggered, this,
                    [this, context, ns, cluster] { openGitOpsDialog(this, context, ns, cluster); });
        }
    });
}

} // namespace Ringside
