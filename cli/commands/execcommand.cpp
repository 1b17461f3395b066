// ringsidectl exec and port-forward: WebSocket sessions to a pod, with stdin passthrough, the remote exit status
// as ours, and a forwarder that ends cleanly on SIGINT/SIGTERM.
#include "clitr.h"
#include "command.h"
#include "flags.h"
#include "kubesession.h"

#include "kube/execsession.h"
#include "kube/portforward.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Ringside::Cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    const ssize_t ignored = ::write(g_signalPipe[1], &c, 1);
    Q_UNUSED(ignored)
}

/*! Quits \a loop on SIGINT or SIGTERM (self-pipe: no Qt call inside the handler). */
std::unique_ptr<QSocketNotifier> quitOnSignal(QEventLoop *loop, bool *interrupted)
{
    if (g_signalPipe[0] < 0 && ::pipe(g_signalPipe) != 0) {
        return {};
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, loop, [loop, interrupted] {
        char c = 0;
        const ssize_t ignored = ::read(g_signalPipe[0], &c, 1);
        Q_UNUSED(ignored)
        *interrupted = true;
        loop->quit();
    });
    return notifier;
}

} // namespace

int execCommand(Invocation &inv)
{
    CommandFlags flags({{"container", 'c', true}, {"stdin", 'i', false}, {"tty", 't', false}, {"quiet", 'q', false}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl exec --help' for usage.\n";
        return ExitError;
    }
    const QStringList args = flags.positional();
    QStringList command = inv.options.afterDashDash;
    if (args.isEmpty()) {
        inv.err << "error: pod, type/name or --filename must be specified\n";
        return ExitError;
    }
    command = args.mid(1) + command;
    if (command.isEmpty()) {
        inv.err << "error: you must specify at least one command for the container\n";
        return ExitError;
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    const std::optional<QJsonObject> pod = session.pod(args.constFirst());
    if (!pod) {
        return ExitError;
    }
    const QString phase = pod->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed")) {
        return inv.fail(Tr::tr("cannot exec into a container in a completed pod; current phase is %1").arg(phase));
    }
    ExecOptions options;
    options.container = session.container(*pod, flags.value("container"));
    if (options.container.isEmpty()) {
        return ExitError;
    }
    options.command = command;
    options.stdinEnabled = flags.on("stdin");
    options.tty = flags.on("tty") && ::isatty(0) == 1;
    if (flags.on("tty") && !options.tty && !flags.on("quiet")) {
        inv.err << "Unable to use a TTY - input is not a terminal or the right kind of file\n";
    }
    const QString podName = pod->value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    ExecSession exec(session.client(), session.nameSpace(), podName, options);
    QEventLoop loop;
    int exitCode = -1;
    std::optional<KubeError> failure;
    QObject::connect(&exec, &ExecSession::stdoutReceived, &loop, [&](const QByteArray &data) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&exec, &ExecSession::stderrReceived, &loop, [&](const QByteArray &data) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
        std::fflush(stderr);
    });
    QObject::connect(&exec, &ExecSession::finished, &loop, [&](int code, const std::optional<KubeError> &error) {
        exitCode = code;
        failure = error;
        loop.quit();
    });
    std::unique_ptr<QSocketNotifier> input;
    if (options.stdinEnabled) {
        input = std::make_unique<QSocketNotifier>(0, QSocketNotifier::Read);
        QObject::connect(input.get(), &QSocketNotifier::activated, &loop, [&] {
            char buffer[65536];
            const ssize_t n = ::read(0, buffer, sizeof buffer);
            if (n > 0) {
                exec.writeStdin(QByteArray(buffer, n));
            } else {
                input->setEnabled(false);
                exec.closeStdin();
            }
        });
    }
    bool interrupted = false;
    const auto signalNotifier = quitOnSignal(&loop, &interrupted);
    inv.out.flush();
    inv.err.flush();
    exec.start();
    loop.exec();
    if (interrupted) {
        exec.terminate();
        return 130;
    }
    if (failure) {
        return session.report(*failure);
    }
    if (exitCode > 0) {
        if (!flags.on("quiet")) {
            inv.err << "command terminated with exit code " << exitCode << '\n';
        }
        return exitCode;
    }
    return exitCode < 0 ? ExitError : ExitOk;
}

int portForwardCommand(Invocation &inv)
{
    CommandFlags flags({{"address", 0, true}, {"pod-running-timeout", 0, true}});
    if (!flags.parse(inv.args)) {
        inv.err << "error: " << flags.error() << "\nSee 'ringsidectl port-forward --help' for usage.\n";
        return ExitError;
    }
    const QStringList args = flags.positional();
    if (args.size() < 2) {
        inv.err << "error: TYPE/NAME and list of ports are required for port-forward\nSee 'ringsidectl port-forward -h' for help and examples\n";
        return ExitError;
    }
    if (flags.isSet("address") && flags.value("address") != QLatin1String("localhost")) {
        return inv.fail(Tr::tr("only --address localhost is supported (127.0.0.1 and ::1)"));
    }
    KubeSession session(inv);
    if (!session.open()) {
        return ExitError;
    }
    QString target = args.constFirst();
    QJsonObject service;
    if (target.startsWith(QLatin1String("svc/")) || target.startsWith(QLatin1String("service/")) || target.startsWith(QLatin1String("services/"))) {
        const BlockingClient::Result svc = session.blocking().get(ResourceRef::core(QStringLiteral("services"), session.nameSpace(), target.section(u'/', 1)));
        if (!svc.ok()) {
            return session.report(*svc.error);
        }
        service = svc.response->object;
        const QJsonObject selector = service.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
        if (selector.isEmpty()) {
            return inv.fail(Tr::tr("invalid service '%1': Service is defined without a selector").arg(target.section(u'/', 1)));
        }
        QStringList parts;
        for (auto it = selector.constBegin(); it != selector.constEnd(); ++it) {
            parts.append(it.key() + u'=' + it.value().toString());
        }
        ListOptions lo;
        lo.labelSelector = parts.join(u',');
        const BlockingClient::Result pods = session.blocking().list(ResourceRef::core(QStringLiteral("pods"), session.nameSpace()), lo);
        if (!pods.ok()) {
            return session.report(*pods.error);
        }
        const QJsonArray items = pods.response->object.value(QLatin1String("items")).toArray();
        if (items.isEmpty()) {
            return inv.fail(Tr::tr("unable to forward port because pod is not running. Current status=no pods found for the service"));
        }
        target = items.first().toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    }
    const std::optional<QJsonObject> pod = session.pod(target);
    if (!pod) {
        return ExitError;
    }
    const QString phase = pod->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    if (phase != QLatin1String("Running")) {
        return inv.fail(Tr::tr("unable to forward port because pod is not running. Current status=%1").arg(phase));
    }
    const QString podName = pod->value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    const auto containerPort = [&](const QString &name) -> int {
        for (const QJsonValue &c : pod->value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray()) {
            for (const QJsonValue &p : c.toObject().value(QLatin1String("ports")).toArray()) {
                if (p.toObject().value(QLatin1String("name")).toString() == name) {
                    return p.toObject().value(QLatin1String("containerPort")).toInt();
                }
            }
        }
        return -1;
    };
    std::vector<std::unique_ptr<PortForwarder>> forwarders;
    QEventLoop loop;
    for (const QString &spec : args.mid(1)) {
        const QString localText = spec.contains(u':') ? spec.section(u':', 0, 0) : spec;
        QString remoteText = spec.contains(u':') ? spec.section(u':', 1) : spec;
        if (!service.isEmpty()) {
            for (const QJsonValue &p : service.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray()) {
                const QJsonObject port = p.toObject();
                if (QString::number(port.value(QLatin1String("port")).toInt()) == remoteText || port.value(QLatin1String("name")).toString() == remoteText) {
                    const QJsonValue tp = port.value(QLatin1String("targetPort"));
                    remoteText = tp.isString() ? QString::number(containerPort(tp.toString())) : QString::number(tp.toInt(port.value(QLatin1String("port")).toInt()));
                }
            }
        } else if (!remoteText.isEmpty() && !remoteText.at(0).isDigit()) {
            remoteText = QString::number(containerPort(remoteText));
        }
        bool okLocal = true;
        bool okRemote = false;
        const uint local = localText.isEmpty() ? 0 : localText.toUInt(&okLocal);
        const uint remote = remoteText.toUInt(&okRemote);
        if (!okLocal || !okRemote || local > 65535 || remote == 0 || remote > 65535) {
            return inv.fail(Tr::tr("Error parsing port '%1': not a valid port mapping LOCAL:REMOTE").arg(spec));
        }
        auto forwarder = std::make_unique<PortForwarder>(session.client(), session.nameSpace(), podName, quint16(remote));
        QString error;
        if (!forwarder->start(quint16(local), &error)) {
            return inv.fail(error);
        }
        for (const QString &address : forwarder->listenAddresses()) {
            const QString shown = address.contains(u':') ? u'[' + address + u']' : address;
            inv.out << "Forwarding from " << shown << ':' << forwarder->localPort() << " -> " << remote << '\n';
        }
        QObject::connect(forwarder.get(), &PortForwarder::connectionOpened, &loop, [&inv, port = forwarder->localPort()] {
            inv.out << "Handling connection for " << port << '\n';
            inv.out.flush();
        });
        QObject::connect(forwarder.get(), &PortForwarder::connectionClosed, &loop, [&inv](const QString &error) {
            if (!error.isEmpty()) {
                inv.err << "E0000 " << error << '\n';
                inv.err.flush();
            }
        });
        QObject::connect(forwarder.get(), &PortForwarder::ended, &loop, [&inv, &loop](const QString &reason) {
            if (!reason.isEmpty()) {
                inv.err << "error: " << reason << '\n';
            }
            loop.exit(ExitError);
        });
        forwarders.push_back(std::move(forwarder));
    }
    inv.out.flush();
    bool interrupted = false;
    const auto signalNotifier = quitOnSignal(&loop, &interrupted);
    const int code = loop.exec();
    for (const auto &f : forwarders) {
        QObject::disconnect(f.get(), nullptr, &loop, nullptr);
        f->stop();
    }
    inv.err.flush();
    return interrupted ? ExitOk : code;
}

} // namespace Ringside::Cli
