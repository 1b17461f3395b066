// LTTB downsampling of 1,000,000 points to 2,000 (a wide chart), as ratios against two baselines run in the same
// process: a plain deep copy of the 1M points (the least any consumer of the series pays), and naive every-Nth
// decimation to the same 2,000 points (the cheapest downsampling, which loses spikes). Printed as "ratio: N.NNx".
#include "metrics/lttb.h"

#include <QList>
#include <QPointF>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <limits>

namespace {

constexpr int Points = 1'000'000;
constexpr int Width = 2'000;

QList<QPointF> makeSeries(bool gaps)
{
    QList<QPointF> pts;
    pts.reserve(Points);
    quint32 noise = 12345;
    for (int i = 0; i < Points; ++i) {
        noise = noise * 1664525u + 1013904223u; // deterministic LCG noise
        const double y = std::sin(i / 5000.0) * 100 + double(noise >> 24) / 16.0;
        pts.append(QPointF(1.7e9 + i * 15.0, y));
    }
    if (gaps) {
        // 100 scrape gaps of 100 points each.
        for (int g = 0; g < 100; ++g) {
            for (int i = 0; i < 100; ++i) {
                pts[g * 10'000 + 5'000 + i].setY(std::numeric_limits<double>::quiet_NaN());
            }
        }
    }
    return pts;
}

const QList<QPointF> &series()
{
    static const QList<QPointF> s = makeSeries(false);
    return s;
}

const QList<QPointF> &seriesWithGaps()
{
    static const QList<QPointF> s = makeSeries(true);
    return s;
}

void BM_Baseline_Copy(benchmark::State &state)
{
    for (auto _ : state) {
        QList<QPointF> copy(series().cbegin(), series().cend()); // a real copy, not a shared one
        benchmark::DoNotOptimize(copy.data());
    }
}
BENCHMARK(BM_Baseline_Copy)->Unit(benchmark::kMillisecond);

void BM_Baseline_EveryNth(benchmark::State &state)
{
    for (auto _ : state) {
        const QList<QPointF> &in = series();
        QList<QPointF> out;
        out.reserve(Width);
        const double every = double(in.size() - 1) / (Width - 1);
        for (int i = 0; i < Width; ++i) {
            out.append(in.at(qsizetype(i * every)));
        }
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(BM_Baseline_EveryNth)->Unit(benchmark::kMillisecond);

void BM_Lttb(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(Ringside::Metrics::downsampleLttb(series(), Width).data());
    }
}
BENCHMARK(BM_Lttb)->Unit(benchmark::kMillisecond);

void BM_LttbWithGaps(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(Ringside::Metrics::downsampleLttb(seriesWithGaps(), Width).data());
    }
}
BENCHMARK(BM_LttbWithGaps)->Unit(benchmark::kMillisecond);

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            const std::string name = r.benchmark_name();
            if (name == "BM_Baseline_Copy") {
                m_copy = r.GetAdjustedRealTime();
            } else if (name == "BM_Baseline_EveryNth") {
                m_nth = r.GetAdjustedRealTime();
            } else if (name == "BM_Lttb") {
                m_lttb = r.GetAdjustedRealTime();
            } else if (name == "BM_LttbWithGaps") {
                m_gaps = r.GetAdjustedRealTime();
            }
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        if (m_copy > 0 && m_lttb > 0) {
            std::printf("LTTB 1M -> 2000 points vs a deep copy of the 1M points: ratio: %.2fx\n", m_lttb / m_copy);
        }
        if (m_copy > 0 && m_gaps > 0) {
            std::printf("LTTB 1M -> 2000 points with 100 NaN gaps vs a deep copy of the 1M points: ratio: %.2fx\n", m_gaps / m_copy);
        }
        if (m_nth > 0 && m_lttb > 0) {
            std::printf("LTTB 1M -> 2000 points vs every-Nth decimation to 2000: ratio: %.2fx\n", m_lttb / m_nth);
        }
    }

private:
    double m_copy = 0;
    double m_nth = 0;
    double m_lttb = 0;
    double m_gaps = 0;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
