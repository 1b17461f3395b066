// ringside-sandbox: a local Kubernetes-API-compatible HTTPS server (see README.md).
#include "sandbox.h"
#include "sandboxtr.h"
#include "store/objectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Ringside::Sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ringside-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RINGSIDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(SandboxTr::tr("A local Kubernetes-API-compatible HTTPS server for Ringside."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString configDir
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1String("/ringside/sandbox");
    const QString dataDir
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/ringside/sandbox");
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        SandboxTr::tr("The port to listen on; 0 picks a free one."), SandboxTr::tr("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           SandboxTr::tr("The address to listen on (127.0.0.1 or ::1)."),
                                           SandboxTr::tr("IP"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption kubeconfigOption(
        QStringLiteral("kubeconfig"),
        SandboxTr::tr("Where to write the kubeconfig (mode 0600, context ringside-sandbox)."), SandboxTr::tr("FILE"),
        configDir + QLatin1String("/kubeconfig"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         SandboxTr::tr("Persist the objects in FILE and reload them at start."),
                                         SandboxTr::tr("FILE"));
    const QCommandLineOption stateDirOption(QStringLiteral("state-dir"),
                                            SandboxTr::tr("Where the CA, certificates and tokens live."),
                                            SandboxTr::tr("DIR"), dataDir);
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), SandboxTr::tr("How many nodes the sandbox shows."),
                                         SandboxTr::tr("N"), QStringLiteral("1"));
    const QCommandLineOption crdOption(
        QStringLiteral("crd"), SandboxTr::tr("Also serve the CRDs in FILE (repeatable)."), SandboxTr::tr("FILE"));
    const QCommandLineOption noBundledOption(QStringLiteral("no-bundled-crds"),
                                             SandboxTr::tr("Do not serve Ringside's bundled CRDs."));
    const QCommandLineOption historyOption(QStringLiteral("watch-history"),
                                           SandboxTr::tr("How many changes are kept for watches and continue tokens."),
                                           SandboxTr::tr("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        SandboxTr::tr("The seed of every random choice of the simulated world."),
                                        SandboxTr::tr("N"), QStringLiteral("1"));
    const QCommandLineOption paceOption(
        QStringLiteral("pace"),
        SandboxTr::tr("Speed-up of the simulated events (1: a 3-node datacenter is Ready in about 15 s; timestamps "
                      "stay real)."),
        SandboxTr::tr("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        SandboxTr::tr("On first start, create the demo cluster (the default)."));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
                                          SandboxTr::tr("Do not create the demo cluster on first start."));
    parser.addOptions({portOption, addressOption, kubeconfigOption, stateOption, stateDirOption, nodesOption, crdOption,
                       noBundledOption, historyOption, seedOption, paceOption, demoOption, noDemoOption});
    parser.process(app);

    Sandbox::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SandboxTr::tr("ringside-sandbox: --port must be a number from 0 to 65535, not \"%1\"")
                                    .arg(parser.value(portOption))));
        return 2;
    }
    options.port = quint16(port);
    options.address = QHostAddress(parser.value(addressOption));
    if (options.address.isNull() || !options.address.isLoopback()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SandboxTr::tr("ringside-sandbox: --address must be a loopback address, not \"%1\"")
                                    .arg(parser.value(addressOption))));
        return 2;
    }
    options.nodes = parser.value(nodesOption).toInt(&ok);
    if (!ok || options.nodes < 1 || options.nodes > 100) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SandboxTr::tr("ringside-sandbox: --nodes must be a number from 1 to 100")));
        return 2;
    }
    options.watchHistory = parser.value(historyOption).toInt(&ok);
    if (!ok || options.watchHistory < 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SandboxTr::tr("ringside-sandbox: --watch-history must be a positive number")));
        return 2;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SandboxTr::tr("ringside-sandbox: --seed must be a non-negative number, not \"%1\"")
                                    .arg(parser.value(seedOption))));
        return 2;
    }
    options.pace = parser.value(paceOption).toDouble(&ok);
    if (!ok || options.pace < 0.01 || options.pace > 10000) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SandboxTr::tr("ringside-sandbox: --pace must be a number from 0.01 to 10000, not \"%1\"")
                                    .arg(parser.value(paceOption))));
        return 2;
    }
    if (parser.isSet(demoOption) && parser.isSet(noDemoOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(SandboxTr::tr("ringside-sandbox: use either --demo or --no-demo")));
        return 2;
    }
    options.simulation = true;
    options.demo = !parser.isSet(noDemoOption);
    options.stateDirectory = parser.value(stateDirOption);
    options.stateFile = parser.value(stateOption);
    options.crdFiles = parser.values(crdOption);
    options.bundledCrds = !parser.isSet(noBundledOption);
    const QString kubeconfigPath = QFileInfo(parser.value(kubeconfigOption)).absoluteFilePath();

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("ringside-sandbox: socketpair");
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error)) {
        std::fprintf(stderr, "ringside-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QDir().mkpath(QFileInfo(kubeconfigPath).absolutePath());
    if (!sandbox.writeKubeconfig(kubeconfigPath, &error)) {
        std::fprintf(stderr, "ringside-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    printLine(QStringLiteral("ringside-sandbox: serving %1").arg(sandbox.url()));
    printLine(SandboxTr::tr("ringside-sandbox: kubeconfig %1 (context ringside-sandbox)").arg(kubeconfigPath));

    // Save shortly after changes, and on SIGTERM/SIGINT.
    QTimer autosave;
    autosave.setSingleShot(true);
    autosave.setInterval(2000);
    QObject::connect(&autosave, &QTimer::timeout, &sandbox, [&sandbox] {
        QString e;
        if (!sandbox.saveState(&e)) {
            std::fprintf(stderr, "ringside-sandbox: %s\n", qPrintable(e));
        }
    });
    if (!options.stateFile.isEmpty()) {
        QObject::connect(sandbox.store(), &ObjectStore::changed, &autosave, [&autosave] {
            if (!autosave.isActive()) {
                autosave.start();
            }
        });
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &c, 1);
        notifier.setEnabled(false);
        QString e;
        const bool saved = sandbox.stop(&e);
        if (!saved) {
            std::fprintf(stderr, "ringside-sandbox: %s\n", qPrintable(e));
        }
        printLine(SandboxTr::tr("ringside-sandbox: stopped"));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    return app.exec();
}
