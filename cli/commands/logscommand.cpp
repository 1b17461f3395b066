// ringsidectl logs: a pod's (or a selector's) container logs, whole unless --tail asks otherwise; -f follows and
// re-attaches when the pod restarts or is recreated.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"

#include "kube/loggroup.h"
#include "kube/logstream.h"

#include <QEventLoop>
#include <QJsonArray>

namespace Ringside::Cli {

namespace {

struct Source
{
    QString pod;
    QString container;
};

QUrlQuery logQuery(const LogOptions &o)
{
    QUrlQuery q;
    if (!o.container.isEmpty()) {
        q.addQueryItem(QStringLiteral("container"), o.container);
    }
    if (o.tailLines) {
        q.addQueryItem(QStringLiteral("tailLines"), QString::number(*o.tailLines));
    }
    if (o.sinceSeconds) {
        q.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(*o.sinceSeconds));
    }
    if (o.sinceTime.isValid()) {
        q.addQueryItem(QStringLiteral("sinceTime"), o.sinceTime.toUTC().toString(Qt::ISODate));
    }
    if (o.timestamps) {
        q.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    }
    if (o.previous) {
        q.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
    }
    if (o.limitBytes) {
        q.addQueryItem(QStringLiteral("limitBytes"), QString::number(*o.limitBytes));
    }
    return q;
}

QStringList containersOf(const QJsonObject &pod)
{
    QStringList names;
    for (const QJsonValue &c : pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray()) {
        names.append(c.toObject().value(QLatin1String("name")).toString());
    }
    return names;
}

} // namespace

int logsCommand(Invocation &inv)
{
    CommandFlags flags({{"container", 'c', true}, {"follow", 'f', false}, {"tail", 0, true}, {"since", 0, true}, {"since-time", 0, true},
                        {"timestamps", 0, false}, {"prefix", 0, false}, {"previous", 'p', false}, {"selector", 'l', true},
                        {"all-containers", 0, false}, {"limit-bytes", 0, true}, {"max-log-requests", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl logs --help' for usage.\n";
        return ExitError;
    }
    const QStringList args = flags.positional();
    const bool selecting = flags.isSet("selector");
    if ((args.isEmpty() && !selecting) || args.size() > 2 || (selecting && !args.isEmpty())) {
        if (selecting) {
            return inv.fail(Tr::tr("only a selector (-l) or a POD name is allowed"));
        }
        inv.err << "error: expected POD or TYPE/NAME is a required argument for the logs command\nSee 'ringsidectl logs -h' for help and examples\n";
        return ExitError;
    }
    LogOptions options;
    options.follow = flags.on("follow");
    options.timestamps = flags.on("timestamps");
    options.previous = flags.on("previous");
    if (flags.isSet("tail")) {
        bool ok = false;
        const qint64 tail = flags.value("tail").toLongLong(&ok);
        if (!ok) {
            return inv.fail(Tr::tr("invalid argument \"%1\" for \"--tail\" flag").arg(flags.value("tail")));
        }
        if (tail >= 0) {
            options.tailLines = tail;
        }
    }
    if (flags.isSet("since") && flags.isSet("since-time")) {
        return inv.fail(Tr::tr("at most one of `sinceTime` or `sinceSeconds` may be specified"));
    }
    if (flags.isSet("since")) {
        const std::optional<qint64> ms = parseDurationMs(flags.value("since"));
        if (!ms) {
            return inv.fail(Tr::tr("invalid argument \"%1\" for \"--since\" flag: time: invalid duration \"%1\"").arg(flags.value("since")));
        }
        options.sinceSeconds = std::max<qint64>(1, (*ms + 500) / 1000);
    }
    if (flags.isSet("since-time")) {
        options.sinceTime = QDateTime::fromString(flags.value("since-time"), Qt::ISODateWithMs);
        if (!options.sinceTime.isValid()) {
            return inv.fail(Tr::tr("--since-time must be a valid RFC3339 timestamp: %1").arg(flags.value("since-time")));
        }
    }
    if (flags.isSet("limit-bytes")) {
        options.limitBytes = flags.value("limit-bytes").toLongLong();
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    QList<Source> sources;
    const bool allContainers = flags.on("all-containers");
    QList<QJsonObject> pods;
    if (selecting) {
        ListOptions lo;
        lo.labelSelector = flags.value("selector");
        const BlockingClient::Result list = session.blocking().list(ResourceRef::core(QStringLiteral("pods"), session.nameSpace()), lo);
        if (!list.ok()) {
            return session.report(*list.error);
        }
        for (const QJsonValue &p : list.response->object.value(QLatin1String("items")).toArray()) {
            pods.append(p.toObject());
        }
        if (pods.isEmpty()) {
            inv.err << "No resources found in " << session.nameSpace() << " namespace.\n";
            return ExitOk;
        }
    } else {
        const QString podName = args.constFirst().contains(u'/') ? args.constFirst().section(u'/', 1) : args.constFirst();
        const BlockingClient::Result pod = session.blocking().get(ResourceRef::core(QStringLiteral("pods"), session.nameSpace(), podName));
        if (!pod.ok() && pod.error->isNotFound()) {
            return inv.fail(QStringLiteral("error from server (NotFound): pods \"%1\" not found in namespace \"%2\"").arg(podName, session.nameSpace()));
        }
        if (!pod.ok()) {
            return session.report(*pod.error);
        }
        pods.append(pod.response->object);
    }
    const QString requested = args.size() == 2 ? args.at(1) : flags.value("container");
    for (const QJsonObject &pod : std::as_const(pods)) {
        const QString name = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        if (allContainers) {
            for (const QString &c : containersOf(pod)) {
                sources.append({name, c});
            }
            continue;
        }
        const QString container = session.container(pod, requested);
        if (container.isEmpty()) {
            return ExitError;
        }
        sources.append({name, container});
    }
    const bool prefix = flags.on("prefix");
    if (!options.follow) {
        int code = ExitOk;
        for (const Source &s : std::as_const(sources)) {
            LogOptions o = options;
            o.container = s.container;
            KubeRequest req;
            req.path = ResourceRef::core(QStringLiteral("pods"), session.nameSpace(), s.pod).withSubresource(QStringLiteral("log")).path();
            req.query = logQuery(o);
            req.accept = "*/*";
            const BlockingClient::Result r = session.blocking().send(req);
            if (!r.ok()) {
                code = session.report(*r.error);
                continue;
            }
            if (!prefix) {
                inv.out << QString::fromUtf8(r.response->body);
            } else {
                QList<QByteArray> lines = r.response->body.split('\n');
                if (!lines.isEmpty() && lines.constLast().isEmpty()) {
                    lines.removeLast();
                }
                const QString p = LogGroup::prefix(s.pod, s.container);
                for (const QByteArray &line : std::as_const(lines)) {
                    inv.out << p << QString::fromUtf8(line) << '\n';
                }
            }
            inv.out.flush();
        }
        return code;
    }
    LogGroup group(session.client(), session.nameSpace(), options);
    QEventLoop loop;
    int code = ExitOk;
    QObject::connect(&group, &LogGroup::lines, &loop, [&](const QString &pod, const QString &container, const QList<QByteArray> &lines) {
        const QString p = prefix ? LogGroup::prefix(pod, container) : QString();
        for (const QByteArray &line : lines) {
            inv.out << p << QString::fromUtf8(line) << '\n';
        }
        inv.out.flush();
    });
    QObject::connect(&group, &LogGroup::notice, &loop, [&](const QString &pod, const QString &, const QString &message) {
        inv.err << pod << ": " << message << '\n';
        inv.err.flush();
    });
    QObject::connect(&group, &LogGroup::streamFinished, &loop, [&](const QString &, const QString &, const std::optional<KubeError> &error) {
        if (error) {
            code = session.report(*error);
        }
    });
    QObject::connect(&group, &LogGroup::finished, &loop, &QEventLoop::quit);
    for (const Source &s : std::as_const(sources)) {
        group.add(s.pod, s.container);
    }
    group.start();
    if (group.runningCount() > 0) {
        loop.exec();
    }
    return code;
}

} // namespace Ringside::Cli
