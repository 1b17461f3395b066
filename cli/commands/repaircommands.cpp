// ringsidectl repair: Reaper repair runs and schedules of a cluster, through the service proxy (or a port-forward
// where the proxy is not allowed). Writes are refused in read-only contexts and checked with SelfSubjectAccessReview
// first; each write is recorded in the operation history.
#include "clitr.h"
#include "clustersupport.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"
#include "output.h"
#include "progressbar.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "cassandra/services/reaperclient.h"
#include "kubeconfig/kubeconfig.h"
#include "util/tabwriter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Ringside::Cli {

using namespace Cassandra::Services;

namespace {

bool confirm(Invocation &inv, const QString &question)
{
    return inv.options.yes || confirmOnTerminal(inv, question);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

/*! A command's connection to the cluster's Reaper. */
class ReaperSession
{
public:
    explicit ReaperSession(Invocation &inv)
        : m_inv(inv)
        , m_session(inv)
    {
    }

    bool open(const QString &cluster)
    {
        if (!m_session.open()) {
            return false;
        }
        Kubeconfig config;
        m_inv.loadKubeconfig(&config);
        m_context = m_inv.options.context.isEmpty() ? config.currentContext : m_inv.options.context;
        m_cluster = cluster;
        KubeError error;
        const bool found = await<ReaperEndpoint, KubeError>(
            [&](const QObject *ctx, auto ok, auto err) {
                return ReaperClient::findReaper(m_session.client(), m_session.nameSpace(), cluster, ctx, ok, err);
            },
            &m_endpoint, &error);
        if (!found) {
            m_session.report(error);
            return false;
        }
        m_reaper = std::make_unique<ReaperClient>(m_session.client(), m_endpoint);
        return true;
    }

    ReaperClient *reaper() const { return m_reaper.get(); }
    const ReaperEndpoint &endpoint() const { return m_endpoint; }
    QString nameSpace() const { return m_session.nameSpace(); }

    int report(const ReaperError &e) const
    {
        QString hint;
        if (e.isNotFound() && e.request.startsWith(QLatin1String("POST /repair_"))) {
            hint = Tr::tr(" (is cluster %1 registered in Reaper? Reaper registers the cluster of its datacenter when it starts)")
                       .arg(m_endpoint.reaperCluster);
        }
        return m_inv.fail(Tr::tr("Reaper (%1): %2%3").arg(m_endpoint.service, e.toString(), hint));
    }

    /*! Before a write: the read-only switch, then the server's word on services/proxy (or, where the proxy is
        refused, pods/portforward, which the client falls back to). Records refusals. */
    bool mayWrite(const QString &verb, const QString &summary)
    {
        Cassandra::Ops::Operation op;
        op.kind = Cassandra::Ops::OperationKind::Repair;
        op.target = {m_context, nameSpace(), m_cluster, {}, {}};
        op.summary = summary;
        const QString readOnly
            = Cassandra::Ops::WriteGuard(readOnlyContexts(m_inv))
                  .refusal(op);
        if (!readOnly.isEmpty()) {
            record(summary, QStringLiteral("refused"), readOnly);
            m_inv.fail(readOnly);
            return false;
        }
        QString reason;
        if (allowed(verb, QStringLiteral("services"), QStringLiteral("proxy"), m_endpoint.service, &reason)) {
            return true;
        }
        QString forwardReason;
        if (allowed(QStringLiteral("create"), QStringLiteral("pods"), QStringLiteral("portforward"), {}, &forwardReason)) {
            return true;
        }
        const QString message = Tr::tr("you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which "
                                       "reaching Reaper needs; nothing was sent")
                                    .arg(verb, reason.isEmpty() ? Tr::tr("denied") : reason, nameSpace());
        record(summary, QStringLiteral("refused"), message);
        m_inv.fail(message);
        return false;
    }

    void record(const QString &summary, const QString &result, const QString &message) const
    {
        Cassandra::Ops::HistoryEntry e;
        e.context = m_context;
        e.operation = Cassandra::Ops::operationKindKey(Cassandra::Ops::OperationKind::Repair);
        e.target = Cassandra::Ops::Target{m_context, m_session.nameSpace(), m_cluster, {}, {}}.toString();
        e.summary = summary;
        e.result = result;
        e.message = message;
        QString error;
        if (!Cassandra::Ops::OperationHistory(m_inv.env.value(QStringLiteral("RINGSIDE_HISTORY_FILE"))).append(e, &error)) {
            m_inv.err << "warning: " << error << '\n';
        }
    }

private:
    bool allowed(const QString &verb, const QString &resource, const QString &subresource, const QString &name, QString *reason)
    {
        KubeRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
        request.contentType = "application/json";
        request.body = QJsonDocument(subresourceAccessReview(verb, resource, subresource, nameSpace(), name)).toJson(QJsonDocument::Compact);
        const BlockingClient::Result r = m_session.blocking().send(request);
        if (!r.ok()) {
            *reason = r.error->toString();
            return false;
        }
        const Cassandra::Ops::AccessDecision d = Cassandra::Ops::AccessDecision::fromReview(r.response->object);
        *reason = d.reason;
        return d.allowed;
    }

    Invocation &m_inv;
    KubeSession m_session;
    QString m_context;
    QString m_cluster;
    ReaperEndpoint m_endpoint;
    std::unique_ptr<ReaperClient> m_reaper;
};

bool parseFlags(Invocation &inv, CommandFlags &flags, int minNames, int maxNames)
{
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return false;
    }
    const qsizetype n = flags.positional().size();
    if (n < minNames || n > maxNames) {
        inv.err << "error: " << Tr::tr("expected %n argument(s)", nullptr, minNames) << '\n';
        return false;
    }
    return true;
}

int printRun(Invocation &inv, const RepairRun &run)
{
    if (isStructuredFormat(inv.options.output)) {
        QString error;
        return printStructured(inv.out, run.toJson(), inv.options.output, &error) ? ExitOk : inv.fail(error);
    }
    TabWriter w;
    w.addRow({Tr::tr("Run:"), run.id});
    w.addRow({Tr::tr("Cluster:"), run.cluster});
    w.addRow({Tr::tr("Keyspace:"), run.keyspace});
    w.addRow({Tr::tr("Tables:"), run.tables.isEmpty() ? Tr::tr("(all)") : run.tables.join(QLatin1String(", "))});
    w.addRow({Tr::tr("State:"), run.stateText});
    w.addRow({Tr::tr("Segments:"), QStringLiteral("%1/%2 (%3%)").arg(run.segmentsRepaired).arg(run.totalSegments).arg(int(run.progress() * 100))});
    w.addRow({Tr::tr("Intensity:"), QString::number(run.intensity)});
    w.addRow({Tr::tr("Parallelism:"), parallelismName(run.parallelism)});
    w.addRow({Tr::tr("Incremental:"), run.incremental ? Tr::tr("yes") : Tr::tr("no")});
    w.addRow({Tr::tr("Owner:"), run.owner});
    w.addRow({Tr::tr("Cause:"), run.cause});
    w.addRow({Tr::tr("Created:"), isoTime(run.creationTime)});
    w.addRow({Tr::tr("Started:"), isoTime(run.startTime)});
    w.addRow({Tr::tr("Paused:"), isoTime(run.pauseTime)});
    w.addRow({Tr::tr("Ended:"), isoTime(run.endTime)});
    w.addRow({Tr::tr("Last event:"), run.lastEvent});
    inv.out << w.toString();
    return ExitOk;
}

/*! --wait: prints the segment progress as it changes until the run ends (or the timeout). */
int followRun(Invocation &inv, ReaperSession &s, const RepairRun &started)
{
    const qint64 limit = inv.options.timeout.isEmpty() ? 3600000 : parseDurationMs(inv.options.timeout).value_or(3600000);
    QElapsedTimer timer;
    timer.start();
    QString last;
    RepairRun run = started;
    // A terminal gets one bar redrawn in place; pipes and files keep the plain lines.
    std::optional<ProgressLine> bar;
    if (const int fd = progressTerminal(inv.out, inv.env); fd >= 0) {
        bar.emplace(inv.out, fd, inv.env);
    }
    while (true) {
        const QString line = Tr::tr("%1: %2/%3 segments repaired (%4%)")
                                 .arg(run.stateText)
                                 .arg(run.segmentsRepaired)
                                 .arg(run.totalSegments)
                                 .arg(int(run.progress() * 100));
        if (bar) {
            bar->update({run.segmentsRepaired, run.totalSegments, Tr::tr("segments"),
                         Tr::tr("repair %1 %2").arg(run.id, run.stateText.toLower()), timer.elapsed()});
        } else if (line != last) {
            inv.out << line << '\n';
            inv.out.flush();
            last = line;
        }
        if (run.isTerminal() || run.state == RepairRunState::Paused) {
            if (bar) {
                bar->finish();
            }
            break;
        }
        if (timer.elapsed() > limit) {
            if (bar) {
                bar->finish();
            }
            return inv.fail(Tr::tr("timed out waiting for repair run %1: %2").arg(run.id, line));
        }
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        ReaperError error;
        if (!await<RepairRun, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->run(run.id, ctx, ok, err); }, &run,
                                           &error)) {
            return s.report(error);
        }
    }
    if (run.state == RepairRunState::Done) {
        s.record(Tr::tr("Repair run %1 of keyspace %2").arg(run.id, run.keyspace), QStringLiteral("succeeded"), run.lastEvent);
        return ExitOk;
    }
    if (run.state == RepairRunState::Paused) {
        inv.out << Tr::tr("the run was paused; resume it with: ringsidectl repair resume %1 %2").arg(run.cluster, run.id) << '\n';
        return ExitOk;
    }
    return inv.fail(Tr::tr("repair run %1 ended %2: %3").arg(run.id, run.stateText, run.lastEvent));
}

std::optional<RepairRunRequest> runRequest(Invocation &inv, const CommandFlags &flags, const ReaperSession &s)
{
    RepairRunRequest r;
    r.cluster = s.endpoint().reaperCluster;
    r.keyspace = flags.value("keyspace");
    r.tables = flags.value("tables").split(u',', Qt::SkipEmptyParts);
    r.owner = flags.value("owner", Cassandra::Ops::OperationHistory::currentUser());
    if (r.owner.isEmpty()) {
        r.owner = QStringLiteral("ringside");
    }
    r.cause = flags.value("cause", QStringLiteral("ringsidectl repair"));
    r.incremental = flags.on("incremental");
    r.datacenters = flags.value("dc").split(u',', Qt::SkipEmptyParts);
    if (flags.isSet("intensity")) {
        bool ok = false;
        const double v = flags.value("intensity").toDouble(&ok);
        if (!ok) {
            inv.fail(Tr::tr("invalid --intensity \"%1\": a number greater than 0 and at most 1").arg(flags.value("intensity")));
            return std::nullopt;
        }
        r.intensity = v;
    }
    if (flags.isSet("parallelism")) {
        r.parallelism = parseParallelism(flags.value("parallelism"));
        if (!r.parallelism) {
            inv.fail(Tr::tr("invalid --parallelism \"%1\": sequential, parallel or datacenter-aware").arg(flags.value("parallelism")));
            return std::nullopt;
        }
    }
    if (flags.isSet("segments-per-node")) {
        bool ok = false;
        r.segmentCountPerNode = flags.value("segments-per-node").toInt(&ok);
        if (!ok) {
            inv.fail(Tr::tr("invalid --segments-per-node \"%1\"").arg(flags.value("segments-per-node")));
            return std::nullopt;
        }
    }
    const QString invalid = r.validate();
    if (!invalid.isEmpty()) {
        inv.fail(invalid);
        return std::nullopt;
    }
    return r;
}

CommandFlags runFlags()
{
    return CommandFlags({{"keyspace", 'k', true}, {"tables", 0, true}, {"intensity", 0, true}, {"parallelism", 0, true},
                         {"incremental", 0, false}, {"owner", 0, true}, {"cause", 0, true}, {"dc", 0, true},
                         {"segments-per-node", 0, true}, {"days", 0, true}, {"start", 0, true}, {"list", 0, false},
                         {"pause", 0, true}, {"resume", 0, true}, {"delete", 0, true}, {"no-start", 0, false}});
}

int changeState(Invocation &inv, RepairRunState target)
{
    CommandFlags flags({});
    if (!parseFlags(inv, flags, 2, 2)) {
        return ExitUsage;
    }
    const QString id = flags.positional().at(1);
    ReaperSession s(inv);
    if (!s.open(flags.positional().at(0))) {
        return ExitError;
    }
    const QString verb = target == RepairRunState::Aborted ? Tr::tr("Abort") : (target == RepairRunState::Paused ? Tr::tr("Pause") : Tr::tr("Resume"));
    const QString summary = Tr::tr("%1 repair run %2 of cluster %3").arg(verb, id, flags.positional().at(0));
    if (!s.mayWrite(proxyVerb("PUT"), summary)) {
        return ExitError;
    }
    if (target == RepairRunState::Aborted && !confirm(inv, Tr::tr("%1? An aborted run cannot be resumed.").arg(summary))) {
        s.record(summary, QStringLiteral("not-confirmed"), {});
        inv.err << "error: " << Tr::tr("not confirmed; nothing was sent (use --yes to skip the question)") << '\n';
        return ExitAborted;
    }
    RepairRun run;
    ReaperError error;
    if (!await<RepairRun, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->setRunState(id, target, ctx, ok, err); },
                                       &run, &error)) {
        s.record(summary, QStringLiteral("failed"), error.toString());
        return s.report(error);
    }
    s.record(summary, QStringLiteral("succeeded"), run.stateText);
    inv.out << Tr::tr("repair run %1 is %2 (%3/%4 segments repaired)").arg(run.id, run.stateText).arg(run.segmentsRepaired).arg(run.totalSegments)
            << '\n';
    return ExitOk;
}

} // namespace

int repairStart(Invocation &inv)
{
    CommandFlags flags = runFlags();
    if (!parseFlags(inv, flags, 1, 1)) {
        return ExitUsage;
    }
    ReaperSession s(inv);
    if (!s.open(flags.positional().at(0))) {
        return ExitError;
    }
    const auto request = runRequest(inv, flags, s);
    if (!request) {
        return ExitError;
    }
    const QString summary = Tr::tr("Repair keyspace %1 of cluster %2").arg(request->keyspace, flags.positional().at(0));
    if (!s.mayWrite(proxyVerb("POST"), summary)) {
        return ExitError;
    }
    RepairRun run;
    ReaperError error;
    if (!await<RepairRun, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->createRun(*request, ctx, ok, err); },
                                       &run, &error)) {
        s.record(summary, QStringLiteral("failed"), error.toString());
        return s.report(error);
    }
    inv.out << Tr::tr("repair run %1 created: %n segment(s)", nullptr, run.totalSegments).arg(run.id) << '\n';
    if (!flags.on("no-start")) {
        if (!await<RepairRun, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->startRun(run.id, ctx, ok, err); },
                                           &run, &error)) {
            s.record(summary, QStringLiteral("failed"), error.toString());
            return s.report(error);
        }
        inv.out << Tr::tr("repair run %1 started").arg(run.id) << '\n';
    }
    s.record(summary + QStringLiteral(" (run %1)").arg(run.id), QStringLiteral("sent"), {});
    inv.out.flush();
    if (inv.options.wait.value_or(false) && !flags.on("no-start")) {
        return followRun(inv, s, run);
    }
    return ExitOk;
}

int repairList(Invocation &inv)
{
    CommandFlags flags({{"state", 0, true}, {"keyspace", 'k', true}, {"limit", 0, true}});
    if (!parseFlags(inv, flags, 1, 1)) {
        return ExitUsage;
    }
    RepairRunFilter filter;
    for (const QString &st : flags.value("state").split(u',', Qt::SkipEmptyParts)) {
        const RepairRunState state = parseRunState(st);
        if (state == RepairRunState::Unknown) {
            return inv.fail(Tr::tr("invalid --state \"%1\": NOT_STARTED, RUNNING, PAUSED, DONE, ABORTED, ERROR").arg(st));
        }
        filter.states.append(state);
    }
    filter.keyspace = flags.value("keyspace");
    filter.limit = flags.value("limit").toInt();
    ReaperSession s(inv);
    if (!s.open(flags.positional().at(0))) {
        return ExitError;
    }
    filter.cluster = s.endpoint().reaperCluster;
    QList<RepairRun> runs;
    ReaperError error;
    if (!await<QList<RepairRun>, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->runs(filter, ctx, ok, err); },
                                              &runs, &error)) {
        return s.report(error);
    }
    if (isStructuredFormat(inv.options.output)) {
        QJsonArray items;
        for (const RepairRun &r : std::as_const(runs)) {
            items.append(r.toJson());
        }
        QString perr;
        return printStructured(inv.out, QJsonObject{{QStringLiteral("items"), items}}, inv.options.output, &perr) ? ExitOk : inv.fail(perr);
    }
    if (runs.isEmpty()) {
        inv.err << Tr::tr("No repair runs found for cluster %1.").arg(filter.cluster) << '\n';
        return ExitOk;
    }
    TabWriter w;
    w.addRow({QStringLiteral("ID"), QStringLiteral("KEYSPACE"), QStringLiteral("TABLES"), QStringLiteral("STATE"), QStringLiteral("PROGRESS"),
              QStringLiteral("INTENSITY"), QStringLiteral("PARALLELISM"), QStringLiteral("INCREMENTAL"), QStringLiteral("OWNER"), QStringLiteral("CREATED")});
    for (const RepairRun &r : std::as_const(runs)) {
        w.addRow({r.id, r.keyspace, r.tables.isEmpty() ? QStringLiteral("*") : r.tables.join(u','), r.stateText,
                  QStringLiteral("%1/%2").arg(r.segmentsRepaired).arg(r.totalSegments), QString::number(r.intensity),
                  parallelismName(r.parallelism), r.incremental ? QStringLiteral("true") : QStringLiteral("false"), r.owner, isoTime(r.creationTime)});
    }
    inv.out << w.toString();
    return ExitOk;
}

int repairStatus(Invocation &inv)
{
    CommandFlags flags({{"segments", 0, false}});
    if (!parseFlags(inv, flags, 2, 2)) {
        return ExitUsage;
    }
    ReaperSession s(inv);
    if (!s.open(flags.positional().at(0))) {
        return ExitError;
    }
    const QString id = flags.positional().at(1);
    RepairRun run;
    ReaperError error;
    if (!await<RepairRun, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->run(id, ctx, ok, err); }, &run, &error)) {
        return s.report(error);
    }
    if (inv.options.wait.value_or(false)) {
        return followRun(inv, s, run);
    }
    if (!flags.on("segments")) {
        return printRun(inv, run);
    }
    QList<RepairSegment> segments;
    if (!await<QList<RepairSegment>, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->segments(id, ctx, ok, err); },
                                                  &segments, &error)) {
        return s.report(error);
    }
    if (isStructuredFormat(inv.options.output)) {
        QJsonArray items;
        for (const RepairSegment &seg : std::as_const(segments)) {
            items.append(seg.toJson());
        }
        QString perr;
        QJsonObject o = run.toJson();
        o.insert(QStringLiteral("segments"), items);
        return printStructured(inv.out, o, inv.options.output, &perr) ? ExitOk : inv.fail(perr);
    }
    printRun(inv, run);
    TabWriter w;
    w.addRow({QStringLiteral("SEGMENT"), QStringLiteral("STATE"), QStringLiteral("START TOKEN"), QStringLiteral("END TOKEN"), QStringLiteral("COORDINATOR"),
              QStringLiteral("REPLICAS"), QStringLiteral("FAILURES")});
    for (const RepairSegment &seg : std::as_const(segments)) {
        w.addRow({seg.id, seg.state, seg.startToken, seg.endToken, seg.coordinator.isEmpty() ? QStringLiteral("-") : seg.coordinator,
                  seg.replicas.join(u','), QString::number(seg.failCount)});
    }
    inv.out << '\n' << w.toString();
    return ExitOk;
}

int repairPause(Invocation &inv)
{
    return changeState(inv, RepairRunState::Paused);
}

int repairResume(Invocation &inv)
{
    return changeState(inv, RepairRunState::Running);
}

int repairAbort(Invocation &inv)
{
    return changeState(inv, RepairRunState::Aborted);
}

int repairSchedule(Invocation &inv)
{
    CommandFlags flags = runFlags();
    if (!parseFlags(inv, flags, 1, 1)) {
        return ExitUsage;
    }
    ReaperSession s(inv);
    if (!s.open(flags.positional().at(0))) {
        return ExitError;
    }
    const QString cluster = flags.positional().at(0);
    ReaperError error;
    const auto scheduleDone = [&](const RepairSchedule &sc) {
        if (isStructuredFormat(inv.options.output)) {
            QString perr;
            return printStructured(inv.out, sc.toJson(), inv.options.output, &perr) ? int(ExitOk) : inv.fail(perr);
        }
        inv.out << Tr::tr("repair schedule %1 of keyspace %2 is %3; next run %4").arg(sc.id, sc.keyspace, sc.state, isoTime(sc.nextActivation)) << '\n';
        return int(ExitOk);
    };
    for (const char *action : {"pause", "resume"}) {
        if (!flags.isSet(action)) {
            continue;
        }
        const QString id = flags.value(action);
        const bool active = qstrcmp(action, "resume") == 0;
        const QString summary = (active ? Tr::tr("Resume repair schedule %1 of cluster %2") : Tr::tr("Pause repair schedule %1 of cluster %2")).arg(id, cluster);
        if (!s.mayWrite(proxyVerb("PUT"), summary)) {
            return ExitError;
        }
        RepairSchedule sc;
        if (!await<RepairSchedule, ReaperError>(
                [&](const QObject *ctx, auto ok, auto err) { return s.reaper()->setScheduleActive(id, active, ctx, ok, err); }, &sc, &error)) {
            s.record(summary, QStringLiteral("failed"), error.toString());
            return s.report(error);
        }
        s.record(summary, QStringLiteral("succeeded"), sc.state);
        return scheduleDone(sc);
    }
    if (flags.isSet("delete")) {
        const QString id = flags.value("delete");
        const QString summary = Tr::tr("Delete repair schedule %1 of cluster %2").arg(id, cluster);
        if (!s.mayWrite(proxyVerb("DELETE"), summary)) {
            return ExitError;
        }
        if (!confirm(inv, Tr::tr("%1?").arg(summary))) {
            s.record(summary, QStringLiteral("not-confirmed"), {});
            inv.err << "error: " << Tr::tr("not confirmed; nothing was sent (use --yes to skip the question)") << '\n';
            return ExitAborted;
        }
        RepairSchedule current;
        if (!await<RepairSchedule, ReaperError>(
                [&](const QObject *ctx, auto ok, auto err) { return s.reaper()->setScheduleActive(id, false, ctx, ok, err); }, &current, &error)) {
            return s.report(error);
        }
        bool deleted = false;
        if (!await<bool, ReaperError>(
                [&](const QObject *ctx, auto ok, auto err) {
                    return s.reaper()->deleteSchedule(id, current.owner, ctx, [ok] { ok(true); }, err);
                },
                &deleted, &error)) {
            s.record(summary, QStringLiteral("failed"), error.toString());
            return s.report(error);
        }
        s.record(summary, QStringLiteral("succeeded"), {});
        inv.out << Tr::tr("repair schedule %1 deleted").arg(id) << '\n';
        return ExitOk;
    }
    if (flags.on("list") || !flags.isSet("keyspace")) {
        QList<RepairSchedule> schedules;
        if (!await<QList<RepairSchedule>, ReaperError>(
                [&](const QObject *ctx, auto ok, auto err) { return s.reaper()->schedules(s.endpoint().reaperCluster, ctx, ok, err); }, &schedules,
                &error)) {
            return s.report(error);
        }
        if (isStructuredFormat(inv.options.output)) {
            QJsonArray items;
            for (const RepairSchedule &sc : std::as_const(schedules)) {
                items.append(sc.toJson());
            }
            QString perr;
            return printStructured(inv.out, QJsonObject{{QStringLiteral("items"), items}}, inv.options.output, &perr) ? ExitOk : inv.fail(perr);
        }
        TabWriter w;
        w.addRow({QStringLiteral("ID"), QStringLiteral("KEYSPACE"), QStringLiteral("TABLES"), QStringLiteral("STATE"), QStringLiteral("EVERY"),
                  QStringLiteral("NEXT RUN"), QStringLiteral("INTENSITY"), QStringLiteral("PARALLELISM"), QStringLiteral("OWNER")});
        for (const RepairSchedule &sc : std::as_const(schedules)) {
            w.addRow({sc.id, sc.keyspace, sc.tables.isEmpty() ? QStringLiteral("*") : sc.tables.join(u','), sc.state,
                      Tr::tr("%n day(s)", nullptr, sc.daysBetween), isoTime(sc.nextActivation), QString::number(sc.intensity),
                      parallelismName(sc.parallelism), sc.owner});
        }
        inv.out << w.toString();
        return ExitOk;
    }
    const auto run = runRequest(inv, flags, s);
    if (!run) {
        return ExitError;
    }
    RepairScheduleRequest request;
    request.run = *run;
    if (flags.isSet("days")) {
        bool ok = false;
        request.daysBetween = flags.value("days").toInt(&ok);
        if (!ok) {
            return inv.fail(Tr::tr("invalid --days \"%1\"").arg(flags.value("days")));
        }
    }
    if (flags.isSet("start")) {
        request.triggerTime = QDateTime::fromString(flags.value("start"), Qt::ISODate);
        if (!request.triggerTime.isValid()) {
            return inv.fail(Tr::tr("invalid --start \"%1\": an ISO 8601 time such as 2026-05-01T02:00:00Z").arg(flags.value("start")));
        }
    }
    const QString invalid = request.validate();
    if (!invalid.isEmpty()) {
        return inv.fail(invalid);
    }
    const QString summary = Tr::tr("Schedule repairs of keyspace %1 of cluster %2 every %n day(s)", nullptr, request.daysBetween)
                                .arg(request.run.keyspace, cluster);
    if (!s.mayWrite(proxyVerb("POST"), summary)) {
        return ExitError;
    }
    RepairSchedule sc;
    if (!await<RepairSchedule, ReaperError>([&](const QObject *ctx, auto ok, auto err) { return s.reaper()->createSchedule(request, ctx, ok, err); },
                                            &sc, &error)) {
        s.record(summary, QStringLiteral("failed"), error.toString());
        return s.report(error);
    }
    s.record(summary, QStringLiteral("succeeded"), sc.id);
    return scheduleDone(sc);
}

} // namespace Ringside::Cli
