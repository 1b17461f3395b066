// Shell completion, the man page and `help exit-codes`, all generated from the command table: the shell scripts
// are small and ask `ringsidectl __complete WORDS...` for candidates (command words, flags, contexts of the
// kubeconfig, cluster names of the context), so bash, zsh and fish complete the same things.
#include "clitr.h"
#include "clustersupport.h"
#include "command.h"

#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace Ringside::Cli {

namespace {

/*! The flags a command's usage mentions ("--dc", "-f"), in order, unique. */
QStringList flagsOf(const CommandInfo &c)
{
    static const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![A-Za-z0-9-])"));
    QStringList out;
    QRegularExpressionMatchIterator it = re.globalMatch(QString::fromLatin1(c.usage));
    while (it.hasNext()) {
        const QString f = it.next().captured(1);
        if (!out.contains(f)) {
            out << f;
        }
    }
    return out;
}

const QStringList GlobalFlags{QStringLiteral("--kubeconfig"), QStringLiteral("--context"), QStringLiteral("--namespace"),
                              QStringLiteral("--all-namespaces"), QStringLiteral("--output"), QStringLiteral("--yes"),
                              QStringLiteral("--wait"), QStringLiteral("--no-wait"), QStringLiteral("--timeout"),
                              QStringLiteral("--no-headers"), QStringLiteral("--help")};

/*! The command whose words the positional words start with (the longest), or null. */
const CommandInfo *matchCommand(const QStringList &positional)
{
    const CommandInfo *best = nullptr;
    for (const CommandInfo &c : commandTable()) {
        if (positional.mid(0, c.words.size()) == c.words && (!best || c.words.size() > best->words.size())) {
            best = &c;
        }
    }
    return best;
}

/*! True when the command's first argument is a cluster name. */
bool takesCluster(const CommandInfo &c)
{
    const QString usage = QString::fromLatin1(c.usage).mid(c.words.join(u' ').size()).trimmed();
    return usage.startsWith(QLatin1String("CLUSTER")) || usage.startsWith(QLatin1String("NAME"))
        || usage.startsWith(QLatin1String("[CLUSTER]")) || usage.startsWith(QLatin1String("PANEL CLUSTER"));
}

QStringList contextNames(Invocation &inv)
{
    Kubeconfig config = KubeconfigLoader::load(inv.loadingRules());
    QStringList names;
    for (const auto &c : std::as_const(config.contexts)) {
        names << c.name;
    }
    return names;
}

QStringList clusterNames(Invocation &inv)
{
    QString sink;
    QTextStream quiet(&sink);
    Invocation silent{inv.options, {}, quiet, quiet, inv.env};
    if (silent.options.timeout.isEmpty()) {
        silent.options.timeout = QStringLiteral("3s");
    }
    ClusterSession s(silent);
    if (!s.open()) {
        return {};
    }
    const auto t = s.topology();
    QStringList names;
    if (t) {
        for (const auto &c : t->clusters) {
            names << c.name;
        }
    }
    return names;
}

QString escapeTroff(QString text)
{
    text.replace(u'\\', QLatin1String("\\e"));
    text.replace(u'-', QLatin1String("\\-"));
    if (text.startsWith(u'.') || text.startsWith(u'\'')) {
        text.prepend(QLatin1String("\\&"));
    }
    return text;
}

} // namespace

QStringList completionCandidates(Invocation &inv, const QStringList &typed)
{
    const QString current = typed.isEmpty() ? QString() : typed.constLast();
    const QStringList before = typed.mid(0, typed.size() - 1);
    const QString previous = before.isEmpty() ? QString() : before.constLast();
    QStringList candidates;
    // Values of the global flags.
    if (previous == QLatin1String("--context")) {
        candidates = contextNames(inv);
    } else if (previous == QLatin1String("-o") || previous == QLatin1String("--output")) {
        candidates = {QStringLiteral("table"), QStringLiteral("wide"), QStringLiteral("name"), QStringLiteral("json"), QStringLiteral("yaml")};
    } else if (previous == QLatin1String("--level")) {
        candidates = {QStringLiteral("TRACE"), QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARN"), QStringLiteral("ERROR")};
    } else if (previous == QLatin1String("--type")) {
        candidates = {QStringLiteral("cassandra"), QStringLiteral("dse"), QStringLiteral("hcd"), QStringLiteral("full"), QStringLiteral("differential")};
    } else {
        // The positional words so far (flags and their values left out) pick the command.
        QStringList positional;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QString &w = before.at(i);
            if (w.startsWith(u'-')) {
                static const QStringList valued{QStringLiteral("--context"), QStringLiteral("--kubeconfig"), QStringLiteral("-n"),
                                                QStringLiteral("--namespace"), QStringLiteral("-o"), QStringLiteral("--output"),
                                                QStringLiteral("--timeout")};
                if (valued.contains(w)) {
                    ++i;
                }
                continue;
            }
            positional << w;
        }
        const CommandInfo *command = matchCommand(positional);
        if (current.startsWith(u'-')) {
            candidates = GlobalFlags;
            if (command) {
                for (const QString &f : flagsOf(*command)) {
                    if (!candidates.contains(f)) {
                        candidates << f;
                    }
                }
            }
        } else {
            // Next command words of every command that the words so far begin.
            for (const CommandInfo &c : commandTable()) {
                if (c.words.size() > positional.size() && c.words.mid(0, positional.size()) == positional) {
                    candidates << c.words.at(positional.size());
                }
            }
            if (positional.isEmpty()) {
                candidates << QStringLiteral("help") << QStringLiteral("version");
            } else if (positional == QStringList{QStringLiteral("help")}) {
                candidates << QStringLiteral("exit-codes") << QStringLiteral("--man");
            } else if (positional == QStringList{QStringLiteral("completion")}) {
                candidates << QStringLiteral("bash") << QStringLiteral("zsh") << QStringLiteral("fish");
            }
            // The first argument of a cluster command: the clusters of the context (the second for metrics PANEL).
            if (command && takesCluster(*command)) {
                const qsizetype args = positional.size() - command->words.size();
                const bool panelFirst = command->words == QStringList{QStringLiteral("metrics")};
                if (panelFirst && args == 0) {
                    candidates << QStringLiteral("list");
                }
                if (args == (panelFirst ? 1 : 0)) {
                    Invocation scoped{inv.options, {}, inv.out, inv.err, inv.env};
                    // The context and namespace typed on the line count.
                    for (qsizetype i = 0; i + 1 < before.size(); ++i) {
                        if (before.at(i) == QLatin1String("--context")) {
                            scoped.options.context = before.at(i + 1);
                        } else if (before.at(i) == QLatin1String("-n") || before.at(i) == QLatin1String("--namespace")) {
                            scoped.options.nameSpace = before.at(i + 1);
                        } else if (before.at(i) == QLatin1String("--kubeconfig")) {
                            scoped.options.kubeconfig = before.at(i + 1);
                        }
                    }
                    candidates << clusterNames(scoped);
                }
            }
        }
    }
    QStringList out;
    for (const QString &c : std::as_const(candidates)) {
        if (c.startsWith(current) && !out.contains(c)) {
            out << c;
        }
    }
    return out;
}

int completeCommand(Invocation &inv)
{
    for (const QString &c : completionCandidates(inv, inv.args)) {
        inv.out << c << '\n';
    }
    return ExitOk;
}

int completionCommand(Invocation &inv)
{
    const QString shell = inv.args.value(0);
    if (inv.args.size() != 1) {
        inv.err << "error: " << Tr::tr("usage: ringsidectl completion bash|zsh|fish") << '\n';
        return ExitUsage;
    }
    if (shell == QLatin1String("bash")) {
        inv.out << "# bash completion for ringsidectl: source <(ringsidectl completion bash)\n"
                   "_ringsidectl() {\n"
                   "    local IFS=$'\\n'\n"
                   "    COMPREPLY=( $(\"${RINGSIDECTL:-ringsidectl}\" __complete \"${COMP_WORDS[@]:1:COMP_CWORD}\" 2>/dev/null) )\n"
                   "}\n"
                   "complete -o default -F _ringsidectl ringsidectl\n";
    } else if (shell == QLatin1String("zsh")) {
        inv.out << "#compdef ringsidectl\n"
                   "# zsh completion for ringsidectl: put it in $fpath as _ringsidectl, or source <(ringsidectl completion zsh)\n"
                   "_ringsidectl() {\n"
                   "    local -a candidates\n"
                   "    candidates=(\"${(@f)$(\"${RINGSIDECTL:-ringsidectl}\" __complete \"${(@)words[2,CURRENT]}\" 2>/dev/null)}\")\n"
                   "    compadd -a candidates\n"
                   "}\n"
                   "if [ \"$funcstack[1]\" = \"_ringsidectl\" ]; then\n"
                   "    _ringsidectl \"$@\"\n"
                   "else\n"
                   "    compdef _ringsidectl ringsidectl\n"
                   "fi\n";
    } else if (shell == QLatin1String("fish")) {
        inv.out << "# fish completion for ringsidectl: ringsidectl completion fish | source\n"
                   "function __ringsidectl_complete\n"
                   "    set -l tokens (commandline -opc) (commandline -ct)\n"
                   "    set -l program ringsidectl\n"
                   "    set -q RINGSIDECTL; and set program $RINGSIDECTL\n"
                   "    $program __complete $tokens[2..-1] 2>/dev/null\n"
                   "end\n"
                   "complete -c ringsidectl -f -a '(__ringsidectl_complete)'\n";
    } else {
        return inv.fail(Tr::tr("unknown shell \"%1\": use bash, zsh or fish").arg(shell));
    }
    return ExitOk;
}

void printExitCodes(QTextStream &out)
{
    out << Tr::tr("ringsidectl exit codes:") << "\n\n"
        << "  0  " << Tr::tr("success (auth can-i: the answer is yes; alerts: evaluated, whatever was found)") << '\n'
        << "  1  " << Tr::tr("an error: the server refused, a resource was not found, a wait timed out, a write was refused because the\n"
                             "     context is read-only or the user may not do it (nothing was sent), bad flags of a command (as kubectl);\n"
                             "     auth can-i: the answer is no")
        << '\n'
        << "  2  " << Tr::tr("bad usage: an unknown command, bad global flags, or missing arguments of a cluster command") << '\n'
        << "  3  " << Tr::tr("not confirmed: a destructive operation was not confirmed (no terminal, or not answered yes); nothing was sent")
        << '\n'
        << "  N  " << Tr::tr("exec: the remote command's own exit status") << '\n';
}

void printManPage(QTextStream &out)
{
    out << ".\\\" Generated by `ringsidectl help --man` from the command table.\n"
        << ".TH RINGSIDECTL 1 \"\" \"ringsidectl " << RINGSIDE_VERSION << "\" \"User Commands\"\n"
        << ".SH NAME\nringsidectl \\- Cassandra, DSE and HCD on Kubernetes from the command line\n"
        << ".SH SYNOPSIS\n.B ringsidectl\n.I COMMAND\n[\\fIARGS\\fR] [\\fIFLAGS\\fR]\n"
        << ".SH DESCRIPTION\n"
        << escapeTroff(Tr::tr("ringsidectl reads the kubeconfig as kubectl does and works with the Cassandra clusters of a context: "
                              "Mission Control (MissionControlCluster), k8ssandra-operator (K8ssandraCluster) or cass-operator "
                              "(CassandraDatacenter). Writes go through a server dry run first, are refused for read-only contexts and "
                              "when the server says the user may not do them, and are recorded in a local operation log."))
        << "\n.SH COMMANDS\n";
    for (const CommandInfo &c : commandTable()) {
        out << ".TP\n.B " << escapeTroff(QString::fromLatin1(c.usage)) << '\n' << escapeTroff(Tr::tr(c.summary)) << '\n';
    }
    out << ".TP\n.B help [exit\\-codes | \\-\\-man]\n" << escapeTroff(Tr::tr("Show the commands, the exit codes, or this page")) << '\n'
        << ".TP\n.B version\n" << escapeTroff(Tr::tr("Print the version")) << '\n'
        << ".SH GLOBAL FLAGS\n";
    const QList<QPair<QString, QString>> flags{
        {QStringLiteral("--kubeconfig FILE"), Tr::tr("the kubeconfig file to use (default: $KUBECONFIG, else ~/.kube/config)")},
        {QStringLiteral("--context NAME"), Tr::tr("the kubeconfig context to use")},
        {QStringLiteral("-n, --namespace NS"), Tr::tr("the namespace")},
        {QStringLiteral("-A, --all-namespaces"), Tr::tr("all namespaces")},
        {QStringLiteral("-o, --output FMT"), Tr::tr("output format: table, wide, name, json or yaml")},
        {QStringLiteral("-y, --yes"), Tr::tr("do not ask before destructive operations")},
        {QStringLiteral("--wait, --no-wait"), Tr::tr("wait, or not, for long operations to finish (a progress bar on a terminal, lines otherwise)")},
        {QStringLiteral("--timeout DURATION"), Tr::tr("give up after this long (e.g. 30s, 5m)")},
    };
    for (const auto &[flag, text] : flags) {
        out << ".TP\n.B " << escapeTroff(flag) << '\n' << escapeTroff(text) << '\n';
    }
    out << ".SH EXIT STATUS\n.nf\n";
    QString codes;
    QTextStream codesOut(&codes);
    printExitCodes(codesOut);
    codesOut.flush();
    out << escapeTroff(codes) << ".fi\n"
        << ".SH ENVIRONMENT\n"
        << ".TP\n.B KUBECONFIG\n" << escapeTroff(Tr::tr("the kubeconfig files, as for kubectl")) << '\n'
        << ".TP\n.B RINGSIDE_READ_ONLY_CONTEXTS\n" << escapeTroff(Tr::tr("comma-separated contexts in which nothing is written")) << '\n'
        << ".TP\n.B RINGSIDE_PROMETHEUS_URL\n" << escapeTroff(Tr::tr("the Prometheus for metrics and alerts, over the context's setting")) << '\n'
        << ".TP\n.B RINGSIDE_PROMETHEUS_TOKEN\n" << escapeTroff(Tr::tr("a bearer token for that Prometheus")) << '\n'
        << ".TP\n.B RINGSIDE_SETTINGS\n" << escapeTroff(Tr::tr("the settings file to read instead of Ringside's (per-context Prometheus URLs)")) << '\n'
        << ".TP\n.B RINGSIDE_HISTORY_FILE\n" << escapeTroff(Tr::tr("the operation log instead of $XDG_DATA_HOME/ringside/history.jsonl")) << '\n'
        << ".SH SEE ALSO\n.BR kubectl (1),\n.BR ringside (1),\n.BR ringside\\-sandbox (1)\n";
}

int helpTopic(Invocation &inv)
{
    const QString topic = inv.args.value(0);
    if (topic == QLatin1String("exit-codes")) {
        printExitCodes(inv.out);
        return ExitOk;
    }
    if (topic == QLatin1String("--man") || topic == QLatin1String("man")) {
        printManPage(inv.out);
        return ExitOk;
    }
    // help COMMAND WORDS: the command's usage.
    const CommandInfo *c = matchCommand(inv.args);
    if (c && c->words.size() == inv.args.size()) {
        inv.out << "Usage: ringsidectl " << c->usage << "\n\n" << Tr::tr(c->summary) << '\n';
        return ExitOk;
    }
    inv.err << "error: " << Tr::tr("unknown help topic \"%1\": use a command, exit-codes or --man").arg(inv.args.join(u' ')) << '\n';
    return ExitUsage;
}

} // namespace Ringside::Cli
