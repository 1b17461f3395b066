// The operation models without a cluster: the per-node progress model, the alerts model and monitor over status
// snapshots built from objects, the command palette's filter, the rollout goals of the plans, and the read-only
// contexts shared through the settings file.
#include "models/ops/alertsmodel.h"
#include "models/ops/nodemetrics.h"
#include "models/ops/nodeprogressmodel.h"
#include "models/ops/operationplan.h"
#include "models/ops/palettemodel.h"

#include "cassandra/ops/guard.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Ringside;
using namespace Ringside::Operations;
using Cassandra::Ops::NodeProgress;
using Cassandra::Ops::Progress;

namespace {

QJsonObject datacenter(const QString &name, int size)
{
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("cassandra.datastax.com/v1beta1")},
                       {QStringLiteral("kind"), QStringLiteral("CassandraDatacenter")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("proj")}}},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("clusterName"), QStringLiteral("shop")},
                                                            {QStringLiteral("size"), size},
                                                            {QStringLiteral("serverType"), QStringLiteral("cassandra")},
                                                            {QStringLiteral("serverVersion"), QStringLiteral("4.1.5")}}}};
}

QJsonObject pod(const QString &name, const QString &rack, bool up)
{
    const QJsonObject labels{{QStringLiteral("cassandra.datastax.com/cluster"), QStringLiteral("shop")},
                             {QStringLiteral("cassandra.datastax.com/datacenter"), QStringLiteral("dc1")},
                             {QStringLiteral("cassandra.datastax.com/rack"), rack},
                             {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("cass-operator")}};
    const QJsonArray conditions{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")}, {QStringLiteral("status"), up ? QStringLiteral("True") : QStringLiteral("False")}}};
    const QJsonArray containers{QJsonObject{{QStringLiteral("name"), QStringLiteral("cassandra")}, {QStringLiteral("ready"), up}}};
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), QStringLiteral("Pod")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("proj")}, {QStringLiteral("labels"), labels}}},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), QStringLiteral("worker-1")}}},
                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")}, {QStringLiteral("conditions"), conditions},
                                                              {QStringLiteral("containerStatuses"), containers}}}};
}

Progress progress(const QList<NodeProgress> &nodes, int done, int total)
{
    Progress p;
    p.state = Progress::State::Running;
    p.nodes = nodes;
    p.done = done;
    p.total = total;
    return p;
}

} // namespace

class TestOpsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeProgressModelUpdatesInPlace()
    {
        NodeProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProgress(progress({{QStringLiteral("n1"), QStringLiteral("UN 4.1.5 ready"), QStringLiteral("Running"), false, false},
                                    {QStringLiteral("n2"), QStringLiteral("UN 4.1.5 ready"), QStringLiteral("Running"), false, false}},
                                   0, 2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, NodeProgressModel::NodeColumn).data().toString(), QStringLiteral("n1"));
        QCOMPARE(model.index(0, 0).data(NodeProgressModel::PercentRole).toInt(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // n1 restarts, then is done; n3 appears; n2 goes away.
        model.setProgress(progress({{QStringLiteral("n1"), QStringLiteral("DN 4.1.8 not-ready"), QStringLiteral("Pending"), false, false},
                                    {QStringLiteral("n2"), QStringLiteral("UN 4.1.5 ready"), QStringLiteral("Running"), false, false}},
                                   0, 2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(NodeProgressModel::PercentRole).toInt(), 50);
        model.setProgress(progress({{QStringLiteral("n1"), QStringLiteral("UN 4.1.8 ready"), QStringLiteral("Running"), true, false},
                                    {QStringLiteral("n3"), QStringLiteral("RUNNING"), QString(), false, false}},
                                   1, 2));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("n1"));
        QCOMPARE(model.index(0, NodeProgressModel::ProgressColumn).data().toString(), QStringLiteral("100%"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("n3"));
        QCOMPARE(model.index(1, 0).data(NodeProgressModel::PercentRole).toInt(), 50);
        QCOMPARE(NodeProgressModel::overallPercent(model.progress()), 50);
        model.setProgress(progress({{QStringLiteral("n3"), QStringLiteral("ERROR"), QStringLiteral("boom"), false, true}}, 0, 1));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(NodeProgressModel::FailedRole).toBool());
        QCOMPARE(model.index(0, NodeProgressModel::StateColumn).data().toString(), QStringLiteral("failed: ERROR"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void statusSnapshotsAndNodeDownAlert()
    {
        const QList<QJsonObject> dcs{datacenter(QStringLiteral("dc1"), 2)};
        QList<QJsonObject> pods{pod(QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("r1"), true), pod(QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("r2"), true)};
        const auto snapshots = statusSnapshots(QStringLiteral("ctx"), dcs, pods);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.at(0).cluster, QStringLiteral("shop"));
        QCOMPARE(snapshots.at(0).nodes.size(), 2);
        QVERIFY(snapshots.at(0).nodes.at(0).up);

        QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::UTC);
        AlertMonitor monitor([&now] { return now; });
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy fired(&monitor, &AlertMonitor::alertFired);
        Metrics::EvaluationInput in;
        in.snapshots = snapshots;
        monitor.evaluate(in);
        QCOMPARE(monitor.model()->rowCount(), 0);

        pods[1] = pod(QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("r2"), false);
        in.snapshots = statusSnapshots(QStringLiteral("ctx"), dcs, pods);
        monitor.evaluate(in);
        AlertsModel *model = monitor.model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0, 0);
        QCOMPARE(row.data(AlertsModel::RuleRole).toString(), QStringLiteral("node_down"));
        QCOMPARE(row.data(AlertsModel::NodeRole).toString(), QStringLiteral("shop-dc1-r2-sts-0"));
        QCOMPARE(row.data(AlertsModel::ContextRole).toString(), QStringLiteral("ctx"));
        QCOMPARE(model->index(0, AlertsModel::StateColumn).data().toString(), QStringLiteral("Pending"));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(fired.size(), 0);
        now = now.addSecs(31); // node_down fires after 30 s
        monitor.evaluate(in);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(model->index(0, AlertsModel::StateColumn).data().toString(), QStringLiteral("Firing"));
        QVERIFY(model->index(0, AlertsModel::SummaryColumn).data().toString().contains(QLatin1String("shop-dc1-r2-sts-0")));
        // Back up: resolved, the row goes.
        pods[1] = pod(QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("r2"), true);
        in.snapshots = statusSnapshots(QStringLiteral("ctx"), dcs, pods);
        QSignalSpy resolved(&monitor, &AlertMonitor::alertResolved);
        monitor.evaluate(in);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(model->rowCount(), 0);
    }

    void diskUsageFromKubeletMetricsRaisesTheDiskAlert()
    {
        // The query names the claims of Cassandra pods and maps them back to the pod.
        const QString q = diskUsageQuery();
        QVERIFY2(q.contains(QLatin1String("kubelet_volume_stats_used_bytes")) && q.contains(QLatin1String("server-data-(.+)")), qPrintable(q));
        auto series = [](const QString &pod, double value) {
            Metrics::Series s;
            s.labels.insert(QStringLiteral("namespace"), QStringLiteral("proj"));
            if (!pod.isEmpty()) {
                s.labels.insert(QStringLiteral("pod"), pod);
            }
            s.samples.append(QPointF(1.0e9, value));
            return s;
        };
        const QHash<QString, double> byPod = diskUsageByPod({series(QStringLiteral("shop-dc1-r1-sts-0"), 41.5), series(QStringLiteral("shop-dc1-r2-sts-0"), 98.5),
                                                             series(QStringLiteral("shop-dc1-r2-sts-0"), 12.0), series(QString(), 99.0),
                                                             series(QStringLiteral("shop-dc1-r3-sts-0"), std::nan(""))});
        QCOMPARE(byPod.size(), 2); // no pod label and NaN are dropped
        QCOMPARE(byPod.value(QStringLiteral("shop-dc1-r2-sts-0")), 98.5); // the highest of two
        const QList<QJsonObject> dcs{datacenter(QStringLiteral("dc1"), 2)};
        const QList<QJsonObject> pods{pod(QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("r1"), true),
                                      pod(QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("r2"), true)};
        QList<Metrics::ClusterStatusSnapshot> snapshots = statusSnapshots(QStringLiteral("ctx"), dcs, pods);
        QVERIFY(std::isnan(snapshots.at(0).nodes.at(1).diskUsedPercent));
        QCOMPARE(applyDiskUsage(snapshots, byPod), 2);
        QCOMPARE(snapshots.at(0).nodes.at(1).diskUsedPercent, 98.5);

        QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::UTC);
        AlertMonitor monitor([&now] { return now; });
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Metrics::EvaluationInput in;
        in.snapshots = snapshots;
        monitor.evaluate(in);
        QCOMPARE(monitor.model()->rowCount(), 1);
        QCOMPARE(monitor.model()->index(0, 0).data(AlertsModel::RuleRole).toString(), QStringLiteral("disk_usage_high"));
        QCOMPARE(monitor.model()->index(0, 0).data(AlertsModel::NodeRole).toString(), QStringLiteral("shop-dc1-r2-sts-0"));
        QCOMPARE(monitor.model()->index(0, AlertsModel::NodeColumn).data().toString(), QStringLiteral("shop-dc1-r2-sts-0"));
        now = now.addSecs(301); // fires after 5 minutes
        monitor.evaluate(in);
        QVERIFY(monitor.model()->index(0, 0).data(AlertsModel::FiringRole).toBool());
    }

    void clusterNodeMetricsFillTheSnapshot()
    {
        ClusterNodeMetrics m;
        m.heapUsedPercent.insert(QStringLiteral("shop-dc1-r1-sts-0"), 91.0);
        m.pendingCompactions.insert(QStringLiteral("shop-dc1-r1-sts-0"), 150);
        m.droppedMutations.insert(QStringLiteral("shop-dc1-r2-sts-0"), 2100);
        m.droppedMutations.insert(QStringLiteral("elsewhere-0"), 5);
        const QList<QJsonObject> dcs{datacenter(QStringLiteral("dc1"), 2)};
        const QList<QJsonObject> pods{pod(QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("r1"), true),
                                      pod(QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("r2"), true)};
        Metrics::ClusterStatusSnapshot snap = statusSnapshots(QStringLiteral("ctx"), dcs, pods).constFirst();
        QCOMPARE(m.applyTo(snap), 2);
        QCOMPARE(snap.nodes.at(0).heapUsedPercent, 91.0);
        QCOMPARE(snap.nodes.at(0).pendingCompactions, 150.0);
        QVERIFY(std::isnan(snap.nodes.at(0).droppedMutations));
        QCOMPARE(snap.nodes.at(1).droppedMutations, 2100.0);
        QVERIFY(std::isnan(snap.nodes.at(1).heapUsedPercent));
        // The dropped mutations rule fires at once (no delay) for r2 only.
        AlertMonitor monitor;
        Metrics::EvaluationInput in;
        in.snapshots = {snap};
        monitor.evaluate(in);
        int dropped = 0;
        for (int r = 0; r < monitor.model()->rowCount(); ++r) {
            const QModelIndex i = monitor.model()->index(r, 0);
            if (i.data(AlertsModel::RuleRole).toString() == QLatin1String("dropped_mutations")) {
                ++dropped;
                QCOMPARE(i.data(AlertsModel::NodeRole).toString(), QStringLiteral("shop-dc1-r2-sts-0"));
                QVERIFY(i.data(AlertsModel::FiringRole).toBool());
            }
        }
        QCOMPARE(dropped, 1);
    }

    void promqlAlertNamesThePod()
    {
        // A user PromQL rule's series label the pod "pod": the node column and role show it.
        Metrics::AlertRule rule;
        rule.id = QStringLiteral("volume");
        rule.source = Metrics::AlertRule::Source::PromQL;
        rule.expr = QStringLiteral("max by (pod) (x)");
        rule.threshold = 90;
        rule.summary = QStringLiteral("{label:pod} at {value}");
        AlertMonitor monitor;
        monitor.setRules({rule});
        Metrics::EvaluationInput in;
        Metrics::Series s;
        s.labels.insert(QStringLiteral("pod"), QStringLiteral("shop-dc1-r3-sts-0"));
        s.samples.append(QPointF(1.0e9, 95));
        in.promResults.insert(rule.id, {s});
        monitor.evaluate(in);
        QCOMPARE(monitor.model()->rowCount(), 1);
        QCOMPARE(monitor.model()->index(0, 0).data(AlertsModel::NodeRole).toString(), QStringLiteral("shop-dc1-r3-sts-0"));
        QCOMPARE(monitor.model()->index(0, AlertsModel::NodeColumn).data().toString(), QStringLiteral("shop-dc1-r3-sts-0"));
    }

    void paletteFilters()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{QStringLiteral("a"), QStringLiteral("&File › &Quit"), QStringLiteral("Ctrl+Q"), {}, true},
                          {QStringLiteral("b"), QStringLiteral("Tools › &Settings…"), {}, {}, true},
                          {QStringLiteral("c"), QStringLiteral("Cluster › Upgrade…"), {}, {}, false},
                          {QStringLiteral("d"), QStringLiteral("Open cluster shop"), QStringLiteral("proj · ctx"), {}, true}});
        QCOMPARE(model.rowCount(), 4);
        model.setFilter(QStringLiteral("sett"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(PaletteModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Tools › Settings…"));
        model.setFilter(QStringLiteral("cluster"));
        QCOMPARE(model.rowCount(), 2);
        // The disabled Upgrade entry is listed but cannot be selected.
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEnabled) || !(model.flags(model.index(1)) & Qt::ItemIsEnabled));
        model.setFilter(QStringLiteral("open shop"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(PaletteModel::IdRole).toString(), QStringLiteral("d"));
        model.setFilter(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        // Starts of words rank first.
        QVERIFY(PaletteModel::score(QStringLiteral("Quit"), QStringLiteral("qu")) > PaletteModel::score(QStringLiteral("Torque"), QStringLiteral("qu")));
    }

    void createdObjectsCombine()
    {
        Progress a;
        a.state = Progress::State::Succeeded;
        a.done = 2;
        a.total = 2;
        Progress b;
        b.state = Progress::State::Running;
        b.done = 0;
        b.total = 3;
        Progress all = Cassandra::Ops::combineProgress({a, b});
        QCOMPARE(all.state, Progress::State::Running);
        QCOMPARE(all.done, 2);
        QCOMPARE(all.total, 5);
        b.state = Progress::State::Failed;
        b.message = QStringLiteral("pod x failed");
        all = Cassandra::Ops::combineProgress({a, b});
        QCOMPARE(all.state, Progress::State::Failed);
        QCOMPARE(all.message, QStringLiteral("pod x failed"));
        QCOMPARE(Cassandra::Ops::combineProgress({}).state, Progress::State::Pending);
    }

    void readOnlyContextsFromSettingsAndEnvironment()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ringside.ini"));
        QCOMPARE(Cassandra::Ops::readOnlyContexts(QString(), file), QSet<QString>());
        QString error;
        QVERIFY(Cassandra::Ops::storeReadOnlyContexts({QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("prod")}, file, &error));
        QCOMPARE(Cassandra::Ops::readOnlyContexts(QString(), file), (QSet<QString>{QStringLiteral("prod"), QStringLiteral("prod-eu")}));
        QCOMPARE(Cassandra::Ops::readOnlyContexts(QStringLiteral("lab, ,other"), file),
                 (QSet<QString>{QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("lab"), QStringLiteral("other")}));
        // The same key as the app's settings.
        QSettings s(file, QSettings::IniFormat);
        QCOMPARE(s.value(Cassandra::Ops::readOnlyContextsSettingsKey()).toStringList(), (QStringList{QStringLiteral("prod"), QStringLiteral("prod-eu")}));
        QVERIFY(Cassandra::Ops::storeReadOnlyContexts({}, file, &error));
        QCOMPARE(Cassandra::Ops::readOnlyContexts(QString(), file), QSet<QString>());
    }
};

QTEST_MAIN(TestOpsModels)
#include "tst_ops_models.moc"
