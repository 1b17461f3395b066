// Ringside's bundled CRD schemas: they parse, the API server would accept them, they agree field by field with
// the upstream CRDs in ../shared/crds, and the comparison that says so can fail. Also CRD file import.
#include "testsupport.h"

#include "schema/crdregistry.h"
#include "schema/schemacheck.h"
#include "schema/schemavalidator.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace Ringside;
using namespace Ringside::Schema;
using namespace Qt::StringLiterals;

namespace {

// The kinds issue 3 asks the sandbox to serve, with their group and the version we serve.
struct Served
{
    const char *group;
    const char *kind;
    const char *plural;
    const char *version;
};
const Served kServed[] = {
    {"missioncontrol.datastax.com", "MissionControlCluster", "missioncontrolclusters", "v1beta2"},
    {"k8ssandra.io", "K8ssandraCluster", "k8ssandraclusters", "v1alpha1"},
    {"cassandra.datastax.com", "CassandraDatacenter", "cassandradatacenters", "v1beta1"},
    {"control.k8ssandra.io", "CassandraTask", "cassandratasks", "v1alpha1"},
    {"control.k8ssandra.io", "K8ssandraTask", "k8ssandratasks", "v1alpha1"},
    {"control.k8ssandra.io", "ScheduledTask", "scheduledtasks", "v1alpha1"},
    {"medusa.k8ssandra.io", "MedusaBackupJob", "medusabackupjobs", "v1alpha1"},
    {"medusa.k8ssandra.io", "MedusaBackup", "medusabackups", "v1alpha1"},
    {"medusa.k8ssandra.io", "MedusaBackupSchedule", "medusabackupschedules", "v1alpha1"},
    {"medusa.k8ssandra.io", "MedusaRestoreJob", "medusarestorejobs", "v1alpha1"},
    {"medusa.k8ssandra.io", "MedusaConfiguration", "medusaconfigurations", "v1alpha1"},
    {"medusa.k8ssandra.io", "MedusaTask", "medusatasks", "v1alpha1"},
    {"reaper.k8ssandra.io", "Reaper", "reapers", "v1alpha1"},
    {"config.k8ssandra.io", "ClientConfig", "clientconfigs", "v1beta1"},
};

QString listed(const QList<SchemaIssue> &issues)
{
    QStringList lines;
    for (const SchemaIssue &issue : issues) {
        lines.append(u"  "_s + issue.toString());
    }
    return lines.join(u'\n');
}

bool hasIssue(const QList<SchemaIssue> &issues, const QString &path, const QString &messagePart)
{
    for (const SchemaIssue &issue : issues) {
        if (issue.path == path && issue.message.contains(messagePart)) {
            return true;
        }
    }
    return false;
}

// The bundled registry, read once per run (each read parses 14 files).
const CrdRegistry &bundled()
{
    static const CrdRegistry registry = CrdRegistry::withBundled();
    return registry;
}

QJsonObject readYamlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const Yaml::ParseResult r = Yaml::parse(file.readAll());
    return r.ok() && !r.documents.isEmpty() ? r.documents.constFirst().toObject() : QJsonObject();
}

// Upstream files are large (the K8ssandraCluster CRD has 34k lines): read each once per run.
QJsonObject upstreamCrd(const QString &group, const QString &plural)
{
    static QHash<QString, QJsonObject> cache;
    const QString path = Test::sharedDir() + u"/crds/"_s + group + u'_' + plural + u".yaml"_s;
    if (!cache.contains(path)) {
        cache.insert(path, readYamlFile(path));
    }
    return cache.value(path);
}

QJsonObject child(const QJsonObject &schema, const QStringList &path)
{
    QJsonObject node = schema;
    for (const QString &name : path) {
        node = node.value("properties"_L1).toObject().value(name).toObject();
    }
    return node;
}

// A copy of a schema without descriptions, to compare two of our schemas by what they validate.
QJsonValue withoutDescriptions(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray()) {
            out.append(withoutDescriptions(e));
        }
        return out;
    }
    if (!v.isObject()) {
        return v;
    }
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != "description"_L1) {
            out.insert(it.key(), withoutDescriptions(it.value()));
        }
    }
    return out;
}

// Sets \a key to \a value in the schema node at \a path (property names); with an empty key, replaces the node.
QJsonObject setAt(QJsonObject root, const QStringList &path, const QString &key, const QJsonValue &value)
{
    if (path.isEmpty()) {
        if (key.isEmpty()) {
            return value.toObject();
        }
        root.insert(key, value);
        return root;
    }
    QJsonObject props = root.value("properties"_L1).toObject();
    props.insert(path.first(), setAt(props.value(path.first()).toObject(), path.mid(1), key, value));
    root.insert("properties"_L1, props);
    return root;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(text);
    return path;
}

} // namespace

class TestCrdSchemas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledCrdsAreValid();
    void registryLookups();
    void agreesWithUpstream_data();
    void agreesWithUpstream();
    void missionControlEmbedsK8ssandraClusterSpec();
    void comparisonDetectsBreakage();
    void structuralCheckDetectsProblems();
    void importUpstreamFile();
    void importBrokenFiles();
};

void TestCrdSchemas::bundledCrdsAreValid()
{
    const QStringList files = bundledCrdFiles();
    QCOMPARE(files.size(), qsizetype(std::size(kServed)));
    const QList<QJsonObject> crds = bundledCrds();
    QCOMPARE(crds.size(), files.size()); // every file parsed with Ringside::Yaml::parse
    for (qsizetype i = 0; i < crds.size(); ++i) {
        const Crd crd(crds.at(i), CrdSource::Bundled, files.at(i));
        QVERIFY2(crd.isValid(), qPrintable(files.at(i)));
        const QList<SchemaIssue> problems = crdProblems(crds.at(i));
        QVERIFY2(problems.isEmpty(), qPrintable(files.at(i) + u" is not a valid CRD:\n"_s + listed(problems)));
        QCOMPARE(crd.name(), crd.plural() + u'.' + crd.group());
        QCOMPARE(QFileInfo(files.at(i)).fileName(), crd.group() + u'_' + crd.plural() + u".yaml"_s);
        QVERIFY(!crd.storageVersion().isEmpty());
        QVERIFY(crd.isNamespaced());
    }
    for (const Served &served : kServed) {
        const auto it = std::find_if(crds.begin(), crds.end(), [&served](const QJsonObject &o) {
            const Crd crd(o);
            return crd.group() == QLatin1StringView(served.group) && crd.kind() == QLatin1StringView(served.kind);
        });
        QVERIFY2(it != crds.end(), served.kind);
        const Crd crd(*it);
        QCOMPARE(crd.plural(), QLatin1StringView(served.plural));
        QCOMPARE(crd.storageVersion(), QLatin1StringView(served.version));
        QVERIFY(crd.servedVersions().contains(QLatin1StringView(served.version)));
    }
}

void TestCrdSchemas::registryLookups()
{
    const CrdRegistry registry = CrdRegistry::withBundled();
    QCOMPARE(registry.crds().size(), qsizetype(std::size(kServed)));

    const std::optional<Crd> dc = registry.findByKind(u"cassandra.datastax.com"_s, u"CassandraDatacenter"_s);
    QVERIFY(dc);
    QVERIFY(dc->isLenient());
    QCOMPARE(dc->shortNames(), (QStringList{u"cassdc"_s, u"cassdcs"_s}));
    QVERIFY(dc->hasStatusSubresource(u"v1beta1"_s));
    QCOMPARE(registry.findByPlural(u"cassandra.datastax.com"_s, u"cassdc"_s)->kind(), u"CassandraDatacenter"_s);
    QCOMPARE(registry.findByPlural(u"cassandra.datastax.com"_s, u"CassandraDatacenters"_s)->kind(),
             u"CassandraDatacenter"_s);
    QCOMPARE(registry.findByPlural(u"k8ssandra.io"_s, u"k8c"_s)->kind(), u"K8ssandraCluster"_s);
    QVERIFY(!registry.findByPlural(u"k8ssandra.io"_s, u"cassdc"_s)); // right name, wrong group
    QVERIFY(!registry.findByKind(u"k8ssandra.io"_s, u"CassandraDatacenter"_s));

    QVERIFY(registry.findForObject(u"missioncontrol.datastax.com/v1beta2"_s, u"MissionControlCluster"_s));
    QVERIFY(!registry.findForObject(u"missioncontrol.datastax.com/v1alpha9"_s, u"MissionControlCluster"_s));
    QVERIFY(!registry.findForObject(u"v1"_s, u"Pod"_s));

    const QJsonObject schema = registry.openApiSchema(u"control.k8ssandra.io"_s, u"v1alpha1"_s, u"CassandraTask"_s);
    QCOMPARE(child(schema, {u"spec"_s, u"jobs"_s}).value("type"_L1).toString(), u"array"_s);
    QVERIFY(registry.openApiSchema(u"control.k8ssandra.io"_s, u"v1"_s, u"CassandraTask"_s).isEmpty());

    const std::optional<Crd> cc = registry.findByKind(u"config.k8ssandra.io"_s, u"ClientConfig"_s);
    QVERIFY(cc);
    QVERIFY(!cc->hasStatusSubresource(u"v1beta1"_s)); // as upstream: ClientConfig has no status subresource
}

void TestCrdSchemas::agreesWithUpstream_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("plural");
    for (const Served &served : kServed) {
        if (QLatin1StringView(served.kind) != "MissionControlCluster"_L1) { // no upstream file: checked below
            QTest::newRow(served.kind) << QString::fromLatin1(served.group) << QString::fromLatin1(served.plural);
        }
    }
}

void TestCrdSchemas::agreesWithUpstream()
{
    RINGSIDE_REQUIRE_SHARED();
    QFETCH(QString, group);
    QFETCH(QString, plural);
    const QJsonObject upstream = upstreamCrd(group, plural);
    QVERIFY2(!upstream.isEmpty(), qPrintable(u"no upstream CRD for "_s + plural + u'.' + group));
    const std::optional<Crd> ours = bundled().findByPlural(group, plural);
    QVERIFY(ours);
    const QList<SchemaIssue> issues = compareCrdWithUpstream(ours->object(), upstream);
    QVERIFY2(issues.isEmpty(), qPrintable(u"%1 disagrees with upstream in %2 place(s):\n%3"_s.arg(ours->name())
                                              .arg(issues.size())
                                              .arg(listed(issues))));
}

void TestCrdSchemas::missionControlEmbedsK8ssandraClusterSpec()
{
    RINGSIDE_REQUIRE_SHARED();
    // The claim, from the reference: MissionControlCluster.spec.k8ssandra is the spec of the K8ssandraCluster it
    // creates.
    QFile apis(Test::sharedDir() + u"/reference/mission-control-apis.md"_s);
    QVERIFY(apis.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(apis.readAll());
    QVERIFY(text.contains("spec.k8ssandra == K8ssandraCluster.spec"_L1));
    QVERIFY(
        text.contains("Spec for the K8ssandraCluster that will be created as part of this MissionControlCluster"_L1));

    // Checked against the object the reference quotes (the workshop's MissionControlCluster, dumped with kubectl):
    // its spec.k8ssandra, as the spec of a K8ssandraCluster, is valid against the upstream K8ssandraCluster schema.
    static const QRegularExpression block(u"```yaml\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    QJsonObject mcc;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const Yaml::ParseResult r = Yaml::parse(it.next().captured(1).toUtf8());
        const QJsonObject doc = r.documents.value(0).toObject();
        if (r.ok() && doc.value("kind"_L1).toString() == "MissionControlCluster"_L1) {
            mcc = doc;
            break;
        }
    }
    QVERIFY2(!mcc.isEmpty(), "no MissionControlCluster example in mission-control-apis.md");
    const QJsonObject upstreamK8c = upstreamCrd(u"k8ssandra.io"_s, u"k8ssandraclusters"_s);
    const QJsonObject upstreamSpec = child(Crd(upstreamK8c).openApiSchema(u"v1alpha1"_s), {u"spec"_s});
    const QJsonObject k8ssandra = mcc.value("spec"_L1).toObject().value("k8ssandra"_L1).toObject();
    QVERIFY(k8ssandra.contains("cassandra"_L1));
    const QJsonObject asK8ssandraCluster{{u"apiVersion"_s, u"k8ssandra.io/v1alpha1"_s},
                                         {u"kind"_s, u"K8ssandraCluster"_s},
                                         {u"metadata"_s, mcc.value("metadata"_L1)},
                                         {u"spec"_s, k8ssandra}};
    const QList<Finding> findings = validate(asK8ssandraCluster, Crd(upstreamK8c).openApiSchema(u"v1alpha1"_s));
    QStringList notFine;
    for (const Finding &f : findings) {
        notFine.append(f.toString()); // not even "not checked": upstream describes all of it
    }
    QVERIFY2(notFine.isEmpty(), qPrintable(notFine.join(u'\n')));
    // The whole example is valid against our own MissionControlCluster schema as well.
    const QList<Finding> ours = validate(
        mcc, bundled().openApiSchema(u"missioncontrol.datastax.com"_s, u"v1beta2"_s, u"MissionControlCluster"_s));
    QVERIFY2(isValid(ours), qPrintable(ours.isEmpty() ? QString() : ours.first().toString()));

    // So our MissionControlCluster's spec.k8ssandra must agree with upstream's K8ssandraCluster spec ...
    const CrdRegistry &registry = bundled();
    const QJsonObject ourMcc
        = registry.openApiSchema(u"missioncontrol.datastax.com"_s, u"v1beta2"_s, u"MissionControlCluster"_s);
    const QJsonObject ourK8ssandra = child(ourMcc, {u"spec"_s, u"k8ssandra"_s});
    QVERIFY(!ourK8ssandra.isEmpty());
    const QList<SchemaIssue> issues = compareWithUpstream(ourK8ssandra, upstreamSpec);
    QVERIFY2(issues.isEmpty(),
             qPrintable(u"MissionControlCluster .spec.k8ssandra disagrees with K8ssandraCluster .spec:\n"_s
                        + listed(issues)));
    QVERIFY(child(ourMcc, {u"spec"_s}).value("required"_L1).toArray().contains(u"k8ssandra"_s));
    // ... and be the same schema as our own K8ssandraCluster spec (descriptions aside), so the two cannot drift.
    const QJsonObject ourK8cSpec
        = child(registry.openApiSchema(u"k8ssandra.io"_s, u"v1alpha1"_s, u"K8ssandraCluster"_s), {u"spec"_s});
    QCOMPARE(withoutDescriptions(ourK8ssandra), withoutDescriptions(ourK8cSpec));
}

void TestCrdSchemas::comparisonDetectsBreakage()
{
    RINGSIDE_REQUIRE_SHARED();
    const QJsonObject upstream
        = Crd(upstreamCrd(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s)).openApiSchema(u"v1beta1"_s);
    const QJsonObject ours
        = bundled().openApiSchema(u"cassandra.datastax.com"_s, u"v1beta1"_s, u"CassandraDatacenter"_s);
    QVERIFY(compareWithUpstream(ours, upstream).isEmpty());

    QJsonObject broken = ours;
    broken = setAt(broken, {u"spec"_s, u"size"_s}, u"type"_s, u"string"_s);         // wrong type
    broken = setAt(broken, {u"spec"_s, u"madeUpField"_s}, u"type"_s, u"boolean"_s); // made-up field
    broken = setAt(broken, {u"spec"_s, u"serverType"_s}, u"enum"_s,
                   QJsonArray{u"cassandra"_s, u"scylla"_s});                        // extra enum value
    broken = setAt(broken, {u"spec"_s, u"stopped"_s}, u"enum"_s, QJsonArray{true}); // enum where upstream has none
    broken = setAt(broken, {u"status"_s, u"observedGeneration"_s}, u"format"_s, u"int32"_s); // wrong format
    // required: racks added (upstream does not require it), serverType dropped (upstream requires it).
    broken = setAt(broken, {u"spec"_s}, u"required"_s,
                   QJsonArray{u"clusterName"_s, u"serverVersion"_s, u"size"_s, u"storageConfig"_s, u"racks"_s});
    // A rack that models only its name and does not keep unknown fields would prune affinity, nodeAffinityLabels, zone.
    QJsonObject rackItems = child(broken, {u"spec"_s, u"racks"_s}).value("items"_L1).toObject();
    rackItems.insert("properties"_L1,
                     QJsonObject{{u"name"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"minLength"_s, 2}}}});
    broken = setAt(broken, {u"spec"_s, u"racks"_s}, u"items"_s, rackItems);
    // config is raw JSON upstream (kept as is); without the marker ours would prune it.
    QJsonObject config = child(broken, {u"spec"_s, u"config"_s});
    config.remove("x-kubernetes-preserve-unknown-fields"_L1);
    broken = setAt(broken, {u"spec"_s, u"config"_s}, {}, config);

    const QList<SchemaIssue> issues = compareWithUpstream(broken, upstream);
    const QString all = listed(issues);
    QVERIFY2(hasIssue(issues, u".spec.size"_s, u"type \"string\", upstream \"integer\""_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.madeUpField"_s, u"not a field upstream"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.serverType"_s, u"enum value \"scylla\""_s), qPrintable(all));
    QVERIFY2(!hasIssue(issues, u".spec.serverType"_s, u"enum value \"cassandra\""_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.stopped"_s, u"upstream accepts any"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".status.observedGeneration"_s, u"format \"int32\", upstream \"int64\""_s),
             qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec"_s, u"ours requires \"racks\""_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec"_s, u"upstream requires \"serverType\""_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.config"_s, u"upstream keeps unknown fields here"_s), qPrintable(all));
    for (const char *field : {"affinity", "nodeAffinityLabels", "zone"}) {
        QVERIFY2(hasIssue(issues, u".spec.racks[]."_s + QLatin1StringView(field), u"upstream field not modelled"_s),
                 qPrintable(all));
    }
    QCOMPARE(issues.size(), 11); // all of them, and nothing else

    // Through the whole-CRD comparison too, with the version in the path; and names/columns count.
    QJsonObject crd = bundled().findByKind(u"cassandra.datastax.com"_s, u"CassandraDatacenter"_s)->object();
    QJsonObject spec = crd.value("spec"_L1).toObject();
    QJsonArray versions = spec.value("versions"_L1).toArray();
    QJsonObject v0 = versions.at(0).toObject();
    v0.insert("schema"_L1, QJsonObject{{u"openAPIV3Schema"_s, broken}});
    v0.insert(
        "additionalPrinterColumns"_L1,
        QJsonArray{QJsonObject{{u"name"_s, u"Size"_s}, {u"type"_s, u"integer"_s}, {u"jsonPath"_s, u".spec.size"_s}}});
    versions.replace(0, v0);
    spec.insert("versions"_L1, versions);
    QJsonObject names = spec.value("names"_L1).toObject();
    names.insert("shortNames"_L1, QJsonArray{u"cdc"_s});
    spec.insert("names"_L1, names);
    crd.insert("spec"_L1, spec);
    const QList<SchemaIssue> crdIssues
        = compareCrdWithUpstream(crd, upstreamCrd(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s));
    QVERIFY2(hasIssue(crdIssues, u"v1beta1: .spec.size"_s, u"type"_s), qPrintable(listed(crdIssues)));
    QVERIFY2(hasIssue(crdIssues, u".spec.names"_s, u"cdc"_s), qPrintable(listed(crdIssues)));
    QVERIFY2(hasIssue(crdIssues, u"v1beta1"_s, u"printer columns"_s), qPrintable(listed(crdIssues)));
    QCOMPARE(crdIssues.size(), 13); // the 11 schema mismatches, the short names and the printer columns
}

void TestCrdSchemas::structuralCheckDetectsProblems()
{
    const QJsonObject good = bundled().openApiSchema(u"medusa.k8ssandra.io"_s, u"v1alpha1"_s, u"MedusaBackupJob"_s);
    QVERIFY(structuralProblems(good).isEmpty());

    QJsonObject bad = good;
    bad = setAt(bad, {u"spec"_s, u"untyped"_s}, u"description"_s, u"no type"_s);
    bad = setAt(bad, {u"spec"_s, u"port"_s}, u"x-kubernetes-int-or-string"_s, true);
    bad = setAt(bad, {u"spec"_s, u"port"_s}, u"type"_s, u"integer"_s);
    bad = setAt(bad, {u"spec"_s, u"list"_s}, u"type"_s, u"array"_s);
    bad = setAt(bad, {u"spec"_s, u"backupType"_s}, u"default"_s, 3);
    bad = setAt(bad, {u"spec"_s, u"backupType"_s}, u"enum"_s, QJsonArray{u"full"_s, true});
    bad = setAt(bad, {u"spec"_s, u"conditions"_s}, u"type"_s, u"array"_s);
    bad = setAt(bad, {u"spec"_s, u"conditions"_s}, u"x-kubernetes-list-type"_s, u"map"_s);
    bad = setAt(bad, {u"spec"_s, u"conditions"_s}, u"items"_s, QJsonObject{{u"type"_s, u"object"_s}});
    bad = setAt(bad, {u"metadata"_s, u"labels"_s}, u"type"_s, u"object"_s);
    bad = setAt(bad, {u"spec"_s, u"preserved"_s}, u"x-kubernetes-preserve-unknown-fields"_s, true); // fine without type
    const QList<SchemaIssue> issues = structuralProblems(bad);
    const QString all = listed(issues);
    QVERIFY2(hasIssue(issues, u".spec.untyped"_s, u"no type"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.port"_s, u"must not have a type"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.list"_s, u"needs items"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.backupType"_s, u"default 3"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.backupType"_s, u"enum value true"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".spec.conditions"_s, u"needs x-kubernetes-list-map-keys"_s), qPrintable(all));
    QVERIFY2(hasIssue(issues, u".metadata.labels"_s, u"only restrict name and generateName"_s), qPrintable(all));
    QVERIFY2(!all.contains(".spec.preserved"_L1), qPrintable(all));
    QCOMPARE(issues.size(), 7);

    QJsonObject rootless = good;
    rootless.remove("type"_L1);
    rootless.insert("x-kubernetes-preserve-unknown-fields"_L1, true);
    QVERIFY(hasIssue(structuralProblems(rootless), QString(), u"root must be of type object"_s));
}

void TestCrdSchemas::importUpstreamFile()
{
    RINGSIDE_REQUIRE_SHARED();
    const QString k8cPath = Test::sharedDir() + u"/crds/k8ssandra.io_k8ssandraclusters.yaml"_s;
    const CrdFileResult one = importCrdFile(k8cPath);
    QVERIFY2(one.ok(), qPrintable(one.error));
    QCOMPARE(one.crds.size(), 1);
    QCOMPARE(Crd(one.crds.first()).kind(), u"K8ssandraCluster"_s);
    QCOMPARE(one.skippedDocuments, 0);

    // A release manifest: several CRDs and other objects in one multi-document file (smaller files: the
    // K8ssandraCluster CRD alone is 2.5 MB of YAML).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile reaper(Test::sharedDir() + u"/crds/reaper.k8ssandra.io_reapers.yaml"_s);
    QFile clientConfig(Test::sharedDir() + u"/crds/config.k8ssandra.io_clientconfigs.yaml"_s);
    QVERIFY(reaper.open(QIODevice::ReadOnly) && clientConfig.open(QIODevice::ReadOnly));
    const QByteArray bundle = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: k8ssandra-operator\n---\n"
                              + reaper.readAll() + "\n---\n" + clientConfig.readAll() + "\n---\n";
    const QString bundlePath = writeFile(dir, u"release.yaml"_s, bundle);
    CrdRegistry registry = CrdRegistry::withBundled();
    const CrdFileResult many = registry.importFile(bundlePath);
    QVERIFY2(many.ok(), qPrintable(many.error));
    QCOMPARE(many.crds.size(), 2);
    QCOMPARE(many.skippedDocuments, 1);

    // Imported CRDs replace the lenient bundled ones; the others stay bundled.
    QCOMPARE(registry.crds().size(), qsizetype(std::size(kServed)));
    const std::optional<Crd> imported = registry.findByKind(u"reaper.k8ssandra.io"_s, u"Reaper"_s);
    QVERIFY(imported && !imported->isLenient());
    QCOMPARE(imported->origin(), bundlePath);
    const QJsonObject reaperSpec
        = child(registry.openApiSchema(u"reaper.k8ssandra.io"_s, u"v1alpha1"_s, u"Reaper"_s), {u"spec"_s});
    QVERIFY(reaperSpec.value("properties"_L1).toObject().contains("livenessProbe"_L1)); // upstream models it, ours not
    QVERIFY(!registry.findByKind(u"config.k8ssandra.io"_s, u"ClientConfig"_s)->isLenient());
    QVERIFY(registry.findByKind(u"k8ssandra.io"_s, u"K8ssandraCluster"_s)->isLenient());
    registry.addBundled(); // adding the bundled set again does not override imports
    QVERIFY(!registry.findByKind(u"reaper.k8ssandra.io"_s, u"Reaper"_s)->isLenient());

    // A later import of the same CRD replaces the earlier one.
    const QString again = writeFile(dir, u"again.yaml"_s, bundle);
    QVERIFY(registry.importFile(again).ok());
    QCOMPARE(registry.findByKind(u"reaper.k8ssandra.io"_s, u"Reaper"_s)->origin(), again);
    QCOMPARE(registry.crds().size(), qsizetype(std::size(kServed)));
}

void TestCrdSchemas::importBrokenFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // Invalid YAML: the error names the file and the line.
    const QString badYaml = writeFile(dir, u"bad.yaml"_s,
                                      "apiVersion: apiextensions.k8s.io/v1\n"
                                      "kind: CustomResourceDefinition\n"
                                      "spec:\n"
                                      "  group: [unclosed\n"
                                      "  names: {}\n");
    CrdFileResult r = importCrdFile(badYaml);
    QVERIFY(!r.ok());
    QVERIFY(r.crds.isEmpty());
    QVERIFY2(QRegularExpression(u"^"_s + QRegularExpression::escape(QDir::toNativeSeparators(badYaml))
                                + u":[45]:\\d+: invalid YAML"_s)
                 .match(r.error)
                 .hasMatch(),
             qPrintable(r.error));

    // A CRD the API server would reject: the error points at the offending line.
    const QString wrongName = writeFile(dir, u"wrongname.yaml"_s,
                                        "# a comment\n"
                                        "apiVersion: apiextensions.k8s.io/v1\n"
                                        "kind: CustomResourceDefinition\n"
                                        "metadata:\n"
                                        "  name: widgets.example.org\n"
                                        "spec:\n"
                                        "  group: example.com\n"
                                        "  names: {kind: Widget, plural: widgets}\n"
                                        "  scope: Namespaced\n"
                                        "  versions:\n"
                                        "  - name: v1\n"
                                        "    served: true\n"
                                        "    storage: true\n"
                                        "    schema:\n"
                                        "      openAPIV3Schema: {type: object}\n");
    r = importCrdFile(wrongName);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QDir::toNativeSeparators(wrongName) + u":5:"_s), qPrintable(r.error));
    QVERIFY2(r.error.contains("widgets.example.com"_L1), qPrintable(r.error));

    // A schema problem deep in a version: the line of that property.
    const QString untyped = writeFile(dir, u"untyped.yaml"_s,
                                      "apiVersion: apiextensions.k8s.io/v1\n"
                                      "kind: CustomResourceDefinition\n"
                                      "metadata: {name: widgets.example.com}\n"
                                      "spec:\n"
                                      "  group: example.com\n"
                                      "  names: {kind: Widget, plural: widgets}\n"
                                      "  scope: Namespaced\n"
                                      "  versions:\n"
                                      "  - name: v1\n"
                                      "    served: true\n"
                                      "    storage: true\n"
                                      "    schema:\n"
                                      "      openAPIV3Schema:\n"
                                      "        type: object\n"
                                      "        properties:\n"
                                      "          spec:\n"
                                      "            type: object\n"
                                      "            properties:\n"
                                      "              size:\n"
                                      "                description: no type here\n");
    r = importCrdFile(untyped);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QDir::toNativeSeparators(untyped) + u":20:"_s), qPrintable(r.error));
    QVERIFY2(r.error.contains("v1: .spec.size: no type"_L1), qPrintable(r.error));

    // v1beta1 CRDs are gone from Kubernetes; say so.
    const QString beta = writeFile(dir, u"beta.yaml"_s,
                                   "---\nkind: ConfigMap\napiVersion: v1\n---\n"
                                   "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\n"
                                   "metadata: {name: widgets.example.com}\n");
    r = importCrdFile(beta);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(":5:"_L1) && r.error.contains("document 2"_L1) && r.error.contains("v1beta1"_L1),
             qPrintable(r.error));

    // No CRD at all, and no file at all.
    r = importCrdFile(writeFile(dir, u"none.yaml"_s, "apiVersion: v1\nkind: ConfigMap\n"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains("no CustomResourceDefinition"_L1), qPrintable(r.error));
    QCOMPARE(r.skippedDocuments, 1);
    r = importCrdFile(dir.filePath(u"missing.yaml"_s));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains("cannot read"_L1), qPrintable(r.error));

    // A failed import leaves the registry as it was.
    CrdRegistry registry = CrdRegistry::withBundled();
    QVERIFY(!registry.importFile(untyped).ok());
    QCOMPARE(registry.crds().size(), qsizetype(std::size(kServed)));
    QVERIFY(!registry.findByKind(u"example.com"_s, u"Widget"_s));
}

QTEST_GUILESS_MAIN(TestCrdSchemas)
#include "tst_crd_schemas.moc"
