#pragma once

// Synthetic Cassandra metrics in OpenMetrics text (both flavours), for backfilling a real Prometheus with promtool.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Ringside::Metrics::Test {

struct SyntheticCluster
{
    QString cluster;
    QStringList nodes; //!< pod names (modern) or instances (MCAC)
    bool mcac = false;
};

/*! The clusters written by openMetrics(): "demo" (modern, 3 pods) and "legacy" (MCAC, 3 instances). */
QList<SyntheticCluster> syntheticClusters();

/*! Every metric name openMetrics() writes for one flavour, sorted. */
QStringList syntheticMetricNames(bool mcac);

/*! Samples every \a stepSeconds from \a endSeconds - \a spanSeconds to \a endSeconds (Unix time), ending "# EOF". */
QByteArray openMetrics(qint64 endSeconds, int spanSeconds, int stepSeconds);

} // namespace Ringside::Metrics::Test
