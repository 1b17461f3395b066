// The cluster pages' models: RowTableModel's incremental updates under QAbstractItemModelTester, and the pure row
// builders from hand-written objects and nodetool/cqlsh output.
#include "clusterfixtures.h"
#include "models/cluster/clusterrows.h"
#include "models/cluster/nodetoolrows.h"
#include "models/cluster/rowtablemodel.h"

#include "cassandra/domain/topology.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Cluster;

namespace {
TableRow row(const QString &key, const QString &value)
{
    TableRow r;
    r.key = key;
    r.cells = {key, value};
    return r;
}
QList<TableRow> rows(const QString &spec)
{
    // "a=1;b=2" -> rows keyed a, b
    QList<TableRow> out;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        out << row(part.section(u'=', 0, 0), part.section(u'=', 1));
    }
    return out;
}
QString dump(const RowTableModel &m)
{
    QStringList parts;
    for (int i = 0; i < m.rowCount(); ++i) {
        parts << m.index(i, 0).data().toString() + u'=' + m.index(i, 1).data().toString();
    }
    return parts.join(u';');
}
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
QJsonObject pod(const QString &name, const QString &rack, const QString &ip, bool ready, int restarts = 0)
{
    const QString readyText = ready ? QStringLiteral("true") : QStringLiteral("false");
    const QString text = QStringLiteral(
        "{\"metadata\":{\"name\":\"%1\",\"namespace\":\"ns\",\"labels\":{\"app.kubernetes.io/managed-by\":\"cass-operator\","
        "\"cassandra.datastax.com/cluster\":\"shop\",\"cassandra.datastax.com/datacenter\":\"dc1\",\"cassandra.datastax.com/rack\":\"%2\","
        "\"cassandra.datastax.com/node-state\":\"Started\",\"app.kubernetes.io/version\":\"4.1.5\"}},"
        "\"spec\":{\"nodeName\":\"k8s-1\"},"
        "\"status\":{\"phase\":\"Running\",\"podIP\":\"%3\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"%4\"}],"
        "\"containerStatuses\":[{\"name\":\"cassandra\",\"ready\":%5,\"restartCount\":%6}]}}")
                             .arg(name, rack, ip, ready ? QStringLiteral("True") : QStringLiteral("False"), readyText)
                             .arg(restarts);
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char *Status = "Datacenter: dc1\n"
                     "===============\n"
                     "Status=Up/Down\n"
                     "|/ State=Normal/Leaving/Joining/Moving\n"
                     "--  Address     Load        Tokens  Owns (effective)  Host ID                               Rack\n"
                     "UN  10.0.0.1    1.5 MiB     16      100.0%            11111111-1111-1111-1111-111111111111  r1\n"
                     "DN  10.0.0.2    2 MiB       16      100.0%            22222222-2222-2222-2222-222222222222  r2\n";
} // namespace

class TestClusterModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalUpdates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("moved");
        QTest::addColumn<int>("changed");
        QTest::newRow("fill") << "" << "a=1;b=2;c=3" << 3 << 0 << 0 << 0;
        QTest::newRow("unchanged") << "a=1;b=2" << "a=1;b=2" << 0 << 0 << 0 << 0;
        QTest::newRow("value") << "a=1;b=2;c=3" << "a=1;b=9;c=3" << 0 << 0 << 0 << 1;
        QTest::newRow("prepend newest") << "b=2;c=3" << "a=1;b=2;c=3" << 1 << 0 << 0 << 0;
        QTest::newRow("remove middle") << "a=1;b=2;c=3" << "a=1;c=3" << 0 << 1 << 0 << 0;
        QTest::newRow("reorder") << "a=1;b=2;c=3" << "c=3;a=1;b=2" << 0 << 0 << 1 << 0;
        QTest::newRow("mixed") << "a=1;b=2;c=3;d=4" << "e=5;c=30;a=1" << 1 << 2 << 1 << 1;
        QTest::newRow("clear") << "a=1;b=2" << "" << 0 << 2 << 0 << 0;
    }
    void incrementalUpdates()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        RowTableModel model({QStringLiteral("Key"), QStringLiteral("Value")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows(from));
        QCOMPARE(dump(model), from);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(rows(to));
        QCOMPARE(dump(model), to);
        int insertedRows = 0, removedRows = 0;
        for (const auto &args : std::as_const(inserted)) {
            insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        }
        for (const auto &args : std::as_const(removed)) {
            removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        }
        QTEST(insertedRows, "inserted");
        QTEST(removedRows, "removed");
        QTEST(int(moved.size()), "moved");
        QTEST(int(changed.size()), "changed");
        QCOMPARE(reset.size(), 0); // never a reset: selections survive
    }

    void sortRoleAndTone()
    {
        RowTableModel model({QStringLiteral("A"), QStringLiteral("B")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableRow r = row(QStringLiteral("k"), QStringLiteral("10"));
        r.sortValues = {QVariant(), QVariant(10)};
        r.toolTips = {QStringLiteral("tip"), QString()};
        r.tone = Tone::Bad;
        r.toneColumn = 1;
        model.setRows({r});
        QCOMPARE(model.index(0, 1).data(RowTableModel::SortRole).toInt(), 10);
        QCOMPARE(model.index(0, 0).data(RowTableModel::SortRole).toString(), QStringLiteral("k"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("tip"));
        QVERIFY(!model.index(0, 1).data(Qt::ToolTipRole).isValid());
        QVERIFY(model.index(0, 1).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.cellText(QStringLiteral("k"), 1), QStringLiteral("10"));
        QCOMPARE(model.column(QStringLiteral("B")), 1);
    }

    void nodeTableFromObjectsAndNodetool()
    {
        const auto topology = Cassandra::Domain::ClusterTopology::build(
            {}, {}, {json(fixture(0))}, {pod(QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("r1"), QStringLiteral("10.0.0.1"), true, 2),
                                 pod(QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("r2"), QStringLiteral("10.0.0.2"), false)},
            {}, QStringLiteral("ctx"));
        QCOMPARE(topology.clusters.size(), 1);
        const auto &cluster = topology.clusters.constFirst();
        RowTableModel model(nodeHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(nodeRows(cluster));
        QCOMPARE(model.rowCount(), 2);
        const QString n1 = QStringLiteral("shop-dc1-r1-sts-0");
        QCOMPARE(model.cellText(n1, NodeStatusCol), QStringLiteral("Up"));
        QCOMPARE(model.cellText(n1, NodeStateCol), QStringLiteral("Normal"));
        QCOMPARE(model.cellText(n1, NodeHostId), QStringLiteral("11111111-1111-1111-1111-111111111111"));
        QCOMPARE(model.cellText(n1, NodeRestarts), QStringLiteral("2"));
        QCOMPARE(model.cellText(n1, NodeLoad), QString()); // only nodetool knows
        QCOMPARE(model.cellText(QStringLiteral("shop-dc1-r2-sts-0"), NodeStatusCol), QStringLiteral("Down"));
        const int r1 = model.rowOf(n1);
        QVERIFY(model.index(r1, NodeHostId).data(Qt::ToolTipRole).toString().contains(QLatin1String("nodeStatuses")));
        QVERIFY(model.index(r1, NodeLoad).data(Qt::ToolTipRole).toString().contains(QLatin1String("nodetool status")));

        const auto status = Cassandra::parseStatus(QString::fromLatin1(Status));
        QVERIFY2(status.isOk(), qPrintable(status.error().toString()));
        model.setRows(nodeRows(cluster, &status.value(), n1));
        QCOMPARE(model.cellText(n1, NodeLoad), QStringLiteral("1.5 MiB"));
        QCOMPARE(model.cellText(n1, NodeTokens), QStringLiteral("16"));
        QCOMPARE(model.index(r1, NodeLoad).data(RowTableModel::SortRole).toLongLong(), qint64(1.5 * 1024 * 1024));
        QVERIFY(model.index(r1, NodeLoad).data(Qt::ToolTipRole).toString().contains(n1));

        RowTableModel conditions(conditionHeaders());
        QAbstractItemModelTester conditionTester(&conditions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conditions.setRows(conditionRows(cluster));
        QCOMPARE(conditions.cellText(QStringLiteral("CassandraDatacenter/dc1/Ready"), 2), QStringLiteral("True"));
        QCOMPARE(conditions.cellText(QStringLiteral("CassandraDatacenter/dc1/Ready"), 5), QStringLiteral("2024-05-03 10:00:00"));

        const QStringList alerts = statusAlerts(cluster);
        QCOMPARE(alerts, QStringList{QStringLiteral("Node shop-dc1-r2-sts-0 is down")});
        RowTableModel fleet(fleetHeaders());
        QAbstractItemModelTester fleetTester(&fleet, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fleet.setRows(fleetRows(topology.clusters, {}));
        const QString key = fleetKey(QStringLiteral("ctx"), QStringLiteral("ns"), cluster.name);
        QCOMPARE(fleet.cellText(key, FleetNodes), QStringLiteral("1/2"));
        QCOMPARE(fleet.cellText(key, FleetAlerts), QStringLiteral("1"));
        QCOMPARE(fleet.cellText(key, FleetLastBackup), QStringLiteral("never"));
    }

    void eventsNewestFirstAndOnlyTheCluster()
    {
        const auto topology = Cassandra::Domain::ClusterTopology::build({}, {}, {json(fixture(0))}, {}, {}, QStringLiteral("ctx"));
        const auto &cluster = topology.clusters.constFirst();
        const QList<QJsonObject> events{
            json(fixture(1)),
            json(fixture(2)),
            json(fixture(3)),
            json(fixture(4))};
        RowTableModel model(eventHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(eventRows(events, cluster));
        QCOMPARE(dump(model), QStringLiteral("2024-05-03 11:00:00=Warning;2024-05-03 10:00:00=Normal"));
        QCOMPARE(model.cellText(QStringLiteral("u2"), EventCount), QStringLiteral("3"));
    }

    void backupsAndSchedules()
    {
        const auto topology = Cassandra::Domain::ClusterTopology::build({}, {}, {json(fixture(0))}, {}, {}, QStringLiteral("ctx"));
        const auto &cluster = topology.clusters.constFirst();
        const QList<QJsonObject> backups{
            json(fixture(5)),
            json(fixture(6)),
            json(fixture(7))};
        const QList<QJsonObject> jobs{json(fixture(8))};
        RowTableModel model(backupHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(backupRows(backups, jobs, cluster));
        QCOMPARE(model.rowCount(), 3); // dc9's backup is another cluster's
        QCOMPARE(model.index(0, BackupName).data().toString(), QStringLiteral("b2")); // newest first
        QCOMPARE(model.cellText(QStringLiteral("ns/b2"), BackupStatus), QStringLiteral("Running"));
        QCOMPARE(model.cellText(QStringLiteral("ns/b2"), BackupNodes), QStringLiteral("1/2"));
        QCOMPARE(model.cellText(QStringLiteral("ns/b1"), BackupSize), QStringLiteral("1.2 GiB"));
        QCOMPARE(model.cellText(QStringLiteral("ns/b1"), BackupFiles), QStringLiteral("96"));
        QCOMPARE(model.cellText(QStringLiteral("ns/b0"), BackupNodes), QStringLiteral("1/2"));
        QCOMPARE(lastBackupTime(backups, cluster), QDateTime::fromString(QStringLiteral("2024-05-03T10:05:00Z"), Qt::ISODate));

        const QList<QJsonObject> schedules{json(fixture(9))};
        RowTableModel sched(scheduleHeaders());
        QAbstractItemModelTester schedTester(&sched, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sched.setRows(scheduleRows(schedules, cluster));
        QCOMPARE(sched.cellText(QStringLiteral("ns/nightly"), 1), QStringLiteral("0 2 * * *"));
        QCOMPARE(sched.cellText(QStringLiteral("ns/nightly"), 2), QStringLiteral("2024-05-04 02:00:00"));
    }

    void keyspacesPerDatacenter()
    {
        const auto ks = Cassandra::parseCqlTable(QStringLiteral(
            "\n keyspace_name | replication\n---------------+------------------------------------------------------------------------\n"
            "        system | {'class': 'org.apache.cassandra.locator.LocalStrategy'}\n"
            "   system_auth | {'class': 'org.apache.cassandra.locator.NetworkTopologyStrategy', 'dc1': '3'}\n"
            "          shop | {'class': 'org.apache.cassandra.locator.NetworkTopologyStrategy', 'dc1': '3', 'dc2': '2'}\n\n(3 rows)\n"));
        QVERIFY2(ks.isOk(), qPrintable(ks.error().toString()));
        const auto replications = Cassandra::parseKeyspaceReplications(ks.value());
        QVERIFY(replications.isOk());
        const QStringList dcs{QStringLiteral("dc1"), QStringLiteral("dc2")};
        RowTableModel model(keyspaceHeaders(dcs));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(keyspaceRows(replications.value(), {{QStringLiteral("shop"), 4}}, dcs));
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.cellText(QStringLiteral("shop"), 2), QStringLiteral("3"));
        QCOMPARE(model.cellText(QStringLiteral("shop"), 3), QStringLiteral("2"));
        QCOMPARE(model.cellText(QStringLiteral("shop"), 5), QStringLiteral("4"));
        QCOMPARE(model.cellText(QStringLiteral("system_auth"), 3), QStringLiteral("0"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("system_auth")), 1).data(RowTableModel::ToneRole).toInt(), int(Tone::Warning));
        QCOMPARE(model.cellText(QStringLiteral("system"), 2), QStringLiteral("—"));
    }

    void nodetoolReports()
    {
        QString error;
        const QList<TableRow> tp = nodetoolRows(NodetoolReport::TpStats, QStringLiteral(
            "Pool Name                         Active   Pending      Completed   Blocked  All time blocked\n"
            "ReadStage                              0         0           1234         0                 0\n"
            "MutationStage                          2         5           9876         0                 0\n\n"
            "Message type           Dropped                  Latency waiting in queue (micros)\n"
            "                                             50%               95%               99%               Max\n"
            "READ_REQ                     7             N/A               N/A               N/A               N/A\n"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        RowTableModel model(nodetoolHeaders(NodetoolReport::TpStats));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(tp);
        QCOMPARE(model.cellText(QStringLiteral("pool/MutationStage"), 2), QStringLiteral("5"));
        QCOMPARE(model.cellText(QStringLiteral("dropped/READ_REQ"), 5), QStringLiteral("7"));
        // nodetool's own failure is reported, not shown as an empty table.
        const QList<TableRow> failed = nodetoolRows(NodetoolReport::Info, QStringLiteral("nodetool: Failed to connect to '127.0.0.1:7199'\n"), &error);
        QVERIFY(failed.isEmpty());
        QVERIFY2(error.contains(QLatin1String("Failed to connect")), qPrintable(error));
    }
};

QTEST_MAIN(TestClusterModels)
#include "tst_cluster_models.moc"
