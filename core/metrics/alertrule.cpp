#include "metrics/alertrule.h"

#include "coretr.h"
#include "metrics/duration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <array>
#include <cmath>

namespace Ringside::Metrics {

namespace {

struct Named
{
    const char *name;
    int value;
};

constexpr std::array<Named, 6> Comparisons{{{">", int(Comparison::Greater)},
                                            {">=", int(Comparison::GreaterOrEqual)},
                                            {"<", int(Comparison::Less)},
                                            {"<=", int(Comparison::LessOrEqual)},
                                            {"==", int(Comparison::Equal)},
                                            {"!=", int(Comparison::NotEqual)}}};
constexpr std::array<Named, 3> Severities{{{"critical", int(Severity::Critical)}, {"warning", int(Severity::Warning)}, {"info", int(Severity::Info)}}};
constexpr std::array<Named, 7> Checks{{{"node_down", int(StatusCheck::NodeDown)},
                                       {"disk_usage_percent", int(StatusCheck::DiskUsagePercent)},
                                       {"heap_usage_percent", int(StatusCheck::HeapUsagePercent)},
                                       {"pending_compactions", int(StatusCheck::PendingCompactions)},
                                       {"dropped_mutations", int(StatusCheck::DroppedMutations)},
                                       {"backup_failed", int(StatusCheck::BackupFailed)},
                                       {"repair_failed", int(StatusCheck::RepairFailed)}}};

template<size_t N>
QString nameOf(const std::array<Named, N> &table, int value)
{
    for (const Named &n : table) {
        if (n.value == value) {
            return QLatin1StringView(n.name);
        }
    }
    return {};
}

template<size_t N>
std::optional<int> valueOf(const std::array<Named, N> &table, const QString &name)
{
    for (const Named &n : table) {
        if (name == QLatin1StringView(n.name)) {
            return n.value;
        }
    }
    return std::nullopt;
}

template<size_t N>
QString allNames(const std::array<Named, N> &table)
{
    QStringList out;
    for (const Named &n : table) {
        out.append(QLatin1StringView(n.name));
    }
    return out.join(QStringLiteral(", "));
}

QString formatNumber(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        return QString::number(qint64(v));
    }
    return QString::number(v, 'g', 4);
}

// Balanced (), [] and {} outside string literals: catches the commonest typos before the server does.
QString checkBalanced(const QString &expr)
{
    QList<QChar> stack;
    QChar quote;
    for (qsizetype i = 0; i < expr.size(); ++i) {
        const QChar c = expr.at(i);
        if (!quote.isNull()) {
            if (c == u'\\') {
                ++i;
            } else if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`') {
            quote = c;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            stack.append(c);
        } else if (c == u')' || c == u']' || c == u'}') {
            const QChar open = c == u')' ? u'(' : (c == u']' ? u'[' : u'{');
            if (stack.isEmpty() || stack.takeLast() != open) {
                return CoreTr::tr("unbalanced “%1” at position %2").arg(c).arg(i + 1);
            }
        }
    }
    if (!quote.isNull()) {
        return CoreTr::tr("unterminated string");
    }
    if (!stack.isEmpty()) {
        return CoreTr::tr("“%1” is never closed").arg(stack.constLast());
    }
    return {};
}

} // namespace

bool compareValue(double value, Comparison c, double threshold)
{
    if (std::isnan(value)) {
        return false;
    }
    switch (c) {
    case Comparison::Greater:
        return value > threshold;
    case Comparison::GreaterOrEqual:
        return value >= threshold;
    case Comparison::Less:
        return value < threshold;
    case Comparison::LessOrEqual:
        return value <= threshold;
    case Comparison::Equal:
        return value == threshold;
    case Comparison::NotEqual:
        return value != threshold;
    }
    return false;
}

QString comparisonSymbol(Comparison c)
{
    return nameOf(Comparisons, int(c));
}

QString severityName(Severity s)
{
    return nameOf(Severities, int(s));
}

QString severityDisplayName(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return CoreTr::tr("Critical");
    case Severity::Warning:
        return CoreTr::tr("Warning");
    case Severity::Info:
        return CoreTr::tr("Info");
    }
    return {};
}

QString AlertRule::validate() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    if (!idPattern.match(id).hasMatch()) {
        return CoreTr::tr("the rule id “%1” must be 1 to 63 lowercase letters, digits, “_” or “-”").arg(id);
    }
    if (source == Source::PromQL) {
        if (expr.trimmed().isEmpty()) {
            return CoreTr::tr("rule %1 has no PromQL expression").arg(id);
        }
        const QString problem = checkBalanced(expr);
        if (!problem.isEmpty()) {
            return CoreTr::tr("rule %1: the PromQL expression is malformed: %2").arg(id, problem);
        }
    }
    if (!std::isfinite(threshold)) {
        return CoreTr::tr("rule %1 has no finite threshold").arg(id);
    }
    if (forDuration.count() < 0) {
        return CoreTr::tr("rule %1 has a negative “for” duration").arg(id);
    }
    if (summary.trimmed().isEmpty()) {
        return CoreTr::tr("rule %1 has no summary").arg(id);
    }
    return {};
}

QString AlertRule::renderSummary(const Labels &labels, double value) const
{
    QString text = builtIn ? CoreTr::tr(summary.toUtf8().constData()) : summary;
    static const QRegularExpression label(QStringLiteral("\\{label:([a-zA-Z_][a-zA-Z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = label.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last) + labels.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QLatin1String("{cluster}"), labels.value(QStringLiteral("cluster")));
    out.replace(QLatin1String("{dc}"), labels.value(QStringLiteral("dc")));
    out.replace(QLatin1String("{node}"), labels.value(QStringLiteral("node")));
    out.replace(QLatin1String("{value}"), formatNumber(value));
    out.replace(QLatin1String("{threshold}"), formatNumber(threshold));
    return out;
}

QString AlertRule::describe() const
{
    const QString what = source == Source::PromQL ? expr : nameOf(Checks, int(check));
    QString text = id + QStringLiteral(": ") + what + u' ' + comparisonSymbol(comparison) + u' ' + formatNumber(threshold);
    if (forDuration.count() > 0) {
        text += QStringLiteral(" for ") + formatDuration(forDuration);
    }
    return text;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("summary"), summary);
    if (source == Source::PromQL) {
        o.insert(QStringLiteral("expr"), expr);
    } else {
        o.insert(QStringLiteral("check"), nameOf(Checks, int(check)));
    }
    o.insert(QStringLiteral("comparison"), comparisonSymbol(comparison));
    o.insert(QStringLiteral("threshold"), threshold);
    o.insert(QStringLiteral("for"), formatDuration(forDuration));
    o.insert(QStringLiteral("enabled"), enabled);
    return o;
}

std::optional<AlertRule> AlertRule::fromJson(const QJsonObject &o, QString *error)
{
    static const QSet<QString> known{QStringLiteral("id"),        QStringLiteral("severity"),  QStringLiteral("summary"),
                                     QStringLiteral("expr"),      QStringLiteral("check"),     QStringLiteral("comparison"),
                                     QStringLiteral("threshold"), QStringLiteral("for"),       QStringLiteral("enabled")};
    AlertRule r;
    r.id = o.value(QLatin1String("id")).toString();
    const QString who = r.id.isEmpty() ? CoreTr::tr("a rule without id") : CoreTr::tr("rule %1").arg(r.id);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *error = CoreTr::tr("%1: unknown field “%2”").arg(who, it.key());
            return std::nullopt;
        }
    }
    const std::optional<int> sev = valueOf(Severities, o.value(QLatin1String("severity")).toString(QStringLiteral("warning")));
    if (!sev) {
        *error = CoreTr::tr("%1: severity must be one of %2").arg(who, allNames(Severities));
        return std::nullopt;
    }
    r.severity = Severity(*sev);
    r.summary = o.value(QLatin1String("summary")).toString();
    const bool hasExpr = o.contains(QLatin1String("expr"));
    const bool hasCheck = o.contains(QLatin1String("check"));
    if (hasExpr == hasCheck) {
        *error = CoreTr::tr("%1: set exactly one of “expr” (PromQL) and “check” (%2)").arg(who, allNames(Checks));
        return std::nullopt;
    }
    if (hasExpr) {
        r.source = Source::PromQL;
        r.expr = o.value(QLatin1String("expr")).toString();
    } else {
        r.source = Source::Status;
        const std::optional<int> check = valueOf(Checks, o.value(QLatin1String("check")).toString());
        if (!check) {
            *error = CoreTr::tr("%1: check must be one of %2").arg(who, allNames(Checks));
            return std::nullopt;
        }
        r.check = StatusCheck(*check);
    }
    const std::optional<int> cmp = valueOf(Comparisons, o.value(QLatin1String("comparison")).toString(QStringLiteral(">")));
    if (!cmp) {
        *error = CoreTr::tr("%1: comparison must be one of %2").arg(who, allNames(Comparisons));
        return std::nullopt;
    }
    r.comparison = Comparison(*cmp);
    const QJsonValue threshold = o.value(QLatin1String("threshold"));
    if (!threshold.isDouble()) {
        *error = CoreTr::tr("%1: threshold must be a number").arg(who);
        return std::nullopt;
    }
    r.threshold = threshold.toDouble();
    const QString forText = o.value(QLatin1String("for")).toString(QStringLiteral("0s"));
    const std::optional<std::chrono::milliseconds> forDuration = parseDuration(forText);
    if (!forDuration) {
        *error = CoreTr::tr("%1: “for” is “%2”, not a duration such as 30s, 5m or 1h30m").arg(who, forText);
        return std::nullopt;
    }
    r.forDuration = *forDuration;
    r.enabled = o.value(QLatin1String("enabled")).toBool(true);
    const QString problem = r.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return r;
}

QList<AlertRule> builtInAlertRules()
{
    using namespace std::chrono_literals;
    auto rule = [](const char *id, Severity sev, StatusCheck check, Comparison cmp, double threshold, std::chrono::milliseconds forDuration,
                   const char *summary) {
        AlertRule r;
        r.id = QLatin1StringView(id);
        r.severity = sev;
        r.source = AlertRule::Source::Status;
        r.check = check;
        r.comparison = cmp;
        r.threshold = threshold;
        r.forDuration = forDuration;
        r.summary = QLatin1StringView(summary);
        r.builtIn = true;
        return r;
    };
    return {
        rule("node_down", Severity::Critical, StatusCheck::NodeDown, Comparison::Greater, 0, 30s,
             QT_TRANSLATE_NOOP("Ringside::Core", "Node {node} in datacenter {dc} of cluster {cluster} is down")),
        rule("disk_usage_high", Severity::Critical, StatusCheck::DiskUsagePercent, Comparison::Greater, 90, 5min,
             QT_TRANSLATE_NOOP("Ringside::Core", "The data volume of {node} ({cluster}/{dc}) is {value}% full (over {threshold}%)")),
        rule("pending_compactions_high", Severity::Warning, StatusCheck::PendingCompactions, Comparison::Greater, 100, 15min,
             QT_TRANSLATE_NOOP("Ringside::Core", "{node} ({cluster}/{dc}) has {value} pending compactions (over {threshold})")),
        rule("dropped_mutations", Severity::Warning, StatusCheck::DroppedMutations, Comparison::Greater, 0, 0s,
             QT_TRANSLATE_NOOP("Ringside::Core", "{node} ({cluster}/{dc}) dropped {value} mutations in the last 5 minutes")),
        rule("heap_pressure", Severity::Warning, StatusCheck::HeapUsagePercent, Comparison::Greater, 85, 5min,
             QT_TRANSLATE_NOOP("Ringside::Core", "The JVM heap of {node} ({cluster}/{dc}) is {value}% used (over {threshold}%)")),
        rule("backup_failed", Severity::Warning, StatusCheck::BackupFailed, Comparison::Greater, 0, 0s,
             QT_TRANSLATE_NOOP("Ringside::Core", "The last backup of cluster {cluster} ({label:operation}) failed")),
        rule("repair_failed", Severity::Warning, StatusCheck::RepairFailed, Comparison::Greater, 0, 0s,
             QT_TRANSLATE_NOOP("Ringside::Core", "The last repair of cluster {cluster} ({label:operation}) failed")),
    };
}

namespace AlertRuleFile {

std::optional<QList<AlertRule>> parse(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = CoreTr::tr("the alert rule file is not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (!doc.isObject() || version != 1) {
        *error = CoreTr::tr("the alert rule file must be an object with \"version\": 1 and a \"rules\" list");
        return std::nullopt;
    }
    const QJsonArray list = root.value(QLatin1String("rules")).toArray();
    QList<AlertRule> rules;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString ruleError;
        const std::optional<AlertRule> r = AlertRule::fromJson(list.at(i).toObject(), &ruleError);
        if (!r) {
            *error = CoreTr::tr("alert rule #%1: %2").arg(i + 1).arg(ruleError);
            return std::nullopt;
        }
        if (ids.contains(r->id)) {
            *error = CoreTr::tr("alert rule #%1: the id %2 is used twice").arg(i + 1).arg(r->id);
            return std::nullopt;
        }
        ids.insert(r->id);
        rules.append(*r);
    }
    return rules;
}

QByteArray serialize(const QList<AlertRule> &rules)
{
    QJsonArray list;
    for (const AlertRule &r : rules) {
        list.append(r.toJson());
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("rules"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<AlertRule>> load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = CoreTr::tr("cannot read the alert rules %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString parseError;
    std::optional<QList<AlertRule>> rules = parse(f.readAll(), &parseError);
    if (!rules) {
        *error = CoreTr::tr("%1: %2").arg(path, parseError);
    }
    return rules;
}

bool save(const QString &path, const QList<AlertRule> &rules, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = CoreTr::tr("cannot write the alert rules %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(serialize(rules));
    if (!f.commit()) {
        *error = CoreTr::tr("cannot write the alert rules %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace AlertRuleFile

} // namespace Ringside::Metrics
