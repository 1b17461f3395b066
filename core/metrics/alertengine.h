#pragma once

#include "metrics/alertrule.h"
#include "metrics/promclient.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>

namespace Ringside::Metrics {

/*! Where an alert is in its life. \since 0.1 */
enum class AlertState {
    Pending,  //!< the condition holds, but not yet for the rule's `for` duration
    Firing,   //!< the condition held for `for`
    Resolved, //!< it fired and the condition no longer holds
};

/*! One alert: a rule's condition for one label set (a node, a cluster...). A value type. \since 0.1 */
struct Alert
{
    QString ruleId;
    Severity severity = Severity::Warning;
    AlertState state = AlertState::Pending;
    /*! cluster, dc, node (and context, rack, operation for status rules; every series label for PromQL rules). */
    Labels labels;
    double value = 0;
    QString summary;
    QDateTime activeSince; //!< when the condition started to hold
    QDateTime firingSince; //!< when it fired (invalid while pending)
    QDateTime resolvedAt;  //!< for Resolved

    /*! The identity across evaluations: the rule id and the labels. */
    QString key() const;
};

/*! The inputs of one evaluation round. Rules without input this round (their query failed or was not run, or no
    snapshot of their cluster was given) keep their state: a Prometheus outage does not resolve alerts. \since 0.1 */
struct EvaluationInput
{
    /*! Status snapshots; each one settles the status rules' alerts of its context and cluster. */
    QList<ClusterStatusSnapshot> snapshots;
    /*! PromQL rule id -> the instant vector its expression returned. */
    QMap<QString, QList<Series>> promResults;
    /*! PromQL rule id -> why its query failed (kept for display; the rule's alerts are left as they are). */
    QMap<QString, QString> promErrors;
};

/*! What one round produced. \since 0.1 */
struct EvaluationResult
{
    QList<Alert> active;      //!< pending and firing, after this round, sorted by severity then key
    QList<Alert> newlyFiring; //!< went from pending (or nothing) to firing in this round: notify about these
    QList<Alert> resolved;    //!< were firing and stopped in this round
    QMap<QString, QString> ruleErrors;
};

/*! Evaluates alert rules round by round: a pure state machine over its inputs and an injectable clock (tests pass
    a fake one). It runs no queries itself: queryPromRules() runs the PromQL rules, and the caller assembles the
    status snapshots. \since 0.1 */
class AlertEngine
{
public:
    using Clock = std::function<QDateTime()>;
    /*! \a clock defaults to the system clock (UTC). */
    explicit AlertEngine(Clock clock = {});

    /*! Replaces the rules. The state of a rule that stays the same (same id and definition) is kept; the alerts of
        removed, disabled or changed rules are dropped without a resolve. */
    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }

    /*! One round: applies \a input at the clock's now. */
    EvaluationResult evaluate(const EvaluationInput &input);

    /*! Pending and firing alerts, sorted by severity then key. */
    QList<Alert> activeAlerts() const;

    /*! The instances (labels and value) for which \a rule's status check holds in \a snapshot; all of them are
        compared with the threshold by evaluate(). Exposed for tests and for the CLI's explanations. */
    static QList<QPair<Labels, double>> statusValues(const AlertRule &rule, const ClusterStatusSnapshot &snapshot);

private:
    struct Instance
    {
        Labels labels;
        double value;
    };
    void apply(const AlertRule &rule, const QList<Instance> &matching, const std::function<bool(const Alert &)> &inScope,
               const QDateTime &now, EvaluationResult &result);

    Clock m_clock;
    QList<AlertRule> m_rules;
    QHash<QString, Alert> m_alerts; // key() -> pending or firing alert
};

/*! Runs every enabled PromQL rule of \a rules as an instant query with \a client and calls \a done once, with each
    rule's result or error (in EvaluationInput's promResults/promErrors), on \a context's thread. Returns the handles
    of the queries so the caller can cancel the round. \since 0.1 */
QList<RequestHandle> queryPromRules(PromClient &client, const QList<AlertRule> &rules, const QObject *context,
                                    std::function<void(const EvaluationInput &)> done);

} // namespace Ringside::Metrics

Q_DECLARE_METATYPE(Ringside::Metrics::Alert)
