#pragma once

// Shared by the DBA commands (alerts, metrics): the per-context Prometheus URL, read from the same settings key the
// GUI writes (AppSettings::prometheusUrl: `contexts/<percent-encoded context>/prometheusUrl` in Ringside/ringside.ini),
// and blocking Prometheus queries for a command-line tool.
// The key layout itself is the core's (util/contextsettings.h).

#include "command.h"

#include "metrics/promcatalog.h"
#include "metrics/promclient.h"

#include <memory>
#include <optional>

namespace Ringside::Cli {

/*! The Prometheus URL stored for \a context: the file in $RINGSIDE_SETTINGS when set, else the GUI's settings. */
QString storedPrometheusUrl(const Invocation &inv, const QString &context);
/*! Ringside's settings file for this invocation: $RINGSIDE_SETTINGS when set, else the app's (defaultSettingsFile()). */
QString settingsFileOf(const Invocation &inv);

/*! The Prometheus of the command: \a flagUrl (--prometheus), else $RINGSIDE_PROMETHEUS_URL, else the context's
    setting. Prints the error (naming where it looked) and returns nothing when there is none or it is unusable. Bearer
    token from $RINGSIDE_PROMETHEUS_TOKEN (never from a flag: it would show in `ps`), CA file from --prometheus-ca. */
std::unique_ptr<Metrics::PromClient> openPrometheus(Invocation &inv, const QString &context, const QString &flagUrl, const QString &caFile);

/*! Runs one query_range and waits; sets \a error (naming the query and the server) on failure. */
std::optional<Metrics::QueryResult> blockingQueryRange(Metrics::PromClient &client, const QString &promql, const QDateTime &start,
                                                       const QDateTime &end, std::chrono::milliseconds step, QString *error);
/*! Runs one instant query and waits; sets \a error on failure. */
std::optional<Metrics::QueryResult> blockingQuery(Metrics::PromClient &client, const QString &promql, QString *error);
/*! Finds the flavour of \a cluster's metrics and waits; sets \a error on failure. */
std::optional<Metrics::Detection> blockingDetect(Metrics::PromClient &client, const QString &cluster, QString *error);

/*! The current context: --context, else the kubeconfig's. */
QString currentContextName(Invocation &inv);

} // namespace Ringside::Cli
