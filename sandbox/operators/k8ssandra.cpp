#include "k8ssandra.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

#include <QTimer>

namespace Ringside::Sandbox {

static const QString Component = QStringLiteral("k8ssandra-operator");
static const QString Finalizer = QStringLiteral("k8ssandracluster.k8ssandra.io/finalizer");
static const QString ClusterNameLabel = QStringLiteral("k8ssandra.io/cluster-name");
static const QString ClusterNamespaceLabel = QStringLiteral("k8ssandra.io/cluster-namespace");
static const QString HashAnnotation = QStringLiteral("k8ssandra.io/resource-hash");
static constexpr int ReplicationUpdateMs = 2000;

K8ssandraOperator::K8ssandraOperator(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

void K8ssandraOperator::resync()
{
    for (const QJsonObject &k : m_kube->list(Res::K8cs)) {
        enqueue(Json::ns(k), Json::name(k));
    }
}

void K8ssandraOperator::observe(const StoreEvent &event)
{
    const QJsonObject &object = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    if (event.storageKey == Res::key(Res::K8cs)) {
        if (event.type != StoreEvent::Type::Deleted) {
            enqueue(Json::ns(object), Json::name(object));
        }
    } else if (event.storageKey == Res::key(Res::CassDcs)) {
        const QString cluster = Op::labelOf(object, ClusterNameLabel);
        if (!cluster.isEmpty()) {
            enqueue(Op::labelOf(object, ClusterNamespaceLabel), cluster);
        }
    }
}

static QJsonObject merged(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

/*! CassandraConfig (cassandraYaml, dseYaml, jvmOptions) to cass-operator's config JSON. */
static QJsonObject configJson(const QJsonObject &config)
{
    QJsonObject out;
    const QJsonObject cassandraYaml = config.value(QLatin1String("cassandraYaml")).toObject();
    if (!cassandraYaml.isEmpty()) {
        out.insert(QLatin1String("cassandra-yaml"), cassandraYaml);
    }
    const QJsonObject dseYaml = config.value(QLatin1String("dseYaml")).toObject();
    if (!dseYaml.isEmpty()) {
        out.insert(QLatin1String("dse-yaml"), dseYaml);
    }
    const QJsonObject jvm = config.value(QLatin1String("jvmOptions")).toObject();
    QJsonObject serverOptions;
    const QString heap = jvm.value(QLatin1String("heapSize")).toString();
    if (!heap.isEmpty()) {
        serverOptions.insert(QLatin1String("initial_heap_size"), heap);
        serverOptions.insert(QLatin1String("max_heap_size"), heap);
    }
    for (const char *key : {"heap_initial_size", "heap_max_size"}) {
        if (jvm.contains(QLatin1String(key))) {
            serverOptions.insert(QLatin1String(key).startsWith(QLatin1String("heap_initial"))
                                     ? QStringLiteral("initial_heap_size")
                                     : QStringLiteral("max_heap_size"),
                                 jvm.value(QLatin1String(key)));
        }
    }
    const QString gc = jvm.value(QLatin1String("gc")).toString();
    if (!gc.isEmpty()) {
        serverOptions.insert(QLatin1String("garbage_collector"), gc);
    }
    if (!serverOptions.isEmpty()) {
        out.insert(QLatin1String("jvm-server-options"), serverOptions);
    }
    return out;
}

QJsonObject K8ssandraOperator::datacenterSpec(const QJsonObject &cassandra, const QJsonObject &dcTemplate,
                                              const QString &clusterName)
{
    QJsonObject spec;
    spec.insert(QLatin1String("clusterName"), clusterName);
    spec.insert(QLatin1String("serverType"), cassandra.value(QLatin1String("serverType")).toString(QStringLiteral("cassandra")));
    for (const char *key : {"serverVersion", "serverImage", "storageConfig", "racks", "resources", "networking",
                            "tolerations", "podSecurityContext", "mgmtAPIHeap", "softPodAntiAffinity",
                            "dseWorkloads", "readOnlyRootFilesystem", "additionalSeeds"}) {
        const QLatin1String k(key);
        const QJsonValue value = dcTemplate.contains(k) ? dcTemplate.value(k) : cassandra.value(k);
        if (!value.isUndefined() && !value.isNull()) {
            spec.insert(k, value);
        }
    }
    const QJsonObject config = merged(cassandra.value(QLatin1String("config")).toObject(),
                                      dcTemplate.value(QLatin1String("config")).toObject());
    const QJsonObject configObject = configJson(config);
    if (!configObject.isEmpty()) {
        spec.insert(QLatin1String("config"), configObject);
    }
    spec.insert(QLatin1String("size"), dcTemplate.value(QLatin1String("size")).toInt(1));
    if (dcTemplate.value(QLatin1String("stopped")).toBool()) {
        spec.insert(QLatin1String("stopped"), true);
    }
    const QString dcName = dcTemplate.value(QLatin1String("datacenterName")).toString();
    if (!dcName.isEmpty()) {
        spec.insert(QLatin1String("datacenterName"), dcName);
    }
    const QString serviceAccount = dcTemplate.value(QLatin1String("serviceAccount"))
                                       .toString(cassandra.value(QLatin1String("serviceAccount")).toString());
    if (!serviceAccount.isEmpty()) {
        spec.insert(QLatin1String("serviceAccountName"), serviceAccount);
    }
    const QString superuser = Json::at(cassandra, u"superuserSecretRef.name").toString();
    spec.insert(QLatin1String("superuserSecretName"),
                superuser.isEmpty() ? Op::clean(clusterName) + QLatin1String("-superuser") : superuser);
    spec.insert(QLatin1String("managementApiAuth"), QJsonObject{{QLatin1String("insecure"), QJsonObject()}});
    return spec;
}

/*! spec.medusa: the Medusa sidecar (gRPC, for backups) and the medusa-restore init container (restores before
    Cassandra starts) in the datacenter's pod template, as k8ssandra-operator adds them; a DC-level
    podTemplateSpec keeps its own entries. */
static void addMedusaContainers(QJsonObject &dc, const QJsonObject &medusa)
{
    const QString image = Json::at(medusa, u"containerImage.repository").toString(QStringLiteral("docker.io/k8ssandra"))
                          + QLatin1String("/medusa:") + Json::at(medusa, u"containerImage.tag").toString(QStringLiteral("0.22.3"));
    auto container = [&image](const char *name, const char *mode) {
        return QJsonObject{{QLatin1String("name"), QLatin1String(name)},
                           {QLatin1String("image"), image},
                           {QLatin1String("env"), QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("MEDUSA_MODE")},
                                                                         {QLatin1String("value"), QLatin1String(mode)}}}},
                           {QLatin1String("volumeMounts"),
                            QJsonArray{QJsonObject{{QLatin1String("name"), QLatin1String("server-data")},
                                                   {QLatin1String("mountPath"), QLatin1String("/var/lib/cassandra")}}}}};
    };
    QJsonObject podSpec = Json::at(dc, u"spec.podTemplateSpec.spec").toObject();
    auto add = [&podSpec](const char *list, const QJsonObject &c) {
        QJsonArray a = podSpec.value(QLatin1String(list)).toArray();
        for (const QJsonValue &v : std::as_const(a)) {
            if (v.toObject().value(QLatin1String("name")) == c.value(QLatin1String("name"))) {
                return;
            }
        }
        a.append(c);
        podSpec.insert(QLatin1String(list), a);
    };
    add("containers", container("medusa", "GRPC"));
    add("initContainers", container("medusa-restore", "RESTORE"));
    Json::setAt(dc, u"spec.podTemplateSpec.spec", podSpec);
}

/*! Creates or updates a CassandraDatacenter; spec.config goes as the JSON object k8ssandra-operator writes. */
static ObjectResult writeDc(Kube *kube, const QJsonObject &dc, bool create)
{
    return create ? kube->create(Res::CassDcs, Json::ns(dc), dc, Component) : kube->update(Res::CassDcs, dc, Component);
}

void K8ssandraOperator::reconcile(const QString &ns, const QString &name)
{
    QJsonObject k8c = m_kube->get(Res::K8cs, ns, name);
    if (k8c.isEmpty()) {
        return;
    }
    const QJsonObject owned{{ClusterNameLabel, name}, {ClusterNamespaceLabel, ns}};
    const QList<QJsonObject> children = m_kube->listLabelled(Res::CassDcs, ns, owned);
    if (Op::isDeleting(k8c)) {
        for (const QJsonObject &dc : children) {
            if (!Op::isDeleting(dc)) {
                m_kube->remove(Res::CassDcs, ns, Json::name(dc), Component);
            }
        }
        if (children.isEmpty() && Op::hasFinalizer(k8c, Finalizer)) {
            Op::setFinalizer(k8c, Finalizer, false);
            m_kube->update(Res::K8cs, k8c, Component);
        }
        return;
    }
    if (!Op::hasFinalizer(k8c, Finalizer)) {
        Op::setFinalizer(k8c, Finalizer, true);
        m_kube->update(Res::K8cs, k8c, Component);
        return;
    }
    const QJsonObject cassandra = Json::at(k8c, u"spec.cassandra").toObject();
    const QString clusterName = cassandra.value(QLatin1String("clusterName")).toString(name);
    QJsonObject status = k8c.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    const QJsonObject oldDatacenters = status.value(QLatin1String("datacenters")).toObject();
    QJsonObject datacenters;
    QStringList errors;
    QStringList wanted;
    QMap<QString, QString> readyDcs; // CassandraDatacenter name -> Cassandra DC name
    bool previousReady = true;
    bool allReady = true;
    for (const QJsonValue &v : cassandra.value(QLatin1String("datacenters")).toArray()) {
        const QJsonObject dcTemplate = v.toObject();
        const QString dcName = Json::name(dcTemplate);
        wanted.append(dcName);
        const QString context = dcTemplate.value(QLatin1String("k8sContext")).toString();
        if (!context.isEmpty()) {
            const QString why = QStringLiteral("datacenter %1 has k8sContext %2: the sandbox simulates every "
                                               "datacenter in its own API server, so it is not reconciled here; "
                                               "leave k8sContext empty")
                                    .arg(dcName, context);
            errors.append(why);
            QJsonArray conditions;
            Conditions::set(conditions, QStringLiteral("Reconciled"), false, QStringLiteral("UnknownContext"), why);
            datacenters.insert(dcName, QJsonObject{{QLatin1String("contextName"), context},
                                                   {QLatin1String("conditions"), conditions}});
            allReady = false;
            continue;
        }
        QJsonObject desired{
            {QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), dcName},
                         {QLatin1String("labels"),
                          QJsonObject{{ClusterNameLabel, name},
                                      {ClusterNamespaceLabel, ns},
                                      {QLatin1String("app.kubernetes.io/name"), QLatin1String("k8ssandra-operator")},
                                      {QLatin1String("app.kubernetes.io/part-of"), QLatin1String("k8ssandra")},
                                      {QLatin1String("app.kubernetes.io/component"), QLatin1String("cassandra")}}}}},
            {QLatin1String("spec"), datacenterSpec(cassandra, dcTemplate, clusterName)}};
        if (Json::at(k8c, u"spec.medusa").isObject()) {
            addMedusaContainers(desired, Json::at(k8c, u"spec.medusa").toObject());
        }
        const QString hash = Op::hash(desired);
        Json::setMeta(desired, QLatin1String("annotations"), QJsonObject{{HashAnnotation, hash}});
        QJsonObject existing = m_kube->get(Res::CassDcs, ns, dcName);
        if (existing.isEmpty()) {
            allReady = false;
            if (!previousReady) {
                break; // one datacenter at a time
            }
            Json::setMeta(desired, QLatin1String("namespace"), ns);
            const ObjectResult r = writeDc(m_kube, desired, true);
            if (!r.ok()) {
                errors.append(r.error->message);
            } else {
                m_kube->event(Res::K8cs, k8c, QStringLiteral("Normal"), QStringLiteral("CreatedResource"),
                              QStringLiteral("Created CassandraDatacenter %1").arg(dcName), Component);
            }
            previousReady = false;
            continue;
        }
        if (Op::labelOf(existing, ClusterNameLabel) != name) {
            errors.append(QStringLiteral("CassandraDatacenter %1 exists and is not part of K8ssandraCluster %2")
                              .arg(dcName, name));
            allReady = false;
            continue;
        }
        if (Op::annotationOf(existing, HashAnnotation) != hash) {
            existing.insert(QLatin1String("spec"), desired.value(QLatin1String("spec")));
            QJsonObject annotations = Json::meta(existing).value(QLatin1String("annotations")).toObject();
            annotations.insert(HashAnnotation, hash);
            Json::setMeta(existing, QLatin1String("annotations"), annotations);
            const ObjectResult r = writeDc(m_kube, existing, false);
            if (!r.ok() && r.status != 409) {
                errors.append(r.error->message);
            }
        }
        const QJsonObject dcStatus = existing.value(QLatin1String("status")).toObject();
        datacenters.insert(dcName, QJsonObject{{QLatin1String("cassandra"), dcStatus}});
        const bool ready
            = dcStatus.value(QLatin1String("cassandraOperatorProgress")).toString() == QLatin1String("Ready")
              && Conditions::isTrue(dcStatus.value(QLatin1String("conditions")).toArray(), QStringLiteral("Ready"));
        previousReady = ready || Conditions::isTrue(dcStatus.value(QLatin1String("conditions")).toArray(),
                                                    QStringLiteral("Initialized"));
        allReady = allReady && (ready || dcTemplate.value(QLatin1String("stopped")).toBool());
        if (ready) {
            readyDcs.insert(dcName, dcTemplate.value(QLatin1String("datacenterName")).toString(dcName));
        }
    }
    reconcileReapers(k8c, clusterName, readyDcs, wanted);
    // Datacenters removed from the spec: update replication, then decommission and delete.
    for (const QJsonObject &dc : children) {
        const QString dcName = Json::name(dc);
        if (wanted.contains(dcName)) {
            continue;
        }
        const QString key = ns + u'/' + dcName;
        QJsonObject entry = oldDatacenters.value(dcName).toObject();
        entry.insert(QLatin1String("cassandra"), dc.value(QLatin1String("status")));
        allReady = false;
        if (Op::isDeleting(dc)) {
            entry.insert(QLatin1String("decommissionProgress"), QLatin1String("Decommissioning"));
        } else if (m_replicationUpdated.contains(key)) {
            m_replicationUpdated.remove(key);
            entry.insert(QLatin1String("decommissionProgress"), QLatin1String("Decommissioning"));
            if (m_kube->remove(Res::CassDcs, ns, dcName, Component).ok()) {
                m_kube->event(Res::K8cs, k8c, QStringLiteral("Normal"), QStringLiteral("DecommissioningDatacenter"),
                              QStringLiteral("Decommissioning datacenter %1").arg(dcName), Component);
            }
        } else if (!m_replicationUpdating.contains(key)) {
            m_replicationUpdating.insert(key);
            entry.insert(QLatin1String("decommissionProgress"), QLatin1String("UpdatingReplication"));
            QTimer::singleShot(m_kube->paced(ReplicationUpdateMs, key + QLatin1String("/replication")), this,
                               [this, key, ns, name] {
                                   m_replicationUpdating.remove(key);
                                   m_replicationUpdated.insert(key);
                                   enqueue(ns, name);
                               });
        }
        datacenters.insert(dcName, entry);
    }
    status.insert(QLatin1String("datacenters"), datacenters);
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    if (allReady && !datacenters.isEmpty()) {
        Conditions::set(conditions, QStringLiteral("CassandraInitialized"), true);
    }
    status.insert(QLatin1String("conditions"), conditions);
    status.insert(QLatin1String("error"), errors.isEmpty() ? QStringLiteral("None") : errors.join(QLatin1String("; ")));
    status.insert(QLatin1String("observedGeneration"), Json::meta(k8c).value(QLatin1String("generation")).toInt());
    if (status != before) {
        k8c.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::K8cs, k8c, Component);
    }
}

/*! spec.reaper (deploymentMode PER_DC, the default): one Reaper `<cluster>-<dc>-reaper` per datacenter once the
    datacenter is Ready, owned by the K8ssandraCluster, with the cluster-level template as its spec and a
    datacenterRef; removed when spec.reaper or the datacenter goes. */
void K8ssandraOperator::reconcileReapers(const QJsonObject &k8c, const QString &clusterName,
                                         const QMap<QString, QString> &readyDcs, const QStringList &wanted)
{
    const QString ns = Json::ns(k8c);
    const QString name = Json::name(k8c);
    const QJsonValue reaperSpec = Json::at(k8c, u"spec.reaper");
    const bool enabled = reaperSpec.isObject();
    const QJsonObject owned{{ClusterNameLabel, name}, {ClusterNamespaceLabel, ns},
                            {QLatin1String("app.kubernetes.io/component"), QLatin1String("reaper")}};
    QSet<QString> keep;
    for (auto it = readyDcs.cbegin(); enabled && it != readyDcs.cend(); ++it) {
        const QString reaperName = Op::clean(clusterName + u'-' + it.value() + QLatin1String("-reaper"));
        keep.insert(reaperName);
        if (!m_kube->get(Res::Reapers, ns, reaperName).isEmpty()) {
            continue;
        }
        QJsonObject spec = reaperSpec.toObject();
        spec.remove(QLatin1String("deploymentMode"));
        spec.remove(QLatin1String("reaperRef"));
        spec.insert(QLatin1String("datacenterRef"), QJsonObject{{QLatin1String("name"), it.key()}, {QLatin1String("namespace"), ns}});
        if (!spec.contains(QLatin1String("storageType"))) {
            spec.insert(QLatin1String("storageType"), QLatin1String("cassandra"));
        }
        QJsonObject labels = owned;
        labels.insert(QStringLiteral("app.kubernetes.io/name"), QStringLiteral("k8ssandra-operator"));
        labels.insert(QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("k8ssandra"));
        const QJsonObject reaper{
            {QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), reaperName},
                         {QLatin1String("labels"), labels},
                         {QLatin1String("ownerReferences"),
                          QJsonArray{Op::ownerReference(QStringLiteral("k8ssandra.io/v1alpha1"), QStringLiteral("K8ssandraCluster"), k8c)}}}},
            {QLatin1String("spec"), spec}};
        const ObjectResult r = m_kube->create(Res::Reapers, ns, reaper, Component);
        if (r.ok()) {
            m_kube->event(Res::K8cs, k8c, QStringLiteral("Normal"), QStringLiteral("CreatedResource"),
                          QStringLiteral("Created Reaper %1").arg(reaperName), Component);
        }
    }
    for (const QJsonObject &reaper : m_kube->listLabelled(Res::Reapers, ns, owned)) {
        const QString dc = Json::at(reaper, u"spec.datacenterRef.name").toString();
        if (!enabled || (!keep.contains(Json::name(reaper)) && !wanted.contains(dc))) {
            m_kube->remove(Res::Reapers, ns, Json::name(reaper), Component);
        }
    }
}

} // namespace Ringside::Sandbox
