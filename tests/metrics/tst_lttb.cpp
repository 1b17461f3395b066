// LTTB downsampling: size, end points, spikes, monotonic x, and NaN gaps kept as gaps.

#include "metrics/lttb.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace Ringside::Metrics;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

QList<QPointF> sine(int n, double x0 = 1.7e9, double dx = 15)
{
    QList<QPointF> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        out.append(QPointF(x0 + i * dx, std::sin(i / 50.0) * 10 + 100));
    }
    return out;
}

bool strictlyIncreasingX(const QList<QPointF> &pts)
{
    for (qsizetype i = 1; i < pts.size(); ++i) {
        if (!(pts.at(i).x() > pts.at(i - 1).x())) {
            return false;
        }
    }
    return true;
}

bool contains(const QList<QPointF> &pts, const QPointF &p)
{
    for (const QPointF &q : pts) {
        if (q.x() == p.x() && (q.y() == p.y() || (std::isnan(q.y()) && std::isnan(p.y())))) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallInputUnchanged()
    {
        const QList<QPointF> in = sine(100);
        QCOMPARE(downsampleLttb(in, 100), in);
        QCOMPARE(downsampleLttb(in, 500), in);
        QCOMPARE(downsampleLttb(in, 0), in);
        QCOMPARE(downsampleLttb({}, 10), QList<QPointF>());
    }

    void sizeAndEnds_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("threshold");
        QTest::newRow("10k to 800") << 10000 << 800;
        QTest::newRow("101 to 100") << 101 << 100;
        QTest::newRow("1000 to 3") << 1000 << 3;
        QTest::newRow("1000 to 1 (clamped to 3)") << 1000 << 1;
        QTest::newRow("7 to 5") << 7 << 5;
    }

    void sizeAndEnds()
    {
        QFETCH(int, n);
        QFETCH(int, threshold);
        const QList<QPointF> in = sine(n);
        const QList<QPointF> out = downsampleLttb(in, threshold);
        QCOMPARE(out.size(), qsizetype(std::max(threshold, 3)));
        QCOMPARE(out.constFirst(), in.constFirst());
        QCOMPARE(out.constLast(), in.constLast());
        QVERIFY(strictlyIncreasingX(out));
        for (const QPointF &p : out) {
            QVERIFY(contains(in, p)); // only input points, never invented ones
        }
    }

    void spikeSurvives()
    {
        QList<QPointF> in;
        for (int i = 0; i < 100000; ++i) {
            in.append(QPointF(i, (i % 7) * 0.01)); // flat noise
        }
        in[54321].setY(1000);  // one spike
        in[77777].setY(-500); // one dip
        const QList<QPointF> out = downsampleLttb(in, 200);
        QCOMPARE(out.size(), 200);
        QVERIFY(contains(out, in.at(54321)));
        QVERIFY(contains(out, in.at(77777)));
    }

    void nanGapsStayGaps()
    {
        QList<QPointF> in = sine(3000);
        // A gap of 200 points in the middle, and a gap of one point later.
        for (int i = 1000; i < 1200; ++i) {
            in[i].setY(NaN);
        }
        in[2500].setY(NaN);
        const QList<QPointF> out = downsampleLttb(in, 300);
        QVERIFY(out.size() <= 300);
        QVERIFY(out.size() >= 290); // the budget is used
        QCOMPARE(out.constFirst(), in.constFirst());
        QCOMPARE(out.constLast(), in.constLast());
        QVERIFY(strictlyIncreasingX(out));
        // Exactly one NaN marker per gap, at the gap's first point, and the points around each gap are kept so no
        // line is drawn across it.
        int nans = 0;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (std::isnan(out.at(i).y())) {
                ++nans;
                QVERIFY(i > 0 && i + 1 < out.size());
            }
        }
        QCOMPARE(nans, 2);
        QVERIFY(contains(out, in.at(1000)));
        QVERIFY(contains(out, in.at(999)));  // last point before the gap
        QVERIFY(contains(out, in.at(1200))); // first point after it
        QVERIFY(contains(out, in.at(2500)));
        QVERIFY(contains(out, in.at(2499)));
        QVERIFY(contains(out, in.at(2501)));
    }

    void leadingAndTrailingGaps()
    {
        QList<QPointF> in = sine(1000);
        for (int i = 0; i < 50; ++i) {
            in[i].setY(NaN);
        }
        for (int i = 950; i < 1000; ++i) {
            in[i].setY(NaN);
        }
        const QList<QPointF> out = downsampleLttb(in, 100);
        QVERIFY(out.size() <= 100);
        QVERIFY(std::isnan(out.constFirst().y()));
        QVERIFY(std::isnan(out.constLast().y()));
        QVERIFY(contains(out, in.at(50)));
        QVERIFY(contains(out, in.at(949)));
        QVERIFY(strictlyIncreasingX(out));
    }

    void infinityIsAGapToo()
    {
        QList<QPointF> in = sine(1000);
        in[500].setY(std::numeric_limits<double>::infinity());
        const QList<QPointF> out = downsampleLttb(in, 50);
        QVERIFY(contains(out, in.at(500)));
        QVERIFY(contains(out, in.at(499)));
        QVERIFY(contains(out, in.at(501)));
    }

    void tooFragmentedFallsBackToBuckets()
    {
        // Every other point missing: more gaps than pixels (odd length: the last point is finite).
        QList<QPointF> in = sine(10001);
        for (int i = 1; i < in.size(); i += 2) {
            in[i].setY(NaN);
        }
        in[4000].setY(5000); // a spike on a finite point
        const QList<QPointF> out = downsampleLttb(in, 100);
        QCOMPARE(out.size(), 100);
        QCOMPARE(out.constFirst(), in.constFirst());
        QCOMPARE(out.constLast(), in.constLast());
        QVERIFY(strictlyIncreasingX(out));
        QVERIFY(contains(out, in.at(4000)));
    }

    void allNaN()
    {
        QList<QPointF> in = sine(500);
        for (QPointF &p : in) {
            p.setY(NaN);
        }
        const QList<QPointF> out = downsampleLttb(in, 20);
        QCOMPARE(out.size(), 1); // one gap, one marker
        QVERIFY(std::isnan(out.at(0).y()));
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"
