#pragma once

#include "kube/kubeerror.h"
#include "kube/kuberequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Ringside {

class KubeClient;

/*! What to read from a container's log (the options of `kubectl logs`). \since 0.1 */
struct LogOptions
{
    QString container;                  //!< required when the pod has several containers
    bool follow = false;
    std::optional<qint64> sinceSeconds; //!< either this...
    QDateTime sinceTime;                //!< ...or this, not both
    std::optional<qint64> tailLines;
    bool timestamps = false;            //!< prefix each line with its RFC 3339 timestamp
    bool previous = false;              //!< the previous (terminated) container instance
    std::optional<qint64> limitBytes;
    /*! When following: re-attach when the container restarts, the pod is recreated or the stream breaks. */
    bool reattach = true;
    /*! How long to wait for a deleted pod to come back (a StatefulSet recreates it) or a container to start. */
    std::chrono::milliseconds podWaitTimeout{60000};
    std::chrono::milliseconds pollInterval{1000};
};

/*! Reads one container's log incrementally, as complete lines.

    When following, it survives what happens to pods in a Cassandra cluster: when the stream ends it looks at
    the pod; if the container restarted or the pod was recreated (new uid) it re-attaches to the new instance
    from its start, and if the stream merely broke it resumes after the last line received (by timestamp).
    Each re-attachment is announced through notice(). It ends when the pod is gone and does not come back
    within podWaitTimeout, or when the container stops for good. \since 0.1 */
class LogStream : public QObject
{
    Q_OBJECT
public:
    LogStream(KubeClient *client, const QString &nameSpace, const QString &pod, const LogOptions &options, QObject *parent = nullptr);
    ~LogStream() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    QString pod() const { return m_pod; }
    QString container() const { return m_options.container; }
    /*! How many times the stream re-attached. */
    int reattachCount() const { return m_reattaches; }

    /*! Splits "TIMESTAMP rest" as the kubelet writes it; returns the timestamp as (seconds since the epoch,
        nanoseconds), or nothing. Exposed for tests. */
    static std::optional<std::pair<qint64, int>> parseTimestamp(QByteArrayView line, qsizetype *restStart = nullptr);

Q_SIGNALS:
    /*! Complete lines, without their line feeds (with timestamps only when asked for). */
    void lines(const QList<QByteArray> &lines);
    /*! Something the user should know: a re-attachment and why, a wait for the pod. */
    void notice(const QString &message);
    /*! The stream is over: no error when it ended normally. */
    void finished(const std::optional<Ringside::KubeError> &error);

private:
    struct Instance
    {
        QString uid;
        QString containerId;
        int restartCount = -1;
        bool running = false;
        bool terminatedForGood = false;
        QString phase;
    };
    void inspectPod(bool first);
    void onPod(const std::optional<QJsonObject> &pod, const std::optional<KubeError> &error, bool first);
    void open(bool resume);
    void onData(const QByteArray &data);
    void onEnd(const std::optional<KubeError> &error);
    void emitLines(QByteArray &buffer, bool flushPartial);
    void finish(const std::optional<KubeError> &error);
    Instance instanceOf(const QJsonObject &pod) const;

    QPointer<KubeClient> m_client;
    QString m_ns;
    QString m_pod;
    LogOptions m_options;
    bool m_running = false;
    bool m_internalTimestamps = false;
    Instance m_instance;
    QByteArray m_partial;
    std::optional<std::pair<qint64, int>> m_lastTimestamp;
    bool m_skipUntilAfterLast = false;
    int m_reattaches = 0;
    QElapsedTimer m_waitStarted;
    RequestHandle m_request;
    QTimer m_pollTimer;
};

} // namespace Ringside
