#include "cassandra/ops/clusterspec.h"

#include "cassandra/domain/model.h"
#include "cassandra/ops/validation.h"
#include "coretr.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ringside::Cassandra::Ops {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString scalar(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    return v.toString();
}

} // namespace

std::optional<DatacenterSpec> DatacenterSpec::parse(const QString &textIn, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^([^:@]+):(\\d+)(?:(?::|x)(\\d+))?(?:@(.+))?$"));
    const auto m = re.match(textIn.trimmed());
    if (!m.hasMatch()) {
        *error = CoreTr::tr("bad datacenter \"%1\": expected NAME:SIZE, NAME:SIZE:RACKS or NAME:SIZExRACKS (e.g. dc1:3)").arg(textIn);
        return std::nullopt;
    }
    DatacenterSpec dc;
    dc.name = m.captured(1);
    dc.size = m.captured(2).toInt();
    const int racks = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    if (racks < 1) {
        *error = CoreTr::tr("bad datacenter \"%1\": a datacenter needs at least one rack").arg(textIn);
        return std::nullopt;
    }
    for (int i = 1; i <= racks; ++i) {
        dc.racks << QStringLiteral("r%1").arg(i);
    }
    dc.k8sContext = m.captured(4);
    return dc;
}

std::optional<ClusterSpec> ClusterSpec::fromYaml(const QByteArray &text, QString *error)
{
    const Yaml::ParseResult parsed = Yaml::parse(text);
    if (!parsed.ok()) {
        *error = parsed.error->toString();
        return std::nullopt;
    }
    if (parsed.documents.size() != 1 || !parsed.documents.constFirst().isObject()) {
        *error = CoreTr::tr("the spec must be one YAML mapping");
        return std::nullopt;
    }
    const QJsonObject o = parsed.documents.constFirst().toObject();
    ClusterSpec s;
    const QString kind = str(o, "kind");
    if (!kind.isEmpty()) {
        if (kind != QLatin1String("MissionControlCluster") && kind != QLatin1String("K8ssandraCluster")) {
            *error = CoreTr::tr("a cluster spec must be a MissionControlCluster or a K8ssandraCluster, not a %1").arg(kind);
            return std::nullopt;
        }
        s.manifest = o;
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        s.name = str(meta, "name");
        s.nameSpace = str(meta, "namespace");
        QJsonObject k8c = o.value(QLatin1String("spec")).toObject();
        if (kind == QLatin1String("MissionControlCluster")) {
            s.dataApi = k8c.contains(QLatin1String("dataApi"));
            k8c = k8c.value(QLatin1String("k8ssandra")).toObject();
        }
        const QJsonObject cassandra = k8c.value(QLatin1String("cassandra")).toObject();
        s.serverType = str(cassandra, "serverType").isEmpty() ? QStringLiteral("cassandra") : str(cassandra, "serverType");
        s.serverVersion = scalar(cassandra, "serverVersion");
        const QJsonObject pvc = cassandra.value(QLatin1String("storageConfig")).toObject().value(QLatin1String("cassandraDataVolumeClaimSpec")).toObject();
        s.storageClass = str(pvc, "storageClassName");
        s.storageSize = str(pvc.value(QLatin1String("resources")).toObject().value(QLatin1String("requests")).toObject(), "storage");
        const QJsonArray dcs = cassandra.value(QLatin1String("datacenters")).toArray();
        for (const QJsonValue &v : dcs) {
            const QJsonObject d = v.toObject();
            DatacenterSpec dc;
            dc.name = str(d, "datacenterName").isEmpty() ? str(d.value(QLatin1String("metadata")).toObject(), "name") : str(d, "datacenterName");
            dc.size = d.value(QLatin1String("size")).toInt();
            dc.k8sContext = str(d, "k8sContext");
            const QJsonArray racks = d.value(QLatin1String("racks")).toArray();
            for (const QJsonValue &r : racks) {
                dc.racks << str(r.toObject(), "name");
            }
            s.datacenters << dc;
        }
        return s;
    }
    static const QStringList known{QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("type"), QStringLiteral("version"),
                                   QStringLiteral("datacenters"), QStringLiteral("storageClass"), QStringLiteral("storageSize"),
                                   QStringLiteral("heap"), QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("cassandraYaml"),
                                   QStringLiteral("auth"), QStringLiteral("superuserSecret"), QStringLiteral("dataApi")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = CoreTr::tr("unknown field \"%1\" in the cluster spec (known: %2)").arg(it.key(), known.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    s.name = str(o, "name");
    s.nameSpace = str(o, "namespace");
    if (o.contains(QLatin1String("type"))) {
        s.serverType = str(o, "type").toLower();
    }
    s.serverVersion = scalar(o, "version");
    s.storageClass = str(o, "storageClass");
    if (o.contains(QLatin1String("storageSize"))) {
        s.storageSize = scalar(o, "storageSize");
    }
    s.heap = scalar(o, "heap");
    s.cpu = scalar(o, "cpu");
    s.memory = scalar(o, "memory");
    s.cassandraYaml = o.value(QLatin1String("cassandraYaml")).toObject();
    s.auth = o.value(QLatin1String("auth")).toBool(true);
    s.superuserSecret = str(o, "superuserSecret");
    s.dataApi = o.value(QLatin1String("dataApi")).toBool();
    const QJsonArray dcs = o.value(QLatin1String("datacenters")).toArray();
    for (const QJsonValue &v : dcs) {
        if (v.isString()) {
            QString e;
            const auto dc = DatacenterSpec::parse(v.toString(), &e);
            if (!dc) {
                *error = e;
                return std::nullopt;
            }
            s.datacenters << *dc;
            continue;
        }
        const QJsonObject d = v.toObject();
        DatacenterSpec dc;
        dc.name = str(d, "name");
        dc.size = d.value(QLatin1String("size")).toInt();
        dc.k8sContext = str(d, "k8sContext");
        const QJsonArray racks = d.value(QLatin1String("racks")).toArray();
        for (const QJsonValue &r : racks) {
            dc.racks << (r.isObject() ? str(r.toObject(), "name") : r.toString());
        }
        if (dc.racks.isEmpty()) {
            dc.racks << QStringLiteral("r1");
        }
        s.datacenters << dc;
    }
    return s;
}

QStringList ClusterSpec::validate(const QStringList &storageClasses) const
{
    QStringList e;
    const auto add = [&e](const QString &m) {
        if (!m.isEmpty()) {
            e << m;
        }
    };
    add(checkDns1123Label(name, CoreTr::tr("cluster name")));
    if (!nameSpace.isEmpty()) {
        add(checkDns1123Label(nameSpace, CoreTr::tr("namespace")));
    }
    add(checkServerVersion(serverType, serverVersion));
    if (datacenters.isEmpty()) {
        e << CoreTr::tr("a cluster needs at least one datacenter");
    }
    QStringList seen;
    for (const DatacenterSpec &dc : datacenters) {
        add(checkDns1123Label(dc.name, CoreTr::tr("datacenter name")));
        if (!dc.name.isEmpty() && manifest.isEmpty()) {
            add(checkDns1123Label(name + u'-' + dc.name, CoreTr::tr("datacenter object name")));
        }
        if (seen.contains(dc.name)) {
            e << CoreTr::tr("datacenter \"%1\" is listed twice").arg(dc.name);
        }
        seen << dc.name;
        const qsizetype racks = std::max<qsizetype>(1, dc.racks.size());
        if (dc.size < 1) {
            e << CoreTr::tr("datacenter \"%1\" needs at least one node").arg(dc.name);
        } else if (dc.size < racks) {
            e << CoreTr::tr("datacenter \"%1\" has %2 racks but only %3 nodes: every rack needs at least one node")
                     .arg(dc.name)
                     .arg(racks)
                     .arg(dc.size);
        }
        for (const QString &r : dc.racks) {
            add(checkDns1123Label(r, CoreTr::tr("rack name")));
        }
    }
    if (storageClass.isEmpty()) {
        e << CoreTr::tr("no storage class: set one (the cluster's classes: %1)")
                 .arg(storageClasses.isEmpty() ? CoreTr::tr("unknown") : storageClasses.join(QLatin1String(", ")));
    } else if (!storageClasses.isEmpty() && !storageClasses.contains(storageClass)) {
        e << CoreTr::tr("storage class \"%1\" does not exist (the cluster has: %2)").arg(storageClass, storageClasses.join(QLatin1String(", ")));
    }
    add(checkQuantity(storageSize, CoreTr::tr("storage size")));
    if (!heap.isEmpty()) {
        add(checkQuantity(heap, CoreTr::tr("heap size")));
    }
    if (!cpu.isEmpty()) {
        add(checkQuantity(cpu, CoreTr::tr("CPU request")));
    }
    if (!memory.isEmpty()) {
        add(checkQuantity(memory, CoreTr::tr("memory request")));
    }
    if (!superuserSecret.isEmpty()) {
        add(checkDns1123Subdomain(superuserSecret, CoreTr::tr("superuser secret")));
    }
    return e;
}

QJsonObject ClusterSpec::k8ssandraSpec(bool prefixDcNames) const
{
    QJsonObject config;
    if (!cassandraYaml.isEmpty()) {
        config.insert(QStringLiteral("cassandraYaml"), cassandraYaml);
    }
    QJsonObject jvm = jvmOptions;
    if (!heap.isEmpty()) {
        jvm.insert(QStringLiteral("heapSize"), heap);
    }
    if (!jvm.isEmpty()) {
        config.insert(QStringLiteral("jvmOptions"), jvm);
    }
    QJsonObject cassandra{
        {QStringLiteral("serverType"), serverType},
        {QStringLiteral("serverVersion"), serverVersion},
        {QStringLiteral("storageConfig"),
         QJsonObject{{QStringLiteral("cassandraDataVolumeClaimSpec"),
                      QJsonObject{{QStringLiteral("storageClassName"), storageClass},
                                  {QStringLiteral("accessModes"), QJsonArray{QStringLiteral("ReadWriteOnce")}},
                                  {QStringLiteral("resources"),
                                   QJsonObject{{QStringLiteral("requests"), QJsonObject{{QStringLiteral("storage"), storageSize}}}}}}}}},
    };
    if (!config.isEmpty()) {
        cassandra.insert(QStringLiteral("config"), config);
    }
    QJsonObject requests;
    if (!cpu.isEmpty()) {
        requests.insert(QStringLiteral("cpu"), cpu);
    }
    if (!memory.isEmpty()) {
        requests.insert(QStringLiteral("memory"), memory);
    }
    if (!requests.isEmpty()) {
        cassandra.insert(QStringLiteral("resources"), QJsonObject{{QStringLiteral("requests"), requests}});
    }
    if (!superuserSecret.isEmpty()) {
        cassandra.insert(QStringLiteral("superuserSecretRef"), QJsonObject{{QStringLiteral("name"), superuserSecret}});
    }
    QJsonArray dcs;
    for (const DatacenterSpec &dc : datacenters) {
        QJsonArray racks;
        const QStringList names = dc.racks.isEmpty() ? QStringList{QStringLiteral("r1")} : dc.racks;
        for (const QString &r : names) {
            QJsonObject rack{{QStringLiteral("name"), r}};
            const QMap<QString, QString> labels = dc.nodeAffinityLabels.value(r);
            if (!labels.isEmpty()) {
                QJsonObject l;
                for (auto it = labels.begin(); it != labels.end(); ++it) {
                    l.insert(it.key(), it.value());
                }
                rack.insert(QStringLiteral("nodeAffinityLabels"), l);
            }
            racks.append(rack);
        }
        QJsonObject d{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), prefixDcNames ? name + u'-' + dc.name : dc.name}}},
                      {QStringLiteral("size"), dc.size},
                      {QStringLiteral("racks"), racks}};
        if (prefixDcNames) {
            d.insert(QStringLiteral("datacenterName"), dc.name);
        }
        if (!dc.k8sContext.isEmpty()) {
            d.insert(QStringLiteral("k8sContext"), dc.k8sContext);
        }
        dcs.append(d);
    }
    cassandra.insert(QStringLiteral("datacenters"), dcs);
    return QJsonObject{{QStringLiteral("auth"), auth}, {QStringLiteral("cassandra"), cassandra}};
}

QJsonObject ClusterSpec::toManifest(const Domain::Installation &installation) const
{
    if (!manifest.isEmpty()) {
        QJsonObject m = manifest;
        QJsonObject meta = m.value(QLatin1String("metadata")).toObject();
        if (!nameSpace.isEmpty()) {
            meta.insert(QStringLiteral("namespace"), nameSpace);
        }
        m.insert(QStringLiteral("metadata"), meta);
        return m;
    }
    QJsonObject meta{{QStringLiteral("name"), name}};
    if (!nameSpace.isEmpty()) {
        meta.insert(QStringLiteral("namespace"), nameSpace);
    }
    if (installation.hasMissionControl()) {
        QJsonObject spec{{QStringLiteral("k8ssandra"), k8ssandraSpec(true)}};
        if (dataApi) {
            spec.insert(QStringLiteral("dataApi"), QJsonObject{{QStringLiteral("enabled"), true}});
        }
        return QJsonObject{{QStringLiteral("apiVersion"), installation.missionControlCluster},
                           {QStringLiteral("kind"), QStringLiteral("MissionControlCluster")},
                           {QStringLiteral("metadata"), meta},
                           {QStringLiteral("spec"), spec}};
    }
    return QJsonObject{{QStringLiteral("apiVersion"), installation.k8ssandraCluster.isEmpty() ? QStringLiteral("k8ssandra.io/v1alpha1") : installation.k8ssandraCluster},
                       {QStringLiteral("kind"), QStringLiteral("K8ssandraCluster")},
                       {QStringLiteral("metadata"), meta},
                       {QStringLiteral("spec"), k8ssandraSpec(false)}};
}

Operation createCluster(const ClusterSpec &spec, const Domain::Installation &installation, const QStringList &storageClasses)
{
    Operation op;
    op.kind = OperationKind::CreateCluster;
    op.target = Target{installation.context, spec.nameSpace, spec.name, {}, {}};
    op.errors = spec.validate(storageClasses);
    if (installation.clusterKind().isEmpty()) {
        op.errors << CoreTr::tr("neither Mission Control nor k8ssandra-operator is installed in context %1: a cluster cannot be "
                                "created there")
                         .arg(installation.context);
    }
    const QJsonObject manifest = spec.toManifest(installation);
    const QString kind = manifest.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("MissionControlCluster") && !installation.hasMissionControl()) {
        op.errors << CoreTr::tr("the spec is a MissionControlCluster but Mission Control is not installed in context %1").arg(installation.context);
    }
    if (spec.dataApi && kind != QLatin1String("MissionControlCluster")) {
        op.warnings << CoreTr::tr("the Data API is a Mission Control feature; it is not deployed by k8ssandra-operator");
    }
    int nodes = 0;
    for (const DatacenterSpec &dc : spec.datacenters) {
        nodes += dc.size;
    }
    op.summary = CoreTr::tr("Create %1 cluster %2 (%3 %4) with %n node(s) as a %5", nullptr, nodes)
                     .arg(Domain::serverTypeName(spec.serverType), spec.name, spec.serverType, spec.serverVersion, kind);
    ObjectChange c;
    c.action = ObjectChange::Action::Apply;
    c.context = installation.context;
    c.apiVersion = manifest.value(QLatin1String("apiVersion")).toString();
    c.kind = kind;
    c.nameSpace = spec.nameSpace;
    c.name = spec.name;
    c.manifest = manifest;
    c.after = manifest.value(QLatin1String("spec")).toObject();
    op.changes << c;
    return op;
}

} // namespace Ringside::Cassandra::Ops
