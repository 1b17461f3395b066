#pragma once
// The world of the services tests: the in-process sandbox with the simulated operators, a MissionControlCluster
// "demo" (dc1, three racks of one node) Ready in namespace "proj", a Reaper for it, and KubeClients of the admin and
// viewer contexts. Results are waited for with QTest::qWaitFor; nothing blocks the event loop.
#include "tst_sandbox_op_support.h"

#include "kube/kubeclient.h"
#include "kube/restconfig.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QTest>

#include <memory>
#include <optional>

namespace Ringside::Test::Services {

class World
{
public:
    SandboxFixture fx;
    std::unique_ptr<KubeClient> admin;
    std::unique_ptr<KubeClient> viewer;

    bool start(QString *error)
    {
        if (!Op::startWorld(fx, error)) {
            return false;
        }
        admin = client(QStringLiteral("ringside-sandbox"), error);
        viewer = client(QStringLiteral("ringside-sandbox-viewer"), error);
        return admin && viewer;
    }

    std::unique_ptr<KubeClient> client(const QString &context, QString *error) const
    {
        const Kubeconfig config = KubeconfigLoader::load(KubeconfigLoadingRules::fromEnvironment(fx.kubeconfigPath()));
        const auto rest = RestConfig::fromKubeconfig(config, context, error);
        return rest ? std::make_unique<KubeClient>(*rest) : nullptr;
    }

    /*! The demo cluster, Ready. \a dataApi sets spec.dataApi.enabled. */
    bool createCluster(const QString &name, bool dataApi, QString *error)
    {
        QJsonObject mcc = Op::mcc(name, QStringLiteral("4.1.5"), 3, 1);
        QJsonObject spec = mcc.value(QLatin1String("spec")).toObject();
        QJsonObject k8ssandra = spec.value(QLatin1String("k8ssandra")).toObject();
        k8ssandra.insert(QStringLiteral("auth"), true);
        QJsonObject cassandra = k8ssandra.value(QLatin1String("cassandra")).toObject();
        cassandra.insert(QStringLiteral("superuserSecretRef"), QJsonObject{{QStringLiteral("name"), QString(name + QStringLiteral("-superuser"))}});
        k8ssandra.insert(QStringLiteral("cassandra"), cassandra);
        spec.insert(QStringLiteral("k8ssandra"), k8ssandra);
        if (dataApi) {
            spec.insert(QStringLiteral("dataApi"), QJsonObject{{QStringLiteral("enabled"), true}});
        }
        mcc.insert(QStringLiteral("spec"), spec);
        if (!Op::createAndWait(fx, mcc, 30000)) {
            *error = QStringLiteral("cluster %1 did not become Ready").arg(name);
            return false;
        }
        return true;
    }

    /*! A Reaper CR for \a dc of \a cluster (what k8ssandra-operator creates from spec.reaper), until Ready. */
    bool createReaper(const QString &cluster, const QString &dc, QString *error)
    {
        const QString name = cluster + u'-' + QStringLiteral("dc1-reaper");
        const HttpResponse r = fx.post(
            Op::path("reaper.k8ssandra.io/v1alpha1", "reapers"),
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("reaper.k8ssandra.io/v1alpha1")},
                        {QStringLiteral("kind"), QStringLiteral("Reaper")},
                        {QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("k8ssandra.io/cluster-name"), cluster},
                                                                            {QStringLiteral("k8ssandra.io/cluster-namespace"), Op::Ns}}}}},
                        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("datacenterRef"), QJsonObject{{QStringLiteral("name"), dc}}}}}});
        if (r.status != 201) {
            *error = QString::fromUtf8(r.body);
            return false;
        }
        const bool ready = QTest::qWaitFor(
            [&] {
                const QJsonObject o = Op::getJson(fx, Op::path("reaper.k8ssandra.io/v1alpha1", "reapers", name));
                return Op::conditionTrue(Op::at(o, QStringLiteral("status.conditions")), QStringLiteral("Ready"));
            },
            15000);
        if (!ready) {
            *error = QStringLiteral("Reaper %1 did not become Ready").arg(name);
        }
        return ready;
    }
};

/*! Collects the outcome of one asynchronous call. */
template<typename T, typename E>
struct Outcome
{
    std::optional<T> value;
    std::optional<E> error;
    bool done() const { return value.has_value() || error.has_value(); }
    bool wait(int ms = 10000) { return QTest::qWaitFor([this] { return done(); }, ms); }
    std::function<void(const T &)> ok()
    {
        return [this](const T &v) { value = v; };
    }
    std::function<void(const E &)> err()
    {
        return [this](const E &e) { error = e; };
    }
};

} // namespace Ringside::Test::Services
