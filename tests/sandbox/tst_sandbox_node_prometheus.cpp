// The real Prometheus of the build root scrapes an in-process sandbox through the pods proxy (file_sd targets and
// the config the sandbox writes), after a 7-day backfill with promtool: query_range over the week has data for every
// node, and a live scrape reaches every pod. Skipped where /usr/bin/prometheus is missing.
#include "nodesim/nodesimulation.h"
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_node_world.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace Ringside;

namespace {
QJsonObject promGet(QNetworkAccessManager &nam, quint16 port, const QString &path, const QUrlQuery &query)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    url.setQuery(query);
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).object();
}
} // namespace

class TestNodePrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrapeAndBackfill()
    {
        const QString prometheus = QStringLiteral("/usr/bin/prometheus");
        if (!QFile::exists(prometheus) || !QFile::exists(QStringLiteral("/usr/bin/promtool"))) {
            QSKIP("/usr/bin/prometheus or /usr/bin/promtool is missing");
        }
        Test::SandboxFixture fx;
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        Sandbox::NodeSimulation *nodes = fx.sandbox()->nodes();
        QVERIFY(nodes);
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-7200);
        const QStringList pods = Test::NodeWorld::addCluster(fx.sandbox()->store(), QStringLiteral("shop"),
                                                             QStringLiteral("demo"), {{QStringLiteral("dc1"), 3}}, started);
        QTRY_COMPARE(nodes->clusters().size(), 1);
        const QString dir = nodes->prometheusDirectory();
        QTRY_VERIFY(QFile::exists(dir + QStringLiteral("/targets.json")));
        QFile targets(dir + QStringLiteral("/targets.json"));
        QVERIFY(targets.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(targets.readAll()).array().size(), 3);

        // The week of history (coarse steps keep the test quick; the sandbox uses 2 minutes).
        QSignalSpy done(nodes, &Sandbox::NodeSimulation::backfillFinished);
        QElapsedTimer timer;
        timer.start();
        const int step = qEnvironmentVariableIsSet("NODESIM_BACKFILL_STEP") ? qEnvironmentVariableIntValue("NODESIM_BACKFILL_STEP") : 1800;
        QVERIFY(nodes->backfill({QStringLiteral("shop/demo")}, 7 * 86400, step));
        QVERIFY(done.wait(150000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        qInfo() << "backfill of 3 nodes x 7 days, step" << step << "s:" << timer.elapsed() << "ms";

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess prom;
        prom.setProcessChannelMode(QProcess::MergedChannels);
        prom.start(prometheus, {QStringLiteral("--config.file=") + dir + QStringLiteral("/prometheus.yml"),
                                QStringLiteral("--storage.tsdb.path=") + dir + QStringLiteral("/data"),
                                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(prom.waitForStarted());
        const auto stop = qScopeGuard([&prom] {
            prom.terminate();
            if (!prom.waitForFinished(10000)) {
                prom.kill();
                prom.waitForFinished();
            }
        });
        QNetworkAccessManager nam;
        // Live scrapes: every pod's target is up.
        int up = 0;
        for (int i = 0; i < 120 && up < 3; ++i) {
            QTest::qWait(500);
            const QJsonObject r = promGet(nam, port, QStringLiteral("/api/v1/query"),
                                          QUrlQuery{{QStringLiteral("query"), QStringLiteral("sum(up{job=\"cassandra\"})")}});
            const QJsonArray result = r.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
            up = result.isEmpty() ? 0 : result.first().toObject().value(QLatin1String("value")).toArray().at(1).toString().toInt();
        }
        QVERIFY2(up == 3, prom.readAll().right(3000).constData());

        // The backfilled week, per node.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject r;
        QJsonArray series;
        for (int i = 0; i < 90 && series.size() < 3; ++i) { // Prometheus loads the blocks at start
            r = promGet(nam, port, QStringLiteral("/api/v1/query_range"),
                        QUrlQuery{{QStringLiteral("query"),
                                   QStringLiteral("sum by (pod_name) (org_apache_cassandra_metrics_table_live_disk_space_used{cluster=\"demo\"})")},
                                  {QStringLiteral("start"), QString::number(now - 7 * 86400 + 3600)},
                                  {QStringLiteral("end"), QString::number(now)},
                                  {QStringLiteral("step"), QStringLiteral("3600")}});
            series = r.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
            if (series.size() < 3) {
                QTest::qWait(1000);
            }
        }
        QCOMPARE(series.size(), 3);
        QStringList seen;
        for (const QJsonValue &s : std::as_const(series)) {
            const QJsonObject o = s.toObject();
            seen.append(o.value(QLatin1String("metric")).toObject().value(QLatin1String("pod_name")).toString());
            QVERIFY2(o.value(QLatin1String("values")).toArray().size() >= 160,
                     qPrintable(QString::number(o.value(QLatin1String("values")).toArray().size())));
        }
        seen.sort();
        QStringList expected = pods;
        expected.sort();
        QCOMPARE(seen, expected);
        // The latency histogram is there for the whole week too.
        r = promGet(nam, port, QStringLiteral("/api/v1/query_range"),
                    QUrlQuery{{QStringLiteral("query"),
                               QStringLiteral("histogram_quantile(0.99, sum by (le, pod_name) (rate(org_apache_cassandra_metrics_client_request_latency_bucket{cluster=\"demo\",request_type=\"read\"}[1h])))")},
                              {QStringLiteral("start"), QString::number(now - 6 * 86400)},
                              {QStringLiteral("end"), QString::number(now - 86400)},
                              {QStringLiteral("step"), QStringLiteral("3600")}});
        QCOMPARE(r.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestNodePrometheus)
#include "tst_sandbox_node_prometheus.moc"
