// ringsidectl nodetool, cqlsh and backup delete: node tools through exec into a node's `cassandra` container (nodetool
// status/info/describecluster parsed into typed JSON/YAML with -o), cqlsh -e as the superuser, and deleting a Medusa
// backup (or purging old ones) through the guarded operation path.
#include "clitr.h"
#include "clustersupport.h"
#include "command.h"
#include "flags.h"
#include "output.h"

#include "cassandra/nodetooldescribecluster.h"
#include "cassandra/nodetoolinfo.h"
#include "cassandra/nodetoolstatus.h"
#include "cassandra/ops/guard.h"
#include "cassandra/ops/taskops.h"
#include "cassandra/services/dataapi.h"
#include "kube/execsession.h"

#include <QEventLoop>
#include <QFile>

#include <unistd.h>

namespace Ringside::Cli {

using namespace Cassandra;

namespace {

struct ExecResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    std::optional<KubeError> error;
};

ExecResult runInCassandra(KubeSession &session, const QString &pod, const QStringList &command)
{
    ExecOptions options;
    options.container = QStringLiteral("cassandra");
    options.command = command;
    ExecSession exec(session.client(), session.nameSpace(), pod, options);
    ExecResult r;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&exec, &ExecSession::stdoutReceived, &loop, [&](const QByteArray &d) { r.out += d; });
    QObject::connect(&exec, &ExecSession::stderrReceived, &loop, [&](const QByteArray &d) { r.err += d; });
    QObject::connect(&exec, &ExecSession::finished, &loop, [&](int code, const std::optional<KubeError> &error) {
        r.exitCode = code;
        r.error = error;
        done = true;
        loop.quit();
    });
    exec.start();
    if (!done) {
        loop.exec();
    }
    return r;
}

/*! The node \a name of \a cluster (a pod name), or an error naming the nodes there are. */
std::optional<Domain::Node> nodeOf(Invocation &inv, const Domain::Cluster &cluster, const QString &name)
{
    QStringList names;
    for (const Domain::Node &n : cluster.nodes()) {
        if (n.name == name) {
            return n;
        }
        names << n.name;
    }
    inv.fail(Tr::tr("%1 is not a node of cluster %2 (its nodes: %3)").arg(name, cluster.name, names.join(QLatin1String(", "))));
    return std::nullopt;
}

int finishRaw(Invocation &inv, const ExecResult &r)
{
    inv.out << QString::fromUtf8(r.out);
    inv.out.flush();
    if (!r.err.isEmpty()) {
        inv.err << QString::fromUtf8(r.err);
        inv.err.flush();
    }
    return r.exitCode < 0 ? ExitError : r.exitCode;
}

// The first word of each statement, CQL quoting respected ('...', "...", $$...$$, comments).
QStringList statementVerbs(const QString &cql)
{
    QStringList verbs;
    QString current;
    bool expectVerb = true;
    for (qsizetype i = 0; i < cql.size(); ++i) {
        const QChar c = cql.at(i);
        if (c == u'\'' || c == u'"') {
            const qsizetype end = cql.indexOf(c, i + 1);
            i = end < 0 ? cql.size() : end;
            expectVerb = false;
            continue;
        }
        if (cql.mid(i, 2) == QLatin1String("$$")) {
            const qsizetype end = cql.indexOf(QLatin1String("$$"), i + 2);
            i = end < 0 ? cql.size() : end + 1;
            continue;
        }
        if (cql.mid(i, 2) == QLatin1String("--") || cql.mid(i, 2) == QLatin1String("//")) {
            const qsizetype end = cql.indexOf(u'\n', i);
            i = end < 0 ? cql.size() : end;
            continue;
        }
        if (c == u';') {
            expectVerb = true;
            continue;
        }
        if (expectVerb && c.isLetter()) {
            current.clear();
            while (i < cql.size() && cql.at(i).isLetter()) {
                current += cql.at(i++).toUpper();
            }
            --i;
            verbs << current;
            expectVerb = false;
        }
    }
    return verbs;
}

} // namespace

int nodetoolCommand(Invocation &inv)
{
    CommandFlags flags({});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    QStringList positional = flags.positional();
    const QStringList args = positional.mid(2) + inv.options.afterDashDash;
    if (positional.size() < 2 || args.isEmpty()) {
        inv.err << "error: " << Tr::tr("usage: nodetool CLUSTER NODE -- COMMAND [ARGS...]") << '\n';
        return ExitUsage;
    }
    const QString sub = args.constFirst();
    const QString format = inv.options.output;
    const bool typed = format == QLatin1String("json") || format == QLatin1String("yaml");
    static const QStringList parsed{QStringLiteral("status"), QStringLiteral("info"), QStringLiteral("describecluster")};
    if (typed && !parsed.contains(sub)) {
        return inv.fail(Tr::tr("-o %1 is available for nodetool status, info and describecluster; run nodetool %2 without -o for its text")
                            .arg(format, sub));
    }
    ClusterSession s(inv);
    const auto cluster = s.openCluster(positional.at(0));
    if (!cluster) {
        return ExitError;
    }
    const auto node = nodeOf(inv, *cluster, positional.at(1));
    if (!node) {
        return ExitError;
    }
    const ExecResult r = runInCassandra(s.kube(), node->name, QStringList{QStringLiteral("nodetool")} + args);
    if (r.error) {
        return s.kube().report(*r.error);
    }
    if (!typed || r.exitCode != 0) {
        return finishRaw(inv, r);
    }
    const QString text = QString::fromUtf8(r.out);
    QJsonObject value;
    ParseError problem;
    if (sub == QLatin1String("status")) {
        const auto p = parseStatus(text);
        p.isOk() ? void(value = p.value().toJson()) : void(problem = p.error());
    } else if (sub == QLatin1String("info")) {
        const auto p = parseInfo(text);
        p.isOk() ? void(value = p.value().toJson()) : void(problem = p.error());
    } else {
        const auto p = parseDescribeCluster(text);
        p.isOk() ? void(value = p.value().toJson()) : void(problem = p.error());
    }
    if (problem.isError()) {
        return inv.fail(Tr::tr("cannot read the output of nodetool %1 on %2: %3").arg(sub, node->name, problem.toString()));
    }
    value.insert(QStringLiteral("source"), QStringLiteral("nodetool %1 on %2").arg(sub, node->name));
    QString error;
    return printStructured(inv.out, value, format, &error) ? ExitOk : inv.fail(error);
}

int cqlshCommand(Invocation &inv)
{
    CommandFlags flags({{"execute", 'e', true}, {"node", 0, true}, {"file", 'f', true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    if (flags.positional().size() != 1) {
        inv.err << "error: " << Tr::tr("usage: cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]") << '\n';
        return ExitUsage;
    }
    QString statements = flags.value("execute");
    if (flags.isSet("file")) {
        QFile f(flags.value("file"));
        if (!f.open(QIODevice::ReadOnly)) {
            return inv.fail(Tr::tr("cannot read %1: %2").arg(flags.value("file"), f.errorString()));
        }
        statements = QString::fromUtf8(f.readAll());
    } else if (!flags.isSet("execute")) {
        if (isatty(STDIN_FILENO)) {
            return inv.fail(Tr::tr("give the statements with -e or -f (or on stdin); for an interactive shell run: "
                                   "ringsidectl exec -it POD -c cassandra -- cqlsh"));
        }
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            statements = QString::fromUtf8(in.readAll());
        }
    }
    if (statements.trimmed().isEmpty()) {
        return inv.fail(Tr::tr("no CQL statements to run"));
    }
    ClusterSession s(inv);
    if (!s.open()) {
        return ExitError;
    }
    // A read-only context runs only statements that read.
    const QSet<QString> readOnly = readOnlyContexts(inv);
    if (readOnly.contains(s.context())) {
        static const QStringList reads{QStringLiteral("SELECT"), QStringLiteral("DESCRIBE"), QStringLiteral("DESC"), QStringLiteral("SHOW"),
                                       QStringLiteral("LIST"), QStringLiteral("USE"), QStringLiteral("CONSISTENCY"), QStringLiteral("PAGING"),
                                       QStringLiteral("EXPAND"), QStringLiteral("TRACING")};
        for (const QString &verb : statementVerbs(statements)) {
            if (!reads.contains(verb)) {
                return inv.fail(Tr::tr("context %1 is marked read-only: Ringside runs only reading CQL there (%2 refused)").arg(s.context(), verb));
            }
        }
    }
    const auto cluster = s.cluster(flags.positional().at(0));
    if (!cluster) {
        return ExitError;
    }
    std::optional<Domain::Node> node;
    if (flags.isSet("node")) {
        node = nodeOf(inv, *cluster, flags.value("node"));
        if (!node) {
            return ExitError;
        }
    } else {
        for (const Domain::Node &n : cluster->nodes()) {
            if (n.isUp()) {
                node = n;
                break;
            }
        }
        if (!node) {
            return inv.fail(Tr::tr("no node of cluster %1 is up").arg(cluster->name));
        }
    }
    QStringList command{QStringLiteral("cqlsh")};
    // As the superuser, from its secret (the token is b64(user):b64(password)); never printed.
    QEventLoop loop;
    QObject context;
    std::optional<Services::DataApiToken> token;
    std::optional<KubeError> tokenError;
    Services::readDataApiToken(s.kube().client(), cluster->nameSpace, cluster->name, &context,
                               [&](const Services::DataApiToken &t) {
                                   token = t;
                                   loop.quit();
                               },
                               [&](const KubeError &e) {
                                   tokenError = e;
                                   loop.quit();
                               });
    if (!token && !tokenError) {
        loop.exec();
    }
    if (token) {
        const QStringList parts = token->token.split(u':');
        command << QStringLiteral("-u") << token->username << QStringLiteral("-p")
                << QString::fromUtf8(QByteArray::fromBase64(parts.value(2).toLatin1()));
    } else {
        inv.err << "warning: " << Tr::tr("running cqlsh without credentials: %1").arg(tokenError->message) << '\n';
    }
    command << QStringLiteral("-e") << statements;
    const ExecResult r = runInCassandra(s.kube(), node->name, command);
    if (r.error) {
        return s.kube().report(*r.error);
    }
    return finishRaw(inv, r);
}

int backupDeleteCommand(Invocation &inv)
{
    CommandFlags flags({{"purge", 0, false}, {"dc", 0, true}, {"dry-run", 0, false}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << '\n';
        return ExitUsage;
    }
    const bool purge = flags.on("purge");
    if (flags.positional().size() != (purge ? 1 : 2)) {
        inv.err << "error: " << Tr::tr("usage: backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC]") << '\n';
        return ExitUsage;
    }
    ClusterSession s(inv);
    const auto c = s.openCluster(flags.positional().at(0));
    if (!c) {
        return ExitError;
    }
    if (purge) {
        Ops::Operation op = Ops::purgeBackups(*c, flags.value("dc"), s.installation(), QDateTime::currentDateTimeUtc());
        op.destructive = true;
        return s.execute(op, flags.on("dry-run"), false);
    }
    const QString name = flags.positional().at(1);
    const auto backups = s.list(QStringLiteral("medusabackups"), false);
    if (!backups) {
        return ExitError;
    }
    QStringList dcNames;
    for (const Domain::Datacenter &d : c->datacenters) {
        dcNames << d.name;
    }
    std::optional<QJsonObject> backup;
    QStringList names;
    for (const QJsonObject &b : *backups) {
        const QString bName = b.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QString dc = b.value(QLatin1String("spec")).toObject().value(QLatin1String("cassandraDatacenter")).toString();
        if (!dcNames.contains(dc)) {
            continue;
        }
        names << bName;
        if (bName == name) {
            backup = b;
        }
    }
    if (!backup) {
        return inv.fail(Tr::tr("cluster %1 has no backup %2 (its backups: %3)")
                            .arg(c->name, name, names.isEmpty() ? Tr::tr("none") : names.join(QLatin1String(", "))));
    }
    Ops::Operation op;
    op.kind = Ops::OperationKind::BackupPurge;
    op.target = {s.context(), c->nameSpace, c->name, {}, {}};
    op.summary = Tr::tr("Delete backup %1 of cluster %2").arg(name, c->name);
    op.destructive = true;
    op.warnings << Tr::tr("deleting the MedusaBackup object removes the backup from the cluster's list; whether Medusa also deletes its "
                          "files from the bucket depends on the operator version (a purge removes expired backups' files)");
    Ops::ObjectChange change;
    change.action = Ops::ObjectChange::Action::Delete;
    change.apiVersion = backup->value(QLatin1String("apiVersion")).toString();
    change.kind = QStringLiteral("MedusaBackup");
    change.nameSpace = c->nameSpace;
    change.name = name;
    op.changes.append(change);
    return s.execute(op, flags.on("dry-run"), false);
}

} // namespace Ringside::Cli
