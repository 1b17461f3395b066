#pragma once

// The operations feature of the main window: the Cluster menu's operations and the tree's context menu entries,
// the alerts dock, desktop notifications, Tools › Settings and the command palette (Ctrl+K).

#include "gui/ops/opforms.h"
#include "models/ops/palettemodel.h"

#include "cassandra/ops/guard.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QModelIndex;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace Ringside {
class Informer;
class MainWindow;
} // namespace Ringside

namespace Ringside::Operations {

class AlertMonitor;
class CommandPalette;
class OperationDialog;
class RepairDialog;
class SettingsDialog;

/*! Owned by the main window (a child QObject); find it with OpsController::of(). \since 0.1 */
class OpsController : public QObject
{
    Q_OBJECT
public:
    explicit OpsController(MainWindow *window);
    ~OpsController() override;

    static OpsController *of(const MainWindow *window);

    /*! RINGSIDE_READ_ONLY_CONTEXTS plus the read-only contexts of the window's settings file (through the core). */
    Cassandra::Ops::WriteGuard writeGuard() const;
    /*! Re-reads the read-only contexts (after the settings changed) and updates the tree badge and the actions. */
    void refreshReadOnly();

    /*! Opens the dialog of \a type for \a cluster; returns it (it deletes itself when closed). */
    OperationDialog *openOperation(OperationType type, const QString &context, const QString &nameSpace, const QString &cluster,
                                   const Scope &scope = {});
    /*! How often operation dialogs read the progress (default 1000 ms). */
    void setPollInterval(int ms) { m_pollMs = ms; }
    /*! Opens the repair dialog (Reaper) of \a cluster. */
    RepairDialog *openRepair(const QString &context, const QString &nameSpace, const QString &cluster, bool schedules = false);
    QAction *repairAction() const { return m_repairAction; }
    /*! Cluster › Repair Schedules…: the repair dialog on its Schedules tab. */
    QAction *repairSchedulesAction() const { return m_repairSchedulesAction; }
    /*! The Cluster menu action of \a type. */
    QAction *action(OperationType type) const { return m_actions.value(int(type)); }
    /*! The cluster item selected in the tree (or the cluster above the selected item); invalid when none. */
    QModelIndex selectedCluster() const;

    AlertMonitor *alerts() const { return m_alerts; }
    QDockWidget *alertsDock() const { return m_alertsDock; }
    QTableView *alertsView() const { return m_alertsView; }
    /*! Evaluates the alert rules now (status of connected contexts; PromQL where a metrics URL is set). */
    void evaluateAlerts();
    /*! Selects the node of the alert at \a row of the alerts model in the project tree; false when not found. */
    bool showAlertNode(int row);

    CommandPalette *palette() const { return m_palette; }
    QAction *paletteAction() const { return m_paletteAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    /*! Every command the palette offers now. */
    QList<PaletteModel::Entry> paletteEntries() const;
    /*! Opens Tools › Settings (modeless; returns it). */
    SettingsDialog *openSettings();

    /*! Shows a desktop notification when the tray is available; emitted as notified() in any case. */
    void notify(const QString &title, const QString &message, bool critical = false);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    void createActions();
    void addTreeMenu(QMenu *menu, const QModelIndex &index);
    void updateActions();
    void runFromMenu(OperationType type);
    void triggerPaletteEntry(const QString &id);
    void watchContext(const QString &context);
    void scheduleEvaluation();

    MainWindow *m_window;
    QHash<int, QAction *> m_actions;
    QMenu *m_tasksMenu = nullptr;
    QMenu *m_backupMenu = nullptr;
    AlertMonitor *m_alerts;
    QDockWidget *m_alertsDock;
    QTableView *m_alertsView;
    QTimer *m_alertTimer;
    QTimer *m_alertDebounce;
    CommandPalette *m_palette;
    QAction *m_paletteAction;
    QAction *m_settingsAction;
    QAction *m_repairAction = nullptr;
    QAction *m_repairSchedulesAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QSystemTrayIcon *m_tray = nullptr;
    struct Watch
    {
        QObject *client = nullptr;
        std::shared_ptr<Informer> datacenters;
        std::shared_ptr<Informer> pods;
    };
    QHash<QString, Watch> m_watches;
    QList<QPointer<QAction>> m_paletteActions;
    bool m_evaluating = false;
    int m_pollMs = 1000;
};

} // namespace Ringside::Operations
