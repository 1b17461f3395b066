#pragma once

// Prometheus answers and synthetic metrics for the dashboard tests.

#include "metrics/promtypes.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace Ringside::Charts::Test {

/*! One series of a fake answer. */
struct FakeSeries
{
    Metrics::Labels labels;
    QList<QPointF> samples; //!< x: Unix seconds
};

/*! A `query_range` success body (resultType matrix) holding \a series. */
QByteArray matrixBody(const QList<FakeSeries> &series, const QStringList &warnings = {});
/*! A Prometheus error envelope. */
QByteArray errorBody(const QString &errorType, const QString &error);
/*! A `series` success body. */
QByteArray seriesBody(const QList<Metrics::Labels> &series);

/*! Series of the modern flavour for \a pods of cluster \a cluster, one per pod, with \a count samples every
    \a stepSeconds from \a start: value = pod index * 10 + sample index. */
QList<FakeSeries> podSeries(const QString &cluster, const QStringList &pods, double start, double stepSeconds,
                            int count);

/*! The gossip-stage series that flavour detection looks for, for \a pods of \a cluster (modern flavour). */
QList<Metrics::Labels> gossipSeries(const QString &cluster, const QStringList &pods);

/*! The three pods of the synthetic cluster "demo". */
QStringList demoPods();

/*! Every metric name syntheticOpenMetrics() writes, sorted. */
QStringList syntheticMetricNames();

/*! OpenMetrics text of the modern (management-api) flavour for cluster "demo" (datacenter dc1, one pod per rack):
    samples every \a stepSeconds from \a endSeconds - \a spanSeconds to \a endSeconds, with daily and hourly waves,
    deterministic noise, latency histograms whose quantiles move with load, a JVM heap sawtooth and bursts of
    pending compactions: data that looks like a cluster at work. Ends with "# EOF". */
QByteArray syntheticOpenMetrics(qint64 endSeconds, int spanSeconds, int stepSeconds);

} // namespace Ringside::Charts::Test
