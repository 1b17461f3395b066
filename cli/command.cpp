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
        {{QStringLiteral("config"), QStringLiteral("set-prometheus")}, "config set-prometheus CONTEXT URL | config set-prometheus CONTEXT --unset",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Set the Prometheus URL of a context (the same setting as the app's; metrics and alerts use it)"), &configSetPrometheus},
        {{QStringLiteral("config"), QStringLiteral("get-prometheus")}, "config get-prometheus [CONTEXT] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Print the Prometheus URL of a context (default: the current one)"), &configGetPrometheus},
        {{QStringLiteral("get")},
         "get TYPE[,TYPE...] [NAME...] | TYPE/NAME... [-n NS|-A] [-o wide|name|json|yaml|jsonpath=...|custom-columns=...] [-l SEL] [--field-selector SEL] [-w] [--show-labels]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Display resources as the server's tables, or as names, JSON or YAML"), &getCommand},
        {{QStringLiteral("apply")}, "apply -f FILE|DIR|- [--server-side] [--dry-run=none|server|client] [--force-conflicts] [--field-manager NAME]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Apply manifests (multi-document YAML), server-side or with kubectl's client-side apply"), &applyCommand},
        {{QStringLiteral("delete")}, "delete TYPE NAME... | TYPE/NAME... | TYPE -l SEL | TYPE --all | -f FILE [--cascade=background|foreground|orphan] [--wait=false]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Delete objects and wait until they are gone; --all asks first unless -y"), &deleteCommand},
        {{QStringLiteral("logs")}, "logs POD [-c C] | -l SEL [-f] [--tail N] [--since D|--since-time T] [--timestamps] [--prefix] [--previous] [--all-containers] | logs CLUSTER [--cluster] [--dc DC] [--node POD]... [--level WARN] [--grep RE] [-i] [-f] [--since D] [-o json]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Print container logs, whole unless --tail is given; -f follows across restarts. With a cluster (--cluster, --level, --grep, --node or --dc given, or no pod of that name): system.log of every node merged by time, WARN meaning WARN and above"), &logsDispatch},
        {{QStringLiteral("exec")}, "exec POD [-c C] [-i] [-t] -- COMMAND [ARGS...]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Run a command in a container; its exit status becomes ours"), &execCommand},
        {{QStringLiteral("port-forward")}, "port-forward POD|pod/NAME|svc/NAME [LOCAL:]REMOTE...",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Forward local ports (127.0.0.1 and ::1) to a pod until interrupted"), &portForwardCommand},
        {{QStringLiteral("api-resources")}, "api-resources [--namespaced=true|false] [--api-group=G] [--verbs=V,...] [-o wide|name]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List the resource types the server serves"), &apiResourcesCommand},
        {{QStringLiteral("auth"), QStringLiteral("can-i")}, "auth can-i VERB TYPE[/NAME] [--subresource S] [-n NS|-A] | auth can-i VERB /PATH",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Ask the server whether the current user may do something: prints yes or no, exit 0 or 1"), &authCanICommand},
        {{QStringLiteral("cluster"), QStringLiteral("list")}, "cluster list [-A] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List Cassandra clusters with type, version, datacenters, nodes ready and health"), &clusterList},
        {{QStringLiteral("cluster"), QStringLiteral("status")}, "cluster status NAME [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "nodetool-status-like table per datacenter from the CRD status and pods, naming each source"), &clusterStatus},
        {{QStringLiteral("cluster"), QStringLiteral("detect")}, "cluster detect",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Show what is installed in the context (Mission Control, k8ssandra-operator, cass-operator, Medusa, Reaper) and what is missing"), &clusterDetect},
        {{QStringLiteral("cluster"), QStringLiteral("create")}, "cluster create -f SPEC.yaml | --name N --type cassandra|dse|hcd --version V --dc DC:SIZE[xRACKS]... --storage-class SC [--storage-size 10Gi] [--heap 1Gi] [--data-api] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Create a cluster (MissionControlCluster where Mission Control is installed, else K8ssandraCluster), server dry-run first"), &clusterCreate},
        {{QStringLiteral("cluster"), QStringLiteral("upgrade")}, "cluster upgrade NAME --version V [--upgradesstables] [--diff] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Rolling upgrade of the server version"), &clusterUpgrade},
        {{QStringLiteral("cluster"), QStringLiteral("config")}, "cluster config NAME --set cassandraYaml.KEY=VALUE... [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Rolling configuration change (cassandraYaml, jvmOptions, dseYaml), with a diff"), &clusterConfig},
        {{QStringLiteral("cluster"), QStringLiteral("scale")}, "cluster scale NAME --dc DC --size N [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Set the number of nodes of a datacenter"), &clusterScale},
        {{QStringLiteral("cluster"), QStringLiteral("add-dc")}, "cluster add-dc NAME --dc DC:SIZE[xRACKS][@CONTEXT] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Add a datacenter"), &clusterAddDc},
        {{QStringLiteral("cluster"), QStringLiteral("remove-dc")}, "cluster remove-dc NAME --dc DC [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Decommission a datacenter (asks for confirmation)"), &clusterRemoveDc},
        {{QStringLiteral("cluster"), QStringLiteral("stop")}, "cluster stop NAME [--dc DC] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Stop a datacenter or every datacenter, keeping the data (asks for confirmation)"), &clusterStop},
        {{QStringLiteral("cluster"), QStringLiteral("resume")}, "cluster resume NAME [--dc DC] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Resume a stopped datacenter"), &clusterResume},
        {{QStringLiteral("cluster"), QStringLiteral("task")}, "cluster task NAME restart|cleanup|rebuild|replacenode|upgradesstables|compact|flush|scrub|garbagecollect [--dc DC] [--pod P] [--rack R] [--source DC] [--keyspace K] [--tables T1,T2] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Run a node task (CassandraTask or K8ssandraTask) and follow it per pod"), &clusterTask},
        {{QStringLiteral("backup"), QStringLiteral("create")}, "backup create CLUSTER [--dc DC] [--type full|differential] [--name N] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Back up now with Medusa (MedusaBackupJob)"), &backupCreate},
        {{QStringLiteral("backup"), QStringLiteral("list")}, "backup list CLUSTER [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List the cluster's Medusa backups with status, nodes, files and size"), &backupList},
        {{QStringLiteral("backup"), QStringLiteral("schedule")}, "backup schedule CLUSTER --cron \"0 2 * * *\" [--dc DC] [--type full|differential] [--name N]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Schedule backups (MedusaBackupSchedule); shows the next run"), &backupSchedule},
        {{QStringLiteral("restore")}, "restore CLUSTER --backup NAME [--dc DC] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Restore a Medusa backup in place (asks for confirmation)"), &restoreCommand},
        {{QStringLiteral("history")}, "history [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Show the local operation log (who, context, what, when, result)"), &historyCommand},
        {{QStringLiteral("sandbox"), QStringLiteral("start")}, "sandbox start [--state-dir DIR] [--kubeconfig FILE] [--port N] [--no-demo] [--prometheus] [--timeout D]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Start ringside-sandbox in the background (pid file in the state directory), wait until its API answers and print the KUBECONFIG to use; --prometheus also starts Prometheus on its scrape targets"), &sandboxStart},
        {{QStringLiteral("sandbox"), QStringLiteral("stop")}, "sandbox stop [--state-dir DIR] [--timeout D]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Stop the background ringside-sandbox (SIGTERM, SIGKILL after the timeout) and its Prometheus"), &sandboxStop},
        {{QStringLiteral("sandbox"), QStringLiteral("status")}, "sandbox status [--state-dir DIR] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Whether the background ringside-sandbox runs: pid, URL, uptime, API reachability"), &sandboxStatus},
        {{QStringLiteral("sandbox"), QStringLiteral("fail-node")}, "sandbox fail-node POD [-n NS] [-y]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "ringside-sandbox only: kill a node's pod (asks for confirmation)"), &sandboxFailNode},
        {{QStringLiteral("sandbox"), QStringLiteral("fill-disk")}, "sandbox fill-disk POD [-n NS]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "ringside-sandbox only: fill the data volume of a node"), &sandboxFillDisk},
        {{QStringLiteral("sandbox"), QStringLiteral("slow-node")}, "sandbox slow-node POD [-n NS]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "ringside-sandbox only: slow a node down"), &sandboxSlowNode},
        {{QStringLiteral("sandbox"), QStringLiteral("heal")}, "sandbox heal POD [-n NS]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "ringside-sandbox only: clear a node's slow and disk-full faults"), &sandboxHeal},
        {{QStringLiteral("clusters")}, "clusters [-A] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List Cassandra clusters (same as cluster list)"), &dbaClusters},
        {{QStringLiteral("status")}, "status CLUSTER [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "nodetool-status-like view of a cluster (same as cluster status)"), &dbaStatus},
        {{QStringLiteral("create"), QStringLiteral("cluster")}, "create cluster NAME --type cassandra|dse|hcd --version V --dc DC:SIZE[xRACKS]... --storage-class SC [--storage-size 10Gi] [--heap 1Gi] [--data-api] [-f SPEC.yaml] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Create a cluster (same as cluster create)"), &dbaCreateCluster},
        {{QStringLiteral("upgrade")}, "upgrade CLUSTER --version V [--upgradesstables] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Rolling upgrade, one node at a time (same as cluster upgrade)"), &dbaUpgrade},
        {{QStringLiteral("scale")}, "scale CLUSTER --dc DC --size N [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Set the number of nodes of a datacenter (same as cluster scale)"), &dbaScale},
        {{QStringLiteral("config"), QStringLiteral("set")}, "config set CLUSTER KEY=VALUE... [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Rolling configuration change; a KEY without cassandraYaml./jvmOptions./dseYaml. is a cassandra.yaml key"), &dbaConfigSet},
        {{QStringLiteral("config"), QStringLiteral("diff")}, "config diff CLUSTER KEY=VALUE...",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Show what config set would change (server dry run; nothing is written)"), &dbaConfigDiff},
        {{QStringLiteral("dc"), QStringLiteral("add")}, "dc add CLUSTER DC:SIZE[xRACKS][@CONTEXT] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Add a datacenter (same as cluster add-dc)"), &dbaDcAdd},
        {{QStringLiteral("dc"), QStringLiteral("remove")}, "dc remove CLUSTER DC [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Decommission a datacenter (asks for confirmation)"), &dbaDcRemove},
        {{QStringLiteral("dc"), QStringLiteral("stop")}, "dc stop CLUSTER [DC] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Stop a datacenter, keeping its data (asks for confirmation)"), &dbaDcStop},
        {{QStringLiteral("dc"), QStringLiteral("resume")}, "dc resume CLUSTER [DC] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Resume a stopped datacenter"), &dbaDcResume},
        {{QStringLiteral("restart")}, "restart CLUSTER [--dc DC] [--rack R] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Rolling restart (CassandraTask restart)"), &dbaRestart},
        {{QStringLiteral("cleanup")}, "cleanup CLUSTER [--dc DC] [--keyspace K] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "nodetool cleanup on every node (CassandraTask cleanup)"), &dbaCleanup},
        {{QStringLiteral("rebuild")}, "rebuild CLUSTER --dc DC --source DC [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Rebuild a datacenter from another one (CassandraTask rebuild)"), &dbaRebuild},
        {{QStringLiteral("replace-node")}, "replace-node CLUSTER POD [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Replace a node with a fresh one (CassandraTask replacenode)"), &dbaReplaceNode},
        {{QStringLiteral("backup"), QStringLiteral("now")}, "backup now CLUSTER [--dc DC] [--type full|differential] [--name N] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Back up now (same as backup create)"), &dbaBackupNow},
        {{QStringLiteral("metrics"), QStringLiteral("list")}, "metrics list [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List the metrics panels and their PromQL"), &metricsList},
        {{QStringLiteral("metrics")}, "metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 30s] [--rate 5m] [--prometheus URL] [--prometheus-ca FILE] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "A panel's metrics over a time range from the context's Prometheus: last, min, max and average per node"), &metricsCommand},
        {{QStringLiteral("alerts")}, "alerts [CLUSTER] [--prometheus URL] [--prometheus-ca FILE] [--no-prometheus] [--rules FILE] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Evaluate the alert rules (node down, disk, heap, compactions, dropped mutations, failed backups, user rules) and list the active alerts"), &alertsCommand},
        {{QStringLiteral("completion")}, "completion bash|zsh|fish",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Print the shell completion script (commands, flags, contexts and cluster names)"), &completionCommand},
        {{QStringLiteral("repair"), QStringLiteral("start")}, "repair start CLUSTER --keyspace K [--tables T1,T2] [--intensity 0.5] [--parallelism sequential|parallel|datacenter-aware] [--incremental] [--dc DC,...] [--segments-per-node N] [--owner O] [--cause C] [--no-start] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Start a Reaper repair run; --wait shows the segments' progress"), &repairStart},
        {{QStringLiteral("repair"), QStringLiteral("list")}, "repair list CLUSTER [--state RUNNING,PAUSED,...] [--keyspace K] [--limit N] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List the cluster's repair runs (history), newest first"), &repairList},
        {{QStringLiteral("repair"), QStringLiteral("status")}, "repair status CLUSTER RUN_ID [--segments] [--wait] [-o json|yaml]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Show a repair run, with its segments, or follow it with --wait"), &repairStatus},
        {{QStringLiteral("repair"), QStringLiteral("pause")}, "repair pause CLUSTER RUN_ID",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Pause a running repair run"), &repairPause},
        {{QStringLiteral("repair"), QStringLiteral("resume")}, "repair resume CLUSTER RUN_ID",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Resume a paused repair run"), &repairResume},
        {{QStringLiteral("repair"), QStringLiteral("abort")}, "repair abort CLUSTER RUN_ID [--yes]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Abort a repair run (asks for confirmation)"), &repairAbort},
        {{QStringLiteral("repair"), QStringLiteral("schedule")}, "repair schedule CLUSTER [--list] | --keyspace K [--days 7] [--start ISO-TIME] [run flags] | --pause ID | --resume ID | --delete ID",
         QT_TRANSLATE_NOOP("Ringside::Cli", "List, create, pause, resume or delete Reaper repair schedules"), &repairSchedule},
        {{QStringLiteral("data-api"), QStringLiteral("enable")}, "data-api enable CLUSTER [--port N] [--disable] [--dry-run] [--wait]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Enable (or disable) Mission Control's Data API on a cluster; --wait until it runs"), &dataApiEnableCommand},
        {{QStringLiteral("data-api"), QStringLiteral("token")}, "data-api token CLUSTER",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Print the Data API token (Cassandra:b64(user):b64(password)) built from the superuser secret, and nothing else"), &dataApiTokenCommand},
        {{QStringLiteral("data-api"), QStringLiteral("forward")}, "data-api forward CLUSTER [--port LOCAL] [--dc DC] [--timeout D]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Port-forward a local port to the cluster's Data API until interrupted"), &dataApiForwardCommand},
        {{QStringLiteral("export")}, "export CLUSTER [--dir DIR]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Export the cluster's objects as clean YAML for GitOps (one file each plus kustomization.yaml; Secrets referenced only)"), &exportCommand},
        {{QStringLiteral("nodetool")}, "nodetool CLUSTER NODE [-o json|yaml] -- COMMAND [ARGS...]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Run nodetool in a node's cassandra container; status, info and describecluster parse into -o json|yaml"), &nodetoolCommand},
        {{QStringLiteral("cqlsh")}, "cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Run CQL as the superuser in a node's cassandra container (read-only contexts: reading statements only)"), &cqlshCommand},
        {{QStringLiteral("backup"), QStringLiteral("delete")}, "backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC] [--dry-run]",
         QT_TRANSLATE_NOOP("Ringside::Cli", "Delete a Medusa backup, or purge expired ones (MedusaTask purge); asks for confirmation"), &backupDeleteCommand},
    };
    return table;
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("ringsidectl: Cassandra on Kubernetes from the command line.") << "\n\n"
        << Tr::tr("Usage:") << "\n  ringsidectl COMMAND [ARGS] [FLAGS]\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const CommandInfo &c : commands()) {
        const QString usage = QString::fromLatin1(c.usage);
        if (usage.size() > 60) {
            out << "  " << usage << "\n  " << QString(61, u' ') << Tr::tr(c.summary) << '\n';
        } else {
            out << "  " << usage.leftJustified(60) << ' ' << Tr::tr(c.summary) << '\n';
        }
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
        << Tr::tr("Exit codes: 0 success, 1 error (as kubectl, including bad flags of a command), 2 bad usage of the global\n"
                  "flags or an unknown command, 3 not confirmed; exec exits with the remote command's status.") << '\n';
}

} // namespace

const QList<CommandInfo> &commandTable()
{
    return commands();
}

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
    if (args.value(0) == QLatin1String("__complete")) {
        // Used by the completion scripts: the words as typed (partial flags included), the last one being completed.
        Invocation complete{Options(), args.mid(1), out, err, env};
        return completeCommand(complete);
    }
    Options options;
    QString error;
    if (!options.parse(args, &error)) {
        err << "error: " << error << '\n';
        return ExitUsage;
    }
    if (options.positional.size() > 1 && options.positional.constFirst() == QLatin1String("help")) {
        Invocation topic{options, options.positional.mid(1), out, err, env};
        return helpTopic(topic); // help exit-codes | help --man | help COMMAND
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
