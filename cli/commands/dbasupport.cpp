#include "dbasupport.h"

#include "clitr.h"
#include "clustersupport.h"

#include "cassandra/ops/guard.h"
#include "kubeconfig/kubeconfig.h"
#include "util/contextsettings.h"
#include "metrics/promcatalog.h"


namespace Ringside::Cli {

using namespace Metrics;

QString storedPrometheusUrl(const Invocation &inv, const QString &context)
{
    // The key layout lives in the core (util/contextsettings.h), shared with the app's AppSettings.
    return Ringside::storedPrometheusUrl(settingsFileOf(inv), context);
}

QString settingsFileOf(const Invocation &inv)
{
    const QString file = inv.env.value(QStringLiteral("RINGSIDE_SETTINGS"));
    return file.isEmpty() ? Cassandra::Ops::defaultSettingsFile() : file;
}

QString currentContextName(Invocation &inv)
{
    if (!inv.options.context.isEmpty()) {
        return inv.options.context;
    }
    Kubeconfig config;
    inv.loadKubeconfig(&config);
    return config.currentContext;
}

std::unique_ptr<PromClient> openPrometheus(Invocation &inv, const QString &context, const QString &flagUrl, const QString &caFile)
{
    QString url = flagUrl;
    QString where = QStringLiteral("--prometheus");
    if (url.isEmpty()) {
        url = inv.env.value(QStringLiteral("RINGSIDE_PROMETHEUS_URL"));
        where = QStringLiteral("$RINGSIDE_PROMETHEUS_URL");
    }
    if (url.isEmpty()) {
        url = storedPrometheusUrl(inv, context);
        where = Tr::tr("the Prometheus setting of context %1").arg(context);
    }
    if (url.isEmpty()) {
        inv.fail(Tr::tr("no Prometheus is set for context %1: pass --prometheus URL, set $RINGSIDE_PROMETHEUS_URL, or set the "
                        "context's Prometheus URL in Ringside's settings")
                     .arg(context));
        return nullptr;
    }
    QString error;
    std::optional<PromConfig> config = PromConfig::fromUrl(url, &error);
    if (!config) {
        inv.fail(Tr::tr("the Prometheus URL from %1 cannot be used: %2").arg(where, error));
        return nullptr;
    }
    config->bearerToken = inv.env.value(QStringLiteral("RINGSIDE_PROMETHEUS_TOKEN"));
    if (!caFile.isEmpty()) {
        const auto certs = PromConfig::loadCaFile(caFile, &error);
        if (!certs) {
            inv.fail(error);
            return nullptr;
        }
        config->caCertificates = *certs;
    }
    const QString invalid = config->validate();
    if (!invalid.isEmpty()) {
        inv.fail(invalid);
        return nullptr;
    }
    for (const QString &w : config->warnings()) {
        inv.err << "warning: " << w << '\n';
    }
    return std::make_unique<PromClient>(*config);
}

namespace {

QString describeFailure(const PromClient &client, const PromError &e)
{
    return Tr::tr("Prometheus at %1 failed: %2").arg(client.config().displayUrl().toString(), e.toString());
}

} // namespace

std::optional<QueryResult> blockingQueryRange(PromClient &client, const QString &promql, const QDateTime &start, const QDateTime &end,
                                              std::chrono::milliseconds step, QString *error)
{
    QueryResult result;
    PromError failure;
    if (await<QueryResult>([&](const QObject *ctx, auto ok, auto err) { client.queryRange(promql, start, end, step, ctx, ok, err); },
                           &result, &failure)) {
        return result;
    }
    *error = describeFailure(client, failure);
    return std::nullopt;
}

std::optional<QueryResult> blockingQuery(PromClient &client, const QString &promql, QString *error)
{
    QueryResult result;
    PromError failure;
    if (await<QueryResult>([&](const QObject *ctx, auto ok, auto err) { client.query(promql, QDateTime(), ctx, ok, err); }, &result,
                           &failure)) {
        return result;
    }
    *error = describeFailure(client, failure);
    return std::nullopt;
}

std::optional<Detection> blockingDetect(PromClient &client, const QString &cluster, QString *error)
{
    Detection result;
    PromError failure;
    if (await<Detection>([&](const QObject *ctx, auto ok, auto err) { detectFlavour(client, cluster, std::chrono::hours(6), ctx, ok, err); },
                         &result, &failure)) {
        return result;
    }
    *error = describeFailure(client, failure);
    return std::nullopt;
}

} // namespace Ringside::Cli
