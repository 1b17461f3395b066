// `ringsidectl get pods -A` against `kubectl get pods -A` (the baseline), both run as processes in this process's
// loop against the same ringside-sandbox with 1,000 pods in 10 namespaces: the median wall time of each, as a ratio
// ("ratio: N.NNx", ours / kubectl), for the table and for -o json. Both outputs are checked to list every pod, so a
// fast wrong answer cannot win. Needs kubectl on PATH and ringside-sandbox and ringsidectl next to this program.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kNamespaces = 10;
constexpr int kPodsPerNamespace = 100;
constexpr int kRuns = 11;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    double ms = 0;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    p.waitForFinished(120000);
    Run r;
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray podManifest()
{
    QByteArray y;
    for (int n = 0; n < kNamespaces; ++n) {
        y += "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: bench-" + QByteArray::number(n) + "\n";
    }
    for (int n = 0; n < kNamespaces; ++n) {
        for (int i = 0; i < kPodsPerNamespace; ++i) {
            y += "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: cassandra-" + QByteArray::number(i) + "\n  namespace: bench-"
                 + QByteArray::number(n) + "\n  labels: {app: cassandra, rack: r" + QByteArray::number(i % 3)
                 + "}\nspec:\n  containers:\n  - name: cassandra\n    image: cassandra:4.1.5\n";
        }
    }
    return y;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int fail(const char *what, const Run &r)
{
    std::fprintf(stderr, "%s failed (exit %d): %s\n", what, r.exitCode, r.err.constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    const QString bin = QCoreApplication::applicationDirPath();
    const QString sandbox = bin + QStringLiteral("/ringside-sandbox");
    const QString ctl = bin + QStringLiteral("/ringsidectl");
    if (kubectl.isEmpty() || !QFile::exists(sandbox) || !QFile::exists(ctl)) {
        std::fprintf(stderr, "bench_cli_get needs kubectl on PATH and ringside-sandbox and ringsidectl in %s\n", qPrintable(bin));
        return 1;
    }
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(sandbox, {QStringLiteral("--no-demo"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--kubeconfig"), kubeconfig,
                           QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state")), QStringLiteral("--pace"), QStringLiteral("50")});
    if (!server.waitForReadyRead(30000)) {
        std::fprintf(stderr, "ringside-sandbox did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));

    const QByteArray manifest = podManifest();
    const Run apply = run(kubectl, {QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), QStringLiteral("-")}, env, manifest);
    if (apply.exitCode != 0) {
        return fail("kubectl apply of the 1,000 pods", apply);
    }
    const int pods = kNamespaces * kPodsPerNamespace;
    const QStringList table{QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")};
    const QStringList json{QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")};

    struct Case
    {
        const char *name;
        QStringList args;
        std::vector<double> kubectl;
        std::vector<double> ours;
    };
    std::vector<Case> cases{{"get pods -A (table)", table, {}, {}}, {"get pods -A -o json", json, {}, {}}};
    // One warm-up each (page cache, kubectl's discovery cache), then alternating runs.
    for (Case &c : cases) {
        run(kubectl, c.args, env);
        run(ctl, c.args, env);
    }
    for (int i = 0; i < kRuns; ++i) {
        for (Case &c : cases) {
            const Run k = run(kubectl, c.args, env);
            const Run o = run(ctl, c.args, env);
            if (k.exitCode != 0) {
                return fail("kubectl", k);
            }
            if (o.exitCode != 0) {
                return fail("ringsidectl", o);
            }
            // Both must list every pod: a table row or a "name" field per pod, named the same.
            const qsizetype kCount = k.out.count("cassandra-");
            const qsizetype oCount = o.out.count("cassandra-");
            if (kCount < pods || oCount != kCount) {
                std::fprintf(stderr, "%s: kubectl listed %lld pods, ringsidectl %lld (of %d)\n", c.name, static_cast<long long>(kCount),
                             static_cast<long long>(oCount), pods);
                return 1;
            }
            c.kubectl.push_back(k.ms);
            c.ours.push_back(o.ms);
        }
    }
    for (const Case &c : cases) {
        const double k = median(c.kubectl);
        const double o = median(c.ours);
        std::printf("%s, %d pods: kubectl %.1f ms, ringsidectl %.1f ms (medians of %d): ratio: %.2fx\n", c.name, pods, k, o, kRuns, o / k);
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
