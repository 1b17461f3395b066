// PanelModel against a fake Prometheus transport (and a refused loopback connection): states, messages that name
// the query, latest-wins, LTTB to the pixel width, gaps, the legend table, auto-refresh.

#include "chartsfaketransport.h"
#include "chartsfixtures.h"
#include "models/charts/panelmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <cmath>

using namespace Ringside::Charts;
using namespace Ringside::Metrics;
using Ringside::Charts::Test::FakeTransport;
using namespace std::chrono_literals;

namespace {

const QString Base = QStringLiteral("https://prom.example:9090");

struct Fixture
{
    std::shared_ptr<FakeTransport::State> state;
    std::unique_ptr<PromClient> client;
    std::unique_ptr<PanelModel> model;

    explicit Fixture(const QString &panelId = QStringLiteral("cpu"))
    {
        auto transport = std::make_unique<FakeTransport>();
        state = transport->state();
        PromConfig config;
        config.baseUrl = QUrl(Base);
        client = std::make_unique<PromClient>(config, std::move(transport));
        model = std::make_unique<PanelModel>(*Catalog::panel(panelId));
        Selector sel;
        sel.cluster = QStringLiteral("demo");
        model->setSelector(sel);
        model->setPixelWidth(600);
        model->setClient(client.get());
    }

    int requests() const { return int(state->requests.size()); }
    QString param(int i, const char *name) const { return FakeTransport::param(state, i, QLatin1StringView(name)); }
    bool answer(int i, const QByteArray &body, int status = 200) const
    {
        return FakeTransport::respond(state, i, FakeTransport::json(status, body));
    }
    // Answers request i with one series per demo pod over the request's own range and step.
    bool answerPods(int i, int podCount = 3) const
    {
        const double start = param(i, "start").toDouble();
        const double end = param(i, "end").toDouble();
        const double step = param(i, "step").toDouble();
        const int count = int((end - start) / step) + 1;
        return answer(i, Test::matrixBody(Test::podSeries(QStringLiteral("demo"), Test::demoPods().mid(0, podCount),
                                                          start, step, count)));
    }
};

QStringList states(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        out.append(QString::fromLatin1(
            QMetaEnum::fromType<PanelModel::State>().valueToKey(int(args.at(0).value<PanelModel::State>()))));
    }
    return out;
}

} // namespace

class TestPanelModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadingThenReady()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy spy(f.model.get(), &PanelModel::stateChanged);
        f.model->refresh();
        f.model->refresh(); // coalesced: one load
        QTRY_COMPARE(f.model->state(), PanelModel::State::Loading);
        QCOMPARE(f.requests(), 1);
        const HttpRequest &r = f.state->requests.at(0);
        QCOMPARE(r.path, QStringLiteral("/api/v1/query_range"));
        QVERIFY2(f.param(0, "query").contains(QLatin1String("process_cpu_seconds_total{cluster=\"demo\"}")),
                 qPrintable(f.param(0, "query")));
        QCOMPARE(f.param(0, "step"), QStringLiteral("15"));
        QCOMPARE(f.param(0, "end").toDouble() - f.param(0, "start").toDouble(), 3600.0);
        QCOMPARE(qint64(f.param(0, "start").toDouble()) % 15, 0);

        QVERIFY(f.answerPods(0));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QCOMPARE(states(spy), (QStringList{QStringLiteral("Loading"), QStringLiteral("Ready")}));
        QCOMPARE(f.model->rowCount(), 3);
        QCOMPARE(f.model->columnCount(), int(PanelModel::ColumnCount));
        for (int n = 0; n < 3; ++n) {
            QCOMPARE(f.model->index(n, PanelModel::SeriesColumn).data().toString(), Test::demoPods().at(n));
            QCOMPARE(f.model->index(n, PanelModel::SeriesColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            // value = pod * 10 + sample index, 241 samples
            QCOMPARE(f.model->index(n, PanelModel::LastColumn).data(PanelModel::ValueRole).toDouble(), n * 10.0 + 240);
            QCOMPARE(f.model->index(n, PanelModel::MinColumn).data(PanelModel::ValueRole).toDouble(), n * 10.0);
            QCOMPARE(f.model->index(n, PanelModel::AvgColumn).data(PanelModel::ValueRole).toDouble(), n * 10.0 + 120);
            QCOMPARE(f.model->index(n, PanelModel::LastColumn).data().toString(),
                     formatValue(n * 10.0 + 240, Unit::Cores));
        }
        QCOMPARE(f.model->headerData(PanelModel::MaxColumn, Qt::Horizontal).toString(), QStringLiteral("Max"));
        QCOMPARE(f.model->series().at(0).raw.size(), 241);
        QVERIFY(f.model->message().isEmpty());
        QCOMPARE(f.client->pendingCount(), 0);
    }

    void emptyResultSaysWhatWasAsked()
    {
        Fixture f(QStringLiteral("disk_used"));
        f.model->reload();
        QVERIFY(f.answer(0, Test::matrixBody({})));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Empty);
        const QString m = f.model->message();
        QVERIFY2(m.contains(QLatin1String("Disk used")), qPrintable(m));
        QVERIFY2(m.contains(f.param(0, "query")), qPrintable(m));
        QVERIFY2(m.contains(Base + QStringLiteral("/api/v1/query_range")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("\u201cdemo\u201d")), qPrintable(m));
        QCOMPARE(f.model->rowCount(), 0);
    }

    void prometheusErrorNamesQueryEndpointAndCause()
    {
        Fixture f(QStringLiteral("memory"));
        QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.model->reload();
        QVERIFY(f.answerPods(0));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        f.model->reload();
        QVERIFY(f.answer(1,
                         Test::errorBody(QStringLiteral("execution"),
                                         QStringLiteral("query processing would load too many samples into memory")),
                         422));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Error);
        const QString m = f.model->message();
        QVERIFY2(m.contains(QLatin1String("Memory")), qPrintable(m));
        QVERIFY2(m.contains(f.param(1, "query")), qPrintable(m));
        QVERIFY2(m.contains(Base + QStringLiteral("/api/v1/query_range")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("execution")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("too many samples")), qPrintable(m));
        QVERIFY(f.model->error());
        QCOMPARE(f.model->error()->kind, PromError::Kind::Server);
        QCOMPARE(f.model->error()->httpStatus, 422);
        QCOMPARE(f.model->rowCount(), 0); // no stale lines under an error
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed: nothing listens there now
        QString error;
        std::optional<PromConfig> config = PromConfig::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(port), &error);
        QVERIFY2(config, qPrintable(error));
        PromClient client(*config);
        PanelModel model(*Catalog::panel(QStringLiteral("cpu")));
        Selector sel;
        sel.cluster = QStringLiteral("demo");
        model.setSelector(sel);
        model.setClient(&client);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), PanelModel::State::Error, 10000);
        QCOMPARE(model.error()->kind, PromError::Kind::Network);
        const QString m = model.message();
        QVERIFY2(m.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("127.0.0.1:%1/api/v1/query_range").arg(port)), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("process_cpu_seconds_total")), qPrintable(m));
    }

    void latestWins()
    {
        Fixture f;
        f.model->reload();
        QCOMPARE(f.requests(), 1);
        f.model->setTimeWindow(TimeWindow::last(WindowPreset::Last6h));
        QTRY_COMPARE(f.requests(), 2);
        QCOMPARE(f.state->cancelled, 1); // the first load's request was aborted
        QVERIFY(!f.answerPods(0));       // and its answer can no longer arrive
        QCOMPARE(f.param(1, "end").toDouble() - f.param(1, "start").toDouble(), 6 * 3600.0);
        const quint64 generation = f.model->generation();
        QVERIFY(f.answerPods(1, 2));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QCOMPARE(f.model->rowCount(), 2);
        QCOMPARE(f.model->generation(), generation);

        // A multi-query panel: one failing query cancels its sibling, and the error wins.
        Fixture g(QStringLiteral("read_latency"));
        g.model->setQueryEnabled(QStringLiteral("p50"), true);
        g.model->reload();
        QCOMPARE(g.requests(), 2);
        QVERIFY(g.param(0, "query").startsWith(QLatin1String("histogram_quantile(0.5,")));
        QVERIFY(g.param(1, "query").startsWith(QLatin1String("histogram_quantile(0.99,")));
        QVERIFY(g.answer(0, Test::errorBody(QStringLiteral("bad_data"), QStringLiteral("1:2: parse error")), 400));
        QTRY_COMPARE(g.model->state(), PanelModel::State::Error);
        QCOMPARE(g.state->cancelled, 1);
        QVERIFY(!g.answerPods(1));
        QVERIFY(g.model->message().contains(g.param(0, "query")));
    }

    void lttbToThePixelWidth()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.model->setPixelWidth(200);
        f.model->setTimeWindow(TimeWindow::last(WindowPreset::Last7d));
        f.model->reload();
        QCOMPARE(f.param(0, "step"), QStringLiteral("756")); // 7 d / (200 px * 4)
        // A noisy series with spikes: LTTB must keep the width budget, the ends and the largest spike.
        const double start = f.param(0, "start").toDouble();
        Test::FakeSeries s;
        s.labels = {{QStringLiteral("pod_name"), QStringLiteral("p")}};
        for (int i = 0; i < 800; ++i) {
            s.samples.append(QPointF(start + i * 756.0, i == 333 ? 1000.0 : std::sin(i * 0.7) * 10.0));
        }
        QVERIFY(f.answer(0, Test::matrixBody({s})));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        const ChartSeries &c = f.model->series().at(0);
        QCOMPARE(c.raw.size(), 800);
        QVERIFY2(c.points.size() <= 200 && c.points.size() >= 190, qPrintable(QString::number(c.points.size())));
        QCOMPARE(c.points.constFirst(), c.raw.constFirst());
        QCOMPARE(c.points.constLast(), c.raw.constLast());
        QVERIFY(c.points.contains(QPointF(start + 333 * 756.0, 1000.0)));

        QSignalSpy changed(f.model.get(), &PanelModel::seriesChanged);
        f.model->setPixelWidth(100); // a narrower view: downsampled again, without asking Prometheus
        QCOMPARE(changed.size(), 1);
        QVERIFY(f.model->series().at(0).points.size() <= 100);
        QCOMPARE(f.requests(), 1);
    }

    void gapsBreakTheLine()
    {
        Fixture f;
        f.model->reload();
        const double start = f.param(0, "start").toDouble();
        Test::FakeSeries s;
        s.labels = {{QStringLiteral("pod_name"), QStringLiteral("p")}};
        for (int i = 0; i < 40; ++i) {
            if (i < 10 || i >= 20) { // a pod down for 10 scrapes
                s.samples.append(QPointF(start + i * 15.0, 1.0));
            }
        }
        QVERIFY(f.answer(0, Test::matrixBody({s})));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        const QList<QPointF> &pts = f.model->series().at(0).points;
        QCOMPARE(pts.size(), 31);
        QVERIFY(std::isnan(pts.at(10).y()));
        // Hovering inside the gap finds nothing within a step.
        QVERIFY(f.model->valuesAt(start + 15 * 15.0).isEmpty());
        QCOMPARE(f.model->valuesAt(start + 9 * 15.0 + 3).size(), 1);
    }

    void legendTogglesVisibility()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.model->reload();
        QVERIFY(f.answerPods(0));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QVERIFY(f.model->flags(f.model->index(1, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!f.model->flags(f.model->index(1, 1)).testFlag(Qt::ItemIsUserCheckable));
        QSignalSpy visibility(f.model.get(), &PanelModel::seriesVisibilityChanged);
        QSignalSpy data(f.model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(f.model->setData(f.model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(visibility.size(), 1);
        QCOMPARE(data.size(), 1);
        QVERIFY(!f.model->isSeriesVisible(1));
        QCOMPARE(f.model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!f.model->setData(f.model->index(1, 2), Qt::Checked, Qt::CheckStateRole));

        // Hover values and CSV leave the hidden series out.
        const double t = f.model->series().at(0).raw.at(5).x();
        const QList<HoverValue> values = f.model->valuesAt(t + 2);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).legend, Test::demoPods().at(0));
        QCOMPARE(values.at(0).value, 5.0);
        QCOMPARE(values.at(1).legend, Test::demoPods().at(2));
        QCOMPARE(values.at(1).value, 25.0);
        QCOMPARE(values.at(1).color, f.model->colorOf(2));
        const QString header = f.model->toCsv().section(QStringLiteral("\r\n"), 0, 0);
        QCOMPARE(header, QStringLiteral("time,%1,%2").arg(Test::demoPods().at(0), Test::demoPods().at(2)));

        // The choice survives a reload.
        f.model->reload();
        QVERIFY(f.answerPods(1));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QVERIFY(!f.model->isSeriesVisible(1));
        QVERIFY(f.model->isSeriesVisible(0));
    }

    void latencyRunsP99UnlessAsked()
    {
        Fixture f(QStringLiteral("read_latency"));
        QVERIFY(f.model->isQueryEnabled(QStringLiteral("p99")));
        QVERIFY(!f.model->isQueryEnabled(QStringLiteral("p50")));
        f.model->reload();
        QCOMPARE(f.requests(), 1);
        QVERIFY(f.answerPods(0));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QCOMPARE(f.model->series().at(0).legend, Test::demoPods().at(0) + QStringLiteral(" p99"));
        f.model->setQueryEnabled(QStringLiteral("p95"), true);
        QTRY_COMPARE(f.requests(), 3);
        QVERIFY(f.answerPods(2));
        QVERIFY(f.answerPods(1));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QCOMPARE(f.model->rowCount(), 6);
        QCOMPARE(f.model->series().at(0).queryId, QStringLiteral("p95")); // catalog order
        QCOMPARE(f.model->series().at(5).queryId, QStringLiteral("p99"));
        f.model->setQueryEnabled(QStringLiteral("p95"), false);
        f.model->setQueryEnabled(QStringLiteral("p99"), false);
        QTRY_COMPARE(f.model->state(), PanelModel::State::Idle);
        QVERIFY(f.model->message().contains(QLatin1String("p50, p95, p99")));
    }

    void warningsAndIdleStates()
    {
        Fixture f;
        f.model->reload();
        QVERIFY(f.answer(0, Test::matrixBody(Test::podSeries(QStringLiteral("demo"), {QStringLiteral("a")}, 0, 15, 3),
                                             {QStringLiteral("partial response: store gateway down")})));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QVERIFY(f.model->message().contains(QLatin1String("store gateway down")));

        PanelModel noClient(*Catalog::panel(QStringLiteral("cpu")));
        noClient.reload();
        QCOMPARE(noClient.state(), PanelModel::State::Idle);
        QVERIFY(noClient.message().contains(QLatin1String("Prometheus")));

        // A custom window that ends before it starts is refused before anything is sent.
        f.model->setTimeWindow(
            TimeWindow::custom(QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addSecs(-600)));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Error);
        QVERIFY(f.model->message().contains(QLatin1String("before")));
        QCOMPARE(f.requests(), 1);
    }

    void autoRefreshReloadsMovingWindows()
    {
        Fixture f;
        f.model->setAutoRefresh(1s);
        f.model->reload();
        QVERIFY(f.answerPods(0));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(f.requests(), 2, 3000);
        // While that load runs, the timer does not pile up more requests.
        QTest::qWait(2300);
        QCOMPARE(f.requests(), 2);
        QVERIFY(f.answerPods(1));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        // A custom window does not move: no timer.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.model->setTimeWindow(TimeWindow::custom(now.addSecs(-3600), now));
        QTRY_COMPARE(f.requests(), 3);
        QVERIFY(f.answerPods(2));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QTest::qWait(2300);
        QCOMPARE(f.requests(), 3);
    }
};

QTEST_MAIN(TestPanelModel)
#include "tst_panelmodel.moc"
