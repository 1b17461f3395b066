// ringsidectl delete: by type and names, TYPE/NAME, -l, --all or -f, with kubectl's lines; waits until the objects
// are gone unless --wait=false. Unlike kubectl, --all asks for confirmation unless -y.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"
#include "manifests.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>

namespace Ringside::Cli {

namespace {

struct Victim
{
    ApiResource resource;
    QString nameSpace;
    QString name;
};

bool confirm(Invocation &inv, const QString &question)
{
    inv.err << question << " [y/N] ";
    inv.err.flush();
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin)) {
        return false;
    }
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

/*! Polls until the object is gone, or replaced by one of the same name (another uid: a StatefulSet's pod comes
    back at once), as kubectl waits; false on timeout. */
bool waitGone(KubeSession &session, const ResourceRef &ref, const QString &uid, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timeoutMs <= 0 || timer.elapsed() < timeoutMs) {
        const BlockingClient::Result r = session.blocking().get(ref);
        if (!r.ok() && r.error->isNotFound()) {
            return true;
        }
        if (r.ok() && !uid.isEmpty()
            && r.response->object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString() != uid) {
            return true;
        }
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

} // namespace

int deleteCommand(Invocation &inv)
{
    CommandFlags flags({{"filename", 'f', true, true}, {"recursive", 'R', false}, {"selector", 'l', true}, {"all", 0, false},
                        {"cascade", 0, true}, {"grace-period", 0, true}, {"now", 0, false}, {"ignore-not-found", 0, false},
                        {"dry-run", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl delete --help' for usage.\n";
        return ExitError;
    }
    QString cascade = flags.value("cascade", QStringLiteral("background"));
    if (cascade == QLatin1String("true")) {
        cascade = QStringLiteral("background");
    } else if (cascade == QLatin1String("false")) {
        cascade = QStringLiteral("orphan");
    }
    DeleteOptions options;
    if (cascade == QLatin1String("background")) {
        options.propagationPolicy = QStringLiteral("Background");
    } else if (cascade == QLatin1String("foreground")) {
        options.propagationPolicy = QStringLiteral("Foreground");
    } else if (cascade == QLatin1String("orphan")) {
        options.propagationPolicy = QStringLiteral("Orphan");
    } else {
        return inv.fail(Tr::tr("invalid cascade value (%1). Must be \"background\", \"foreground\", or \"orphan\".").arg(cascade));
    }
    if (flags.isSet("grace-period")) {
        options.gracePeriodSeconds = flags.value("grace-period").toInt();
    }
    if (flags.on("now")) {
        options.gracePeriodSeconds = 1;
    }
    const QString dryRun = flags.value("dry-run", QStringLiteral("none"));
    options.dryRun = dryRun == QLatin1String("server");
    const bool all = flags.on("all");
    const QStringList args = flags.positional();
    if (flags.values("filename").isEmpty() && args.isEmpty()) {
        inv.err << "error: You must provide one or more resources by argument or filename.\n"
                   "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";
        return ExitError;
    }
    QList<ManifestObject> manifests;
    QString error;
    if (!flags.values("filename").isEmpty() && !readManifests(flags.values("filename"), flags.on("recursive"), &manifests, &error)) {
        return inv.fail(error);
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const QString ns = session.nameSpace();
    QList<Victim> victims;
    QStringList errors;
    for (const ManifestObject &m : std::as_const(manifests)) {
        KubeError e;
        const QJsonObject meta = m.object.value(QLatin1String("metadata")).toObject();
        const std::optional<ApiResource> r = session.resolveKind(m.object.value(QLatin1String("apiVersion")).toString(),
                                                                 m.object.value(QLatin1String("kind")).toString(), &e);
        if (!r) {
            return session.report(e);
        }
        const QString objectNs = meta.value(QLatin1String("namespace")).toString();
        victims.append({*r, r->namespaced ? (objectNs.isEmpty() ? ns : objectNs) : QString(), meta.value(QLatin1String("name")).toString()});
    }
    const bool selecting = all || flags.isSet("selector");
    if (!args.isEmpty() && args.constFirst().contains(u'/')) {
        for (const QString &a : args) {
            const std::optional<ApiResource> r = session.resolve(a.section(u'/', 0, 0));
            if (!r) {
                return ExitError;
            }
            victims.append({*r, r->namespaced ? ns : QString(), a.section(u'/', 1)});
        }
    } else if (!args.isEmpty()) {
        if (args.size() == 1 && !selecting) {
            return inv.fail(Tr::tr("resource(s) were provided, but no name was specified"));
        }
        for (const QString &type : args.constFirst().split(u',', Qt::SkipEmptyParts)) {
            const std::optional<ApiResource> r = session.resolve(type);
            if (!r) {
                return ExitError;
            }
            const QString where = r->namespaced && !inv.options.allNamespaces ? ns : QString();
            if (selecting) {
                ListOptions lo;
                lo.labelSelector = flags.value("selector");
                const BlockingClient::Result list = session.blocking().list(r->ref(where), lo);
                if (!list.ok()) {
                    return session.report(*list.error);
                }
                for (const QJsonValue &item : list.response->object.value(QLatin1String("items")).toArray()) {
                    const QJsonObject meta = item.toObject().value(QLatin1String("metadata")).toObject();
                    victims.append({*r, meta.value(QLatin1String("namespace")).toString(), meta.value(QLatin1String("name")).toString()});
                }
            }
            for (const QString &name : args.mid(1)) {
                victims.append({*r, r->namespaced ? ns : QString(), name});
            }
        }
    }
    if (victims.isEmpty()) {
        inv.err << "No resources found\n";
        return ExitOk;
    }
    if (all && !inv.options.yes) {
        if (!confirm(inv, Tr::tr("Delete all %n object(s) listed by --all?", nullptr, int(victims.size())))) {
            inv.err << Tr::tr("Nothing was deleted.") << '\n';
            return ExitAborted;
        }
    }
    const QString suffix = dryRun == QLatin1String("server") ? QStringLiteral(" (server dry run)")
                           : dryRun == QLatin1String("client") ? QStringLiteral(" (dry run)") : QString();
    QList<std::pair<ResourceRef, QString>> deleted; // and the uid of what was deleted
    for (const Victim &v : std::as_const(victims)) {
        const ResourceRef ref = v.resource.ref(v.nameSpace, v.name);
        QString uid;
        if (dryRun != QLatin1String("client")) {
            const BlockingClient::Result r = session.blocking().remove(ref, options);
            if (!r.ok()) {
                if (!(r.error->isNotFound() && flags.on("ignore-not-found"))) {
                    errors.append(r.error->kind == KubeError::Kind::Http ? r.error->toString() : QLatin1String("error: ") + r.error->toString());
                }
                continue;
            }
            // The deleted object (graceful) or a Status whose details carry its uid (deleted at once).
            const QJsonObject answer = r.response->object;
            uid = answer.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
            if (answer.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
                uid = answer.value(QLatin1String("details")).toObject().value(QLatin1String("uid")).toString();
            }
        }
        const QString kind = v.resource.kind.toLower() + (v.resource.group.isEmpty() ? QString() : u'.' + v.resource.group);
        inv.out << kind << " \"" << v.name << "\" deleted" << suffix << '\n';
        inv.out.flush();
        deleted.append({ref, uid});
    }
    if (inv.options.wait.value_or(true) && dryRun == QLatin1String("none")) {
        const qint64 timeout = parseDurationMs(inv.options.timeout.isEmpty() ? QStringLiteral("0") : inv.options.timeout).value_or(0);
        for (const auto &[ref, uid] : std::as_const(deleted)) {
            if (!waitGone(session, ref, uid, timeout)) {
                errors.append(QStringLiteral("error: timed out waiting for the condition on %1/%2").arg(ref.qualifiedResource(), ref.name));
            }
        }
    }
    for (const QString &e : std::as_const(errors)) {
        inv.err << e << '\n';
    }
    inv.err.flush();
    return errors.isEmpty() ? ExitOk : ExitError;
}

} // namespace Ringside::Cli
