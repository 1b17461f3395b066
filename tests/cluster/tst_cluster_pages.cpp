// The fleet, cluster and node pages against the in-process sandbox with the demo cluster (Mission Control, 3 nodes
// in dc1 r1..r3): live node table with host IDs, a killed pod going Down and Up again, schema agreement, the Schema
// tab read with cqlsh, a backup made through the API, the node page's nodetool tables and cqlsh console, the fleet,
// and screenshots of every page and tab in light and dark with the models behind them asserted.
#include "sandboxfixture.h"
#include "testsupport.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/cluster/clusterpage.h"
#include "gui/cluster/fleetpage.h"
#include "gui/cluster/nodepage.h"
#include "gui/cluster/repairstab.h"
#include "gui/cluster/tablepanel.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/settingsdialog.h"
#include "gui/screenshot.h"
#include "gui/workspace.h"
#include "models/cluster/clusterrows.h"
#include "models/cluster/rowtablemodel.h"

#include "cassandra/ops/history.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Ringside;
using namespace Ringside::Cluster;

namespace {
const QString Ctx = QStringLiteral("ringside-sandbox");
const QString Ns = QStringLiteral("ringside-demo");
const QString Pod1 = QStringLiteral("demo-dc1-r1-sts-0");

bool allUp(const RowTableModel *m, int count)
{
    if (m->rowCount() != count) {
        return false;
    }
    for (const TableRow &r : m->rows()) {
        if (r.cell(NodeStatusCol) != QLatin1String("Up") || r.cell(NodeStateCol) != QLatin1String("Normal") || r.cell(NodeHostId).isEmpty()) {
            return false;
        }
    }
    return true;
}
} // namespace

class TestClusterPages : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ClusterPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void watchModel(QAbstractItemModel *model)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(m_fx.start(&error, [](Sandbox::Sandbox::Options &o) {
                     o.simulation = true;
                     o.pace = 25; // slow enough that a killed node stays Down longer than the page's 150 ms coalescing
                     o.seed = 7;
                     o.demo = true;
                 }),
                 qPrintable(error));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        m_window->resize(1400, 860);
        m_window->show();
        m_window->setActiveContext(Ctx);
        // A recorded operation on this cluster, as the CLI or an operation dialog would write it.
        Cassandra::Ops::HistoryEntry entry;
        entry.context = Ctx;
        entry.operation = QStringLiteral("restart");
        entry.target = QStringLiteral("%1/demo dc=demo-dc1 (%2)").arg(Ns, Ctx);
        entry.summary = QStringLiteral("Rolling restart of demo-dc1");
        entry.result = QStringLiteral("succeeded");
        QFile::remove(Cassandra::Ops::OperationHistory().path()); // test mode: a file of this test only
        QVERIFY(Cassandra::Ops::OperationHistory().append(entry, &error));
    }

    void overviewShowsTheDemoCluster()
    {
        m_window->openClusterPage(Ctx, Ns, QStringLiteral("demo"));
        m_page = qobject_cast<ClusterPage *>(m_window->workspace()->currentWidget());
        QVERIFY(m_page);
        for (RowTableModel *m : {m_page->nodesModel(), m_page->conditionsModel(), m_page->eventsModel(), m_page->controlPlaneModel(),
                                 m_page->backupsModel(), m_page->schedulesModel(), m_page->tasksModel(), m_page->historyModel(),
                                 m_page->tablesModel(), m_page->repairsTab()->runsModel()}) {
            watchModel(m);
        }
        // Opening again raises the same page.
        const int tabs = m_window->workspace()->count();
        m_window->openClusterPage(Ctx, Ns, QStringLiteral("demo"));
        QCOMPARE(m_window->workspace()->count(), tabs);

        RowTableModel *nodes = m_page->nodesModel();
        QTRY_VERIFY_WITH_TIMEOUT(allUp(nodes, 3), 30000);
        QCOMPARE(nodes->cellText(Pod1, NodeRack), QStringLiteral("r1"));
        QCOMPARE(nodes->cellText(Pod1, NodeDc), QStringLiteral("dc1"));
        QCOMPARE(nodes->cellText(Pod1, NodeVersion), QStringLiteral("4.1.5"));
        QVERIFY(nodes->index(nodes->rowOf(Pod1), NodeHostId).data(Qt::ToolTipRole).toString().contains(QLatin1String("nodeStatuses")));
        // Load and tokens come from nodetool status run in an up node; schema agreement from describecluster.
        QTRY_VERIFY_WITH_TIMEOUT(!nodes->cellText(Pod1, NodeLoad).isEmpty(), 20000);
        QVERIFY(nodes->cellText(Pod1, NodeTokens).toInt() > 0);
        QVERIFY(nodes->index(nodes->rowOf(Pod1), NodeLoad).data(Qt::ToolTipRole).toString().contains(QLatin1String("nodetool status")));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->schemaAgreementLabel()->text().contains(QLatin1String("Schema agreement: yes")), 20000);
        QVERIFY2(m_page->summaryLabel()->text().contains(QLatin1String("3/3 nodes up")), qPrintable(m_page->summaryLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->conditionsModel()->rowOf(QStringLiteral("CassandraDatacenter/demo-dc1/Ready")) >= 0, 10000);
        QCOMPARE(m_page->conditionsModel()->cellText(QStringLiteral("CassandraDatacenter/demo-dc1/Ready"), 2), QStringLiteral("True"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->eventsModel()->rowCount() > 0, 10000);
        bool started = false;
        for (const TableRow &r : m_page->eventsModel()->rows()) {
            started = started || r.cell(EventReason) == QLatin1String("StartedCassandra");
        }
        QVERIFY(started);
        // The operators: their API from discovery, their Deployment (in the mission-control namespace) ready.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->controlPlaneModel()->rowCount(), 3, 10000);
        QSet<QString> components;
        for (const TableRow &r : m_page->controlPlaneModel()->rows()) {
            components.insert(r.cell(0));
            QVERIFY2(r.cell(2).startsWith(QLatin1String("mission-control/")) && r.cell(1) == QLatin1String("1/1"), qPrintable(r.cells.join(u'|')));
        }
        QCOMPARE(components, (QSet<QString>{QStringLiteral("cass-operator"), QStringLiteral("k8ssandra-operator"), QStringLiteral("mission-control")}));
        QCOMPARE(m_page->controlPlaneModel()->rows().constLast().cell(3), QStringLiteral("missioncontrol.datastax.com/v1beta2"));
    }

    void killedPodGoesDownAndUpAgain()
    {
        QVERIFY(m_page);
        RowTableModel *nodes = m_page->nodesModel();
        const QString hostId = nodes->cellText(Pod1, NodeHostId);
        const int row = nodes->rowOf(Pod1);
        QSignalSpy reset(nodes, &QAbstractItemModel::modelReset);
        // Every state the table shows for the node, as it changes (the Down spell is short at the test's pace).
        QStringList seen;
        const auto record = [&] {
            const QString status = nodes->cellText(Pod1, NodeStatusCol);
            if (!status.isEmpty() && (seen.isEmpty() || seen.constLast() != status)) {
                seen << status;
            }
        };
        connect(nodes, &QAbstractItemModel::dataChanged, this, record);
        connect(nodes, &QAbstractItemModel::rowsInserted, this, record);
        const auto r = m_fx.post(QStringLiteral("/sandbox/v1/namespaces/%1/pods/%2/fail").arg(Ns, Pod1), QJsonObject());
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("Down")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allUp(nodes, 3), 30000);
        QCOMPARE(seen.constLast(), QStringLiteral("Up"));
        disconnect(nodes, nullptr, this, nullptr);
        QCOMPARE(nodes->cellText(Pod1, NodeHostId), hostId); // a restarted pod keeps its host ID
        QCOMPARE(nodes->rowOf(Pod1), row);                   // updated in place
        QCOMPARE(reset.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->eventsModel()->rowOf(QString()) < 0 && [&] {
            for (const TableRow &e : m_page->eventsModel()->rows()) {
                if (e.cell(EventReason) == QLatin1String("Killing") && e.cell(EventObject) == QLatin1String("Pod/") + Pod1) {
                    return true;
                }
            }
            return false;
        }(), 10000);
        // Newest first.
        const auto &events = m_page->eventsModel()->rows();
        for (int i = 1; i < events.size(); ++i) {
            QVERIFY(events.at(i - 1).sortValues.at(EventTime).toLongLong() >= events.at(i).sortValues.at(EventTime).toLongLong());
        }
    }

    void schemaTabListsKeyspacesWithReplication()
    {
        QVERIFY(m_page);
        QSignalSpy done(m_page, &ClusterPage::schemaRefreshed);
        m_page->setCurrentIndex(ClusterPage::SchemaTab);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        QCOMPARE(done.constFirst().at(0).toString(), QString());
        watchModel(m_page->keyspacesModel());
        RowTableModel *ks = m_page->keyspacesModel();
        QVERIFY(ks->rowOf(QStringLiteral("system_auth")) >= 0);
        QVERIFY(ks->rowOf(QStringLiteral("demo_ks")) >= 0);
        const int rf = ks->column(QStringLiteral("RF dc1"));
        QVERIFY(rf > 0);
        QCOMPARE(ks->cellText(QStringLiteral("demo_ks"), 1), QStringLiteral("NetworkTopologyStrategy"));
        QVERIFY(ks->cellText(QStringLiteral("demo_ks"), rf).toInt() >= 1);
        QCOMPARE(ks->cellText(QStringLiteral("system"), rf), QStringLiteral("—"));
        QVERIFY(m_page->tablesModel()->rowOf(QStringLiteral("demo_ks.users")) >= 0);
        QVERIFY(ks->cellText(QStringLiteral("demo_ks"), ks->columnCount() - 1).toInt() >= 2);
    }

    void backupMadeThroughTheApiAppears()
    {
        QVERIFY(m_page);
        const QJsonObject job{{QStringLiteral("apiVersion"), QStringLiteral("medusa.k8ssandra.io/v1alpha1")},
                              {QStringLiteral("kind"), QStringLiteral("MedusaBackupJob")},
                              {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("gui-backup-1")}}},
                              {QStringLiteral("spec"), QJsonObject{{QStringLiteral("cassandraDatacenter"), QStringLiteral("demo-dc1")},
                                                                   {QStringLiteral("backupType"), QStringLiteral("full")}}}};
        const auto r = m_fx.post(QStringLiteral("/apis/medusa.k8ssandra.io/v1alpha1/namespaces/%1/medusabackupjobs").arg(Ns), job);
        QVERIFY2(r.status == 201, r.body.constData());
        m_page->setCurrentIndex(ClusterPage::BackupsTab);
        RowTableModel *backups = m_page->backupsModel();
        const QString key = Ns + QStringLiteral("/gui-backup-1");
        QTRY_VERIFY_WITH_TIMEOUT(backups->rowOf(key) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(backups->cellText(key, BackupStatus), QStringLiteral("SUCCESS"), 30000);
        QCOMPARE(backups->cellText(key, BackupNodes), QStringLiteral("3/3"));
        QCOMPARE(backups->cellText(key, BackupType), QStringLiteral("full"));
        QVERIFY(backups->cellText(key, BackupFiles).toInt() > 0);
        QVERIFY(!backups->cellText(key, BackupFinish).isEmpty());

        // A schedule shows its cron and the next run the operator computed.
        const QJsonObject schedule{{QStringLiteral("apiVersion"), QStringLiteral("medusa.k8ssandra.io/v1alpha1")},
                                   {QStringLiteral("kind"), QStringLiteral("MedusaBackupSchedule")},
                                   {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("nightly")}}},
                                   {QStringLiteral("spec"), QJsonObject{{QStringLiteral("cronSchedule"), QStringLiteral("0 2 * * *")},
                                                                        {QStringLiteral("backupSpec"), QJsonObject{{QStringLiteral("cassandraDatacenter"), QStringLiteral("demo-dc1")},
                                                                                                                   {QStringLiteral("backupType"), QStringLiteral("differential")}}}}}};
        const auto s = m_fx.post(QStringLiteral("/apis/medusa.k8ssandra.io/v1alpha1/namespaces/%1/medusabackupschedules").arg(Ns), schedule);
        QVERIFY2(s.status == 201, s.body.constData());
        const QString scheduleKey = Ns + QStringLiteral("/nightly");
        QTRY_COMPARE_WITH_TIMEOUT(m_page->schedulesModel()->cellText(scheduleKey, 1), QStringLiteral("0 2 * * *"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->schedulesModel()->cellText(scheduleKey, 2).endsWith(QLatin1String("02:00:00")), 10000);
    }

    void operationsTabShowsHistory()
    {
        QVERIFY(m_page);
        m_page->setCurrentIndex(ClusterPage::OperationsTab);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->historyModel()->rowCount(), 1, 5000);
        QCOMPARE(m_page->historyModel()->rows().constFirst().cell(2), QStringLiteral("restart"));
        QCOMPARE(m_page->historyModel()->rows().constFirst().cell(4), QStringLiteral("succeeded"));

        // A task of the cluster, with its per-node progress.
        const QJsonObject task{{QStringLiteral("apiVersion"), QStringLiteral("control.k8ssandra.io/v1alpha1")},
                               {QStringLiteral("kind"), QStringLiteral("CassandraTask")},
                               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("flush-all")}}},
                               {QStringLiteral("spec"), QJsonObject{{QStringLiteral("datacenter"), QJsonObject{{QStringLiteral("name"), QStringLiteral("demo-dc1")},
                                                                                                           {QStringLiteral("namespace"), Ns}}},
                                                                    {QStringLiteral("jobs"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("flush")},
                                                                                                                    {QStringLiteral("command"), QStringLiteral("flush")}}}}}}};
        const auto r = m_fx.post(QStringLiteral("/apis/control.k8ssandra.io/v1alpha1/namespaces/%1/cassandratasks").arg(Ns), task);
        QVERIFY2(r.status == 201, r.body.constData());
        const QString key = QStringLiteral("CassandraTask/%1/flush-all").arg(Ns);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->tasksModel()->rowOf(key) >= 0, 10000);
        QCOMPARE(m_page->tasksModel()->cellText(key, TaskCommand), QStringLiteral("flush"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->tasksModel()->cellText(key, TaskState), QStringLiteral("Succeeded"), 20000);
        QCOMPARE(m_page->tasksModel()->cellText(key, TaskProgressCol), QStringLiteral("3/3"));
    }

    void nodePageShowsNodetoolAndRunsCql()
    {
        QVERIFY(m_page);
        Q_EMIT m_page->openNodeRequested(Ctx, Ns, Pod1);
        auto *node = qobject_cast<NodePage *>(m_window->workspace()->currentWidget());
        QVERIFY(node);
        RowTableModel *info = node->model(NodetoolReport::Info);
        watchModel(info);
        for (NodetoolReport r : {NodetoolReport::TableStats, NodetoolReport::CompactionStats, NodetoolReport::NetStats, NodetoolReport::TpStats}) {
            watchModel(node->model(r));
        }
        QTRY_VERIFY_WITH_TIMEOUT(info->rowOf(QStringLiteral("ID")) >= 0, 15000);
        QCOMPARE(info->cellText(QStringLiteral("ID"), 1), m_page->nodesModel()->cellText(Pod1, NodeHostId));
        QCOMPARE(info->cellText(QStringLiteral("Data Center"), 1), QStringLiteral("dc1"));
        QTRY_VERIFY_WITH_TIMEOUT(node->model(NodetoolReport::TableStats)->rowOf(QStringLiteral("demo_ks.users")) >= 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(node->model(NodetoolReport::TpStats)->rowOf(QStringLiteral("pool/ReadStage")) >= 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(node->model(NodetoolReport::NetStats)->rowOf(QStringLiteral("mode")) >= 0, 15000);
        QCOMPARE(node->model(NodetoolReport::NetStats)->cellText(QStringLiteral("mode"), 1), QStringLiteral("NORMAL"));
        QTRY_VERIFY_WITH_TIMEOUT(node->model(NodetoolReport::CompactionStats)->rowOf(QStringLiteral("pending")) >= 0, 15000);

        QSignalSpy cql(node, &NodePage::cqlFinished);
        node->setCurrentIndex(5);
        node->cqlInput()->setText(QStringLiteral("DESCRIBE KEYSPACES"));
        QTest::keyClick(node->cqlInput(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(cql.size(), 1, 15000);
        QVERIFY2(cql.constFirst().at(1).toBool(), qPrintable(node->cqlOutput()->toPlainText()));
        QVERIFY2(node->cqlOutput()->toPlainText().contains(QLatin1String("demo_ks")), qPrintable(node->cqlOutput()->toPlainText()));
        node->runCql(QStringLiteral("SELEC nonsense"));
        QTRY_COMPARE_WITH_TIMEOUT(cql.size(), 2, 15000);
        QVERIFY(!cql.at(1).at(1).toBool());
        QCOMPARE(node->cqlHistory(), (QStringList{QStringLiteral("DESCRIBE KEYSPACES"), QStringLiteral("SELEC nonsense")}));
        QTest::keyClick(node->cqlInput(), Qt::Key_Up);
        QCOMPARE(node->cqlInput()->text(), QStringLiteral("SELEC nonsense"));
        QVERIFY(!node->cqlOutput()->toPlainText().contains(QLatin1String("-p ")));

        for (int i = 0; i < node->count(); ++i) {
            node->setCurrentIndex(i);
            QTest::qWait(100);
            shoot(m_window.get(), QStringLiteral("node-%1").arg(i));
        }
    }

    void fleetListsTheDemoCluster()
    {
        QAction *fleet = nullptr;
        for (QAction *a : m_window->viewMenu()->actions()) {
            if (a->text().contains(QLatin1String("Fleet"))) {
                fleet = a;
            }
        }
        QVERIFY(fleet);
        fleet->trigger();
        auto *page = qobject_cast<FleetPage *>(m_window->workspace()->currentWidget());
        QVERIFY(page);
        watchModel(page->model());
        const QString key = fleetKey(Ctx, Ns, QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->cellText(key, FleetNodes), QStringLiteral("3/3"), 15000);
        QCOMPARE(page->model()->cellText(key, FleetHealth), QStringLiteral("healthy"));
        QCOMPARE(page->model()->cellText(key, FleetVersion), QStringLiteral("4.1.5"));
        QCOMPARE(page->model()->cellText(key, FleetType), QStringLiteral("Cassandra"));
        QCOMPARE(page->model()->cellText(key, FleetAlerts), QStringLiteral("0"));
        // Asked from the demo's Reaper (per datacenter): never repaired, or not reachable while it starts.
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->cellText(key, FleetLastRepair) != QLatin1String("n/a"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->cellText(key, FleetLastBackup) != QLatin1String("never"), 10000); // gui-backup-1
        shoot(m_window.get(), QStringLiteral("fleet"));
        // Double click opens (raises) the cluster's page.
        QSignalSpy open(page, &FleetPage::openClusterRequested);
        const QModelIndex index = page->panel()->view()->model()->index(0, FleetCluster);
        page->panel()->view()->setCurrentIndex(index);
        QTest::keyClick(page->panel()->view(), Qt::Key_Return);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().at(2).toString(), QStringLiteral("demo"));
        QCOMPARE(m_window->workspace()->currentWidget(), m_page);
    }

    void repairsTabReadsReaper()
    {
        QVERIFY(m_page);
        // Reaper for the demo's datacenter, then a repair run made through its REST API (service proxy).
        const QJsonObject reaper{{QStringLiteral("apiVersion"), QStringLiteral("reaper.k8ssandra.io/v1alpha1")},
                                 {QStringLiteral("kind"), QStringLiteral("Reaper")},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("demo-dc1-reaper")},
                                                                          {QStringLiteral("labels"), QJsonObject{{QStringLiteral("k8ssandra.io/cluster-name"), QStringLiteral("demo")}}}}},
                                 {QStringLiteral("spec"), QJsonObject{{QStringLiteral("datacenterRef"), QJsonObject{{QStringLiteral("name"), QStringLiteral("demo-dc1")}}}}}};
        // The demo deploys Reaper per datacenter (spec.reaper); without it, this creates one.
        auto r = m_fx.post(QStringLiteral("/apis/reaper.k8ssandra.io/v1alpha1/namespaces/%1/reapers").arg(Ns), reaper);
        QVERIFY2(r.status == 201 || r.status == 409, r.body.constData());
        const QString proxy = QStringLiteral("/api/v1/namespaces/%1/services/demo-dc1-reaper-service:8080/proxy").arg(Ns);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.request("GET", proxy + QStringLiteral("/ping"), {}, {}).status, 204, 20000);
        r = m_fx.request("POST", proxy + QStringLiteral("/repair_run?clusterName=demo&keyspace=demo_ks&owner=alice&segmentCountPerNode=1"), {}, {});
        QVERIFY2(r.status == 201, r.body.constData());
        const QString id = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        RepairsTab *tab = m_page->repairsTab();
        QSignalSpy refreshed(tab, &RepairsTab::refreshed);
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
        QCOMPARE(refreshed.constFirst().at(0).toString(), QString());
        QCOMPARE(tab->runsModel()->cellText(id, 1), QStringLiteral("demo_ks"));
        QCOMPARE(tab->runsModel()->cellText(id, 8), QStringLiteral("alice"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+/\\d+$")).match(tab->runsModel()->cellText(id, 3)).hasMatch(),
                 qPrintable(tab->runsModel()->cellText(id, 3)));
        QCOMPARE(tab->runsModel()->cellText(id, 2), r.json().value(QStringLiteral("state")).toString());
        // The fleet asks Reaper too: the run has not finished, so its state shows.
        auto *fleet = qobject_cast<FleetPage *>(m_window->workspace()->page(QStringLiteral("fleet")));
        QVERIFY(fleet);
        fleet->refreshRepairs();
        const QString key = fleetKey(Ctx, Ns, QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(fleet->model()->cellText(key, FleetLastRepair).startsWith(r.json().value(QStringLiteral("state")).toString()), 10000);
    }

    void clusterTabsScreenshots()
    {
        QVERIFY(m_page);
        const QStringList names{QStringLiteral("overview"), QStringLiteral("metrics"), QStringLiteral("logs"), QStringLiteral("backups"),
                                QStringLiteral("repairs"), QStringLiteral("schema"), QStringLiteral("operations"), QStringLiteral("yaml")};
        m_window->workspace()->setCurrentWidget(m_page);
        for (int i = 0; i < m_page->count(); ++i) {
            m_page->setCurrentIndex(i);
            QTest::qWait(i == ClusterPage::LogsTab || i == ClusterPage::RepairsTab_ ? 1500 : 200);
            shoot(m_window.get(), QStringLiteral("cluster-%1").arg(names.value(i)));
        }
        // What the screenshots show: the YAML tab holds the live MissionControlCluster, the repairs tab says why it
        // is empty.
        QVERIFY(m_page->yamlView()->toPlainText().contains(QLatin1String("kind: MissionControlCluster")));
        QVERIFY(!m_page->yamlView()->toPlainText().contains(QLatin1String("managedFields")));
        QVERIFY(m_page->repairsTab()->runsModel()->rowCount() >= 1);
    }

    void emptyTableShowsALatePlaceholder()
    {
        // A tab that learns only later why it is empty (Reaper answered "no runs") says so at once.
        Cluster::RowTableModel model({QStringLiteral("Run"), QStringLiteral("State")});
        QSignalSpy changed(&model, &Cluster::RowTableModel::placeholderChanged);
        Cluster::TablePanel panel(QStringLiteral("Runs"), &model);
        model.setPlaceholder(QStringLiteral("Reading…"));
        QCOMPARE(panel.message(), QStringLiteral("Reading…"));
        model.setPlaceholder(QStringLiteral("Reaper has no repair runs for demo."));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.message(), QStringLiteral("Reaper has no repair runs for demo."));
        model.setPlaceholder(QStringLiteral("Reaper has no repair runs for demo."));
        QCOMPARE(changed.count(), 2);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }
};

QTEST_MAIN(TestClusterPages)
#include "tst_cluster_pages.moc"
