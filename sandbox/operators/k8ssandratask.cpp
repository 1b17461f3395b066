#include "tasks.h"

#include "api/jsonutil.h"
#include "store/objectstore.h"

namespace Ringside::Sandbox {

static const QString Component = QStringLiteral("k8ssandra-operator");
static const QString TaskNameLabel = QStringLiteral("control.k8ssandra.io/k8ssandra-task-name");
static const QString TaskNamespaceLabel = QStringLiteral("control.k8ssandra.io/k8ssandra-task-namespace");

K8ssandraTaskController::K8ssandraTaskController(Kube *kube, QObject *parent)
    : Reconciler(kube, parent)
{}

void K8ssandraTaskController::resync()
{
    for (const QJsonObject &t : m_kube->list(Res::K8sTasks)) {
        enqueue(Json::ns(t), Json::name(t));
    }
}

void K8ssandraTaskController::observe(const StoreEvent &event)
{
    const QJsonObject &object = event.type == StoreEvent::Type::Deleted ? event.previous : event.object;
    if (event.storageKey == Res::key(Res::K8sTasks)) {
        if (event.type != StoreEvent::Type::Deleted) {
            enqueue(Json::ns(object), Json::name(object));
        }
    } else if (event.storageKey == Res::key(Res::CassTasks)) {
        const QString parent = Op::labelOf(object, TaskNameLabel);
        if (!parent.isEmpty()) {
            enqueue(Op::labelOf(object, TaskNamespaceLabel), parent);
        }
    }
}

void K8ssandraTaskController::reconcile(const QString &ns, const QString &name)
{
    QJsonObject task = m_kube->get(Res::K8sTasks, ns, name);
    if (task.isEmpty()) {
        return;
    }
    int requeue = 0;
    if (Tasks::finished(m_kube, Res::K8sTasks, task, Component, &requeue)) {
        if (requeue > 0) {
            requeueAfter(ns, name, requeue);
        }
        return;
    }
    QJsonObject status = task.value(QLatin1String("status")).toObject();
    const QJsonObject before = status;
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    const QString clusterName = Json::at(task, u"spec.cluster.name").toString();
    QString clusterNs = Json::at(task, u"spec.cluster.namespace").toString();
    if (clusterNs.isEmpty()) {
        clusterNs = ns;
    }
    const QJsonObject k8c = m_kube->get(Res::K8cs, clusterNs, clusterName);
    if (k8c.isEmpty()) {
        const QString why = QStringLiteral("K8ssandraCluster %1 not found in namespace %2").arg(clusterName, clusterNs);
        Conditions::set(conditions, QStringLiteral("Invalid"), true, QStringLiteral("ClusterNotFound"), why);
        Conditions::set(conditions, QStringLiteral("Failed"), true, QStringLiteral("ClusterNotFound"), why);
        status.insert(QLatin1String("conditions"), conditions);
        if (status != before) {
            task.insert(QLatin1String("status"), status);
            m_kube->updateStatus(Res::K8sTasks, task, Component);
            m_kube->event(Res::K8sTasks, task, QStringLiteral("Warning"), QStringLiteral("InvalidTask"), why, Component);
        }
        return;
    }
    QStringList dcs;
    for (const QJsonValue &v : Json::at(task, u"spec.datacenters").toArray()) {
        dcs.append(v.toString());
    }
    if (dcs.isEmpty()) {
        for (const QJsonValue &v : Json::at(k8c, u"spec.cassandra.datacenters").toArray()) {
            dcs.append(Json::name(v.toObject()));
        }
    }
    const bool parallel = Json::at(task, u"spec.dcConcurrencyPolicy").toString() == QLatin1String("Allow");
    if (status.value(QLatin1String("startTime")).toString().isEmpty()) {
        status.insert(QLatin1String("startTime"), Json::timestamp());
    }
    QJsonObject perDc;
    int active = 0;
    int succeeded = 0;
    int failed = 0;
    int complete = 0;
    QString failure;
    for (const QString &dc : std::as_const(dcs)) {
        const QString childName = name + u'-' + dc;
        QJsonObject child = m_kube->get(Res::CassTasks, clusterNs, childName);
        if (child.isEmpty()) {
            if (!parallel && complete < int(perDc.size())) {
                break; // one datacenter at a time
            }
            QJsonObject spec = Json::at(task, u"spec.template").toObject();
            spec.insert(QLatin1String("datacenter"),
                        QJsonObject{{QLatin1String("name"), dc}, {QLatin1String("namespace"), clusterNs}});
            QJsonObject meta{{QLatin1String("name"), childName},
                             {QLatin1String("labels"), QJsonObject{{TaskNameLabel, name},
                                                                   {TaskNamespaceLabel, ns},
                                                                   {QLatin1String("k8ssandra.io/cluster-name"), clusterName},
                                                                   {QLatin1String("k8ssandra.io/cluster-namespace"), clusterNs}}}};
            if (clusterNs == ns) {
                meta.insert(QLatin1String("ownerReferences"),
                            QJsonArray{Op::ownerReference(QStringLiteral("control.k8ssandra.io/v1alpha1"),
                                                          QStringLiteral("K8ssandraTask"), task)});
            }
            const ObjectResult r = m_kube->create(
                Res::CassTasks, clusterNs, QJsonObject{{QLatin1String("metadata"), meta}, {QLatin1String("spec"), spec}},
                Component);
            if (!r.ok()) {
                failure = r.error->message;
                break;
            }
            child = m_kube->get(Res::CassTasks, clusterNs, childName);
        }
        const QJsonObject childStatus = child.value(QLatin1String("status")).toObject();
        perDc.insert(dc, childStatus);
        active += childStatus.value(QLatin1String("active")).toInt();
        succeeded += childStatus.value(QLatin1String("succeeded")).toInt();
        failed += childStatus.value(QLatin1String("failed")).toInt();
        const QJsonArray childConditions = childStatus.value(QLatin1String("conditions")).toArray();
        if (Conditions::isTrue(childConditions, QStringLiteral("Failed"))) {
            failure = QStringLiteral("datacenter %1: %2")
                          .arg(dc, Conditions::find(childConditions, QStringLiteral("Failed"))
                                       .value(QLatin1String("message"))
                                       .toString());
            break;
        }
        if (!childStatus.value(QLatin1String("completionTime")).toString().isEmpty()) {
            ++complete;
        }
    }
    status.insert(QLatin1String("datacenters"), perDc);
    status.insert(QLatin1String("active"), active);
    status.insert(QLatin1String("succeeded"), succeeded);
    status.insert(QLatin1String("failed"), failed);
    const bool done = failure.isEmpty() && complete == int(dcs.size());
    Conditions::set(conditions, QStringLiteral("Running"), failure.isEmpty() && !done);
    if (done) {
        status.insert(QLatin1String("completionTime"), Json::timestamp());
        Conditions::set(conditions, QStringLiteral("Complete"), true, QStringLiteral("Completed"),
                        QStringLiteral("the task finished in every datacenter"));
    }
    if (!failure.isEmpty()) {
        Conditions::set(conditions, QStringLiteral("Failed"), true, QStringLiteral("DatacenterTaskFailed"), failure);
    }
    status.insert(QLatin1String("conditions"), conditions);
    if (status != before) {
        task.insert(QLatin1String("status"), status);
        m_kube->updateStatus(Res::K8sTasks, task, Component);
    }
}

} // namespace Ringside::Sandbox
