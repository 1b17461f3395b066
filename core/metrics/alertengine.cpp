#include "metrics/alertengine.h"

#include "metrics/metricslogging.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Ringside::Metrics {

QString Alert::key() const
{
    QString k = ruleId;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        k += QChar(0x1f) + it.key() + u'=' + it.value();
    }
    return k;
}

AlertEngine::AlertEngine(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    }
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    QHash<QString, QJsonObject> before;
    for (const AlertRule &r : std::as_const(m_rules)) {
        if (r.enabled) {
            before.insert(r.id, r.toJson());
        }
    }
    QSet<QString> keep;
    for (const AlertRule &r : rules) {
        if (r.enabled && before.value(r.id) == r.toJson()) {
            keep.insert(r.id);
        }
    }
    for (auto it = m_alerts.begin(); it != m_alerts.end();) {
        if (!keep.contains(it->ruleId)) {
            it = m_alerts.erase(it);
        } else {
            ++it;
        }
    }
    m_rules = rules;
}

QList<QPair<Labels, double>> AlertEngine::statusValues(const AlertRule &rule, const ClusterStatusSnapshot &snapshot)
{
    QList<QPair<Labels, double>> out;
    auto base = [&snapshot] {
        Labels l;
        l.insert(QStringLiteral("cluster"), snapshot.cluster);
        if (!snapshot.context.isEmpty()) {
            l.insert(QStringLiteral("context"), snapshot.context);
        }
        return l;
    };
    auto operation = [&](const OperationOutcome &o) {
        if (o.state == OperationOutcome::State::Unknown) {
            return; // nothing known: nothing to judge
        }
        Labels l = base();
        l.insert(QStringLiteral("operation"), o.name);
        out.append({l, o.state == OperationOutcome::State::Failed ? 1.0 : 0.0});
    };
    switch (rule.check) {
    case StatusCheck::BackupFailed:
        operation(snapshot.lastBackup);
        return out;
    case StatusCheck::RepairFailed:
        operation(snapshot.lastRepair);
        return out;
    default:
        break;
    }
    for (const NodeStatus &n : snapshot.nodes) {
        Labels l = base();
        l.insert(QStringLiteral("dc"), n.datacenter);
        l.insert(QStringLiteral("node"), n.name);
        if (!n.rack.isEmpty()) {
            l.insert(QStringLiteral("rack"), n.rack);
        }
        double v = 0;
        switch (rule.check) {
        case StatusCheck::NodeDown:
            v = n.up ? 0.0 : 1.0;
            break;
        case StatusCheck::DiskUsagePercent:
            v = n.diskUsedPercent;
            break;
        case StatusCheck::HeapUsagePercent:
            v = n.heapUsedPercent;
            break;
        case StatusCheck::PendingCompactions:
            v = n.pendingCompactions;
            break;
        case StatusCheck::DroppedMutations:
            v = n.droppedMutations;
            break;
        case StatusCheck::BackupFailed:
        case StatusCheck::RepairFailed:
            break;
        }
        out.append({l, v});
    }
    return out;
}

namespace {

// PromQL results carry the exporter's label names; alerts use cluster, dc and node everywhere.
Labels normalizedLabels(Labels labels)
{
    labels.remove(QStringLiteral("__name__"));
    auto first = [&labels](std::initializer_list<const char *> names) {
        for (const char *n : names) {
            const QString v = labels.value(QLatin1StringView(n));
            if (!v.isEmpty()) {
                return v;
            }
        }
        return QString();
    };
    const QString cluster = first({"cluster", "cassandra_datastax_com_cluster"});
    const QString dc = first({"dc", "datacenter", "cassandra_datastax_com_datacenter"});
    const QString node = first({"node", "pod_name", "pod", "instance"});
    if (!cluster.isEmpty()) {
        labels.insert(QStringLiteral("cluster"), cluster);
    }
    if (!dc.isEmpty()) {
        labels.insert(QStringLiteral("dc"), dc);
    }
    if (!node.isEmpty()) {
        labels.insert(QStringLiteral("node"), node);
    }
    return labels;
}

int severityRank(Severity s)
{
    return int(s); // Critical first
}

} // namespace

void AlertEngine::apply(const AlertRule &rule, const QList<Instance> &matching, const std::function<bool(const Alert &)> &inScope,
                        const QDateTime &now, EvaluationResult &result)
{
    QSet<QString> seen;
    for (const Instance &inst : matching) {
        Alert probe;
        probe.ruleId = rule.id;
        probe.labels = inst.labels;
        const QString key = probe.key();
        seen.insert(key);
        auto it = m_alerts.find(key);
        if (it == m_alerts.end()) {
            probe.severity = rule.severity;
            probe.activeSince = now;
            probe.state = AlertState::Pending;
            it = m_alerts.insert(key, probe);
        }
        it->value = inst.value;
        it->severity = rule.severity;
        it->summary = rule.renderSummary(inst.labels, inst.value);
        if (it->state == AlertState::Pending && it->activeSince.msecsTo(now) >= rule.forDuration.count()) {
            it->state = AlertState::Firing;
            it->firingSince = now;
            result.newlyFiring.append(*it);
            qCInfo(lcMetrics).noquote() << "alert firing:" << it->ruleId << it->summary;
        }
    }
    for (auto it = m_alerts.begin(); it != m_alerts.end();) {
        if (it->ruleId != rule.id || seen.contains(it.key()) || !inScope(*it)) {
            ++it;
            continue;
        }
        if (it->state == AlertState::Firing) {
            Alert resolved = *it;
            resolved.state = AlertState::Resolved;
            resolved.resolvedAt = now;
            result.resolved.append(resolved);
        }
        it = m_alerts.erase(it);
    }
}

EvaluationResult AlertEngine::evaluate(const EvaluationInput &input)
{
    const QDateTime now = m_clock();
    EvaluationResult result;
    result.ruleErrors = input.promErrors;
    for (const AlertRule &rule : std::as_const(m_rules)) {
        if (!rule.enabled) {
            continue;
        }
        if (rule.source == AlertRule::Source::Status) {
            for (const ClusterStatusSnapshot &s : input.snapshots) {
                QList<Instance> matching;
                const QList<QPair<Labels, double>> values = statusValues(rule, s);
                for (const auto &v : values) {
                    if (compareValue(v.second, rule.comparison, rule.threshold)) {
                        matching.append({v.first, v.second});
                    }
                }
                const QString context = s.context;
                const QString cluster = s.cluster;
                apply(rule, matching,
                      [&context, &cluster](const Alert &a) {
                          return a.labels.value(QStringLiteral("cluster")) == cluster && a.labels.value(QStringLiteral("context")) == context;
                      },
                      now, result);
            }
            continue;
        }
        if (input.promErrors.contains(rule.id) || !input.promResults.contains(rule.id)) {
            continue; // no answer this round: keep the state
        }
        QList<Instance> matching;
        const QList<Series> series = input.promResults.value(rule.id);
        for (const Series &s : series) {
            const double v = s.lastValue();
            if (compareValue(v, rule.comparison, rule.threshold)) {
                matching.append({normalizedLabels(s.labels), v});
            }
        }
        apply(rule, matching, [](const Alert &) { return true; }, now, result);
    }
    result.active = activeAlerts();
    return result;
}

QList<Alert> AlertEngine::activeAlerts() const
{
    QList<Alert> out = m_alerts.values();
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity) {
            return severityRank(a.severity) < severityRank(b.severity);
        }
        return a.key() < b.key();
    });
    return out;
}

QList<RequestHandle> queryPromRules(PromClient &client, const QList<AlertRule> &rules, const QObject *context,
                                    std::function<void(const EvaluationInput &)> done)
{
    struct Round
    {
        int remaining = 0;
        EvaluationInput input;
        std::function<void(const EvaluationInput &)> done;
        void settle()
        {
            if (--remaining == 0 && done) {
                done(input);
            }
        }
    };
    auto round = std::make_shared<Round>();
    round->done = std::move(done);
    QList<AlertRule> promRules;
    for (const AlertRule &r : rules) {
        if (r.enabled && r.source == AlertRule::Source::PromQL) {
            promRules.append(r);
        }
    }
    QList<RequestHandle> handles;
    if (promRules.isEmpty()) {
        QTimer::singleShot(0, context ? const_cast<QObject *>(context) : &client, [round] {
            if (round->done) {
                round->done(round->input);
            }
        });
        return handles;
    }
    round->remaining = int(promRules.size());
    for (const AlertRule &r : std::as_const(promRules)) {
        const QString id = r.id;
        handles.append(client.query(
            r.expr, QDateTime(), context,
            [round, id](const QueryResult &result) {
                QList<Series> series = result.series;
                if (result.type == ResultType::Scalar) {
                    series = {Series{{}, {result.scalar}, false}};
                }
                round->input.promResults.insert(id, series);
                round->settle();
            },
            [round, id](const PromError &e) {
                round->input.promErrors.insert(id, e.toString());
                round->settle();
            }));
    }
    return handles;
}

} // namespace Ringside::Metrics
