#pragma once

#include "metrics/promclient.h"
#include "metrics/promtypes.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Metrics {

/*! Which metric names a server has. \since 0.1 */
enum class Flavour {
    Modern, //!< the management-api agent (`org_apache_cassandra_metrics_*`, JVM hotspot collectors); labels
            //!< cluster, datacenter, pod_name
    Mcac,   //!< the legacy Metric Collector for Apache Cassandra (`mcac_*`, `collectd_*`); labels cluster, dc, instance
};

/*! The unit of a panel's values. \since 0.1 */
enum class Unit {
    Count,        //!< a plain number (tasks, nodes)
    PerSecond,    //!< events per second
    OpsPerSecond, //!< requests per second
    Bytes,
    Microseconds, //!< Cassandra's latency histograms are in µs
    Cores,        //!< CPU seconds per second
    Ratio,        //!< 0..1
};

/*! A short, translated unit suffix for axes ("ops/s", "µs", "B"); empty for Count and Ratio. \since 0.1 */
QString unitSuffix(Unit unit);

/*! \a value for people: "1.5 GiB", "850 µs", "12.5 ms", "12.3 %", "1.2k ops/s"; "NaN" stays "NaN". \since 0.1 */
QString formatValue(double value, Unit unit);

/*! Where a panel is shown. \since 0.1 */
enum class PanelGroup {
    Overview = 0x1, //!< the cluster dashboard
    Node = 0x2,     //!< the node drill-down
};
Q_DECLARE_FLAGS(PanelGroups, PanelGroup)

/*! What a dashboard shows: a cluster, optionally narrowed to a datacenter or one node. \since 0.1 */
struct Selector
{
    QString cluster;    //!< required: the Cassandra cluster name (the `cluster` label)
    QString datacenter; //!< optional
    QString node;       //!< optional: the pod name (modern `pod_name`) or MCAC's `instance`
    QString rateWindow = QStringLiteral("5m"); //!< the rate() window; at least 4 scrape intervals (MC scrapes every 30 s)
    QString nodeLabel;       //!< overrides the flavour's node label when not empty (e.g. "pod")
    QString datacenterLabel; //!< overrides the flavour's datacenter label when not empty
};

/*! One PromQL expression of a panel, with placeholders: `$SEL` (the label matchers of the selector, without
    braces), `$NODE` (the node label name), `$DC` (the datacenter label name) and `$RATE` (the rate window).
    \since 0.1 */
struct PanelQuery
{
    QString id;     //!< stable within the panel: "p99", "used", "rate"...
    QString legend; //!< Grafana-style legend format: "{{$NODE}} p99" becomes "{{pod_name}} p99"
    QString modern; //!< the template for Flavour::Modern
    QString mcac;   //!< the template for Flavour::Mcac
};

/*! One dashboard panel. \since 0.1 */
struct Panel
{
    QString id;               //!< stable: "cpu", "read_latency"... (used by `ringsidectl metrics PANEL`)
    const char *titleSource;  //!< untranslated title; use title()
    const char *descriptionSource;
    PanelGroups groups;
    Unit unit;                //!< for Flavour::Modern
    Unit mcacUnit;            //!< for Flavour::Mcac (differs for CPU: process cores vs host ratio)
    QList<PanelQuery> queries;
    /*! False where the reference marks the metric names as derived from collector code, not seen in a real scrape
        (JVM and process metrics of the modern agent). */
    bool namesVerified = true;

    QString title() const;
    QString description() const;
    Unit unitFor(Flavour f) const { return f == Flavour::Mcac ? mcacUnit : unit; }
};

/*! A panel query rendered for a flavour and selector: ready to send. \since 0.1 */
struct RenderedQuery
{
    QString panelId;
    QString queryId;
    QString promql;
    QString legendFormat; //!< with real label names ("{{pod_name}} p99")
    Unit unit = Unit::Count;
};

/*! The PromQL of every dashboard panel (issue 7) for both metric flavours. \since 0.1 */
namespace Catalog {

/*! Every panel, in dashboard order. */
const QList<Panel> &panels();
/*! The panel called \a id, if any. */
std::optional<Panel> panel(const QString &id);
/*! The label names a flavour uses: "cluster", the datacenter label and the node label. */
QString clusterLabel(Flavour f);
QString datacenterLabel(Flavour f);
QString nodeLabel(Flavour f);

/*! Escapes \a value for a PromQL double-quoted string. */
QString escapeLabelValue(const QString &value);
/*! The label matchers of \a selector for \a flavour, without braces: `cluster="c",datacenter="dc1"`. */
QString matchers(Flavour flavour, const Selector &selector);

/*! Renders every query of \a panel. Returns nothing and sets \a error (translated) when the selector cannot be used:
    no cluster, or a rate window that is not a Prometheus duration. */
std::optional<QList<RenderedQuery>> render(const Panel &panel, Flavour flavour, const Selector &selector, QString *error);

/*! The metric names (selectors followed by `{`) used by \a flavour's templates, sorted and unique. */
QStringList metricNames(Flavour flavour);

/*! Formats a legend: `{{name}}` becomes the label's value. An empty format gives `{a="b", ...}` as Prometheus. */
QString formatLegend(const QString &legendFormat, const Labels &labels);

} // namespace Catalog

/*! What a server has for one cluster, found by detectFlavour() / interpretDetection(). \since 0.1 */
struct Detection
{
    bool found = false;      //!< metrics of \a cluster exist in some flavour
    Flavour flavour = Flavour::Modern;
    bool bothFlavours = false; //!< both exist (a migration): modern is chosen
    QStringList clusters;    //!< every cluster seen, any flavour
    QStringList datacenters; //!< of the chosen flavour for this cluster
    QStringList nodes;       //!< of the chosen flavour for this cluster
    QString message;         //!< translated: what was found, or what is missing and where it was looked for
};

/*! The series lookup detectFlavour() sends: the gossip-stage thread pool counter of both flavours (one series per
    node, cheap). \since 0.1 */
QString detectionMatcher();

/*! Decides the flavour for \a cluster from the series found with detectionMatcher(). \since 0.1 */
Detection interpretDetection(const QList<Labels> &series, const QString &cluster);

/*! Asks \a client which flavour \a cluster's metrics have (one `series` lookup over the \a lookback before now).
    \since 0.1 */
RequestHandle detectFlavour(PromClient &client, const QString &cluster, std::chrono::seconds lookback, const QObject *context,
                            std::function<void(const Detection &)> ok, ErrorHandler err);

} // namespace Ringside::Metrics

Q_DECLARE_OPERATORS_FOR_FLAGS(Ringside::Metrics::PanelGroups)
