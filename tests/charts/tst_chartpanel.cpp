// ChartPanel against a fake Prometheus transport: what each state shows, the legend toggling lines, hover
// tooltips, gaps, exports, the Grafana link, the dark theme, the time bar and the query toggles.

#include "chartsfaketransport.h"
#include "chartsfixtures.h"
#include "gui/charts/chartpanel.h"
#include "gui/charts/chartview.h"
#include "gui/charts/timerangebar.h"
#include "models/charts/panelmodel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QUrlQuery>
#include <QValueAxis>
#include <QtTest>

using namespace Ringside::Charts;
using namespace Ringside::Metrics;
using Ringside::Charts::Test::FakeTransport;

namespace {

struct Fixture
{
    std::shared_ptr<FakeTransport::State> state;
    std::unique_ptr<PromClient> client;
    std::unique_ptr<PanelModel> model;
    std::unique_ptr<ChartPanel> panel;

    explicit Fixture(const QString &panelId = QStringLiteral("cpu"))
    {
        auto transport = std::make_unique<FakeTransport>();
        state = transport->state();
        PromConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://prom.example:9090"));
        client = std::make_unique<PromClient>(config, std::move(transport));
        model = std::make_unique<PanelModel>(*Catalog::panel(panelId));
        Selector sel;
        sel.cluster = QStringLiteral("demo");
        model->setSelector(sel);
        model->setClient(client.get());
        panel = std::make_unique<ChartPanel>(model.get());
        panel->resize(560, 420);
        panel->show();
    }
    ~Fixture() { panel.reset(); }

    int requests() const { return int(state->requests.size()); }
    QString param(int i, const char *name) const { return FakeTransport::param(state, i, QLatin1StringView(name)); }
    bool answer(int i, const QByteArray &body, int status = 200) const
    {
        return FakeTransport::respond(state, i, FakeTransport::json(status, body));
    }
    bool answerPods(int i) const
    {
        const double start = param(i, "start").toDouble();
        const double step = param(i, "step").toDouble();
        const int count = int((param(i, "end").toDouble() - start) / step) + 1;
        return answer(i,
                      Test::matrixBody(Test::podSeries(QStringLiteral("demo"), Test::demoPods(), start, step, count)));
    }
    void loadReady()
    {
        model->reload();
        QVERIFY(answerPods(requests() - 1));
        QTRY_COMPARE(model->state(), PanelModel::State::Ready);
    }
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2b2b));
    p.setColor(QPalette::WindowText, QColor(0xe0e0e0));
    p.setColor(QPalette::Base, QColor(0x1e1e1e));
    p.setColor(QPalette::Text, QColor(0xe0e0e0));
    p.setColor(QPalette::Button, QColor(0x353535));
    p.setColor(QPalette::ButtonText, QColor(0xe0e0e0));
    return p;
}

} // namespace

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestChartPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachStateIsShown()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Loading); // setClient scheduled a load, the panel shows it
        QCOMPARE(f.requests(), 1);
        QVERIFY(f.panel->chartView()->isLoadingShown());
        QVERIFY(!f.panel->isMessageShown());

        QVERIFY(f.answerPods(0));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QVERIFY(!f.panel->chartView()->isLoadingShown());
        QVERIFY(f.panel->legendView()->isVisible());
        for (int row = 0; row < 3; ++row) {
            const QList<QLineSeries *> lines = f.panel->linesOf(row);
            QCOMPARE(lines.size(), 1);
            QCOMPARE(lines.at(0)->count(), f.model->series().at(row).points.size());
            QCOMPARE(lines.at(0)->color(), f.model->colorOf(row));
            QCOMPARE(lines.at(0)->name(), Test::demoPods().at(row));
            QVERIFY(lines.at(0)->isVisible());
        }
        QCOMPARE(f.panel->chart()->series().size(), 3);
        QCOMPARE(f.panel->unitText(), QStringLiteral("cores"));
        QVERIFY(f.panel->valueAxis()->max() >= 260.0); // pod 2 reaches 20 + 240

        // Empty: the message page with the model's whole text and a Retry button.
        f.model->reload();
        QTRY_VERIFY(f.panel->chartView()->isLoadingShown());
        QVERIFY(f.answer(1, Test::matrixBody({})));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Empty);
        QVERIFY(f.panel->isMessageShown());
        QCOMPARE(f.panel->shownHeading(), QStringLiteral("No data"));
        QCOMPARE(f.panel->shownMessage(), f.model->message());
        QVERIFY(f.panel->retryButton()->isVisible());
        QVERIFY(!f.panel->legendView()->isVisible());

        // Retry asks again; an error shows the full text, selectable.
        QTest::mouseClick(f.panel->retryButton(), Qt::LeftButton);
        QCOMPARE(f.requests(), 3);
        QVERIFY(f.answer(2,
                         Test::errorBody(QStringLiteral("bad_data"),
                                         QStringLiteral("invalid parameter \"query\": 1:5: parse error")),
                         400));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Error);
        QCOMPARE(f.panel->shownHeading(), QStringLiteral("Prometheus error"));
        QVERIFY(f.panel->shownMessage().contains(f.param(2, "query")));
        QVERIFY(f.panel->shownMessage().contains(QLatin1String("bad_data")));
        QVERIFY(f.panel->shownMessage().contains(QLatin1String("http://prom.example:9090/api/v1/query_range")));
        auto *label = f.panel->findChild<QLabel *>(QStringLiteral("panelMessage"));
        QVERIFY(label);
        QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QVERIFY(f.panel->retryButton()->isVisible());
    }

    void narrowLegendKeepsNamesWhole()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.loadReady();
        QTableView *legend = f.panel->legendView();
        f.panel->resize(900, f.panel->height());
        QTRY_VERIFY(!legend->isColumnHidden(PanelModel::AvgColumn));
        QVERIFY(!legend->isColumnHidden(PanelModel::MinColumn));
        // Narrow: Avg, Max and Min make way for the series names; Last stays.
        f.panel->resize(260, f.panel->height());
        QTRY_VERIFY(legend->isColumnHidden(PanelModel::AvgColumn));
        QVERIFY(!legend->isColumnHidden(PanelModel::LastColumn));
        QVERIFY(!legend->isColumnHidden(PanelModel::SeriesColumn));
        QVERIFY2(legend->columnWidth(PanelModel::SeriesColumn) >= static_cast<QAbstractItemView *>(legend)->sizeHintForColumn(PanelModel::SeriesColumn)
                     || legend->isColumnHidden(PanelModel::MinColumn),
                 "the names are cut while Min still shows");
        f.panel->resize(900, f.panel->height());
        QTRY_VERIFY(!legend->isColumnHidden(PanelModel::AvgColumn));
    }

    void legendClickTogglesLines()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.loadReady();
        QTableView *legend = f.panel->legendView();
        QCOMPARE(legend->model(), f.model.get());
        const QRect cell = legend->visualRect(f.model->index(1, PanelModel::MaxColumn));
        QVERIFY(cell.isValid());
        QTest::mouseClick(legend->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!f.model->isSeriesVisible(1));
        QVERIFY(!f.panel->linesOf(1).at(0)->isVisible());
        QVERIFY(f.panel->linesOf(0).at(0)->isVisible());
        const QRect label = legend->visualRect(f.model->index(1, PanelModel::SeriesColumn));
        QTest::mouseClick(legend->viewport(), Qt::LeftButton, {}, label.center());
        QVERIFY(f.model->isSeriesVisible(1));
        QVERIFY(f.panel->linesOf(1).at(0)->isVisible());
        // Keyboard: Space on the current row.
        legend->setFocus();
        legend->setCurrentIndex(f.model->index(2, 0));
        QTest::keyClick(legend, Qt::Key_Space);
        QVERIFY(!f.model->isSeriesVisible(2));
        f.model->setSeriesVisible(2, true);

        // Hiding the highest series rescales the axis to what is still shown.
        f.model->reload();
        const double start = f.param(f.requests() - 1, "start").toDouble();
        QList<Test::FakeSeries> levels;
        for (int n = 0; n < 3; ++n) {
            Test::FakeSeries s;
            s.labels = {{QStringLiteral("pod_name"), Test::demoPods().at(n)}};
            for (int i = 0; i < 10; ++i) {
                s.samples.append(QPointF(start + i * 15.0, n == 2 ? 1000.0 : 100.0));
            }
            levels.append(s);
        }
        QVERIFY(f.answer(f.requests() - 1, Test::matrixBody(levels)));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QVERIFY(f.panel->valueAxis()->max() >= 1000.0);
        f.model->setSeriesVisible(2, false);
        QVERIFY2(f.panel->valueAxis()->max() >= 100.0 && f.panel->valueAxis()->max() < 500.0,
                 qPrintable(QString::number(f.panel->valueAxis()->max())));
    }

    void hoverShowsValuesOfVisibleSeries()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.loadReady();
        const double t = f.model->series().at(0).raw.at(100).x();
        const QString html = f.panel->tooltipHtml(t + 3);
        for (int n = 0; n < 3; ++n) {
            QVERIFY2(html.contains(Test::demoPods().at(n)), qPrintable(html));
            QVERIFY2(html.contains(formatValue(n * 10.0 + 100, Unit::Cores)), qPrintable(html));
        }
        QVERIFY(html.contains(f.model->colorOf(1).name()));
        f.model->setSeriesVisible(1, false);
        QVERIFY(!f.panel->tooltipHtml(t).contains(Test::demoPods().at(1)));
        QVERIFY(f.panel->tooltipHtml(t - 86400).isEmpty()); // nothing there

        // The mouse over the plot finds the same time.
        QChart *chart = f.panel->chart();
        QLineSeries *line = f.panel->linesOf(0).at(0);
        const QPointF inChart = chart->mapToPosition(QPointF(t * 1000.0, 50.0), line);
        const QPoint inView = f.panel->chartView()->mapFromScene(chart->mapToScene(inChart));
        const std::optional<double> hovered = f.panel->chartView()->timeAt(inView);
        QVERIFY(hovered);
        QVERIFY2(std::fabs(*hovered - t) < 15.0, qPrintable(QString::number(*hovered - t)));
        QTest::mouseMove(f.panel->chartView()->viewport(), inView);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(Test::demoPods().at(0)), qPrintable(QToolTip::text()));
        QVERIFY(!f.panel->chartView()->timeAt(QPoint(1, 1))); // outside the plot area
    }

    void gapsSplitTheLine()
    {
        Fixture f;
        f.model->reload();
        const double start = f.param(0, "start").toDouble();
        Test::FakeSeries s;
        s.labels = {{QStringLiteral("pod_name"), QStringLiteral("p")}};
        for (int i = 0; i < 60; ++i) {
            if (i < 20 || i >= 30) {
                s.samples.append(QPointF(start + i * 15.0, 2.0));
            }
        }
        QVERIFY(f.answer(0, Test::matrixBody({s})));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QCOMPARE(f.panel->linesOf(0).size(), 2);
        QCOMPARE(f.panel->linesOf(0).at(0)->count(), 20);
        QCOMPARE(f.panel->linesOf(0).at(1)->count(), 30);
        QCOMPARE(f.panel->linesOf(0).at(1)->color(), f.panel->linesOf(0).at(0)->color());
    }

    void exportsPngAndCsv()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.loadReady();
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("cpu.csv"));
        QCOMPARE(f.panel->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QCOMPARE(text, f.model->toCsv());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + f.model->series().at(0).raw.size());
        QCOMPARE(lines.at(0), QStringLiteral("time,") + Test::demoPods().join(u','));
        const QStringList first = lines.at(1).split(u',');
        QCOMPARE(QDateTime::fromString(first.at(0), Qt::ISODateWithMs).toSecsSinceEpoch(),
                 qint64(f.model->series().at(0).raw.at(0).x()));
        QCOMPARE(first.mid(1), (QStringList{QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("20")}));

        const QString pngPath = dir.filePath(QStringLiteral("cpu.png"));
        QCOMPARE(f.panel->exportPng(pngPath), QString());
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), f.panel->size() * f.panel->devicePixelRatio());
        // The line colours are in the picture.
        bool found = false;
        const QColor c = f.model->colorOf(0);
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() && !found; ++x) {
                const QColor p = image.pixelColor(x, y);
                found = std::abs(p.red() - c.red()) < 8 && std::abs(p.green() - c.green()) < 8
                        && std::abs(p.blue() - c.blue()) < 8;
            }
        }
        QVERIFY(found);
        const QString bad = f.panel->exportCsv(QStringLiteral("/nonexistent-dir/x.csv"));
        QVERIFY2(bad.contains(QLatin1String("/nonexistent-dir/x.csv")), qPrintable(bad));
    }

    void grafanaLink()
    {
        Fixture f;
        f.loadReady();
        QVERIFY(!f.panel->grafanaAction()->isVisible());
        QString error;
        QVERIFY(!f.panel->openInGrafana(&error));
        QVERIFY(error.contains(QLatin1String("Grafana")));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        f.panel->setGrafanaTemplate(
            QStringLiteral("https://grafana.example/d/cassandra?from={from}&to={to}&var-cluster={cluster}"));
        QVERIFY(f.panel->grafanaAction()->isVisible());
        f.panel->grafanaAction()->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls.size(), 1);
        const QUrlQuery q(catcher.urls.at(0));
        QCOMPARE(q.queryItemValue(QStringLiteral("var-cluster")), QStringLiteral("demo"));
        QCOMPARE(q.queryItemValue(QStringLiteral("from")), QString::number(f.model->start().toMSecsSinceEpoch()));
        QCOMPARE(q.queryItemValue(QStringLiteral("to")), QString::number(f.model->end().toMSecsSinceEpoch()));
        f.panel->setGrafanaTemplate(QString());
        QVERIFY(!f.panel->grafanaAction()->isVisible());
    }

    void followsTheDarkPalette()
    {
        Fixture f;
        f.loadReady();
        QVERIFY(!f.panel->isDark());
        QCOMPARE(f.panel->chart()->theme(), QChart::ChartThemeLight);
        f.panel->setPalette(darkPalette());
        QVERIFY(f.panel->isDark());
        QCOMPARE(f.panel->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(f.panel->linesOf(0).at(0)->color(), seriesColor(0, true));
        QCOMPARE(f.model->colorOf(0), seriesColor(0, true));
        QCOMPARE(f.panel->chart()->backgroundBrush().color(), QColor(0x1e1e1e));
        QCOMPARE(f.panel->chart()->series().size(), 3); // the theme change kept the lines
        f.panel->setPalette(QPalette());
        QVERIFY(!f.panel->isDark());
        QCOMPARE(f.panel->linesOf(0).at(0)->color(), seriesColor(0, false));
    }

    void ownTimeBarDrivesTheModel()
    {
        Fixture f;
        f.loadReady();
        f.panel->setTimeBarVisible(true);
        TimeRangeBar *bar = f.panel->timeBar();
        QVERIFY(bar->isVisible());
        QComboBox *window = bar->windowCombo();
        const int sixHours = window->findData(int(WindowPreset::Last6h));
        window->setCurrentIndex(sixHours);
        Q_EMIT window->activated(sixHours);
        QCOMPARE(f.model->timeWindow().preset, WindowPreset::Last6h);
        QTRY_COMPARE(f.requests(), 2);
        QCOMPARE(f.param(1, "end").toDouble() - f.param(1, "start").toDouble(), 6 * 3600.0);

        const int custom = window->findData(int(WindowPreset::Custom));
        window->setCurrentIndex(custom);
        Q_EMIT window->activated(custom);
        QVERIFY(bar->fromEdit()->isVisible());
        const QDateTime now = QDateTime::currentDateTime();
        bar->fromEdit()->setDateTime(now);
        bar->toEdit()->setDateTime(now.addSecs(-3600));
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QVERIFY2(bar->problem().contains(QLatin1String("before")), qPrintable(bar->problem()));
        QCOMPARE(f.model->timeWindow().preset, WindowPreset::Last6h);
        bar->fromEdit()->setDateTime(now.addSecs(-7200));
        bar->toEdit()->setDateTime(now.addSecs(-3600));
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QVERIFY(bar->problem().isEmpty());
        QCOMPARE(f.model->timeWindow().preset, WindowPreset::Custom);
        QTRY_COMPARE(f.requests(), 3);

        const int thirty = bar->refreshCombo()->findData(qint64(30));
        QVERIFY(thirty >= 0);
        bar->refreshCombo()->setCurrentIndex(thirty);
        Q_EMIT bar->refreshCombo()->activated(thirty);
        QCOMPARE(f.model->autoRefresh(), std::chrono::seconds(30));
    }

    void queryTogglesAndPixelWidth()
    {
        Fixture f(QStringLiteral("read_latency"));
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.loadReady();
        auto *p50 = f.panel->findChild<QToolButton *>(QStringLiteral("query_p50"));
        auto *p99 = f.panel->findChild<QToolButton *>(QStringLiteral("query_p99"));
        QVERIFY(p50 && p99);
        QVERIFY(!p50->isChecked());
        QVERIFY(p99->isChecked());
        const int before = f.requests();
        QTest::mouseClick(p50, Qt::LeftButton);
        QVERIFY(f.model->isQueryEnabled(QStringLiteral("p50")));
        QTRY_COMPARE(f.requests(), before + 2);
        QVERIFY(f.answerPods(before));
        QVERIFY(f.answerPods(before + 1));
        QTRY_COMPARE(f.model->state(), PanelModel::State::Ready);
        QCOMPARE(f.panel->chart()->series().size(), 6);
        QCOMPARE(f.panel->unitText(), QStringLiteral("\u00b5s"));

        // The model downsamples to the plot's width, following resizes.
        QTRY_COMPARE(f.model->pixelWidth(), int(f.panel->chart()->plotArea().width()));
        f.panel->resize(900, 420);
        QTRY_COMPARE(f.model->pixelWidth(), int(f.panel->chart()->plotArea().width()));
        QVERIFY(f.model->pixelWidth() > 600);
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
