#include "models/charts/chartdata.h"

#include "models/modelstr.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace Ringside::Charts {

QList<QPointF> markGaps(const QList<QPointF> &samples, double stepSeconds)
{
    if (samples.size() < 2 || stepSeconds <= 0) {
        return samples;
    }
    QList<QPointF> out;
    out.reserve(samples.size() + 8);
    out.append(samples.constFirst());
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const QPointF &prev = samples.at(i - 1);
        const QPointF &cur = samples.at(i);
        if (cur.x() - prev.x() > 1.5 * stepSeconds) {
            out.append(QPointF(prev.x() + stepSeconds, std::numeric_limits<double>::quiet_NaN()));
        }
        out.append(cur);
    }
    return out;
}

SeriesStats computeStats(const QList<QPointF> &samples)
{
    SeriesStats s;
    double sum = 0;
    for (const QPointF &p : samples) {
        const double v = p.y();
        if (!std::isfinite(v)) {
            continue;
        }
        if (s.count == 0) {
            s.min = v;
            s.max = v;
        } else {
            s.min = std::min(s.min, v);
            s.max = std::max(s.max, v);
        }
        sum += v;
        s.last = v;
        ++s.count;
    }
    if (s.count > 0) {
        s.avg = sum / s.count;
    }
    return s;
}

qsizetype nearestSample(const QList<QPointF> &samples, double t)
{
    if (samples.isEmpty()) {
        return -1;
    }
    // The first sample at or after t; then look both ways for the nearest finite one.
    const auto it
        = std::lower_bound(samples.cbegin(), samples.cend(), t, [](const QPointF &p, double x) { return p.x() < x; });
    const qsizetype pivot = it - samples.cbegin();
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (qsizetype i = pivot; i < samples.size(); ++i) {
        if (std::isfinite(samples.at(i).y())) {
            best = i;
            bestDistance = samples.at(i).x() - t;
            break;
        }
    }
    for (qsizetype i = pivot - 1; i >= 0; --i) {
        if (std::isfinite(samples.at(i).y())) {
            if (t - samples.at(i).x() <= bestDistance) {
                best = i;
            }
            break;
        }
    }
    return best;
}

QList<ChartSeries> seriesFromResult(const Metrics::QueryResult &result, const Metrics::RenderedQuery &query)
{
    QList<ChartSeries> out;
    out.reserve(result.series.size());
    for (const Metrics::Series &s : result.series) {
        ChartSeries c;
        c.queryId = query.queryId;
        c.labels = s.labels;
        c.legend = Metrics::Catalog::formatLegend(query.legendFormat, s.labels);
        if (c.legend.isEmpty()) {
            c.legend = Metrics::Catalog::formatLegend(QString(), s.labels);
        }
        QStringList parts{query.queryId};
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            parts.append(it.key() + u'=' + it.value());
        }
        c.key = parts.join(u'\x1f');
        c.raw = s.samples;
        c.stats = computeStats(c.raw);
        out.append(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const ChartSeries &a, const ChartSeries &b) {
        return a.legend != b.legend ? a.legend < b.legend : a.key < b.key;
    });
    return out;
}

namespace {

QString csvField(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[\",\r\n]"));
    if (!text.contains(special)) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvNumber(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(v)) {
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    }
    return QString::number(v, 'g', 15);
}

} // namespace

QString toCsv(const QList<ChartSeries> &series)
{
    // Every sample time of every series (Prometheus range results share the step grid), in order.
    std::map<qint64, QList<QString>> rows;
    for (qsizetype c = 0; c < series.size(); ++c) {
        for (const QPointF &p : series.at(c).raw) {
            QList<QString> &row = rows[qRound64(p.x() * 1000.0)];
            if (row.isEmpty()) {
                row.resize(series.size());
            }
            row[c] = csvNumber(p.y());
        }
    }
    QString out = QStringLiteral("time");
    for (const ChartSeries &s : series) {
        out += u',' + csvField(s.legend);
    }
    out += QStringLiteral("\r\n");
    for (const auto &[ms, values] : rows) {
        out += QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
        for (const QString &v : values) {
            out += u',' + v;
        }
        out += QStringLiteral("\r\n");
    }
    return out;
}

AxisScale axisScale(double maxAbs, Metrics::Unit unit)
{
    using Metrics::Unit;
    AxisScale s;
    if (!std::isfinite(maxAbs)) {
        maxAbs = 0;
    }
    maxAbs = std::fabs(maxAbs);
    auto pick = [&](const QList<QString> &suffixes, double base) {
        int i = 0;
        double scaled = maxAbs;
        while (scaled >= base && i + 1 < suffixes.size()) {
            scaled /= base;
            ++i;
        }
        s.factor = 1.0 / std::pow(base, i);
        s.suffix = suffixes.at(i);
    };
    switch (unit) {
    case Unit::Bytes:
        pick({ModelsTr::tr("B"), ModelsTr::tr("KiB"), ModelsTr::tr("MiB"), ModelsTr::tr("GiB"), ModelsTr::tr("TiB"),
              ModelsTr::tr("PiB")},
             1024.0);
        break;
    case Unit::Microseconds: pick({ModelsTr::tr("\u00b5s"), ModelsTr::tr("ms"), ModelsTr::tr("s")}, 1000.0); break;
    case Unit::Ratio:
        s.factor = 100.0;
        s.suffix = ModelsTr::tr("%");
        break;
    case Unit::Cores: s.suffix = ModelsTr::tr("cores"); break;
    case Unit::PerSecond:
        pick({ModelsTr::tr("/s"), ModelsTr::tr("k/s"), ModelsTr::tr("M/s"), ModelsTr::tr("G/s")}, 1000.0);
        break;
    case Unit::OpsPerSecond:
        pick({ModelsTr::tr("ops/s"), ModelsTr::tr("k ops/s"), ModelsTr::tr("M ops/s"), ModelsTr::tr("G ops/s")},
             1000.0);
        break;
    case Unit::Count:
        pick({QString(), ModelsTr::tr("thousand"), ModelsTr::tr("million"), ModelsTr::tr("billion")}, 1000.0);
        break;
    }
    const double scaledMax = maxAbs * s.factor;
    s.decimals = scaledMax < 1.0 ? 2 : (scaledMax < 10.0 ? 1 : 0);
    if (unit == Unit::Count && s.factor == 1.0 && maxAbs == std::floor(maxAbs) && maxAbs >= 2.0) {
        s.decimals = 0;
    }
    return s;
}

NiceAxis niceAxis(double lo, double hi, int maxTicks, bool integers)
{
    NiceAxis a;
    maxTicks = std::max(maxTicks, 2);
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi < lo) {
        return a;
    }
    if (hi == lo) {
        const double pad = lo == 0 ? 1.0 : std::fabs(lo) * 0.1;
        lo -= lo == 0 ? 0 : pad;
        hi += pad;
    }
    const double raw = (hi - lo) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = std::max(magnitude * 10, integers ? 1.0 : 0.0);
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double candidate = m * magnitude;
        if (integers && (candidate < 1.0 || candidate != std::floor(candidate))) {
            continue;
        }
        if (std::ceil(hi / candidate - 1e-9) - std::floor(lo / candidate + 1e-9) + 1 <= maxTicks) {
            step = candidate;
            break;
        }
    }
    a.step = step;
    a.min = std::floor(lo / step + 1e-9) * step;
    a.max = std::ceil(hi / step - 1e-9) * step;
    a.tickCount = int(std::lround((a.max - a.min) / step)) + 1;
    // Decimals the step needs: 0.25 -> 2, 2.5 -> 1, 5 -> 0.
    a.decimals = 0;
    while (a.decimals < 6
           && std::fabs(step * std::pow(10.0, a.decimals) - std::round(step * std::pow(10.0, a.decimals))) > 1e-6) {
        ++a.decimals;
    }
    return a;
}

QList<TimeTick> timeTicks(const QDateTime &start, const QDateTime &end, int maxTicks)
{
    QList<TimeTick> out;
    if (!start.isValid() || !end.isValid() || end <= start) {
        return out;
    }
    maxTicks = std::max(maxTicks, 2);
    static const QList<qint64> intervals{60'000,     120'000,    300'000,     600'000,    900'000,
                                         1'800'000,  3'600'000,  7'200'000,   10'800'000, 21'600'000,
                                         43'200'000, 86'400'000, 172'800'000, 604'800'000};
    const qint64 span = start.msecsTo(end);
    qint64 interval = intervals.constLast();
    for (const qint64 i : intervals) {
        if (span / i + 1 <= maxTicks) {
            interval = i;
            break;
        }
    }
    // Round in local time: the offset of the start is used for the whole range (a DST change inside shifts labels
    // by an hour at most, and they still say the right local time).
    const qint64 offset = qint64(start.toLocalTime().offsetFromUtc()) * 1000;
    const qint64 s = start.toMSecsSinceEpoch();
    qint64 t = (s + offset + interval - 1) / interval * interval - offset;
    if (interval == 604'800'000) { // weeks start at the next local Monday midnight
        const QDateTime local = start.toLocalTime();
        int add = (8 - local.date().dayOfWeek()) % 7;
        if (add == 0 && local.time() != QTime(0, 0)) {
            add = 7;
        }
        t = QDateTime(local.date().addDays(add), QTime(0, 0)).toMSecsSinceEpoch();
    }
    const QString format = interval >= 86'400'000
                               ? QStringLiteral("MMM d")
                               : (span > 86'400'000 ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
    const QLocale locale;
    for (; t <= end.toMSecsSinceEpoch(); t += interval) {
        const QString label = locale.toString(QDateTime::fromMSecsSinceEpoch(t).toLocalTime(), format);
        if (out.isEmpty() || out.constLast().label != label) { // labels of a category axis must be unique
            out.append({t, label});
        }
    }
    return out;
}

std::optional<QUrl> grafanaUrl(const QString &templateUrl, const GrafanaLink &link, QString *error)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    const QMap<QString, QString> values{
        {QStringLiteral("from"), QString::number(link.start.toMSecsSinceEpoch())},
        {QStringLiteral("to"), QString::number(link.end.toMSecsSinceEpoch())},
        {QStringLiteral("cluster"), link.selector.cluster},
        {QStringLiteral("datacenter"), link.selector.datacenter},
        {QStringLiteral("node"), link.selector.node},
        {QStringLiteral("panel"), link.panelId},
    };
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(templateUrl); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!values.contains(name)) {
            *error
                = ModelsTr::tr(
                      "the Grafana URL template uses {%1}, which is not one of {from}, {to}, {cluster}, {datacenter}, "
                      "{node} and {panel}")
                      .arg(name);
            return std::nullopt;
        }
        out += templateUrl.mid(last, m.capturedStart() - last);
        out += QString::fromLatin1(QUrl::toPercentEncoding(values.value(name)));
        last = m.capturedEnd();
    }
    out += templateUrl.mid(last);
    const QUrl url(out.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        *error = ModelsTr::tr("the Grafana URL template \u201c%1\u201d does not give an http(s) URL").arg(templateUrl);
        return std::nullopt;
    }
    return url;
}

QColor seriesColor(int index, bool dark)
{
    // Tableau 10 on light backgrounds; lighter tints of the same hues on dark ones.
    static constexpr std::array<QRgb, 10> light{0x4e79a7, 0xf28e2b, 0xe15759, 0x59a14f, 0xb07aa1,
                                                0x76b7b2, 0xc9a227, 0x9c755f, 0xff9da7, 0x7f7f7f};
    static constexpr std::array<QRgb, 10> darkColors{0x8cb8e8, 0xffb061, 0xff8a8c, 0x8ed683, 0xd7a2ca,
                                                     0x9fe0da, 0xffdf66, 0xd1a98c, 0xffc2ca, 0xc8c8c8};
    const auto &palette = dark ? darkColors : light;
    const int i = index < 0 ? 0 : index % int(palette.size());
    return QColor::fromRgb(palette.at(i));
}

} // namespace Ringside::Charts
