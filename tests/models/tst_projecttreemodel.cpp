#include "testsupport.h"

#include "kubeconfig/kubeconfigloader.h"
#include "models/projecttree.h"
#include "models/projecttreemodel.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>

using namespace Ringside;

namespace {
Kubeconfig fixture(const char *names, const char *current)
{
    // Readable fixture: "a;b;c" becomes three contexts.
    QByteArray yaml = "contexts:\n";
    for (const QByteArray &n : QByteArray(names).split(';')) {
        if (!n.isEmpty()) {
            yaml += "- name: " + n + "\n  context: {cluster: c-" + n + ", user: u-" + n + "}\n";
        }
    }
    yaml += "clusters:\n- name: c-a\n  cluster: {server: 'https://a.example:6443'}\n";
    yaml += QByteArray("current-context: ") + current + "\n";
    return KubeconfigLoader::loadText(yaml, QStringLiteral("/fixture"));
}
QJsonObject ns(const char *name)
{
    return QJsonDocument::fromJson(QByteArray("{\"metadata\":{\"name\":\"") + name + "\"}}").object();
}

// "NS/NAME/CLUSTER/SIZE/PROGRESS/READY" -> a CassandraDatacenter
QJsonObject dc(const char *spec)
{
    const QList<QByteArray> f = QByteArray(spec).split('/');
    QByteArray json = "{\"metadata\":{\"namespace\":\"" + f[0] + "\",\"name\":\"" + f[1] + "\"},\"spec\":{\"clusterName\":\"" + f[2]
                      + "\",\"size\":" + f[3] + ",\"serverType\":\"cassandra\",\"serverVersion\":\"4.1.5\"}";
    if (f[4] != "-") {
        json += ",\"status\":{\"cassandraOperatorProgress\":\"" + f[4] + "\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"" + f[5] + "\"}]}";
    }
    return QJsonDocument::fromJson(json + "}").object();
}

QStringList flatten(const QAbstractItemModel &m, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out.append(QString(depth * 2, u' ') + i.data().toString() + QLatin1String(" [") + m.index(r, 1, parent).data().toString() + u']');
        out += flatten(m, i, depth + 1);
    }
    return out;
}
} // namespace

class TestProjectTreeModel : public QObject
{
    Q_OBJECT
    QTranslator m_english;
private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 cluster", "2 datacenters") come from the English catalogue.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/ringside_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void contextsAndRoles()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("b;a;c", "b"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a"));
        QCOMPARE(model.index(0, 0).data(ProjectTreeModel::ServerRole).toString(), QStringLiteral("https://a.example:6443"));
        const QModelIndex b = model.indexOfContext(QStringLiteral("b"));
        QCOMPARE(b.row(), 1);
        QVERIFY(b.data(ProjectTreeModel::IsCurrentContextRole).toBool());
        QVERIFY(b.data(ProjectTreeModel::IsActiveContextRole).toBool()); // the current-context is active by default
        QCOMPARE(b.siblingAtColumn(1).data().toString(), QStringLiteral("current"));
        QVERIFY(b.data(Qt::ToolTipRole).toString().contains(QLatin1String("c-b")));
        QCOMPARE(model.rowCount(b), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void activeContextEmitsDataChanged()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a;b", "a"));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setActiveContext(QStringLiteral("b"));
        QCOMPARE(spy.size(), 2); // old and new active rows
        QVERIFY(model.indexOfContext(QStringLiteral("b")).data(ProjectTreeModel::IsActiveContextRole).toBool());
        QVERIFY(!model.indexOfContext(QStringLiteral("a")).data(ProjectTreeModel::IsActiveContextRole).toBool());
        model.setActiveContext(QStringLiteral("b"));
        QCOMPARE(spy.size(), 2);
    }

    void connectionStateAndErrors()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a", "a"));
        model.setConnectionState(QStringLiteral("a"), ProjectTreeModel::ConnectionState::Failed, QStringLiteral("connection refused"));
        const QModelIndex a = model.indexOfContext(QStringLiteral("a"));
        QCOMPARE(a.siblingAtColumn(1).data().toString(), QStringLiteral("cannot connect"));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QLatin1String("connection refused")));
        QCOMPARE(a.data(ProjectTreeModel::ErrorTextRole).toString(), QStringLiteral("connection refused"));
    }

    void liveSubtreeSync()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a;b", "a"));
        model.setContextTree(QStringLiteral("a"), buildContextTree({ns("default"), ns("prod")}, {dc("prod/dc1/demo/3/Ready/True")}));
        QCOMPARE(flatten(model), (QStringList{QStringLiteral("a [current]"), QStringLiteral("  default []"), QStringLiteral("  prod [1 cluster]"),
                                              QStringLiteral("    demo [1 datacenter]"), QStringLiteral("      dc1 [Ready · 3 nodes]"),
                                              QStringLiteral("b []")}));
        const QPersistentModelIndex dc1 = model.index(0, 0, model.index(0, 0, model.index(1, 0, model.index(0, 0))));
        QCOMPARE(dc1.data().toString(), QStringLiteral("dc1"));
        QCOMPARE(dc1.data(ProjectTreeModel::ContextNameRole).toString(), QStringLiteral("a"));
        QCOMPARE(dc1.data(ProjectTreeModel::NamespaceRole).toString(), QStringLiteral("prod"));
        QCOMPARE(dc1.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>(), ProjectTreeModel::NodeKind::Datacenter);

        // A second DC arrives, the first starts scaling, a namespace goes away: dc1 keeps its index.
        QJsonObject scaling = dc("prod/dc1/demo/4/Updating/True");
        QJsonObject status = scaling.value(QLatin1String("status")).toObject();
        QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
        conditions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("ScalingUp")}, {QStringLiteral("status"), QStringLiteral("True")}});
        status.insert(QStringLiteral("conditions"), conditions);
        scaling.insert(QStringLiteral("status"), status);
        model.setContextTree(QStringLiteral("a"), buildContextTree({ns("prod")}, {scaling, dc("prod/dc2/demo/3/-/-")}));
        QCOMPARE(flatten(model), (QStringList{QStringLiteral("a [current]"), QStringLiteral("  prod [1 cluster]"), QStringLiteral("    demo [2 datacenters]"),
                                              QStringLiteral("      dc1 [ScalingUp]"), QStringLiteral("      dc2 [pending]"), QStringLiteral("b []")}));
        QVERIFY(dc1.isValid());
        QCOMPARE(QModelIndex(dc1).siblingAtColumn(1).data().toString(), QStringLiteral("ScalingUp"));

        // Everything goes away.
        model.setContextTree(QStringLiteral("a"), {});
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(!dc1.isValid());
    }

    void racksAndNodesFromPods()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a", "a"));
        QJsonObject d = dc("prod/dc1/demo/3/Ready/True");
        QJsonObject spec = d.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("racks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("r1")}},
                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("r2")}}});
        d.insert(QStringLiteral("spec"), spec);
        QJsonObject st = d.value(QLatin1String("status")).toObject();
        st.insert(QStringLiteral("nodeStatuses"),
                  QJsonObject{{QStringLiteral("demo-dc1-r1-sts-0"), QJsonObject{{QStringLiteral("hostID"), QStringLiteral("8a2f-host")}}}});
        d.insert(QStringLiteral("status"), st);
        auto pod = [](const char *name, const char *rack, bool ready, int restarts, const char *state) {
            return QJsonObject{
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("namespace"), QStringLiteral("prod")},
                             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("cassandra.datastax.com/datacenter"), QStringLiteral("dc1")},
                                                                    {QStringLiteral("cassandra.datastax.com/rack"), QLatin1String(rack)},
                                                                    {QStringLiteral("cassandra.datastax.com/node-state"), QLatin1String(state)}}}}},
                {QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                             {QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                                                                   {QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False")}}}},
                             {QStringLiteral("containerStatuses"), QJsonArray{QJsonObject{{QStringLiteral("restartCount"), restarts}}}}}}};
        };
        const QJsonObject other = QJsonObject{{QStringLiteral("metadata"),
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("elsewhere")}, {QStringLiteral("namespace"), QStringLiteral("other")},
                                                           {QStringLiteral("labels"), QJsonObject{{QStringLiteral("cassandra.datastax.com/datacenter"), QStringLiteral("dc1")},
                                                                                                  {QStringLiteral("cassandra.datastax.com/rack"), QStringLiteral("r1")}}}}}};
        model.setContextTree(QStringLiteral("a"),
                             buildContextTree({ns("prod")}, {d},
                                              {pod("demo-dc1-r1-sts-0", "r1", true, 0, "Started"), pod("demo-dc1-r2-sts-0", "r2", false, 2, "Started"),
                                               pod("demo-dc1-r2-sts-1", "r2", false, 0, "Starting"), other}));
        QCOMPARE(flatten(model), (QStringList{QStringLiteral("a [current]"), QStringLiteral("  prod [1 cluster]"), QStringLiteral("    demo [1 datacenter]"),
                                              QStringLiteral("      dc1 [Ready · 3 nodes · 1/3 up]"), QStringLiteral("        r1 [1/1 up]"),
                                              QStringLiteral("          demo-dc1-r1-sts-0 [Up]"), QStringLiteral("        r2 [0/2 up]"),
                                              QStringLiteral("          demo-dc1-r2-sts-0 [Down · 2 restarts]"),
                                              QStringLiteral("          demo-dc1-r2-sts-1 [starting]")}));
        const QModelIndex dc1 = model.index(0, 0, model.index(0, 0, model.index(0, 0, model.index(0, 0))));
        const QModelIndex node = model.index(0, 0, model.index(0, 0, dc1));
        QCOMPARE(node.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>(), ProjectTreeModel::NodeKind::Node);
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QLatin1String("8a2f-host")));
    }

    void reloadKeepsActiveWhenStillThere()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a;b;c", "a"));
        model.setActiveContext(QStringLiteral("c"));
        model.setKubeconfig(fixture("a;c", "a"));
        QCOMPARE(model.activeContext(), QStringLiteral("c"));
        model.setKubeconfig(fixture("a", "a"));
        QCOMPARE(model.activeContext(), QStringLiteral("a"));
        model.setKubeconfig(fixture("", ""));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.activeContext().isEmpty());
    }
};

QTEST_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"
