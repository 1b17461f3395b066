// ringsidectl cluster ...: list, status, detect, create, upgrade, config, scale, add-dc, remove-dc, stop, resume.
#include "clustersupport.h"

#include "clitr.h"
#include "flags.h"
#include "output.h"

#include "cassandra/ops/clusterops.h"
#include "cassandra/ops/clusterspec.h"
#include "util/tabwriter.h"

#include <QFile>
#include <QJsonArray>

namespace Ringside::Cli {

using namespace Cassandra;

namespace {

QJsonObject clusterJson(const Domain::Cluster &c)
{
    QJsonArray dcs;
    for (const Domain::Datacenter &d : c.datacenters) {
        QJsonArray nodes;
        for (const Domain::Node &n : d.nodes) {
            QJsonObject sources;
            for (auto it = n.sources.begin(); it != n.sources.end(); ++it) {
                sources.insert(it.key(), it.value());
            }
            nodes.append(QJsonObject{{QStringLiteral("name"), n.name},     {QStringLiteral("status"), n.statusCode()},
                                     {QStringLiteral("ip"), n.ip},         {QStringLiteral("hostId"), n.hostId},
                                     {QStringLiteral("rack"), n.rack},     {QStringLiteral("ready"), n.ready},
                                     {QStringLiteral("restarts"), n.restarts}, {QStringLiteral("version"), n.serverVersion},
                                     {QStringLiteral("nodeState"), n.nodeState}, {QStringLiteral("sources"), sources}});
        }
        dcs.append(QJsonObject{{QStringLiteral("name"), d.name},         {QStringLiteral("datacenterName"), d.displayName()},
                               {QStringLiteral("context"), d.context},   {QStringLiteral("size"), d.size},
                               {QStringLiteral("ready"), d.readyCount},  {QStringLiteral("phase"), d.phase()},
                               {QStringLiteral("progress"), d.progress}, {QStringLiteral("statusSource"), d.statusSource},
                               {QStringLiteral("nodes"), nodes}});
    }
    return QJsonObject{{QStringLiteral("name"), c.name},       {QStringLiteral("namespace"), c.nameSpace},
                       {QStringLiteral("kind"), c.kindName()}, {QStringLiteral("type"), c.typeName()},
                       {QStringLiteral("version"), c.serverVersion}, {QStringLiteral("phase"), c.phase()},
                       {QStringLiteral("health"), c.health()}, {QStringLiteral("error"), c.error},
                       {QStringLiteral("datacenters"), dcs}};
}

/*! Parses the command's flags; prints the error and returns false on bad usage. */
bool parseFlags(Invocation &inv, CommandFlags &flags)
{
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return false;
    }
    return true;
}

std::optional<int> requireName(Invocation &inv, const CommandFlags &flags)
{
    if (flags.positional().size() != 1) {
        inv.err << "error: " << Tr::tr("expected exactly one cluster name") << '\n';
        return ExitUsage;
    }
    return std::nullopt;
}

/*! The rollout goal of \a op on \a cluster: what each affected datacenter should look like. */
std::function<Ops::Progress()> rollout(ClusterSession &s, const QString &name, const Ops::RolloutGoal &goal)
{
    return [&s, name, goal]() {
        const auto t = s.topology();
        Ops::Progress p;
        if (!t || !t->find(name)) {
            p.state = Ops::Progress::State::Running;
            p.message = Tr::tr("cluster %1 not readable yet").arg(name);
            return p;
        }
        return Ops::rolloutProgress(*t->find(name), goal);
    };
}

} // namespace

int clusterList(Invocation &inv)
{
    ClusterSession s(inv);
    if (!s.open()) {
        return ExitError;
    }
    const auto t = s.topology();
    if (!t) {
        return ExitError;
    }
    if (isStructuredFormat(inv.options.output)) {
        QJsonArray items;
        for (const Domain::Cluster &c : t->clusters) {
            items.append(clusterJson(c));
        }
        QString error;
        return printStructured(inv.out, QJsonObject{{QStringLiteral("items"), items}}, inv.options.output, &error) ? ExitOk : inv.fail(error);
    }
    if (t->clusters.isEmpty()) {
        inv.err << Tr::tr("No clusters found in %1.").arg(inv.options.allNamespaces ? Tr::tr("any namespace") : Tr::tr("namespace %1").arg(s.kube().nameSpace()))
                << '\n';
        return ExitOk;
    }
    TabWriter w;
    QStringList header;
    if (inv.options.allNamespaces) {
        header << QStringLiteral("NAMESPACE");
    }
    header << QStringLiteral("NAME") << QStringLiteral("KIND") << QStringLiteral("TYPE") << QStringLiteral("VERSION") << QStringLiteral("DCS")
           << QStringLiteral("NODES") << QStringLiteral("PHASE") << QStringLiteral("HEALTH");
    w.addRow(header);
    for (const Domain::Cluster &c : t->clusters) {
        QStringList row;
        if (inv.options.allNamespaces) {
            row << c.nameSpace;
        }
        QStringList dcs;
        for (const Domain::Datacenter &d : c.datacenters) {
            dcs << d.displayName();
        }
        row << c.name << c.kindName() << c.typeName() << c.serverVersion << dcs.join(u',')
            << QStringLiteral("%1/%2").arg(c.readyCount()).arg(c.size()) << c.phase() << c.health();
        w.addRow(row);
    }
    inv.out << w.toString();
    for (const QString &p : t->problems) {
        inv.err << "warning: " << p << '\n';
    }
    return ExitOk;
}

int clusterStatus(Invocation &inv)
{
    CommandFlags flags({});
    if (!parseFlags(inv, flags)) {
        return ExitUsage;
    }
    if (auto code = requireName(inv, flags)) {
        return *code;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().constFirst());
    if (!c) {
        return ExitError;
    }
    if (isStructuredFormat(inv.options.output)) {
        QString error;
        return printStructured(inv.out, clusterJson(*c), inv.options.output, &error) ? ExitOk : inv.fail(error);
    }
    QTextStream &out = inv.out;
    out << Tr::tr("Cluster: %1 (%2 %3, %4) phase %5, health %6").arg(c->name, c->typeName(), c->serverVersion, c->kindName(), c->phase(), c->health())
        << '\n';
    if (!c->error.isEmpty()) {
        out << Tr::tr("Error: %1").arg(c->error) << '\n';
    }
    for (const Domain::Datacenter &d : c->datacenters) {
        out << "\n"
            << Tr::tr("Datacenter: %1 (context %2, %3/%4 ready, %5, progress %6, status from %7)")
                   .arg(d.displayName(), d.context.isEmpty() ? Tr::tr("unmapped") : d.context)
                   .arg(d.readyCount)
                   .arg(d.size)
                   .arg(d.phase(), d.progress.isEmpty() ? QStringLiteral("-") : d.progress,
                        d.statusSource.isEmpty() ? Tr::tr("nothing yet") : d.statusSource)
            << '\n';
        if (!d.problem.isEmpty()) {
            out << "  " << d.problem << '\n';
        }
        out << "Status=Up/Down\n|/ State=Normal/Leaving/Joining/Moving\n";
        TabWriter w;
        w.addRow({QStringLiteral("--"), QStringLiteral("Address"), QStringLiteral("Host ID"), QStringLiteral("Rack"), QStringLiteral("Version"),
                  QStringLiteral("Ready"), QStringLiteral("Restarts"), QStringLiteral("Pod")});
        for (const Domain::Node &n : d.nodes) {
            w.addRow({n.statusCode(), n.ip.isEmpty() ? QStringLiteral("?") : n.ip, n.hostId.isEmpty() ? QStringLiteral("?") : n.hostId,
                      n.rack, n.serverVersion.isEmpty() ? QStringLiteral("?") : n.serverVersion,
                      n.ready ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(n.restarts), n.name});
        }
        out << w.toString();
    }
    out << '\n'
        << Tr::tr("Sources: --/Ready/Restarts = pod status and the cass-operator node-state label; Address = pod status "
                  "(else CassandraDatacenter.status.nodeStatuses); Host ID = CassandraDatacenter.status.nodeStatuses; "
                  "Version = pod label app.kubernetes.io/version. For Cassandra's own view run nodetool status.")
        << '\n';
    return ExitOk;
}

int clusterDetect(Invocation &inv)
{
    ClusterSession s(inv);
    if (!s.open()) {
        return ExitError;
    }
    const Domain::Installation &i = s.installation();
    inv.out << Tr::tr("Context %1: %2").arg(s.context(), Domain::flavorName(i.flavor())) << '\n' << i.summary() << '\n';
    for (const QString &m : i.missing()) {
        inv.out << "missing: " << m << '\n';
    }
    return ExitOk;
}

int clusterCreate(Invocation &inv)
{
    CommandFlags flags({{"filename", 'f', true}, {"name", 0, true}, {"type", 0, true}, {"version", 0, true}, {"dc", 0, true, true},
                        {"storage-class", 0, true}, {"storage-size", 0, true}, {"heap", 0, true}, {"data-api", 0, false},
                        {"dry-run", 0, false}, {"diff", 0, false}});
    if (!parseFlags(inv, flags)) {
        return ExitUsage;
    }
    Ops::ClusterSpec spec;
    QString error;
    if (flags.isSet("filename")) {
        QFile f(flags.value("filename"));
        if (!f.open(QIODevice::ReadOnly)) {
            return inv.fail(Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        }
        const auto parsed = Ops::ClusterSpec::fromYaml(f.readAll(), &error);
        if (!parsed) {
            return inv.fail(Tr::tr("%1: %2").arg(f.fileName(), error));
        }
        spec = *parsed;
    } else {
        spec.name = flags.value("name", flags.positional().value(0));
        spec.serverType = flags.value("type", QStringLiteral("cassandra")).toLower();
        spec.serverVersion = flags.value("version");
        for (const QString &d : flags.values("dc")) {
            const auto dc = Ops::DatacenterSpec::parse(d, &error);
            if (!dc) {
                inv.err << "error: " << error << '\n';
                return ExitUsage;
            }
            spec.datacenters << *dc;
        }
        spec.storageClass = flags.value("storage-class");
        spec.storageSize = flags.value("storage-size", spec.storageSize);
        spec.heap = flags.value("heap");
        spec.dataApi = flags.on("data-api");
    }
    ClusterSession s(inv);
    if (!s.open()) {
        return ExitError;
    }
    if (spec.nameSpace.isEmpty() || s.kube().namespaceExplicit()) {
        spec.nameSpace = s.kube().nameSpace();
    }
    QStringList classes;
    if (const auto scs = s.list(QStringLiteral("storageclasses.storage.k8s.io"), true)) {
        for (const QJsonObject &sc : *scs) {
            classes << sc.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        }
    }
    const Ops::Operation op = Ops::createCluster(spec, s.installation(), classes);
    Ops::RolloutGoal goal;
    for (const Ops::DatacenterSpec &d : spec.datacenters) {
        const bool prefixed = op.changes.value(0).kind == QLatin1String("MissionControlCluster") && spec.manifest.isEmpty();
        goal.datacenters.insert(prefixed ? spec.name + u'-' + d.name : d.name, Ops::RolloutGoal::Dc{0, d.size, std::nullopt, {}, false});
    }
    return s.execute(op, flags.on("dry-run"), flags.on("diff"), rollout(s, spec.name, goal));
}

namespace {

/*! Parses the flags, checks for one cluster name, opens the session and reads the cluster. */
struct Prepared
{
    std::optional<int> exit;
    std::optional<Domain::Cluster> cluster;
};

Prepared prepare(Invocation &inv, CommandFlags &flags, ClusterSession &s)
{
    if (!parseFlags(inv, flags)) {
        return {ExitUsage, {}};
    }
    if (auto code = requireName(inv, flags)) {
        return {code, {}};
    }
    auto c = s.openCluster(flags.positional().constFirst());
    if (!c) {
        return {ExitError, {}};
    }
    return {std::nullopt, c};
}

} // namespace

int clusterUpgrade(Invocation &inv)
{
    CommandFlags flags({{"version", 0, true}, {"upgradesstables", 0, false}, {"dry-run", 0, false}, {"diff", 0, false}});
    ClusterSession s(inv);
    const Prepared p = prepare(inv, flags, s);
    if (p.exit) {
        return *p.exit;
    }
    if (!flags.isSet("version")) {
        inv.err << "error: " << Tr::tr("--version is required") << '\n';
        return ExitUsage;
    }
    const QString version = flags.value("version");
    const Ops::Operation op = Ops::upgradeCluster(*p.cluster, version);
    const int code = s.execute(op, flags.on("dry-run"), flags.on("diff"),
                               rollout(s, p.cluster->name, Ops::rolloutGoal(*p.cluster, op, version, std::nullopt, std::nullopt)));
    if (code != ExitOk || !flags.on("upgradesstables") || flags.on("dry-run")) {
        return code;
    }
    if (!inv.options.wait.value_or(false)) {
        inv.out << Tr::tr("next: run `ringsidectl cluster task %1 upgradesstables` once every node runs %2 (or use --wait)").arg(p.cluster->name, version)
                << '\n';
        return code;
    }
    Invocation task{inv.options, {p.cluster->name, QStringLiteral("upgradesstables")}, inv.out, inv.err, inv.env};
    return clusterTask(task);
}

int clusterConfig(Invocation &inv)
{
    CommandFlags flags({{"set", 0, true, true}, {"dry-run", 0, false}, {"diff", 0, false}});
    ClusterSession s(inv);
    const Prepared p = prepare(inv, flags, s);
    if (p.exit) {
        return *p.exit;
    }
    const Ops::Operation op = Ops::changeConfig(*p.cluster, flags.values("set"));
    return s.execute(op, flags.on("dry-run"), true, rollout(s, p.cluster->name, Ops::rolloutGoal(*p.cluster, op, {}, std::nullopt, std::nullopt)));
}

int clusterScale(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"size", 0, true}, {"dry-run", 0, false}, {"diff", 0, false}});
    ClusterSession s(inv);
    const Prepared p = prepare(inv, flags, s);
    if (p.exit) {
        return *p.exit;
    }
    bool ok = false;
    const int size = flags.value("size").toInt(&ok);
    if (!ok) {
        inv.err << "error: " << Tr::tr("--size must be a number of nodes") << '\n';
        return ExitUsage;
    }
    QString dc = flags.value("dc");
    if (dc.isEmpty() && p.cluster->datacenters.size() == 1) {
        dc = p.cluster->datacenters.constFirst().name;
    }
    const Ops::Operation op = Ops::scaleDatacenter(*p.cluster, dc, size);
    return s.execute(op, flags.on("dry-run"), flags.on("diff"), rollout(s, p.cluster->name, Ops::rolloutGoal(*p.cluster, op, {}, size, std::nullopt)));
}

int clusterAddDc(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"dry-run", 0, false}, {"diff", 0, false}});
    ClusterSession s(inv);
    const Prepared p = prepare(inv, flags, s);
    if (p.exit) {
        return *p.exit;
    }
    QString error;
    const auto dc = Ops::DatacenterSpec::parse(flags.value("dc"), &error);
    if (!dc) {
        inv.err << "error: " << error << '\n';
        return ExitUsage;
    }
    const Ops::Operation op = Ops::addDatacenter(*p.cluster, *dc);
    QString objectName = dc->name;
    const QJsonArray dcs = op.changes.value(0).after.value(QLatin1String("cassandra")).toObject().value(QLatin1String("datacenters")).toArray();
    const QJsonArray mccDcs = op.changes.value(0).after.value(QLatin1String("k8ssandra")).toObject().value(QLatin1String("cassandra")).toObject()
                                  .value(QLatin1String("datacenters")).toArray();
    const QJsonArray all = dcs.isEmpty() ? mccDcs : dcs;
    if (!all.isEmpty()) {
        objectName = all.last().toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    }
    Ops::RolloutGoal goal;
    goal.datacenters.insert(objectName, Ops::RolloutGoal::Dc{0, dc->size, std::nullopt, {}, false});
    return s.execute(op, flags.on("dry-run"), flags.on("diff"), rollout(s, p.cluster->name, goal));
}

int clusterRemoveDc(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"dry-run", 0, false}, {"diff", 0, false}});
    ClusterSession s(inv);
    const Prepared p = prepare(inv, flags, s);
    if (p.exit) {
        return *p.exit;
    }
    const Ops::Operation op = Ops::removeDatacenter(*p.cluster, flags.value("dc"), std::nullopt);
    return s.execute(op, flags.on("dry-run"), flags.on("diff"), rollout(s, p.cluster->name, Ops::rolloutGoal(*p.cluster, op, {}, std::nullopt, std::nullopt)));
}

namespace {

int stopOrResume(Invocation &inv, bool stop)
{
    CommandFlags flags({{"dc", 0, true}, {"dry-run", 0, false}, {"diff", 0, false}});
    ClusterSession s(inv);
    const Prepared p = prepare(inv, flags, s);
    if (p.exit) {
        return *p.exit;
    }
    const Ops::Operation op = Ops::stopDatacenter(*p.cluster, flags.value("dc"), stop);
    return s.execute(op, flags.on("dry-run"), flags.on("diff"), rollout(s, p.cluster->name, Ops::rolloutGoal(*p.cluster, op, {}, std::nullopt, stop)));
}

} // namespace

int clusterStop(Invocation &inv)
{
    return stopOrResume(inv, true);
}

int clusterResume(Invocation &inv)
{
    return stopOrResume(inv, false);
}

} // namespace Ringside::Cli
