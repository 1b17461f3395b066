// ringsidectl cluster task, backup create|list|schedule, restore, history: new objects and their progress.
#include "clustersupport.h"

#include "clitr.h"
#include "flags.h"
#include "output.h"

#include "cassandra/ops/history.h"
#include "cassandra/ops/taskops.h"
#include "util/tabwriter.h"

#include <QDateTime>
#include <QJsonArray>

namespace Ringside::Cli {

using namespace Cassandra;

namespace {

/*! Reads an object the operation created; empty when not (yet) there. */
QJsonObject fetch(ClusterSession &s, const QString &apiVersion, const QString &kind, const QString &ns, const QString &name)
{
    KubeError e;
    const std::optional<ApiResource> r = s.kube().resolveKind(apiVersion, kind, &e);
    if (!r) {
        return {};
    }
    const BlockingClient::Result res = s.kube().blocking().get(r->ref(ns, name));
    return res.ok() ? res.response->object : QJsonObject();
}

/*! The progress of every object \a op creates, combined. */
std::function<Ops::Progress()> createdProgress(ClusterSession &s, const Ops::Operation &op)
{
    return [&s, op]() {
        QList<Ops::Progress> parts;
        for (const Ops::ObjectChange &c : op.changes) {
            const QJsonObject o = fetch(s, c.apiVersion, c.kind, c.nameSpace, c.name);
            QJsonObject backup;
            if (c.kind == QLatin1String("MedusaBackupJob")) {
                const QString backupVersion = s.installation().medusaBackup.isEmpty() ? c.apiVersion : s.installation().medusaBackup;
                backup = fetch(s, backupVersion, QStringLiteral("MedusaBackup"), c.nameSpace, c.name);
            }
            parts.append(Ops::createdObjectProgress(c.kind, o, backup));
        }
        return Ops::combineProgress(parts);
    };
}

bool parse(Invocation &inv, CommandFlags &flags, int names)
{
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return false;
    }
    if (flags.positional().size() != names) {
        inv.err << "error: " << Tr::tr("expected %n argument(s)", nullptr, names) << '\n';
        return false;
    }
    return true;
}

} // namespace

int clusterTask(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"pod", 0, true}, {"rack", 0, true}, {"source", 0, true}, {"keyspace", 0, true},
                        {"tables", 0, true}, {"name", 0, true}, {"dry-run", 0, false}});
    if (!parse(inv, flags, 2)) {
        return ExitUsage;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    Ops::TaskOptions o;
    o.command = flags.positional().at(1);
    o.datacenter = flags.value("dc");
    o.pod = flags.value("pod");
    o.rack = flags.value("rack");
    o.sourceDatacenter = flags.value("source");
    o.keyspace = flags.value("keyspace");
    o.tables = flags.value("tables").split(u',', Qt::SkipEmptyParts);
    o.name = flags.value("name");
    const Ops::Operation op = Ops::nodeTask(*c, o, s.installation(), QDateTime::currentDateTimeUtc());
    return s.execute(op, flags.on("dry-run"), false, createdProgress(s, op));
}

int backupCreate(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"type", 0, true}, {"name", 0, true}, {"dry-run", 0, false}});
    if (!parse(inv, flags, 1)) {
        return ExitUsage;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    const Ops::Operation op = Ops::backupNow(*c, flags.value("dc"), flags.value("type", QStringLiteral("differential")), flags.value("name"),
                                             s.installation(), QDateTime::currentDateTimeUtc());
    return s.execute(op, flags.on("dry-run"), false, createdProgress(s, op));
}

int backupSchedule(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"cron", 0, true}, {"type", 0, true}, {"name", 0, true}, {"dry-run", 0, false}});
    if (!parse(inv, flags, 1)) {
        return ExitUsage;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    const Ops::Operation op = Ops::backupSchedule(*c, flags.value("dc"), flags.value("cron"), flags.value("type", QStringLiteral("differential")),
                                                  flags.value("name"), s.installation(), QDateTime::currentDateTimeUtc());
    return s.execute(op, flags.on("dry-run"), false);
}

int backupList(Invocation &inv)
{
    CommandFlags flags({});
    if (!parse(inv, flags, 1)) {
        return ExitUsage;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    QStringList dcNames;
    for (const Domain::Datacenter &d : c->datacenters) {
        dcNames << d.name;
    }
    const auto backups = s.list(QStringLiteral("medusabackups"), false);
    if (!backups) {
        return ExitError;
    }
    QJsonArray items;
    TabWriter w;
    w.addRow({QStringLiteral("NAME"), QStringLiteral("DATACENTER"), QStringLiteral("TYPE"), QStringLiteral("STATUS"), QStringLiteral("NODES"),
              QStringLiteral("FILES"), QStringLiteral("SIZE"), QStringLiteral("STARTED"), QStringLiteral("FINISHED")});
    for (const QJsonObject &b : *backups) {
        const QJsonObject spec = b.value(QLatin1String("spec")).toObject();
        const QJsonObject st = b.value(QLatin1String("status")).toObject();
        const QString dc = spec.value(QLatin1String("cassandraDatacenter")).toString();
        if (!dcNames.contains(dc)) {
            continue;
        }
        items.append(b);
        w.addRow({b.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), dc,
                  spec.value(QLatin1String("backupType")).toString(), st.value(QLatin1String("status")).toString(),
                  QStringLiteral("%1/%2").arg(st.value(QLatin1String("finishedNodes")).toInt()).arg(st.value(QLatin1String("totalNodes")).toInt()),
                  QString::number(st.value(QLatin1String("totalFiles")).toInteger()), st.value(QLatin1String("totalSize")).toString(),
                  st.value(QLatin1String("startTime")).toString(), st.value(QLatin1String("finishTime")).toString()});
    }
    if (isStructuredFormat(inv.options.output)) {
        QString error;
        return printStructured(inv.out, QJsonObject{{QStringLiteral("items"), items}}, inv.options.output, &error) ? ExitOk : inv.fail(error);
    }
    inv.out << w.toString();
    return ExitOk;
}

int restoreCommand(Invocation &inv)
{
    CommandFlags flags({{"dc", 0, true}, {"backup", 0, true}, {"dry-run", 0, false}});
    if (!parse(inv, flags, 1)) {
        return ExitUsage;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    const Ops::Operation op = Ops::restoreBackup(*c, flags.value("dc"), flags.value("backup"), s.installation(), QDateTime::currentDateTimeUtc());
    return s.execute(op, flags.on("dry-run"), false, createdProgress(s, op));
}

int historyCommand(Invocation &inv)
{
    const Ops::OperationHistory h(inv.env.value(QStringLiteral("RINGSIDE_HISTORY_FILE")));
    int skipped = 0;
    const QList<Ops::HistoryEntry> entries = h.read(&skipped);
    if (isStructuredFormat(inv.options.output)) {
        QJsonArray items;
        for (const Ops::HistoryEntry &e : entries) {
            items.append(e.toJson());
        }
        QString error;
        return printStructured(inv.out, QJsonObject{{QStringLiteral("items"), items}}, inv.options.output, &error) ? ExitOk : inv.fail(error);
    }
    TabWriter w;
    w.addRow({QStringLiteral("WHEN"), QStringLiteral("USER"), QStringLiteral("CONTEXT"), QStringLiteral("OPERATION"), QStringLiteral("TARGET"),
              QStringLiteral("RESULT"), QStringLiteral("MESSAGE")});
    for (const Ops::HistoryEntry &e : entries) {
        w.addRow({e.when.toString(Qt::ISODate), e.user, e.context, e.operation, e.target, e.result, e.message});
    }
    inv.out << w.toString();
    if (skipped > 0) {
        inv.err << "warning: " << Tr::tr("%n unreadable line(s) in %1 skipped", nullptr, skipped).arg(h.path()) << '\n';
    }
    return ExitOk;
}

} // namespace Ringside::Cli
