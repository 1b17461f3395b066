#pragma once

#include "backupkit.h"
#include "reapermodel.h"
#include "stream/podruntime.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace Ringside::Sandbox::Backup {

/*! Reaper, simulated: the Reaper CR (reaper.k8ssandra.io) becomes a Service `<name>-service` (ports app 8080,
    admin 8081), a Deployment `<name>` with its ReplicaSet and pod, and status progress Pending → Deploying →
    Configuring → Running with the Ready condition. Once the pod is ready, Reaper's REST API answers on its port
    8080 (service proxy, port-forward): /ping, /cluster, /repair_run (segments, pause/resume/abort),
    /repair_schedule. Runs progress one segment at a time at the sandbox pace, only while every replica of the
    segment is up; all state lives in the ConfigMap `<name>-runs` (owned by the Reaper). \since 0.1 */
class ReaperController : public QObject
{
    Q_OBJECT
public:
    ReaperController(Client *client, PodRuntime *runtime, QObject *parent = nullptr);
    /*! Takes the REST handlers off the pods (they point at this object). */
    ~ReaperController() override;

    void resync();
    void observe(const StoreEvent &event);

    /*! The name of the ConfigMap holding a Reaper's state. */
    static QString stateConfigMap(const QString &reaperName) { return reaperName + QLatin1String("-runs"); }
    /*! Serves one REST request to the Reaper \a ns/\a name. */
    PortHttpResponse handle(const QString &ns, const QString &name, const HttpRequest &request);

private:
    void reconcile(const QString &ns, const QString &name);
    void tick();
    bool advance(const QString &ns, const QJsonObject &reaper, ReaperState &state);
    void startRun(RepairRun &run, const QDateTime &now);
    QList<ReaperNode> clusterNodes(const QString &ns, const QString &cluster) const;
    QString clusterOf(const QJsonObject &reaper) const;
    ReaperState loadState(const QString &ns, const QString &name) const;
    bool saveState(const QJsonObject &reaper, ReaperState &state);
    QJsonObject reaperPod(const QString &ns, const QString &name) const;
    void servePod(const QString &ns, const QString &reaper, const QString &pod, bool serve);
    std::optional<RepairRun> createRun(ReaperState &state, const QString &ns, const QJsonObject &params,
                                       int *status, QString *error);

    // REST handlers (reaperapi.cpp).
    PortHttpResponse clusterRoutes(const QString &ns, const QJsonObject &reaper, const HttpRequest &request,
                                   const QStringList &parts);
    PortHttpResponse runRoutes(const QString &ns, const QJsonObject &reaper, const HttpRequest &request,
                               const QStringList &parts);
    PortHttpResponse scheduleRoutes(const QString &ns, const QJsonObject &reaper, const HttpRequest &request,
                                    const QStringList &parts);

    Client *m_client;
    PodRuntime *m_runtime;
    WorkQueue *m_queue;
    QTimer m_ticker;
    QSet<QString> m_served; //!< "ns/pod" with the REST handler installed
    QHash<QString, qint64> m_podCreated; //!< pod uid -> creation in ms (paces the start; creationTimestamp has seconds)
};

} // namespace Ringside::Sandbox::Backup
