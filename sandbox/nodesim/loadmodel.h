#pragma once

#include "nodesim/nodemodel.h"

#include <array>

namespace Ringside::Sandbox::NodeSim {

/*! What is happening to a node that changes its load (read from objects). \since 0.1 */
struct LoadConditions
{
    bool slow = false;            //!< fault "slow": latencies up, throughput down
    bool diskFull = false;        //!< fault "disk-full": the data volume is nearly full, writes fail
    bool repair = false;          //!< a repair involves the node (Reaper run in progress)
    bool compactionStorm = false; //!< many pending compactions (a compact/cleanup task, or just rejoined)
};

/*! The synthetic load of one node, a pure function of its host ID and time, shaped by conditions: request rates
    with a daily cycle, latency mixes, GC, CPU, heap, compactions. Counters are integrated in steps so that live
    scrapes and the 7-day backfill follow the same curves. \since 0.1 */
class LoadModel
{
public:
    enum RequestType { Read = 0, Write = 1 };
    static constexpr int Components = 3; //!< fast, degraded, slow latency components
    static constexpr int Pools = 12;
    static constexpr int MessageTypes = 6;

    explicit LoadModel(const QString &hostId, const QString &cluster);

    struct Rates
    {
        std::array<double, 2> requests{};                   //!< ops/s
        std::array<std::array<double, Components>, 2> mix{}; //!< fraction per latency component
        double cpuCores = 0;
        double youngGcPerSecond = 0;
        double youngGcPauseSeconds = 0;
        double oldGcPerSecond = 0;
        double oldGcPauseSeconds = 0;
        double compactionsPerSecond = 0;
        double droppedPerSecond = 0;
    };
    Rates ratesAt(double t, const LoadConditions &c) const;

    /*! Cumulative values since the node started. */
    struct Counters
    {
        double time = 0; //!< seconds since the epoch of the last advance
        std::array<std::array<double, Components>, 2> requests{};
        double youngGcCount = 0, youngGcSeconds = 0, oldGcCount = 0, oldGcSeconds = 0;
        double cpuSeconds = 0;
        double compactions = 0;
        std::array<double, Pools> poolCompleted{};
        std::array<double, MessageTypes> dropped{};
    };
    /*! Integrates \a counters up to \a t in steps of at most \a step seconds. */
    void advance(Counters &counters, double t, const LoadConditions &c, double step = 15.0) const;

    double heapMax() const { return m_heapMax; }
    double heapUsedAt(double t, const LoadConditions &c) const;
    /*! Pending compactions of one table at \a t. */
    int pendingCompactionsAt(double t, const QString &table, const LoadConditions &c) const;
    /*! Active tasks of pool \a i at \a t. */
    int activeTasksAt(double t, int pool, const LoadConditions &c) const;
    int pendingTasksAt(double t, int pool, const LoadConditions &c) const;

    /*! Median latency (µs) of component \a k for \a type. */
    static double componentMedian(int type, int k);
    /*! Fraction of component \a k's requests at or below \a micros (log-normal). */
    static double componentCdf(int type, int k, double micros);
    static double componentMean(int type, int k);
    /*! The latency buckets (µs) exposed, ascending (+Inf not included). */
    static const QList<double> &bucketBounds();
    static const char *poolName(int i);
    static const char *poolType(int i);
    static const char *messageType(int i);

private:
    double diurnal(double t) const;
    double m_readBase, m_writeBase, m_phase, m_heapMax, m_gcPeriod;
    QString m_hostId;
};

} // namespace Ringside::Sandbox::NodeSim
