// The alerts dock and the cluster dashboard of the main window against a REAL Prometheus scraping the in-process
// sandbox (simulated operators and nodes): the sandbox writes prometheus.yml and targets.json, this test starts
// /usr/bin/prometheus on a copy with a 2 s scrape interval, sets the context's metrics URL, fills a node's disk
// with the sandbox's fault injection and sees the disk alert appear for that node (built-in status rule fed from
// the kubelet volume metrics, and a user PromQL rule), then heals it and sees the alert clear. The cluster's
// Metrics page (MainWindow::openMetrics on its tree item) must show series for every node in every panel.
// Skipped when /usr/bin/prometheus is missing.
#include "opssandboxsupport.h"

#include "gui/appsettings.h"
#include "gui/application.h"
#include "gui/charts/chartpanel.h"
#include "gui/charts/dashboardpage.h"
#include "gui/contextsessions.h"
#include "gui/mainwindow.h"
#include "gui/ops/opscontroller.h"
#include "gui/ops/settingsdialog.h"
#include "gui/projectdock.h"
#include "gui/screenshot.h"
#include "models/charts/dashboardmodel.h"
#include "models/charts/panelmodel.h"
#include "models/ops/alertsmodel.h"
#include "models/ops/nodemetrics.h"
#include "models/projecttreemodel.h"
#include "nodesim/nodesimulation.h"

#include "metrics/alertrule.h"
#include "metrics/promcatalog.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTreeView>
#include <QUrlQuery>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Operations;
using namespace Ringside::Test::OpsGui;
namespace Op = Ringside::Test::Op;

namespace {

const QStringList Pods{QStringLiteral("shop-dc1-r1-sts-0"), QStringLiteral("shop-dc1-r2-sts-0"), QStringLiteral("shop-dc1-r3-sts-0")};
const QString FullPod = QStringLiteral("shop-dc1-r2-sts-0");

QJsonObject httpJson(QNetworkAccessManager &nam, const QUrl &url, int *status = nullptr)
{
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    if (status) {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString describeStates(const QList<Charts::ChartPanel *> &panels)
{
    QStringList out;
    for (Charts::ChartPanel *p : panels) {
        out.append(p->model()->panel().id + u'='
                   + QString::fromLatin1(QMetaEnum::fromType<Charts::PanelModel::State>().valueToKey(int(p->model()->state()))) + u' '
                   + p->model()->message());
    }
    return out.join(u'\n');
}

} // namespace

class TestOpsPrometheus : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    QString m_url;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QModelIndex clusterIndex()
    {
        ProjectTreeModel *model = m_window->projectModel();
        return childNamed(model, childNamed(model, model->indexOfContext(Ctx), Op::Ns), ClusterName);
    }

    /*! The value of \a promql per pod label, straight from Prometheus. */
    QHash<QString, double> promValues(const QString &promql)
    {
        QUrl url(m_url + QStringLiteral("/api/v1/query"));
        url.setQuery(QUrlQuery{{QStringLiteral("query"), promql}});
        const QJsonArray result = httpJson(m_nam, url).value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
        QHash<QString, double> out;
        for (const QJsonValue &v : result) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QLatin1String("metric")).toObject().value(QLatin1String("pod")).toString(),
                       o.value(QLatin1String("value")).toArray().at(1).toString().toDouble());
        }
        return out;
    }

    /*! \a promql's result as Prometheus sent it, with the series of the raw volume metrics (for failure messages). */
    QByteArray promRaw(const QString &promql)
    {
        QByteArray out;
        for (const QString &q : {promql, QStringLiteral("kubelet_volume_stats_used_bytes"), QStringLiteral("kubelet_volume_stats_capacity_bytes")}) {
            QUrl url(m_url + QStringLiteral("/api/v1/query"));
            url.setQuery(QUrlQuery{{QStringLiteral("query"), q}});
            out += q.toUtf8() + "\n" + QJsonDocument(httpJson(m_nam, url)).toJson(QJsonDocument::Compact) + "\n";
        }
        return out;
    }

    /*! The row of the alert of \a rule for \a pod in the dock's model after one evaluation round, or -1. */
    int alertRow(const QString &rule, const QString &pod)
    {
        OpsController *ctl = OpsController::of(m_window.get());
        AlertsModel *alerts = ctl->alerts()->model();
        QSignalSpy reset(alerts, &QAbstractItemModel::modelReset);
        ctl->evaluateAlerts();
        QTest::qWait(300); // the round's requests (Kubernetes lists, Prometheus queries) answer on this thread
        for (int r = 0; r < alerts->rowCount(); ++r) {
            const QModelIndex a = alerts->index(r, 0);
            if (a.data(AlertsModel::RuleRole).toString() == rule && a.data(AlertsModel::NodeRole).toString() == pod) {
                return r;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString prometheus = QStringLiteral("/usr/bin/prometheus");
        if (!QFile::exists(prometheus)) {
            QSKIP("/usr/bin/prometheus is missing");
        }
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        qunsetenv("RINGSIDE_READ_ONLY_CONTEXTS");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(Op::startWorld(m_fx, &error, 10), qPrintable(error));
        QCOMPARE(m_fx.post(Op::mccPath(), Op::mcc(ClusterName, QStringLiteral("4.1.5"), 3, 1)).status, 201);
        QVERIFY(QTest::qWaitFor([this] { return Op::dcReady(m_fx, QStringLiteral("shop-dc1")); }, 60000));
        Sandbox::NodeSimulation *nodes = m_fx.sandbox()->nodes();
        QVERIFY(nodes);
        const QString dir = nodes->prometheusDirectory();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile targets(dir + QStringLiteral("/targets.json"));
                return targets.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(targets.readAll()).array().size() == 3;
            }(),
            20000);
        qInfo() << "sandbox world with 3 ready nodes in" << timer.restart() << "ms";
        // Two hours of history (promtool blocks in the sandbox's data directory), so that the dashboard's windows
        // have points before the live scrapes start.
        if (!QFile::exists(QStringLiteral("/usr/bin/promtool"))) {
            QSKIP("/usr/bin/promtool is missing");
        }
        QSignalSpy backfilled(nodes, &Sandbox::NodeSimulation::backfillFinished);
        QVERIFY(nodes->backfill({}, 2 * 3600, 30));
        QVERIFY(backfilled.wait(90000));
        QVERIFY2(backfilled.constFirst().at(0).toBool(), qPrintable(backfilled.constFirst().at(1).toString()));
        qInfo() << "backfill of 3 nodes x 2 h, step 30 s, in" << timer.restart() << "ms";

        // The sandbox's own config, scraping every 2 s instead of 15 s so the test stays short.
        QFile config(dir + QStringLiteral("/prometheus.yml"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray yaml = config.readAll();
        QVERIFY2(yaml.contains("scrape_interval: 15s") && yaml.contains("refresh_interval: 10s"), yaml.constData());
        yaml.replace("scrape_interval: 15s", "scrape_interval: 2s").replace("evaluation_interval: 15s", "evaluation_interval: 2s");
        yaml.replace("refresh_interval: 10s", "refresh_interval: 1s");
        QFile fast(m_dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(fast.open(QIODevice::WriteOnly));
        fast.write(yaml);
        fast.close();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(prometheus, {QStringLiteral("--config.file=") + fast.fileName(),
                                        QStringLiteral("--storage.tsdb.path=") + dir + QStringLiteral("/data"),
                                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(m_prometheus.waitForStarted());
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                int status = 0;
                httpJson(m_nam, QUrl(m_url + QStringLiteral("/-/ready")), &status);
                return status == 200;
            }(),
            qPrintable(QString::fromUtf8(m_prometheus.readAll())), 20000);
        // Every pod scraped, the data volume reported.
        QTRY_VERIFY_WITH_TIMEOUT(promValues(QStringLiteral("up == 1")).size() == 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(promValues(QStringLiteral("kubelet_volume_stats_used_bytes")).size() == 3, 10000);
        qInfo() << "prometheus ready and scraping 3 pods in" << timer.elapsed() << "ms";

        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("window.ini")));
        m_settings->setPrometheusUrl(Ctx, m_url);
        m_window = std::make_unique<MainWindow>(*m_settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy connected(m_window->sessions(), &ContextSessions::connectionChanged);
        m_window->setActiveContext(Ctx);
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 15000);
        m_window->projectDock()->expandContext(Ctx, 5);
        QTRY_VERIFY_WITH_TIMEOUT(clusterIndex().isValid(), 15000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_prometheus.state() != QProcess::NotRunning) {
            m_prometheus.terminate();
            if (!m_prometheus.waitForFinished(10000)) {
                m_prometheus.kill();
                m_prometheus.waitForFinished(5000);
            }
        }
        theme(false);
    }

    void diskAlertFollowsFillDiskAndHeal()
    {
        OpsController *ctl = OpsController::of(m_window.get());
        AlertsModel *alerts = ctl->alerts()->model();
        QAbstractItemModelTester tester(alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ctl->alertsDock()->show();
        // The built-in rules, plus a user PromQL rule on the same metric (Prometheus evaluates it).
        // The sandbox's simulated volumes sit at up to 95 % without any fault (its model caps the usage there), so the
        // built-in disk rule's threshold is raised to 97 % here, as a user would in the rule settings; fill-disk
        // reports 98.5 %.
        QList<Metrics::AlertRule> rules = Metrics::builtInAlertRules();
        for (Metrics::AlertRule &r : rules) {
            if (r.id == QLatin1String("disk_usage_high")) {
                r.threshold = 97;
            }
        }
        Metrics::AlertRule user;
        user.id = QStringLiteral("volume_nearly_full");
        user.severity = Metrics::Severity::Warning;
        user.source = Metrics::AlertRule::Source::PromQL;
        user.expr = QStringLiteral("max by (cluster, pod) (100 * kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes)");
        user.comparison = Metrics::Comparison::Greater;
        user.threshold = 97;
        user.summary = QStringLiteral("The volume of {label:pod} is {value}% used");
        QVERIFY2(user.validate().isEmpty(), qPrintable(user.validate()));
        rules << user;
        ctl->alerts()->setRules(rules);

        QVERIFY2(alertRow(QStringLiteral("disk_usage_high"), FullPod) < 0, promRaw(Operations::diskUsageQuery()).constData());
        QVERIFY2(alertRow(QStringLiteral("volume_nearly_full"), FullPod) < 0, promRaw(user.expr).constData());
        const QHash<QString, double> before = promValues(QStringLiteral("100 * kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes"));
        QVERIFY2(before.value(FullPod) < 97, qPrintable(QString::number(before.value(FullPod))));

        QElapsedTimer timer;
        timer.start();
        const QString base = QLatin1String("/sandbox/v1/namespaces/") + Op::Ns + QLatin1String("/pods/") + FullPod;
        QCOMPARE(m_fx.request("POST", base + QLatin1String("/fill-disk")).status, 200);
        // The built-in rule holds at once (pending: it fires after its 5 minutes), the PromQL rule fires at once.
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = alertRow(QStringLiteral("disk_usage_high"), FullPod)) >= 0, 30000);
        qInfo() << "disk alert in the dock" << timer.elapsed() << "ms after fill-disk";
        QModelIndex a = alerts->index(row, 0);
        QCOMPARE(a.data(AlertsModel::ContextRole).toString(), Ctx);
        QCOMPARE(a.data(AlertsModel::ClusterRole).toString(), ClusterName);
        QCOMPARE(a.data(AlertsModel::SeverityRole).toInt(), int(Metrics::Severity::Critical));
        QVERIFY(!a.data(AlertsModel::FiringRole).toBool());
        QCOMPARE(alerts->index(row, AlertsModel::StateColumn).data().toString(), QStringLiteral("Pending"));
        const QString summary = alerts->index(row, AlertsModel::SummaryColumn).data().toString();
        QVERIFY2(summary.contains(FullPod) && summary.contains(QLatin1String("98")), qPrintable(summary));
        // Only that node.
        for (const QString &pod : Pods) {
            if (pod != FullPod) {
                QCOMPARE(alertRow(QStringLiteral("disk_usage_high"), pod), -1);
            }
        }
        // A full disk also drops mutations in the simulation: the built-in rule fed from the catalog's dropped
        // messages query fires for that node.
        QTRY_VERIFY_WITH_TIMEOUT((row = alertRow(QStringLiteral("dropped_mutations"), FullPod)) >= 0, 20000);
        QVERIFY2(alerts->index(row, AlertsModel::SummaryColumn).data().toString().contains(FullPod),
                 qPrintable(alerts->index(row, AlertsModel::SummaryColumn).data().toString()));
        QCOMPARE(alerts->index(row, 0).data(AlertsModel::ClusterRole).toString(), ClusterName);
        QTRY_VERIFY_WITH_TIMEOUT((row = alertRow(QStringLiteral("volume_nearly_full"), FullPod)) >= 0, 15000);
        QVERIFY(alerts->index(row, 0).data(AlertsModel::FiringRole).toBool());
        QVERIFY2(alerts->index(row, AlertsModel::SummaryColumn).data().toString().contains(FullPod),
                 qPrintable(alerts->index(row, AlertsModel::SummaryColumn).data().toString()));
        // With the built-in rule's delay set to nothing, it fires too.
        for (Metrics::AlertRule &r : rules) {
            if (r.id == QLatin1String("disk_usage_high")) {
                r.forDuration = std::chrono::milliseconds(0);
            }
        }
        ctl->alerts()->setRules(rules);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                row = alertRow(QStringLiteral("disk_usage_high"), FullPod);
                return row >= 0 && alerts->index(row, 0).data(AlertsModel::FiringRole).toBool();
            }(),
            10000);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("prometheus-disk-alert"), false)).isEmpty());
        theme(true);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("prometheus-disk-alert"), true)).isEmpty());
        theme(false);
        QVERIFY(ctl->showAlertNode(row));
        QCOMPARE(m_window->projectDock()->view()->currentIndex().data().toString(), FullPod);

        // Healed: the next scrapes report the volume as before and both alerts go.
        timer.restart();
        QCOMPARE(m_fx.request("POST", base + QLatin1String("/heal")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(alertRow(QStringLiteral("disk_usage_high"), FullPod) < 0
                                     && alertRow(QStringLiteral("volume_nearly_full"), FullPod) < 0,
                                 30000);
        qInfo() << "disk alerts cleared" << timer.elapsed() << "ms after heal";
        ctl->alerts()->setRules(Metrics::builtInAlertRules());
    }

    void dashboardHasEveryNode()
    {
        // Rates need a few scrapes in their range.
        QTRY_VERIFY_WITH_TIMEOUT(promValues(QStringLiteral("rate(process_cpu_seconds_total[1m])")).size() == 3, 30000);
        m_window->openMetrics(clusterIndex());
        Charts::DashboardPage *page = m_window->findChild<Charts::DashboardPage *>();
        QVERIFY2(page, "MainWindow::openMetrics opened no dashboard");
        QVERIFY(!page->panels().isEmpty());
        QAbstractItemModelTester tester(page->panels().constFirst()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto settled = [page] {
            const auto detection = page->model()->detectionState();
            if (detection == Charts::DashboardModel::DetectionState::NotFound || detection == Charts::DashboardModel::DetectionState::Failed) {
                return true; // reported below
            }
            for (Charts::ChartPanel *p : page->panels()) {
                const auto s = p->model()->state();
                if (s == Charts::PanelModel::State::Loading || s == Charts::PanelModel::State::Idle) {
                    return false;
                }
            }
            return page->model()->detectionState() != Charts::DashboardModel::DetectionState::Detecting;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(describeStates(page->panels())), 30000);
        QVERIFY2(page->model()->detectionState() == Charts::DashboardModel::DetectionState::Found, qPrintable(page->model()->bannerText()));
        const QString nodeLabel = Metrics::Catalog::nodeLabel(page->model()->detection().flavour);
        QStringList problems;
        for (Charts::ChartPanel *p : page->panels()) {
            const Charts::PanelModel *m = p->model();
            if (m->state() != Charts::PanelModel::State::Ready || m->series().isEmpty()) {
                problems << QStringLiteral("%1: %2 (%3)").arg(m->panel().id, m->message(), describeStates({p}));
                continue;
            }
            QSet<QString> nodes;
            for (const Charts::ChartSeries &s : m->series()) {
                nodes.insert(s.labels.value(nodeLabel));
                if (s.raw.isEmpty()) {
                    problems << QStringLiteral("%1: series %2 has no samples").arg(m->panel().id, s.legend);
                }
            }
            if (nodes != QSet<QString>(Pods.begin(), Pods.end())) {
                problems << QStringLiteral("%1: series for %2, not the 3 pods").arg(m->panel().id, QStringList(nodes.values()).join(u','));
            }
            // One series per node and query (dropped messages: also per message type).
            if (m->series().size() % 3 != 0) {
                problems << QStringLiteral("%1: %2 series for 3 nodes").arg(m->panel().id).arg(m->series().size());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo() << "dashboard panels:" << page->panels().size();
        OpsController::of(m_window.get())->alertsDock()->hide(); // room for the charts
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("prometheus-dashboard"), false)).isEmpty());
        theme(true);
        QVERIFY(saveWidgetPng(m_window.get(), shot(QStringLiteral("prometheus-dashboard"), true)).isEmpty());
        theme(false);
    }
};

QTEST_MAIN(TestOpsPrometheus)
#include "tst_ops_prometheus.moc"
