#include "operators.h"

#include "cassoperator.h"
#include "k8ssandra.h"
#include "kubelet.h"
#include "tasks.h"
#include "workloads.h"

#include "api/jsonutil.h"
#include "api/status.h"
#include "auth/authenticator.h"
#include "store/objectstore.h"

#include <QJsonDocument>

namespace Ringside::Sandbox {

Operators::Operators(ResourceService *service, const WorldSettings &settings, QObject *parent)
    : QObject(parent)
    , m_kube(std::make_unique<Kube>(service, settings))
{
    Kube *kube = m_kube.get();
    m_reconcilers = {new Kubelet(kube, this),         new StatefulSetController(kube, this),
                     new DeploymentController(kube, this), new CassOperator(kube, this),
                     new K8ssandraOperator(kube, this), new MissionControlOperator(kube, this),
                     new CassandraTaskController(kube, this), new K8ssandraTaskController(kube, this),
                     new EndpointsController(kube, this)};
    connect(service->store(), &ObjectStore::changed, this, &Operators::onStoreChanged);
}

Operators::~Operators() = default;

void Operators::resync()
{
    for (Reconciler *r : m_reconcilers) {
        r->resync();
    }
}

void Operators::onStoreChanged(const StoreEvent &event)
{
    for (Reconciler *r : m_reconcilers) {
        r->observe(event);
    }
}

void Operators::createControlPlane()
{
    const QString manager = QStringLiteral("helm");
    const QString ns = QStringLiteral("mission-control");
    if (m_kube->get(Res::Namespaces, QString(), ns).isEmpty()) {
        m_kube->create(Res::Namespaces, QString(), QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), ns}}}},
                       manager);
    }
    struct Component
    {
        const char *deployment;
        const char *name;
        const char *image;
    };
    for (const Component &c : {Component{"mission-control-cass-operator", "cass-operator", "cr.k8ssandra.io/k8ssandra/cass-operator:v1.22.4"},
                               Component{"mission-control-k8ssandra-operator", "k8ssandra-operator", "cr.k8ssandra.io/k8ssandra/k8ssandra-operator:v1.21.1"},
                               Component{"mission-control-operator", "mission-control", "cr.dtsx.io/datastax/mission-control:v1.10.0"}}) {
        const QString name = QLatin1String(c.deployment);
        if (!m_kube->get(Res::Deployments, ns, name).isEmpty()) {
            continue;
        }
        const QJsonObject labels{{QLatin1String("app.kubernetes.io/name"), QLatin1String(c.name)},
                                 {QLatin1String("app.kubernetes.io/instance"), QLatin1String("mission-control")},
                                 {QLatin1String("app.kubernetes.io/part-of"), QLatin1String("mission-control")},
                                 {QLatin1String("control-plane"), QLatin1String("controller-manager")}};
        const QJsonObject container{{QLatin1String("name"), QLatin1String("manager")},
                                    {QLatin1String("image"), QLatin1String(c.image)},
                                    {QLatin1String("args"), QJsonArray{QLatin1String("--leader-elect")}}};
        const QJsonObject deployment{
            {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}, {QLatin1String("labels"), labels}}},
            {QLatin1String("spec"),
             QJsonObject{{QLatin1String("replicas"), 1},
                         {QLatin1String("selector"), QJsonObject{{QLatin1String("matchLabels"), labels}}},
                         {QLatin1String("template"),
                          QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("labels"), labels}}},
                                      {QLatin1String("spec"), QJsonObject{{QLatin1String("containers"), QJsonArray{container}}}}}}}}};
        m_kube->create(Res::Deployments, ns, deployment, manager);
    }
}

void Operators::createDemo()
{
    const QString manager = QStringLiteral("ringside-sandbox-demo");
    const QString ns = QStringLiteral("ringside-demo");
    m_kube->create(
        Res::Namespaces, QString(),
        QJsonObject{{QLatin1String("metadata"),
                     QJsonObject{{QLatin1String("name"), ns},
                                 {QLatin1String("labels"),
                                  QJsonObject{{QLatin1String("mission-control.datastax.com/is-project"), QLatin1String("true")}}},
                                 {QLatin1String("annotations"),
                                  QJsonObject{{QLatin1String("mission-control.datastax.com/project-name"),
                                               QLatin1String("Ringside demo")}}}}}},
        manager);
    QJsonArray racks;
    for (const char *rack : {"r1", "r2", "r3"}) {
        racks.append(QJsonObject{{QLatin1String("name"), QLatin1String(rack)},
                                 {QLatin1String("nodeAffinityLabels"), QJsonObject()}});
    }
    const QJsonObject cassandra{
        {QLatin1String("serverType"), QLatin1String("cassandra")},
        {QLatin1String("serverVersion"), QLatin1String("4.1.5")},
        {QLatin1String("config"),
         QJsonObject{{QLatin1String("cassandraYaml"), QJsonObject()},
                     {QLatin1String("jvmOptions"), QJsonObject{{QLatin1String("gc"), QLatin1String("G1GC")},
                                                               {QLatin1String("heapSize"), QLatin1String("1Gi")}}}}},
        {QLatin1String("resources"),
         QJsonObject{{QLatin1String("requests"), QJsonObject{{QLatin1String("cpu"), QLatin1String("1000m")},
                                                             {QLatin1String("memory"), QLatin1String("4Gi")}}}}},
        {QLatin1String("storageConfig"),
         QJsonObject{{QLatin1String("cassandraDataVolumeClaimSpec"),
                      QJsonObject{{QLatin1String("accessModes"), QJsonArray{QLatin1String("ReadWriteOnce")}},
                                  {QLatin1String("storageClassName"), QLatin1String("standard")},
                                  {QLatin1String("resources"),
                                   QJsonObject{{QLatin1String("requests"),
                                                QJsonObject{{QLatin1String("storage"), QLatin1String("10Gi")}}}}}}}}},
        {QLatin1String("superuserSecretRef"), QJsonObject{{QLatin1String("name"), QLatin1String("demo-superuser")}}},
        {QLatin1String("datacenters"),
         QJsonArray{QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("demo-dc1")}}},
                                {QLatin1String("datacenterName"), QLatin1String("dc1")},
                                {QLatin1String("size"), 3},
                                {QLatin1String("racks"), racks}}}}};
    const QJsonObject mcc{
        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("demo")}}},
        {QLatin1String("spec"),
         QJsonObject{{QLatin1String("createIssuer"), true},
                     {QLatin1String("dataApi"), QJsonObject()},
                     {QLatin1String("k8ssandra"),
                      QJsonObject{{QLatin1String("auth"), true},
                                  {QLatin1String("cassandra"), cassandra},
                                  // Reaper per datacenter, so that the repair labs work on the demo.
                                  {QLatin1String("reaper"), QJsonObject{{QLatin1String("heapSize"), QLatin1String("256Mi")}}},
                                  // Medusa with S3-compatible storage (kept under the sandbox's state directory),
                                  // so that the backup and restore labs work on the demo.
                                  {QLatin1String("medusa"),
                                   QJsonObject{{QLatin1String("storageProperties"),
                                                QJsonObject{{QLatin1String("storageProvider"), QLatin1String("s3_compatible")},
                                                            {QLatin1String("bucketName"), QLatin1String("demo-backups")},
                                                            {QLatin1String("host"), QLatin1String("minio.ringside-demo.svc")},
                                                            {QLatin1String("port"), 9000},
                                                            {QLatin1String("secure"), false},
                                                            {QLatin1String("storageSecretRef"),
                                                             QJsonObject{{QLatin1String("name"), QLatin1String("demo-medusa-bucket-key")}}}}}}}}}}}};
    m_kube->create(Res::Mccs, ns, mcc, manager);
}

QJsonObject Operators::injectFault(const QString &ns, const QString &podName, const QString &action, int *code)
{
    static const QStringList actions{QStringLiteral("fail"), QStringLiteral("slow"), QStringLiteral("fill-disk"),
                                     QStringLiteral("heal")};
    if (!actions.contains(action)) {
        const ApiError e = ApiError::badRequest(
            QStringLiteral("unknown fault \"%1\": use fail, slow, fill-disk or heal").arg(action));
        *code = e.code;
        return e.toStatus();
    }
    QJsonObject pod = m_kube->get(Res::Pods, ns, podName);
    if (pod.isEmpty()) {
        const ApiError e = ApiError::notFound(QString(), QStringLiteral("pods"), podName);
        *code = e.code;
        return e.toStatus();
    }
    const QString component = QStringLiteral("ringside-sandbox");
    const QString claimName = QLatin1String("server-data-") + podName;
    const auto setFault = [&](const Res::Ref &ref, QJsonObject object, const QString &fault, bool on) {
        if (object.isEmpty()) {
            return;
        }
        QStringList faults = World::faults(object);
        faults.removeAll(fault);
        if (on) {
            faults.append(fault);
        }
        QJsonObject annotations = Json::meta(object).value(QLatin1String("annotations")).toObject();
        if (faults.isEmpty()) {
            annotations.remove(World::FaultAnnotation);
        } else {
            annotations.insert(World::FaultAnnotation, faults.join(u','));
        }
        Json::setMeta(object, QLatin1String("annotations"), annotations);
        m_kube->update(ref, object, component);
    };
    QString message;
    if (action == QLatin1String("fail")) {
        m_kube->event(Res::Pods, pod, QStringLiteral("Warning"), QStringLiteral("Killing"),
                      QStringLiteral("Stopping container cassandra: the sandbox injected a node failure"),
                      QStringLiteral("kubelet"));
        m_kube->remove(Res::Pods, ns, podName, component, Op::uid(pod));
        message = QStringLiteral("pod %1 was killed; its controller recreates it").arg(podName);
    } else if (action == QLatin1String("slow")) {
        setFault(Res::Pods, pod, QStringLiteral("slow"), true);
        m_kube->event(Res::Pods, pod, QStringLiteral("Warning"), QStringLiteral("SandboxFault"),
                      QStringLiteral("the sandbox slowed this node down (fault: slow)"), component);
        message = QStringLiteral("pod %1 is slow").arg(podName);
    } else if (action == QLatin1String("fill-disk")) {
        setFault(Res::Pods, pod, QStringLiteral("disk-full"), true);
        setFault(Res::Pvcs, m_kube->get(Res::Pvcs, ns, claimName), QStringLiteral("disk-full"), true);
        m_kube->event(Res::Pods, pod, QStringLiteral("Warning"), QStringLiteral("SandboxFault"),
                      QStringLiteral("the sandbox filled the data volume %1 (fault: disk-full)").arg(claimName),
                      component);
        message = QStringLiteral("the data volume of pod %1 is full").arg(podName);
    } else {
        for (const QString &fault : {QStringLiteral("slow"), QStringLiteral("disk-full")}) {
            setFault(Res::Pods, m_kube->get(Res::Pods, ns, podName), fault, false);
            setFault(Res::Pvcs, m_kube->get(Res::Pvcs, ns, claimName), fault, false);
        }
        m_kube->event(Res::Pods, pod, QStringLiteral("Normal"), QStringLiteral("SandboxFaultCleared"),
                      QStringLiteral("the sandbox cleared the faults of this node"), component);
        message = QStringLiteral("pod %1 is healed").arg(podName);
    }
    *code = 200;
    return {{QLatin1String("kind"), QLatin1String("Status")},
            {QLatin1String("apiVersion"), QLatin1String("v1")},
            {QLatin1String("metadata"), QJsonObject()},
            {QLatin1String("status"), QLatin1String("Success")},
            {QLatin1String("message"), message},
            {QLatin1String("code"), 200}};
}

AdminFront::AdminFront(HttpHandler *api, Authenticator *authenticator, Operators *operators)
    : m_api(api)
    , m_authenticator(authenticator)
    , m_operators(operators)
{}

void AdminFront::handle(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    if (!request.path.startsWith(QLatin1String("/sandbox/v1/"))) {
        m_api->handle(exchange);
        return;
    }
    const auto send = [exchange](int code, const QJsonObject &status) {
        exchange->respond(code, "application/json", QJsonDocument(status).toJson(QJsonDocument::Compact) + '\n');
    };
    UserInfo user;
    const Authenticator::Result auth
        = m_authenticator->authenticate(exchange->peerCertificateChain(), request.header("authorization"), &user);
    if (auth == Authenticator::Result::Failed) {
        const ApiError e = ApiError::unauthorized();
        send(e.code, e.toStatus());
        return;
    }
    if (!user.groups.contains(QLatin1String("system:masters"))) {
        const ApiError e = ApiError::forbidden(
            QString(), QString(), QString(),
            QStringLiteral("User \"%1\" cannot inject faults: the sandbox admin endpoint needs admin credentials")
                .arg(user.name));
        send(e.code, e.toStatus());
        return;
    }
    // namespaces/NS/pods/NAME/ACTION
    const QStringList parts = request.path.mid(QStringLiteral("/sandbox/v1/").size()).split(u'/');
    if (parts.size() != 5 || parts.at(0) != QLatin1String("namespaces") || parts.at(2) != QLatin1String("pods")) {
        exchange->respond(404, "text/plain; charset=utf-8", "404 page not found\n");
        return;
    }
    if (request.method != "POST") {
        const ApiError e = ApiError::genericResponse(405, QStringLiteral("405: Method Not Allowed"));
        send(e.code, e.toStatus());
        return;
    }
    int code = 500;
    const QJsonObject status = m_operators->injectFault(parts.at(1), parts.at(3), parts.at(4), &code);
    send(code, status);
}

} // namespace Ringside::Sandbox
