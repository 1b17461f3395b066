#pragma once

#include "metrics/promcatalog.h"
#include "metrics/promtypes.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QUrl>

#include <limits>
#include <optional>

namespace Ringside::Charts {

/*! Summary values of one series over the window, for the legend. Non-finite samples (gaps, NaN) are left out.
    \since 0.1 */
struct SeriesStats
{
    double last = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double avg = std::numeric_limits<double>::quiet_NaN();
    int count = 0; //!< finite samples
};

/*! One line of a panel: a series of one of the panel's queries. Times (x) are Unix seconds as Prometheus sends
    them; a point with a NaN y marks a gap (a missing scrape, or NaN from Prometheus). A cheap value type.
    \since 0.1 */
struct ChartSeries
{
    QString key;     //!< stable identity across refreshes: the query id and the labels
    QString legend;  //!< the formatted legend ("demo-dc1-r1-sts-0 p99")
    QString queryId; //!< the catalog query it came from ("p99", "used"...)
    Metrics::Labels labels;
    QList<QPointF> raw;    //!< every sample of the window, as Prometheus sent it
    QList<QPointF> points; //!< raw with gaps marked (markGaps), downsampled with LTTB to the view's pixel width
    SeriesStats stats;
    bool visible = true;
};

/*! A value of one series at a hovered time. \since 0.1 */
struct HoverValue
{
    int row = -1; //!< the series' row in the panel model
    QString legend;
    double time = 0; //!< the sample's time (Unix seconds), nearest to the asked time
    double value = 0;
    QColor color;
};

/*! \a samples with a NaN point inserted wherever two samples are more than 1.5 \a stepSeconds apart (Prometheus
    leaves missing steps out of a range result), so that lines break there. \since 0.1 */
QList<QPointF> markGaps(const QList<QPointF> &samples, double stepSeconds);

/*! The legend statistics of \a samples. \since 0.1 */
SeriesStats computeStats(const QList<QPointF> &samples);

/*! The index of the finite sample of \a samples (sorted by x) nearest in time to \a t, or -1. \since 0.1 */
qsizetype nearestSample(const QList<QPointF> &samples, double t);

/*! The series of one query's result: legends formatted with \a query's legend format, statistics computed, sorted by
    legend (points stay empty: the model downsamples them for its view). \since 0.1 */
QList<ChartSeries> seriesFromResult(const Metrics::QueryResult &result, const Metrics::RenderedQuery &query);

/*! CSV (RFC 4180, CRLF line ends) of \a series: a "time" column with ISO 8601 UTC timestamps, then one column per
    series headed by its legend; a cell stays empty where a series has no sample at that time. Values are written
    with up to 15 significant digits; NaN as "NaN". \since 0.1 */
QString toCsv(const QList<ChartSeries> &series);

/*! How an axis shows values of \a unit whose magnitude is up to \a maxAbs: values are multiplied by \a factor and
    labelled with \a decimals decimals; \a suffix ("GiB", "ms", "%", "k ops/s") names the scaled unit. \since 0.1 */
struct AxisScale
{
    double factor = 1.0;
    QString suffix;
    int decimals = 0;
};
AxisScale axisScale(double maxAbs, Metrics::Unit unit);

/*! A value axis with round ticks: from \a min to \a max every \a step (1, 2, 2.5 or 5 times a power of ten),
    \a tickCount ticks, labels with \a decimals decimals (as many as the step needs). \since 0.1 */
struct NiceAxis
{
    double min = 0;
    double max = 1;
    double step = 0.25;
    int tickCount = 5;
    int decimals = 2;
};
/*! The round axis that holds [\a lo, \a hi] with at most \a maxTicks ticks (at least 2); an empty or invalid
    range gives 0..1. With \a integers (counts: tasks, compactions) the step is a whole number. \since 0.1 */
NiceAxis niceAxis(double lo, double hi, int maxTicks = 6, bool integers = false);

/*! A labelled tick of a time axis. \since 0.1 */
struct TimeTick
{
    qint64 msecs = 0; //!< Unix milliseconds
    QString label;    //!< local time: "14:30", "Tue 14:00", "Mar 5"
};
/*! Ticks on round local times (every 1, 2, 5, 10, 15 or 30 minutes, 1, 2, 3, 6 or 12 hours, or 1, 2 or 7 days)
    between \a start and \a end, at most \a maxTicks of them, with labels that are unique and as short as the
    interval allows. \since 0.1 */
QList<TimeTick> timeTicks(const QDateTime &start, const QDateTime &end, int maxTicks);

/*! What a Grafana link is built from. \since 0.1 */
struct GrafanaLink
{
    QString panelId;
    Metrics::Selector selector;
    QDateTime start;
    QDateTime end;
};

/*! The URL of \a templateUrl with its placeholders replaced: `{from}` and `{to}` (Unix milliseconds), `{cluster}`,
    `{datacenter}`, `{node}` and `{panel}` (percent-encoded). Example:
    `https://grafana.example/d/cassandra?from={from}&to={to}&var-cluster={cluster}`. Returns nothing and sets \a error
    (translated) when the result is not an http(s) URL or the template names an unknown placeholder. \since 0.1 */
std::optional<QUrl> grafanaUrl(const QString &templateUrl, const GrafanaLink &link, QString *error);

/*! The colour of the \a index-th series: a categorical palette readable on light (\a dark false) or dark
    backgrounds. \since 0.1 */
QColor seriesColor(int index, bool dark);

} // namespace Ringside::Charts

Q_DECLARE_METATYPE(Ringside::Charts::ChartSeries)
Q_DECLARE_TYPEINFO(Ringside::Charts::SeriesStats, Q_PRIMITIVE_TYPE);
