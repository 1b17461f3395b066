#pragma once

#include "opkit.h"

#include "http/httpexchange.h"

#include <memory>
#include <vector>

namespace Ringside::Sandbox {

class Authenticator;

/*! The simulated world's controllers, run in process against the sandbox's ResourceService: kubelets, the
    StatefulSet and Deployment controllers, cass-operator, k8ssandra-operator, Mission Control and the task
    controllers. Each reconciles from objects only; store changes queue work, paced timers queue the next step.
    \since 0.1 */
class Operators : public QObject
{
    Q_OBJECT
public:
    Operators(ResourceService *service, const WorldSettings &settings, QObject *parent = nullptr);
    ~Operators() override;

    Kube *kube() const { return m_kube.get(); }
    /*! Queues every existing object (after loading state). */
    void resync();
    /*! Creates the demo: a Mission Control project namespace and the MissionControlCluster "demo" (Cassandra
        4.1, datacenter dc1 with three racks of one node). */
    void createDemo();
    /*! Creates, when missing, the control plane's Deployments in the namespace mission-control: cass-operator,
        k8ssandra-operator and mission-control-operator (their pods are what control-plane health shows). */
    void createControlPlane();

    /*! The admin endpoint, see sandbox/README.md: POST /sandbox/v1/namespaces/NS/pods/NAME/ACTION with ACTION
        fail, slow, fill-disk or heal. Returns the Status object and sets \a code. */
    QJsonObject injectFault(const QString &ns, const QString &pod, const QString &action, int *code);

private:
    void onStoreChanged(const StoreEvent &event);

    std::unique_ptr<Kube> m_kube;
    std::vector<Reconciler *> m_reconcilers;
};

/*! The sandbox's HTTP front: /sandbox/v1/... (fault injection, admin credentials only) is answered here,
    everything else goes to the API server. \since 0.1 */
class AdminFront : public HttpHandler
{
public:
    AdminFront(HttpHandler *api, Authenticator *authenticator, Operators *operators);
    void handle(HttpExchange *exchange) override;

private:
    HttpHandler *m_api;
    Authenticator *m_authenticator;
    Operators *m_operators;
};

} // namespace Ringside::Sandbox
