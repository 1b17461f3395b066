#include "models/wizard/wizardmodel.h"

#include "cassandra/ops/versions.h"

#include "cassandra/ops/validation.h"
#include "models/wizard/configoverrides.h"
#include "models/wizard/datacentermodel.h"
#include "models/wizard/wizardtr.h"
#include "yaml/yamljson.h"

#include <QRegularExpression>

#include <cmath>

namespace Ringside::Wizard {

using namespace Cassandra;

namespace {

/*! Bytes of a Kubernetes quantity (e.g. 8Gi, 512M, 1.5G), or a negative number when it is not one. */
double quantityBytes(const QString &q)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$"));
    const auto m = re.match(q);
    if (!m.hasMatch()) {
        return -1;
    }
    static const QHash<QString, double> factor{{QString(), 1},
                                               {QStringLiteral("m"), 1e-3},
                                               {QStringLiteral("k"), 1e3},
                                               {QStringLiteral("M"), 1e6},
                                               {QStringLiteral("G"), 1e9},
                                               {QStringLiteral("T"), 1e12},
                                               {QStringLiteral("P"), 1e15},
                                               {QStringLiteral("E"), 1e18},
                                               {QStringLiteral("Ki"), std::pow(2.0, 10)},
                                               {QStringLiteral("Mi"), std::pow(2.0, 20)},
                                               {QStringLiteral("Gi"), std::pow(2.0, 30)},
                                               {QStringLiteral("Ti"), std::pow(2.0, 40)},
                                               {QStringLiteral("Pi"), std::pow(2.0, 50)},
                                               {QStringLiteral("Ei"), std::pow(2.0, 60)}};
    return m.captured(1).toDouble() * factor.value(m.captured(2));
}

} // namespace

WizardModel::WizardModel(QObject *parent)
    : QObject(parent)
    , m_dcs(new DatacenterModel(this))
{
    m_spec.serverType = QStringLiteral("cassandra");
    m_spec.serverVersion = versions(m_spec.serverType).constFirst();
    m_dcs->addDatacenter(QStringLiteral("dc1"), 3, 1);
    const auto notify = [this] { Q_EMIT changed(); };
    connect(m_dcs, &QAbstractItemModel::dataChanged, this, notify);
    connect(m_dcs, &QAbstractItemModel::rowsInserted, this, notify);
    connect(m_dcs, &QAbstractItemModel::rowsRemoved, this, notify);
    connect(m_dcs, &QAbstractItemModel::modelReset, this, notify);
}

WizardModel::~WizardModel() = default;

QStringList WizardModel::serverTypes()
{
    return {QStringLiteral("cassandra"), QStringLiteral("dse"), QStringLiteral("hcd")};
}

QStringList WizardModel::versions(const QString &type)
{
    return Cassandra::Ops::knownServerVersions(type);
}

#define RINGSIDE_WIZARD_SET(member, value)                                                                             \
    do {                                                                                                               \
        if (member == value) {                                                                                         \
            return;                                                                                                    \
        }                                                                                                              \
        member = value;                                                                                                \
        Q_EMIT changed();                                                                                              \
    } while (false)

void WizardModel::setName(const QString &name)
{
    RINGSIDE_WIZARD_SET(m_spec.name, name.trimmed());
}

void WizardModel::setServerType(const QString &type)
{
    if (type == m_spec.serverType) {
        return;
    }
    m_spec.serverType = type;
    const QStringList offered = versions(type);
    if (!offered.contains(m_spec.serverVersion)) {
        m_spec.serverVersion = offered.constFirst();
    }
    Q_EMIT changed();
}

void WizardModel::setVersion(const QString &version)
{
    RINGSIDE_WIZARD_SET(m_spec.serverVersion, version.trimmed());
}

void WizardModel::setContext(const QString &context)
{
    if (context == m_context) {
        return;
    }
    m_context = context;
    m_installation = {};
    m_storageClasses.clear();
    m_storageClassesKnown = false;
    Q_EMIT contextChanged(context);
    Q_EMIT changed();
}

void WizardModel::setNameSpace(const QString &ns)
{
    RINGSIDE_WIZARD_SET(m_spec.nameSpace, ns.trimmed());
}

void WizardModel::setContexts(const QStringList &contexts, const Ops::WriteGuard &guard)
{
    m_contexts = contexts;
    m_guard = guard;
    Q_EMIT changed();
}

QString WizardModel::contextRefusal(const QString &context) const
{
    if (m_guard.isReadOnly(context)) {
        return WizardTr::tr("context %1 is read-only: clusters cannot be created there").arg(context);
    }
    return {};
}

void WizardModel::setStorageClass(const QString &storageClass)
{
    RINGSIDE_WIZARD_SET(m_spec.storageClass, storageClass.trimmed());
}

void WizardModel::setStorageSize(const QString &size)
{
    RINGSIDE_WIZARD_SET(m_spec.storageSize, size.trimmed());
}

void WizardModel::setStorageClasses(const QStringList &classes, bool known, const QString &defaultClass)
{
    m_storageClasses = classes;
    m_storageClassesKnown = known;
    if (known && m_spec.storageClass.isEmpty()) {
        m_spec.storageClass = classes.contains(defaultClass) ? defaultClass : classes.value(0);
    }
    Q_EMIT changed();
}

void WizardModel::setCpu(const QString &cpu)
{
    RINGSIDE_WIZARD_SET(m_spec.cpu, cpu.trimmed());
}

void WizardModel::setMemory(const QString &memory)
{
    RINGSIDE_WIZARD_SET(m_spec.memory, memory.trimmed());
}

void WizardModel::setHeap(const QString &heap)
{
    RINGSIDE_WIZARD_SET(m_spec.heap, heap.trimmed());
}

void WizardModel::setCassandraYamlText(const QString &text)
{
    RINGSIDE_WIZARD_SET(m_cassandraYamlText, text);
}

void WizardModel::setJvmOptionsText(const QString &text)
{
    RINGSIDE_WIZARD_SET(m_jvmText, text);
}

void WizardModel::setAuth(bool on)
{
    RINGSIDE_WIZARD_SET(m_spec.auth, on);
}

void WizardModel::setSuperuserSecret(const QString &name)
{
    RINGSIDE_WIZARD_SET(m_spec.superuserSecret, name.trimmed());
}

void WizardModel::setGenerateSuperuserSecret(bool generate)
{
    RINGSIDE_WIZARD_SET(m_generateSecret, generate);
}

void WizardModel::setDataApi(bool on)
{
    RINGSIDE_WIZARD_SET(m_spec.dataApi, on);
}

void WizardModel::setExpert(bool expert)
{
    if (expert && !m_expert) {
        m_expertYaml = generatedYaml(); // start from what the pages say
    }
    RINGSIDE_WIZARD_SET(m_expert, expert);
}

void WizardModel::setExpertYaml(const QString &text)
{
    RINGSIDE_WIZARD_SET(m_expertYaml, text);
}

#undef RINGSIDE_WIZARD_SET

void WizardModel::setInstallation(const Domain::Installation &installation)
{
    m_installation = installation;
    Q_EMIT changed();
}

QString WizardModel::clusterKind() const
{
    return m_installation.hasMissionControl() ? QStringLiteral("MissionControlCluster") : QStringLiteral("K8ssandraCluster");
}

QString WizardModel::kindNote() const
{
    if (!m_installation.isValid()) {
        return WizardTr::tr("What is installed in %1 is not known (not connected): a K8ssandraCluster is written. Connect the "
                            "context to detect Mission Control.")
            .arg(m_context);
    }
    if (m_installation.hasMissionControl()) {
        return WizardTr::tr("Mission Control is installed in %1: a MissionControlCluster (%2) is written.")
            .arg(m_context, m_installation.missionControlCluster);
    }
    if (m_installation.hasK8ssandra()) {
        return WizardTr::tr("k8ssandra-operator is installed in %1 (no Mission Control): a K8ssandraCluster (%2) is written.")
            .arg(m_context, m_installation.k8ssandraCluster);
    }
    return WizardTr::tr("Neither Mission Control nor k8ssandra-operator is installed in %1: a cluster cannot be created there.")
        .arg(m_context);
}

Ops::ClusterSpec WizardModel::spec() const
{
    Ops::ClusterSpec s = m_spec;
    s.datacenters = m_dcs->datacenters();
    s.cassandraYaml = checkCassandraYaml(m_cassandraYamlText, s.serverType, s.serverVersion).values;
    s.jvmOptions = checkJvmOptions(m_jvmText).values;
    if (m_generateSecret || !s.auth) {
        s.superuserSecret.clear();
    }
    if (!s.auth) {
        // Authentication off: cassandra.yaml must not ask for passwords either.
        s.cassandraYaml.remove(QStringLiteral("authenticator"));
        s.cassandraYaml.remove(QStringLiteral("authorizer"));
    }
    return s;
}

QString WizardModel::generatedYaml() const
{
    return QString::fromUtf8(Yaml::emit(spec().toManifest(m_installation)));
}

QString WizardModel::manifestYaml() const
{
    return m_expert ? m_expertYaml : generatedYaml();
}

Ops::Operation WizardModel::operation() const
{
    return Ops::createCluster(spec(), m_installation, m_storageClassesKnown ? m_storageClasses : QStringList());
}

QString WizardModel::heapError() const
{
    if (m_spec.heap.isEmpty()) {
        return {};
    }
    if (const QString e = Ops::checkQuantity(m_spec.heap, WizardTr::tr("heap size")); !e.isEmpty()) {
        return e;
    }
    const double heap = quantityBytes(m_spec.heap);
    if (heap < 256.0 * 1024 * 1024) {
        return WizardTr::tr("a heap of %1 is too small for Cassandra: give at least 256Mi (1Gi or more in production)").arg(m_spec.heap);
    }
    const double memory = quantityBytes(m_spec.memory);
    if (!m_spec.memory.isEmpty() && memory > 0 && heap > memory / 2) {
        return WizardTr::tr("the heap (%1) must be at most half of the memory request (%2): the rest is for off-heap memory and "
                            "the page cache")
            .arg(m_spec.heap, m_spec.memory);
    }
    return {};
}

QString WizardModel::expertYamlError() const
{
    if (!m_expert) {
        return {};
    }
    const Yaml::ParseResult parsed = Yaml::parse(m_expertYaml.toUtf8());
    if (!parsed.ok()) {
        return WizardTr::tr("the YAML does not parse: %1").arg(parsed.error->toString());
    }
    if (parsed.documents.size() != 1 || !parsed.documents.constFirst().isObject()) {
        return WizardTr::tr("the YAML must be one object (a %1)").arg(clusterKind());
    }
    const QJsonObject o = parsed.documents.constFirst().toObject();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("MissionControlCluster") && kind != QLatin1String("K8ssandraCluster")) {
        return WizardTr::tr("the object must be a MissionControlCluster or a K8ssandraCluster, not \"%1\"").arg(kind);
    }
    const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    if (meta.value(QLatin1String("name")).toString() != m_spec.name) {
        return WizardTr::tr("metadata.name must stay \"%1\" (change the name on the first page)").arg(m_spec.name);
    }
    if (meta.value(QLatin1String("namespace")).toString() != m_spec.nameSpace) {
        return WizardTr::tr("metadata.namespace must stay \"%1\" (change it on the first page)").arg(m_spec.nameSpace);
    }
    return {};
}

QString WizardModel::fieldError(Field field) const
{
    switch (field) {
    case Field::Name: {
        const QString e = Ops::checkDns1123Label(m_spec.name, WizardTr::tr("cluster name"));
        if (!e.isEmpty()) {
            return e;
        }
        return {};
    }
    case Field::Type:
        return serverTypes().contains(m_spec.serverType) ? QString() : Ops::checkServerVersion(m_spec.serverType, m_spec.serverVersion);
    case Field::Version:
        return Ops::checkServerVersion(m_spec.serverType, m_spec.serverVersion);
    case Field::Context:
        if (m_context.isEmpty()) {
            return WizardTr::tr("choose the context to create the cluster in");
        }
        if (!m_contexts.isEmpty() && !m_contexts.contains(m_context)) {
            return WizardTr::tr("context %1 is not in the kubeconfig").arg(m_context);
        }
        return contextRefusal(m_context);
    case Field::Namespace:
        return Ops::checkDns1123Label(m_spec.nameSpace, WizardTr::tr("namespace"));
    case Field::Datacenters: {
        QStringList problems = m_dcs->problems();
        // The datacenter objects are named CLUSTER-DC when Mission Control writes them.
        if (m_installation.hasMissionControl() && !m_spec.name.isEmpty()) {
            for (const Ops::DatacenterSpec &dc : m_dcs->datacenters()) {
                const QString e = Ops::checkDns1123Label(m_spec.name + u'-' + dc.name, WizardTr::tr("datacenter object name"));
                if (!dc.name.isEmpty() && !e.isEmpty()) {
                    problems << e;
                }
            }
        }
        return problems.join(u'\n');
    }
    case Field::StorageClass:
        if (m_spec.storageClass.isEmpty()) {
            return m_storageClassesKnown && !m_storageClasses.isEmpty()
                       ? WizardTr::tr("choose a storage class (the cluster has: %1)").arg(m_storageClasses.join(QLatin1String(", ")))
                       : WizardTr::tr("give the storage class of the data volumes");
        }
        if (m_storageClassesKnown && !m_storageClasses.contains(m_spec.storageClass)) {
            return WizardTr::tr("storage class \"%1\" does not exist in %2 (it has: %3)")
                .arg(m_spec.storageClass, m_context,
                     m_storageClasses.isEmpty() ? WizardTr::tr("none") : m_storageClasses.join(QLatin1String(", ")));
        }
        return Ops::checkDns1123Subdomain(m_spec.storageClass, WizardTr::tr("storage class"));
    case Field::StorageSize:
        return Ops::checkQuantity(m_spec.storageSize, WizardTr::tr("storage size"));
    case Field::Cpu:
        return m_spec.cpu.isEmpty() ? QString() : Ops::checkQuantity(m_spec.cpu, WizardTr::tr("CPU request"));
    case Field::Memory:
        return m_spec.memory.isEmpty() ? QString() : Ops::checkQuantity(m_spec.memory, WizardTr::tr("memory request"));
    case Field::Heap:
        return heapError();
    case Field::CassandraYaml:
        return checkCassandraYaml(m_cassandraYamlText, m_spec.serverType, m_spec.serverVersion).errorText();
    case Field::JvmOptions:
        return checkJvmOptions(m_jvmText).errorText();
    case Field::SuperuserSecret:
        if (!m_spec.auth || m_generateSecret) {
            return {};
        }
        return Ops::checkDns1123Subdomain(m_spec.superuserSecret, WizardTr::tr("superuser secret"));
    case Field::DataApi:
        if (m_spec.dataApi && m_installation.isValid() && !m_installation.hasMissionControl()) {
            return WizardTr::tr("the Data API is deployed by Mission Control, which is not installed in %1").arg(m_context);
        }
        return {};
    case Field::Manifest: {
        if (const QString e = expertYamlError(); !e.isEmpty()) {
            return e;
        }
        const Ops::Operation op = operation();
        return op.errors.join(u'\n');
    }
    }
    return {};
}

QList<WizardModel::Field> WizardModel::fieldsOf(Page page)
{
    switch (page) {
    case Page::Basics:
        return {Field::Name, Field::Type, Field::Version, Field::Context, Field::Namespace};
    case Page::Datacenters:
        return {Field::Datacenters};
    case Page::Storage:
        return {Field::StorageClass, Field::StorageSize};
    case Page::Resources:
        return {Field::Cpu, Field::Memory, Field::Heap};
    case Page::Configuration:
        return {Field::CassandraYaml, Field::JvmOptions};
    case Page::Security:
        return {Field::SuperuserSecret};
    case Page::DataApi:
        return {Field::DataApi};
    case Page::Review:
        return {Field::Manifest};
    }
    return {};
}

bool WizardModel::isPageValid(Page page) const
{
    const QList<Field> fields = fieldsOf(page);
    return std::all_of(fields.begin(), fields.end(), [this](Field f) { return fieldError(f).isEmpty(); });
}

QStringList WizardModel::pageErrors(Page page) const
{
    QStringList out;
    for (Field f : fieldsOf(page)) {
        if (const QString e = fieldError(f); !e.isEmpty()) {
            out << e;
        }
    }
    return out;
}

} // namespace Ringside::Wizard
