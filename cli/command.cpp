#include "command.h"

#include "clitr.h"
#include "kubeconfig/kubeconfigloader.h"

namespace Ringside::Cli {

namespace {

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table{
        {{QStringLiteral("config"), QStringLiteral("get-contexts")}, "config get-contexts [NAME...] [-o name|json|yaml] [--no-headers]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List the contexts of the kubeconfig, marking the current one"), &configGetContexts},
        {{QStringLiteral("config"), QStringLiteral("current-context")}, "config current-context",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Print the current context"), &configCurrentContext},
        {{QStringLiteral("config"), QStringLiteral("use-context")}, "config use-context NAME",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Set the current context in the kubeconfig file that owns it"), &configUseContext},
        {{QStringLiteral("config"), QStringLiteral("view")}, "config view [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Show the merged kubeconfig, with secrets redacted"), &configView},
    };
    return table;
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("ringsidectl: Cassandra on Kubernetes from the command line.") << "\n\n"
        << Tr::tr("Usage:") << "\n  ringsidectl COMMAND [ARGS] [FLAGS]\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const CommandInfo &c : commands()) {
        out << "  " << QString::fromLatin1(c.usage).leftJustified(60) << ' ' << Tr::tr(c.summary) << '\n';
    }
    out << '\n'
        << Tr::tr("Global flags:") << '\n'
        << "  --kubeconfig FILE   " << Tr::tr("the kubeconfig file to use (default: $KUBECONFIG, else ~/.kube/config)") << '\n'
        << "  --context NAME      " << Tr::tr("the kubeconfig context to use") << '\n'
        << "  -n, --namespace NS  " << Tr::tr("the namespace") << '\n'
        << "  -A, --all-namespaces" << Tr::tr(" all namespaces") << '\n'
        << "  -o, --output FMT    " << Tr::tr("output format: table, wide, name, json or yaml") << '\n'
        << "  -y, --yes           " << Tr::tr("do not ask before destructive operations") << '\n'
        << "  --wait, --no-wait   " << Tr::tr("wait, or not, for long operations to finish") << '\n'
        << "  --timeout DURATION  " << Tr::tr("give up after this long (e.g. 30s, 5m)") << '\n'
        << "  -v N                " << Tr::tr("verbosity; credentials are never printed") << '\n'
        << '\n'
        << Tr::tr("Exit codes: 0 success, 1 error, 2 bad usage, 3 not confirmed.") << '\n';
}

} // namespace

KubeconfigLoadingRules Invocation::loadingRules() const
{
    return KubeconfigLoadingRules::fromEnvironment(options.kubeconfig, env);
}

bool Invocation::loadKubeconfig(Kubeconfig *config) const
{
    *config = KubeconfigLoader::load(loadingRules());
    for (const KubeconfigIssue &issue : std::as_const(config->issues)) {
        err << issue.toString() << '\n';
    }
    err.flush();
    return !config->hasErrors();
}

int Invocation::fail(const QString &message) const
{
    err << "error: " << message << '\n';
    err.flush();
    return ExitError;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err, const QProcessEnvironment &env)
{
    Options options;
    QString error;
    if (!options.parse(args, &error)) {
        err << "error: " << error << '\n';
        return ExitUsage;
    }
    if (options.positional.isEmpty() || options.positional.constFirst() == QLatin1String("help")) {
        printHelp(out);
        return options.positional.isEmpty() && !options.help ? ExitUsage : ExitOk;
    }
    if (options.positional.constFirst() == QLatin1String("version")) {
        out << "ringsidectl " << RINGSIDE_VERSION << '\n';
        return ExitOk;
    }
    const CommandInfo *best = nullptr;
    for (const CommandInfo &c : commands()) {
        if (options.positional.mid(0, c.words.size()) == c.words && (!best || c.words.size() > best->words.size())) {
            best = &c;
        }
    }
    if (!best) {
        err << "error: " << Tr::tr("unknown command \"%1\" for \"ringsidectl\"").arg(options.positional.join(u' ')) << '\n'
            << Tr::tr("Run 'ringsidectl help' for usage.") << '\n';
        return ExitUsage;
    }
    if (options.help) {
        out << "Usage: ringsidectl " << best->usage << "\n\n" << Tr::tr(best->summary) << '\n';
        return ExitOk;
    }
    Invocation inv{options, options.positional.mid(best->words.size()), out, err, env};
    const int code = best->run(inv);
    out.flush();
    err.flush();
    return code;
}

} // namespace Ringside::Cli
