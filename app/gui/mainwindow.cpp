#include "mainwindow.h"

#include "appsettings.h"
#include "contextsessions.h"
#include "guitr.h"
#include "logging.h"
#include "models/projecttreemodel.h"
#include "projectdock.h"
#include "welcomepage.h"
#include "workspace.h"

#include "cassandra/ops/guard.h"
#include "kubeconfig/kubeconfigwriter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace Ringside {

MainWindow::MainWindow(AppSettings &settings, const KubeconfigLoadingRules &rules, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_rules(rules)
    , m_model(new ProjectTreeModel(this))
    , m_sessions(new ContextSessions(m_model, this))
    , m_dock(new ProjectDock(m_model, this))
    , m_welcome(new WelcomePage)
    , m_workspace(new Workspace(m_welcome, Editor::AutosaveStore()))
    , m_statusContext(new QLabel)
    , m_statusFiles(new QLabel)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(GuiTr::tr("Ringside"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ringside.svg")));
    setCentralWidget(m_workspace);
    m_workspace->setClientProvider([this](const QString &context, QString *why) { return clientFor(context, why); });
    m_workspace->setWriteCheck([this](const QString &context) {
        const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS"));
        return Cassandra::Ops::readOnlyContexts(env, m_settings.fileName()).contains(context)
                   ? GuiTr::tr("%1 is marked read-only (Tools › Settings): Ringside writes nothing to it.").arg(context)
                   : QString();
    });
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    statusBar()->addWidget(m_statusContext);
    statusBar()->addPermanentWidget(m_statusFiles);
    m_statusContext->setObjectName(QStringLiteral("statusContext"));

    connect(m_dock, &ProjectDock::contextActivated, this, &MainWindow::setActiveContext);
    connect(m_dock, &ProjectDock::makeCurrentRequested, this, &MainWindow::makeCurrentContext);
    connect(m_dock, &ProjectDock::connectRequested, this, [this](const QString &context, bool retry) {
        if (retry) {
            m_sessions->retry(context);
        } else {
            m_sessions->connectContext(context);
        }
    });
    connect(m_dock, &ProjectDock::disconnectRequested, m_sessions, &ContextSessions::disconnectContext);
    connect(m_dock, &ProjectDock::clusterActivated, this, &MainWindow::openClusterPage);
    connect(m_dock, &ProjectDock::openRequested, this, [this](ProjectDock::Open what, const QModelIndex &index) {
        switch (what) {
        case ProjectDock::Open::Yaml: openObjectYaml(index); break;
        case ProjectDock::Open::Metrics: openMetrics(index); break;
        case ProjectDock::Open::Logs: openLogs(index); break;
        }
    });
    connect(m_sessions, &ContextSessions::connectionChanged, this, [this](const QString &context, const QString &error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(GuiTr::tr("Connected to %1").arg(context), 4000);
            if (context == activeContext()) {
                // After the view has taken in the new rows.
                QTimer::singleShot(0, this, [this, context] { m_dock->expandContext(context, 3); });
            }
        } else {
            statusBar()->showMessage(GuiTr::tr("Cannot connect to %1: %2").arg(context, error), 10000);
        }
    });

    m_reloadDebounce->setSingleShot(true);
    m_reloadDebounce->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadDebounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadDebounce, qOverload<>(&QTimer::start));
    connect(m_reloadDebounce, &QTimer::timeout, this, &MainWindow::reloadKubeconfig);

    createActions();
    resize(1200, 760);
    restoreGeometry(m_settings.windowGeometry());
    if (!restoreState(m_settings.windowState())) {
        resizeDocks({m_dock}, {360}, Qt::Horizontal); // first start: room for context and cluster names
    }
    reloadKubeconfig();
    const QString remembered = m_settings.activeContext();
    if (!remembered.isEmpty() && m_config.context(remembered)) {
        setActiveContext(remembered);
    } else if (!activeContext().isEmpty()) {
        m_sessions->connectContext(activeContext()); // the kubeconfig's current context; the others wait until used
    }
}

MainWindow::~MainWindow() = default;

QString MainWindow::activeContext() const
{
    return m_model->activeContext();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(GuiTr::tr("&File"));
    createFileActions(file);
    QAction *reload = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), GuiTr::tr("&Reload Kubeconfig"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::reloadKubeconfig);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), GuiTr::tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_contextMenu = menuBar()->addMenu(GuiTr::tr("&Context"));
    m_contextGroup = new QActionGroup(this);
    m_contextGroup->setExclusive(true);
    m_clusterMenu = menuBar()->addMenu(GuiTr::tr("C&luster"));

    QMenu *view = menuBar()->addMenu(GuiTr::tr("&View"));
    m_viewMenu = view;
    QAction *toggleDock = m_dock->toggleViewAction();
    toggleDock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(toggleDock);
    QAction *focusFilter = view->addAction(GuiTr::tr("&Filter Projects"));
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->filterEdit()->setFocus();
    });

    m_toolsMenu = menuBar()->addMenu(GuiTr::tr("&Tools"));
    setupClusterPages();
    setupOperations();
    setupWizard();
    setupServices();

    QMenu *help = menuBar()->addMenu(GuiTr::tr("&Help"));
    QAction *about = help->addAction(GuiTr::tr("&About Ringside"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, GuiTr::tr("About Ringside"),
                           GuiTr::tr("<h3>Ringside %1</h3><p>Cassandra, HCD and DSE on Kubernetes, in one native window.</p>")
                               .arg(QStringLiteral(RINGSIDE_VERSION)));
    });
}

void MainWindow::rebuildContextMenu()
{
    m_contextMenu->clear();
    const QList<QAction *> old = m_contextGroup->actions();
    for (QAction *a : old) {
        m_contextGroup->removeAction(a);
        a->deleteLater();
    }
    if (m_config.contexts.isEmpty()) {
        m_contextMenu->addAction(GuiTr::tr("No contexts in the kubeconfig"))->setEnabled(false);
        return;
    }
    int n = 0;
    for (const KubeContext &c : std::as_const(m_config.contexts)) {
        QString label = c.name;
        label.replace(u'&', QLatin1String("&&"));
        if (c.name == m_config.currentContext) {
            label = GuiTr::tr("%1 (current-context)").arg(label);
        }
        QAction *a = m_contextMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(c.name == activeContext());
        a->setData(c.name);
        if (n < 9) {
            a->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + n)));
        }
        ++n;
        m_contextGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name = c.name] { setActiveContext(name); });
    }
    m_contextMenu->addSeparator();
    QAction *makeCurrent = m_contextMenu->addAction(GuiTr::tr("Make Active Context the kubeconfig's &Current Context"));
    makeCurrent->setEnabled(!activeContext().isEmpty() && activeContext() != m_config.currentContext);
    connect(makeCurrent, &QAction::triggered, this, [this] { makeCurrentContext(activeContext()); });
}

namespace {
// What the tree shows of a kubeconfig: when this is unchanged, a reload keeps the tree (and its expansion) as is.
QStringList treeSignature(const Kubeconfig &c)
{
    QStringList sig{c.currentContext};
    for (const KubeContext &x : c.contexts) {
        sig.append(x.name + u'\x1f' + x.cluster + u'\x1f' + x.user + u'\x1f' + x.nameSpace);
    }
    for (const KubeCluster &x : c.clusters) {
        sig.append(x.name + u'\x1f' + x.server);
    }
    for (const KubeconfigIssue &i : c.issues) {
        sig.append(i.toString());
    }
    return sig;
}
} // namespace

void MainWindow::reloadKubeconfig()
{
    Kubeconfig fresh = KubeconfigLoader::load(m_rules);
    const bool sameTree = !m_config.files.isEmpty() && treeSignature(fresh) == treeSignature(m_config) && fresh.files == m_config.files;
    m_config = std::move(fresh);
    if (sameTree) {
        m_sessions->setKubeconfig(m_config); // credentials may have changed; the tree has not
        watchFiles();
        return;
    }
    for (const KubeconfigIssue &issue : std::as_const(m_config.issues)) {
        qCWarning(lcGui).noquote() << issue.toString();
    }
    const QString active = activeContext();
    m_model->setKubeconfig(m_config);
    m_sessions->setKubeconfig(m_config);
    if (!active.isEmpty() && m_config.context(active)) {
        m_model->setActiveContext(active);
    }
    rebuildContextMenu();
    QStringList names;
    for (const KubeContext &c : std::as_const(m_config.contexts)) {
        names.append(c.name);
    }
    m_workspace->setContexts(names, activeContext());
    m_welcome->setKubeconfig(m_config, activeContext());
    m_dock->selectContext(activeContext());
    updateStatusBar();
    watchFiles();
}

void MainWindow::watchFiles()
{
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    QStringList paths;
    for (const QString &f : m_rules.precedence()) {
        if (QFileInfo::exists(f)) {
            paths.append(f);
        }
        const QString dir = QFileInfo(f).absolutePath();
        if (QFileInfo::exists(dir) && !paths.contains(dir)) {
            paths.append(dir); // editors and kubectl replace files by rename: watch the directory too
        }
    }
    if (!paths.isEmpty()) {
        m_watcher->addPaths(paths);
    }
}

void MainWindow::setActiveContext(const QString &name)
{
    if (!m_config.context(name)) {
        return;
    }
    m_model->setActiveContext(name);
    m_settings.setActiveContext(name);
    m_sessions->connectContext(name); // lazily: only the context the user works in connects
    for (QAction *a : m_contextGroup->actions()) {
        a->setChecked(a->data().toString() == name);
    }
    m_welcome->setKubeconfig(m_config, name);
    m_workspace->setContexts(m_workspace->contexts(), name);
    m_dock->selectContext(name);
    rebuildContextMenu();
    updateStatusBar();
}

bool MainWindow::makeCurrentContext(const QString &name)
{
    QString error;
    const QString file = KubeconfigWriter::setCurrentContext(m_rules, name, &error);
    if (file.isEmpty()) {
        QMessageBox::warning(this, GuiTr::tr("Cannot Change the Current Context"), error);
        return false;
    }
    statusBar()->showMessage(GuiTr::tr("current-context set to %1 in %2").arg(name, file), 5000);
    reloadKubeconfig();
    return true;
}

void MainWindow::updateStatusBar()
{
    const QString active = activeContext();
    if (active.isEmpty()) {
        m_statusContext->setText(GuiTr::tr("No context selected"));
    } else {
        const auto ctx = m_config.context(active);
        const QString ns = ctx && !ctx->nameSpace.isEmpty() ? ctx->nameSpace : QStringLiteral("default");
        m_statusContext->setText(GuiTr::tr("Context: %1 · namespace: %2").arg(active, ns));
    }
    const int errors = int(std::count_if(m_config.issues.cbegin(), m_config.issues.cend(),
                                         [](const KubeconfigIssue &i) { return i.severity == KubeconfigIssue::Severity::Error; }));
    QString files = GuiTr::tr("%n kubeconfig file(s)", nullptr, int(m_config.files.size()));
    if (errors > 0) {
        files += u" · " + GuiTr::tr("%n problem(s)", nullptr, errors);
    }
    m_statusFiles->setText(files);
    m_statusFiles->setToolTip(m_config.files.join(u'\n'));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workspace->closeAll()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace Ringside
