#pragma once

#include "options.h"

#include <QProcessEnvironment>
#include <QTextStream>

namespace Ringside {
struct KubeconfigLoadingRules;
class Kubeconfig;
} // namespace Ringside

namespace Ringside::Cli {

/*! Exit codes, documented in `ringsidectl help exit-codes` and the man page. They follow kubectl: 0 success,
    1 any error. Ringside adds 2 for bad usage and 3 for a refused confirmation. */
enum ExitCode : int { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitAborted = 3 };

/*! What a command gets: the parsed options, its own arguments, the streams and the environment. */
struct Invocation
{
    Options options;
    QStringList args; //!< positional arguments after the command words
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment env;

    KubeconfigLoadingRules loadingRules() const;
    /*! Loads the kubeconfig and prints its issues to err; returns false when errors make it unusable. */
    bool loadKubeconfig(Kubeconfig *config) const;
    /*! Prints "error: MESSAGE" as kubectl does and returns ExitError. */
    int fail(const QString &message) const;
};

using CommandFunction = int (*)(Invocation &);

struct CommandInfo
{
    QStringList words; //!< e.g. {"config", "get-contexts"}
    const char *usage;
    const char *summary;
    CommandFunction run;
};

/*! Runs ringsidectl with \a args (without the program name). Returns the exit code. */
int run(const QStringList &args, QTextStream &out, QTextStream &err, const QProcessEnvironment &env);

// Command implementations (commands/*.cpp)
int configGetContexts(Invocation &inv);
int configCurrentContext(Invocation &inv);
int configUseContext(Invocation &inv);
int configView(Invocation &inv);
int getCommand(Invocation &inv);
int applyCommand(Invocation &inv);
int deleteCommand(Invocation &inv);
int logsCommand(Invocation &inv);
int execCommand(Invocation &inv);
int portForwardCommand(Invocation &inv);
int apiResourcesCommand(Invocation &inv);
int authCanICommand(Invocation &inv);
// Cassandra cluster commands (commands/cluster*.cpp)
int clusterList(Invocation &inv);
int clusterStatus(Invocation &inv);
int clusterDetect(Invocation &inv);
int clusterCreate(Invocation &inv);
int clusterUpgrade(Invocation &inv);
int clusterConfig(Invocation &inv);
int clusterScale(Invocation &inv);
int clusterAddDc(Invocation &inv);
int clusterRemoveDc(Invocation &inv);
int clusterStop(Invocation &inv);
int clusterResume(Invocation &inv);
int clusterTask(Invocation &inv);
int backupCreate(Invocation &inv);
int backupList(Invocation &inv);
int backupSchedule(Invocation &inv);
int restoreCommand(Invocation &inv);
int historyCommand(Invocation &inv);
// ringside-sandbox fault injection (commands/sandboxcommands.cpp)
int sandboxFailNode(Invocation &inv);
int sandboxFillDisk(Invocation &inv);
int sandboxSlowNode(Invocation &inv);
int sandboxHeal(Invocation &inv);
// ringside-sandbox in the background (commands/sandboxlifecycle.cpp)
int sandboxStart(Invocation &inv);
int sandboxStop(Invocation &inv);
int sandboxStatus(Invocation &inv);
// The per-context Prometheus URL in Ringside's settings (commands/contextsettingscommands.cpp)
int configSetPrometheus(Invocation &inv);
int configGetPrometheus(Invocation &inv);
// The names a DBA would guess, mapped onto the cluster commands (commands/dbaaliases.cpp)
int dbaClusters(Invocation &inv);
int dbaStatus(Invocation &inv);
int dbaCreateCluster(Invocation &inv);
int dbaUpgrade(Invocation &inv);
int dbaScale(Invocation &inv);
int dbaConfigSet(Invocation &inv);
int dbaConfigDiff(Invocation &inv);
int dbaDcAdd(Invocation &inv);
int dbaDcRemove(Invocation &inv);
int dbaDcStop(Invocation &inv);
int dbaDcResume(Invocation &inv);
int dbaRestart(Invocation &inv);
int dbaCleanup(Invocation &inv);
int dbaRebuild(Invocation &inv);
int dbaReplaceNode(Invocation &inv);
int dbaBackupNow(Invocation &inv);
// logs CLUSTER (commands/clusterlogs.cpp): system.log of every node, merged; logsDispatch picks pod or cluster logs
int logsDispatch(Invocation &inv);
int clusterLogsCommand(Invocation &inv);
// Metrics and alerts from the context's Prometheus (commands/metricscommand.cpp, alertscommand.cpp)
int metricsList(Invocation &inv);
int metricsCommand(Invocation &inv);
int alertsCommand(Invocation &inv);
// Completions, the man page and help topics, generated from the command table (commands/completion.cpp)
/*! Every command of ringsidectl, as `help` lists them. */
const QList<CommandInfo> &commandTable();
/*! The completions of the last word of \a typed (the words after the program name, the last one being completed). */
QStringList completionCandidates(Invocation &inv, const QStringList &typed);
int completeCommand(Invocation &inv);
int completionCommand(Invocation &inv);
int helpTopic(Invocation &inv);
// Reaper repairs (commands/repaircommands.cpp)
int repairStart(Invocation &inv);
int repairList(Invocation &inv);
int repairStatus(Invocation &inv);
int repairPause(Invocation &inv);
int repairResume(Invocation &inv);
int repairAbort(Invocation &inv);
int repairSchedule(Invocation &inv);
// Data API, GitOps export, node tools and backup delete (commands/dataapicommands.cpp, exportcommand.cpp,
// nodetoolcommands.cpp)
int dataApiEnableCommand(Invocation &inv);
int dataApiTokenCommand(Invocation &inv);
int dataApiForwardCommand(Invocation &inv);
int exportCommand(Invocation &inv);
int nodetoolCommand(Invocation &inv);
int cqlshCommand(Invocation &inv);
int backupDeleteCommand(Invocation &inv);

} // namespace Ringside::Cli
