// ringsidectl config set-prometheus|get-prometheus: the per-context Prometheus URL, in the same settings file and key
// as the app (util/contextsettings.h), so a CLI user can set it without the GUI.
#include "clitr.h"
#include "command.h"
#include "dbasupport.h"
#include "flags.h"
#include "output.h"

#include "kubeconfig/kubeconfig.h"
#include "util/contextsettings.h"

#include <QJsonObject>

namespace Ringside::Cli {

int configSetPrometheus(Invocation &inv)
{
    CommandFlags flags({{"unset", 0, false}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    const QStringList args = flags.positional();
    const bool unset = flags.on("unset");
    if (args.size() != (unset ? 1 : 2)) {
        inv.err << "error: "
                << Tr::tr(
                       "usage: ringsidectl config set-prometheus CONTEXT URL | config set-prometheus CONTEXT --unset")
                << '\n';
        return ExitUsage;
    }
    const QString context = args.constFirst();
    Kubeconfig config;
    inv.loadKubeconfig(&config);
    if (!config.context(context)) {
        return inv.fail(Tr::tr("context %1 not found in the kubeconfig; nothing was stored").arg(context));
    }
    const QString url = unset ? QString() : args.at(1).trimmed();
    if (!unset && url.isEmpty()) {
        return inv.fail(Tr::tr("the URL is empty; use --unset to remove the context's Prometheus URL"));
    }
    const QString file = settingsFileOf(inv);
    QString error;
    if (!storePrometheusUrl(file, context, url, &error)) {
        return inv.fail(error);
    }
    if (unset) {
        inv.out << Tr::tr("Prometheus URL of context %1 removed (%2)").arg(context, file) << '\n';
    } else {
        inv.out << Tr::tr("Prometheus URL of context %1 set to %2 (%3)").arg(context, url, file) << '\n';
    }
    return ExitOk;
}

int configGetPrometheus(Invocation &inv)
{
    if (inv.args.size() > 1) {
        inv.err << "error: " << Tr::tr("usage: ringsidectl config get-prometheus [CONTEXT] [-o json|yaml]") << '\n';
        return ExitUsage;
    }
    const QString format = inv.options.output;
    if (!format.isEmpty() && !isStructuredFormat(format)) {
        return inv.fail(Tr::tr("output must be one of '', 'json' or 'yaml'"));
    }
    const QString context = inv.args.isEmpty() ? currentContextName(inv) : inv.args.constFirst();
    if (context.isEmpty()) {
        return inv.fail(Tr::tr("no context given and the kubeconfig has no current context"));
    }
    const QString file = settingsFileOf(inv);
    const QString url = Ringside::storedPrometheusUrl(file, context);
    if (isStructuredFormat(format)) {
        const QJsonObject o{{QStringLiteral("context"), context},
                            {QStringLiteral("prometheusUrl"), url},
                            {QStringLiteral("settingsFile"), file}};
        QString error;
        if (!printStructured(inv.out, o, format, &error)) {
            return inv.fail(error);
        }
        return ExitOk;
    }
    if (url.isEmpty()) {
        return inv.fail(Tr::tr("no Prometheus URL is set for context %1 (in %2); set one with: ringsidectl config "
                               "set-prometheus %1 URL")
                            .arg(context, file));
    }
    inv.out << url << '\n';
    return ExitOk;
}

} // namespace Ringside::Cli
