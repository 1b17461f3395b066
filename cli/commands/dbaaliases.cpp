// The top-level names a DBA would guess (issue 6): clusters, status, create cluster, upgrade, scale, config set|diff,
// dc add|remove|stop|resume, restart, cleanup, rebuild, replace-node, backup now. Each one rewrites its arguments
// into the `cluster ...` / `backup ...` command it stands for and runs that, so both spellings behave the same.
#include "clitr.h"
#include "command.h"

namespace Ringside::Cli {

namespace {

/*! Runs \a target with \a args instead of the invocation's own arguments (global options stay). */
int forward(Invocation &inv, CommandFunction target, const QStringList &args)
{
    Invocation other{inv.options, args, inv.out, inv.err, inv.env};
    return target(other);
}

/*! True when \a arg is a flag (not a positional argument). */
bool isFlag(const QString &arg)
{
    return arg.startsWith(u'-') && arg.size() > 1;
}

/*! The index of the first positional argument at or after \a from, skipping the values of the flags that take one
    (given in \a valueFlags as "--name"); -1 when there is none. */
qsizetype positionalAt(const QStringList &args, qsizetype from, const QStringList &valueFlags)
{
    for (qsizetype i = from; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            return -1;
        }
        if (isFlag(a)) {
            if (!a.contains(u'=') && valueFlags.contains(a)) {
                ++i;
            }
            continue;
        }
        return i;
    }
    return -1;
}

const QStringList TaskValueFlags{QStringLiteral("--dc"),   QStringLiteral("--pod"),      QStringLiteral("--rack"),
                                 QStringLiteral("--source"), QStringLiteral("--keyspace"), QStringLiteral("--tables"),
                                 QStringLiteral("--name")};

/*! `restart CLUSTER [flags]` -> `cluster task CLUSTER restart [flags]`. */
int task(Invocation &inv, const char *command)
{
    const qsizetype at = positionalAt(inv.args, 0, TaskValueFlags);
    if (at < 0) {
        inv.err << "error: " << Tr::tr("expected a cluster name: ringsidectl %1 CLUSTER [flags]").arg(QLatin1String(command)) << '\n';
        return ExitUsage;
    }
    QStringList args = inv.args;
    args.insert(at + 1, QLatin1String(command));
    return forward(inv, &clusterTask, args);
}

} // namespace

int dbaClusters(Invocation &inv)
{
    return forward(inv, &clusterList, inv.args);
}

int dbaStatus(Invocation &inv)
{
    return forward(inv, &clusterStatus, inv.args);
}

int dbaCreateCluster(Invocation &inv)
{
    // `create cluster NAME ...` (or `create cluster -f spec.yaml`, or with --name).
    QStringList args = inv.args;
    const QStringList valueFlags{QStringLiteral("-f"),           QStringLiteral("--filename"),     QStringLiteral("--name"),
                                 QStringLiteral("--type"),       QStringLiteral("--version"),      QStringLiteral("--dc"),
                                 QStringLiteral("--storage-class"), QStringLiteral("--storage-size"), QStringLiteral("--heap")};
    const qsizetype at = positionalAt(args, 0, valueFlags);
    if (at >= 0) {
        const QString name = args.takeAt(at);
        if (positionalAt(args, 0, valueFlags) >= 0) {
            inv.err << "error: " << Tr::tr("expected one cluster name: ringsidectl create cluster NAME [flags]") << '\n';
            return ExitUsage;
        }
        args << QStringLiteral("--name") << name;
    }
    return forward(inv, &clusterCreate, args);
}

int dbaUpgrade(Invocation &inv)
{
    return forward(inv, &clusterUpgrade, inv.args);
}

int dbaScale(Invocation &inv)
{
    return forward(inv, &clusterScale, inv.args);
}

namespace {

/*! `config set|diff CLUSTER KEY=VALUE...`: every KEY=VALUE becomes `--set`; a key without a section
    (cassandraYaml., jvmOptions., dseYaml.) is a cassandra.yaml key. */
int configChange(Invocation &inv, bool diffOnly)
{
    QStringList args;
    QString cluster;
    for (const QString &a : std::as_const(inv.args)) {
        if (isFlag(a)) {
            args << a;
        } else if (cluster.isEmpty()) {
            cluster = a;
        } else if (a.contains(u'=')) {
            const QString key = a.section(u'=', 0, 0);
            const bool sectioned = key.startsWith(QLatin1String("cassandraYaml.")) || key.startsWith(QLatin1String("jvmOptions."))
                || key.startsWith(QLatin1String("dseYaml."));
            args << QStringLiteral("--set") << (sectioned ? a : QLatin1String("cassandraYaml.") + a);
        } else {
            inv.err << "error: " << Tr::tr("expected KEY=VALUE, not \"%1\"").arg(a) << '\n';
            return ExitUsage;
        }
    }
    if (cluster.isEmpty() || !args.contains(QLatin1String("--set"))) {
        inv.err << "error: " << Tr::tr("usage: ringsidectl config %1 CLUSTER KEY=VALUE...").arg(diffOnly ? QLatin1String("diff") : QLatin1String("set"))
                << '\n';
        return ExitUsage;
    }
    args.prepend(cluster);
    if (diffOnly) {
        args << QStringLiteral("--dry-run");
    }
    return forward(inv, &clusterConfig, args);
}

/*! `dc VERB CLUSTER [DC] [flags]`: a second positional argument is the datacenter (--dc). */
int dcCommand(Invocation &inv, CommandFunction target, const char *verb)
{
    const QStringList valueFlags{QStringLiteral("--dc")};
    QStringList args = inv.args;
    const qsizetype first = positionalAt(args, 0, valueFlags);
    if (first < 0) {
        inv.err << "error: " << Tr::tr("expected a cluster name: ringsidectl dc %1 CLUSTER [DC] [flags]").arg(QLatin1String(verb)) << '\n';
        return ExitUsage;
    }
    const qsizetype second = positionalAt(args, first + 1, valueFlags);
    if (second >= 0) {
        if (args.contains(QLatin1String("--dc"))) {
            inv.err << "error: " << Tr::tr("give the datacenter once: as an argument or with --dc") << '\n';
            return ExitUsage;
        }
        const QString dc = args.takeAt(second);
        args << QStringLiteral("--dc") << dc;
    }
    return forward(inv, target, args);
}

} // namespace

int dbaConfigSet(Invocation &inv)
{
    return configChange(inv, false);
}

int dbaConfigDiff(Invocation &inv)
{
    return configChange(inv, true);
}

int dbaDcAdd(Invocation &inv)
{
    return dcCommand(inv, &clusterAddDc, "add");
}

int dbaDcRemove(Invocation &inv)
{
    return dcCommand(inv, &clusterRemoveDc, "remove");
}

int dbaDcStop(Invocation &inv)
{
    return dcCommand(inv, &clusterStop, "stop");
}

int dbaDcResume(Invocation &inv)
{
    return dcCommand(inv, &clusterResume, "resume");
}

int dbaRestart(Invocation &inv)
{
    return task(inv, "restart");
}

int dbaCleanup(Invocation &inv)
{
    return task(inv, "cleanup");
}

int dbaRebuild(Invocation &inv)
{
    return task(inv, "rebuild");
}

int dbaReplaceNode(Invocation &inv)
{
    // `replace-node CLUSTER POD [flags]` -> `cluster task CLUSTER replacenode --pod POD [flags]`.
    QStringList args = inv.args;
    const qsizetype first = positionalAt(args, 0, TaskValueFlags);
    const qsizetype second = first < 0 ? -1 : positionalAt(args, first + 1, TaskValueFlags);
    if (second >= 0) {
        const QString pod = args.takeAt(second);
        args << QStringLiteral("--pod") << pod;
    }
    if (first < 0 || !args.contains(QLatin1String("--pod"))) {
        inv.err << "error: " << Tr::tr("usage: ringsidectl replace-node CLUSTER POD [--dc DC]") << '\n';
        return ExitUsage;
    }
    args.insert(first + 1, QStringLiteral("replacenode"));
    return forward(inv, &clusterTask, args);
}

int dbaBackupNow(Invocation &inv)
{
    return forward(inv, &backupCreate, inv.args);
}

} // namespace Ringside::Cli
