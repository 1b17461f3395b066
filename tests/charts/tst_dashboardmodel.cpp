// DashboardModel against a fake Prometheus transport: flavour detection once per connection and cluster, the
// banner when no Cassandra metrics exist (naming the metric names looked for), shared window and scope.

#include "chartsfaketransport.h"
#include "chartsfixtures.h"
#include "models/charts/dashboardmodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Ringside::Charts;
using namespace Ringside::Metrics;
using Ringside::Charts::Test::FakeTransport;

namespace {

struct Fixture
{
    std::shared_ptr<FakeTransport::State> state;
    std::unique_ptr<PromClient> client;
    std::unique_ptr<DashboardModel> model;

    explicit Fixture(DashboardModel::Kind kind = DashboardModel::Kind::Cluster)
    {
        auto transport = std::make_unique<FakeTransport>();
        state = transport->state();
        PromConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://prom.example:9090/prometheus"));
        client = std::make_unique<PromClient>(config, std::move(transport));
        model = std::make_unique<DashboardModel>(kind);
        model->setClient(client.get());
    }

    int requests() const { return int(state->requests.size()); }
    QString path(int i) const { return state->requests.at(i).path; }
    QString param(int i, const char *name) const { return FakeTransport::param(state, i, QLatin1StringView(name)); }
    bool answer(int i, const QByteArray &body, int status = 200) const
    {
        return FakeTransport::respond(state, i, FakeTransport::json(status, body));
    }
    QList<int> pendingRangeQueries() const
    {
        QList<int> out;
        for (const auto &[index, done] : state->live) {
            if (state->requests.at(index).path == QLatin1String("/api/v1/query_range")) {
                out.append(index);
            }
        }
        return out;
    }
    void answerAllRangeQueries() const
    {
        for (int i : pendingRangeQueries()) {
            const double start = param(i, "start").toDouble();
            const double step = param(i, "step").toDouble();
            answer(i, Test::matrixBody(Test::podSeries(QStringLiteral("demo"), Test::demoPods(), start, step, 5)));
        }
    }
    bool allPanels(PanelModel::State s) const
    {
        for (PanelModel *p : model->panels()) {
            if (p->state() != s) {
                return false;
            }
        }
        return true;
    }
};

Selector demo()
{
    Selector s;
    s.cluster = QStringLiteral("demo");
    return s;
}

} // namespace

class TestDashboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panelsOfEachKind()
    {
        QCOMPARE(DashboardModel::panelIds(DashboardModel::Kind::Cluster).size(), 9);
        QVERIFY(DashboardModel::panelIds(DashboardModel::Kind::Cluster).contains(QStringLiteral("dropped_messages")));
        const QStringList node = DashboardModel::panelIds(DashboardModel::Kind::Node);
        for (const char *id : {"heap", "gc_time", "thread_pools", "compactions"}) {
            QVERIFY(node.contains(QLatin1StringView(id)));
        }
        for (const QString &id : node) {
            QVERIFY2(Catalog::panel(id)->groups.testFlag(PanelGroup::Node), qPrintable(id));
        }
        DashboardModel m(DashboardModel::Kind::Cluster);
        QCOMPARE(m.panels().size(), 9);
        QCOMPARE(m.detectionState(), DashboardModel::DetectionState::NotStarted);
        QVERIFY(m.panel(QStringLiteral("cpu")));
        QCOMPARE(m.panel(QStringLiteral("cpu"))->state(), PanelModel::State::Idle);
    }

    void detectsOnceThenLoadsEveryPanel()
    {
        Fixture f;
        QSignalSpy detection(f.model.get(), &DashboardModel::detectionChanged);
        f.model->setSelector(demo());
        QCOMPARE(f.model->detectionState(), DashboardModel::DetectionState::Detecting);
        QCOMPARE(f.requests(), 1);
        QCOMPARE(f.path(0), QStringLiteral("/api/v1/series"));
        QCOMPARE(f.param(0, "match[]"), detectionMatcher());
        QVERIFY(f.allPanels(PanelModel::State::Idle));
        QVERIFY(f.model->panels().at(0)->message().contains(QLatin1String("demo")));

        QVERIFY(f.answer(0, Test::seriesBody(Test::gossipSeries(QStringLiteral("demo"), Test::demoPods()))));
        QTRY_COMPARE(f.model->detectionState(), DashboardModel::DetectionState::Found);
        QVERIFY(f.model->bannerText().isEmpty());
        QCOMPARE(f.model->detection().flavour, Flavour::Modern);
        QCOMPARE(f.model->detection().nodes, Test::demoPods());
        QTRY_COMPARE(f.pendingRangeQueries().size(), 9); // one per panel (latency: p99 only)
        f.answerAllRangeQueries();
        QTRY_VERIFY(f.allPanels(PanelModel::State::Ready));
        for (PanelModel *p : f.model->panels()) {
            QCOMPARE(p->rowCount(), 3);
            QCOMPARE(p->flavour(), Flavour::Modern);
        }

        // A new window reloads every panel; detection does not run again.
        const int before = f.requests();
        f.model->setTimeWindow(TimeWindow::last(WindowPreset::Last24h));
        QTRY_COMPARE(f.requests(), before + 9);
        for (int i = before; i < f.requests(); ++i) {
            QCOMPARE(f.path(i), QStringLiteral("/api/v1/query_range"));
            QCOMPARE(f.param(i, "end").toDouble() - f.param(i, "start").toDouble(), 86400.0);
        }
        // So does a datacenter filter, with the matcher in every query.
        Selector dc = demo();
        dc.datacenter = QStringLiteral("dc1");
        f.model->setSelector(dc);
        QTRY_COMPARE(f.requests(), before + 18);
        QVERIFY(f.param(before + 9, "query").contains(QLatin1String("datacenter=\"dc1\"")));
        QCOMPARE(detection.size(), 2); // Detecting, Found

        // Another cluster is detected again.
        Selector other;
        other.cluster = QStringLiteral("prod");
        f.model->setSelector(other);
        QCOMPARE(f.path(f.requests() - 1), QStringLiteral("/api/v1/series"));
        QCOMPARE(f.model->detectionState(), DashboardModel::DetectionState::Detecting);
    }

    void bannerNamesTheMetricsLookedFor()
    {
        Fixture f;
        f.model->setSelector(demo());
        QVERIFY(f.answer(0, Test::seriesBody({})));
        QTRY_COMPARE(f.model->detectionState(), DashboardModel::DetectionState::NotFound);
        const QString banner = f.model->bannerText();
        QVERIFY2(banner.contains(QLatin1String("org_apache_cassandra_metrics_thread_pools_completed_tasks")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("mcac_thread_pools_completed_tasks")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("\u201cdemo\u201d")), qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("http://prom.example:9090/prometheus")), qPrintable(banner));
        QVERIFY(f.allPanels(PanelModel::State::Idle));
        QTest::qWait(20);
        QCOMPARE(f.requests(), 1); // no panel asked anything

        // Metrics of other clusters exist: the banner lists them, and still names the metrics looked for.
        f.model->redetect();
        QCOMPARE(f.requests(), 2);
        QVERIFY(f.answer(
            1, Test::seriesBody(Test::gossipSeries(QStringLiteral("shop"), {QStringLiteral("shop-dc1-r1-sts-0")}))));
        QTRY_COMPARE(f.model->detectionState(), DashboardModel::DetectionState::NotFound);
        QVERIFY2(f.model->bannerText().contains(QLatin1String("shop")), qPrintable(f.model->bannerText()));
        QVERIFY2(f.model->bannerText().contains(QLatin1String("thread_pools_completed_tasks")),
                 qPrintable(f.model->bannerText()));
    }

    void detectionFailureSaysWhere()
    {
        Fixture f;
        f.model->setSelector(demo());
        HttpResponse refused;
        refused.failure = HttpResponse::Failure::Network;
        refused.errorString = QStringLiteral("Connection refused");
        QVERIFY(FakeTransport::respond(f.state, 0, refused));
        QTRY_COMPARE(f.model->detectionState(), DashboardModel::DetectionState::Failed);
        const QString banner = f.model->bannerText();
        QVERIFY2(banner.contains(QLatin1String("Connection refused")), qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("http://prom.example:9090/prometheus/api/v1/series")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("GossipStage")), qPrintable(banner));
        QCOMPARE(f.model->detectionError()->kind, PromError::Kind::Network);
        // Refresh retries the detection, not the panels.
        f.model->refresh();
        QCOMPARE(f.requests(), 2);
        QCOMPARE(f.path(1), QStringLiteral("/api/v1/series"));
    }

    void nodeDrillDownNeedsANode()
    {
        Fixture f(DashboardModel::Kind::Node);
        f.model->setSelector(demo());
        QVERIFY(f.answer(0, Test::seriesBody(Test::gossipSeries(QStringLiteral("demo"), Test::demoPods()))));
        QTRY_COMPARE(f.model->detectionState(), DashboardModel::DetectionState::Found);
        QVERIFY(f.allPanels(PanelModel::State::Idle));
        QVERIFY(f.model->panels().at(0)->message().contains(QLatin1String("node")));
        Selector node = demo();
        node.node = Test::demoPods().at(1);
        f.model->setSelector(node);
        QTRY_COMPARE(f.pendingRangeQueries().size(), 11); // heap and thread pools have two queries each
        for (int i : f.pendingRangeQueries()) {
            QVERIFY2(f.param(i, "query").contains(QStringLiteral("pod_name=\"%1\"").arg(node.node)),
                     qPrintable(f.param(i, "query")));
        }
        QCOMPARE(f.requests(), 12);
    }

    void newConnectionDetectsAgain()
    {
        Fixture f;
        f.model->setSelector(demo());
        QVERIFY(f.answer(0, Test::seriesBody(Test::gossipSeries(QStringLiteral("demo"), Test::demoPods()))));
        QTRY_COMPARE(f.model->detectionState(), DashboardModel::DetectionState::Found);
        QTRY_COMPARE(f.pendingRangeQueries().size(), 9);

        auto transport = std::make_unique<FakeTransport>();
        auto state = transport->state();
        PromConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://other:9090"));
        PromClient second(config, std::move(transport));
        f.model->setClient(&second);
        QCOMPARE(f.state->cancelled, 9); // the old connection's panel queries were aborted
        QCOMPARE(state->requests.size(), 1);
        QCOMPARE(state->requests.at(0).path, QStringLiteral("/api/v1/series"));
        f.model->setClient(nullptr);
        QCOMPARE(f.model->detectionState(), DashboardModel::DetectionState::NotStarted);
        QVERIFY(f.model->bannerText().contains(QLatin1String("Prometheus")));
    }
};

QTEST_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
