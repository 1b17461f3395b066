#pragma once

#include "metrics/promtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <limits>
#include <optional>

namespace Ringside::Metrics {

/*! How urgent an alert is. \since 0.1 */
enum class Severity {
    Critical,
    Warning,
    Info,
};

/*! How a rule compares a value with its threshold. \since 0.1 */
enum class Comparison {
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
};

/*! True when \a value compares to \a threshold as \a c says; NaN never matches. \since 0.1 */
bool compareValue(double value, Comparison c, double threshold);
/*! ">", ">=", "<", "<=", "==", "!=". \since 0.1 */
QString comparisonSymbol(Comparison c);
/*! "critical", "warning", "info" (the JSON and CLI spelling). \since 0.1 */
QString severityName(Severity s);
/*! Translated severity for display. \since 0.1 */
QString severityDisplayName(Severity s);

/*! The outcome of the last backup or repair of a cluster. \since 0.1 */
struct OperationOutcome
{
    enum class State {
        Unknown, //!< none known (never ran, or Medusa/Reaper not installed)
        Running,
        Succeeded,
        Failed,
    };
    State state = State::Unknown;
    QString name;        //!< the MedusaBackupJob or repair run
    QDateTime finishedAt;
    QString message;     //!< why it failed, when known
};

/*! What one node looks like in a status snapshot. Unknown numbers are NaN (a rule over them then never
    matches). \since 0.1 */
struct NodeStatus
{
    QString name; //!< the pod name
    QString datacenter;
    QString rack;
    bool up = true;
    double diskUsedPercent = std::numeric_limits<double>::quiet_NaN();    //!< of the data volume, 0..100
    double heapUsedPercent = std::numeric_limits<double>::quiet_NaN();    //!< 0..100
    double pendingCompactions = std::numeric_limits<double>::quiet_NaN();
    double droppedMutations = std::numeric_limits<double>::quiet_NaN();   //!< dropped in the last 5 minutes
};

/*! A cluster's state at one moment, assembled from the CRD status, pods, nodetool and metrics by whoever evaluates
    status rules. A value type. \since 0.1 */
struct ClusterStatusSnapshot
{
    QString context;
    QString cluster;
    QList<NodeStatus> nodes;
    OperationOutcome lastBackup;
    OperationOutcome lastRepair;
};

/*! The status-based checks a rule can make. \since 0.1 */
enum class StatusCheck {
    NodeDown,           //!< value 1 for a node that is down, else 0
    DiskUsagePercent,   //!< per node
    HeapUsagePercent,   //!< per node
    PendingCompactions, //!< per node
    DroppedMutations,   //!< per node
    BackupFailed,       //!< value 1 when the last backup failed, else 0
    RepairFailed,       //!< value 1 when the last repair failed, else 0
};

/*! An alert rule: either a PromQL expression whose instant result is compared with a threshold, or a check over a
    ClusterStatusSnapshot; either way the condition must hold for \a forDuration before the alert fires (pending
    until then). A value type. \since 0.1 */
struct AlertRule
{
    enum class Source {
        PromQL,
        Status,
    };

    QString id; //!< unique: [a-z0-9_-]+
    Severity severity = Severity::Warning;
    /*! The summary with placeholders {cluster}, {dc}, {node}, {value}, {threshold} and {label:NAME}. For built-in
        rules it is an untranslated source text (translated when rendered). */
    QString summary;
    bool builtIn = false;
    bool enabled = true;
    Source source = Source::PromQL;
    QString expr;                      //!< for PromQL rules
    StatusCheck check = StatusCheck::NodeDown; //!< for Status rules
    Comparison comparison = Comparison::Greater;
    double threshold = 0;
    std::chrono::milliseconds forDuration{0};

    /*! Empty when the rule can be used, else the (translated) reason. */
    QString validate() const;
    /*! The summary for one alert instance. */
    QString renderSummary(const Labels &labels, double value) const;
    /*! "disk_usage_high: disk used % > 90 for 5m" */
    QString describe() const;

    /*! The JSON form of a user rule: {"id","severity","summary","expr","comparison","threshold","for","enabled"}
        (status rules have "check" instead of "expr"). */
    QJsonObject toJson() const;
    /*! Reads toJson()'s form; sets \a error (translated, naming the field) when it cannot. */
    static std::optional<AlertRule> fromJson(const QJsonObject &o, QString *error);
};

/*! The built-in rules: node down, disk > 90 %, pending compactions high, dropped mutations, heap pressure, failed
    backup, failed repair. \since 0.1 */
QList<AlertRule> builtInAlertRules();

/*! Reading and writing user rule files: `{"version": 1, "rules": [...]}`. \since 0.1 */
namespace AlertRuleFile {
/*! Parses a rule file; errors name the rule (index and id) and the field. Duplicate ids are an error. */
std::optional<QList<AlertRule>> parse(const QByteArray &json, QString *error);
QByteArray serialize(const QList<AlertRule> &rules);
std::optional<QList<AlertRule>> load(const QString &path, QString *error);
/*! Writes atomically (QSaveFile). */
bool save(const QString &path, const QList<AlertRule> &rules, QString *error);
} // namespace AlertRuleFile

} // namespace Ringside::Metrics
