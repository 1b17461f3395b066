#include "models/charts/panelmodel.h"

#include "metrics/lttb.h"
#include "models/charts/chartslogging.h"
#include "models/modelstr.h"

#include <QLocale>
#include <QThread>

#include <cmath>

namespace Ringside::Charts {

using namespace Metrics;

PanelModel::PanelModel(const Panel &panel, QObject *parent)
    : QAbstractTableModel(parent)
    , m_panel(panel)
{
    bool hasP99 = false;
    for (const PanelQuery &q : m_panel.queries) {
        hasP99 = hasP99 || q.id == QLatin1String("p99");
    }
    for (const PanelQuery &q : m_panel.queries) {
        if (!hasP99 || q.id == QLatin1String("p99")) {
            m_enabledQueries.insert(q.id);
        }
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &PanelModel::reload);
    connect(&m_autoRefresh, &QTimer::timeout, this, &PanelModel::onAutoRefresh);
    m_message = ModelsTr::tr("Not loaded yet");
}

PanelModel::~PanelModel()
{
    cancelPending();
}

void PanelModel::setClient(PromClient *client)
{
    if (m_client == client) {
        return;
    }
    cancelPending();
    m_client = client;
    refresh();
}

void PanelModel::setFlavour(Flavour flavour)
{
    if (m_flavour != flavour) {
        m_flavour = flavour;
        refresh();
    }
}

void PanelModel::setSelector(const Selector &selector)
{
    m_selector = selector;
    refresh();
}

void PanelModel::setTimeWindow(const TimeWindow &window)
{
    m_window = window;
    setAutoRefresh(m_autoRefreshInterval); // a custom window does not move: no timer
    refresh();
}

void PanelModel::setPixelWidth(int pixels)
{
    pixels = std::max(pixels, 16);
    if (pixels == m_pixelWidth) {
        return;
    }
    m_pixelWidth = pixels;
    if (!m_series.isEmpty()) {
        downsample();
        Q_EMIT seriesChanged();
    }
}

void PanelModel::setMinStep(std::chrono::milliseconds step)
{
    m_minStep = step;
}

void PanelModel::setAutoRefresh(std::chrono::seconds interval)
{
    m_autoRefreshInterval = interval;
    if (interval.count() > 0 && m_window.isRelative()) {
        m_autoRefresh.start(std::chrono::duration_cast<std::chrono::milliseconds>(interval));
    } else {
        m_autoRefresh.stop();
    }
}

void PanelModel::setQueryEnabled(const QString &queryId, bool enabled)
{
    if (enabled == m_enabledQueries.contains(queryId)) {
        return;
    }
    if (enabled) {
        m_enabledQueries.insert(queryId);
    } else {
        m_enabledQueries.remove(queryId);
    }
    refresh();
}

void PanelModel::setDarkPalette(bool dark)
{
    if (m_dark == dark) {
        return;
    }
    m_dark = dark;
    if (!m_series.isEmpty()) {
        Q_EMIT dataChanged(index(0, SeriesColumn), index(rowCount() - 1, SeriesColumn),
                           {Qt::DecorationRole, ColorRole});
        Q_EMIT seriesChanged();
    }
}

void PanelModel::refresh()
{
    m_coalesce.start();
}

void PanelModel::cancelPending()
{
    for (RequestHandle &h : m_pending) {
        h.cancel();
    }
    m_pending.clear();
    m_remaining = 0;
}

void PanelModel::setIdle(const QString &message)
{
    m_coalesce.stop();
    cancelPending();
    ++m_generation;
    setState(State::Idle, message);
}

void PanelModel::setState(State state, const QString &message)
{
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    if (state != State::Error) {
        m_error.reset();
    }
    if (changed) {
        qCDebug(lcCharts) << m_panel.id << state << message;
        Q_EMIT stateChanged(state);
    }
}

void PanelModel::reload()
{
    m_coalesce.stop();
    cancelPending();
    const quint64 generation = ++m_generation;
    m_error.reset();
    if (!m_client) {
        setState(State::Idle, ModelsTr::tr("No Prometheus is set for this context: set its URL in the settings"));
        return;
    }
    const QString windowProblem = m_window.validate();
    if (!windowProblem.isEmpty()) {
        m_error.reset();
        setState(State::Error, ModelsTr::tr("\u201c%1\u201d cannot be loaded: %2").arg(m_panel.title(), windowProblem));
        return;
    }
    QString renderError;
    const std::optional<QList<RenderedQuery>> rendered = Catalog::render(m_panel, m_flavour, m_selector, &renderError);
    if (!rendered) {
        setState(State::Error, ModelsTr::tr("\u201c%1\u201d cannot be loaded: %2").arg(m_panel.title(), renderError));
        return;
    }
    m_queries.clear();
    for (const RenderedQuery &q : *rendered) {
        if (m_enabledQueries.contains(q.queryId)) {
            m_queries.append(q);
        }
    }
    if (m_queries.isEmpty()) {
        QStringList ids;
        for (const PanelQuery &q : m_panel.queries) {
            ids.append(q.id);
        }
        setState(State::Idle, ModelsTr::tr("Choose at least one of %1").arg(ids.join(QStringLiteral(", "))));
        return;
    }
    const auto range = m_window.resolve(QDateTime::currentDateTimeUtc());
    m_step = stepFor(m_window.span(), m_pixelWidth, m_minStep);
    std::tie(m_start, m_end) = alignToStep(range, m_step);
    m_results = QList<std::optional<QueryResult>>(m_queries.size());
    m_remaining = int(m_queries.size());
    setState(State::Loading, ModelsTr::tr("Loading \u201c%1\u201d\u2026").arg(m_panel.title()));
    for (int i = 0; i < m_queries.size(); ++i) {
        m_pending.append(m_client->queryRange(
            m_queries.at(i).promql, m_start, m_end, m_step, this,
            [this, generation, i](const QueryResult &r) { onResult(generation, i, r); },
            [this, generation](const PromError &e) { onError(generation, e); }));
    }
}

void PanelModel::onResult(quint64 generation, int index, const QueryResult &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation || index >= m_results.size()) {
        return; // an older load's answer: the latest wins
    }
    m_results[index] = result;
    if (--m_remaining == 0) {
        m_pending.clear();
        finish();
    }
}

void PanelModel::onError(quint64 generation, const PromError &error)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation) {
        return;
    }
    cancelPending();
    ++m_generation; // the other queries of this load no longer count
    beginResetModel();
    m_series.clear();
    endResetModel();
    Q_EMIT seriesChanged();
    m_error = error;
    const QString text
        = ModelsTr::tr("\u201c%1\u201d could not be loaded.").arg(m_panel.title()) + u'\n' + error.toString();
    // setState() resets m_error for other states only.
    const bool changed = m_state != State::Error || m_message != text;
    m_state = State::Error;
    m_message = text;
    if (changed) {
        qCDebug(lcCharts) << m_panel.id << "error" << text;
        Q_EMIT stateChanged(m_state);
    }
}

void PanelModel::finish()
{
    QList<ChartSeries> all;
    QStringList warnings;
    for (int i = 0; i < m_results.size(); ++i) {
        const QueryResult &r = *m_results.at(i);
        all += seriesFromResult(r, m_queries.at(i));
        for (const QString &w : r.warnings) {
            // Annotations ("PromQL info: metric might not be a counter...") are hints about the query, not about the
            // data: they are not shown as warnings.
            if (!warnings.contains(w) && !w.startsWith(QLatin1String("PromQL info:"))) {
                warnings.append(w);
            }
        }
    }
    m_results.clear();
    // Query order first (p50, p95, p99 as the catalog lists them), then by legend within a query: stable.
    for (ChartSeries &s : all) {
        s.visible = !m_hidden.contains(s.key);
    }
    beginResetModel();
    m_series = std::move(all);
    downsample();
    endResetModel();
    Q_EMIT seriesChanged();
    if (m_series.isEmpty()) {
        setState(State::Empty, emptyMessage());
    } else {
        setState(State::Ready, warnings.isEmpty()
                                   ? QString()
                                   : ModelsTr::tr("Prometheus warns: %1").arg(warnings.join(QStringLiteral("; "))));
    }
}

void PanelModel::downsample()
{
    const double stepSeconds = double(m_step.count()) / 1000.0;
    for (ChartSeries &s : m_series) {
        s.points = downsampleLttb(markGaps(s.raw, stepSeconds), m_pixelWidth);
    }
}

void PanelModel::onAutoRefresh()
{
    if (m_state == State::Loading) {
        qCDebug(lcCharts) << m_panel.id << "auto-refresh skipped: the previous load still runs";
        return;
    }
    if (m_client && m_state != State::Idle) {
        reload();
    }
}

QString PanelModel::endpointText() const
{
    if (!m_client) {
        return {};
    }
    QUrl url = m_client->config().displayUrl().adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/api/v1/query_range"));
    return url.toDisplayString();
}

QString PanelModel::emptyMessage() const
{
    const QLocale locale;
    QString text = ModelsTr::tr("No data for \u201c%1\u201d from %2 to %3: %4 returned no series for")
                       .arg(m_panel.title(), locale.toString(m_start.toLocalTime(), QLocale::ShortFormat),
                            locale.toString(m_end.toLocalTime(), QLocale::ShortFormat), endpointText());
    for (const RenderedQuery &q : m_queries) {
        text += u'\n' + q.promql;
    }
    text += u'\n';
    QString scope = ModelsTr::tr("cluster \u201c%1\u201d").arg(m_selector.cluster);
    if (!m_selector.datacenter.isEmpty()) {
        scope += u' ' + ModelsTr::tr("datacenter \u201c%1\u201d").arg(m_selector.datacenter);
    }
    if (!m_selector.node.isEmpty()) {
        scope += u' ' + ModelsTr::tr("node \u201c%1\u201d").arg(m_selector.node);
    }
    text += ModelsTr::tr("Check that %1 was scraped in this time range.").arg(scope);
    return text;
}

QColor PanelModel::colorOf(int row) const
{
    return seriesColor(row, m_dark);
}

bool PanelModel::isSeriesVisible(int row) const
{
    return row >= 0 && row < m_series.size() && m_series.at(row).visible;
}

void PanelModel::setSeriesVisible(int row, bool visible)
{
    if (row < 0 || row >= m_series.size() || m_series.at(row).visible == visible) {
        return;
    }
    ChartSeries &s = m_series[row];
    s.visible = visible;
    if (visible) {
        m_hidden.remove(s.key);
    } else {
        m_hidden.insert(s.key);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT seriesVisibilityChanged(row, visible);
}

QList<HoverValue> PanelModel::valuesAt(double time) const
{
    QList<HoverValue> out;
    const double tolerance = std::max(double(m_step.count()) / 1000.0, 1.0);
    for (int row = 0; row < m_series.size(); ++row) {
        const ChartSeries &s = m_series.at(row);
        if (!s.visible) {
            continue;
        }
        const qsizetype i = nearestSample(s.raw, time);
        if (i < 0 || std::fabs(s.raw.at(i).x() - time) > tolerance) {
            continue;
        }
        out.append({row, s.legend, s.raw.at(i).x(), s.raw.at(i).y(), colorOf(row)});
    }
    return out;
}

QString PanelModel::toCsv() const
{
    QList<ChartSeries> visible;
    for (const ChartSeries &s : m_series) {
        if (s.visible) {
            visible.append(s);
        }
    }
    return Charts::toCsv(visible);
}

std::optional<QUrl> PanelModel::grafanaUrl(const QString &templateUrl, QString *error) const
{
    GrafanaLink link{m_panel.id, m_selector, m_start, m_end};
    if (!m_start.isValid()) {
        std::tie(link.start, link.end) = m_window.resolve(QDateTime::currentDateTimeUtc());
    }
    return Charts::grafanaUrl(templateUrl, link, error);
}

int PanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int PanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PanelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChartSeries &s = m_series.at(index.row());
    switch (role) {
    case KeyRole: return s.key;
    case QueryIdRole: return s.queryId;
    case VisibleRole: return s.visible;
    case ColorRole: return colorOf(index.row());
    default: break;
    }
    if (index.column() == SeriesColumn) {
        switch (role) {
        case Qt::DisplayRole: return s.legend;
        case Qt::CheckStateRole: return s.visible ? Qt::Checked : Qt::Unchecked;
        case Qt::DecorationRole: {
            QColor c = colorOf(index.row());
            if (!s.visible) {
                c.setAlpha(70);
            }
            return c;
        }
        case Qt::ToolTipRole:
            return ModelsTr::tr("%1 (query %2). Click to show or hide.")
                .arg(Catalog::formatLegend(QString(), s.labels), s.queryId);
        default: return {};
        }
    }
    double value = 0;
    switch (index.column()) {
    case LastColumn: value = s.stats.last; break;
    case MinColumn: value = s.stats.min; break;
    case MaxColumn: value = s.stats.max; break;
    case AvgColumn: value = s.stats.avg; break;
    default: return {};
    }
    switch (role) {
    case Qt::DisplayRole: return std::isnan(value) ? QStringLiteral("\u2013") : formatValue(value, unit());
    case ValueRole: return value;
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default: return {};
    }
}

bool PanelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    if (index.column() != SeriesColumn || (role != Qt::CheckStateRole && role != VisibleRole)) {
        return false;
    }
    const bool visible = role == VisibleRole ? value.toBool() : value.toInt() == Qt::Checked;
    setSeriesVisible(index.row(), visible);
    return true;
}

Qt::ItemFlags PanelModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SeriesColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant PanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeriesColumn: return ModelsTr::tr("Series");
    case LastColumn: return ModelsTr::tr("Last");
    case MinColumn: return ModelsTr::tr("Min");
    case MaxColumn: return ModelsTr::tr("Max");
    case AvgColumn: return ModelsTr::tr("Avg");
    default: return {};
    }
}

} // namespace Ringside::Charts
