// The project tree of a cluster whose datacenters live in two contexts (issue 7): built from JSON fixtures by the
// pure buildTrees(), then synced into the ProjectTreeModel row by row under QAbstractItemModelTester.
#include "multicontextfixtures.h"

#include "kubeconfig/kubeconfigloader.h"
#include "models/projecttree.h"
#include "models/projecttreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Ringside;
using namespace Ringside::Test::MultiContext;
using State = ProjectTreeModel::ConnectionState;

namespace {

TreeContext west()
{
    TreeContext t;
    t.objects.context = QStringLiteral("west");
    t.state = State::Connected;
    t.objects.namespaces = objects(WestNamespaces);
    t.objects.missionControlClusters = objects(WestMccs);
    t.objects.k8ssandraClusters = objects(WestK8cs);
    t.objects.clientConfigs = objects(WestClientConfigs);
    t.objects.cassandraDatacenters = objects(WestDatacenters);
    t.objects.pods = objects(WestPods);
    return t;
}

TreeContext east(State state = State::Connected, const QString &error = {})
{
    TreeContext t;
    t.objects.context = QStringLiteral("east");
    t.state = state;
    t.error = error;
    if (state == State::Connected) {
        t.objects.namespaces = objects(EastNamespaces);
        t.objects.cassandraDatacenters = objects(EastDatacenters);
        t.objects.pods = objects(EastPods);
    }
    return t;
}

TreeContext north()
{
    TreeContext t;
    t.objects.context = QStringLiteral("north");
    t.state = State::Connected;
    t.objects.namespaces = objects(NorthNamespaces);
    t.objects.cassandraDatacenters = objects(NorthDatacenters);
    return t;
}

Cassandra::Domain::ContextMapping localContexts(const QStringList &names = {QStringLiteral("west"), QStringLiteral("east"), QStringLiteral("north")})
{
    Cassandra::Domain::ContextMapping m;
    m.localContexts = names;
    return m;
}

// "name [status]" lines, indented by depth; a node living in another context adds "@context".
QStringList flatten(const QList<TreeNodeData> &nodes, int depth = 0)
{
    QStringList out;
    for (const TreeNodeData &n : nodes) {
        out << QString(depth * 2, u' ') + n.text + QLatin1String(" [") + n.status + u']' + (n.context.isEmpty() ? QString() : u" @" + n.context);
        out += flatten(n.children, depth + 1);
    }
    return out;
}

QStringList flattenModel(const QAbstractItemModel &m, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out << QString(depth * 2, u' ') + i.data().toString() + QLatin1String(" [") + m.index(r, 1, parent).data().toString() + u']';
        out += flattenModel(m, i, depth + 1);
    }
    return out;
}

const TreeNodeData *find(const QList<TreeNodeData> &nodes, const QStringList &path)
{
    const QList<TreeNodeData> *level = &nodes;
    const TreeNodeData *found = nullptr;
    for (const QString &text : path) {
        found = nullptr;
        for (const TreeNodeData &n : *level) {
            if (n.text == text) {
                found = &n;
            }
        }
        if (!found) {
            return nullptr;
        }
        level = &found->children;
    }
    return found;
}

Kubeconfig kubeconfig()
{
    QByteArray yaml = "contexts:\n";
    for (const char *n : {"east", "north", "west"}) {
        yaml += QByteArray("- name: ") + n + "\n  context: {cluster: c-" + n + ", user: u-" + n + "}\n";
    }
    yaml += "current-context: west\n";
    return KubeconfigLoader::loadText(yaml, QStringLiteral("/fixture"));
}

// 40 clusters of 3 datacenters (one in west with the cluster object, one in east, one in north) with 30 pods each.
QList<TreeContext> largeWorld()
{
    QList<TreeContext> contexts{west(), east(), north()};
    for (TreeContext &c : contexts) {
        c.objects.missionControlClusters.clear();
        c.objects.k8ssandraClusters.clear();
        c.objects.cassandraDatacenters.clear();
        c.objects.pods.clear();
    }
    const QJsonObject mccTemplate = objects(WestMccs).constFirst();
    const QJsonObject dcTemplate = objects(EastDatacenters).constFirst();
    const QJsonObject podTemplate = objects(EastPods).constFirst();
    const QStringList places{QStringLiteral("west"), QStringLiteral("east"), QStringLiteral("north")};
    for (int i = 0; i < 40; ++i) {
        const QString cluster = QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
        QJsonArray dcs;
        for (int d = 0; d < 3; ++d) {
            const QString dcName = cluster + QStringLiteral("-dc%1").arg(d);
            QJsonObject t{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), dcName}}}, {QStringLiteral("size"), 30},
                          {QStringLiteral("racks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("r1")}}}}};
            if (d > 0) {
                t.insert(QStringLiteral("k8sContext"), places.at(d));
            }
            dcs.append(t);
            QJsonObject dc = dcTemplate;
            QJsonObject meta = dc.value(QLatin1String("metadata")).toObject();
            meta.insert(QStringLiteral("name"), dcName);
            dc.insert(QStringLiteral("metadata"), meta);
            QJsonObject spec = dc.value(QLatin1String("spec")).toObject();
            spec.insert(QStringLiteral("clusterName"), cluster);
            spec.insert(QStringLiteral("datacenterName"), dcName);
            spec.insert(QStringLiteral("racks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("r1")}}});
            dc.insert(QStringLiteral("spec"), spec);
            contexts[d].objects.cassandraDatacenters.append(dc);
            for (int p = 0; p < 30; ++p) {
                QJsonObject pod = podTemplate;
                QJsonObject podMeta = pod.value(QLatin1String("metadata")).toObject();
                podMeta.insert(QStringLiteral("name"), QString(dcName + QStringLiteral("-r1-sts-%1").arg(p)));
                QJsonObject labels = podMeta.value(QLatin1String("labels")).toObject();
                labels.insert(QStringLiteral("cassandra.datastax.com/cluster"), cluster);
                labels.insert(QStringLiteral("cassandra.datastax.com/datacenter"), dcName);
                labels.insert(QStringLiteral("cassandra.datastax.com/rack"), QStringLiteral("r1"));
                podMeta.insert(QStringLiteral("labels"), labels);
                pod.insert(QStringLiteral("metadata"), podMeta);
                contexts[d].objects.pods.append(pod);
            }
        }
        QJsonObject mcc = mccTemplate;
        QJsonObject meta = mcc.value(QLatin1String("metadata")).toObject();
        meta.insert(QStringLiteral("name"), cluster);
        mcc.insert(QStringLiteral("metadata"), meta);
        mcc.insert(QStringLiteral("spec"),
                   QJsonObject{{QStringLiteral("k8ssandra"), QJsonObject{{QStringLiteral("cassandra"), QJsonObject{{QStringLiteral("datacenters"), dcs}}}}}});
        contexts[0].objects.missionControlClusters.append(mcc);
    }
    return contexts;
}

} // namespace

class TestMultiContextTree : public QObject
{
    Q_OBJECT
    QTranslator m_english;
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/ringside_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void clusterAppearsOnceWithEachDatacenterMarked()
    {
        const auto trees = buildTrees({west(), east(), north()}, localContexts());
        QCOMPARE(int(trees.size()), 3);
        QCOMPARE(flatten(trees.value(QStringLiteral("west"))),
                 (QStringList{QStringLiteral("proj [1 cluster]"), QStringLiteral("  shop [2 datacenters · 2 contexts]"),
                              QStringLiteral("    dc1 [Ready · 1 node · 1/1 up]"), QStringLiteral("      r1 [1/1 up]"),
                              QStringLiteral("        shop-dc1-r1-sts-0 [Up]"),
                              QStringLiteral("    dc2 · east [Ready · 2 nodes · 2/2 up] @east"), QStringLiteral("      r1 [1/1 up] @east"),
                              QStringLiteral("        shop-dc2-r1-sts-0 [Up] @east"), QStringLiteral("      r2 [1/1 up] @east"),
                              QStringLiteral("        shop-dc2-r2-sts-0 [Up · 1 restart] @east"), QStringLiteral("tools []")}));
        // east's CassandraDatacenter is not a second cluster "shop": its project says where it is shown.
        QCOMPARE(flatten(trees.value(QStringLiteral("east"))), (QStringList{QStringLiteral("proj [datacenters of shop (west)]")}));
        QVERIFY(trees.value(QStringLiteral("east")).constFirst().toolTip.contains(QLatin1String("belong to cluster shop (west)")));
        // A standalone cass-operator datacenter elsewhere is still a cluster of its own.
        QCOMPARE(flatten(trees.value(QStringLiteral("north"))),
                 (QStringList{QStringLiteral("legacy [1 cluster]"), QStringLiteral("  solo [1 datacenter]"), QStringLiteral("    solo [pending]")}));

        const auto &w = trees.value(QStringLiteral("west"));
        const TreeNodeData *dc2 = find(w, {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east")});
        QVERIFY(dc2);
        QCOMPARE(dc2->key, QStringLiteral("shop-dc2"));
        QCOMPARE(dc2->nameSpace, QStringLiteral("proj"));
        QVERIFY2(dc2->toolTip.contains(QLatin1String("living in context <b>east</b> (k8sContext east-k8s)")), qPrintable(dc2->toolTip));
        const TreeNodeData *shop = find(w, {QStringLiteral("proj"), QStringLiteral("shop")});
        QVERIFY(shop->context.isEmpty());
        QVERIFY2(shop->toolTip.contains(QLatin1String("MissionControlCluster")) && shop->toolTip.contains(QLatin1String("dc2 (east)")), qPrintable(shop->toolTip));
        QCOMPARE(shop->health, TreeNodeData::Health::Ok);
    }

    void remoteContextNotReadShowsWhy()
    {
        auto trees = buildTrees({west(), east(State::NotConnected)}, localContexts());
        QVERIFY(!trees.contains(QStringLiteral("east")));
        const TreeNodeData *dc2 = find(trees.value(QStringLiteral("west")), {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east")});
        QVERIFY(dc2);
        QCOMPARE(dc2->status, QStringLiteral("not connected"));
        QCOMPARE(dc2->context, QStringLiteral("east"));
        QVERIFY(dc2->children.isEmpty());
        QVERIFY2(dc2->toolTip.contains(QLatin1String("expanding the cluster")), qPrintable(dc2->toolTip));
        // What the control plane reports about it is still shown.
        QVERIFY2(dc2->toolTip.contains(QLatin1String("K8ssandraCluster.status.datacenters")), qPrintable(dc2->toolTip));

        trees = buildTrees({west(), east(State::Connecting)}, localContexts());
        dc2 = find(trees.value(QStringLiteral("west")), {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east")});
        QCOMPARE(dc2->status, QStringLiteral("connecting…"));
        QCOMPARE(dc2->health, TreeNodeData::Health::Progressing);

        trees = buildTrees({west(), east(State::Failed, QStringLiteral("dial tcp 10.1.2.3:6443: connection refused"))}, localContexts());
        const auto &w = trees.value(QStringLiteral("west"));
        dc2 = find(w, {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east")});
        QCOMPARE(dc2->status, QStringLiteral("cannot connect"));
        QCOMPARE(dc2->health, TreeNodeData::Health::Error);
        QVERIFY2(dc2->toolTip.contains(QLatin1String("connection refused")), qPrintable(dc2->toolTip));
        QCOMPARE(find(w, {QStringLiteral("proj"), QStringLiteral("shop")})->health, TreeNodeData::Health::Error);
    }

    void unmappedContextIsNamed()
    {
        // No ClientConfig and no local context named east-k8s: the datacenter says so instead of vanishing.
        TreeContext w = west();
        w.objects.clientConfigs.clear();
        auto trees = buildTrees({w, east(State::NotConnected)}, localContexts());
        const TreeNodeData *dc2 = find(trees.value(QStringLiteral("west")), {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east-k8s")});
        QVERIFY(dc2);
        QCOMPARE(dc2->status, QStringLiteral("context east-k8s not mapped"));
        QCOMPARE(dc2->health, TreeNodeData::Health::Warning);
        QVERIFY(dc2->context.isEmpty()); // no context to act in
        QVERIFY2(dc2->toolTip.contains(QLatin1String("ClientConfig")), qPrintable(dc2->toolTip));

        // Once east is read, its CassandraDatacenter is attached by its k8ssandra labels rather than shown twice.
        trees = buildTrees({w, east()}, localContexts());
        dc2 = find(trees.value(QStringLiteral("west")), {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east")});
        QVERIFY(dc2);
        QCOMPARE(dc2->context, QStringLiteral("east"));
        QCOMPARE(dc2->children.size(), 2);
        QVERIFY(!find(trees.value(QStringLiteral("east")), {QStringLiteral("proj"), QStringLiteral("shop")}));
    }

    void datacenterDeletedInRemoteContext()
    {
        TreeContext e = east();
        e.objects.cassandraDatacenters.clear();
        const auto trees = buildTrees({west(), e}, localContexts());
        const TreeNodeData *dc2 = find(trees.value(QStringLiteral("west")), {QStringLiteral("proj"), QStringLiteral("shop"), QStringLiteral("dc2 · east")});
        QVERIFY(dc2);
        QCOMPARE(dc2->status, QStringLiteral("not found"));
        QVERIFY2(dc2->toolTip.contains(QLatin1String("No CassandraDatacenter proj/shop-dc2 in context east")), qPrintable(dc2->toolTip));
    }

    void scaleManyClustersAcrossContexts()
    {
        // Every datacenter is placed once. The time is printed next to the baseline's (the next function, the
        // per-context build without merging): the whole tree is rebuilt on each coalesced change.
        const QList<TreeContext> contexts = largeWorld();
        QElapsedTimer timer;
        timer.start();
        const QHash<QString, QList<TreeNodeData>> trees = buildTrees(contexts, localContexts());
        qInfo("merged build of 40 clusters x 3 contexts x 30 pods: %lld us", qint64(timer.nsecsElapsed() / 1000)); // measured, not asserted
        const TreeNodeData *proj = find(trees.value(QStringLiteral("west")), {QStringLiteral("proj")});
        QVERIFY(proj);
        QCOMPARE(int(proj->children.size()), 40);
        for (const TreeNodeData &cluster : proj->children) {
            QCOMPARE(int(cluster.children.size()), 3);
            for (const TreeNodeData &dc : cluster.children) {
                QCOMPARE(int(dc.children.constFirst().children.size()), 30);
            }
        }
        QVERIFY(find(trees.value(QStringLiteral("east")), {QStringLiteral("proj")})->children.isEmpty());
    }

    void scaleBaselinePerContext()
    {
        // The baseline: each context alone, as the tree was built before clusters were merged across contexts.
        const QList<TreeContext> contexts = largeWorld();
        int clusters = 0;
        QElapsedTimer timer;
        timer.start();
        for (const TreeContext &c : contexts) {
            const QList<TreeNodeData> tree = buildContextTree(c.objects.namespaces, c.objects.cassandraDatacenters, c.objects.pods);
            for (const TreeNodeData &project : tree) {
                clusters += int(project.children.size());
            }
        }
        qInfo("per-context build of the same objects (baseline): %lld us", qint64(timer.nsecsElapsed() / 1000)); // measured, not asserted
        QCOMPARE(clusters, 120); // unmerged: every datacenter is a cluster of its own context
    }

    void modelSyncsRowByRowAcrossContexts()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(kubeconfig());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const auto apply = [&model](const QList<TreeContext> &contexts) {
            const auto trees = buildTrees(contexts, localContexts());
            for (auto it = trees.cbegin(); it != trees.cend(); ++it) {
                model.setContextTree(it.key(), it.value());
            }
        };
        // west first, east not connected yet.
        apply({west(), east(State::NotConnected)});
        const QModelIndex westIndex = model.indexOfContext(QStringLiteral("west"));
        const QPersistentModelIndex shop = model.index(0, 0, model.index(0, 0, westIndex));
        QCOMPARE(shop.data().toString(), QStringLiteral("shop"));
        const QPersistentModelIndex dc2 = model.index(1, 0, shop);
        QCOMPARE(dc2.data().toString(), QStringLiteral("dc2 · east"));
        QCOMPARE(model.rowCount(dc2), 0);
        QCOMPARE(dc2.data(ProjectTreeModel::ContextNameRole).toString(), QStringLiteral("east"));
        QCOMPARE(dc2.data(ProjectTreeModel::RemoteContextRole).toString(), QStringLiteral("east"));
        QCOMPARE(dc2.data(ProjectTreeModel::TreeContextRole).toString(), QStringLiteral("west"));
        QCOMPARE(dc2.data(ProjectTreeModel::ObjectNameRole).toString(), QStringLiteral("shop-dc2"));
        QCOMPARE(shop.data(ProjectTreeModel::ContextNameRole).toString(), QStringLiteral("west"));
        QVERIFY(shop.data(ProjectTreeModel::RemoteContextRole).toString().isEmpty());

        // east connects: dc2 fills in place (same row, racks and nodes inserted), east shows its project.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        apply({west(), east()});
        QVERIFY(dc2.isValid());
        QCOMPARE(dc2.row(), 1);
        QCOMPARE(QModelIndex(dc2).siblingAtColumn(1).data().toString(), QStringLiteral("Ready · 2 nodes · 2/2 up"));
        QCOMPARE(model.rowCount(dc2), 2);
        const QModelIndex node = model.index(0, 0, model.index(1, 0, dc2));
        QCOMPARE(node.data().toString(), QStringLiteral("shop-dc2-r2-sts-0"));
        QCOMPARE(node.data(ProjectTreeModel::ContextNameRole).toString(), QStringLiteral("east"));
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QLatin1String("east-host-2")));
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(flattenModel(model, model.indexOfContext(QStringLiteral("east"))), (QStringList{QStringLiteral("proj [datacenters of shop (west)]")}));

        // Read-only follows the context a datacenter lives in.
        model.setReadOnlyContexts({QStringLiteral("east")});
        QVERIFY(dc2.data(ProjectTreeModel::ReadOnlyRole).toBool());
        QVERIFY(node.data(ProjectTreeModel::ReadOnlyRole).toBool());
        QVERIFY(!shop.data(ProjectTreeModel::ReadOnlyRole).toBool());

        // east fails: dc2 loses its racks and says why; nothing was reset.
        apply({west(), east(State::Failed, QStringLiteral("x509: certificate signed by unknown authority"))});
        QVERIFY(dc2.isValid());
        QCOMPARE(model.rowCount(dc2), 0);
        QCOMPARE(QModelIndex(dc2).siblingAtColumn(1).data().toString(), QStringLiteral("cannot connect"));
        QVERIFY(dc2.data(Qt::ToolTipRole).toString().contains(QLatin1String("unknown authority")));
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestMultiContextTree)
#include "tst_multicontext_tree.moc"
