#pragma once

#include <QList>
#include <QPointF>

namespace Ringside::Metrics {

/*! Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) of \a points (sorted by x) to at most
    \a threshold points, for drawing a series \a threshold pixels wide: keeps the visual shape, the first and the
    last point, and spikes.

    Gaps stay gaps: a point whose y is not finite (NaN from Prometheus, or a missing scrape that the caller marked
    with NaN) splits the series into runs. Each run of finite points is downsampled on its own, with a share of the
    budget proportional to its length, and each gap is kept as one point (the first non-finite point of the gap),
    so a chart never draws a line across it. Only when there are more gaps and runs than \a threshold allows does
    it fall back to one point per equal-sized bucket (the point farthest from the previous one, or a gap marker
    where a bucket holds no finite point).

    Returns \a points unchanged when they fit; a \a threshold below 3 is treated as 3. \since 0.1 */
QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold);

} // namespace Ringside::Metrics
