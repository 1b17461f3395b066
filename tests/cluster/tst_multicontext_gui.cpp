// A cluster whose datacenters live in two contexts, against two in-process sandboxes (issue 7): "west" holds the
// MissionControlCluster "shop" (dc1 there, dc2 with k8sContext "east-k8s", which a ClientConfig names "east") and
// "east" holds dc2's CassandraDatacenter, applied by the test as k8ssandra-operator would (the sandbox's operator
// cannot reach another sandbox). The tree shows "shop" once with "dc2 · east" under it, connecting east lazily when
// the cluster is expanded; a datacenter in a context that cannot connect shows the error. The cluster page lists
// the nodes of both datacenters. Screenshots of the tree and the page in light and dark, models asserted.
#include "multicontextworld.h"
#include "testsupport.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/cluster/clusterpage.h"
#include "gui/logs/logviewer.h"
#include "models/logs/logmodel.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/settingsdialog.h"
#include "gui/projectdock.h"
#include "gui/screenshot.h"
#include "gui/workspace.h"
#include "models/cluster/clusterrows.h"
#include "models/cluster/rowtablemodel.h"
#include "models/ops/clusterloader.h"
#include "models/projecttreemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Ringside;
using namespace Ringside::Test::MultiContext;
using Ringside::Cluster::ClusterPage;
using Ringside::Cluster::RowTableModel;
using Ringside::Cluster::TableRow;

namespace {
const QString West = QStringLiteral("west");
const QString East = QStringLiteral("east");
const QString Gone = QStringLiteral("gone");
const QString Ns = Test::Op::Ns;

QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex c = model->index(i, 0, parent);
        if (c.data().toString() == text) {
            return c;
        }
    }
    return {};
}

// Every item of the tree whose text is \a text.
int countItems(const QAbstractItemModel *model, const QString &text, ProjectTreeModel::NodeKind kind, const QModelIndex &parent = {})
{
    int n = 0;
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex c = model->index(i, 0, parent);
        if (c.data().toString() == text && c.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>() == kind) {
            ++n;
        }
        n += countItems(model, text, kind, c);
    }
    return n;
}

QString status(const QModelIndex &index)
{
    return index.siblingAtColumn(ProjectTreeModel::StatusColumn).data().toString();
}
} // namespace

class TestMultiContextGui : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_west;
    Test::SandboxFixture m_east;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void shoot(QWidget *widget, const QString &name)
    {
        for (bool dark : {false, true}) {
            const QPalette before = widget->palette();
            if (dark) {
                widget->setPalette(Operations::darkPalette());
            }
            QTest::qWait(50);
            const QString path = Test::outputPath(QStringLiteral("screenshots/%1-%2.png").arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
            QCOMPARE(saveWidgetPng(widget, path), QString());
            widget->setPalette(before);
        }
    }

    QModelIndex shopIndex() const
    {
        ProjectTreeModel *model = m_window->projectModel();
        return child(model, child(model, model->indexOfContext(West), Ns), QStringLiteral("shop"));
    }

    // Expands \a source (a ProjectTreeModel index) in the dock's view, as a click on its arrow does.
    void expand(const QModelIndex &source)
    {
        QTreeView *view = m_window->projectDock()->view();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        QVERIFY(proxy);
        QList<QModelIndex> chain;
        for (QModelIndex i = proxy->mapFromSource(source); i.isValid(); i = i.parent()) {
            chain.prepend(i);
        }
        for (const QModelIndex &i : std::as_const(chain)) {
            view->expand(i);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(Test::Op::startWorld(m_west, &error), qPrintable(error));
        QVERIFY2(Test::Op::startWorld(m_east, &error), qPrintable(error));
        QVERIFY(m_west.port() != m_east.port());

        // west: east's ClientConfig (the sandbox serves k8ssandra-operator's ClientConfig CRD, as a control plane does).
        const QString clientConfigs = QStringLiteral("/apis/config.k8ssandra.io/v1beta1/namespaces/%1/clientconfigs").arg(Ns);
        QTRY_COMPARE_WITH_TIMEOUT(m_west.get(clientConfigs).status, 200, 10000);
        QCOMPARE(m_west.post(clientConfigs, json(EastClientConfig)).status, 201);

        // shop: dc1 in west, dc2 in east-k8s (east). lost: one datacenter in "gone", which cannot connect.
        QJsonObject shop = withDatacenter(Test::Op::mcc(QStringLiteral("shop"), QStringLiteral("4.1.5"), 1, 1),
                                          remoteDatacenter(QStringLiteral("shop-dc2"), QStringLiteral("dc2"), QStringLiteral("east-k8s"), 2));
        QVERIFY(Test::Op::createAndWait(m_west, shop, 30000));
        const QJsonObject lost = withDatacenter(Test::Op::mcc(QStringLiteral("lost"), QStringLiteral("4.1.5"), 1, 1),
                                                remoteDatacenter(QStringLiteral("lost-dc1"), QStringLiteral("dc1"), Gone, 1), true);
        QCOMPARE(m_west.post(Test::Op::mccPath(), lost).status, 201);

        // east: dc2's CassandraDatacenter, as k8ssandra-operator would create it there; its cass-operator runs it.
        const QJsonObject dc1 = Test::Op::getJson(m_west, Test::Op::dcPath(QStringLiteral("shop-dc1")));
        QVERIFY(!dc1.isEmpty());
        QCOMPARE(m_east.post(Test::Op::dcPath(), remoteCassandraDatacenter(dc1, QStringLiteral("shop-dc2"), QStringLiteral("dc2"), 2)).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(Test::Op::dcReady(m_east, QStringLiteral("shop-dc2")), 30000);

        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY2(mergeKubeconfigs({{m_west.kubeconfigPath(), West}, {m_east.kubeconfigPath(), East}}, Gone, 1, m_kubeconfig, &error), qPrintable(error));

        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings, KubeconfigLoadingRules::fromEnvironment(m_kubeconfig));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_window->resize(1400, 860);
        m_window->show();
        m_window->setActiveContext(West);
    }

    void treeShowsTheClusterOnceWithEachDatacenter()
    {
        ProjectTreeModel *model = m_window->projectModel();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        // Only west connects: dc2 is there, marked with its context, waiting for it.
        QModelIndex dc2;
        QTRY_VERIFY_WITH_TIMEOUT((dc2 = child(model, shopIndex(), QStringLiteral("dc2 · east"))).isValid(), 20000);
        QCOMPARE(model->indexOfContext(East).data(ProjectTreeModel::ConnectionStateRole).value<ProjectTreeModel::ConnectionState>(),
                 ProjectTreeModel::ConnectionState::NotConnected);
        QCOMPARE(status(dc2), QStringLiteral("not connected"));
        QVERIFY(dc2.data(Qt::ToolTipRole).toString().contains(QLatin1String("k8sContext east-k8s")));
        QCOMPARE(dc2.data(ProjectTreeModel::ContextNameRole).toString(), East);

        // Expanding the cluster connects east; dc2 fills in with its racks and nodes from east's informers.
        expand(shopIndex());
        QTRY_VERIFY_WITH_TIMEOUT(status(child(model, shopIndex(), QStringLiteral("dc2 · east"))).endsWith(QLatin1String("2/2 up")), 30000);
        dc2 = child(model, shopIndex(), QStringLiteral("dc2 · east"));
        QCOMPARE(model->indexOfContext(East).data(ProjectTreeModel::ConnectionStateRole).value<ProjectTreeModel::ConnectionState>(),
                 ProjectTreeModel::ConnectionState::Connected);
        QCOMPARE(model->rowCount(dc2), 2);
        QStringList eastPods;
        for (int r = 0; r < 2; ++r) {
            const QModelIndex rack = model->index(r, 0, dc2);
            QCOMPARE(rack.data().toString(), QStringLiteral("r%1").arg(r + 1));
            QCOMPARE(model->rowCount(rack), 1);
            const QModelIndex node = model->index(0, 0, rack);
            QCOMPARE(status(node), QStringLiteral("Up"));
            QCOMPARE(node.data(ProjectTreeModel::ContextNameRole).toString(), East);
            QCOMPARE(node.data(ProjectTreeModel::TreeContextRole).toString(), West);
            eastPods << node.data().toString();
        }
        // Those are east's pods, not west's.
        const QList<QJsonObject> pods = Test::Op::items(m_east, Test::Op::podPath());
        for (const QString &pod : std::as_const(eastPods)) {
            QVERIFY2(std::any_of(pods.cbegin(), pods.cend(), [&](const QJsonObject &p) { return Test::Op::at(p, QStringLiteral("metadata.name")).toString() == pod; }),
                     qPrintable(pod));
        }
        const QModelIndex dc1 = child(model, shopIndex(), QStringLiteral("dc1"));
        QVERIFY(dc1.isValid());
        QCOMPARE(dc1.data(ProjectTreeModel::ContextNameRole).toString(), West);
        QVERIFY2(status(shopIndex()).contains(QStringLiteral("2 datacenters · 2 contexts")), qPrintable(status(shopIndex())));

        // Once in the whole tree: east's project names the cluster instead of showing "shop" again.
        QCOMPARE(countItems(model, QStringLiteral("shop"), ProjectTreeModel::NodeKind::Cluster), 1);
        const QModelIndex eastProject = child(model, model->indexOfContext(East), Ns);
        QVERIFY(eastProject.isValid());
        QCOMPARE(model->rowCount(eastProject), 0);
        QCOMPARE(status(eastProject), QStringLiteral("datacenters of shop (west)"));

        // lost's datacenter lives in "gone", which refuses connections: expanding shows the error, not nothing.
        const QModelIndex lost = child(model, child(model, model->indexOfContext(West), Ns), QStringLiteral("lost"));
        QVERIFY(lost.isValid());
        expand(lost);
        QModelIndex goneDc;
        QTRY_VERIFY_WITH_TIMEOUT(status(goneDc = child(model, child(model, child(model, model->indexOfContext(West), Ns), QStringLiteral("lost")),
                                                       QStringLiteral("dc1 · gone")))
                                     == QLatin1String("cannot connect"),
                                 20000);
        const QString tip = goneDc.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("Context gone cannot connect")), qPrintable(tip));
        QVERIFY2(tip.contains(model->indexOfContext(Gone).data(ProjectTreeModel::ErrorTextRole).toString().toHtmlEscaped()), qPrintable(tip));
        QCOMPARE(resets.size(), 0);

        m_window->projectDock()->expandContext(East, 2);
        expand(dc2);
        m_window->projectDock()->view()->expandRecursively(
            qobject_cast<QSortFilterProxyModel *>(m_window->projectDock()->view()->model())->mapFromSource(dc2));
        QTest::qWait(100);
        m_window->resizeDocks({m_window->projectDock()}, {460}, Qt::Horizontal);
        QTest::qWait(50);
        shoot(m_window->projectDock(), QStringLiteral("multicontext-tree"));
    }

    void clusterPageListsTheNodesOfBothDatacenters()
    {
        m_window->openClusterPage(West, Ns, QStringLiteral("shop"));
        auto *page = qobject_cast<ClusterPage *>(m_window->workspace()->currentWidget());
        QVERIFY(page);
        for (RowTableModel *m : {page->nodesModel(), page->conditionsModel(), page->eventsModel(), page->controlPlaneModel(), page->tasksModel()}) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        RowTableModel *nodes = page->nodesModel();
        const auto upIn = [nodes](const QString &context) {
            int n = 0;
            for (const TableRow &r : nodes->rows()) {
                n += r.cell(Cluster::NodeContext) == context && r.cell(Cluster::NodeStatusCol) == QLatin1String("Up") ? 1 : 0;
            }
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(nodes->rowCount() == 3 && upIn(West) == 1 && upIn(East) == 2, 30000);
        QCOMPARE(page->remoteContexts(), QStringList{East});
        QVERIFY(page->remoteProblems().isEmpty());
        for (const TableRow &r : nodes->rows()) {
            QCOMPARE(r.cell(Cluster::NodeDc), r.cell(Cluster::NodeContext) == East ? QStringLiteral("dc2 · east") : QStringLiteral("dc1"));
            QVERIFY2(!r.cell(Cluster::NodeHostId).isEmpty(), qPrintable(r.cells.join(u'|')));
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->conditionsModel()->rowOf(QStringLiteral("CassandraDatacenter/shop-dc2 · east/Ready")) >= 0, 10000);
        QCOMPARE(page->conditionsModel()->cellText(QStringLiteral("CassandraDatacenter/shop-dc2 · east/Ready"), 2), QStringLiteral("True"));
        QCOMPARE(page->conditionsModel()->cellText(QStringLiteral("CassandraDatacenter/shop-dc1/Ready"), 2), QStringLiteral("True"));
        // Events of both contexts; east's name it.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(page->eventsModel()->rows().cbegin(), page->eventsModel()->rows().cend(),
                                             [](const TableRow &r) { return r.key.startsWith(QLatin1String("east:")) && r.cell(Cluster::EventObject).endsWith(QStringLiteral(" · east")); }),
                                 10000);
        QVERIFY(std::any_of(page->eventsModel()->rows().cbegin(), page->eventsModel()->rows().cend(),
                            [](const TableRow &r) { return !r.key.startsWith(QLatin1String("east:")); }));
        // east's operators are listed too.
        QTRY_VERIFY_WITH_TIMEOUT(page->controlPlaneModel()->rowCount() == 6, 10000);
        QVERIFY2(page->summaryLabel()->text().contains(QStringLiteral("Datacenters in other contexts: dc2 · east")), qPrintable(page->summaryLabel()->text()));
        QVERIFY2(page->summaryLabel()->text().contains(QLatin1String("3/3 nodes up")), qPrintable(page->summaryLabel()->text()));
        QTest::qWait(300);
        shoot(page, QStringLiteral("multicontext-cluster-page"));

        // The Logs tab merges the system.log of every node by time: west's through west, dc2's through east.
        page->setCurrentIndex(ClusterPage::LogsTab);
        auto *viewer = page->widget(ClusterPage::LogsTab)->findChild<Logs::LogViewer *>();
        QVERIFY(viewer);
        const auto sources = [viewer] { return viewer->logModel()->store().sources(); };
        QTRY_VERIFY_WITH_TIMEOUT(sources().size() == 3, 20000);
        int eastPods = 0;
        for (const QString &pod : sources()) {
            eastPods += pod.startsWith(QLatin1String("shop-dc2-")) ? 1 : 0;
        }
        QCOMPARE(eastPods, 2);
        page->setCurrentIndex(ClusterPage::OverviewTab);
    }

    void operationLoaderReadsTheRemoteDatacenter()
    {
        // What an operation dialog reads before it offers dc2: its nodes come from east, through the ClientConfig.
        QString why;
        KubeClient *west = m_window->clientFor(West, &why);
        QVERIFY2(west, qPrintable(why));
        Operations::ClusterLoader loader(west, West);
        loader.setRemoteContexts(m_window->kubeconfig().contextNames(),
                                 [this](const QString &context, QString *reason) { return m_window->clientFor(context, reason); });
        std::optional<Operations::ClusterSnapshot> snapshot;
        QString error;
        loader.load(Ns, [&](const Operations::ClusterSnapshot &s) { snapshot = s; }, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(snapshot || !error.isEmpty(), 20000);
        QVERIFY2(snapshot, qPrintable(error));
        const Cassandra::Domain::Cluster *shop = snapshot->topology.find(QStringLiteral("shop"), Ns);
        QVERIFY(shop);
        QCOMPARE(shop->datacenters.size(), 2);
        const auto dc2 = std::find_if(shop->datacenters.cbegin(), shop->datacenters.cend(),
                                      [](const Cassandra::Domain::Datacenter &d) { return d.displayName() == QLatin1String("dc2"); });
        QVERIFY(dc2 != shop->datacenters.cend());
        QCOMPARE(dc2->context, East);
        QCOMPARE(dc2->nodes.size(), 2);
        QVERIFY(dc2->objectFound);

        // Without the other contexts, dc2 is known from the cluster object only: no nodes.
        Operations::ClusterLoader local(west, West);
        snapshot.reset();
        local.load(Ns, [&](const Operations::ClusterSnapshot &s) { snapshot = s; }, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(snapshot, 20000);
        const Cassandra::Domain::Cluster *alone = snapshot->topology.find(QStringLiteral("shop"), Ns);
        QVERIFY(alone);
        for (const Cassandra::Domain::Datacenter &d : alone->datacenters) {
            if (d.displayName() == QLatin1String("dc2")) {
                QCOMPARE(d.nodes.size(), 0);
                QVERIFY(!d.objectFound);
            }
        }
    }
};

QTEST_MAIN(TestMultiContextGui)
#include "tst_multicontext_gui.moc"
