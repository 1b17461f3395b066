// MainWindow: the fleet overview, cluster and node pages, opened from the project tree and the Cluster menu.
#include "gui/mainwindow.h"

#include "clusterpage.h"
#include "fleetpage.h"
#include "gui/welcomepage.h"
#include "nodepage.h"

#include "gui/contextsessions.h"
#include "gui/projectdock.h"
#include "gui/workspace.h"
#include "models/cluster/clustertr.h"
#include "models/projecttreemodel.h"

#include "kube/kubeclient.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace Ringside {

using Cluster::ClusterTr;

namespace {

QString clusterKey(const QString &context, const QString &ns, const QString &cluster)
{
    return QStringLiteral("cluster/%1/%2/%3").arg(context, ns, cluster);
}

/*! The cluster a project-tree item belongs to: the item itself, or the cluster above a datacenter, rack or node. */
QModelIndex clusterItem(QModelIndex index)
{
    while (index.isValid()) {
        if (index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>() == ProjectTreeModel::NodeKind::Cluster) {
            return index;
        }
        index = index.parent();
    }
    return {};
}

void openNodePage(MainWindow *window, const QString &context, const QString &ns, const QString &pod)
{
    const QString key = QStringLiteral("node/%1/%2/%3").arg(context, ns, pod);
    if (QWidget *existing = window->workspace()->page(key)) {
        window->workspace()->setCurrentWidget(existing);
        return;
    }
    QString why;
    KubeClient *client = window->clientFor(context, &why);
    if (!client) {
        QMessageBox::warning(window, ClusterTr::tr("Open Node"), why);
        return;
    }
    auto *page = new Cluster::NodePage(client, context, ns, pod);
    // The page works through the context's client: it closes when the context disconnects.
    QObject::connect(client, &QObject::destroyed, page, [page] { delete page; });
    window->workspace()->addPage(key, page, ClusterTr::tr("Node: %1").arg(pod), QIcon::fromTheme(QStringLiteral("network-server")));
}

} // namespace

void MainWindow::setupClusterPages()
{
    QAction *fleet = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), ClusterTr::tr("&Fleet Overview"));
    fleet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fleet->setToolTip(ClusterTr::tr("Every cluster of every connected context: health, version, nodes, alerts, backups and repairs"));
    connect(fleet, &QAction::triggered, this, [this] {
        const QString key = QStringLiteral("fleet");
        if (QWidget *existing = m_workspace->page(key)) {
            m_workspace->setCurrentWidget(existing);
            return;
        }
        // The active context connects, so that the fleet is not empty at first; others connect when expanded.
        if (!activeContext().isEmpty()) {
            m_sessions->connectContext(activeContext());
        }
        QStringList contexts;
        for (const auto &c : m_config.contexts) {
            contexts << c.name;
        }
        auto *page = new Cluster::FleetPage(m_sessions, contexts);
        connect(page, &Cluster::FleetPage::openClusterRequested, this, &MainWindow::openClusterPage);
        m_workspace->addPage(key, page, ClusterTr::tr("Fleet"), QIcon::fromTheme(QStringLiteral("view-list-details")));
    });
    m_welcome->addQuickAction(fleet);

    QAction *open = m_clusterMenu->addAction(ClusterTr::tr("Open &Cluster Page"));
    open->setToolTip(ClusterTr::tr("Opens the page of the cluster selected in the project tree"));
    connect(open, &QAction::triggered, this, [this] {
        const QModelIndex cluster = clusterItem(m_dock->view()->currentIndex().siblingAtColumn(0));
        if (!cluster.isValid()) {
            QMessageBox::information(this, ClusterTr::tr("Open Cluster Page"), ClusterTr::tr("Select a cluster in the project tree first."));
            return;
        }
        openClusterPage(cluster.data(ProjectTreeModel::ContextNameRole).toString(), cluster.data(ProjectTreeModel::NamespaceRole).toString(),
                        cluster.data(Qt::DisplayRole).toString());
    });

    m_dock->addMenuExtension([this](QMenu *menu, const QModelIndex &index) {
        const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
        const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
        if (kind == ProjectTreeModel::NodeKind::Cluster || kind == ProjectTreeModel::NodeKind::Datacenter) {
            // A datacenter in another context than its cluster's: the page is the cluster's, in the cluster's context.
            const QModelIndex cluster = clusterItem(index);
            const QString clusterContext = cluster.data(ProjectTreeModel::ContextNameRole).toString();
            const QString ns = cluster.data(ProjectTreeModel::NamespaceRole).toString();
            const QString name = cluster.data(Qt::DisplayRole).toString();
            QAction *a = menu->addAction(ClusterTr::tr("Open Cluster"));
            connect(a, &QAction::triggered, this, [this, clusterContext, ns, name] { openClusterPage(clusterContext, ns, name); });
        } else if (kind == ProjectTreeModel::NodeKind::Node) {
            const QString ns = index.data(ProjectTreeModel::NamespaceRole).toString();
            const QString pod = index.data(ProjectTreeModel::ObjectNameRole).toString();
            QAction *a = menu->addAction(ClusterTr::tr("Open Node"));
            connect(a, &QAction::triggered, this, [this, context, ns, pod] { openNodePage(this, context, ns, pod); });
        }
    });
}

void MainWindow::openClusterPage(const QString &context, const QString &ns, const QString &cluster)
{
    const QString key = clusterKey(context, ns, cluster);
    if (QWidget *existing = m_workspace->page(key)) {
        m_workspace->setCurrentWidget(existing);
        return;
    }
    QString why;
    KubeClient *client = clientFor(context, &why);
    if (!client) {
        QMessageBox::warning(this, ClusterTr::tr("Open Cluster"), why);
        return;
    }
    auto *page = new Cluster::ClusterPage(client, m_sessions->informers(), context, ns, cluster);
    // Datacenters of the cluster in other contexts: their contexts connect when the page finds them.
    QStringList contexts;
    for (const auto &c : m_config.contexts) {
        contexts << c.name;
    }
    page->setContextProvider(contexts, [this](const QString &c, QString *why) { return clientFor(c, why); });
    QString noMetrics;
    if (Metrics::PromClient *prometheus = prometheusFor(context, &noMetrics)) {
        page->setPrometheus(prometheus, {});
    } else {
        page->setPrometheus(nullptr, noMetrics);
    }
    page->setEditorOpener([this, context, ns](const QString &yaml, const QString &title) { m_workspace->newEditor(yaml, context, ns, title); });
    connect(page, &Cluster::ClusterPage::openNodeRequested, this,
            [this](const QString &c, const QString &n, const QString &pod) { openNodePage(this, c, n, pod); });
    connect(client, &QObject::destroyed, page, [page] { delete page; });
    m_workspace->addPage(key, page, ClusterTr::tr("Cluster: %1").arg(cluster), QIcon::fromTheme(QStringLiteral("network-workgroup")));
}

} // namespace Ringside
