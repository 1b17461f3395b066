// ManifestApplier against the in-process sandbox: multi-document SSA, default namespace, dry run, a conflict
// between two field managers and a forced apply, unknown kinds, bad YAML.
#include "sandboxfixture.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/manifestapplier.h"
#include "kube/restconfig.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ringside;

class TestManifestApplier : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_fx;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<Discovery> m_discovery;
    QTemporaryDir m_cache;

    struct Run
    {
        QList<AppliedObject> results;
        bool ok = false;
        QString error;
    };
    Run run(const QByteArray &manifest, const ApplyOptions &options = {}, const QString &ns = QStringLiteral("default"))
    {
        ManifestApplier applier(m_client.get(), m_discovery.get());
        QSignalSpy done(&applier, &ManifestApplier::finished);
        applier.apply(manifest, ns, options);
        if (done.isEmpty()) {
            done.wait(15000);
        }
        Run r;
        if (done.size() == 1) {
            r.results = done.at(0).at(0).value<QList<AppliedObject>>();
            r.ok = done.at(0).at(1).toBool();
            r.error = done.at(0).at(2).toString();
        } else {
            r.error = QStringLiteral("no finished signal");
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        const Kubeconfig config = KubeconfigLoader::load(KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        const auto rest = RestConfig::fromKubeconfig(config, QStringLiteral("ringside-sandbox"), &error);
        QVERIFY2(rest, qPrintable(error));
        m_client = std::make_unique<KubeClient>(*rest);
        m_discovery = std::make_unique<Discovery>(m_client.get());
        m_discovery->setCacheDirectory(m_cache.path());
    }

    void appliesEveryDocumentIntoTheDefaultNamespace()
    {
        const QByteArray manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\ndata:\n  a: '1'\n"
                                    "---\n"
                                    "---\n"
                                    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apply-ns\n"
                                    "---\n"
                                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: two\n  namespace: apply-ns\n";
        const Run r = run(manifest);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.results.size(), 3);
        QCOMPARE(r.results.at(0).nameSpace, QStringLiteral("default"));
        QCOMPARE(r.results.at(0).outcome, AppliedObject::Outcome::Created);
        QCOMPARE(r.results.at(0).summary(), QStringLiteral("configmap/one serverside-applied"));
        QCOMPARE(r.results.at(1).nameSpace, QString()); // cluster-scoped
        QCOMPARE(r.results.at(1).resource, QStringLiteral("namespaces"));
        QCOMPARE(r.results.at(2).nameSpace, QStringLiteral("apply-ns"));
        QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/default/configmaps/one")).status, 200);
        QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/apply-ns/configmaps/two")).status, 200);

        const Run again = run(manifest);
        QVERIFY(again.ok);
        QCOMPARE(again.results.at(0).outcome, AppliedObject::Outcome::Configured);
    }

    void dryRunLeavesNothingBehind()
    {
        ApplyOptions options;
        options.dryRun = true;
        const Run r = run("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dry\n", options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.results.at(0).summary(), QStringLiteral("configmap/dry serverside-applied (server dry run)"));
        QCOMPARE(r.results.at(0).object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("dry"));
        QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/default/configmaps/dry")).status, 404);
    }

    void conflictThenForce()
    {
        ApplyOptions first;
        first.fieldManager = QStringLiteral("someone-else");
        QVERIFY(run("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: owned\ndata:\n  k: theirs\n", first).ok);
        const QByteArray mine = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: owned\ndata:\n  k: mine\n";
        const Run conflict = run(mine);
        QVERIFY(!conflict.ok);
        QCOMPARE(conflict.results.size(), 1);
        const AppliedObject &c = conflict.results.constFirst();
        QVERIFY(c.error.has_value());
        QCOMPARE(c.error->httpStatus, 409);
        QCOMPARE(c.error->fieldConflicts().size(), 1);
        QVERIFY2(c.summary().contains(QLatin1String("someone-else")), qPrintable(c.summary()));

        ApplyOptions force;
        force.force = true;
        const Run forced = run(mine, force);
        QVERIFY2(forced.ok, qPrintable(forced.error));
        const QJsonObject cm = m_fx.get(QStringLiteral("/api/v1/namespaces/default/configmaps/owned")).json();
        QCOMPARE(cm.value(QLatin1String("data")).toObject().value(QLatin1String("k")).toString(), QStringLiteral("mine"));
    }

    void badDocumentsAreReportedAndTheRestGoesOn()
    {
        const QByteArray manifest = "apiVersion: example.com/v1\nkind: Nothing\nmetadata:\n  name: x\n"
                                    "---\n"
                                    "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n"
                                    "---\n"
                                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: after-errors\n";
        const Run r = run(manifest);
        QVERIFY(!r.ok);
        QCOMPARE(r.results.size(), 3);
        QVERIFY(!r.results.at(0).ok());
        QVERIFY2(r.results.at(0).summary().startsWith(QLatin1String("document 1 (nothing/x): ")), qPrintable(r.results.at(0).summary()));
        QVERIFY(!r.results.at(1).ok());
        QVERIFY(r.results.at(1).summary().contains(QLatin1String("metadata.name")));
        QVERIFY(r.results.at(2).ok());
    }

    void unreadableYamlSaysWhere()
    {
        const Run r = run("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n");
        QVERIFY(!r.ok);
        QVERIFY(r.results.isEmpty());
        QVERIFY2(r.error.contains(QLatin1String("line ")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestManifestApplier)
#include "tst_manifestapplier.moc"
