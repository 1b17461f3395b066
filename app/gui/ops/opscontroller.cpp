#include "gui/ops/opscontroller.h"

#include "gui/appsettings.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/commandpalette.h"
#include "gui/ops/operationdialog.h"
#include "gui/ops/opstr.h"
#include "gui/ops/repairdialog.h"
#include "gui/ops/settingsdialog.h"
#include "gui/projectdock.h"
#include "models/ops/alertsmodel.h"
#include "models/ops/opstr.h"
#include "models/projecttreemodel.h"

#include "kube/kubeclient.h"
#include "metrics/promclient.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace Ringside::Operations {

using Kind = ProjectTreeModel::NodeKind;

namespace {

Kind kindOf(const QModelIndex &index)
{
    return index.data(ProjectTreeModel::KindRole).value<Kind>();
}

/*! The cluster item at or above \a index (a ProjectTreeModel index). */
QModelIndex clusterAbove(QModelIndex index)
{
    while (index.isValid() && kindOf(index) != Kind::Cluster) {
        if (kindOf(index) == Kind::Context || kindOf(index) == Kind::Project) {
            return {};
        }
        index = index.parent();
    }
    return index.siblingAtColumn(0);
}

/*! The scope (datacenter, rack, node) of a tree item below a cluster. */
Scope scopeOf(const QModelIndex &index)
{
    Scope s;
    QModelIndex i = index.siblingAtColumn(0);
    while (i.isValid() && kindOf(i) != Kind::Cluster) {
        switch (kindOf(i)) {
        case Kind::Node:
            s.pod = i.data().toString();
            break;
        case Kind::Rack:
            s.rack = i.data().toString();
            break;
        case Kind::Datacenter:
            s.datacenter = i.data(ProjectTreeModel::ObjectNameRole).toString();
            break;
        default:
            break;
        }
        i = i.parent();
    }
    return s;
}

QList<OperationType> typesFor(Kind kind)
{
    using T = OperationType;
    switch (kind) {
    case Kind::Cluster:
        return allOperationTypes();
    case Kind::Datacenter:
        return {T::Scale, T::RemoveDatacenter, T::StopDatacenter, T::ResumeDatacenter, T::Restart, T::Cleanup, T::Rebuild, T::UpgradeSSTables,
                T::Compact, T::Flush, T::Scrub, T::Backup, T::BackupSchedule, T::Restore, T::PurgeBackups};
    case Kind::Rack:
        return {T::Restart, T::Compact};
    case Kind::Node:
        return {T::ReplaceNode, T::Compact};
    default:
        return {};
    }
}

QString readOnlyTip(const QString &context)
{
    return OpsGuiTr::tr("Context %1 is read-only: Ringside does not write to it (Tools › Settings).").arg(context);
}

} // namespace

OpsController::OpsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_alerts(new AlertMonitor({}, this))
    , m_alertsDock(new QDockWidget(OpsGuiTr::tr("Alerts"), window))
    , m_alertsView(new QTableView(m_alertsDock))
    , m_alertTimer(new QTimer(this))
    , m_alertDebounce(new QTimer(this))
    , m_palette(new CommandPalette(window))
    , m_paletteAction(new QAction(OpsGuiTr::tr("&Command Palette…"), this))
    , m_settingsAction(new QAction(OpsGuiTr::tr("&Settings…"), this))
{
    setObjectName(QStringLiteral("opsController"));
    createActions();
    refreshReadOnly();

    // Alerts.
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsView->setObjectName(QStringLiteral("alertsView"));
    m_alertsView->setModel(m_alerts->model());
    m_alertsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alertsView->verticalHeader()->hide();
    m_alertsView->horizontalHeader()->setSectionResizeMode(AlertsModel::SummaryColumn, QHeaderView::Stretch);
    auto fit = [this] {
        for (int c = 0; c < AlertsModel::ColumnCount; ++c) {
            if (c != AlertsModel::SummaryColumn) {
                m_alertsView->resizeColumnToContents(c);
            }
        }
    };
    connect(m_alerts->model(), &QAbstractItemModel::rowsInserted, m_alertsView, fit);
    connect(m_alerts->model(), &QAbstractItemModel::dataChanged, m_alertsView, fit);
    m_alertsView->setWordWrap(false);
    m_alertsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertsDock->setWidget(m_alertsView);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    m_alertsDock->hide();
    QAction *toggle = m_alertsDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    window->viewMenu()->addAction(toggle);
    connect(m_alertsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showAlertNode(index.row()); });
    connect(m_alerts, &AlertMonitor::alertFired, this, [this](const Metrics::Alert &a) {
        notify(OpsGuiTr::tr("%1 alert").arg(Metrics::severityDisplayName(a.severity)), a.summary, a.severity == Metrics::Severity::Critical);
    });
    m_alertTimer->setInterval(window->settings().refreshIntervalSeconds() * 1000);
    connect(m_alertTimer, &QTimer::timeout, this, &OpsController::evaluateAlerts);
    m_alertTimer->start();
    m_alertDebounce->setSingleShot(true);
    m_alertDebounce->setInterval(300);
    connect(m_alertDebounce, &QTimer::timeout, this, &OpsController::evaluateAlerts);
    // The tree changes when pods do: a node that goes down shows up in the alerts within a moment.
    connect(window->projectModel(), &QAbstractItemModel::dataChanged, this, &OpsController::scheduleEvaluation);
    connect(window->projectModel(), &QAbstractItemModel::rowsInserted, this, &OpsController::scheduleEvaluation);
    connect(window->projectModel(), &QAbstractItemModel::rowsRemoved, this, &OpsController::scheduleEvaluation);
    connect(window->sessions(), &ContextSessions::connectionChanged, this, &OpsController::scheduleEvaluation);

    // Notifications go to the tray when there is one (never offscreen).
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/ringside.svg")), this);
        m_tray->setToolTip(OpsGuiTr::tr("Ringside"));
        m_tray->show();
    }

    connect(m_palette, &CommandPalette::triggered, this, &OpsController::triggerPaletteEntry);
    const QString theme = window->settings().theme();
    if (theme != QLatin1String("system")) {
        applyTheme(theme);
    }
}

OpsController::~OpsController() = default;

OpsController *OpsController::of(const MainWindow *window)
{
    return window->findChild<OpsController *>(QStringLiteral("opsController"), Qt::FindDirectChildrenOnly);
}

Cassandra::Ops::WriteGuard OpsController::writeGuard() const
{
    return Cassandra::Ops::WriteGuard(
        Cassandra::Ops::readOnlyContexts(qEnvironmentVariable("RINGSIDE_READ_ONLY_CONTEXTS"), m_window->settings().fileName()));
}

void OpsController::refreshReadOnly()
{
    m_window->settings().sync();
    const QSet<QString> readOnly =
        Cassandra::Ops::readOnlyContexts(qEnvironmentVariable("RINGSIDE_READ_ONLY_CONTEXTS"), m_window->settings().fileName());
    m_window->projectModel()->setReadOnlyContexts(readOnly);
    updateActions();
}

void OpsController::createActions()
{
    QMenu *menu = m_window->clusterMenu();
    menu->setToolTipsVisible(true);
    m_tasksMenu = new QMenu(OpsGuiTr::tr("Node &Tasks"), menu);
    m_backupMenu = new QMenu(OpsGuiTr::tr("&Backups"), menu);
    m_tasksMenu->setToolTipsVisible(true);
    m_backupMenu->setToolTipsVisible(true);
    for (OperationType type : allOperationTypes()) {
        auto *a = new QAction(operationTitle(type), this);
        a->setObjectName(QLatin1String("op-") + operationKey(type));
        connect(a, &QAction::triggered, this, [this, type] { runFromMenu(type); });
        m_actions.insert(int(type), a);
        if (isNodeTask(type)) {
            m_tasksMenu->addAction(a);
        } else if (type >= OperationType::Backup) {
            m_backupMenu->addAction(a);
        } else {
            menu->addAction(a);
            if (type == OperationType::Scale || type == OperationType::ResumeDatacenter) {
                menu->addSeparator();
            }
        }
    }
    m_repairAction = new QAction(OpsGuiTr::tr("&Repair…"), this);
    m_repairAction->setObjectName(QStringLiteral("op-repair"));
    connect(m_repairAction, &QAction::triggered, this, [this] {
        const QModelIndex cluster = selectedCluster();
        if (!cluster.isValid()) {
            QMessageBox::information(m_window, OpsGuiTr::tr("Repair"), OpsGuiTr::tr("Select a cluster in the project tree first."));
            return;
        }
        openRepair(cluster.data(ProjectTreeModel::ContextNameRole).toString(), cluster.data(ProjectTreeModel::NamespaceRole).toString(),
                   cluster.data().toString());
    });
    m_actions.insert(-1, m_repairAction);
    m_repairSchedulesAction = new QAction(OpsGuiTr::tr("Repair &Schedules…"), this);
    m_repairSchedulesAction->setObjectName(QStringLiteral("op-repair-schedules"));
    connect(m_repairSchedulesAction, &QAction::triggered, this, [this] {
        const QModelIndex cluster = selectedCluster();
        if (!cluster.isValid()) {
            QMessageBox::information(m_window, OpsGuiTr::tr("Repair Schedules"), OpsGuiTr::tr("Select a cluster in the project tree first."));
            return;
        }
        openRepair(cluster.data(ProjectTreeModel::ContextNameRole).toString(), cluster.data(ProjectTreeModel::NamespaceRole).toString(),
                   cluster.data().toString(), true);
    });
    m_actions.insert(-2, m_repairSchedulesAction);
    action(OperationType::Upgrade)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    action(OperationType::Restart)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action(OperationType::Backup)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    menu->addMenu(m_tasksMenu);
    menu->addMenu(m_backupMenu);
    menu->addAction(m_repairAction);
    menu->addAction(m_repairSchedulesAction);
    connect(menu, &QMenu::aboutToShow, this, &OpsController::updateActions);
    QTreeView *view = m_window->projectDock()->view();
    if (view->selectionModel()) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OpsController::updateActions);
    }

    m_settingsAction->setObjectName(QStringLiteral("settings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    m_window->toolsMenu()->addAction(m_settingsAction);

    m_paletteAction->setObjectName(QStringLiteral("commandPalette"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_paletteAction, &QAction::triggered, this, [this] { m_palette->popup(paletteEntries()); });
    m_window->toolsMenu()->addAction(m_paletteAction);

    m_window->projectDock()->addMenuExtension([this](QMenu *m, const QModelIndex &index) { addTreeMenu(m, index); });
}

QModelIndex OpsController::selectedCluster() const
{
    QTreeView *view = m_window->projectDock()->view();
    QModelIndex index = view->currentIndex();
    if (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model())) {
        index = proxy->mapToSource(index);
    }
    return clusterAbove(index);
}

void OpsController::updateActions()
{
    const QModelIndex cluster = selectedCluster();
    const QString context = cluster.data(ProjectTreeModel::ContextNameRole).toString();
    const bool readOnly = cluster.isValid() && cluster.data(ProjectTreeModel::ReadOnlyRole).toBool();
    for (QAction *a : std::as_const(m_actions)) {
        a->setEnabled(cluster.isValid() && !readOnly);
        a->setToolTip(!cluster.isValid() ? OpsGuiTr::tr("Select a cluster in the project tree.")
                      : readOnly         ? readOnlyTip(context)
                                         : OpsGuiTr::tr("On cluster %1 (context %2)").arg(cluster.data().toString(), context));
    }
}

void OpsController::runFromMenu(OperationType type)
{
    QTreeView *view = m_window->projectDock()->view();
    QModelIndex index = view->currentIndex();
    if (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model())) {
        index = proxy->mapToSource(index);
    }
    const QModelIndex cluster = clusterAbove(index);
    if (!cluster.isValid()) {
        QMessageBox::information(m_window, operationTitle(type), OpsGuiTr::tr("Select a cluster in the project tree first."));
        return;
    }
    openOperation(type, cluster.data(ProjectTreeModel::ContextNameRole).toString(), cluster.data(ProjectTreeModel::NamespaceRole).toString(),
                  cluster.data().toString(), scopeOf(index));
}

void OpsController::addTreeMenu(QMenu *menu, const QModelIndex &index)
{
    const QList<OperationType> types = typesFor(kindOf(index));
    const QModelIndex cluster = clusterAbove(index);
    if (types.isEmpty() || !cluster.isValid()) {
        return;
    }
    const QString context = cluster.data(ProjectTreeModel::ContextNameRole).toString();
    const QString ns = cluster.data(ProjectTreeModel::NamespaceRole).toString();
    const QString name = cluster.data().toString();
    const bool readOnly = index.data(ProjectTreeModel::ReadOnlyRole).toBool();
    const Scope scope = scopeOf(index);
    menu->addSeparator();
    QMenu *ops = menu->addMenu(OpsGuiTr::tr("&Operations"));
    ops->setObjectName(QStringLiteral("operationsMenu"));
    ops->setToolTipsVisible(true);
    menu->setToolTipsVisible(true);
    if (readOnly) {
        ops->setToolTip(readOnlyTip(context));
    }
    for (OperationType type : types) {
        QAction *a = ops->addAction(operationTitle(type));
        a->setObjectName(QLatin1String("op-") + operationKey(type));
        a->setEnabled(!readOnly);
        if (readOnly) {
            a->setToolTip(readOnlyTip(context));
        }
        connect(a, &QAction::triggered, this, [this, type, context, ns, name, scope] { openOperation(type, context, ns, name, scope); });
    }
    if (kindOf(index) == Kind::Cluster || kindOf(index) == Kind::Datacenter) {
        QAction *repair = ops->addAction(OpsGuiTr::tr("Repair…"));
        repair->setObjectName(QStringLiteral("op-repair"));
        connect(repair, &QAction::triggered, this, [this, context, ns, name] { openRepair(context, ns, name); });
        QAction *schedules = ops->addAction(OpsGuiTr::tr("Repair Schedules…"));
        schedules->setObjectName(QStringLiteral("op-repair-schedules"));
        connect(schedules, &QAction::triggered, this, [this, context, ns, name] { openRepair(context, ns, name, true); });
        for (QAction *a : {repair, schedules}) {
            a->setEnabled(!readOnly);
            if (readOnly) {
                a->setToolTip(readOnlyTip(context));
            }
        }
    }
}

RepairDialog *OpsController::openRepair(const QString &context, const QString &nameSpace, const QString &cluster, bool schedules)
{
    RepairDialog::Options o;
    o.context = context;
    o.nameSpace = nameSpace;
    o.cluster = cluster;
    o.guard = writeGuard();
    o.liveGuard = [ctl = QPointer<OpsController>(this), fallback = o.guard] { return ctl ? ctl->writeGuard() : fallback; };
    o.pollMs = std::max(m_pollMs, 200);
    const QPointer<MainWindow> window = m_window;
    auto *dialog = new RepairDialog(
        o,
        [window](const QString &ctx, QString *why) -> KubeClient * {
            if (!window) {
                *why = OpsTr::tr("the window is closed");
                return nullptr;
            }
            return window->clientFor(ctx, why);
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (schedules) {
        dialog->showSchedules();
    }
    dialog->show();
    return dialog;
}

OperationDialog *OpsController::openOperation(OperationType type, const QString &context, const QString &nameSpace, const QString &cluster,
                                              const Scope &scope)
{
    OperationDialog::Options o;
    o.type = type;
    o.context = context;
    o.nameSpace = nameSpace;
    o.cluster = cluster;
    o.scope = scope;
    o.guard = writeGuard();
    o.pollMs = m_pollMs;
    o.localContexts = m_window->kubeconfig().contextNames();
    const QPointer<MainWindow> window = m_window;
    auto *dialog = new OperationDialog(
        o,
        [window](const QString &ctx, QString *why) -> KubeClient * {
            if (!window) {
                *why = OpsTr::tr("the window is closed");
                return nullptr;
            }
            return window->clientFor(ctx, why);
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OperationDialog::operationFinished, this, [this, dialog](bool ok, const QString &summary, const QString &message) {
        const bool cancelled = dialog->runner() && dialog->runner()->phase() == OperationRunner::Phase::Cancelled;
        const QString title = ok ? OpsGuiTr::tr("Operation finished") : cancelled ? OpsGuiTr::tr("Operation cancelled") : OpsGuiTr::tr("Operation failed");
        notify(title, summary + u'\n' + message, !ok && !cancelled);
    });
    dialog->show();
    return dialog;
}

void OpsController::notify(const QString &title, const QString &message, bool critical)
{
    m_window->statusBar()->showMessage(title + QLatin1String(": ") + message.section(u'\n', 0, 0), 10000);
    if (m_tray && m_window->settings().notificationsEnabled()) {
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
    }
    Q_EMIT notified(title, message);
}

SettingsDialog *OpsController::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    QStringList contexts;
    for (const KubeContext &c : m_window->kubeconfig().contexts) {
        contexts << c.name;
    }
    m_settingsDialog = new SettingsDialog(m_window->settings(), contexts, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::applied, this, [this] {
        refreshReadOnly();
        m_alertTimer->setInterval(m_window->settings().refreshIntervalSeconds() * 1000);
    });
    m_settingsDialog->show();
    return m_settingsDialog;
}

QList<PaletteModel::Entry> OpsController::paletteEntries() const
{
    auto *self = const_cast<OpsController *>(this);
    self->m_paletteActions.clear();
    QList<PaletteModel::Entry> out;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        Q_EMIT menu->aboutToShow(); // menus that fill or enable their actions on show
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->isSeparator() || a->text().isEmpty() || a == m_paletteAction || !a->isVisible()) {
                continue;
            }
            QString text = a->text();
            text.remove(u'&');
            const QString full = path.isEmpty() ? text : path + QStringLiteral(" › ") + text;
            if (a->menu()) {
                walk(a->menu(), full);
                continue;
            }
            PaletteModel::Entry e;
            e.id = QStringLiteral("action:%1").arg(self->m_paletteActions.size());
            e.text = full;
            e.detail = a->shortcut().toString(QKeySequence::NativeText);
            e.icon = a->icon();
            e.enabled = a->isEnabled();
            self->m_paletteActions << a;
            out << e;
        }
    };
    const QList<QAction *> top = m_window->menuBar()->actions();
    for (QAction *a : top) {
        if (a->menu()) {
            QString text = a->text();
            text.remove(u'&');
            walk(a->menu(), text);
        }
    }
    // Every cluster the tree knows.
    ProjectTreeModel *model = m_window->projectModel();
    std::function<void(const QModelIndex &)> clusters = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex i = model->index(row, 0, parent);
            const Kind k = kindOf(i);
            if (k == Kind::Cluster) {
                const QString context = i.data(ProjectTreeModel::ContextNameRole).toString();
                const QString ns = i.data(ProjectTreeModel::NamespaceRole).toString();
                PaletteModel::Entry e;
                e.id = QStringLiteral("cluster:") + context + u'\n' + ns + u'\n' + i.data().toString();
                e.text = OpsGuiTr::tr("Open cluster %1").arg(i.data().toString());
                e.detail = QStringLiteral("%1 · %2").arg(ns, context);
                e.icon = i.data(Qt::DecorationRole).value<QIcon>();
                out << e;
            } else if (k == Kind::Context || k == Kind::Project) {
                clusters(i);
            }
        }
    };
    clusters({});
    return out;
}

void OpsController::triggerPaletteEntry(const QString &id)
{
    if (id.startsWith(QLatin1String("action:"))) {
        const int i = id.mid(7).toInt();
        if (i >= 0 && i < m_paletteActions.size() && m_paletteActions.at(i)) {
            m_paletteActions.at(i)->trigger();
        }
    } else if (id.startsWith(QLatin1String("cluster:"))) {
        const QStringList parts = id.mid(8).split(u'\n');
        if (parts.size() == 3) {
            m_window->openClusterPage(parts.at(0), parts.at(1), parts.at(2));
        }
    }
}

} // namespace Ringside::Operations
