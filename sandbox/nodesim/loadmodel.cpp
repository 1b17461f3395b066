#include "nodesim/loadmodel.h"

#include <cmath>
#include <numbers>

namespace Ringside::Sandbox::NodeSim {

namespace {
// Median (µs) and log-normal sigma of the fast, degraded and slow components, for reads and writes.
constexpr double Medians[2][LoadModel::Components] = {{320.0, 1400.0, 9500.0}, {70.0, 420.0, 4200.0}};
constexpr double Sigmas[2][LoadModel::Components] = {{0.45, 0.55, 0.7}, {0.4, 0.55, 0.7}};

const char *const PoolNames[LoadModel::Pools]
    = {"ReadStage",          "MutationStage",       "CompactionExecutor", "GossipStage",
       "Native-Transport-Requests", "MemtableFlushWriter", "ValidationExecutor", "AntiEntropyStage",
       "HintsDispatcher",    "RequestResponseStage", "MigrationStage",     "MemtablePostFlush"};
const char *const PoolTypes[LoadModel::Pools] = {"request",   "request",  "internal", "internal",
                                                 "transport", "internal", "internal", "internal",
                                                 "internal",  "request",  "internal", "internal"};
const char *const MessageTypeNames[LoadModel::MessageTypes]
    = {"MUTATION_REQ", "READ_REQ", "READ_RSP", "MUTATION_RSP", "HINT_REQ", "RANGE_REQ"};

double frac(double x)
{
    return x - std::floor(x);
}
} // namespace

LoadModel::LoadModel(const QString &hostId, const QString &cluster)
    : m_hostId(hostId)
{
    const double clusterScale = 0.6 + 0.8 * stableUnit(cluster, 7);
    m_readBase = (140.0 + 260.0 * stableUnit(hostId, 1)) * clusterScale;
    m_writeBase = (180.0 + 320.0 * stableUnit(hostId, 2)) * clusterScale;
    m_phase = 2 * std::numbers::pi * stableUnit(cluster, 3) * 0.25;
    m_heapMax = 2.0 * 1024 * 1024 * 1024;
    m_gcPeriod = 40.0 + 40.0 * stableUnit(hostId, 4);
}

double LoadModel::diurnal(double t) const
{
    const double day = 2 * std::numbers::pi * std::fmod(t, 86400.0) / 86400.0;
    const double hour = 2 * std::numbers::pi * std::fmod(t, 3600.0) / 3600.0;
    return 1.0 + 0.4 * std::sin(day - 1.9 + m_phase) + 0.06 * std::sin(3 * hour + m_phase);
}

LoadModel::Rates LoadModel::ratesAt(double t, const LoadConditions &c) const
{
    Rates r;
    const double d = diurnal(t);
    const double throttle = c.slow ? 0.55 : 1.0;
    r.requests[Read] = m_readBase * d * throttle;
    r.requests[Write] = m_writeBase * d * throttle * (c.diskFull ? 0.2 : 1.0);
    for (int type = 0; type < 2; ++type) {
        std::array<double, Components> mix{0.965, 0.03, 0.005};
        if (c.repair || c.compactionStorm) {
            mix = {0.62, 0.33, 0.05};
        }
        if (c.slow) {
            mix = {0.08, 0.32, 0.6};
        }
        r.mix[type] = mix;
    }
    const double ops = r.requests[Read] + r.requests[Write];
    r.cpuCores = 0.25 + ops / 900.0 + (c.repair ? 0.6 : 0) + (c.compactionStorm ? 0.9 : 0);
    r.youngGcPerSecond = 1.0 / m_gcPeriod * (0.7 + 0.6 * ops / (m_readBase + m_writeBase));
    r.youngGcPauseSeconds = c.slow ? 0.65 : 0.028 + 0.02 * stableUnit(m_hostId, 5);
    r.oldGcPerSecond = c.slow ? 1.0 / 600.0 : 0.0;
    r.oldGcPauseSeconds = 1.8;
    r.compactionsPerSecond = (c.compactionStorm ? 0.2 : 0.012) * d;
    r.droppedPerSecond = c.slow ? 4.0 : (c.diskFull ? 12.0 : 0.0);
    return r;
}

void LoadModel::advance(Counters &k, double t, const LoadConditions &c, double step) const
{
    while (k.time < t) {
        const double dt = std::min(step, t - k.time);
        const Rates r = ratesAt(k.time + dt / 2, c);
        for (int type = 0; type < 2; ++type) {
            for (int i = 0; i < Components; ++i) {
                k.requests[type][i] += r.requests[type] * r.mix[type][i] * dt;
            }
        }
        k.youngGcCount += r.youngGcPerSecond * dt;
        k.youngGcSeconds += r.youngGcPerSecond * r.youngGcPauseSeconds * dt;
        k.oldGcCount += r.oldGcPerSecond * dt;
        k.oldGcSeconds += r.oldGcPerSecond * r.oldGcPauseSeconds * dt;
        k.cpuSeconds += r.cpuCores * dt;
        k.compactions += r.compactionsPerSecond * dt;
        const double reads = r.requests[Read] * dt, writes = r.requests[Write] * dt;
        const std::array<double, Pools> pools{reads,       writes,     r.compactionsPerSecond * dt * 3, dt,
                                              reads + writes, writes / 2000, c.repair ? dt / 4 : 0, c.repair ? dt : 0,
                                              dt / 600,     (reads + writes) * 1.8, dt / 3600, writes / 1800};
        for (int i = 0; i < Pools; ++i) {
            k.poolCompleted[i] += pools[i];
        }
        for (int i = 0; i < MessageTypes; ++i) {
            k.dropped[i] += r.droppedPerSecond * dt * (i == 0 ? 0.6 : (i == 1 ? 0.3 : 0.02));
        }
        k.time += dt;
    }
}

double LoadModel::heapUsedAt(double t, const LoadConditions &c) const
{
    const double saw = frac((t + m_gcPeriod * stableUnit(m_hostId, 6)) / m_gcPeriod);
    const double base = c.slow ? 0.72 : 0.28;
    return m_heapMax * (base + 0.22 * saw + 0.03 * std::sin(t / 997.0));
}

int LoadModel::pendingCompactionsAt(double t, const QString &table, const LoadConditions &c) const
{
    const quint64 slot = quint64(t / 120.0);
    const double u = stableUnit(m_hostId + table, slot);
    if (c.compactionStorm) {
        return 6 + int(u * 28);
    }
    return u > 0.85 ? 1 + int((u - 0.85) * 20) : 0;
}

int LoadModel::activeTasksAt(double t, int pool, const LoadConditions &c) const
{
    const double u = stableUnit(m_hostId + QLatin1StringView(PoolNames[pool]), quint64(t / 15.0));
    switch (pool) {
    case 0:
    case 1:
        return int(u * (c.slow ? 24 : 4));
    case 2:
        return c.compactionStorm ? 2 : (u > 0.7 ? 1 : 0);
    case 4:
        return int(u * 8);
    case 6:
        return c.repair ? 1 : 0;
    default:
        return u > 0.9 ? 1 : 0;
    }
}

int LoadModel::pendingTasksAt(double t, int pool, const LoadConditions &c) const
{
    const double u = stableUnit(m_hostId + QLatin1StringView(PoolNames[pool]), quint64(t / 15.0) + 17);
    if (pool == 2) {
        return c.compactionStorm ? 20 + int(u * 30) : (u > 0.8 ? 1 : 0);
    }
    if ((pool == 0 || pool == 1) && c.slow) {
        return int(u * 180);
    }
    return 0;
}

double LoadModel::componentMedian(int type, int k)
{
    return Medians[type][k];
}

double LoadModel::componentCdf(int type, int k, double micros)
{
    if (micros <= 0) {
        return 0;
    }
    const double z = (std::log(micros) - std::log(Medians[type][k])) / Sigmas[type][k];
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double LoadModel::componentMean(int type, int k)
{
    return Medians[type][k] * std::exp(Sigmas[type][k] * Sigmas[type][k] / 2);
}

const QList<double> &LoadModel::bucketBounds()
{
    static const QList<double> bounds = [] {
        // Cassandra's EstimatedHistogram offsets (factor 1.2), every fourth one from 10 µs to about 10 s: enough for
        // histogram_quantile, and few enough series for a week of backfilled history.
        QList<double> offsets;
        double v = 1;
        while (v < 1.2e7) {
            offsets.append(v);
            const double next = std::round(v * 1.2);
            v = next == v ? v + 1 : next;
        }
        QList<double> out;
        int i = 0;
        for (double o : std::as_const(offsets)) {
            if (o >= 10 && (i++ % 4) == 0) {
                out.append(o);
            }
        }
        return out;
    }();
    return bounds;
}

const char *LoadModel::poolName(int i)
{
    return PoolNames[i];
}

const char *LoadModel::poolType(int i)
{
    return PoolTypes[i];
}

const char *LoadModel::messageType(int i)
{
    return MessageTypeNames[i];
}

} // namespace Ringside::Sandbox::NodeSim
