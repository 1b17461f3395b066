// Cassandra system.log parsing speed, as a ratio against a baseline run in the same process on the same 1,000,000
// lines: the baseline splits the text with QByteArray::split('\n') and counts the lines containing "WARN  [" (what a
// grep for warnings does: no timestamps, no threads, no multi-line entries). Ringside's SystemLogParser is fed the
// same bytes in 64 KiB chunks (as they arrive from a log stream), builds full entries (level, thread, UTC timestamp,
// source location, stack traces attached) and counts the WARN entries. Printed as "ratio: N.NNx" (ours / baseline).
#include "cassandra/systemlog.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

constexpr int lineCount = 1000000;

const QByteArray &logText()
{
    static const QByteArray text = [] {
        static const char *const threads[] = {"main",
                                              "CompactionExecutor:3",
                                              "GossipStage:1",
                                              "Native-Transport-Requests-12",
                                              "MutationStage-4",
                                              "ReadStage-2",
                                              "Service Thread",
                                              "RMI TCP Connection(12)-127.0.0.1"};
        static const char *const messages[] = {
            "Writing Memtable-stock_by_store@1302448187(1.204MiB serialized bytes, 4812 ops, 3.105MiB (1%) on-heap, "
            "0.000KiB (0%) off-heap)",
            "Compacted (8ae1c570-e05c-11ee-9d2e-5b8f1c2a4d6e) 4 sstables to "
            "[/var/lib/cassandra/data/orders/orders_by_customer-7f3a/nb-57-big,] to level=0.",
            "InetAddress /10.244.2.7:7000 is now UP",
            "[repair #7c1a52b0-e05b-11ee-9d2e-5b8f1c2a4d6e] Endpoints /10.244.1.12:7000 and /10.244.2.7:7000 are "
            "consistent for products",
            "Read 5000 live rows and 1001 tombstone cells for query SELECT * FROM orders.orders_by_customer LIMIT 5000 "
            "(see tombstone_warn_threshold)",
        };
        QRandomGenerator rng(42);
        QByteArray t;
        t.reserve(qsizetype(lineCount) * 150);
        qint64 ms = 1710237481000;
        int lines = 0;
        while (lines < lineCount) {
            ms += rng.bounded(40);
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
            const int pick = rng.bounded(100);
            const char *level = pick < 5 ? "WARN " : pick < 6 ? "ERROR" : pick < 10 ? "DEBUG" : "INFO ";
            t += level;
            t += " [";
            t += threads[rng.bounded(8)];
            t += "] ";
            t += when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")).toLatin1();
            t += " StorageService.java:";
            t += QByteArray::number(100 + rng.bounded(3000));
            t += " - ";
            t += messages[rng.bounded(5)];
            t += '\n';
            ++lines;
            if (pick == 5 && lines + 8 <= lineCount) { // errors carry a stack trace
                t += "java.lang.RuntimeException: org.apache.cassandra.db.filter.TombstoneOverwhelmingException: query "
                     "aborted\n"
                     "\tat org.apache.cassandra.service.StorageProxy$DroppableRunnable.run(StorageProxy.java:2589)\n"
                     "\tat org.apache.cassandra.concurrent.SEPWorker.run(SEPWorker.java:143)\n"
                     "Caused by: org.apache.cassandra.db.filter.TombstoneOverwhelmingException: query aborted\n"
                     "\tat org.apache.cassandra.db.ReadCommand.executeLocally(ReadCommand.java:411)\n"
                     "\t... 4 more\n";
                lines += 6;
            }
        }
        return t;
    }();
    return text;
}

qint64 g_baselineWarn = -1;
qint64 g_oursWarn = -1;

void BM_Baseline_SplitAndGrep(benchmark::State &state)
{
    for (auto _ : state) {
        const QList<QByteArray> lines = logText().split('\n');
        qint64 warn = 0;
        for (const QByteArray &line : lines) {
            warn += line.contains("WARN  [") ? 1 : 0;
        }
        g_baselineWarn = warn;
        benchmark::DoNotOptimize(warn);
    }
    state.SetBytesProcessed(state.iterations() * logText().size());
}
BENCHMARK(BM_Baseline_SplitAndGrep)->Unit(benchmark::kMillisecond);

void BM_SystemLogParser(benchmark::State &state)
{
    const QByteArrayView all(logText());
    for (auto _ : state) {
        Ringside::Cassandra::SystemLogParser parser;
        qint64 warn = 0;
        auto count = [&warn](const QList<Ringside::Cassandra::LogEntry> &entries) {
            for (const Ringside::Cassandra::LogEntry &e : entries) {
                warn += e.level == Ringside::Cassandra::LogLevel::Warn ? 1 : 0;
            }
        };
        for (qsizetype off = 0; off < all.size(); off += 65536) {
            count(parser.feed(all.sliced(off, std::min<qsizetype>(65536, all.size() - off))));
        }
        count(parser.flush());
        g_oursWarn = warn;
        benchmark::DoNotOptimize(warn);
    }
    state.SetBytesProcessed(state.iterations() * logText().size());
}
BENCHMARK(BM_SystemLogParser)->Unit(benchmark::kMillisecond);

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            if (r.benchmark_name() == "BM_Baseline_SplitAndGrep") {
                m_baseline = r.GetAdjustedRealTime();
                m_baselineCpu = r.GetAdjustedCPUTime();
            } else if (r.benchmark_name() == "BM_SystemLogParser") {
                m_ours = r.GetAdjustedRealTime();
                m_oursCpu = r.GetAdjustedCPUTime();
            }
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        if (m_baseline > 0 && m_ours > 0) {
            std::printf("system.log parse of %d lines (%lld bytes; WARN: baseline %lld, parser %lld) vs "
                        "QByteArray::split + grep: "
                        "ratio: %.2fx (CPU time ratio %.2fx)\n",
                        lineCount, static_cast<long long>(logText().size()), static_cast<long long>(g_baselineWarn),
                        static_cast<long long>(g_oursWarn), m_ours / m_baseline, m_oursCpu / m_baselineCpu);
        }
    }

private:
    double m_baseline = 0;
    double m_ours = 0;
    double m_baselineCpu = 0;
    double m_oursCpu = 0;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    logText(); // generate the input before timing anything
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
