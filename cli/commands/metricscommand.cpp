// ringsidectl metrics list | metrics PANEL CLUSTER: a dashboard panel's PromQL (core/metrics/promcatalog.h) over a
// time range, summarised per series (last, min, max, average), from the context's Prometheus.
#include "clitr.h"
#include "command.h"
#include "dbasupport.h"
#include "flags.h"
#include "output.h"

#include "metrics/duration.h"
#include "metrics/promcatalog.h"
#include "util/tabwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Ringside::Cli {

using namespace Metrics;

namespace {

struct Summary
{
    double last = std::nan("");
    double min = std::nan("");
    double max = std::nan("");
    double avg = std::nan("");
    int points = 0;
};

Summary summarise(const Series &s)
{
    Summary out;
    double sum = 0;
    for (const QPointF &p : s.samples) {
        const double v = p.y();
        if (std::isnan(v)) {
            continue;
        }
        out.min = out.points == 0 ? v : std::min(out.min, v);
        out.max = out.points == 0 ? v : std::max(out.max, v);
        sum += v;
        ++out.points;
        out.last = v;
    }
    if (out.points > 0) {
        out.avg = sum / out.points;
    }
    return out;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

int metricsList(Invocation &inv)
{
    if (!inv.args.isEmpty()) {
        inv.err << "error: " << Tr::tr("metrics list takes no arguments") << '\n';
        return ExitUsage;
    }
    if (isStructuredFormat(inv.options.output)) {
        QJsonArray panels;
        for (const Panel &p : Catalog::panels()) {
            QJsonArray queries;
            for (const PanelQuery &q : p.queries) {
                queries.append(QJsonObject{{QStringLiteral("id"), q.id}, {QStringLiteral("modern"), q.modern}, {QStringLiteral("mcac"), q.mcac}});
            }
            panels.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title()},
                                      {QStringLiteral("description"), p.description()}, {QStringLiteral("queries"), queries}});
        }
        QString error;
        if (!printStructured(inv.out, panels, inv.options.output, &error)) {
            return inv.fail(error);
        }
        return ExitOk;
    }
    TabWriter table;
    table.addRow({QStringLiteral("PANEL"), QStringLiteral("TITLE"), QStringLiteral("QUERIES"), QStringLiteral("DESCRIPTION")});
    for (const Panel &p : Catalog::panels()) {
        QStringList ids;
        for (const PanelQuery &q : p.queries) {
            ids << q.id;
        }
        table.addRow({p.id, p.title(), ids.join(u','), p.description()});
    }
    inv.out << table.toString();
    return ExitOk;
}

int metricsCommand(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"node", 0, true}, {"since", 0, true}, {"step", 0, true}, {"rate", 0, true},
                        {"prometheus", 0, true}, {"prometheus-ca", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    if (flags.positional().size() != 2) {
        inv.err << "error: " << Tr::tr("usage: ringsidectl metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 1m]; "
                                       "`ringsidectl metrics list` shows the panels")
                << '\n';
        return ExitUsage;
    }
    const QString panelId = flags.positional().at(0);
    const QString cluster = flags.positional().at(1);
    const std::optional<Panel> panel = Catalog::panel(panelId);
    if (!panel) {
        QStringList ids;
        for (const Panel &p : Catalog::panels()) {
            ids << p.id;
        }
        return inv.fail(Tr::tr("unknown panel \"%1\"; the panels are: %2").arg(panelId, ids.join(QLatin1String(", "))));
    }
    const std::optional<std::chrono::milliseconds> since = parseDuration(flags.value("since", QStringLiteral("1h")));
    if (!since || since->count() <= 0) {
        return inv.fail(Tr::tr("invalid --since \"%1\": expected a duration such as 15m, 1h or 7d").arg(flags.value("since")));
    }
    // About 120 points over the range by default, never under a second.
    std::chrono::milliseconds step = std::max(std::chrono::milliseconds(1000), *since / 120);
    if (flags.isSet("step")) {
        const auto s = parseDuration(flags.value("step"));
        if (!s || s->count() <= 0) {
            return inv.fail(Tr::tr("invalid --step \"%1\": expected a duration such as 15s or 1m").arg(flags.value("step")));
        }
        step = *s;
    }
    const QString context = currentContextName(inv);
    std::unique_ptr<PromClient> client = openPrometheus(inv, context, flags.value("prometheus"), flags.value("prometheus-ca"));
    if (!client) {
        return ExitError;
    }
    const QString server = client->config().displayUrl().toString();
    QString error;
    const std::optional<Detection> detection = blockingDetect(*client, cluster, &error);
    if (!detection) {
        return inv.fail(error);
    }
    if (!detection->found) {
        return inv.fail(Tr::tr("Prometheus at %1 has no metrics of cluster %2: %3").arg(server, cluster, detection->message));
    }
    Selector selector;
    selector.cluster = cluster;
    selector.datacenter = flags.value("dc");
    selector.node = flags.value("node");
    if (flags.isSet("rate")) {
        selector.rateWindow = flags.value("rate");
    }
    const std::optional<QList<RenderedQuery>> queries = Catalog::render(*panel, detection->flavour, selector, &error);
    if (!queries) {
        return inv.fail(error);
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addMSecs(-since->count());
    QJsonArray rows;
    TabWriter table;
    table.addRow({QStringLiteral("QUERY"), QStringLiteral("SERIES"), QStringLiteral("LAST"), QStringLiteral("MIN"), QStringLiteral("MAX"),
                  QStringLiteral("AVG"), QStringLiteral("POINTS")});
    int series = 0;
    int code = ExitOk;
    for (const RenderedQuery &q : *queries) {
        error.clear();
        const std::optional<QueryResult> r = blockingQueryRange(*client, q.promql, start, end, step, &error);
        if (!r) {
            inv.err << "error: " << error << '\n';
            code = ExitError;
            continue;
        }
        for (const QString &w : r->warnings) {
            inv.err << "warning: " << w << '\n';
        }
        for (const Series &s : r->series) {
            const Summary sum = summarise(s);
            const QString legend = Catalog::formatLegend(q.legendFormat, s.labels);
            ++series;
            QJsonObject labels;
            for (auto it = s.labels.begin(); it != s.labels.end(); ++it) {
                labels.insert(it.key(), it.value());
            }
            rows.append(QJsonObject{{QStringLiteral("query"), q.queryId}, {QStringLiteral("promql"), q.promql},
                                    {QStringLiteral("series"), legend},   {QStringLiteral("labels"), labels},
                                    {QStringLiteral("last"), number(sum.last)}, {QStringLiteral("min"), number(sum.min)},
                                    {QStringLiteral("max"), number(sum.max)},   {QStringLiteral("avg"), number(sum.avg)},
                                    {QStringLiteral("points"), sum.points}});
            table.addRow({q.queryId, legend, formatValue(sum.last, q.unit), formatValue(sum.min, q.unit), formatValue(sum.max, q.unit),
                          formatValue(sum.avg, q.unit), QString::number(sum.points)});
        }
    }
    if (series == 0 && code == ExitOk) {
        QStringList promql;
        for (const RenderedQuery &q : *queries) {
            promql << q.promql;
        }
        return inv.fail(Tr::tr("Prometheus at %1 returned no data for panel %2 of cluster %3 over the last %4; the queries were: %5")
                            .arg(server, panel->id, cluster, formatDuration(*since), promql.join(QLatin1String(" ; "))));
    }
    if (isStructuredFormat(inv.options.output)) {
        const QJsonObject doc{{QStringLiteral("panel"), panel->id},
                              {QStringLiteral("cluster"), cluster},
                              {QStringLiteral("prometheus"), server},
                              {QStringLiteral("start"), start.toString(Qt::ISODate)},
                              {QStringLiteral("end"), end.toString(Qt::ISODate)},
                              {QStringLiteral("stepSeconds"), double(step.count()) / 1000.0},
                              {QStringLiteral("series"), rows}};
        if (!printStructured(inv.out, doc, inv.options.output, &error)) {
            return inv.fail(error);
        }
        return code;
    }
    inv.out << panel->title() << " — " << cluster << ", " << Tr::tr("last %1, step %2, from %3").arg(formatDuration(*since), formatDuration(step), server)
            << '\n'
            << table.toString();
    return code;
}

} // namespace Ringside::Cli
