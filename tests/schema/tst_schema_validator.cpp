// Ringside::Schema::validate against the bundled (lenient) schemas and the upstream (full) ones: objects are read
// from YAML the way the API server reads them, and every finding is pinned by severity and path.
#include "testsupport.h"

#include "schema/crdregistry.h"
#include "schema/schemavalidator.h"
#include "yaml/yamljson.h"

#include <QJsonArray>

using namespace Ringside;
using namespace Ringside::Schema;
using namespace Qt::StringLiterals;

namespace {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return u"E"_s;
    case Severity::Warning: return u"W"_s;
    case Severity::NotChecked: return u"N"_s;
    }
    return {};
}

// "E spec.size", one per finding, in order.
QStringList keys(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        out.append(severityName(f.severity) + u' ' + f.path);
    }
    return out;
}

QString listed(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        out.append(u"  "_s + severityName(f.severity) + u' ' + f.toString());
    }
    return out.join(u'\n');
}

QJsonObject fromYaml(const QByteArray &yaml)
{
    const Yaml::ParseResult r = Yaml::parse(yaml);
    return r.ok() ? r.documents.value(0).toObject() : QJsonObject();
}

QJsonObject schemaFor(const CrdRegistry &registry, const QJsonObject &object)
{
    const QString apiVersion = object.value("apiVersion"_L1).toString();
    const std::optional<Crd> crd = registry.findForObject(apiVersion, object.value("kind"_L1).toString());
    return crd ? crd->openApiSchema(apiVersion.section(u'/', 1)) : QJsonObject();
}

} // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundled_data();
    void bundled();
    void lenientVersusUpstream();
    void pathsAndMessages();
};

void TestSchemaValidator::bundled_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected"); // "E spec.size" and so on, in order
    QTest::addColumn<QString>("fragment");     // a part of the first finding's message

    const QByteArray job = "apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaBackupJob\n"
                           "metadata: {name: b1, namespace: demo, labels: {app: x}, annotations: {a: b}}\n";
    QTest::newRow("valid backup job") << job + "spec: {cassandraDatacenter: dc1, backupType: full}\n"
                                      << QStringList() << QString();
    QTest::newRow("required field") << job + "spec: {backupType: full}\n"
                                    << QStringList{u"E spec.cassandraDatacenter"_s} << u"required"_s;
    QTest::newRow("unknown field in a fully modelled spec")
        << job + "spec: {cassandraDatacenter: dc1, backupTyp: full}\n"
        << QStringList{u"E spec.backupTyp"_s} << u"unknown field \"backupTyp\" (did you mean \"backupType\"?)"_s;
    QTest::newRow("enum") << job + "spec: {cassandraDatacenter: dc1, backupType: incremental}\n"
                          << QStringList{u"E spec.backupType"_s} << u"must be one of \"differential\", \"full\""_s;
    QTest::newRow("minLength") << job + "spec: {cassandraDatacenter: ''}\n"
                               << QStringList{u"E spec.cassandraDatacenter"_s} << u"at least 1 character"_s;
    QTest::newRow("unknown top-level field") << job + "specs: {cassandraDatacenter: dc1}\n"
                                             << QStringList{u"E specs"_s} << u"did you mean \"spec\""_s;
    QTest::newRow("status date-time")
        << job + "spec: {cassandraDatacenter: dc1}\nstatus: {startTime: yesterday, finished: [pod-0]}\n"
        << QStringList{u"E status.startTime"_s} << u"not a date-time"_s;

    const QByteArray k8c
        = "apiVersion: k8ssandra.io/v1alpha1\nkind: K8ssandraCluster\nmetadata: {name: demo}\nspec:\n  cassandra:\n";
    QTest::newRow("valid cluster, YAML 1.1 boolean")
        << k8c
               + "    serverVersion: \"4.1.5\"\n    serverType: hcd\n"
                 "    resources: {requests: {cpu: 1000m, memory: 4Gi}, limits: {cpu: 2}}\n"
                 "    datacenters:\n    - metadata: {name: dc1}\n      size: 3\n      stopped: yes\n"
        << QStringList() << QString();
    QTest::newRow("serverVersion read as a number")
        << k8c + "    serverVersion: 4.1\n"
        << QStringList{u"E spec.cassandra.serverVersion"_s} << u"must be of type string, not number (4.1)"_s;
    QTest::newRow("serverVersion pattern")
        << k8c + "    serverVersion: latest\n"
        << QStringList{u"E spec.cassandra.serverVersion"_s} << u"does not match the pattern"_s;
    QTest::newRow("size as a string") << k8c + "    datacenters:\n    - metadata: {name: dc1}\n      size: \"3\"\n"
                                      << QStringList{u"E spec.cassandra.datacenters[0].size"_s}
                                      << u"must be of type integer, not string"_s;
    QTest::newRow("size zero") << k8c + "    datacenters:\n    - metadata: {name: dc1}\n      size: 0\n"
                               << QStringList{u"E spec.cassandra.datacenters[0].size"_s}
                               << u"greater than or equal to 1"_s;
    QTest::newRow("datacenter without size or name")
        << k8c + "    datacenters:\n    - stopped: false\n"
        << QStringList{u"E spec.cassandra.datacenters[0].size"_s} << u"required"_s;
    QTest::newRow("misspelt field in a lenient object")
        << k8c + "    serverVersoin: 4.1.5\n"
        << QStringList{u"N spec.cassandra.serverVersoin"_s, u"W spec.cassandra.serverVersoin"_s} << u"not checked"_s;
    QTest::newRow("field the bundled schema does not model")
        << k8c + "    additionalSeeds: [10.0.0.1]\n    extraVolumes: {volumes: []}\n"
        << QStringList{u"N spec.cassandra.extraVolumes"_s} << u"not checked"_s;
    QTest::newRow("free-form cassandra.yaml")
        << k8c + "    config: {cassandraYaml: {num_tokens: 16, concurrent_writes: 64}}\n"
        << QStringList{u"N spec.cassandra.config.cassandraYaml"_s} << u"keeps this as is"_s;
    QTest::newRow("bad quantity") << k8c + "    resources: {requests: {cpu: lots}}\n"
                                  << QStringList{u"E spec.cassandra.resources.requests.cpu"_s}
                                  << u"does not match the pattern"_s;
    QTest::newRow("quantity of the wrong type")
        << k8c + "    mgmtAPIHeap: [1]\n"
        << QStringList{u"E spec.cassandra.mgmtAPIHeap"_s} << u"an integer or a string, not array"_s;
    QTest::newRow("null is dropped") << k8c + "    serverImage: null\n"
                                     << QStringList{u"W spec.cassandra.serverImage"_s} << u"drops the field"_s;
    QTest::newRow("null is defaulted") << k8c + "    serverType: ~\n"
                                       << QStringList{u"W spec.cassandra.serverType"_s} << u"default \"cassandra\""_s;
    QTest::newRow("status of a datacenter")
        << k8c
               + "    serverVersion: 4.0.17\nstatus:\n  datacenters:\n    dc1:\n      cassandra:\n"
                 "        cassandraOperatorProgress: Ready\n        lastServerNodeStarted: 2024-05-01T10:00:00Z\n"
                 "        nodeStatuses: {demo-dc1-default-sts-0: {hostID: abc, ip: 10.0.0.1, rack: default}}\n"
                 "        observedGeneration: 1.5\n"
        << QStringList{u"E status.datacenters.dc1.cassandra.observedGeneration"_s}
        << u"must be of type integer, not number"_s;

    const QByteArray task = "apiVersion: control.k8ssandra.io/v1alpha1\nkind: CassandraTask\nmetadata: {name: t}\n";
    QTest::newRow("restart task") << task
                                         + "spec:\n  datacenter: {name: dc1, namespace: demo}\n  jobs:\n  - {name: r, "
                                           "command: restart, args: {rack: r1}}\n"
                                  << QStringList() << QString();
    QTest::newRow("job without command") << task + "spec:\n  jobs:\n  - {name: r}\n"
                                         << QStringList{u"E spec.jobs[0].command"_s} << u"required"_s;
    QTest::newRow("int32 overflow") << task + "spec: {ttlSecondsAfterFinished: 3000000000}\n"
                                    << QStringList{u"E spec.ttlSecondsAfterFinished"_s} << u"32-bit"_s;
    QTest::newRow("arg of the wrong type")
        << task + "spec:\n  jobs:\n  - {name: c, command: cleanup, args: {jobs: two}}\n"
        << QStringList{u"E spec.jobs[0].args.jobs"_s} << u"must be of type integer"_s;

    const QByteArray mc = "apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaConfiguration\nmetadata: {name: s3}\n";
    const QByteArray condition
        = "  - {type: Ready, status: \"True\", reason: Ok, message: fine, lastTransitionTime: 2024-05-01T10:00:00Z}\n";
    QTest::newRow("duplicate list-map key")
        << mc + "status:\n  conditions:\n" + condition + condition << QStringList{u"E status.conditions[1]"_s}
        << u"duplicate entry (type=\"Ready\")"_s;
    QTest::newRow("condition status enum")
        << mc + "status:\n  conditions:\n" + QByteArray(condition).replace("\"True\"", "yes")
        << QStringList{u"E status.conditions[0].status"_s} << u"must be of type string, not boolean"_s;

    QTest::newRow("raw JSON config of a CassandraDatacenter") << QByteArray(
        "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nmetadata: {name: dc1}\nspec:\n"
        "  clusterName: demo\n  serverType: cassandra\n  serverVersion: 4.1.5\n  size: 3\n"
        "  storageConfig: {cassandraDataVolumeClaimSpec: {storageClassName: standard, accessModes: [ReadWriteOnce],"
        " resources: {requests: {storage: 10Gi}}}}\n"
        "  config: {cassandra-yaml: {num_tokens: 16}}\n") << QStringList{u"N spec.config"_s}
                                                              << u"not checked"_s;

    QTest::newRow("mission control cluster") << QByteArray(
        "apiVersion: missioncontrol.datastax.com/v1beta2\nkind: MissionControlCluster\nmetadata: {name: demo}\nspec:\n"
        "  createIssuer: true\n  dataApi: {}\n  encryption: {internodeEncryption: {enabled: true, certs: {createCerts: "
        "true}}}\n"
        "  k8ssandra:\n    auth: true\n    cassandra:\n      serverType: dse\n      serverVersion: 6.9.4\n"
        "      datacenters: [{metadata: {name: demo-dc-1}, datacenterName: dc-1, size: 1, racks: [{name: r1}]}]\n")
                                             << QStringList() << QString();
    QTest::newRow("mission control cluster without k8ssandra")
        << QByteArray(
               "apiVersion: missioncontrol.datastax.com/v1beta2\nkind: MissionControlCluster\nmetadata: {name: demo}\n"
               "spec: {createIssuer: true}\nstatus: {progress: Ready, anything: [1, 2]}\n")
        << QStringList{u"E spec.k8ssandra"_s, u"N status"_s} << u"required"_s;
}

void TestSchemaValidator::bundled()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);
    QFETCH(QString, fragment);
    static const CrdRegistry registry = CrdRegistry::withBundled();
    const QJsonObject object = fromYaml(yaml);
    QVERIFY2(!object.isEmpty(), yaml.constData());
    const QJsonObject schema = schemaFor(registry, object);
    QVERIFY(!schema.isEmpty());
    const QList<Finding> findings = validate(object, schema);
    QVERIFY2(keys(findings) == expected,
             qPrintable(u"expected "_s + expected.join(u", "_s) + u", got:\n"_s + listed(findings)));
    if (!findings.isEmpty()) {
        QVERIFY2(findings.first().message.contains(fragment), qPrintable(findings.first().message));
    }
    QCOMPARE(isValid(findings), !expected.join(u' ').contains(u"E "_s));
}

void TestSchemaValidator::lenientVersusUpstream()
{
    RINGSIDE_REQUIRE_SHARED();
    // The same object: our lenient schema does not know extraVolumes and says so; upstream's checks it in full.
    const QJsonObject object
        = fromYaml("apiVersion: k8ssandra.io/v1alpha1\nkind: K8ssandraCluster\nmetadata: {name: demo}\n"
                   "spec:\n  cassandra:\n    serverVersion: 4.1.5\n"
                   "    extraVolumes: {pvcs: [{name: extra, mountPath: 7}]}\n"
                   "    stargateIsGone: true\n");
    CrdRegistry registry = CrdRegistry::withBundled();
    const QList<Finding> lenient = validate(object, schemaFor(registry, object));
    QCOMPARE(keys(lenient), (QStringList{u"N spec.cassandra.extraVolumes"_s, u"N spec.cassandra.stargateIsGone"_s}));
    QVERIFY(isValid(lenient));

    const CrdFileResult imported
        = registry.importFile(Test::sharedDir() + u"/crds/k8ssandra.io_k8ssandraclusters.yaml"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const QList<Finding> full = validate(object, schemaFor(registry, object));
    QVERIFY2(keys(full)
                 == (QStringList{u"E spec.cassandra.extraVolumes.pvcs[0].mountPath"_s,
                                 u"E spec.cassandra.stargateIsGone"_s}),
             qPrintable(listed(full)));
    QVERIFY(!isValid(full));
}

void TestSchemaValidator::pathsAndMessages()
{
    // Not a custom resource at all, or not an object: clear errors rather than a crash.
    const QJsonObject schema
        = CrdRegistry::withBundled().openApiSchema(u"medusa.k8ssandra.io"_s, u"v1alpha1"_s, u"MedusaBackup"_s);
    QList<Finding> f = validate(QJsonValue(u"text"_s), schema);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().path, QString());
    QCOMPARE(f.first().toString(), u"must be of type object, not string (\"text\")"_s);
    f = validate(fromYaml("apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaBackup\nmetadata: 3\n"
                          "status: {nodes: [{host: a, tokens: [1, 2.5]}], totalNodes: 1}\n"),
                 schema);
    QCOMPARE(keys(f), (QStringList{u"E metadata"_s, u"E status.nodes[0].tokens[1]"_s}));
    QCOMPARE(f.at(1).toString(), u"status.nodes[0].tokens[1]: must be of type integer, not number (2.5)"_s);
    // An empty schema checks nothing and finds nothing.
    QVERIFY(validate(fromYaml("a: 1\n"), QJsonObject()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schema_validator.moc"
