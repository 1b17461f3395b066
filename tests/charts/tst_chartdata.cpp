// The value layer of the dashboards: time windows and steps, gaps, statistics, nearest samples, CSV, axis scales
// and Grafana links.

#include "models/charts/chartdata.h"
#include "models/charts/timewindow.h"

#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace Ringside::Charts;
using namespace Ringside::Metrics;
using namespace std::chrono_literals;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

ChartSeries series(const QString &legend, const QList<QPointF> &raw)
{
    ChartSeries s;
    s.legend = legend;
    s.key = legend;
    s.raw = raw;
    return s;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsResolveAndValidate()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::UTC);
        const auto [s, e] = TimeWindow::last(WindowPreset::Last6h).resolve(now);
        QCOMPARE(e, now);
        QCOMPARE(s.secsTo(e), 6 * 3600);
        QCOMPARE(TimeWindow::last(WindowPreset::Last7d).span(), std::chrono::milliseconds(7 * 24h));
        QVERIFY(TimeWindow::last(WindowPreset::Last15m).validate().isEmpty());
        QVERIFY(TimeWindow::last(WindowPreset::Last15m).isRelative());

        const TimeWindow custom = TimeWindow::custom(now.addSecs(-7200), now.addSecs(-3600));
        QVERIFY(!custom.isRelative());
        QCOMPARE(custom.resolve(QDateTime::currentDateTimeUtc()).first, now.addSecs(-7200));
        QVERIFY(custom.validate().isEmpty());
        QVERIFY(TimeWindow::custom(now, now.addSecs(-60)).validate().contains(QLatin1String("before")));
        QVERIFY(TimeWindow::custom(now, now.addSecs(30)).validate().contains(QLatin1String("minute")));
        QVERIFY(!TimeWindow::custom(QDateTime(), now).validate().isEmpty());

        for (const WindowPreset p : windowPresets()) {
            QCOMPARE(presetFromId(TimeWindow::last(p).id()), std::optional<WindowPreset>(p));
            QVERIFY(!TimeWindow::last(p).label().isEmpty());
        }
        QVERIFY(!presetFromId(QStringLiteral("2h")));
        QCOMPARE(refreshLabel(0s), QStringLiteral("Off"));
        QVERIFY(refreshIntervals().contains(30s));
    }

    void stepFollowsWidthAndLimits_data()
    {
        QTest::addColumn<qint64>("spanSeconds");
        QTest::addColumn<int>("width");
        QTest::addColumn<qint64>("expectedStepSeconds");
        QTest::addRow("15m is never finer than a scrape") << qint64(900) << 600 << qint64(15);
        QTest::addRow("1h at 600 px") << qint64(3600) << 600 << qint64(15);
        QTest::addRow("24h at 600 px: 4 samples a pixel") << qint64(86400) << 600 << qint64(36);
        QTest::addRow("7d at 600 px") << qint64(604800) << 600 << qint64(252);
        QTest::addRow("7d at 4000 px stays under 11,000 points") << qint64(604800) << 4000 << qint64(55);
        QTest::addRow("odd span rounds up to whole seconds") << qint64(100000) << 500 << qint64(50);
    }

    void stepFollowsWidthAndLimits()
    {
        QFETCH(qint64, spanSeconds);
        QFETCH(int, width);
        QFETCH(qint64, expectedStepSeconds);
        const auto step = stepFor(std::chrono::seconds(spanSeconds), width);
        QCOMPARE(step.count(), expectedStepSeconds * 1000);
        QVERIFY(spanSeconds * 1000 / step.count() + 1 <= 11000);
    }

    void alignsToStep()
    {
        const QDateTime s = QDateTime::fromMSecsSinceEpoch(1'700'000'007'500, QTimeZone::UTC);
        const QDateTime e = s.addSecs(3600);
        const auto [as, ae] = alignToStep({s, e}, 15s);
        QCOMPARE(as.toMSecsSinceEpoch() % 15000, 0);
        QCOMPARE(ae.toMSecsSinceEpoch() % 15000, 0);
        QVERIFY(as <= s && s.toMSecsSinceEpoch() - as.toMSecsSinceEpoch() < 15000);
        QCOMPARE(as.secsTo(ae), 3600);
    }

    void gapsAreMarked()
    {
        const QList<QPointF> in{{0, 1}, {15, 2}, {30, 3}, {90, 4}, {105, 5}};
        const QList<QPointF> out = markGaps(in, 15);
        QCOMPARE(out.size(), 6);
        QCOMPARE(out.at(3).x(), 45.0);
        QVERIFY(std::isnan(out.at(3).y()));
        QCOMPARE(out.at(4), QPointF(90, 4));
        // Jitter under 1.5 steps is no gap.
        QCOMPARE(markGaps({{0, 1}, {20, 2}, {35, 3}}, 15).size(), 3);
    }

    void statsSkipNonFinite()
    {
        const SeriesStats s
            = computeStats({{0, 4}, {1, NaN}, {2, 1}, {3, 7}, {4, std::numeric_limits<double>::infinity()}, {5, 4}});
        QCOMPARE(s.count, 4);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 7.0);
        QCOMPARE(s.avg, 4.0);
        QCOMPARE(s.last, 4.0);
        QVERIFY(std::isnan(computeStats({{0, NaN}}).avg));
    }

    void nearestSample()
    {
        const QList<QPointF> pts{{0, 1}, {15, 2}, {30, NaN}, {45, 4}};
        QCOMPARE(Ringside::Charts::nearestSample(pts, -100), 0);
        QCOMPARE(Ringside::Charts::nearestSample(pts, 7), 0);
        QCOMPARE(Ringside::Charts::nearestSample(pts, 8), 1);
        QCOMPARE(Ringside::Charts::nearestSample(pts, 29), 1); // 30 is NaN: 15 is nearer than 45
        QCOMPARE(Ringside::Charts::nearestSample(pts, 31), 3);
        QCOMPARE(Ringside::Charts::nearestSample(pts, 1000), 3);
        QCOMPARE(Ringside::Charts::nearestSample({}, 1), -1);
        QCOMPARE(Ringside::Charts::nearestSample({{1, NaN}}, 1), -1);
    }

    void seriesFromAResult()
    {
        QueryResult r;
        r.type = ResultType::Matrix;
        r.series = {{{{QStringLiteral("pod_name"), QStringLiteral("b")}}, {{0, 1}, {15, 3}}, false},
                    {{{QStringLiteral("pod_name"), QStringLiteral("a")}}, {{0, 5}}, false}};
        RenderedQuery q{QStringLiteral("read_latency"), QStringLiteral("p99"), QStringLiteral("x"),
                        QStringLiteral("{{pod_name}} p99"), Unit::Microseconds};
        const QList<ChartSeries> out = seriesFromResult(r, q);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).legend, QStringLiteral("a p99"));
        QCOMPARE(out.at(1).legend, QStringLiteral("b p99"));
        QCOMPARE(out.at(1).stats.avg, 2.0);
        QCOMPARE(out.at(1).queryId, QStringLiteral("p99"));
        QVERIFY(out.at(0).key != out.at(1).key);
        QVERIFY(out.at(0).key.startsWith(QLatin1String("p99")));
    }

    void csv()
    {
        const QList<ChartSeries> in{series(QStringLiteral("pod-0"), {{1700000000, 1.5}, {1700000015, 2}}),
                                    series(QStringLiteral("pod \"1\", eu"), {{1700000015, NaN}, {1700000030, 1e9}})};
        const QString csv = toCsv(in);
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5); // header, 3 rows, trailing empty
        QCOMPARE(lines.at(0), QStringLiteral("time,pod-0,\"pod \"\"1\"\", eu\""));
        QCOMPARE(lines.at(1), QStringLiteral("2023-11-14T22:13:20.000Z,1.5,"));
        QCOMPARE(lines.at(2), QStringLiteral("2023-11-14T22:13:35.000Z,2,NaN"));
        QCOMPARE(lines.at(3), QStringLiteral("2023-11-14T22:13:50.000Z,,1000000000"));
        QCOMPARE(lines.at(4), QString());
        QCOMPARE(toCsv({}), QStringLiteral("time\r\n"));
    }

    void axisScales_data()
    {
        QTest::addColumn<double>("maxAbs");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("bytes in GiB") << 8.0 * 1024 * 1024 * 1024 << int(Unit::Bytes) << 1.0 / (1024.0 * 1024 * 1024)
                                      << QStringLiteral("GiB");
        QTest::addRow("small bytes") << 512.0 << int(Unit::Bytes) << 1.0 << QStringLiteral("B");
        QTest::addRow("latency in ms") << 4500.0 << int(Unit::Microseconds) << 0.001 << QStringLiteral("ms");
        QTest::addRow("latency in µs") << 450.0 << int(Unit::Microseconds) << 1.0 << QStringLiteral("\u00b5s");
        QTest::addRow("ratio in percent") << 0.25 << int(Unit::Ratio) << 100.0 << QStringLiteral("%");
        QTest::addRow("ops in thousands") << 2500.0 << int(Unit::OpsPerSecond) << 0.001 << QStringLiteral("k ops/s");
        QTest::addRow("cores") << 1.7 << int(Unit::Cores) << 1.0 << QStringLiteral("cores");
        QTest::addRow("NaN is zero") << NaN << int(Unit::Bytes) << 1.0 << QStringLiteral("B");
    }

    void axisScales()
    {
        QFETCH(double, maxAbs);
        QFETCH(int, unit);
        QFETCH(double, factor);
        QFETCH(QString, suffix);
        const AxisScale s = axisScale(maxAbs, Unit(unit));
        QCOMPARE(s.factor, factor);
        QCOMPARE(s.suffix, suffix);
    }

    void niceAxes_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        QTest::addRow("0..9.0 GiB") << 0.0 << 9.0 << 6 << false << 0.0 << 10.0 << 2.0 << 0;
        QTest::addRow("0..2.19 k ops") << 0.0 << 2.19 << 6 << false << 0.0 << 2.5 << 0.5 << 1;
        QTest::addRow("0..0.13 /s") << 0.0 << 0.13 << 6 << false << 0.0 << 0.15 << 0.05 << 2;
        QTest::addRow("0..2.77 percent") << 0.0 << 2.77 << 5 << false << 0.0 << 3.0 << 1.0 << 0;
        QTest::addRow("0..10 with 3 ticks") << 0.0 << 10.0 << 3 << false << 0.0 << 10.0 << 5.0 << 0;
        QTest::addRow("negative") << -3.0 << 7.0 << 6 << false << -5.0 << 7.5 << 2.5 << 1;
        QTest::addRow("flat zero") << 0.0 << 0.0 << 6 << false << 0.0 << 1.0 << 0.2 << 1;
        QTest::addRow("flat 8 GiB") << 8.0 << 8.0 << 6 << false << 7.0 << 9.0 << 0.5 << 1;
        QTest::addRow("NaN") << NaN << 1.0 << 6 << false << 0.0 << 1.0 << 0.25 << 2;
        QTest::addRow("counts: 0..9 tasks") << 0.0 << 9.0 << 5 << true << 0.0 << 10.0 << 5.0 << 0;
        QTest::addRow("counts: 0..2 never half a task") << 0.0 << 2.0 << 7 << true << 0.0 << 2.0 << 1.0 << 0;
    }

    void niceAxes()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(int, maxTicks);
        QFETCH(bool, integers);
        const NiceAxis a = niceAxis(lo, hi, maxTicks, integers);
        QTEST(a.min, "min");
        QTEST(a.max, "max");
        QTEST(a.step, "step");
        QTEST(a.decimals, "decimals");
        QVERIFY(a.tickCount <= std::max(maxTicks, 5));
        QCOMPARE(a.tickCount, int(std::lround((a.max - a.min) / a.step)) + 1);
        if (std::isfinite(lo)) {
            QVERIFY(a.min <= lo && a.max >= hi);
        }
    }

    void timeTicksAreRoundAndUnique_data()
    {
        QTest::addColumn<int>("spanMinutes");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<qint64>("expectedInterval"); // ms
        QTest::addRow("15m, 6 ticks: every 5 min") << 15 << 6 << qint64(300'000);
        QTest::addRow("1h, 7 ticks: every 10 min") << 60 << 7 << qint64(600'000);
        QTest::addRow("6h, 5 ticks: every 2 h") << 360 << 5 << qint64(7'200'000);
        QTest::addRow("24h, 9 ticks: every 3 h") << 1440 << 9 << qint64(10'800'000);
        QTest::addRow("7d, 8 ticks: daily") << 7 * 1440 << 8 << qint64(86'400'000);
    }

    void timeTicksAreRoundAndUnique()
    {
        QFETCH(int, spanMinutes);
        QFETCH(int, maxTicks);
        QFETCH(qint64, expectedInterval);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(1'700'000'123, QTimeZone::UTC);
        const QDateTime start = end.addSecs(-60LL * spanMinutes);
        const QList<TimeTick> ticks = timeTicks(start, end, maxTicks);
        QVERIFY(ticks.size() >= 2);
        QVERIFY(ticks.size() <= maxTicks);
        QSet<QString> labels;
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const TimeTick &t = ticks.at(i);
            QVERIFY(t.msecs >= start.toMSecsSinceEpoch() && t.msecs <= end.toMSecsSinceEpoch());
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t.msecs).toLocalTime();
            QCOMPARE(local.time().second(), 0);
            if (expectedInterval < 86'400'000) {
                QCOMPARE((local.time().msecsSinceStartOfDay()) % expectedInterval, 0);
            } else {
                QCOMPARE(local.time(), QTime(0, 0));
            }
            if (i > 0) {
                QCOMPARE(t.msecs - ticks.at(i - 1).msecs, expectedInterval);
            }
            labels.insert(t.label);
        }
        QCOMPARE(labels.size(), ticks.size());
        QVERIFY(timeTicks(end, start, 5).isEmpty());
    }

    void grafanaLinks()
    {
        GrafanaLink link;
        link.panelId = QStringLiteral("read_latency");
        link.selector.cluster = QStringLiteral("demo & co");
        link.selector.datacenter = QStringLiteral("dc1");
        link.start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::UTC);
        link.end = link.start.addSecs(3600);
        QString error;
        const auto url = grafanaUrl(
            QStringLiteral("https://grafana.example/d/"
                           "cass?from={from}&to={to}&var-cluster={cluster}&var-dc={datacenter}&viewPanel={panel}"),
            link, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->host(), QStringLiteral("grafana.example"));
        const QUrlQuery q(*url);
        QCOMPARE(q.queryItemValue(QStringLiteral("from")), QStringLiteral("1700000000000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("to")), QStringLiteral("1700003600000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("var-cluster"), QUrl::FullyDecoded), QStringLiteral("demo & co"));
        QCOMPARE(q.queryItemValue(QStringLiteral("viewPanel")), QStringLiteral("read_latency"));

        QVERIFY(!grafanaUrl(QStringLiteral("https://g/d?x={clustr}"), link, &error));
        QVERIFY2(error.contains(QLatin1String("{clustr}")), qPrintable(error));
        QVERIFY(!grafanaUrl(QStringLiteral("file:///etc/passwd?{cluster}"), link, &error));
        QVERIFY2(error.contains(QLatin1String("http")), qPrintable(error));
    }

    void paletteDiffersForDark()
    {
        QVERIFY(seriesColor(0, false) != seriesColor(0, true));
        QVERIFY(seriesColor(0, true).lightness() > seriesColor(0, false).lightness());
        QCOMPARE(seriesColor(10, false), seriesColor(0, false));
        QVERIFY(seriesColor(1, false) != seriesColor(0, false));
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
