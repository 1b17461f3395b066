#pragma once

#include "nodesim/nodemodel.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>

#include <memory>

namespace Ringside::Sandbox::NodeSim {

/*! The files a real Prometheus needs to scrape the sandbox, all under `<state dir>/prometheus/`:
    - `targets.json`: file_sd target groups, one per Cassandra pod. Each target is the sandbox's own HTTPS address
      with `__metrics_path__` set to the pod proxy path `/api/v1/namespaces/NS/pods/POD:9000/proxy/metrics` (the
      way Prometheus scrapes through a kube-apiserver), labels namespace, pod, cluster, datacenter, rack, instance.
    - `prometheus.yml`: a scrape config (job `cassandra`, every 15 s, https with the sandbox CA and the admin client
      certificate, honor_labels so the endpoint's own identity labels stay as they are) reading targets.json.
    - `data/`: Prometheus's TSDB directory, where the 7-day backfill puts its blocks.
    - `backfill.json`: which clusters were backfilled and when.
    \since 0.1 */
namespace PromFiles {
QByteArray targetsJson(const QList<SimCluster> &clusters, const QString &hostPort);
QByteArray config(const QString &stateDirectory);
/*! The labels Prometheus stores for every sample of \a node (endpoint labels plus job, namespace, pod). */
QByteArray storedLabels(const SimNode &node);
/*! Writes \a data to \a path atomically (mode 0600). */
bool writeFile(const QString &path, const QByteArray &data, QString *error);
} // namespace PromFiles

/*! Seven days (or \a span) of history for some nodes, as OpenMetrics, turned into TSDB blocks by
    `promtool tsdb create-blocks-from openmetrics`. The samples follow the same load model as the live endpoint
    (with a nightly repair and the compactions after it). Generation runs on a worker thread, promtool in a
    QProcess; finished() reports the outcome. \since 0.1 */
class Backfill : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        QList<SimCluster> clusters; //!< every node of these is backfilled
        qint64 endSeconds = 0;      //!< the last sample's time (epoch seconds)
        qint64 spanSeconds = 7 * 86400;
        qint64 stepSeconds = 120;
        QString dataDirectory;      //!< Prometheus's --storage.tsdb.path
        QString workFile;           //!< the OpenMetrics text, removed afterwards
        QString promtool = QStringLiteral("promtool");
    };
    explicit Backfill(Job job, QObject *parent = nullptr);
    ~Backfill() override;
    void start();
    /*! Samples written (after finished()). */
    qint64 sampleCount() const { return m_samples; }

    /*! Writes the OpenMetrics text of \a job to \a out; returns the number of samples. */
    static qint64 writeOpenMetrics(const Job &job, QIODevice *out);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    Job m_job;
    std::unique_ptr<QProcess> m_process;
    qint64 m_samples = 0;
};

} // namespace Ringside::Sandbox::NodeSim
