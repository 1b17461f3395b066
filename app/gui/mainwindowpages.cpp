// MainWindow: the File menu's editor actions and the pages opened from the project tree (object YAML, metrics).
#include "mainwindow.h"
#include "models/editor/liveobject.h"

#include "appsettings.h"
#include "charts/dashboardpage.h"
#include "models/charts/dashboardmodel.h"
#include "charts/timerangebar.h"
#include "contextsessions.h"
#include "editor/applybar.h"
#include "editor/yamleditorpane.h"
#include "guitr.h"
#include "logs/logviewer.h"
#include "models/editor/templatecatalog.h"
#include "models/logs/logmodel.h"
#include "models/projecttreemodel.h"
#include "workspace.h"

#include "kube/kubeclient.h"
#include "metrics/promclient.h"
#include "yaml/yamljson.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Ringside {

void MainWindow::createFileActions(QMenu *file)
{
    QAction *newYaml = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), GuiTr::tr("&New YAML"));
    newYaml->setShortcut(QKeySequence::New);
    connect(newYaml, &QAction::triggered, this, [this] { m_workspace->newEditor(); });
    QMenu *templates = file->addMenu(GuiTr::tr("New from &Template"));
    const QList<Editor::YamlTemplate> infos = Editor::yamlTemplates();
    for (const Editor::YamlTemplate &t : infos) {
        QAction *a = templates->addAction(t.title);
        a->setToolTip(t.description);
        connect(a, &QAction::triggered, this, [this, id = t.id] { m_workspace->newEditorFromTemplate(id); });
    }
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), GuiTr::tr("&Open YAML…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, GuiTr::tr("Open YAML"), QString(),
                                                          GuiTr::tr("YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        QString error;
        if (!m_workspace->openFile(path, &error)) {
            QMessageBox::warning(this, GuiTr::tr("Cannot Open"), error);
        }
    });
    QAction *save = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), GuiTr::tr("&Save"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        if (Editor::YamlEditorPane *pane = m_workspace->currentEditor()) {
            pane->save();
        }
    });
    QAction *close = file->addAction(GuiTr::tr("&Close Tab"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, [this] { m_workspace->closeTab(m_workspace->currentIndex()); });
    file->addSeparator();
    QAction *prometheus = file->addAction(GuiTr::tr("&Metrics Source for This Context…"));
    connect(prometheus, &QAction::triggered, this, [this] {
        const QString context = activeContext();
        if (context.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString url = QInputDialog::getText(
            this, GuiTr::tr("Metrics Source"),
            GuiTr::tr("Prometheus-compatible API for %1 (Prometheus, Mimir, Thanos), e.g. http://127.0.0.1:9090:").arg(context),
            QLineEdit::Normal, m_settings.prometheusUrl(context), &ok);
        if (ok) {
            m_settings.setPrometheusUrl(context, url);
        }
    });
    file->addSeparator();
}

KubeClient *MainWindow::clientFor(const QString &context, QString *why)
{
    if (!m_config.context(context)) {
        *why = GuiTr::tr("There is no context %1 in the kubeconfig.").arg(context);
        return nullptr;
    }
    m_sessions->connectContext(context);
    KubeClient *client = m_sessions->client(context);
    if (!client) {
        const QString error = m_model->indexOfContext(context).data(ProjectTreeModel::ErrorTextRole).toString();
        *why = error.isEmpty() ? GuiTr::tr("%1 is not connected.").arg(context) : GuiTr::tr("%1 cannot connect: %2").arg(context, error);
    }
    return client;
}

void MainWindow::openObjectYaml(const QModelIndex &index)
{
    const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
    const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
    const QString ns = index.data(ProjectTreeModel::NamespaceRole).toString();
    ResourceRef ref;
    QString title;
    if (kind == ProjectTreeModel::NodeKind::Datacenter) {
        const QString name = index.data(ProjectTreeModel::ObjectNameRole).toString();
        ref = ResourceRef{QStringLiteral("cassandra.datastax.com"), QStringLiteral("v1beta1"), QStringLiteral("cassandradatacenters"), ns, name, {}};
        title = QStringLiteral("cassdc/%1").arg(name);
    } else if (kind == ProjectTreeModel::NodeKind::Project) {
        ref = ResourceRef::core(QStringLiteral("namespaces"), {}, ns);
        title = QStringLiteral("namespace/%1").arg(ns);
    } else {
        return;
    }
    QString why;
    KubeClient *client = clientFor(context, &why);
    if (!client) {
        QMessageBox::warning(this, GuiTr::tr("Cannot Open %1").arg(title), why);
        return;
    }
    statusBar()->showMessage(GuiTr::tr("Reading %1 from %2…").arg(title, context));
    client->get(
        ref, this,
        [this, context, ns, title](const KubeResponse &response) {
            statusBar()->clearMessage();
            const QString text = QString::fromUtf8(Yaml::emit(Editor::editableObject(response.object)));
            m_workspace->newEditor(text, context, ns, QStringLiteral("%1 · %2").arg(title, context));
        },
        [this, title](const KubeError &error) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, GuiTr::tr("Cannot Open %1").arg(title), error.toString());
        });
}

Metrics::PromClient *MainWindow::prometheusFor(const QString &context, QString *why)
{
    const QString url = m_settings.prometheusUrl(context);
    if (Metrics::PromClient *existing = m_prometheus.value(context)) {
        if (m_prometheusUrls.value(context) == url) {
            return existing;
        }
        // The setting changed (Settings dialog): new pages get a new client; open pages keep theirs (a child of the
        // window, so it lives as long as they can).
        m_prometheus.remove(context);
    }
    if (url.isEmpty()) {
        *why = GuiTr::tr("No metrics source is set for %1. Set its Prometheus, Mimir or Thanos URL with File › Metrics "
                         "Source for This Context.").arg(context);
        return nullptr;
    }
    auto config = Metrics::PromConfig::fromUrl(url, why);
    if (!config) {
        return nullptr;
    }
    auto *client = new Metrics::PromClient(*config, {}, this);
    m_prometheus.insert(context, client);
    m_prometheusUrls.insert(context, url);
    return client;
}

void MainWindow::openMetrics(const QModelIndex &index)
{
    const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
    const auto kind = index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>();
    Metrics::Selector selector;
    if (kind == ProjectTreeModel::NodeKind::Cluster) {
        selector.cluster = index.data(Qt::DisplayRole).toString();
    } else if (kind == ProjectTreeModel::NodeKind::Datacenter) {
        selector.cluster = index.parent().data(Qt::DisplayRole).toString();
        selector.datacenter = index.data(Qt::DisplayRole).toString();
    } else {
        return;
    }
    QString why;
    Metrics::PromClient *client = prometheusFor(context, &why);
    if (!client) {
        QMessageBox::information(this, GuiTr::tr("Metrics"), why);
        return;
    }
    const QString key = QStringLiteral("metrics/%1/%2/%3").arg(context, selector.cluster, selector.datacenter);
    if (m_workspace->page(key)) {
        m_workspace->addPage(key, m_workspace->page(key), QString());
        return;
    }
    auto *page = new Charts::DashboardPage(Charts::DashboardModel::Kind::Cluster);
    page->setClient(client);
    page->setSelector(selector);
    const std::chrono::seconds refresh(m_settings.metricsRefreshSeconds()); // Tools › Settings
    page->timeBar()->setAutoRefresh(refresh);
    page->model()->setAutoRefresh(page->timeBar()->autoRefresh());
    const QString title = selector.datacenter.isEmpty() ? GuiTr::tr("Metrics: %1").arg(selector.cluster)
                                                        : GuiTr::tr("Metrics: %1/%2").arg(selector.cluster, selector.datacenter);
    m_workspace->addPage(key, page, title, QIcon::fromTheme(QStringLiteral("view-statistics")));
}

} // namespace Ringside

namespace Ringside {

namespace {
void collectPods(const QModelIndex &index, QStringList *pods)
{
    if (index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>() == ProjectTreeModel::NodeKind::Node) {
        pods->append(index.data(ProjectTreeModel::ObjectNameRole).toString());
        return;
    }
    const QAbstractItemModel *model = index.model();
    for (int row = 0; row < model->rowCount(index); ++row) {
        collectPods(model->index(row, 0, index), pods);
    }
}
} // namespace

void MainWindow::openLogs(const QModelIndex &index)
{
    const QString context = index.data(ProjectTreeModel::ContextNameRole).toString();
    const QString ns = index.data(ProjectTreeModel::NamespaceRole).toString();
    QStringList pods;
    collectPods(index, &pods);
    if (pods.isEmpty()) {
        QMessageBox::information(this, GuiTr::tr("Logs"), GuiTr::tr("%1 has no nodes yet.").arg(index.data().toString()));
        return;
    }
    QString why;
    KubeClient *client = clientFor(context, &why);
    if (!client) {
        QMessageBox::warning(this, GuiTr::tr("Logs"), why);
        return;
    }
    const QString key = QStringLiteral("logs/%1/%2/%3").arg(context, ns, pods.join(u','));
    if (QWidget *existing = m_workspace->page(key)) {
        m_workspace->setCurrentWidget(existing);
        return;
    }
    auto *viewer = new Logs::LogViewer;
    viewer->logModel()->setCapacity(m_settings.logBufferLines());
    viewer->setSources(client, Logs::LogViewer::systemLoggerSources(ns, pods));
    viewer->setFollow(true);
    connect(viewer, &Logs::LogViewer::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The viewer reads through the context's client: it closes when the context disconnects.
    connect(client, &QObject::destroyed, viewer, [viewer] { delete viewer; });
    const QString title = pods.size() == 1 ? GuiTr::tr("Logs: %1").arg(pods.constFirst())
                                           : GuiTr::tr("Logs: %1 (%n node(s))", nullptr, int(pods.size())).arg(index.data().toString());
    m_workspace->addPage(key, viewer, title, QIcon::fromTheme(QStringLiteral("text-x-log")));
}

} // namespace Ringside
