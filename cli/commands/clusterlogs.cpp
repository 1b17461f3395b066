// ringsidectl logs CLUSTER: Cassandra's system.log (the server-system-logger container) of every node of a cluster,
// merged by time, with level and regex filters; multi-line entries (stack traces) stay whole. `logs POD` keeps
// kubectl's meaning: the argument is a cluster when a cluster flag is given (--cluster, --level, --grep, --node,
// --dc), or when no pod has that name and a cluster does.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"

#include "cassandra/logmerge.h"
#include "cassandra/systemlog.h"
#include "kube/loggroup.h"
#include "kube/logstream.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Ringside::Cli {

using namespace Cassandra;

namespace {

const QString ClusterLabel = QStringLiteral("cassandra.datastax.com/cluster");
const QString DatacenterLabel = QStringLiteral("cassandra.datastax.com/datacenter");
const QString LoggerContainer = QStringLiteral("server-system-logger");

QString podName(const QJsonObject &pod)
{
    return pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString label(const QJsonObject &pod, const QString &key)
{
    return pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject().value(key).toString();
}

bool hasContainer(const QJsonObject &pod, const QString &name)
{
    const QJsonArray containers = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &c : containers) {
        if (c.toObject().value(QLatin1String("name")).toString() == name) {
            return true;
        }
    }
    return false;
}

/*! The pods of cluster \a name (by cass-operator's cluster label), or nothing after printing the error. */
std::optional<QList<QJsonObject>> clusterPods(KubeSession &session, const QString &name)
{
    ListOptions o;
    o.labelSelector = ClusterLabel + u'=' + name;
    const BlockingClient::Result r = session.blocking().list(ResourceRef::core(QStringLiteral("pods"), session.nameSpace()), o);
    if (!r.ok()) {
        session.report(*r.error);
        return std::nullopt;
    }
    QList<QJsonObject> pods;
    for (const QJsonValue &v : r.response->object.value(QLatin1String("items")).toArray()) {
        pods << v.toObject();
    }
    return pods;
}

/*! Prints one entry: every line prefixed with the pod, or a JSON line. */
void printEntry(Invocation &inv, const LogEntry &e, bool json)
{
    if (json) {
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("pod"), e.pod);
        inv.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        return;
    }
    const QString prefix = QLatin1String("[") + e.pod + QLatin1String("] ");
    const QList<QStringView> lines = QStringView(e.text).split(u'\n');
    for (const QStringView line : lines) {
        inv.out << prefix << line << '\n';
    }
}

bool isClusterFlag(const QString &arg)
{
    static const QStringList names{QStringLiteral("--cluster"), QStringLiteral("--level"), QStringLiteral("--grep"), QStringLiteral("--node"),
                                   QStringLiteral("--dc")};
    for (const QString &n : names) {
        if (arg == n || arg.startsWith(n + u'=')) {
            return true;
        }
    }
    return false;
}

} // namespace

int clusterLogsCommand(Invocation &inv)
{
    CommandFlags flags({{"cluster", 0, false},  {"dc", 0, true},    {"node", 0, true, true}, {"level", 0, true},
                        {"grep", 0, true},      {"ignore-case", 'i', false}, {"follow", 'f', false}, {"since", 0, true},
                        {"tail", 0, true},      {"container", 'c', true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl logs --help' for usage.\n";
        return ExitUsage;
    }
    if (flags.positional().size() != 1) {
        inv.err << "error: " << Tr::tr("expected one cluster: ringsidectl logs CLUSTER [--dc DC] [--node POD] [--level WARN] [--grep RE] [-f]") << '\n';
        return ExitUsage;
    }
    const QString cluster = flags.positional().constFirst();
    const ParseResult<LogFilter> filter = LogFilter::create(flags.value("level"), flags.value("grep"), flags.on("ignore-case"));
    if (!filter.isOk()) {
        return inv.fail(filter.error().toString());
    }
    const bool json = inv.options.output == QLatin1String("json");
    if (!inv.options.output.isEmpty() && !json) {
        return inv.fail(Tr::tr("logs CLUSTER prints text or, with -o json, one JSON object per entry; not \"%1\"").arg(inv.options.output));
    }
    LogOptions options;
    options.follow = flags.on("follow");
    options.timestamps = true; // the stream time orders lines that carry none themselves
    if (flags.isSet("since")) {
        const std::optional<qint64> ms = parseDurationMs(flags.value("since"));
        if (!ms) {
            return inv.fail(Tr::tr("invalid argument \"%1\" for \"--since\" flag: time: invalid duration \"%1\"").arg(flags.value("since")));
        }
        options.sinceSeconds = std::max<qint64>(1, (*ms + 500) / 1000);
    }
    if (flags.isSet("tail")) {
        bool ok = false;
        options.tailLines = flags.value("tail").toLongLong(&ok);
        if (!ok || *options.tailLines < 0) {
            return inv.fail(Tr::tr("invalid argument \"%1\" for \"--tail\" flag").arg(flags.value("tail")));
        }
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const std::optional<QList<QJsonObject>> all = clusterPods(session, cluster);
    if (!all) {
        return ExitError;
    }
    if (all->isEmpty()) {
        return inv.fail(Tr::tr("cluster \"%1\" has no pods in namespace %2 (pods are found by the label %3)")
                            .arg(cluster, session.nameSpace(), ClusterLabel));
    }
    const QString dc = flags.value("dc");
    const QStringList nodes = flags.values("node");
    const QString wanted = flags.value("container", LoggerContainer);
    struct Source
    {
        QString pod;
        QString container;
    };
    QList<Source> sources;
    QStringList dcsSeen;
    for (const QJsonObject &pod : *all) {
        const QString name = podName(pod);
        const QString podDc = label(pod, DatacenterLabel);
        dcsSeen << podDc;
        if (!dc.isEmpty() && podDc != dc && !podDc.endsWith(u'-' + dc)) {
            continue;
        }
        if (!nodes.isEmpty() && !nodes.contains(name)) {
            continue;
        }
        if (!hasContainer(pod, wanted)) {
            inv.err << "warning: " << Tr::tr("pod %1 has no %2 container; skipped").arg(name, wanted) << '\n';
            continue;
        }
        sources << Source{name, wanted};
    }
    if (sources.isEmpty()) {
        dcsSeen.removeDuplicates();
        return inv.fail(Tr::tr("no node of cluster %1 matches (--dc %2, --node %3); its datacenters: %4")
                            .arg(cluster, dc.isEmpty() ? QStringLiteral("-") : dc, nodes.isEmpty() ? QStringLiteral("-") : nodes.join(u','),
                                 dcsSeen.join(QLatin1String(", "))));
    }

    if (!options.follow) {
        QList<QList<LogEntry>> streams;
        int code = ExitOk;
        for (const Source &s : std::as_const(sources)) {
            KubeRequest req;
            req.path = ResourceRef::core(QStringLiteral("pods"), session.nameSpace(), s.pod).withSubresource(QStringLiteral("log")).path();
            req.query.addQueryItem(QStringLiteral("container"), s.container);
            req.query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
            if (options.sinceSeconds) {
                req.query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(*options.sinceSeconds));
            }
            if (options.tailLines) {
                req.query.addQueryItem(QStringLiteral("tailLines"), QString::number(*options.tailLines));
            }
            req.accept = "*/*";
            const BlockingClient::Result r = session.blocking().send(req);
            if (!r.ok()) {
                inv.err << s.pod << ": ";
                code = session.report(*r.error);
                continue;
            }
            SystemLogOptions o;
            o.kubernetesTimestamps = true;
            o.pod = s.pod;
            o.container = s.container;
            streams << SystemLogParser::parseAll(r.response->body, o);
        }
        const QList<LogEntry> merged = filterEntries(mergeByTime(streams), filter.value());
        for (const LogEntry &e : merged) {
            printEntry(inv, e, json);
        }
        inv.out.flush();
        return code;
    }

    // Follow: one stream per pod (re-attached across restarts), merged as entries become safe to release.
    LogGroup group(session.client(), session.nameSpace(), options);
    LogMerger merger;
    QHash<QString, int> streamOf;
    std::vector<std::unique_ptr<SystemLogParser>> parsers;
    for (const Source &s : std::as_const(sources)) {
        streamOf.insert(s.pod, merger.addStream());
        SystemLogOptions o;
        o.kubernetesTimestamps = true;
        o.pod = s.pod;
        o.container = s.container;
        parsers.push_back(std::make_unique<SystemLogParser>(o));
        group.add(s.pod, s.container);
    }
    const auto release = [&](const QList<LogEntry> &entries) {
        for (const LogEntry &e : entries) {
            if (filter.value().matches(e)) {
                printEntry(inv, e, json);
            }
        }
        inv.out.flush();
    };
    QEventLoop loop;
    int code = ExitOk;
    QObject::connect(&group, &LogGroup::lines, &loop, [&](const QString &pod, const QString &, const QList<QByteArray> &lines) {
        const int stream = streamOf.value(pod, -1);
        if (stream < 0) {
            return;
        }
        QByteArray chunk;
        for (const QByteArray &line : lines) {
            chunk += line + '\n';
        }
        merger.append(stream, parsers[size_t(stream)]->feed(chunk));
    });
    QObject::connect(&group, &LogGroup::notice, &loop, [&](const QString &pod, const QString &, const QString &message) {
        inv.err << pod << ": " << message << '\n';
        inv.err.flush();
    });
    QObject::connect(&group, &LogGroup::streamFinished, &loop, [&](const QString &pod, const QString &, const std::optional<KubeError> &error) {
        const int stream = streamOf.value(pod, -1);
        if (stream >= 0) {
            merger.append(stream, parsers[size_t(stream)]->flush());
            merger.close(stream);
        }
        if (error) {
            inv.err << pod << ": ";
            code = session.report(*error);
        }
    });
    QObject::connect(&group, &LogGroup::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        // Entries older than two seconds cannot be preceded by a late arrival from a quiet pod any more.
        release(merger.takeReady(QDateTime::currentDateTimeUtc().addSecs(-2)));
    });
    tick.start(500);
    group.start();
    if (group.runningCount() > 0) {
        loop.exec();
    }
    release(merger.takeAll());
    return code;
}

int logsDispatch(Invocation &inv)
{
    bool clusterFlag = false;
    QString first;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        const QString &a = inv.args.at(i);
        if (isClusterFlag(a)) {
            clusterFlag = true;
        }
        if (first.isEmpty() && !a.startsWith(u'-')) {
            const QString previous = i > 0 ? inv.args.at(i - 1) : QString();
            // Skip the values of the flags that take one (pod logs' -c/-l/--tail/--since..., cluster logs' --dc...).
            static const QStringList valueFlags{QStringLiteral("-c"),      QStringLiteral("--container"), QStringLiteral("-l"),
                                                QStringLiteral("--selector"), QStringLiteral("--tail"),     QStringLiteral("--since"),
                                                QStringLiteral("--since-time"), QStringLiteral("--limit-bytes"), QStringLiteral("--max-log-requests"),
                                                QStringLiteral("--dc"),    QStringLiteral("--node"),      QStringLiteral("--level"),
                                                QStringLiteral("--grep")};
            if (!valueFlags.contains(previous)) {
                first = a;
            }
        }
    }
    if (clusterFlag) {
        return clusterLogsCommand(inv);
    }
    if (first.isEmpty() || first.contains(u'/')) {
        return logsCommand(inv);
    }
    // A pod of that name wins (kubectl's meaning); else a cluster of that name.
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const BlockingClient::Result pod = session.blocking().get(ResourceRef::core(QStringLiteral("pods"), session.nameSpace(), first));
    if (pod.ok() || !pod.error->isNotFound()) {
        return logsCommand(inv);
    }
    const std::optional<QList<QJsonObject>> pods = clusterPods(session, first);
    if (pods && !pods->isEmpty()) {
        return clusterLogsCommand(inv);
    }
    return logsCommand(inv);
}

} // namespace Ringside::Cli
