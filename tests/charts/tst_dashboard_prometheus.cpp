// The dashboards against the REAL Prometheus: six hours of synthetic metrics of a 3-pod cluster are backfilled with
// promtool, and the cluster dashboard, the node drill-down, the "no metrics" banner and a Prometheus error are
// checked through the widgets. Screenshots in light and dark go to test-output/screenshots/. Skips where prometheus
// or promtool is missing, unless CI=true.

#include "chartsfixtures.h"
#include "gui/charts/chartpanel.h"
#include "gui/charts/dashboardpage.h"
#include "gui/charts/timerangebar.h"
#include "gui/screenshot.h"
#include "models/charts/panelmodel.h"
#include "promserver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Ringside;
using namespace Ringside::Charts;
using namespace Ringside::Metrics;
using namespace std::chrono_literals;
namespace Fx = Ringside::Charts::Test;

namespace {

constexpr int SpanSeconds = 7 * 3600; // more than the 6 h window: rate() has a full range at its start
constexpr int StepSeconds = 30;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

QString describeStates(const QList<ChartPanel *> &panels)
{
    QStringList out;
    for (ChartPanel *p : panels) {
        out.append(p->model()->panel().id + u'='
                   + QString::fromLatin1(QMetaEnum::fromType<PanelModel::State>().valueToKey(int(p->model()->state())))
                   + u' ' + p->model()->message());
    }
    return out.join(u'\n');
}

bool allReady(const QList<ChartPanel *> &panels)
{
    for (ChartPanel *p : panels) {
        if (p->model()->state() != PanelModel::State::Ready) {
            return false;
        }
    }
    return true;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2d30));
    p.setColor(QPalette::WindowText, QColor(0xdfe1e5));
    p.setColor(QPalette::Base, QColor(0x1e1f22));
    p.setColor(QPalette::AlternateBase, QColor(0x26282b));
    p.setColor(QPalette::Text, QColor(0xdfe1e5));
    p.setColor(QPalette::Button, QColor(0x393b40));
    p.setColor(QPalette::ButtonText, QColor(0xdfe1e5));
    p.setColor(QPalette::Highlight, QColor(0x2e5c9a));
    p.setColor(QPalette::HighlightedText, QColor(0xffffff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c8f94));
    p.setColor(QPalette::ToolTipBase, QColor(0x393b40));
    p.setColor(QPalette::ToolTipText, QColor(0xdfe1e5));
    p.setColor(QPalette::Mid, QColor(0x4e5157));
    return p;
}

// Distinct colours in an image: a blank or one-colour picture has very few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

void selectWindow(TimeRangeBar *bar, WindowPreset preset)
{
    QComboBox *combo = bar->windowCombo();
    const int index = combo->findData(int(preset));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestDashboardPrometheus : public QObject
{
    Q_OBJECT

private:
    Fx::PrometheusServer m_server;
    std::unique_ptr<PromClient> m_client;

    Selector demo() const
    {
        Selector s;
        s.cluster = QStringLiteral("demo");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (Fx::PrometheusServer::prometheusPath().isEmpty() || Fx::PrometheusServer::promtoolPath().isEmpty()) {
            if (Ringside::Test::inCi()) {
                QFAIL(
                    "prometheus or promtool is not on PATH, and CI=true: the build root has them (package prometheus)");
            }
            QSKIP("prometheus or promtool is not on PATH: the real-Prometheus dashboard tests are skipped "
                  "(./ringside.sh test has them)");
        }
        // The synthetic cluster must have every metric the dashboards ask for.
        QCOMPARE(Fx::syntheticMetricNames(), Catalog::metricNames(Flavour::Modern));
        const QString error = m_server.start(SpanSeconds, StepSeconds);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("promtool backfill %.2f s, Prometheus ready after %.2f s", m_server.backfillSeconds(),
              m_server.startupSeconds());
        QString configError;
        std::optional<PromConfig> config = PromConfig::fromUrl(m_server.baseUrl(), &configError);
        QVERIFY2(config, qPrintable(configError));
        config->timeout = 20s;
        m_client = std::make_unique<PromClient>(*config);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.stop();
    }

    void clusterDashboard()
    {
        DashboardPage page(DashboardModel::Kind::Cluster);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (PanelModel *p : page.model()->panels()) {
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(p, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        page.resize(1500, 1080);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        selectWindow(page.timeBar(), WindowPreset::Last6h);
        page.setGrafanaTemplate(
            QStringLiteral("https://grafana.example/d/cassandra?from={from}&to={to}&var-cluster={cluster}"));
        QElapsedTimer timer;
        timer.start();
        page.setClient(m_client.get());
        page.setSelector(demo());
        QTRY_VERIFY2_WITH_TIMEOUT(allReady(page.panels()), qPrintable(describeStates(page.panels())), 30000);
        qInfo("cluster dashboard: 9 panels ready in %lld ms", timer.elapsed());

        QCOMPARE(page.model()->detectionState(), DashboardModel::DetectionState::Found);
        QCOMPARE(page.model()->detection().flavour, Flavour::Modern);
        QCOMPARE(page.model()->detection().nodes, Fx::demoPods());
        QVERIFY(!page.isBannerShown());
        QCOMPARE(page.panels().size(), 9);
        const QStringList podList = Fx::demoPods();
        const QSet<QString> pods(podList.cbegin(), podList.cend());
        for (ChartPanel *panel : page.panels()) {
            PanelModel *m = panel->model();
            const QString id = m->panel().id;
            QCOMPARE(m->timeWindow().preset, WindowPreset::Last6h);
            QVERIFY2(m->rowCount() >= 3 && m->rowCount() % 3 == 0,
                     qPrintable(id + u' ' + QString::number(m->rowCount())));
            QSet<QString> seen;
            for (int row = 0; row < m->rowCount(); ++row) {
                const ChartSeries &s = m->series().at(row);
                seen.insert(s.labels.value(QStringLiteral("pod_name")));
                QVERIFY2(s.raw.size() > 100, qPrintable(id + u' ' + s.legend));
                QVERIFY2(s.stats.count > 100, qPrintable(id + u' ' + s.legend));
                QVERIFY2(s.points.size() <= m->pixelWidth(), qPrintable(id));
                const QList<QLineSeries *> lines = panel->linesOf(row);
                QVERIFY2(!lines.isEmpty() && lines.at(0)->count() > 10, qPrintable(id + u' ' + s.legend));
            }
            QVERIFY2(seen == pods, qPrintable(id));
            QVERIFY(panel->legendView()->isVisible());
            QVERIFY(!panel->isMessageShown());
        }
        qsizetype rawSamples = 0;
        qsizetype drawnPoints = 0;
        for (ChartPanel *panel : page.panels()) {
            for (const ChartSeries &s : panel->model()->series()) {
                rawSamples += s.raw.size();
                drawnPoints += s.points.size();
            }
        }
        qInfo("%lld samples from Prometheus, %lld points drawn after LTTB (plot width %d px, step %lld s)", qlonglong(rawSamples),
              qlonglong(drawnPoints), page.panels().at(0)->model()->pixelWidth(),
              qlonglong(page.panels().at(0)->model()->step().count() / 1000));
        QVERIFY(drawnPoints < rawSamples);
        QCOMPARE(page.panel(QStringLiteral("cpu"))->model()->rowCount(), 3);
        QCOMPARE(page.panel(QStringLiteral("read_latency"))->model()->rowCount(),
                 3); // p99 only until p50/p95 are asked
        QCOMPARE(page.panel(QStringLiteral("dropped_messages"))->model()->rowCount(), 6); // 2 message types per pod
        // The values went through PromQL, JSON and the model intact: they sit in the ranges the data was made with.
        auto within = [&](const char *id, double lo, double hi) {
            for (const ChartSeries &s : page.panel(QLatin1StringView(id))->model()->series()) {
                if (!(s.stats.min >= lo && s.stats.max <= hi)) {
                    return QStringLiteral("%1 %2: %3..%4 outside %5..%6")
                        .arg(QLatin1StringView(id), s.legend)
                        .arg(s.stats.min)
                        .arg(s.stats.max)
                        .arg(lo)
                        .arg(hi);
                }
            }
            return QString();
        };
        for (const QString &problem :
             {within("cpu", 0.3, 2.0), within("memory", 6.0 * GiB, 10.0 * GiB), within("read_latency", 100.0, 5000.0),
              within("write_latency", 100.0, 5000.0), within("read_throughput", 400.0, 1500.0),
              within("disk_used", 39.0 * GiB, 56.0 * GiB), within("pending_compactions", 0.0, 20.0)}) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // CSV of the read latency: a time column, one column per pod, every sample.
        QTemporaryDir dir;
        ChartPanel *latency = page.panel(QStringLiteral("read_latency"));
        const QString csvPath = dir.filePath(QStringLiteral("read_latency.csv"));
        QCOMPARE(latency->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QStringList header{QStringLiteral("time")};
        for (const QString &pod : Fx::demoPods()) {
            header.append(pod + QStringLiteral(" p99"));
        }
        QCOMPARE(lines.at(0), header.join(u','));
        QCOMPARE(lines.size() - 1, latency->model()->series().at(0).raw.size());
        qint64 previous = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(u',');
            QCOMPARE(cells.size(), 4);
            const QDateTime t = QDateTime::fromString(cells.at(0), Qt::ISODateWithMs);
            QVERIFY2(t.isValid() && t.timeSpec() == Qt::UTC, qPrintable(cells.at(0)));
            QVERIFY(t.toMSecsSinceEpoch() > previous);
            previous = t.toMSecsSinceEpoch();
            bool ok = false;
            QCOMPARE(cells.at(1).toDouble(&ok), latency->model()->series().at(0).raw.at(i - 1).y());
            QVERIFY(ok);
        }
        // PNG of the memory panel: its size, and a real picture.
        ChartPanel *memory = page.panel(QStringLiteral("memory"));
        const QString pngPath = dir.filePath(QStringLiteral("memory.png"));
        QCOMPARE(memory->exportPng(pngPath), QString());
        const QImage png(pngPath);
        QCOMPARE(png.size(), memory->size() * memory->devicePixelRatio());
        QVERIFY2(distinctColours(png) > 20, qPrintable(QString::number(distinctColours(png))));
        QVERIFY(memory->grafanaAction()->isVisible());

        QTest::qWait(250); // resizes, re-downsampling and the charts' deferred layout settle, as on screen
        QCOMPARE(saveWidgetPng(&page, Ringside::Test::outputPath(QStringLiteral("screenshots/dashboard-light.png"))),
                 QString());

        // Dark: every chart switches theme and colours, and the data stays.
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(page.panels().at(0)->isDark());
        for (ChartPanel *panel : page.panels()) {
            QVERIFY(panel->isDark());
            QCOMPARE(panel->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(panel->linesOf(0).at(0)->color(), seriesColor(0, true));
            QVERIFY(panel->chart()->series().size() >= 3);
        }
        QTest::qWait(250); // resizes, re-downsampling and the charts' deferred layout settle, as on screen
        QCOMPARE(saveWidgetPng(&page, Ringside::Test::outputPath(QStringLiteral("screenshots/dashboard-dark.png"))),
                 QString());
        QApplication::setPalette(before);
        QTRY_VERIFY(!page.panels().at(0)->isDark());
    }

    void nodeDrillDown()
    {
        DashboardPage page(DashboardModel::Kind::Node);
        page.resize(1500, 1080);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        selectWindow(page.timeBar(), WindowPreset::Last1h);
        page.setClient(m_client.get());
        page.setSelector(demo());
        QTRY_COMPARE_WITH_TIMEOUT(page.nodeCombo()->count(), 3, 15000);
        const QString pod = Fx::demoPods().at(0);
        QCOMPARE(page.nodeCombo()->currentText(), pod);
        QTRY_VERIFY2_WITH_TIMEOUT(allReady(page.panels()), qPrintable(describeStates(page.panels())), 30000);
        for (ChartPanel *panel : page.panels()) {
            for (const ChartSeries &s : panel->model()->series()) {
                QCOMPARE(s.labels.value(QStringLiteral("pod_name")), pod);
                QVERIFY(s.stats.count > 50);
            }
        }
        QCOMPARE(page.panel(QStringLiteral("heap"))->model()->rowCount(), 2);         // used and max
        QCOMPARE(page.panel(QStringLiteral("thread_pools"))->model()->rowCount(), 4); // 2 pools, pending and active
        const ChartSeries &max = page.panel(QStringLiteral("heap"))->model()->series().at(1);
        QCOMPARE(max.queryId, QStringLiteral("max"));
        QCOMPARE(max.stats.max, 8.0 * GiB);
        QTest::qWait(250); // resizes, re-downsampling and the charts' deferred layout settle, as on screen
        QCOMPARE(
            saveWidgetPng(&page, Ringside::Test::outputPath(QStringLiteral("screenshots/dashboard-node-light.png"))),
            QString());

        // Another node: the same panels, its series.
        page.nodeCombo()->setCurrentIndex(2);
        Q_EMIT page.nodeCombo()->activated(2);
        QTRY_VERIFY_WITH_TIMEOUT(allReady(page.panels())
                                     && page.panel(QStringLiteral("cpu"))
                                                ->model()
                                                ->series()
                                                .value(0)
                                                .labels.value(QStringLiteral("pod_name"))
                                            == Fx::demoPods().at(2),
                                 30000);
    }

    void bannerWhenNoCassandraMetrics()
    {
        DashboardPage page(DashboardModel::Kind::Cluster);
        page.resize(1500, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setClient(m_client.get());
        Selector prod;
        prod.cluster = QStringLiteral("prod");
        page.setSelector(prod);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->detectionState(), DashboardModel::DetectionState::NotFound, 15000);
        QVERIFY(page.isBannerShown());
        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(QLatin1String("thread_pools_completed_tasks")), qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("mcac_thread_pools_completed_tasks")), qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("demo")), qPrintable(banner)); // the cluster that does exist
        QVERIFY2(banner.contains(m_server.baseUrl()), qPrintable(banner));
        QVERIFY(page.bannerRetryButton()->isVisible());
        for (ChartPanel *panel : page.panels()) {
            QCOMPARE(panel->model()->state(), PanelModel::State::Idle);
            QVERIFY(panel->isMessageShown());
        }
        QTest::qWait(250); // resizes, re-downsampling and the charts' deferred layout settle, as on screen
        QCOMPARE(
            saveWidgetPng(&page, Ringside::Test::outputPath(QStringLiteral("screenshots/dashboard-no-metrics.png"))),
            QString());
        // Choosing the right cluster clears the banner.
        page.setSelector(demo());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBannerShown() && allReady(page.panels()), 30000);
    }

    void prometheusErrorNamesTheQuery()
    {
        // A panel whose PromQL is broken: the real Prometheus refuses it, and the panel says exactly what and where.
        Panel broken{
            QStringLiteral("broken"),
            QT_TRANSLATE_NOOP("Ringside::Charts", "Broken panel"),
            QT_TRANSLATE_NOOP("Ringside::Charts", "A query with one parenthesis too many"),
            PanelGroup::Overview,
            Unit::Count,
            Unit::Count,
            {{QStringLiteral("q"), QStringLiteral("{{$NODE}}"),
              QStringLiteral("sum by ($NODE) (rate(process_cpu_seconds_total{$SEL}[$RATE])))"), QStringLiteral("up")}}};
        PanelModel model(broken);
        model.setSelector(demo());
        model.setClient(m_client.get());
        ChartPanel panel(&model);
        panel.resize(640, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), PanelModel::State::Error, 15000);
        const QString text = panel.shownMessage();
        QVERIFY2(text.contains(QLatin1String("rate(process_cpu_seconds_total{cluster=\"demo\"}[5m])))")),
                 qPrintable(text));
        QVERIFY2(text.contains(m_server.baseUrl() + QStringLiteral("/api/v1/query_range")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("bad_data")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("parse error")), qPrintable(text));
        QCOMPARE(model.error()->httpStatus, 400);
        QTest::qWait(250); // resizes, re-downsampling and the charts' deferred layout settle, as on screen
        QCOMPARE(saveWidgetPng(&panel, Ringside::Test::outputPath(QStringLiteral("screenshots/panel-error-light.png"))),
                 QString());
    }
};

QTEST_MAIN(TestDashboardPrometheus)
#include "tst_dashboard_prometheus.moc"
