#include "k8ssandra.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox {

static const QString Component = QStringLiteral("mission-control-operator");

MissionControlOperator::MissionControlOperator(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

void MissionControlOperator::resync()
{
    for (const QJsonObject &m : m_kube->list(Res::Mccs)) {
        enqueue(Json::ns(m), Json::name(m));
    }
}

void MissionControlOperator::observe(const StoreEvent &event)
{
    const QJsonObject &object = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    if (event.storageKey == Res::key(Res::Mccs)) {
        if (event.type != StoreEvent::Type::Deleted) {
            enqueue(Json::ns(object), Json::name(object));
        }
    } else if (event.storageKey == Res::key(Res::K8cs)) {
        for (const QJsonValue &v : Json::meta(object).value(QLatin1String("ownerReferences")).toArray()) {
            if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("MissionControlCluster")) {
                enqueue(Json::ns(object), v.toObject().value(QLatin1String("name")).toString());
            }
        }
    }
}

void MissionControlOperator::reconcile(const QString &ns, const QString &name)
{
    QJsonObject mcc = m_kube->get(Res::Mccs, ns, name);
    if (mcc.isEmpty() || Op::isDeleting(mcc)) {
        return; // the garbage collector deletes the owned K8ssandraCluster
    }
    QJsonObject spec = Json::at(mcc, u"spec.k8ssandra").toObject();
    if (Json::at(mcc, u"spec.prefixDcs").toBool()) {
        QJsonArray dcs = Json::at(spec, u"cassandra.datacenters").toArray();
        for (qsizetype i = 0; i < dcs.size(); ++i) {
            QJsonObject dc = dcs.at(i).toObject();
            const QString dcName = Json::name(dc);
            if (!dcName.startsWith(name + u'-')) {
                Json::setAt(dc, u"metadata.name", QString(name + u'-' + dcName));
                if (!dc.contains(QLatin1String("datacenterName"))) {
                    dc.insert(QLatin1String("datacenterName"), dcName);
                }
                dcs.replace(i, dc);
            }
        }
        Json::setAt(spec, u"cassandra.datacenters", dcs);
    }
    QJsonObject k8c = m_kube->get(Res::K8cs, ns, name);
    const QString hash = Op::hash(spec);
    if (k8c.isEmpty()) {
        const QJsonObject desired{
            {QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), name},
                         {QLatin1String("annotations"),
                          QJsonObject{{QLatin1String("missioncontrol.datastax.com/spec-hash"), hash}}},
                         {QLatin1String("ownerReferences"),
                          QJsonArray{Op::ownerReference(QStringLiteral("missioncontrol.datastax.com/v1beta2"),
                                                        QStringLiteral("MissionControlCluster"), mcc)}}}},
            {QLatin1String("spec"), spec}};
        const ObjectResult r = m_kube->create(Res::K8cs, ns, desired, Component);
        if (r.ok()) {
            m_writtenSpec.insert(Op::uid(r.object), Op::hash(r.object.value(QLatin1String("spec"))));
            m_kube->event(Res::Mccs, mcc, QStringLiteral("Normal"), QStringLiteral("CreatedResource"),
                          QStringLiteral("Created K8ssandraCluster %1").arg(name), Component);
        } else {
            m_kube->event(Res::Mccs, mcc, QStringLiteral("Warning"), QStringLiteral("ReconcileFailed"),
                          r.error->message, Component);
        }
        return;
    }
    if (Op::controllerUid(k8c) != Op::uid(mcc)) {
        return; // not ours
    }
    reconcileDataApi(mcc, Component);
    // The spec as stored after our last write (with the schema's defaults): anything else is someone's edit.
    const QString storedHash = Op::hash(k8c.value(QLatin1String("spec")));
    const bool changedByOthers
        = m_writtenSpec.contains(Op::uid(k8c)) && m_writtenSpec.value(Op::uid(k8c)) != storedHash;
    if (Op::annotationOf(k8c, QStringLiteral("missioncontrol.datastax.com/spec-hash")) != hash || changedByOthers) {
        k8c.insert(QLatin1String("spec"), spec);
        QJsonObject annotations = Json::meta(k8c).value(QLatin1String("annotations")).toObject();
        annotations.insert(QStringLiteral("missioncontrol.datastax.com/spec-hash"), hash);
        Json::setMeta(k8c, QLatin1String("annotations"), annotations);
        const ObjectResult r = m_kube->update(Res::K8cs, k8c, Component);
        if (r.ok()) {
            m_writtenSpec.insert(Op::uid(k8c), Op::hash(r.object.value(QLatin1String("spec"))));
            k8c = m_kube->get(Res::K8cs, ns, name);
        }
    } else if (!m_writtenSpec.contains(Op::uid(k8c))) {
        m_writtenSpec.insert(Op::uid(k8c), storedHash);
    }
    const QJsonObject k8cStatus = k8c.value(QLatin1String("status")).toObject();
    QJsonObject status = mcc.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    QJsonArray conditions = k8cStatus.value(QLatin1String("conditions")).toArray();
    const QJsonArray oldConditions = status.value(QLatin1String("conditions")).toArray();
    // Keep our own Ready condition's transition time.
    const QJsonObject oldReady = Conditions::find(oldConditions, QStringLiteral("Ready"));
    if (!oldReady.isEmpty()) {
        conditions.append(oldReady);
    }
    bool ready = !k8cStatus.value(QLatin1String("datacenters")).toObject().isEmpty();
    const QJsonObject dcs = k8cStatus.value(QLatin1String("datacenters")).toObject();
    for (auto it = dcs.begin(); it != dcs.end(); ++it) {
        const QJsonObject dcStatus = it.value().toObject().value(QLatin1String("cassandra")).toObject();
        ready = ready
                && dcStatus.value(QLatin1String("cassandraOperatorProgress")).toString() == QLatin1String("Ready")
                && it.value().toObject().value(QLatin1String("decommissionProgress")).toString().isEmpty();
    }
    const QString error = k8cStatus.value(QLatin1String("error")).toString();
    ready = ready && (error.isEmpty() || error == QLatin1String("None"));
    Conditions::set(conditions, QStringLiteral("Ready"), ready, ready ? QString() : QStringLiteral("Reconciling"),
                    ready ? QString() : QStringLiteral("the K8ssandraCluster is not ready"));
    status.insert(QLatin1String("conditions"), conditions);
    status.insert(QLatin1String("datacenters"), dcs);
    status.insert(QLatin1String("error"), error.isEmpty() ? QStringLiteral("None") : error);
    status.insert(QLatin1String("observedGeneration"), Json::meta(mcc).value(QLatin1String("generation")).toInt());
    if (status != before) {
        mcc.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::Mccs, mcc, Component);
    }
}

} // namespace Ringside::Sandbox
