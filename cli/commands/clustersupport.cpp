#include "clustersupport.h"

#include "clitr.h"
#include "flags.h"

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "kubeconfig/kubeconfig.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

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

std::optional<QList<QJsonObject>> ClusterSession::list(const QString &resource, bool allNamespaces, const QString &labelSelector)
{
    const std::optional<ApiResource> r = m_session.discovery()->lookup(resource);
    if (!r) {
        return QList<QJsonObject>{}; // not served here: nothing of that kind
    }
    ListOptions options;
    options.labelSelector = labelSelector;
    const BlockingClient::Result res = m_session.blocking().listAll(r->ref(allNamespaces ? QString() : m_session.nameSpace()), options);
    if (!res.ok()) {
        m_session.report(*res.error);
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
    const auto pods = list(QStringLiteral("pods"), all, QStringLiteral("cassandra.datastax.com/cluster"));
    if (!pods) {
        return std::nullopt;
    }
    c.pods = *pods;
    return Domain::ClusterTopology::build(QList<Domain::ContextObjects>{c});
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
    while (true) {
        const Ops::Progress p = progress();
        printProgress(p);
        if (p.isFinished()) {
            const bool ok = p.state == Ops::Progress::State::Succeeded;
            record(op, ok ? QStringLiteral("succeeded") : QStringLiteral("failed"), p.message);
            if (!ok) {
                return m_inv.fail(Tr::tr("the operation failed: %1").arg(p.message));
            }
            return ExitOk;
        }
        if (timer.elapsed() > limit) {
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
