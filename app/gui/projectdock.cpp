#include "projectdock.h"

#include "guitr.h"
#include "models/projecttreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ringside {

ProjectDock::ProjectDock(ProjectTreeModel *model, QWidget *parent)
    : QDockWidget(GuiTr::tr("Projects"), parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_filter(new QLineEdit)
    , m_filterDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("projectDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ProjectTreeModel::NameColumn);

    m_filter->setPlaceholderText(GuiTr::tr("Filter contexts, projects, clusters…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("projectFilter"));
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(300); // STYLE rule 4: debounce filter edits
    connect(m_filter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, &ProjectDock::applyFilter);

    m_view->setObjectName(QStringLiteral("projectTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProjectTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProjectTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProjectDock::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
        if (kind == ProjectTreeModel::NodeKind::Context) {
            Q_EMIT contextActivated(index.data(ProjectTreeModel::ContextNameRole).toString());
        } else if (kind == ProjectTreeModel::NodeKind::Cluster) {
            Q_EMIT clusterActivated(index.data(ProjectTreeModel::ContextNameRole).toString(),
                                    index.data(ProjectTreeModel::NamespaceRole).toString(), index.data(Qt::DisplayRole).toString());
        }
    });

    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
        if (kind == ProjectTreeModel::NodeKind::Context
            && index.data(ProjectTreeModel::ConnectionStateRole).value<ProjectTreeModel::ConnectionState>() == ProjectTreeModel::ConnectionState::NotConnected) {
            Q_EMIT connectRequested(index.data(ProjectTreeModel::ContextNameRole).toString(), false);
        } else if (kind == ProjectTreeModel::NodeKind::Cluster) {
            connectRemoteContexts(m_proxy->mapToSource(index));
        }
    });
    // Contexts have children once connected: show the expander before that, so expanding connects lazily.
    m_view->setItemsExpandable(true);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(box);
}

void ProjectDock::connectRemoteContexts(const QModelIndex &cluster)
{
    // A cluster whose datacenters live in other contexts: those connect lazily, when the cluster is expanded.
    QSet<QString> asked;
    for (int row = 0; row < m_model->rowCount(cluster); ++row) {
        const QString remote = m_model->index(row, 0, cluster).data(ProjectTreeModel::RemoteContextRole).toString();
        if (remote.isEmpty() || asked.contains(remote)) {
            continue;
        }
        asked.insert(remote);
        const auto state = m_model->indexOfContext(remote).data(ProjectTreeModel::ConnectionStateRole).value<ProjectTreeModel::ConnectionState>();
        if (state == ProjectTreeModel::ConnectionState::NotConnected) {
            Q_EMIT connectRequested(remote, false);
        }
    }
}

void ProjectDock::applyFilter()
{
    m_proxy->setFilterFixedString(m_filter->text());
    m_view->expandAll();
}

void ProjectDock::selectContext(const QString &name)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfContext(name));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    }
}

void ProjectDock::expandContext(const QString &name, int depth)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfContext(name));
    if (index.isValid()) {
        m_view->expandRecursively(index, depth);
    }
}

void ProjectDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
    QMenu menu(this);
    QAction *work = menu.addAction(GuiTr::tr("&Work in This Context"));
    work->setEnabled(!index.data(ProjectTreeModel::IsActiveContextRole).toBool());
    QAction *makeCurrent = menu.addAction(GuiTr::tr("Make kubeconfig's &Current Context"));
    makeCurrent->setEnabled(!index.data(ProjectTreeModel::IsCurrentContextRole).toBool());
    const auto state = index.data(ProjectTreeModel::ConnectionStateRole).value<ProjectTreeModel::ConnectionState>();
    QAction *connectAction = nullptr;
    QAction *disconnectAction = nullptr;
    if (index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>() == ProjectTreeModel::NodeKind::Context) {
        if (state == ProjectTreeModel::ConnectionState::Failed) {
            connectAction = menu.addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), GuiTr::tr("&Retry Connection"));
        } else if (state == ProjectTreeModel::ConnectionState::NotConnected) {
            connectAction = menu.addAction(GuiTr::tr("C&onnect"));
        } else {
            disconnectAction = menu.addAction(GuiTr::tr("&Disconnect"));
        }
    }
    const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
    // A datacenter living in another context than the one it is shown under: connect (or retry) that context here.
    const QString remote = index.data(ProjectTreeModel::RemoteContextRole).toString();
    ProjectTreeModel::ConnectionState remoteState = ProjectTreeModel::ConnectionState::NotConnected;
    if (!remote.isEmpty() && kind == ProjectTreeModel::NodeKind::Datacenter) {
        remoteState = m_model->indexOfContext(remote).data(ProjectTreeModel::ConnectionStateRole).value<ProjectTreeModel::ConnectionState>();
        if (remoteState == ProjectTreeModel::ConnectionState::Failed) {
            connectAction = menu.addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), GuiTr::tr("&Retry Connection to %1").arg(remote));
        } else if (remoteState == ProjectTreeModel::ConnectionState::NotConnected) {
            connectAction = menu.addAction(GuiTr::tr("C&onnect %1").arg(remote));
        }
    }
    QAction *editYaml = nullptr;
    QAction *metrics = nullptr;
    if (kind == ProjectTreeModel::NodeKind::Datacenter || kind == ProjectTreeModel::NodeKind::Project) {
        menu.addSeparator();
        editYaml = menu.addAction(QIcon::fromTheme(QStringLiteral("document-edit")), GuiTr::tr("Edit &YAML"));
    }
    if (kind == ProjectTreeModel::NodeKind::Cluster || kind == ProjectTreeModel::NodeKind::Datacenter) {
        if (!editYaml) {
            menu.addSeparator();
        }
        metrics = menu.addAction(QIcon::fromTheme(QStringLiteral("view-statistics")), GuiTr::tr("&Metrics"));
    }
    QAction *logs = nullptr;
    if (kind == ProjectTreeModel::NodeKind::Cluster || kind == ProjectTreeModel::NodeKind::Datacenter
        || kind == ProjectTreeModel::NodeKind::Rack || kind == ProjectTreeModel::NodeKind::Node) {
        logs = menu.addAction(QIcon::fromTheme(QStringLiteral("text-x-log")), GuiTr::tr("&Logs (system.log)"));
    }
    for (const MenuExtension &extension : m_extensions) {
        extension(&menu, m_proxy->mapToSource(index));
    }
    menu.addSeparator();
    QAction *copy = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), GuiTr::tr("Copy &Name"));
    // Each action does its work when triggered (by a click, a key or a test), not by what exec() returns.
    const QPersistentModelIndex source = m_proxy->mapToSource(index);
    connect(work, &QAction::triggered, this, [this, context] { Q_EMIT contextActivated(context); });
    connect(makeCurrent, &QAction::triggered, this, [this, context] { Q_EMIT makeCurrentRequested(context); });
    if (connectAction) {
        const bool forRemote = !remote.isEmpty() && kind == ProjectTreeModel::NodeKind::Datacenter;
        const QString target = forRemote ? remote : context;
        const bool retry = (forRemote ? remoteState : state) == ProjectTreeModel::ConnectionState::Failed;
        connect(connectAction, &QAction::triggered, this, [this, target, retry] { Q_EMIT connectRequested(target, retry); });
    }
    if (disconnectAction) {
        connect(disconnectAction, &QAction::triggered, this, [this, context] { Q_EMIT disconnectRequested(context); });
    }
    const auto open = [this, source](QAction *action, Open what) {
        if (action) {
            connect(action, &QAction::triggered, this, [this, source, what] {
                if (source.isValid()) {
                    Q_EMIT openRequested(what, source);
                }
            });
        }
    };
    open(editYaml, Open::Yaml);
    open(metrics, Open::Metrics);
    open(logs, Open::Logs);
    const QString name = kind == ProjectTreeModel::NodeKind::Context ? context : index.data(Qt::DisplayRole).toString();
    connect(copy, &QAction::triggered, this, [name] { QApplication::clipboard()->setText(name); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Ringside
