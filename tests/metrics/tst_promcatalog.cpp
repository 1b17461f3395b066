// The PromQL catalog: every panel renders for both flavours and every kind of selector into well-formed PromQL with
// the selector's matchers in every vector selector; flavour detection; legends and value formatting.

#include "faketransport.h"
#include "metrics/promcatalog.h"
#include "promfixtures.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Ringside::Metrics;
using Ringside::Metrics::Test::FakeTransport;

Q_DECLARE_METATYPE(Ringside::Metrics::Flavour)

namespace {

// Empty when (), [] and {} are balanced outside double-quoted strings, else what is wrong.
QString balanceProblem(const QString &q)
{
    QString stack;
    bool inString = false;
    for (qsizetype i = 0; i < q.size(); ++i) {
        const QChar c = q.at(i);
        if (inString) {
            if (c == u'\\') {
                ++i;
            } else if (c == u'"') {
                inString = false;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            stack.append(c);
        } else if (c == u')' || c == u']' || c == u'}') {
            const QChar open = c == u')' ? u'(' : (c == u']' ? u'[' : u'{');
            if (stack.isEmpty() || stack.back() != open) {
                return QStringLiteral("unexpected %1 at %2").arg(c).arg(i);
            }
            stack.chop(1);
        }
    }
    if (inString) {
        return QStringLiteral("unterminated string");
    }
    return stack.isEmpty() ? QString() : QStringLiteral("unclosed %1").arg(stack);
}

// The contents of every {...} label-matcher block.
QStringList matcherBlocks(const QString &q)
{
    QStringList out;
    static const QRegularExpression block(QStringLiteral("[a-zA-Z0-9_:]\\{((?:[^{}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)\\}"));
    for (auto it = block.globalMatch(q); it.hasNext();) {
        out.append(it.next().captured(1));
    }
    return out;
}

} // namespace

class TestPromCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDashboardPanelIsThere()
    {
        // Issue 7's panels: CPU, memory, read/write throughput, read/write latency, disk used, pending compactions,
        // dropped messages; node drill-down: heap, GC time, thread pools, compactions.
        const QStringList expected{QStringLiteral("cpu"),           QStringLiteral("memory"),          QStringLiteral("read_throughput"),
                                   QStringLiteral("write_throughput"), QStringLiteral("read_latency"), QStringLiteral("write_latency"),
                                   QStringLiteral("disk_used"),     QStringLiteral("pending_compactions"), QStringLiteral("dropped_messages"),
                                   QStringLiteral("heap"),          QStringLiteral("gc_time"),         QStringLiteral("thread_pools"),
                                   QStringLiteral("compactions")};
        for (const QString &id : expected) {
            const auto p = Catalog::panel(id);
            QVERIFY2(p, qPrintable(id));
            QVERIFY(!p->title().isEmpty());
            QVERIFY(!p->description().isEmpty());
            QVERIFY(!p->queries.isEmpty());
        }
        const auto latency = Catalog::panel(QStringLiteral("read_latency"));
        QStringList ids;
        for (const PanelQuery &q : latency->queries) {
            ids.append(q.id);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")}));
        for (const char *nodeOnly : {"heap", "gc_time", "thread_pools", "compactions"}) {
            QVERIFY(Catalog::panel(QLatin1StringView(nodeOnly))->groups.testFlag(PanelGroup::Node));
        }
        QVERIFY(!Catalog::panel(QStringLiteral("nonexistent")));
        QSet<QString> unique;
        for (const Panel &p : Catalog::panels()) {
            QVERIFY2(!unique.contains(p.id), qPrintable(p.id));
            unique.insert(p.id);
        }
    }

    void renderAll_data()
    {
        QTest::addColumn<Flavour>("flavour");
        QTest::addColumn<QString>("dc");
        QTest::addColumn<QString>("node");
        for (const auto &[name, f] : {std::pair{"modern", Flavour::Modern}, std::pair{"mcac", Flavour::Mcac}}) {
            QTest::addRow("%s cluster", name) << f << QString() << QString();
            QTest::addRow("%s dc", name) << f << QStringLiteral("dc1") << QString();
            QTest::addRow("%s node", name) << f << QStringLiteral("dc1") << QStringLiteral("demo-dc1-r1-sts-0");
        }
    }

    void renderAll()
    {
        QFETCH(Flavour, flavour);
        QFETCH(QString, dc);
        QFETCH(QString, node);
        Selector sel;
        sel.cluster = QStringLiteral("demo");
        sel.datacenter = dc;
        sel.node = node;
        sel.rateWindow = QStringLiteral("2m");
        const QString clusterMatcher = QStringLiteral("cluster=\"demo\"");
        const QString dcMatcher = Catalog::datacenterLabel(flavour) + QStringLiteral("=\"dc1\"");
        const QString nodeMatcher = Catalog::nodeLabel(flavour) + QStringLiteral("=\"demo-dc1-r1-sts-0\"");
        const QString otherPrefix = flavour == Flavour::Modern ? QStringLiteral("mcac_") : QStringLiteral("org_apache_cassandra");
        int rendered = 0;
        for (const Panel &p : Catalog::panels()) {
            QString error;
            const auto queries = Catalog::render(p, flavour, sel, &error);
            QVERIFY2(queries, qPrintable(error));
            QCOMPARE(queries->size(), p.queries.size());
            for (qsizetype i = 0; i < queries->size(); ++i) {
                const RenderedQuery &q = queries->at(i);
                const QString source = flavour == Flavour::Modern ? p.queries.at(i).modern : p.queries.at(i).mcac;
                const QString where = p.id + u'/' + q.queryId + QStringLiteral(": ") + q.promql;
                QCOMPARE(q.panelId, p.id);
                QCOMPARE(q.unit, p.unitFor(flavour));
                QVERIFY2(balanceProblem(q.promql).isEmpty(), qPrintable(where + QStringLiteral(" -> ") + balanceProblem(q.promql)));
                QVERIFY2(!q.promql.contains(u'$'), qPrintable(where));
                QVERIFY2(!q.legendFormat.contains(u'$'), qPrintable(q.legendFormat));
                QVERIFY2(!q.promql.contains(otherPrefix), qPrintable(where));
                QCOMPARE(q.queryId, p.queries.at(i).id);
                if (source.contains(QStringLiteral("$RATE"))) {
                    QVERIFY2(q.promql.contains(QStringLiteral("[2m")), qPrintable(where));
                }
                // Every vector selector carries the whole selector.
                const QStringList blocks = matcherBlocks(q.promql);
                QVERIFY2(!blocks.isEmpty(), qPrintable(where));
                for (const QString &b : blocks) {
                    QVERIFY2(b.contains(clusterMatcher), qPrintable(where));
                    QVERIFY2(dc.isEmpty() == !b.contains(dcMatcher), qPrintable(where));
                    QVERIFY2(node.isEmpty() == !b.contains(nodeMatcher), qPrintable(where));
                }
                // Per-node series: the node label is kept by the aggregation, and the legend shows it.
                QVERIFY2(q.promql.contains(Catalog::nodeLabel(flavour)), qPrintable(where));
                QVERIFY2(q.legendFormat.contains(QStringLiteral("{{") + Catalog::nodeLabel(flavour) + QStringLiteral("}}")), qPrintable(q.legendFormat));
                ++rendered;
            }
        }
        QVERIFY(rendered >= 17);
    }

    void labelValuesAreEscaped()
    {
        Selector sel;
        sel.cluster = QStringLiteral("we\"ird\\name");
        QString error;
        const auto q = Catalog::render(*Catalog::panel(QStringLiteral("cpu")), Flavour::Modern, sel, &error);
        QVERIFY(q);
        QVERIFY2(q->at(0).promql.contains(QStringLiteral("cluster=\"we\\\"ird\\\\name\"")), qPrintable(q->at(0).promql));
        QVERIFY(balanceProblem(q->at(0).promql).isEmpty());
    }

    void overriddenLabels()
    {
        Selector sel;
        sel.cluster = QStringLiteral("demo");
        sel.node = QStringLiteral("p0");
        sel.nodeLabel = QStringLiteral("pod");
        QString error;
        const auto q = Catalog::render(*Catalog::panel(QStringLiteral("memory")), Flavour::Modern, sel, &error);
        QVERIFY(q);
        QVERIFY(q->at(0).promql.contains(QStringLiteral("pod=\"p0\"")));
        QVERIFY(q->at(0).promql.contains(QStringLiteral("sum by (pod)")));
        QCOMPARE(q->at(0).legendFormat, QStringLiteral("{{pod}}"));
    }

    void renderErrors_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("nodeLabel");
        QTest::addColumn<QString>("expect");
        QTest::newRow("no cluster") << "" << "5m" << "" << "no cluster";
        QTest::newRow("bad window") << "demo" << "5 minutes" << "" << "5 minutes";
        QTest::newRow("zero window") << "demo" << "0" << "" << "rate window";
        QTest::newRow("bad label") << "demo" << "5m" << "pod-name" << "pod-name";
    }

    void renderErrors()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, window);
        QFETCH(QString, nodeLabel);
        QFETCH(QString, expect);
        Selector sel;
        sel.cluster = cluster;
        sel.rateWindow = window;
        sel.nodeLabel = nodeLabel;
        QString error;
        QVERIFY(!Catalog::render(*Catalog::panel(QStringLiteral("cpu")), Flavour::Modern, sel, &error));
        QVERIFY2(error.contains(expect), qPrintable(error));
    }

    void metricNamesPerFlavour()
    {
        const QStringList modern = Catalog::metricNames(Flavour::Modern);
        const QStringList mcac = Catalog::metricNames(Flavour::Mcac);
        QVERIFY(modern.contains(QStringLiteral("org_apache_cassandra_metrics_client_request_latency_bucket")));
        QVERIFY(modern.contains(QStringLiteral("jvm_memory_bytes_used")));
        QVERIFY(mcac.contains(QStringLiteral("mcac_client_request_latency_bucket")));
        QVERIFY(mcac.contains(QStringLiteral("collectd_cpu_total")));
        for (const QString &n : modern) {
            QVERIFY2(!n.startsWith(QStringLiteral("mcac_")) && !n.startsWith(QStringLiteral("collectd_")), qPrintable(n));
        }
        for (const QString &n : mcac) {
            QVERIFY2(n.startsWith(QStringLiteral("mcac_")) || n.startsWith(QStringLiteral("collectd_")), qPrintable(n));
        }
    }

    void legends()
    {
        Labels l{{QStringLiteral("__name__"), QStringLiteral("x")}, {QStringLiteral("pod_name"), QStringLiteral("p0")},
                 {QStringLiteral("message_type"), QStringLiteral("MUTATION")}};
        QCOMPARE(Catalog::formatLegend(QStringLiteral("{{pod_name}} {{ message_type }}"), l), QStringLiteral("p0 MUTATION"));
        QCOMPARE(Catalog::formatLegend(QStringLiteral("{{pod_name}} {{missing}} p99"), l), QStringLiteral("p0  p99"));
        QCOMPARE(Catalog::formatLegend(QString(), l), QStringLiteral("x{message_type=\"MUTATION\", pod_name=\"p0\"}"));
    }

    void values()
    {
        QCOMPARE(formatValue(1536.0 * 1024 * 1024, Unit::Bytes), QStringLiteral("1.50 GiB"));
        QCOMPARE(formatValue(850, Unit::Microseconds), QStringLiteral("850 \u00b5s"));
        QCOMPARE(formatValue(12500, Unit::Microseconds), QStringLiteral("12.5 ms"));
        QCOMPARE(formatValue(0.123, Unit::Ratio), QStringLiteral("12.3 %"));
        QCOMPARE(formatValue(1200, Unit::OpsPerSecond), QStringLiteral("1.20k ops/s"));
        QCOMPARE(formatValue(3, Unit::Count), QStringLiteral("3"));
        QCOMPARE(formatValue(std::nan(""), Unit::Bytes), QStringLiteral("NaN"));
    }

    void detection()
    {
        QString error;
        const QList<Labels> series = *Json::parseSeriesResponse(Test::seriesBody(), &error);
        const Detection modern = interpretDetection(series, QStringLiteral("demo"));
        QVERIFY(modern.found);
        QCOMPARE(modern.flavour, Flavour::Modern);
        QCOMPARE(modern.nodes, QStringList{QStringLiteral("demo-dc1-r1-sts-0")});
        QCOMPARE(modern.datacenters, QStringList{QStringLiteral("dc1")});
        const Detection old = interpretDetection(series, QStringLiteral("old"));
        QVERIFY(old.found);
        QCOMPARE(old.flavour, Flavour::Mcac);
        QCOMPARE(old.nodes, QStringList{QStringLiteral("10.0.0.7")});
        const Detection missing = interpretDetection(series, QStringLiteral("prod"));
        QVERIFY(!missing.found);
        QVERIFY2(missing.message.contains(QStringLiteral("demo, old")), qPrintable(missing.message));
        const Detection nothing = interpretDetection({}, QStringLiteral("prod"));
        QVERIFY(!nothing.found);
        QVERIFY2(nothing.message.contains(QStringLiteral("org_apache_cassandra_metrics_thread_pools_completed_tasks")), qPrintable(nothing.message));
        QVERIFY2(nothing.message.contains(QStringLiteral("mcac_thread_pools_completed_tasks")), qPrintable(nothing.message));
        // Both flavours for one cluster (a migration): modern wins, and it is said.
        QList<Labels> both = series;
        Labels extra = series.at(1);
        extra.insert(QStringLiteral("cluster"), QStringLiteral("demo"));
        both.append(extra);
        const Detection mixed = interpretDetection(both, QStringLiteral("demo"));
        QVERIFY(mixed.bothFlavours);
        QCOMPARE(mixed.flavour, Flavour::Modern);
    }

    void detectThroughClient()
    {
        auto transport = std::make_unique<FakeTransport>();
        auto st = transport->state();
        PromConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
        PromClient client(c, std::move(transport));
        std::optional<Detection> got;
        detectFlavour(client, QStringLiteral("old"), std::chrono::hours(1), this, [&got](const Detection &d) { got = d; },
                      [](const PromError &e) { QFAIL(qPrintable(e.toString())); });
        QCOMPARE(st->requests.size(), 1);
        QCOMPARE(st->requests.at(0).path, QStringLiteral("/api/v1/series"));
        QVERIFY(QString::fromUtf8(QByteArray::fromPercentEncoding(st->requests.at(0).encodedQuery)).contains(detectionMatcher()));
        FakeTransport::respond(st, 0, FakeTransport::json(200, Test::seriesBody()));
        QVERIFY(got);
        QCOMPARE(got->flavour, Flavour::Mcac);
    }
};

QTEST_GUILESS_MAIN(TestPromCatalog)
#include "tst_promcatalog.moc"
