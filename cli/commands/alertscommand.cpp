// ringsidectl alerts [CLUSTER]: one round of the core alert engine (core/metrics/alertengine.h) over the clusters'
// status (nodes down from the domain model, the last backup from its MedusaBackupJobs) and, when a Prometheus is
// set for the context, the node metrics the built-in rules need (disk, heap, pending compactions, dropped mutations:
// core/metrics/nodemetrics.h, the same code as the GUI's alerts panel) and the user rules' PromQL.
#include "clitr.h"
#include "clustersupport.h"
#include "dbasupport.h"
#include "flags.h"
#include "output.h"

#include "metrics/alertengine.h"
#include "metrics/duration.h"
#include "metrics/nodemetrics.h"
#include "util/tabwriter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Ringside::Cli {

using namespace Metrics;
using namespace Cassandra;

namespace {

/*! The outcome of the newest MedusaBackupJob of \a cluster's datacenters. */
OperationOutcome lastBackup(const QList<QJsonObject> &jobs, const Domain::Cluster &cluster)
{
    QStringList dcs;
    for (const Domain::Datacenter &d : cluster.datacenters) {
        dcs << d.name;
    }
    OperationOutcome out;
    QString newest;
    for (const QJsonObject &job : jobs) {
        const QJsonObject meta = job.value(QLatin1String("metadata")).toObject();
        if (!dcs.contains(job.value(QLatin1String("spec")).toObject().value(QLatin1String("cassandraDatacenter")).toString())) {
            continue;
        }
        const QString created = meta.value(QLatin1String("creationTimestamp")).toString();
        if (created < newest) {
            continue;
        }
        newest = created;
        const QJsonObject status = job.value(QLatin1String("status")).toObject();
        out.name = meta.value(QLatin1String("name")).toString();
        const QJsonArray failed = status.value(QLatin1String("failed")).toArray();
        const QString finish = status.value(QLatin1String("finishTime")).toString();
        if (!failed.isEmpty()) {
            out.state = OperationOutcome::State::Failed;
            QStringList pods;
            for (const QJsonValue &p : failed) {
                pods << p.toString();
            }
            out.message = Tr::tr("failed on %1").arg(pods.join(QLatin1String(", ")));
        } else if (!finish.isEmpty()) {
            out.state = OperationOutcome::State::Succeeded;
        } else {
            out.state = OperationOutcome::State::Running;
        }
        out.finishedAt = QDateTime::fromString(finish, Qt::ISODate);
    }
    return out;
}

QString stateName(AlertState s)
{
    switch (s) {
    case AlertState::Pending:
        return QStringLiteral("pending");
    case AlertState::Firing:
        return QStringLiteral("firing");
    case AlertState::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

} // namespace

namespace {

/*! What every round needs: the session, the rules' inputs and where the metrics come from. */
struct Round
{
    Invocation &inv;
    ClusterSession &session;
    PromClient *prom;
    QString only;
    QList<AlertRule> rules;
    QList<Domain::Cluster> clusters;

    /*! Reads the clusters, their objects and metrics now; prints the error and returns nothing on failure. */
    std::optional<EvaluationInput> gather();
    /*! The node metrics of \a snapshots from the Prometheus (disk, heap, compactions, dropped mutations). */
    void addMetrics(QList<ClusterStatusSnapshot> &snapshots, QStringList &problems);
};

std::optional<EvaluationInput> Round::gather()
{
    const auto topology = session.topology();
    if (!topology) {
        return std::nullopt;
    }
    clusters.clear();
    for (const Domain::Cluster &c : topology->clusters) {
        if (only.isEmpty() || c.name == only) {
            clusters << c;
        }
    }
    if (!only.isEmpty() && clusters.isEmpty()) {
        inv.fail(Tr::tr("cluster \"%1\" not found in namespace %2 (context %3)").arg(only, session.kube().nameSpace(), session.context()));
        return std::nullopt;
    }
    const auto jobs = session.list(QStringLiteral("medusabackupjobs.medusa.k8ssandra.io"), inv.options.allNamespaces);
    if (!jobs) {
        return std::nullopt;
    }
    EvaluationInput input;
    QStringList problems;
    for (const Domain::Cluster &c : std::as_const(clusters)) {
        ClusterStatusSnapshot snap;
        snap.context = session.context();
        snap.cluster = c.name;
        snap.lastBackup = lastBackup(*jobs, c);
        for (const Domain::Datacenter &dc : c.datacenters) {
            for (const Domain::Node &n : dc.nodes) {
                NodeStatus ns;
                ns.name = n.name;
                ns.datacenter = dc.displayName();
                ns.rack = n.rack;
                ns.up = n.isUp();
                snap.nodes << ns;
            }
        }
        input.snapshots << snap;
    }
    addMetrics(input.snapshots, problems);
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems)) {
        inv.err << "warning: " << Tr::tr("metrics for the alert rules: %1").arg(p) << '\n';
    }
    if (prom) {
        QList<AlertRule> promRules;
        for (const AlertRule &r : std::as_const(rules)) {
            if (r.source == AlertRule::Source::PromQL && r.enabled) {
                promRules << r;
            }
        }
        if (!promRules.isEmpty()) {
            QEventLoop loop;
            queryPromRules(*prom, promRules, &loop, [&](const EvaluationInput &in) {
                input.promResults = in.promResults;
                input.promErrors = in.promErrors;
                loop.quit();
            });
            loop.exec();
        }
    }
    return input;
}

void Round::addMetrics(QList<ClusterStatusSnapshot> &snapshots, QStringList &problems)
{
    if (!prom || snapshots.isEmpty()) {
        return;
    }
    QEventLoop loop;
    fillNodeMetrics(*prom, snapshots, &loop, [&](const QList<ClusterStatusSnapshot> &filled, const QStringList &errors) {
        snapshots = filled;
        problems << errors;
        loop.quit();
    });
    loop.exec();
    for (const ClusterStatusSnapshot &snap : std::as_const(snapshots)) {
        bool any = false;
        for (const NodeStatus &n : snap.nodes) {
            any = any || std::isfinite(n.diskUsedPercent) || std::isfinite(n.heapUsedPercent) || std::isfinite(n.pendingCompactions);
        }
        if (!any && !snap.nodes.isEmpty()) {
            problems << Tr::tr("no node metrics of cluster %1 in %2").arg(snap.cluster, prom->config().displayUrl().toDisplayString());
        }
    }
}

const AlertRule *ruleOf(const QList<AlertRule> &rules, const QString &id)
{
    for (const AlertRule &r : rules) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

QJsonObject alertJson(const Alert &a, const AlertRule *r)
{
    QJsonObject labels;
    for (auto it = a.labels.begin(); it != a.labels.end(); ++it) {
        labels.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("rule"), a.ruleId},
                       {QStringLiteral("severity"), severityName(a.severity)},
                       {QStringLiteral("state"), stateName(a.state)},
                       {QStringLiteral("value"), std::isfinite(a.value) ? QJsonValue(a.value) : QJsonValue()},
                       {QStringLiteral("summary"), a.summary},
                       {QStringLiteral("for"), r ? formatDuration(r->forDuration) : QString()},
                       {QStringLiteral("labels"), labels}};
}

} // namespace

int alertsCommand(Invocation &inv)
{
    CommandFlags flags({{"prometheus", 0, true}, {"prometheus-ca", 0, true}, {"no-prometheus", 0, false}, {"rules", 0, true},
                        {"watch", 0, true}, {"interval", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    if (flags.positional().size() > 1) {
        inv.err << "error: " << Tr::tr("usage: ringsidectl alerts [CLUSTER] [--prometheus URL] [--rules FILE] [--watch DURATION]") << '\n';
        return ExitUsage;
    }
    std::optional<std::chrono::milliseconds> watch;
    std::chrono::milliseconds interval(1000);
    if (flags.isSet("watch")) {
        watch = parseDuration(flags.value("watch"));
        if (!watch || watch->count() <= 0) {
            return inv.fail(Tr::tr("invalid --watch \"%1\": expected a duration such as 30s or 10m").arg(flags.value("watch")));
        }
    }
    if (flags.isSet("interval")) {
        const auto i = parseDuration(flags.value("interval"));
        if (!i || i->count() < 100) {
            return inv.fail(Tr::tr("invalid --interval \"%1\": expected a duration of at least 100ms").arg(flags.value("interval")));
        }
        interval = *i;
    }
    QList<AlertRule> rules = builtInAlertRules();
    if (flags.isSet("rules")) {
        QString error;
        const auto user = AlertRuleFile::load(flags.value("rules"), &error);
        if (!user) {
            return inv.fail(error);
        }
        rules += *user;
    }
    ClusterSession s(inv);
    if (!s.open()) {
        return ExitError;
    }
    std::unique_ptr<PromClient> prom;
    if (!flags.on("no-prometheus")) {
        const QString flagUrl = flags.value("prometheus");
        const bool configured = !flagUrl.isEmpty() || !inv.env.value(QStringLiteral("RINGSIDE_PROMETHEUS_URL")).isEmpty()
            || !storedPrometheusUrl(inv, s.context()).isEmpty();
        if (configured) {
            prom = openPrometheus(inv, s.context(), flagUrl, flags.value("prometheus-ca"));
            if (!prom) {
                return ExitError;
            }
        } else {
            inv.err << "warning: "
                    << Tr::tr("no Prometheus is set for context %1 (--prometheus URL): only the status rules (node down, failed "
                              "backup) are evaluated")
                           .arg(s.context())
                    << '\n';
        }
    }
    Round round{inv, s, prom.get(), flags.positional().value(0), rules, {}};
    AlertEngine engine;
    engine.setRules(rules);
    const bool structured = isStructuredFormat(inv.options.output);

    if (watch) {
        // Rounds until the watch ends: every change (pending, firing, resolved, cleared) on one line, or one JSON
        // object per line with -o json.
        QElapsedTimer timer;
        timer.start();
        QHash<QString, Alert> shown;
        while (true) {
            const std::optional<EvaluationInput> input = round.gather();
            if (!input) {
                return ExitError;
            }
            const EvaluationResult result = engine.evaluate(*input);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            QHash<QString, Alert> current;
            const auto print = [&](const Alert &a, const QString &state) {
                if (inv.options.output == QLatin1String("json")) {
                    QJsonObject o = alertJson(a, ruleOf(rules, a.ruleId));
                    o.insert(QStringLiteral("state"), state);
                    o.insert(QStringLiteral("time"), now);
                    inv.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
                } else {
                    inv.out << now << "  " << state.leftJustified(9) << severityName(a.severity).toUpper().leftJustified(9) << a.ruleId << "  "
                            << a.summary << '\n';
                }
            };
            for (const Alert &a : result.active) {
                current.insert(a.key(), a);
                if (!shown.contains(a.key()) || shown.value(a.key()).state != a.state) {
                    print(a, stateName(a.state));
                }
            }
            for (const Alert &a : result.resolved) {
                print(a, stateName(AlertState::Resolved));
            }
            for (auto it = shown.begin(); it != shown.end(); ++it) {
                if (!current.contains(it.key()) && it.value().state == AlertState::Pending) {
                    print(it.value(), QStringLiteral("cleared")); // its condition stopped before it fired
                }
            }
            shown = current;
            inv.out.flush();
            if (timer.elapsed() >= watch->count()) {
                return ExitOk;
            }
            ClusterSession::pause(int(interval.count()));
        }
    }

    const std::optional<EvaluationInput> input = round.gather();
    if (!input) {
        return ExitError;
    }
    const EvaluationResult result = engine.evaluate(*input);
    for (auto it = result.ruleErrors.begin(); it != result.ruleErrors.end(); ++it) {
        inv.err << "warning: " << Tr::tr("rule %1: %2").arg(it.key(), it.value()) << '\n';
    }
    if (structured) {
        QJsonArray items;
        for (const Alert &a : result.active) {
            items.append(alertJson(a, ruleOf(rules, a.ruleId)));
        }
        QString error;
        if (!printStructured(inv.out, QJsonObject{{QStringLiteral("alerts"), items}}, inv.options.output, &error)) {
            return inv.fail(error);
        }
        return ExitOk;
    }
    if (result.active.isEmpty()) {
        inv.out << Tr::tr("No active alerts (%n cluster(s) checked, %1 rules).", nullptr, int(round.clusters.size())).arg(rules.size()) << '\n';
        return ExitOk;
    }
    TabWriter table;
    table.addRow({QStringLiteral("SEVERITY"), QStringLiteral("STATE"), QStringLiteral("RULE"), QStringLiteral("CLUSTER"), QStringLiteral("NODE"),
                  QStringLiteral("SUMMARY")});
    for (const Alert &a : result.active) {
        const AlertRule *r = ruleOf(rules, a.ruleId);
        // A one-shot evaluation cannot have watched the condition for the rule's duration: it is pending until then.
        const QString state = a.state == AlertState::Pending && r && r->forDuration.count() > 0
            ? Tr::tr("pending (fires after %1)").arg(formatDuration(r->forDuration))
            : stateName(a.state);
        table.addRow({severityName(a.severity).toUpper(), state, a.ruleId, a.labels.value(QStringLiteral("cluster")),
                      a.labels.value(QStringLiteral("node"), QStringLiteral("-")), a.summary});
    }
    inv.out << table.toString();
    return ExitOk;
}

} // namespace Ringside::Cli
