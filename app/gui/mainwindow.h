#pragma once

#include "kubeconfig/kubeconfigloader.h"

#include <QMainWindow>

class QActionGroup;
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
    ContextSessions *sessions() const { return m_sessions; }
    const Kubeconfig &kubeconfig() const { return m_config; }
    QString activeContext() const;

    /*! Re-reads the kubeconfig files (also done automatically when they change on disk). */
    void reloadKubeconfig();
    /*! Makes \a name the context Ringside works in (not the kubeconfig's current-context). */
    void setActiveContext(const QString &name);
    /*! Writes \a name as current-context to the kubeconfig file that owns it, as kubectl does. */
    bool makeCurrentContext(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildContextMenu();
    void updateStatusBar();
    void watchFiles();

    AppSettings &m_settings;
    KubeconfigLoadingRules m_rules;
    Kubeconfig m_config;
    ProjectTreeModel *m_model;
    ContextSessions *m_sessions;
    ProjectDock *m_dock;
    WelcomePage *m_welcome;
    QMenu *m_contextMenu = nullptr;
    QActionGroup *m_contextGroup = nullptr;
    QLabel *m_statusContext;
    QLabel *m_statusFiles;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadDebounce;
};

} // namespace Ringside
