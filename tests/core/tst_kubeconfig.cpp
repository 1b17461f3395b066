// Data-driven golden tests of kubeconfig loading and merging (tests/data/kubeconfig/<case>/).
// Each case has kubeconfig.list (the KUBECONFIG entries, one per line, relative to the case) and expected.txt.
#include "testsupport.h"

#include "kubeconfig/kubeconfigloader.h"

#include <QDir>

using namespace Ringside;

namespace {

QString rel(const QString &path, const QString &dir)
{
    return path.startsWith(dir + u'/') ? path.mid(dir.size() + 1) : path;
}

QString dump(const Kubeconfig &c, const QString &dir)
{
    QString out;
    out += QStringLiteral("current-context: %1 (from %2)\n").arg(c.currentContext, rel(c.currentContextSource, dir));
    QStringList files;
    for (const QString &f : c.files) {
        files.append(rel(f, dir));
    }
    out += QStringLiteral("files: %1\n").arg(files.join(QLatin1String(", ")));
    QStringList missing;
    for (const QString &f : c.missingFiles) {
        missing.append(rel(f, dir));
    }
    out += QStringLiteral("missing: %1\n").arg(missing.join(QLatin1String(", ")));
    out += QStringLiteral("contexts:\n");
    for (const KubeContext &x : c.contexts) {
        out += QStringLiteral("  %1: cluster=%2 user=%3 namespace=%4 source=%5\n").arg(x.name, x.cluster, x.user, x.nameSpace, rel(x.sourceFile, dir));
    }
    out += QStringLiteral("clusters:\n");
    for (const KubeCluster &x : c.clusters) {
        out += QStringLiteral("  %1: server=%2 ca=%3 ca-data-bytes=%4 insecure=%5 tls-server-name=%6 proxy=%7 source=%8\n")
                   .arg(x.name, x.server, rel(x.certificateAuthority, dir))
                   .arg(x.certificateAuthorityData.size())
                   .arg(x.insecureSkipTlsVerify ? QStringLiteral("true") : QStringLiteral("false"), x.tlsServerName, x.proxyUrl,
                        rel(x.sourceFile, dir));
    }
    out += QStringLiteral("users:\n");
    for (const KubeUser &x : c.users) {
        out += QStringLiteral("  %1: auth=%2 cert=%3 cert-data-bytes=%4 key=%5 key-data-bytes=%6 token-file=%7 source=%8\n")
                   .arg(x.name, x.authKind(), rel(x.clientCertificate, dir))
                   .arg(x.clientCertificateData.size())
                   .arg(rel(x.clientKey, dir))
                   .arg(x.clientKeyData.size())
                   .arg(rel(x.tokenFile, dir), rel(x.sourceFile, dir));
        if (x.exec.isValid()) {
            QStringList env;
            for (const ExecEnvVar &e : x.exec.env) {
                env.append(e.name + u'=' + e.value);
            }
            out += QStringLiteral("    exec: command=%1 args=[%2] env=[%3] apiVersion=%4 interactiveMode=%5 provideClusterInfo=%6\n")
                       .arg(rel(x.exec.command, dir), x.exec.args.join(u' '), env.join(u' '), x.exec.apiVersion, x.exec.interactiveMode,
                            x.exec.provideClusterInfo ? QStringLiteral("true") : QStringLiteral("false"));
        }
        if (x.authProvider.isValid()) {
            out += QStringLiteral("    auth-provider: %1 keys=[%2]\n").arg(x.authProvider.name, x.authProvider.config.keys().join(u' '));
        }
    }
    out += QStringLiteral("issues:\n");
    for (KubeconfigIssue i : c.issues) {
        i.file = rel(i.file, dir);
        out += QStringLiteral("  %1\n").arg(i.toString());
    }
    return out;
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList cases = QDir(Test::dataPath(QStringLiteral("kubeconfig"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 9);
        for (const QString &c : cases) {
            QTest::newRow(qPrintable(c)) << c;
        }
    }
    void golden()
    {
        QFETCH(QString, name);
        const QString dir = Test::kubeconfigCaseDir(name);
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"), Test::kubeconfigCaseList(dir));
        env.insert(QStringLiteral("HOME"), dir + QLatin1String("/no-home"));
        const Kubeconfig config = KubeconfigLoader::load(KubeconfigLoadingRules::fromEnvironment(QString(), env));
        RINGSIDE_COMPARE_GOLDEN(dir + QLatin1String("/expected.txt"), dump(config, dir));
    }

    void loadingRules()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/a::/b:/a:/c"));
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
        const auto rules = KubeconfigLoadingRules::fromEnvironment(QString(), env);
        QCOMPARE(rules.precedence(), (QStringList{QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c")}));
        // none exist: kubectl writes to the last entry
        QCOMPARE(rules.defaultFilename(), QStringLiteral("/c"));
        QCOMPARE(KubeconfigLoadingRules::fromEnvironment(QStringLiteral("/x"), env).precedence(), QStringList{QStringLiteral("/x")});
        QProcessEnvironment noKubeconfig;
        noKubeconfig.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
        QCOMPARE(KubeconfigLoadingRules::fromEnvironment(QString(), noKubeconfig).precedence(), QStringList{QStringLiteral("/home/u/.kube/config")});
    }

    void explicitMissingFileIsAnError()
    {
        const Kubeconfig c = KubeconfigLoader::load({QStringLiteral("/nonexistent/kubeconfig"), {}, {}});
        QVERIFY(c.hasErrors());
        QVERIFY(c.issues.first().toString().contains(QLatin1String("/nonexistent/kubeconfig")));
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("scalar document") << QByteArray("just text");
        QTest::newRow("list document") << QByteArray("- a\n- b\n");
        QTest::newRow("contexts not a list") << QByteArray("contexts: 3\n");
        QTest::newRow("entry not a map") << QByteArray("contexts:\n- 3\n");
        QTest::newRow("entry without name") << QByteArray("contexts:\n- context: {cluster: a}\n");
        QTest::newRow("context body is list") << QByteArray("contexts:\n- name: a\n  context: [1]\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe: \x02", 7);
        QTest::newRow("unterminated flow") << QByteArray("contexts: [\n");
        QTest::newRow("tabs") << QByteArray("contexts:\n\t- name: a\n");
        QTest::newRow("exec not a map") << QByteArray("users:\n- name: u\n  user:\n    exec: aws\n");
        QTest::newRow("bool not a bool") << QByteArray("clusters:\n- name: c\n  cluster:\n    insecure-skip-tls-verify: maybe\n");
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, text);
        const Kubeconfig c = KubeconfigLoader::loadText(text, QStringLiteral("/tmp/garbage.yaml"));
        QVERIFY(c.hasErrors());
        for (const KubeconfigIssue &i : c.issues) {
            QVERIFY2(i.toString().startsWith(QLatin1String("/tmp/garbage.yaml")), qPrintable(i.toString()));
        }
    }

    void secretsNotInIssues()
    {
        const Kubeconfig c = KubeconfigLoader::loadText("users:\n- name: u\n  user:\n    token: TOPSECRET\n    client-key-data: '!!notbase64TOPSECRET'\n",
                                                        QStringLiteral("/tmp/k.yaml"));
        QVERIFY(c.hasErrors());
        for (const KubeconfigIssue &i : c.issues) {
            QVERIFY2(!i.toString().contains(QLatin1String("TOPSECRET")), qPrintable(i.toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
