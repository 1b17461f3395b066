#pragma once

#include "kube/logstream.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Ringside {

/*! Several containers' logs at once (`kubectl logs -l SELECTOR --prefix`, or a whole Cassandra datacenter),
    each a LogStream with the same options, delivered with the source they came from. \since 0.1 */
class LogGroup : public QObject
{
    Q_OBJECT
public:
    LogGroup(KubeClient *client, const QString &nameSpace, const LogOptions &options, QObject *parent = nullptr);
    ~LogGroup() override;

    /*! Adds (and starts, when the group runs) the log of \a container in \a pod; an empty container is the pod's only one. */
    void add(const QString &pod, const QString &container = {});
    void start();
    void stop();
    int streamCount() const { return int(m_streams.size()); }
    int runningCount() const;

    /*! The prefix kubectl --prefix prints: "[pod/NAME/CONTAINER] ". */
    static QString prefix(const QString &pod, const QString &container);

Q_SIGNALS:
    void lines(const QString &pod, const QString &container, const QList<QByteArray> &lines);
    void notice(const QString &pod, const QString &container, const QString &message);
    /*! One stream ended. */
    void streamFinished(const QString &pod, const QString &container, const std::optional<Ringside::KubeError> &error);
    /*! Every stream has ended. */
    void finished();

private:
    QPointer<KubeClient> m_client;
    QString m_ns;
    LogOptions m_options;
    bool m_running = false;
    std::vector<std::unique_ptr<LogStream>> m_streams;
};

} // namespace Ringside
