#include "clustersupport.h"

#include "clitr.h"
#include "flags.h"
#include "progressbar.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "kubeconfig/kubeconfig.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimer>

#include <optional>

#include <cstdio>

#include <unistd.h>

namespace Ringside::Cli {

using namespace Cassandra;

bool confirmOnTerminal(Invocation &inv, const QString &question)
{
    if (!isatty(STDIN_FILENO)) {
        return false;
    }
    inv.err << question << " [y/N] ";
    inv.err.flush();
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin)) {
        return false;
    }
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

ClusterSession::ClusterSession(Invocation &inv)
    : m_inv(inv)
    , m_session(inv)
{
}

bool ClusterSession::open()
{
    if (!m_session.open()) {
        return false;
    }
    Kubeconfig config;
    m_inv.loadKubeconfig(&config);
    m_context = m_inv.options.context.isEmpty() ? config.currentContext : m_inv.options.context;
    KubeError error;
    if (!m_session.blocking().resolve(m_session.discovery(), QStringLiteral("pods"), &error)) {
        m_session.report(error);
        return false;
    }
    m_installation = Domain::Installation::detect(m_context, m_session.discovery()->resources());
    return true;
}

namespace {

/*! The objects of \a resource in \a nameSpace (every namespace when empty) through \a session; nothing of that kind
    when the server does not serve it; nullopt (the error printed) when listing fails. */
std::optional<QList<QJsonObject>> listThrough(KubeSession &session, const QString &resource, const QString &nameSpace,
                                              const QString &labelSelector)
{
    const std::optional<ApiResource> r = session.discovery()->lookup(resource);
    if (!r) {
        return QList<QJsonObject>{}; // not served here: nothing of that kind
    }
    ListOptions options;
    options.labelSelector = labelSelector;
    const BlockingClient::Result res = session.blocking().listAll(r->ref(nameSpace), options);
    if (!res.ok()) {
        session.report(*res.error);
        return std::nullopt;
    }
    QList<QJsonObject> out;
    const QJsonArray items = res.response->object.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        QJsonObject o = v.toObject();
        // List items carry no apiVersion/kind: restore them for the builders.
        o.insert(QStringLiteral("apiVersion"), r->groupVersion());
        o.insert(QStringLiteral("kind"), r->kind);
        out << o;
    }
    return out;
}

const QLatin1String CassandraDatacenters("cassandradatacenters.cassandra.datastax.com");
const QLatin1String ClusterPodLabel("cassandra.datastax.com/cluster");

} // namespace

std::optional<QList<QJsonObject>> ClusterSession::list(const QString &resource, bool allNamespaces, const QString &labelSelector)
{
    return listThrough(m_session, resource, allNamespaces ? QString() : m_session.nameSpace(), labelSelector);
}

std::optional<Domain::ClusterTopology> ClusterSession::topology(bool allNamespaces)
{
    const bool all = allNamespaces || m_inv.options.allNamespaces;
    Domain::ContextObjects c;
    c.context = m_context;
    const std::pair<const char *, QList<QJsonObject> *> kinds[] = {
        {"missioncontrolclusters.missioncontrol.datastax.com", &c.missionControlClusters},
        {"k8ssandraclusters.k8ssandra.io", &c.k8ssandraClusters},
        {"cassandradatacenters.cassandra.datastax.com", &c.cassandraDatacenters},
        {"clientconfigs.config.k8ssandra.io", &c.clientConfigs},
    };
    for (const auto &[name, target] : kinds) {
        const auto items = list(QLatin1String(name), all);
        if (!items) {
            return std::nullopt;
        }
        *target = *items;
    }
    const auto pods = list(QStringLiteral("pods"), all, ClusterPodLabel);
    if (!pods) {
        return std::nullopt;
    }
    c.pods = *pods;
    // A datacenter with a k8sContext lives in another context of the kubeconfig (through its ClientConfig): map it,
    // read its CassandraDatacenter and pods there, and build one cluster across the contexts.
    Domain::ContextMapping mapping;
    const Kubeconfig config = KubeconfigLoader::load(m_inv.loadingRules());
    for (const KubeContext &k : config.contexts) {
        mapping.localContexts << k.name;
    }
    const Domain::ClusterTopology local = Domain::ClusterTopology::build(QList<Domain::ContextObjects>{c}, mapping);
    QMap<QString, QSet<QString>> remote; // context -> namespaces of its datacenters
    for (const Domain::Cluster &cl : local.clusters) {
        for (const Domain::Datacenter &dc : cl.datacenters) {
            if (!dc.context.isEmpty() && dc.context != m_context) {
                remote[dc.context].insert(dc.nameSpace);
            }
        }
    }
    if (remote.isEmpty()) {
        return local;
    }
    QList<Domain::ContextObjects> contexts{c};
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        Invocation there{m_inv.options, {}, m_inv.out, m_inv.err, m_inv.env};
        there.options.context = it.key();
        there.options.nameSpace.clear();
        KubeSession session(there);
        KubeError error;
        if (!session.open() || !session.blocking().resolve(session.discovery(), QStringLiteral("pods"), &error)) {
            m_inv.err << "warning: " << Tr::tr("cannot read context %1 (datacenters of this cluster live there): %2").arg(it.key(), error.message)
                      << '\n';
            continue; // the topology names the datacenters whose objects were not read
        }
        Domain::ContextObjects objects;
        objects.context = it.key();
        bool ok = true;
        for (const QString &ns : it.value()) {
            const auto dcs = listThrough(session, CassandraDatacenters, all ? QString() : ns, {});
            const auto dcPods = dcs ? listThrough(session, QStringLiteral("pods"), all ? QString() : ns, ClusterPodLabel) : std::nullopt;
            if (!dcs || !dcPods) {
                ok = false;
                break;
            }
            objects.cassandraDatacenters += *dcs;
            objects.pods += *dcPods;
            if (all) {
                break; // every namespace at once
            }
        }
        if (ok) {
            contexts << objects;
        } else {
            m_inv.err << "warning: " << Tr::tr("cannot list the datacenters of context %1").arg(it.key()) << '\n';
        }
    }
    return Domain::ClusterTopology::build(contexts, mapping);
}

std::optional<Domain::Cluster> ClusterSession::cluster(const QString &name)
{
    const auto t = topology();
    if (!t) {
        return std::nullopt;
    }
    const Domain::Cluster *c = t->find(name, m_inv.options.allNamespaces ? QString() : m_session.nameSpace());
    if (!c) {
        m_inv.fail(Tr::tr("cluster \"%1\" not found in namespace %2 (context %3)").arg(name, m_session.nameSpace(), m_context));
        return std::nullopt;
    }
    return *c;
}

qint64 ClusterSession::timeoutMs(qint64 fallback) const
{
    if (m_inv.options.timeout.isEmpty()) {
        return fallback;
    }
    return parseDurationMs(m_inv.options.timeout).value_or(fallback);
}

void ClusterSession::pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void ClusterSession::record(const Ops::Operation &op, const QString &result, const QString &message)
{
    Ops::HistoryEntry e;
    e.context = m_context;
    e.operation = Ops::operationKindKey(op.kind);
    e.target = op.target.toString();
    e.summary = op.summary;
    e.result = result;
    e.message = message;
    const QString path = m_inv.env.value(QStringLiteral("RINGSIDE_HISTORY_FILE"));
    QString error;
    if (!Ops::OperationHistory(path).append(e, &error)) {
        m_inv.err << "warning: " << error << '\n';
    }
}

QString ClusterSession::managedElsewhere(const Ops::Operation &op)
{
    // A change to a CassandraDatacenter object only comes from a cluster that is that datacenter alone. When
    // k8ssandra-operator labels it as part of a K8ssandraCluster, that cluster is not in this context (else the
    // topology would have routed the change to it): it lives in the control plane's context, and its operator would
    // undo a direct change here.
    for (const Ops::ObjectChange &c : op.changes) {
        if (c.kind != QLatin1String("CassandraDatacenter") || c.action == Ops::ObjectChange::Action::Create) {
            continue;
        }
        KubeRequest request;
        request.method = "GET";
        request.path = QLatin1String("/apis/") + c.apiVersion + QLatin1String("/namespaces/") + c.nameSpace
                       + QLatin1String("/cassandradatacenters/") + c.name;
        const BlockingClient::Result r = m_session.blocking().send(request);
        if (!r.ok()) {
            continue; // the dry run reports what is wrong with the object
        }
        const QJsonObject labels = r.response->object.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
        const QString owner = labels.value(QLatin1String("k8ssandra.io/cluster-name")).toString();
        if (!owner.isEmpty()) {
            const QString ownerNs = labels.value(QLatin1String("k8ssandra.io/cluster-namespace")).toString(c.nameSpace);
            return Tr::tr("datacenter %1 is managed by K8ssandraCluster %2 (namespace %3), which is not in context %4: change it "
                          "through that cluster with --context set to its control plane; k8ssandra-operator would undo a "
                          "direct change here. Nothing was sent")
                .arg(c.name, owner, ownerNs, m_context);
        }
    }
    return {};
}

int ClusterSession::refuse(const Ops::Operation &op, const QString &message, int code)
{
    record(op, QStringLiteral("refused"), message);
    m_inv.fail(message);
    return code;
}

bool ClusterSession::checkAccess(const Ops::Operation &op, QString *refusal)
{
    for (const Ops::AccessCheck &check : Ops::requiredAccess(op)) {
        KubeRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
        request.body = QJsonDocument(check.reviewObject()).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
        const BlockingClient::Result r = m_session.blocking().send(request);
        if (!r.ok()) {
            *refusal = Tr::tr("cannot check permissions (%1): %2").arg(check.toString(), r.error->toString());
            return false;
        }
        Ops::AccessCheck shown = check;
        shown.context = m_context;
        const Ops::AccessDecision d = Ops::AccessDecision::fromReview(r.response->object);
        if (!d.allowed) {
            *refusal = Ops::permissionRefusal(shown, d);
            return false;
        }
    }
    return true;
}

bool ClusterSession::send(const Ops::ObjectChange &change, const QString &fieldManager, bool dryRun, QString *error)
{
    KubeError e;
    const std::optional<ApiResource> r = m_session.resolveKind(change.apiVersion, change.kind, &e);
    if (!r) {
        *error = e.toString();
        return false;
    }
    const ResourceRef ref = r->ref(change.nameSpace, change.name);
    BlockingClient::Result res;
    switch (change.action) {
    case Ops::ObjectChange::Action::Apply: {
        ApplyOptions o;
        o.force = change.force;
        o.dryRun = dryRun;
        o.fieldManager = fieldManager;
        res = m_session.blocking().apply(ref, QJsonDocument(change.manifest).toJson(QJsonDocument::Compact), o);
        break;
    }
    case Ops::ObjectChange::Action::Create: {
        WriteOptions o;
        o.dryRun = dryRun;
        o.fieldManager = fieldManager;
        res = m_session.blocking().create(r->ref(change.nameSpace), change.manifest, o);
        break;
    }
    case Ops::ObjectChange::Action::MergePatch: {
        WriteOptions o;
        o.dryRun = dryRun;
        o.fieldManager = fieldManager;
        res = m_session.blocking().patch(ref, PatchType::Merge, QJsonDocument(change.manifest).toJson(QJsonDocument::Compact), o);
        break;
    }
    case Ops::ObjectChange::Action::Delete: {
        DeleteOptions o;
        o.dryRun = dryRun;
        res = m_session.blocking().remove(ref, o);
        break;
    }
    }
    if (!res.ok()) {
        *error = res.error->toString();
        return false;
    }
    return true;
}

void ClusterSession::printProgress(const Ops::Progress &p)
{
    for (const Ops::NodeProgress &n : p.nodes) {
        const QString line = n.state + (n.message.isEmpty() ? QString() : QLatin1String(" (") + n.message + u')');
        if (m_printed.value(n.node) != line) {
            m_printed.insert(n.node, line);
            m_inv.out << "  " << n.node << ": " << line << '\n';
        }
    }
    const QString overall = p.toString();
    if (m_printed.value(QStringLiteral("\n")) != overall) {
        m_printed.insert(QStringLiteral("\n"), overall);
        m_inv.out << overall << '\n';
    }
    m_inv.out.flush();
}

int ClusterSession::execute(const Ops::Operation &op, bool dryRun, bool showDiff, const std::function<Ops::Progress()> &progress)
{
    QTextStream &out = m_inv.out;
    out << op.summary << '\n';
    for (const QString &w : op.warnings) {
        m_inv.err << "warning: " << w << '\n';
    }
    if (!op.errors.isEmpty()) {
        for (const QString &e : op.errors) {
            m_inv.err << "error: " << e << '\n';
        }
        record(op, QStringLiteral("invalid"), op.errors.join(QLatin1String("; ")));
        return ExitError;
    }
    if (showDiff || dryRun) {
        out << op.diff();
    }
    Ops::Operation routed = op;
    for (Ops::ObjectChange &c : routed.changes) {
        if (c.context.isEmpty()) {
            c.context = m_context;
        } else if (c.context != m_context) {
            return refuse(op, Tr::tr("%1 lives in context %2; run this command with --context %2").arg(c.describe(), c.context), ExitError);
        }
    }
    routed.target.context = m_context;
    if (const QString managed = managedElsewhere(routed); !managed.isEmpty()) {
        return refuse(op, managed, ExitError);
    }
    const QString refusal = Ops::WriteGuard(readOnlyContexts(m_inv)).refusal(routed);
    if (!refusal.isEmpty()) {
        return refuse(op, refusal, ExitError);
    }
    QString denied;
    if (!checkAccess(routed, &denied)) {
        return refuse(op, denied, ExitError);
    }
    if (op.destructive && !dryRun && !m_inv.options.yes) {
        if (!confirmOnTerminal(m_inv, Tr::tr("%1. Continue?").arg(op.summary))) {
            record(op, QStringLiteral("not-confirmed"), {});
            m_inv.err << "error: " << Tr::tr("not confirmed; nothing was sent (use --yes to skip the question)") << '\n';
            return ExitAborted;
        }
    }
    for (const Ops::ObjectChange &c : std::as_const(routed.changes)) {
        QString error;
        if (!send(c, op.fieldManager(), true, &error)) {
            record(op, QStringLiteral("failed"), Tr::tr("dry run: %1").arg(error));
            return m_inv.fail(Tr::tr("the server refused %1 (dry run): %2").arg(c.describe(), error));
        }
    }
    if (dryRun) {
        for (const Ops::ObjectChange &c : std::as_const(routed.changes)) {
            out << c.describe() << ' ' << Tr::tr("(server dry run)") << '\n';
        }
        record(op, QStringLiteral("dry-run"), {});
        return ExitOk;
    }
    for (const Ops::ObjectChange &c : std::as_const(routed.changes)) {
        QString error;
        if (!send(c, op.fieldManager(), false, &error)) {
            record(op, QStringLiteral("failed"), error);
            return m_inv.fail(Tr::tr("%1 failed: %2").arg(c.describe(), error));
        }
        out << c.describe() << '\n';
    }
    for (const QString &f : op.followUps) {
        out << Tr::tr("next: %1").arg(f) << '\n';
    }
    const bool wait = m_inv.options.wait.value_or(false);
    if (!wait || !progress) {
        record(op, QStringLiteral("sent"), {});
        return ExitOk;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 limit = timeoutMs(600000);
    // A terminal gets one bar redrawn in place; pipes and files keep the plain lines.
    std::optional<ProgressLine> bar;
    if (const int fd = progressTerminal(m_inv.out, m_inv.env); fd >= 0) {
        bar.emplace(m_inv.out, fd, m_inv.env);
    }
    while (true) {
        const Ops::Progress p = progress();
        if (bar) {
            bar->update(progressBarState(p, timer.elapsed()));
        } else {
            printProgress(p);
        }
        if (p.isFinished()) {
            if (bar) {
                bar->finish();
            }
            const bool ok = p.state == Ops::Progress::State::Succeeded;
            record(op, ok ? QStringLiteral("succeeded") : QStringLiteral("failed"), p.message);
            if (!ok) {
                return m_inv.fail(Tr::tr("the operation failed: %1").arg(p.message));
            }
            return ExitOk;
        }
        if (timer.elapsed() > limit) {
            if (bar) {
                bar->finish();
            }
            record(op, QStringLiteral("timeout"), p.toString());
            return m_inv.fail(Tr::tr("timed out waiting: %1").arg(p.toString()));
        }
        pause(500);
    }
}

QSet<QString> readOnlyContexts(const Invocation &inv)
{
    QString file;
    const QString xdg = inv.env.value(QStringLiteral("XDG_CONFIG_HOME"));
    const QString home = inv.env.value(QStringLiteral("HOME"));
    if (!xdg.isEmpty()) {
        file = xdg + QLatin1String("/Ringside/ringside.ini");
    } else if (!home.isEmpty()) {
        file = home + QLatin1String("/.config/Ringside/ringside.ini");
    }
    return Cassandra::Ops::readOnlyContexts(inv.env.value(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS")), file);
}

} // namespace Ringside::Cli
