#include "models/wizard/configoverrides.h"

#include "cassandra/ops/validation.h"
#include "models/wizard/wizardtr.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Ringside::Wizard {

namespace {

enum class Type { Int, Number, Bool, String, Enum, Duration, DataSize, DataRate, Quantity, Options, Map, Managed };

struct Key
{
    const char *name;
    Type type;
    const char *choices = nullptr; //!< Enum: '|'-separated; Managed: why
    bool modern = false;           //!< a 4.1-style name: Cassandra 4.1+ or HCD
};

// The cassandra.yaml settings a DBA commonly overrides at creation, with their types (Cassandra 3.11 to 5.0 and
// HCD; the 4.1 names with units next to the older *_in_ms / *_in_kb / *_in_mb ones).
const Key cassandraKeys[] = {
    {"num_tokens", Type::Int},
    {"allocate_tokens_for_local_replication_factor", Type::Int},
    {"authenticator", Type::Enum, "AllowAllAuthenticator|PasswordAuthenticator|com.datastax.bdp.cassandra.auth.DseAuthenticator"},
    {"authorizer", Type::Enum, "AllowAllAuthorizer|CassandraAuthorizer|com.datastax.bdp.cassandra.auth.DseAuthorizer"},
    {"role_manager", Type::Enum, "CassandraRoleManager|com.datastax.bdp.cassandra.auth.DseRoleManager"},
    {"network_authorizer", Type::Enum, "AllowAllNetworkAuthorizer|CassandraNetworkAuthorizer"},
    {"concurrent_reads", Type::Int},
    {"concurrent_writes", Type::Int},
    {"concurrent_counter_writes", Type::Int},
    {"concurrent_materialized_view_writes", Type::Int},
    {"concurrent_compactors", Type::Int},
    {"memtable_flush_writers", Type::Int},
    {"native_transport_max_threads", Type::Int},
    {"max_hints_delivery_threads", Type::Int},
    {"tombstone_warn_threshold", Type::Int},
    {"tombstone_failure_threshold", Type::Int},
    {"phi_convict_threshold", Type::Number},
    {"auto_snapshot", Type::Bool},
    {"incremental_backups", Type::Bool},
    {"snapshot_before_compaction", Type::Bool},
    {"hinted_handoff_enabled", Type::Bool},
    {"trickle_fsync", Type::Bool},
    {"cross_node_timeout", Type::Bool},
    {"enable_user_defined_functions", Type::Bool},
    {"enable_scripted_user_defined_functions", Type::Bool},
    {"enable_materialized_views", Type::Bool},
    {"enable_sasi_indexes", Type::Bool},
    {"enable_transient_replication", Type::Bool},
    {"enable_drop_compact_storage", Type::Bool},
    {"user_defined_functions_enabled", Type::Bool, nullptr, true},
    {"materialized_views_enabled", Type::Bool, nullptr, true},
    {"sasi_indexes_enabled", Type::Bool, nullptr, true},
    {"transient_replication_enabled", Type::Bool, nullptr, true},
    {"drop_compact_storage_enabled", Type::Bool, nullptr, true},
    {"commitlog_sync", Type::Enum, "periodic|batch|group"},
    {"disk_access_mode", Type::Enum, "auto|mmap|mmap_index_only|standard"},
    {"disk_optimization_strategy", Type::Enum, "ssd|spinning"},
    {"internode_compression", Type::Enum, "all|dc|none"},
    {"memtable_allocation_type", Type::Enum, "unslabbed_heap_buffers|unslabbed_heap_buffers_logged|heap_buffers|offheap_buffers|offheap_objects"},
    {"read_request_timeout_in_ms", Type::Int},
    {"write_request_timeout_in_ms", Type::Int},
    {"range_request_timeout_in_ms", Type::Int},
    {"counter_write_request_timeout_in_ms", Type::Int},
    {"cas_contention_timeout_in_ms", Type::Int},
    {"truncate_request_timeout_in_ms", Type::Int},
    {"request_timeout_in_ms", Type::Int},
    {"max_hint_window_in_ms", Type::Int},
    {"commitlog_sync_period_in_ms", Type::Int},
    {"gc_warn_threshold_in_ms", Type::Int},
    {"gc_log_threshold_in_ms", Type::Int},
    {"batch_size_warn_threshold_in_kb", Type::Int},
    {"batch_size_fail_threshold_in_kb", Type::Int},
    {"column_index_size_in_kb", Type::Int},
    {"hinted_handoff_throttle_in_kb", Type::Int},
    {"compaction_throughput_mb_per_sec", Type::Int},
    {"stream_throughput_outbound_megabits_per_sec", Type::Int},
    {"key_cache_size_in_mb", Type::Int},
    {"row_cache_size_in_mb", Type::Int},
    {"counter_cache_size_in_mb", Type::Int},
    {"commitlog_segment_size_in_mb", Type::Int},
    {"commitlog_total_space_in_mb", Type::Int},
    {"memtable_heap_space_in_mb", Type::Int},
    {"memtable_offheap_space_in_mb", Type::Int},
    {"read_request_timeout", Type::Duration, nullptr, true},
    {"write_request_timeout", Type::Duration, nullptr, true},
    {"range_request_timeout", Type::Duration, nullptr, true},
    {"counter_write_request_timeout", Type::Duration, nullptr, true},
    {"cas_contention_timeout", Type::Duration, nullptr, true},
    {"truncate_request_timeout", Type::Duration, nullptr, true},
    {"request_timeout", Type::Duration, nullptr, true},
    {"max_hint_window", Type::Duration, nullptr, true},
    {"commitlog_sync_period", Type::Duration, nullptr, true},
    {"gc_warn_threshold", Type::Duration, nullptr, true},
    {"gc_log_threshold", Type::Duration, nullptr, true},
    {"batch_size_warn_threshold", Type::DataSize, nullptr, true},
    {"batch_size_fail_threshold", Type::DataSize, nullptr, true},
    {"column_index_size", Type::DataSize, nullptr, true},
    {"key_cache_size", Type::DataSize, nullptr, true},
    {"row_cache_size", Type::DataSize, nullptr, true},
    {"counter_cache_size", Type::DataSize, nullptr, true},
    {"commitlog_segment_size", Type::DataSize, nullptr, true},
    {"commitlog_total_space", Type::DataSize, nullptr, true},
    {"memtable_heap_space", Type::DataSize, nullptr, true},
    {"memtable_offheap_space", Type::DataSize, nullptr, true},
    {"compaction_throughput", Type::DataRate, nullptr, true},
    {"stream_throughput_outbound", Type::DataRate, nullptr, true},
    {"hinted_handoff_throttle", Type::DataSize, nullptr, true},
    {"audit_logging_options", Type::Map},
    {"full_query_logging_options", Type::Map},
    {"client_encryption_options", Type::Map},
    {"server_encryption_options", Type::Map},
    {"cluster_name", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the cluster name")},
    {"seed_provider", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the seeds")},
    {"listen_address", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the pod addresses")},
    {"rpc_address", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the pod addresses")},
    {"broadcast_address", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the pod addresses")},
    {"broadcast_rpc_address", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the pod addresses")},
    {"endpoint_snitch", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the snitch (GossipingPropertyFileSnitch with the racks of the datacenter page)")},
    {"data_file_directories", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the data volume (the storage page)")},
    {"commitlog_directory", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the data volume (the storage page)")},
    {"saved_caches_directory", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the data volume (the storage page)")},
    {"hints_directory", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the data volume (the storage page)")},
};

// config.jvmOptions of k8ssandra-operator (the keys the bundled schema models, plus the common G1 and JMX ones).
const Key jvmKeys[] = {
    {"heap_initial_size", Type::Quantity},
    {"heap_max_size", Type::Quantity},
    {"heapNewGenSize", Type::Quantity},
    {"gc", Type::Enum, "G1GC|CMS|ZGC|Shenandoah|Graal|Custom"},
    {"gc_g1_rset_updating_pause_time_percent", Type::Int},
    {"gc_g1_max_gc_pause_ms", Type::Int},
    {"gc_g1_initiating_heap_occupancy_percent", Type::Int},
    {"gc_g1_parallel_threads", Type::Int},
    {"gc_g1_conc_threads", Type::Int},
    {"gc_print_details", Type::Bool},
    {"jmx_port", Type::Int},
    {"jmx_connection_type", Type::Enum, "local-no-auth|local-with-auth|remote-no-auth|remote-with-auth"},
    {"vm_always_pre_touch", Type::Bool},
    {"vm_disable_biased_locking", Type::Bool},
    {"additionalOptions", Type::Options},
    {"additionalJvmServerOptions", Type::Options},
    {"additionalJvm11ServerOptions", Type::Options},
    {"additionalJvm8ServerOptions", Type::Options},
    {"heapSize", Type::Managed, QT_TRANSLATE_NOOP("Ringside::Wizard", "the heap (the Resources page)")},
};

bool modernNames(const QString &serverType, const QString &version)
{
    if (serverType == QLatin1String("hcd")) {
        return true;
    }
    return serverType == QLatin1String("cassandra") && Cassandra::Ops::compareVersions(version, QStringLiteral("4.1")) >= 0;
}

int distance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        prev[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString describe(const QJsonValue &v)
{
    if (v.isString()) {
        return u'"' + v.toString() + u'"';
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    if (v.isArray()) {
        return WizardTr::tr("a list");
    }
    if (v.isObject()) {
        return WizardTr::tr("a mapping");
    }
    return WizardTr::tr("nothing");
}

/*! Why \a v is not of \a key's type, or an empty string. */
QString typeError(const Key &key, const QJsonValue &v)
{
    const QString name = QLatin1String(key.name);
    static const QRegularExpression duration(QStringLiteral("^[0-9]+(ns|us|µs|ms|s|m|h|d)$"));
    static const QRegularExpression dataSize(QStringLiteral("^[0-9]+(B|KiB|MiB|GiB|TiB)$"));
    static const QRegularExpression dataRate(QStringLiteral("^[0-9]+(B/s|KiB/s|MiB/s|GiB/s)$"));
    switch (key.type) {
    case Type::Int:
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0) {
            return WizardTr::tr("%1 must be a whole number, not %2").arg(name, describe(v));
        }
        return {};
    case Type::Number:
        if (!v.isDouble()) {
            return WizardTr::tr("%1 must be a number, not %2").arg(name, describe(v));
        }
        return {};
    case Type::Bool:
        if (!v.isBool()) {
            return WizardTr::tr("%1 must be true or false, not %2").arg(name, describe(v));
        }
        return {};
    case Type::String:
        if (!v.isString()) {
            return WizardTr::tr("%1 must be text, not %2").arg(name, describe(v));
        }
        return {};
    case Type::Enum: {
        const QStringList choices = QString::fromLatin1(key.choices).split(u'|');
        if (!v.isString() || !choices.contains(v.toString())) {
            return WizardTr::tr("%1 must be one of %2, not %3").arg(name, choices.join(QLatin1String(", ")), describe(v));
        }
        return {};
    }
    case Type::Duration:
        if (!v.isString() || !duration.match(v.toString()).hasMatch()) {
            return WizardTr::tr("%1 must be a duration such as 5000ms or 10s, not %2").arg(name, describe(v));
        }
        return {};
    case Type::DataSize:
        if (!v.isString() || !dataSize.match(v.toString()).hasMatch()) {
            return WizardTr::tr("%1 must be a data size such as 64KiB or 100MiB, not %2").arg(name, describe(v));
        }
        return {};
    case Type::DataRate:
        if (!v.isString() || !dataRate.match(v.toString()).hasMatch()) {
            return WizardTr::tr("%1 must be a data rate such as 64MiB/s, not %2").arg(name, describe(v));
        }
        return {};
    case Type::Quantity: {
        const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        if ((!v.isString() && !v.isDouble()) || !Cassandra::Ops::checkQuantity(text, name).isEmpty()) {
            return WizardTr::tr("%1 must be a quantity such as 512Mi or 2Gi, not %2").arg(name, describe(v));
        }
        return {};
    }
    case Type::Options: {
        if (!v.isArray()) {
            return WizardTr::tr("%1 must be a list of JVM options (e.g. [\"-XX:+UseNUMA\"]), not %2").arg(name, describe(v));
        }
        const QJsonArray options = v.toArray();
        for (const QJsonValue &o : options) {
            if (!o.isString() || !o.toString().startsWith(u'-')) {
                return WizardTr::tr("%1: %2 is not a JVM option (they start with '-')").arg(name, describe(o));
            }
        }
        return {};
    }
    case Type::Map:
        if (!v.isObject()) {
            return WizardTr::tr("%1 must be a mapping of its sub-settings, not %2").arg(name, describe(v));
        }
        return {};
    case Type::Managed:
        return WizardTr::tr("%1 is set by the operator from %2; it cannot be overridden").arg(name, WizardTr::tr(key.choices));
    }
    return {};
}

int lineOf(const QString &text, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^[\"']?") + QRegularExpression::escape(key) + QStringLiteral("[\"']?\\s*:"));
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch()) {
            return int(i + 1);
        }
    }
    return 0;
}

template<std::size_t N>
ConfigCheck check(const QString &text, const Key (&keys)[N], const QString &what, const std::function<bool(const Key &)> &available)
{
    ConfigCheck result;
    if (text.trimmed().isEmpty()) {
        return result;
    }
    const Yaml::ParseResult parsed = Yaml::parse(text.toUtf8());
    if (!parsed.ok()) {
        result.problems << ConfigProblem{parsed.error->mark.line, {}, parsed.error->message};
        return result;
    }
    if (parsed.documents.size() != 1 || !parsed.documents.constFirst().isObject()) {
        result.problems << ConfigProblem{0, {}, WizardTr::tr("write the %1 overrides as \"key: value\" lines").arg(what)};
        return result;
    }
    const QJsonObject o = parsed.documents.constFirst().toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int line = lineOf(text, it.key());
        const Key *found = nullptr;
        for (const Key &k : keys) {
            if (it.key() == QLatin1String(k.name)) {
                found = &k;
                break;
            }
        }
        if (!found) {
            QString best;
            int bestDistance = 4;
            for (const Key &k : keys) {
                const int d = distance(it.key(), QLatin1String(k.name));
                if (d < bestDistance && available(k)) {
                    bestDistance = d;
                    best = QLatin1String(k.name);
                }
            }
            result.problems << ConfigProblem{line, it.key(),
                                             best.isEmpty() ? WizardTr::tr("unknown %1 key \"%2\"").arg(what, it.key())
                                                            : WizardTr::tr("unknown %1 key \"%2\" (did you mean %3?)").arg(what, it.key(), best)};
            continue;
        }
        if (!available(*found)) {
            result.problems << ConfigProblem{line, it.key(),
                                             WizardTr::tr("%1 is a Cassandra 4.1 name; this version reads the older name with a unit "
                                                          "suffix (e.g. read_request_timeout_in_ms)")
                                                 .arg(it.key())};
            continue;
        }
        const QString error = typeError(*found, it.value());
        if (!error.isEmpty()) {
            result.problems << ConfigProblem{line, it.key(), error};
            continue;
        }
        result.values.insert(it.key(), it.value());
    }
    std::sort(result.problems.begin(), result.problems.end(), [](const ConfigProblem &a, const ConfigProblem &b) { return a.line < b.line; });
    return result;
}

} // namespace

QString ConfigProblem::toString() const
{
    return line > 0 ? WizardTr::tr("line %1: %2").arg(line).arg(message) : message;
}

QString ConfigCheck::errorText() const
{
    QStringList lines;
    for (const ConfigProblem &p : problems) {
        lines << p.toString();
    }
    return lines.join(u'\n');
}

ConfigCheck checkCassandraYaml(const QString &text, const QString &serverType, const QString &version)
{
    const bool modern = modernNames(serverType, version);
    return check(text, cassandraKeys, QStringLiteral("cassandra.yaml"), [modern](const Key &k) { return modern || !k.modern; });
}

ConfigCheck checkJvmOptions(const QString &text)
{
    return check(text, jvmKeys, WizardTr::tr("JVM option"), [](const Key &) { return true; });
}

QStringList knownCassandraYamlKeys(const QString &serverType, const QString &version)
{
    const bool modern = modernNames(serverType, version);
    QStringList keys;
    for (const Key &k : cassandraKeys) {
        if (k.type != Type::Managed && (modern || !k.modern)) {
            keys << QLatin1String(k.name);
        }
    }
    keys.sort();
    return keys;
}

QStringList knownJvmOptionKeys()
{
    QStringList keys;
    for (const Key &k : jvmKeys) {
        if (k.type != Type::Managed) {
            keys << QLatin1String(k.name);
        }
    }
    keys.sort();
    return keys;
}

} // namespace Ringside::Wizard
