// ringsidectl data-api: enable Mission Control's Data API on a cluster (through the guarded operation path), print
// the superuser's Data API token (and nothing else), and port-forward to the Data API until interrupted.
#include "clitr.h"
#include "clustersupport.h"
#include "command.h"
#include "flags.h"

#include "cassandra/services/dataapi.h"
#include "kube/portforward.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>

#include <unistd.h>

namespace Ringside::Cli {

using namespace Cassandra;
using namespace Cassandra::Services;

namespace {

bool parseFlags(Invocation &inv, CommandFlags &flags)
{
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return false;
    }
    if (flags.positional().size() != 1) {
        inv.err << "error: " << Tr::tr("expected %n argument(s)", nullptr, 1) << '\n';
        return false;
    }
    return true;
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    const ssize_t ignored = ::write(g_signalPipe[1], &c, 1);
    Q_UNUSED(ignored)
}

/*! Polls until the Data API of \a cluster has a running pod behind its service (or the timeout). */
int waitForDataApi(Invocation &inv, KubeSession &session, const QString &cluster, qint64 limit)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < limit) {
        QList<DataApiEndpoint> endpoints;
        KubeError error;
        if (await<QList<DataApiEndpoint>>([&](const QObject *ctx, auto ok, auto err) {
                return findDataApi(session.client(), session.nameSpace(), cluster, ctx, ok, err);
            }, &endpoints, &error)
            && !endpoints.isEmpty()) {
            ServiceBackend backend;
            if (await<ServiceBackend>([&](const QObject *ctx, auto ok, auto err) {
                    return findServiceBackend(session.client(), session.nameSpace(), endpoints.at(0).service, endpoints.at(0).portName, ctx, ok,
                                              err);
                }, &backend, &error)) {
                for (const DataApiEndpoint &e : std::as_const(endpoints)) {
                    inv.out << Tr::tr("Data API ready: service %1 port %2 (datacenter %3)").arg(e.service).arg(e.port).arg(e.datacenter) << '\n';
                }
                return ExitOk;
            }
        }
        ClusterSession::pause(300);
    }
    return inv.fail(Tr::tr("timed out waiting for the Data API of %1 to run").arg(cluster));
}

} // namespace

int dataApiEnableCommand(Invocation &inv)
{
    CommandFlags flags({{"port", 0, true}, {"disable", 0, false}, {"dry-run", 0, false}});
    if (!parseFlags(inv, flags)) {
        return ExitUsage;
    }
    std::optional<int> port;
    if (flags.isSet("port")) {
        bool ok = false;
        port = flags.value("port").toInt(&ok);
        if (!ok || *port < 1 || *port > 65535) {
            return inv.fail(Tr::tr("invalid --port \"%1\" (1 to 65535)").arg(flags.value("port")));
        }
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    const bool enable = !flags.on("disable");
    Ops::Operation op;
    op.kind = Ops::OperationKind::DataApi;
    op.target = {s.context(), c->nameSpace, c->name, {}, {}};
    op.summary = enable ? Tr::tr("Enable the Data API of cluster %1").arg(c->name) : Tr::tr("Disable the Data API of cluster %1").arg(c->name);
    if (c->kind != Domain::ClusterKind::MissionControlCluster) {
        op.errors << Tr::tr("%1 is a %2: the Data API comes with Mission Control (a MissionControlCluster's spec.dataApi)")
                         .arg(c->name, c->kindName());
    }
    Ops::ObjectChange change;
    change.action = Ops::ObjectChange::Action::MergePatch;
    change.apiVersion = c->apiVersion;
    change.kind = QStringLiteral("MissionControlCluster");
    change.nameSpace = c->nameSpace;
    change.name = c->name;
    change.manifest = QJsonDocument::fromJson(dataApiPatch(enable, port)).object();
    change.before = c->object.value(QLatin1String("spec")).toObject();
    QJsonObject after = change.before;
    QJsonObject dataApi = after.value(QLatin1String("dataApi")).toObject();
    dataApi.insert(QStringLiteral("enabled"), enable);
    if (port) {
        dataApi.insert(QStringLiteral("port"), *port);
    }
    after.insert(QStringLiteral("dataApi"), dataApi);
    change.after = after;
    op.changes.append(change);
    if (change.before == change.after && op.errors.isEmpty()) {
        inv.out << Tr::tr("The Data API of %1 is already %2.").arg(c->name, enable ? Tr::tr("enabled") : Tr::tr("disabled")) << '\n';
        return ExitOk;
    }
    const int code = s.execute(op, flags.on("dry-run"), true);
    if (code != ExitOk || !enable || flags.on("dry-run") || !inv.options.wait.value_or(false)) {
        return code;
    }
    return waitForDataApi(inv, s.kube(), c->name, s.timeoutMs(300000));
}

int dataApiTokenCommand(Invocation &inv)
{
    CommandFlags flags({});
    if (!parseFlags(inv, flags)) {
        return ExitUsage;
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    DataApiToken token;
    KubeError error;
    if (!await<DataApiToken>([&](const QObject *ctx, auto ok, auto err) {
            return readDataApiToken(session.client(), session.nameSpace(), flags.positional().at(0), ctx, ok, err);
        }, &token, &error)) {
        return session.report(error);
    }
    // Only the token: it goes into scripts (`TOKEN=$(ringsidectl data-api token demo)`).
    inv.out << token.token << '\n';
    return ExitOk;
}

int dataApiForwardCommand(Invocation &inv)
{
    CommandFlags flags({{"port", 'p', true}, {"dc", 0, true}});
    if (!parseFlags(inv, flags)) {
        return ExitUsage;
    }
    quint16 localPort = 0;
    if (flags.isSet("port")) {
        bool ok = false;
        const int p = flags.value("port").toInt(&ok);
        if (!ok || p < 0 || p > 65535) {
            return inv.fail(Tr::tr("invalid --port \"%1\" (0 to 65535; 0 picks a free port)").arg(flags.value("port")));
        }
        localPort = quint16(p);
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const QString cluster = flags.positional().at(0);
    QList<DataApiEndpoint> endpoints;
    KubeError error;
    if (!await<QList<DataApiEndpoint>>([&](const QObject *ctx, auto ok, auto err) {
            return findDataApi(session.client(), session.nameSpace(), cluster, ctx, ok, err);
        }, &endpoints, &error)) {
        return session.report(error);
    }
    const QString dc = flags.value("dc");
    endpoints.erase(std::remove_if(endpoints.begin(), endpoints.end(),
                                   [&](const DataApiEndpoint &e) { return !dc.isEmpty() && e.datacenter != dc && !e.service.contains(dc); }),
                    endpoints.end());
    if (endpoints.isEmpty()) {
        return inv.fail(Tr::tr("cluster %1 has no Data API service in namespace %2%3; enable it with: ringsidectl data-api enable %1")
                            .arg(cluster, session.nameSpace(), dc.isEmpty() ? QString() : Tr::tr(" for datacenter %1").arg(dc)));
    }
    const DataApiEndpoint endpoint = endpoints.constFirst();
    ServiceBackend backend;
    if (!await<ServiceBackend>([&](const QObject *ctx, auto ok, auto err) {
            return findServiceBackend(session.client(), session.nameSpace(), endpoint.service, endpoint.portName, ctx, ok, err);
        }, &backend, &error)) {
        return session.report(error);
    }
    PortForwarder forwarder(session.client(), session.nameSpace(), backend.pod, quint16(backend.targetPort));
    QString problem;
    if (!forwarder.start(localPort, &problem)) {
        return inv.fail(problem);
    }
    inv.out << Tr::tr("Forwarding from 127.0.0.1:%1 -> %2 (service %3, pod %4 port %5)")
                   .arg(forwarder.localPort())
                   .arg(endpoint.port)
                   .arg(endpoint.service, backend.pod)
                   .arg(backend.targetPort)
            << '\n'
            << Tr::tr("Data API: http://127.0.0.1:%1/v1 with header \"Token: $(ringsidectl data-api token %2)\"; Ctrl-C to stop")
                   .arg(forwarder.localPort())
                   .arg(cluster)
            << '\n';
    inv.out.flush();
    QEventLoop loop;
    QString endReason;
    QObject::connect(&forwarder, &PortForwarder::ended, &loop, [&](const QString &reason) {
        endReason = reason;
        loop.quit();
    });
    QObject::connect(&forwarder, &PortForwarder::connectionClosed, &loop, [&](const QString &e) {
        if (!e.isEmpty()) {
            inv.err << Tr::tr("connection failed: %1").arg(e) << '\n';
            inv.err.flush();
        }
    });
    bool interrupted = false;
    std::unique_ptr<QSocketNotifier> notifier;
    if (g_signalPipe[0] >= 0 || ::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char ch = 0;
            const ssize_t ignored = ::read(g_signalPipe[0], &ch, 1);
            Q_UNUSED(ignored)
            interrupted = true;
            loop.quit();
        });
    }
    // --timeout ends the forward after that long (scripts, tests); without it, it runs until interrupted.
    if (!inv.options.timeout.isEmpty()) {
        const auto ms = parseDurationMs(inv.options.timeout);
        if (!ms) {
            return inv.fail(Tr::tr("invalid --timeout \"%1\"").arg(inv.options.timeout));
        }
        QTimer::singleShot(std::chrono::milliseconds(*ms), &loop, &QEventLoop::quit);
    }
    loop.exec();
    QObject::disconnect(&forwarder, nullptr, &loop, nullptr); // stopping it ourselves is not an end to report
    forwarder.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!endReason.isEmpty()) {
        return inv.fail(Tr::tr("the forward ended: %1").arg(endReason));
    }
    Q_UNUSED(interrupted)
    return ExitOk;
}

} // namespace Ringside::Cli
