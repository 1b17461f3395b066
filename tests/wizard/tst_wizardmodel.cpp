// The wizard's models without widgets: the datacenters-and-racks tree under QAbstractItemModelTester, the
// cassandra.yaml / JVM override checks, field errors per page, and the generated YAML against golden files.
#include "testsupport.h"

#include "cassandra/ops/validation.h"
#include "models/wizard/configoverrides.h"
#include "models/wizard/datacentermodel.h"
#include "models/wizard/wizardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Ringside;
using namespace Ringside::Wizard;
using Field = WizardModel::Field;
using Page = WizardModel::Page;

namespace {

Cassandra::Domain::Installation missionControl(const QString &context)
{
    Cassandra::Domain::Installation i;
    i.context = context;
    i.discovered = true;
    i.missionControlCluster = QStringLiteral("missioncontrol.datastax.com/v1beta2");
    i.k8ssandraCluster = QStringLiteral("k8ssandra.io/v1alpha1");
    i.cassandraDatacenter = QStringLiteral("cassandra.datastax.com/v1beta1");
    return i;
}

Cassandra::Domain::Installation k8ssandraOnly(const QString &context)
{
    Cassandra::Domain::Installation i = missionControl(context);
    i.missionControlCluster.clear();
    return i;
}

/*! A model filled as a DBA would: two datacenters, labels on the racks, overrides, resources. */
void fill(WizardModel &m)
{
    m.setContexts({QStringLiteral("prod"), QStringLiteral("staging")}, Cassandra::Ops::WriteGuard({QStringLiteral("prod")}));
    m.setContext(QStringLiteral("staging"));
    m.setName(QStringLiteral("orders"));
    m.setNameSpace(QStringLiteral("team-a"));
    m.setServerType(QStringLiteral("cassandra"));
    m.setVersion(QStringLiteral("4.1.8"));
    DatacenterModel *dcs = m.datacenterModel();
    dcs->setNodesPerRack(0, 2);
    dcs->setRackLabels(0, 0, QStringLiteral("topology.kubernetes.io/zone=eu-west-1a"));
    dcs->setRackLabels(0, 1, QStringLiteral("topology.kubernetes.io/zone=eu-west-1b"));
    dcs->setRackLabels(0, 2, QStringLiteral("topology.kubernetes.io/zone=eu-west-1c"));
    const QModelIndex dc2 = dcs->addDatacenter(QStringLiteral("dc2"), 1, 3);
    QVERIFY(dc2.isValid());
    m.setStorageClasses({QStringLiteral("fast"), QStringLiteral("standard")}, true, QStringLiteral("standard"));
    m.setStorageClass(QStringLiteral("fast"));
    m.setStorageSize(QStringLiteral("50Gi"));
    m.setCpu(QStringLiteral("2"));
    m.setMemory(QStringLiteral("8Gi"));
    m.setHeap(QStringLiteral("4Gi"));
    m.setCassandraYamlText(QStringLiteral("num_tokens: 16\nconcurrent_compactors: 2\nread_request_timeout: 5000ms\n"));
    m.setJvmOptionsText(QStringLiteral("gc: G1GC\nadditionalOptions: [\"-XX:+AlwaysPreTouch\"]\n"));
    m.setGenerateSuperuserSecret(false);
    m.setSuperuserSecret(QStringLiteral("orders-admin"));
    m.setDataApi(true);
}

} // namespace

class TestWizardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datacenterTree()
    {
        DatacenterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.problems(), QStringList{QStringLiteral("add at least one datacenter")});
        const QModelIndex dc1 = model.addDatacenter();
        QCOMPARE(dc1.data().toString(), QStringLiteral("dc1"));
        QCOMPARE(model.rowCount(dc1), 3);
        QCOMPARE(model.index(2, 0, dc1).data().toString(), QStringLiteral("r3"));
        QCOMPARE(model.index(0, 0, dc1).data(DatacenterModel::IsRackRole).toBool(), true);
        const QModelIndex dc2 = model.addDatacenter({}, 2, 2);
        QCOMPARE(dc2.data().toString(), QStringLiteral("dc2"));
        QVERIFY(model.problems().isEmpty());

        // Sizes: nodes per rack × racks.
        QVERIFY(model.setData(dc2.siblingAtColumn(DatacenterModel::NodesColumn), 3));
        QVERIFY(!model.setData(dc2.siblingAtColumn(DatacenterModel::NodesColumn), 0)); // at least one per rack
        QVERIFY(!model.setData(model.index(0, DatacenterModel::NodesColumn, dc2), 5)); // not per rack
        QList<Cassandra::Ops::DatacenterSpec> specs = model.datacenters();
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs.at(0).size, 3);
        QCOMPARE(specs.at(1).size, 6);
        QCOMPARE(specs.at(1).racks, (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
        QCOMPARE(dc2.siblingAtColumn(DatacenterModel::NodesColumn).data().toString(), QStringLiteral("3 per rack (6 in all)"));

        // Racks come and go; the last one stays.
        const QModelIndex r3 = model.addRack(1);
        QCOMPARE(r3.data().toString(), QStringLiteral("r3"));
        QCOMPARE(model.datacenters().at(1).size, 9);
        QVERIFY(model.remove(model.index(0, 0, dc2)));
        QCOMPARE(model.datacenters().at(1).racks, (QStringList{QStringLiteral("r2"), QStringLiteral("r3")}));
        QVERIFY(model.remove(model.index(0, 0, dc2)));
        QVERIFY(!model.remove(model.index(0, 0, dc2)));
        QCOMPARE(model.rowCount(dc2), 1);

        // Bad names and duplicates are cell errors.
        QVERIFY(model.setData(dc2, QStringLiteral("dc1")));
        QCOMPARE(dc2.data(DatacenterModel::ErrorRole).toString(), QStringLiteral("datacenter \"dc1\" is listed twice"));
        QVERIFY(model.setData(dc2, QStringLiteral("DC_2")));
        QVERIFY2(dc2.data(DatacenterModel::ErrorRole).toString().contains(QLatin1String("not a valid DNS-1123 label")),
                 qPrintable(dc2.data(DatacenterModel::ErrorRole).toString()));
        QVERIFY(model.setData(dc2, QStringLiteral("dc2")));
        QVERIFY(dc2.data(DatacenterModel::ErrorRole).toString().isEmpty());

        // Node-affinity labels.
        const QModelIndex labels = model.index(0, DatacenterModel::LabelsColumn, dc1);
        QVERIFY(model.setData(labels, QStringLiteral("zone=a, disk = ssd")));
        QVERIFY(labels.data(DatacenterModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.datacenters().at(0).nodeAffinityLabels.value(QStringLiteral("r1")),
                 (QMap<QString, QString>{{QStringLiteral("zone"), QStringLiteral("a")}, {QStringLiteral("disk"), QStringLiteral("ssd")}}));
        QVERIFY(model.setData(labels, QStringLiteral("zone")));
        QCOMPARE(labels.data(DatacenterModel::ErrorRole).toString(),
                 QStringLiteral("\"zone\" is not a label: write key=value (e.g. topology.kubernetes.io/zone=us-east-1a)"));
        QCOMPARE(model.problems().size(), 1);
        QVERIFY(model.problems().constFirst().startsWith(QLatin1String("datacenter dc1, rack r1: ")));
        QVERIFY(model.setData(labels, QStringLiteral("zone=a b")));
        QVERIFY(labels.data(DatacenterModel::ErrorRole).toString().contains(QLatin1String("not a label value")));
        QVERIFY(model.setData(labels, QStringLiteral("-bad/x=1")));
        QVERIFY(labels.data(DatacenterModel::ErrorRole).toString().contains(QLatin1String("not a label key")));

        // A reset from specs keeps labels, and removing a datacenter works with racks below it.
        Cassandra::Ops::DatacenterSpec spec;
        spec.name = QStringLiteral("east");
        spec.size = 5;
        spec.racks = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        spec.nodeAffinityLabels.insert(QStringLiteral("b"), {{QStringLiteral("zone"), QStringLiteral("b")}});
        model.setDatacenters({spec, spec});
        QCOMPARE(model.index(0, DatacenterModel::NodesColumn).data(Qt::EditRole).toInt(), 3); // 5 over 2 racks, rounded up
        QCOMPARE(model.index(1, DatacenterModel::LabelsColumn, model.index(0, 0)).data().toString(), QStringLiteral("zone=b"));
        QCOMPARE(model.index(1, 0).data(DatacenterModel::ErrorRole).toString(), QStringLiteral("datacenter \"east\" is listed twice"));
        QVERIFY(model.remove(model.index(0, 0)));
        QCOMPARE(model.datacenterCount(), 1);
        QVERIFY(model.index(0, 0).data(DatacenterModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.index(1, 0, model.index(0, 0)).data().toString(), QStringLiteral("b"));
    }

    void cassandraYamlOverrides_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errors");
        QTest::newRow("empty") << "4.1.8" << "" << "";
        QTest::newRow("good") << "4.1.8" << "num_tokens: 16\nauto_snapshot: false\ncompaction_throughput: 64MiB/s\n" << "";
        QTest::newRow("unknown, with a suggestion") << "4.1.8" << "num_token: 16\n" << "line 1: unknown cassandra.yaml key \"num_token\" (did you mean num_tokens?)";
        QTest::newRow("unknown") << "4.1.8" << "\nflux_capacitor: 1\n" << "line 2: unknown cassandra.yaml key \"flux_capacitor\"";
        QTest::newRow("not a number") << "4.1.8" << "concurrent_reads: many\n" << "line 1: concurrent_reads must be a whole number, not \"many\"";
        QTest::newRow("fraction") << "4.1.8" << "num_tokens: 1.5\n" << "line 1: num_tokens must be a whole number, not 1.5";
        QTest::newRow("boolean") << "4.1.8" << "auto_snapshot: maybe\n" << "line 1: auto_snapshot must be true or false, not \"maybe\"";
        QTest::newRow("YAML 1.1 boolean") << "4.1.8" << "auto_snapshot: yes\n" << "";
        QTest::newRow("enum") << "4.1.8" << "commitlog_sync: sometimes\n"
                              << "line 1: commitlog_sync must be one of periodic, batch, group, not \"sometimes\"";
        QTest::newRow("duration") << "4.1.8" << "read_request_timeout: 5000\n"
                                  << "line 1: read_request_timeout must be a duration such as 5000ms or 10s, not 5000";
        QTest::newRow("4.1 name on 4.0") << "4.0.17" << "read_request_timeout: 5000ms\n"
                                         << "line 1: read_request_timeout is a Cassandra 4.1 name; this version reads the older name with a "
                                            "unit suffix (e.g. read_request_timeout_in_ms)";
        QTest::newRow("managed by the operator") << "4.1.8" << "cluster_name: x\n"
                                                 << "line 1: cluster_name is set by the operator from the cluster name; it cannot be overridden";
        QTest::newRow("not a mapping") << "4.1.8" << "- a\n- b\n" << "write the cassandra.yaml overrides as \"key: value\" lines";
        QTest::newRow("two problems in line order") << "4.1.8" << "num_tokens: x\nconcurrent_reads: y\n"
                                                    << "line 1: num_tokens must be a whole number, not \"x\"\nline 2: concurrent_reads must be a whole number, not true"; // YAML 1.1: y is true
    }

    void cassandraYamlOverrides()
    {
        QFETCH(QString, version);
        QFETCH(QString, text);
        QFETCH(QString, errors);
        const ConfigCheck c = checkCassandraYaml(text, QStringLiteral("cassandra"), version);
        QCOMPARE(c.errorText(), errors);
        if (errors.isEmpty() && !text.isEmpty()) {
            QVERIFY(!c.values.isEmpty());
        }
    }

    void parseErrorHasItsLine()
    {
        const ConfigCheck c = checkCassandraYaml(QStringLiteral("num_tokens: 16\n  bad: [\n"), QStringLiteral("cassandra"), QStringLiteral("4.1.8"));
        QCOMPARE(c.problems.size(), 1);
        QVERIFY(c.problems.constFirst().line >= 2);
    }

    void jvmOverrides()
    {
        QCOMPARE(checkJvmOptions(QStringLiteral("gc: G1GC\nheap_max_size: 4Gi\nadditionalOptions: [\"-XX:+UseNUMA\"]")).errorText(), QString());
        QCOMPARE(checkJvmOptions(QStringLiteral("gc: Epsilon")).errorText(),
                 QStringLiteral("line 1: gc must be one of G1GC, CMS, ZGC, Shenandoah, Graal, Custom, not \"Epsilon\""));
        QCOMPARE(checkJvmOptions(QStringLiteral("additionalOptions: [\"UseNUMA\"]")).errorText(),
                 QStringLiteral("line 1: additionalOptions: \"UseNUMA\" is not a JVM option (they start with '-')"));
        QCOMPARE(checkJvmOptions(QStringLiteral("heapSize: 4Gi")).errorText(),
                 QStringLiteral("line 1: heapSize is set by the operator from the heap (the Resources page); it cannot be overridden"));
        QCOMPARE(checkJvmOptions(QStringLiteral("heap_max_size: lots")).errorText(),
                 QStringLiteral("line 1: heap_max_size must be a quantity such as 512Mi or 2Gi, not \"lots\""));
    }

    void fieldErrorsPerPage()
    {
        WizardModel m;
        QSignalSpy changed(&m, &WizardModel::changed);
        QAbstractItemModelTester tester(m.datacenterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.version(), QStringLiteral("5.0.4"));
        QVERIFY(!m.isPageValid(Page::Basics));
        QCOMPARE(m.fieldError(Field::Name), QStringLiteral("cluster name must not be empty"));
        QCOMPARE(m.fieldError(Field::Context), QStringLiteral("choose the context to create the cluster in"));
        m.setName(QStringLiteral("Orders"));
        QVERIFY(m.fieldError(Field::Name).contains(QLatin1String("not a valid DNS-1123 label")));
        m.setName(QStringLiteral("orders"));
        QVERIFY(m.fieldError(Field::Name).isEmpty());
        QVERIFY(!changed.isEmpty());

        // Versions follow the type.
        m.setServerType(QStringLiteral("hcd"));
        QCOMPARE(m.version(), QStringLiteral("1.2.1"));
        QCOMPARE(WizardModel::versions(QStringLiteral("dse")).constFirst(), QStringLiteral("6.9.8"));
        for (const QString &type : WizardModel::serverTypes()) {
            for (const QString &v : WizardModel::versions(type)) {
                QVERIFY2(Cassandra::Ops::checkServerVersion(type, v).isEmpty(), qPrintable(type + u' ' + v));
            }
        }
        m.setVersion(QStringLiteral("2.0.1"));
        QCOMPARE(m.fieldError(Field::Version), QStringLiteral("HCD 2.0.1 is not supported: use 1.x (e.g. 1.2.0)"));
        m.setServerType(QStringLiteral("cassandra"));
        QCOMPARE(m.version(), QStringLiteral("5.0.4"));

        // A read-only context cannot be the target.
        m.setContexts({QStringLiteral("prod"), QStringLiteral("staging")}, Cassandra::Ops::WriteGuard({QStringLiteral("prod")}));
        QSignalSpy contextChanged(&m, &WizardModel::contextChanged);
        m.setContext(QStringLiteral("prod"));
        QCOMPARE(contextChanged.size(), 1);
        QCOMPARE(m.fieldError(Field::Context), QStringLiteral("context prod is read-only: clusters cannot be created there"));
        m.setContext(QStringLiteral("elsewhere"));
        QCOMPARE(m.fieldError(Field::Context), QStringLiteral("context elsewhere is not in the kubeconfig"));
        m.setContext(QStringLiteral("staging"));
        m.setNameSpace(QStringLiteral("team-a"));
        QVERIFY2(m.isPageValid(Page::Basics), qPrintable(m.pageErrors(Page::Basics).join(u'\n')));

        // Storage: free text offline, checked against the cluster's classes once read.
        QCOMPARE(m.fieldError(Field::StorageClass), QStringLiteral("give the storage class of the data volumes"));
        m.setStorageClass(QStringLiteral("gp3"));
        QVERIFY(m.isPageValid(Page::Storage));
        m.setStorageClasses({QStringLiteral("fast"), QStringLiteral("standard")}, true, QStringLiteral("standard"));
        QCOMPARE(m.fieldError(Field::StorageClass), QStringLiteral("storage class \"gp3\" does not exist in staging (it has: fast, standard)"));
        m.setStorageClass(QString());
        QCOMPARE(m.fieldError(Field::StorageClass), QStringLiteral("choose a storage class (the cluster has: fast, standard)"));
        m.setStorageClass(QStringLiteral("standard"));
        m.setStorageSize(QStringLiteral("10 GB"));
        QCOMPARE(m.fieldError(Field::StorageSize), QStringLiteral("storage size \"10 GB\" is not a quantity (e.g. 10Gi, 512Mi, 2)"));
        m.setStorageSize(QStringLiteral("10Gi"));
        QVERIFY(m.isPageValid(Page::Storage));

        // Resources: the heap is at most half the memory request.
        m.setMemory(QStringLiteral("4Gi"));
        m.setHeap(QStringLiteral("3Gi"));
        QCOMPARE(m.fieldError(Field::Heap), QStringLiteral("the heap (3Gi) must be at most half of the memory request (4Gi): the rest is for "
                                                           "off-heap memory and the page cache"));
        m.setHeap(QStringLiteral("128Mi"));
        QVERIFY(m.fieldError(Field::Heap).startsWith(QLatin1String("a heap of 128Mi is too small")));
        m.setHeap(QStringLiteral("2Gi"));
        m.setCpu(QStringLiteral("two"));
        QCOMPARE(m.pageErrors(Page::Resources), QStringList{QStringLiteral("CPU request \"two\" is not a quantity (e.g. 10Gi, 512Mi, 2)")});
        m.setCpu(QStringLiteral("1500m"));
        QVERIFY(m.isPageValid(Page::Resources));

        // Security: an existing secret needs a name; auth off needs none.
        m.setGenerateSuperuserSecret(false);
        QCOMPARE(m.fieldError(Field::SuperuserSecret), QStringLiteral("superuser secret must not be empty"));
        m.setAuth(false);
        QVERIFY(m.isPageValid(Page::Security));
        m.setAuth(true);
        m.setSuperuserSecret(QStringLiteral("orders-admin"));
        QVERIFY(m.isPageValid(Page::Security));

        // The Data API needs Mission Control once the installation is known.
        m.setDataApi(true);
        QVERIFY(m.isPageValid(Page::DataApi)); // not known yet
        m.setInstallation(k8ssandraOnly(QStringLiteral("staging")));
        QCOMPARE(m.fieldError(Field::DataApi), QStringLiteral("the Data API is deployed by Mission Control, which is not installed in staging"));
        QCOMPARE(m.clusterKind(), QStringLiteral("K8ssandraCluster"));
        m.setInstallation(missionControl(QStringLiteral("staging")));
        QVERIFY(m.isPageValid(Page::DataApi));
        QCOMPARE(m.clusterKind(), QStringLiteral("MissionControlCluster"));

        // The review page is valid when the core's create-cluster operation has no errors.
        QVERIFY2(m.isPageValid(Page::Review), qPrintable(m.pageErrors(Page::Review).join(u'\n')));
        m.datacenterModel()->setData(m.datacenterModel()->index(0, 0), QStringLiteral("a-very-long-datacenter-name-that-goes-on-and-on-and-on-and-on"));
        QVERIFY(m.fieldError(Field::Datacenters).contains(QLatin1String("datacenter object name")));
        QVERIFY(!m.isPageValid(Page::Review));
    }

    void generatedYamlMatchesGolden_data()
    {
        QTest::addColumn<bool>("mission");
        QTest::addColumn<QString>("golden");
        QTest::newRow("MissionControlCluster") << true << "wizard/orders-missioncontrol.yaml";
        QTest::newRow("K8ssandraCluster") << false << "wizard/orders-k8ssandra.yaml";
    }

    void generatedYamlMatchesGolden()
    {
        QFETCH(bool, mission);
        QFETCH(QString, golden);
        WizardModel m;
        fill(m);
        if (!mission) {
            m.setDataApi(false);
        }
        m.setInstallation(mission ? missionControl(QStringLiteral("staging")) : k8ssandraOnly(QStringLiteral("staging")));
        for (Page p : {Page::Basics, Page::Datacenters, Page::Storage, Page::Resources, Page::Configuration, Page::Security, Page::DataApi, Page::Review}) {
            QVERIFY2(m.isPageValid(p), qPrintable(m.pageErrors(p).join(u'\n')));
        }
        RINGSIDE_COMPARE_GOLDEN(Test::dataPath(golden), m.generatedYaml());
        // The same text reads back as a spec file of the core.
        QString error;
        const auto spec = Cassandra::Ops::ClusterSpec::fromYaml(m.generatedYaml().toUtf8(), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->name, QStringLiteral("orders"));
        QCOMPARE(spec->datacenters.size(), 2);
        QCOMPARE(spec->datacenters.at(0).size, 6);
        QCOMPARE(spec->serverVersion, QStringLiteral("4.1.8"));
    }

    void offlineWritesK8ssandraCluster()
    {
        WizardModel m;
        fill(m);
        QVERIFY(!m.installation().isValid());
        QCOMPARE(m.clusterKind(), QStringLiteral("K8ssandraCluster"));
        QVERIFY(m.kindNote().startsWith(QLatin1String("What is installed in staging is not known (not connected)")));
        QVERIFY(m.isPageValid(Page::DataApi)); // not known: allowed, with the core's warning
        QCOMPARE(m.operation().warnings,
                 QStringList{QStringLiteral("the Data API is a Mission Control feature; it is not deployed by k8ssandra-operator")});
        // Without authentication, cassandra.yaml does not ask for passwords either, and no secret is named.
        m.setCassandraYamlText(QStringLiteral("authenticator: PasswordAuthenticator\nnum_tokens: 8\n"));
        m.setAuth(false);
        QCOMPARE(m.spec().cassandraYaml, (QJsonObject{{QStringLiteral("num_tokens"), 8}}));
        QVERIFY(m.spec().superuserSecret.isEmpty());
        // Changing the context forgets what was read about the previous one.
        m.setInstallation(missionControl(QStringLiteral("staging")));
        m.setContext(QStringLiteral("prod"));
        QVERIFY(!m.installation().isValid());
        QVERIFY(!m.storageClassesKnown());
    }

    void expertMode()
    {
        WizardModel m;
        fill(m);
        m.setInstallation(missionControl(QStringLiteral("staging")));
        m.setExpert(true);
        QCOMPARE(m.manifestYaml(), m.generatedYaml());
        m.setExpertYaml(m.generatedYaml().replace(QLatin1String("name: orders\n"), QLatin1String("name: other\n")));
        QCOMPARE(m.fieldError(Field::Manifest), QStringLiteral("metadata.name must stay \"orders\" (change the name on the first page)"));
        m.setExpertYaml(QStringLiteral("kind: ConfigMap\n"));
        QCOMPARE(m.fieldError(Field::Manifest), QStringLiteral("the object must be a MissionControlCluster or a K8ssandraCluster, not \"ConfigMap\""));
        m.setExpertYaml(QStringLiteral("a: [\n"));
        QVERIFY(m.fieldError(Field::Manifest).startsWith(QLatin1String("the YAML does not parse: ")));
        m.setExpert(false);
        QVERIFY(m.fieldError(Field::Manifest).isEmpty());
    }
};

QTEST_MAIN(TestWizardModel)
#include "tst_wizardmodel.moc"
