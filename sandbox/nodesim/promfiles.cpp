#include "nodesim/promfiles.h"

#include "nodesim/metrics.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QCoreApplication>
#include <QThread>

#include <cmath>

namespace Ringside::Sandbox::NodeSim {

namespace PromFiles {

QByteArray targetsJson(const QList<SimCluster> &clusters, const QString &hostPort)
{
    QJsonArray groups;
    for (const SimCluster &c : clusters) {
        for (const SimNode &n : c.nodes) {
            if (!n.podExists) {
                continue;
            }
            groups.append(QJsonObject{
                {QLatin1String("targets"), QJsonArray{hostPort}},
                {QLatin1String("labels"),
                 QJsonObject{{QLatin1String("__metrics_path__"),
                              QStringLiteral("/api/v1/namespaces/%1/pods/%2:9000/proxy/metrics").arg(n.ns, n.pod)},
                             {QLatin1String("namespace"), n.ns},
                             {QLatin1String("pod"), n.pod},
                             {QLatin1String("cluster"), n.cluster},
                             {QLatin1String("datacenter"), n.dc},
                             {QLatin1String("rack"), n.rack},
                             {QLatin1String("instance"), n.ip}}}});
        }
    }
    return QJsonDocument(groups).toJson(QJsonDocument::Indented);
}

QByteArray config(const QString &dir)
{
    const QByteArray d = QDir(dir).absolutePath().toUtf8();
    return "# Written by ringside-sandbox; rewritten at every start.\n"
           "global:\n"
           "  scrape_interval: 15s\n"
           "  evaluation_interval: 15s\n"
           "scrape_configs:\n"
           "- job_name: cassandra\n"
           "  honor_labels: true\n"
           "  scheme: https\n"
           "  tls_config:\n"
           "    ca_file: "
           + d + "/ca.crt\n    cert_file: " + d + "/admin.crt\n    key_file: " + d
           + "/admin.key\n"
             "  file_sd_configs:\n"
             "  - files: ['"
           + d + "/prometheus/targets.json']\n    refresh_interval: 10s\n";
}

QByteArray storedLabels(const SimNode &n)
{
    return Metrics::identityLabels(n, n.k8sNode) + ",job=\"cassandra\",namespace=\"" + n.ns.toUtf8() + "\",pod=\""
           + n.pod.toUtf8() + '"';
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace PromFiles

Backfill::Backfill(Job job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{}

Backfill::~Backfill()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

qint64 Backfill::writeOpenMetrics(const Job &job, QIODevice *out)
{
    qint64 samples = 0;
    const qint64 steps = job.spanSeconds / job.stepSeconds + 1;
    const qint64 first = job.endSeconds - (steps - 1) * job.stepSeconds;
    // Past life: a nightly repair (Reaper schedule) at 02:00 UTC, and a busy hour of compactions after it.
    const auto conditionsAt = [](double t) {
        LoadConditions c;
        const double hour = std::fmod(t, 86400.0) / 3600.0;
        c.repair = hour >= 2.0 && hour < 3.0;
        c.compactionStorm = hour >= 3.0 && hour < 4.0;
        return c;
    };
    for (const SimCluster &cluster : job.clusters) {
        for (const SimNode &node : cluster.nodes) {
            const LoadModel model(node.hostId, node.cluster);
            LoadModel::Counters counters;
            counters.time = double(first - job.stepSeconds);
            QList<QByteArray> keys;
            QList<double> values; // [step][series]
            const QByteArray stored = PromFiles::storedLabels(node);
            for (qint64 i = 0; i < steps; ++i) {
                const double t = double(first + i * job.stepSeconds);
                const LoadConditions c = conditionsAt(t);
                model.advance(counters, t, c);
                qsizetype index = 0;
                Metrics::collect(cluster, node, node.k8sNode, model, counters, t, c, false, [&](const Metrics::Sample &s) {
                    if (i == 0) {
                        QByteArray labels = s.labels;
                        labels.replace(Metrics::identityLabels(node, node.k8sNode), stored);
                        keys.append(s.name + '{' + labels + "} ");
                    }
                    if (index < keys.size()) {
                        values.append(s.value);
                    }
                    ++index;
                });
            }
            const qsizetype series = keys.size();
            for (qsizetype s = 0; s < series; ++s) {
                QByteArray chunk;
                chunk.reserve(int(steps) * (keys.at(s).size() + 24));
                for (qint64 i = 0; i < steps; ++i) {
                    chunk += keys.at(s);
                    chunk += Metrics::formatValue(values.at(i * series + s));
                    chunk += ' ';
                    chunk += QByteArray::number(first + i * job.stepSeconds);
                    chunk += '\n';
                }
                out->write(chunk);
                samples += steps;
            }
        }
    }
    out->write("# EOF\n");
    return samples;
}

void Backfill::start()
{
    QPointer<Backfill> self(this);
    const Job job = m_job;
    QThread *worker = QThread::create([self, job] {
        QFile file(job.workFile);
        qint64 samples = -1;
        QString error;
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            samples = writeOpenMetrics(job, &file);
            file.close();
        } else {
            error = file.errorString();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, samples, error] {
                if (!self) {
                    return;
                }
                if (samples < 0) {
                    Q_EMIT self->finished(false, error);
                    return;
                }
                self->m_samples = samples;
                self->m_process = std::make_unique<QProcess>();
                QProcess *p = self->m_process.get();
                p->setProcessChannelMode(QProcess::MergedChannels);
                QObject::connect(p, &QProcess::finished, self, [self, p](int code, QProcess::ExitStatus status) {
                    const QString output = QString::fromUtf8(p->readAll()).trimmed();
                    QFile::remove(self->m_job.workFile);
                    Q_EMIT self->finished(status == QProcess::NormalExit && code == 0,
                                          output.right(2000));
                });
                QObject::connect(p, &QProcess::errorOccurred, self, [self, p](QProcess::ProcessError e) {
                    if (e == QProcess::FailedToStart) {
                        QFile::remove(self->m_job.workFile);
                        Q_EMIT self->finished(false, p->errorString());
                    }
                });
                QDir().mkpath(self->m_job.dataDirectory);
                p->start(self->m_job.promtool, {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"),
                                                QStringLiteral("openmetrics"), QStringLiteral("--max-block-duration=24h"),
                                                self->m_job.workFile, self->m_job.dataDirectory});
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace Ringside::Sandbox::NodeSim
