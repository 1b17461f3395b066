// Against the REAL Prometheus binary: synthetic metrics of both flavours are backfilled with promtool, Prometheus
// serves them under a Mimir-like /prometheus prefix, and every catalog query must return data for every node
// through PromClient. Skips where prometheus/promtool are missing, unless CI=true.

#include "metrics/alertengine.h"
#include "metrics/promcatalog.h"
#include "metricsdata.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Ringside::Metrics;
using namespace std::chrono_literals;

namespace {

constexpr int SpanSeconds = 3 * 3600;
constexpr int StepSeconds = 30;

// QVERIFY2 evaluates its message even when the check passes: never dereference an empty optional there.
QString describe(const std::optional<PromError> &e)
{
    return e ? e->toString() : QStringLiteral("no error (or no answer in time)");
}

// Runs a request to completion on the test's event loop (bounded).
template<typename Start>
std::pair<std::optional<QueryResult>, std::optional<PromError>> wait(Start start)
{
    std::optional<QueryResult> result;
    std::optional<PromError> error;
    bool done = false;
    QObject context;
    start(&context, [&](const QueryResult &r) { result = r; done = true; }, [&](const PromError &e) { error = e; done = true; });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return {result, error};
}

} // namespace

class TestPrometheusIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    quint16 m_port = 0;
    qint64 m_end = 0;
    std::unique_ptr<PromClient> m_client;

    QString baseUrl(const QString &prefix = QStringLiteral("/prometheus")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(prefix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (prometheus.isEmpty() || promtool.isEmpty()) {
            if (Ringside::Test::inCi()) {
                QFAIL("prometheus or promtool is not on PATH, and CI=true: the build root has them (package prometheus)");
            }
            QSKIP("prometheus or promtool is not on PATH: the real-Prometheus tests are skipped (./ringside.sh test has them)");
        }
        QVERIFY(m_dir.isValid());
        // The synthetic metrics must cover every metric name the catalog uses, for both flavours.
        QCOMPARE(Test::syntheticMetricNames(false), Catalog::metricNames(Flavour::Modern));
        QCOMPARE(Test::syntheticMetricNames(true), Catalog::metricNames(Flavour::Mcac));

        m_end = QDateTime::currentSecsSinceEpoch() - 60;
        const QString om = m_dir.filePath(QStringLiteral("metrics.om"));
        QFile f(om);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::openMetrics(m_end, SpanSeconds, StepSeconds));
        f.close();
        const QString data = m_dir.filePath(QStringLiteral("tsdb"));
        QProcess tool;
        tool.start(promtool, {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), om, data});
        QVERIFY(tool.waitForFinished(60000));
        QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0,
                 qPrintable(QString::fromUtf8(tool.readAllStandardError() + tool.readAllStandardOutput())));

        const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
        QFile c(config);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("global:\n  scrape_interval: 1h\n  evaluation_interval: 1h\n");
        c.close();
        {
            QTcpServer probe; // a free loopback port
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            m_port = probe.serverPort();
        }
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        // Even if this test crashes, Prometheus does not outlive it.
        m_prometheus.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_prometheus.setWorkingDirectory(m_dir.path());
        m_prometheus.start(prometheus, {QStringLiteral("--config.file=") + config, QStringLiteral("--storage.tsdb.path=") + data,
                                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                        QStringLiteral("--web.route-prefix=/prometheus"),
                                        QStringLiteral("--web.external-url=") + baseUrl(), QStringLiteral("--storage.tsdb.retention.time=30d"),
                                        QStringLiteral("--log.level=warn")});
        QVERIFY2(m_prometheus.waitForStarted(10000), qPrintable(m_prometheus.errorString()));

        QNetworkAccessManager nam;
        bool ready = false;
        QDeadlineTimer deadline(30000);
        while (!ready && !deadline.hasExpired() && m_prometheus.state() == QProcess::Running) {
            std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(baseUrl() + QStringLiteral("/-/ready")))));
            QDeadlineTimer one(2000);
            while (!reply->isFinished() && !one.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            ready = reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            if (!reply->isFinished()) {
                reply->abort();
            }
            if (!ready) {
                QTest::qWait(200);
            }
        }
        QVERIFY2(ready, qPrintable(QStringLiteral("Prometheus did not become ready: ") + QString::fromUtf8(m_prometheus.readAll())));

        QString error;
        std::optional<PromConfig> config2 = PromConfig::fromUrl(baseUrl(), &error);
        QVERIFY2(config2, qPrintable(error));
        config2->timeout = 15s;
        m_client = std::make_unique<PromClient>(*config2);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_prometheus.state() != QProcess::NotRunning) {
            m_prometheus.terminate();
            if (!m_prometheus.waitForFinished(10000)) {
                m_prometheus.kill();
                m_prometheus.waitForFinished(5000);
            }
        }
    }

    void buildInfoAndPlusEncoding()
    {
        QString version;
        std::optional<PromError> error;
        m_client->buildInfo(this, [&version](const QString &v) { version = v; }, [&error](const PromError &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(!version.isEmpty() || error, 15000);
        QVERIFY2(!error, qPrintable(describe(error)));
        QVERIFY(version.startsWith(u'2') || version.startsWith(u'3'));

        // '+' must arrive as an addition, not as a space.
        auto [r, e] = wait([this](QObject *ctx, QueryHandler ok, ErrorHandler err) {
            return m_client->query(QStringLiteral("vector(1) + vector(2)"), {}, ctx, ok, err);
        });
        QVERIFY2(r, qPrintable(describe(e)));
        QCOMPARE(r->series.size(), 1);
        QCOMPARE(r->series.at(0).lastValue(), 3.0);

        auto [s, se] = wait([this](QObject *ctx, QueryHandler ok, ErrorHandler err) {
            return m_client->query(QStringLiteral("scalar(vector(1.5e+1))"), {}, ctx, ok, err);
        });
        QVERIFY(s);
        QCOMPARE(s->type, ResultType::Scalar);
        QCOMPARE(s->scalar.y(), 15.0);
    }

    void serverErrorsNameTheQuery()
    {
        const QString bad = QStringLiteral("sum(rate(up[5m]))) by (job)");
        auto [r, e] = wait([&](QObject *ctx, QueryHandler ok, ErrorHandler err) { return m_client->query(bad, {}, ctx, ok, err); });
        QVERIFY(!r);
        QVERIFY(e);
        QCOMPARE(e->kind, PromError::Kind::Server);
        QCOMPARE(e->httpStatus, 400);
        QCOMPARE(e->errorType, QStringLiteral("bad_data"));
        QVERIFY2(e->toString().contains(bad), qPrintable(e->toString()));

        // The wrong path prefix: a 404 that says to check it.
        PromConfig noPrefix = m_client->config();
        noPrefix.baseUrl = QUrl(baseUrl(QString()));
        PromClient wrong(noPrefix);
        auto [r2, e2] = wait([&](QObject *ctx, QueryHandler ok, ErrorHandler err) { return wrong.query(QStringLiteral("up"), {}, ctx, ok, err); });
        QVERIFY(e2);
        QCOMPARE(e2->httpStatus, 404);
        QVERIFY2(e2->toString().contains(QStringLiteral("/prometheus")), qPrintable(e2->toString()));
    }

    void detection()
    {
        for (const Test::SyntheticCluster &c : Test::syntheticClusters()) {
            std::optional<Detection> d;
            std::optional<PromError> error;
            detectFlavour(*m_client, c.cluster, std::chrono::hours(6), this, [&d](const Detection &x) { d = x; },
                          [&error](const PromError &e) { error = e; });
            QTRY_VERIFY_WITH_TIMEOUT(d || error, 15000);
            QVERIFY2(!error, qPrintable(describe(error)));
            QVERIFY2(d->found, qPrintable(d->message));
            QCOMPARE(d->flavour, c.mcac ? Flavour::Mcac : Flavour::Modern);
            QCOMPARE(d->nodes, c.nodes);
            QCOMPARE(d->datacenters, QStringList{QStringLiteral("dc1")});
        }
        std::optional<Detection> none;
        detectFlavour(*m_client, QStringLiteral("prod"), std::chrono::hours(6), this, [&none](const Detection &x) { none = x; },
                      [](const PromError &e) { QFAIL(qPrintable(e.toString())); });
        QTRY_VERIFY_WITH_TIMEOUT(none, 15000);
        QVERIFY(!none->found);
        QVERIFY2(none->message.contains(QStringLiteral("demo, legacy")), qPrintable(none->message));
    }

    void everyCatalogQueryReturnsDataForEveryNode_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<int>("cluster"); // index into syntheticClusters()
        for (const Panel &p : Catalog::panels()) {
            for (int c = 0; c < Test::syntheticClusters().size(); ++c) {
                QTest::addRow("%s %s", qPrintable(p.id), qPrintable(Test::syntheticClusters().at(c).cluster)) << p.id << c;
            }
        }
    }

    void everyCatalogQueryReturnsDataForEveryNode()
    {
        QFETCH(QString, panel);
        QFETCH(int, cluster);
        const Test::SyntheticCluster c = Test::syntheticClusters().at(cluster);
        const Flavour flavour = c.mcac ? Flavour::Mcac : Flavour::Modern;
        const Panel p = *Catalog::panel(panel);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(m_end, QTimeZone::UTC);
        const QDateTime start = end.addSecs(-3600);
        // The whole cluster, then each node alone (the drill-down).
        QList<QString> nodeFilters{QString()};
        nodeFilters += c.nodes;
        for (const QString &nodeFilter : std::as_const(nodeFilters)) {
            Selector sel;
            sel.cluster = c.cluster;
            sel.datacenter = QStringLiteral("dc1");
            sel.node = nodeFilter;
            QString error;
            const auto queries = Catalog::render(p, flavour, sel, &error);
            QVERIFY2(queries, qPrintable(error));
            for (const RenderedQuery &q : *queries) {
                auto [r, e] = wait([&](QObject *ctx, QueryHandler ok, ErrorHandler err) {
                    return m_client->queryRange(q.promql, start, end, 60s, ctx, ok, err);
                });
                QVERIFY2(!e, qPrintable(describe(e)));
                QVERIFY2(r, qPrintable(QStringLiteral("no answer for ") + q.promql));
                QCOMPARE(r->type, ResultType::Matrix);
                QSet<QString> nodes;
                for (const Series &s : std::as_const(r->series)) {
                    bool finite = false;
                    for (const QPointF &pt : s.samples) {
                        finite = finite || std::isfinite(pt.y());
                    }
                    QVERIFY2(finite, qPrintable(q.promql + QStringLiteral(" -> a series without a finite value: ")
                                                + Catalog::formatLegend(QString(), s.labels)));
                    QVERIFY2(!Catalog::formatLegend(q.legendFormat, s.labels).isEmpty(), qPrintable(q.legendFormat));
                    nodes.insert(s.labels.value(Catalog::nodeLabel(flavour)));
                }
                const QSet<QString> expected = nodeFilter.isEmpty() ? QSet<QString>(c.nodes.cbegin(), c.nodes.cend()) : QSet<QString>{nodeFilter};
                QVERIFY2(nodes == expected, qPrintable(q.promql + QStringLiteral(" -> nodes ") + QStringList(nodes.cbegin(), nodes.cend()).join(u',')));
            }
        }
    }

    void alertRulesOverRealPrometheus()
    {
        AlertRule rule;
        rule.id = QStringLiteral("compactions_backlog");
        rule.expr = QStringLiteral("sum by (pod_name) (org_apache_cassandra_metrics_table_pending_compactions{cluster=\"demo\"})");
        rule.threshold = 4; // node 0 has 0 pending, the others 5 and 10
        rule.summary = QStringLiteral("{node} has {value} pending compactions");
        AlertEngine engine;
        engine.setRules({rule});
        std::optional<EvaluationInput> input;
        queryPromRules(*m_client, engine.rules(), this, [&input](const EvaluationInput &in) { input = in; });
        QTRY_VERIFY_WITH_TIMEOUT(input, 15000);
        QVERIFY2(input->promErrors.isEmpty(), qPrintable(input->promErrors.values().join(u'\n')));
        const EvaluationResult r = engine.evaluate(*input);
        QCOMPARE(r.active.size(), 2);
        QCOMPARE(r.newlyFiring.size(), 2);
        QStringList firing;
        for (const Alert &a : r.active) {
            firing.append(a.labels.value(QStringLiteral("node")));
        }
        firing.sort();
        QCOMPARE(firing, (QStringList{QStringLiteral("demo-dc1-r2-sts-0"), QStringLiteral("demo-dc1-r3-sts-0")}));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "tst_prometheus_integration.moc"
