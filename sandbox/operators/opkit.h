#pragma once

#include "api/resourceservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxOperators)

namespace Ringside::Sandbox {

class ObjectStore;
struct StoreEvent;

/*! How the simulated world runs: the seed of every random choice and the pace of events. \since 0.1 */
struct WorldSettings
{
    quint64 seed = 1;
    /*! Speed-up of the pace of events (not of timestamps): 1 gives a 3-node datacenter Ready in ~15 s. */
    double pace = 1.0;
};

/*! Well-known resources the simulated controllers use, resolved once per lookup (CRDs come and go). */
namespace Res {
struct Ref
{
    const char *group;
    const char *version;
    const char *resource;
};
inline constexpr Ref Pods{"", "v1", "pods"};
inline constexpr Ref Pvcs{"", "v1", "persistentvolumeclaims"};
inline constexpr Ref Pvs{"", "v1", "persistentvolumes"};
inline constexpr Ref Services{"", "v1", "services"};
inline constexpr Ref Endpoints{"", "v1", "endpoints"};
inline constexpr Ref Secrets{"", "v1", "secrets"};
inline constexpr Ref Events{"", "v1", "events"};
inline constexpr Ref Nodes{"", "v1", "nodes"};
inline constexpr Ref Namespaces{"", "v1", "namespaces"};
inline constexpr Ref StatefulSets{"apps", "v1", "statefulsets"};
inline constexpr Ref Deployments{"apps", "v1", "deployments"};
inline constexpr Ref CassDcs{"cassandra.datastax.com", "v1beta1", "cassandradatacenters"};
inline constexpr Ref K8cs{"k8ssandra.io", "v1alpha1", "k8ssandraclusters"};
inline constexpr Ref Mccs{"missioncontrol.datastax.com", "v1beta2", "missioncontrolclusters"};
inline constexpr Ref CassTasks{"control.k8ssandra.io", "v1alpha1", "cassandratasks"};
inline constexpr Ref K8sTasks{"control.k8ssandra.io", "v1alpha1", "k8ssandratasks"};
inline constexpr Ref Reapers{"reaper.k8ssandra.io", "v1alpha1", "reapers"};
/*! "group/resource", the store's key. */
QString key(const Ref &ref);
} // namespace Res

/*! The in-process client of the simulated controllers: reads from the store, writes through ResourceService
    (admission, validation, managed fields, watch events), records core/v1 Events, and derives deterministic
    randomness and paced durations from the seed. \since 0.1 */
class Kube
{
public:
    Kube(ResourceService *service, const WorldSettings &settings);

    ResourceService *service() const { return m_service; }
    ObjectStore *store() const;
    const WorldSettings &settings() const { return m_settings; }

    const ResourceType *type(const Res::Ref &ref) const;
    /*! The stored object (no kind/apiVersion), or an empty object. */
    QJsonObject get(const Res::Ref &ref, const QString &ns, const QString &name) const;
    /*! Stored objects of a namespace ("" = all), in key order. */
    QList<QJsonObject> list(const Res::Ref &ref, const QString &ns = {}) const;
    /*! Objects whose labels contain every pair of \a labels. */
    QList<QJsonObject> listLabelled(const Res::Ref &ref, const QString &ns, const QJsonObject &labels) const;

    ObjectResult create(const Res::Ref &ref, const QString &ns, QJsonObject object, const QString &manager);
    /*! Replaces the main resource (object as stored or served; its resourceVersion is the precondition). */
    ObjectResult update(const Res::Ref &ref, const QJsonObject &object, const QString &manager);
    /*! Replaces the status subresource. */
    ObjectResult updateStatus(const Res::Ref &ref, const QJsonObject &object, const QString &manager);
    ObjectResult remove(const Res::Ref &ref, const QString &ns, const QString &name, const QString &manager,
                        const QString &preconditionUid = {});

    /*! Records a core/v1 Event about \a involved (a stored object of \a ref), aggregating repeats (count,
        lastTimestamp) like client-go's event correlator. */
    void event(const Res::Ref &ref, const QJsonObject &involved, const QString &type, const QString &reason,
               const QString &message, const QString &component);

    /*! A deterministic value in [0, 1) for \a key under the seed. */
    double unit(const QString &key) const;
    /*! A deterministic UUID (version 4 layout) for \a key under the seed. */
    QString uuid(const QString &key) const;
    /*! A duration of about \a baseMs at pace 1 (±\a jitter, deterministic for \a key), divided by the pace. */
    int paced(int baseMs, const QString &key, double jitter = 0.25) const;

private:
    ResourceService *m_service;
    WorldSettings m_settings;
    QHash<QString, QString> m_eventNames; //!< correlation key -> Event name
};

/*! A queue of keys ("ns/name") to reconcile, processed after the write that queued them (like a controller's
    work queue), in key order; requeueAfter() paces the next step. \since 0.1 */
class Reconciler : public QObject
{
    Q_OBJECT
public:
    explicit Reconciler(Kube *kube, QObject *parent = nullptr);

    void enqueue(const QString &ns, const QString &name);
    void enqueueKey(const QString &key);
    /*! Reconciles \a ns/\a name again after \a ms (a paced step). */
    void requeueAfter(const QString &ns, const QString &name, int ms);
    /*! Enqueues every object of the primary resource (start, CRD established). */
    virtual void resync() = 0;
    /*! A store change; enqueue what it concerns. */
    virtual void observe(const StoreEvent &event) = 0;

protected:
    virtual void reconcile(const QString &ns, const QString &name) = 0;
    Kube *m_kube;

private:
    void run();
    std::set<QString> m_dirty;
    bool m_scheduled = false;
    bool m_running = false;
};

/*! Helpers for status conditions (metav1.Condition-like lists keyed by type). */
namespace Conditions {
/*! Sets condition \a type; lastTransitionTime changes only when the status changes. Returns true if anything
    changed. */
bool set(QJsonArray &conditions, const QString &type, bool status, const QString &reason = {},
         const QString &message = {});
bool isTrue(const QJsonArray &conditions, const QString &type);
QJsonObject find(const QJsonArray &conditions, const QString &type);
} // namespace Conditions

/*! Small JSON and naming helpers. */
namespace Op {
QString labelOf(const QJsonObject &object, const QString &label);
QString annotationOf(const QJsonObject &object, const QString &annotation);
QString uid(const QJsonObject &object);
bool isDeleting(const QJsonObject &object);
/*! The controller ownerReference's uid (or ""). */
QString controllerUid(const QJsonObject &object);
QJsonObject ownerReference(const QString &apiVersion, const QString &kind, const QJsonObject &owner,
                           bool controller = true);
/*! Lower case, characters outside [a-z0-9.-] replaced by '-' (cass-operator's CleanupForKubernetes). */
QString clean(const QString &value);
/*! The first 10 hex digits of the SHA-256 of the compact JSON of \a value. */
QString hash(const QJsonValue &value);
bool podReady(const QJsonObject &pod);
bool podRunning(const QJsonObject &pod);
/*! The ordinal at the end of a StatefulSet pod name ("x-sts-3" -> 3), or -1. */
int ordinal(const QString &podName);
bool hasFinalizer(const QJsonObject &object, const QString &finalizer);
void setFinalizer(QJsonObject &object, const QString &finalizer, bool present);
} // namespace Op

} // namespace Ringside::Sandbox
