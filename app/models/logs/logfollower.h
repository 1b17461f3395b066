#pragma once

#include "cassandra/logmerge.h"
#include "models/logs/logrecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Ringside {
class KubeClient;
class LogStream;
struct KubeError;
} // namespace Ringside

namespace Ringside::Logs {

class LogModel;

/*! Reads the logs of several containers (every pod of a datacenter, say), parses them as Cassandra system.log,
    merges them by time and appends them to a LogModel. Each source is a core LogStream: with follow on, it keeps
    reading and re-attaches when the container restarts or the pod is recreated, and each re-attachment becomes a
    visible marker row ("container … of pod … restarted …; following the new instance"). \since 0.1 */
class LogFollower : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool follow = true;
        std::optional<qint64> tailLines; //!< only the last lines of each container (the status says so)
        std::chrono::milliseconds pollInterval{1000};
        std::chrono::milliseconds podWaitTimeout{120000};
        /*! How long a quiet source may hold the others back before its entries are shown anyway. */
        std::chrono::milliseconds mergeDelay{1500};
    };

    explicit LogFollower(LogModel *model, QObject *parent = nullptr);
    ~LogFollower() override;

    /*! Stops what runs, then reads \a sources through \a client (which must outlive the follower's streams). */
    void start(KubeClient *client, const QList<LogSource> &sources, const Options &options);
    /*! Stops every stream; what was read stays. */
    void stop();
    /*! Turns following on (streams resume after the last entry each source delivered) or off (streams stop). */
    void setFollow(bool follow);
    bool isFollowing() const { return m_options.follow; }
    bool isRunning() const;
    int runningCount() const;
    QList<LogSource> sources() const;
    /*! The name a source has in the model's Pod column ("pod", or "pod/container" when a pod has several). */
    QString displayName(const LogSource &source) const;

Q_SIGNALS:
    /*! A re-attachment, an ended stream, an error: also shown as a marker row. */
    void notice(const QString &message);
    /*! Every stream has ended (follow off, or the pods are gone). */
    void finished();
    void runningChanged(bool running);

private:
    struct Stream
    {
        LogSource source;
        QString name;
        int merger = -1;
        std::unique_ptr<Cassandra::SystemLogParser> parser;
        std::unique_ptr<LogStream> stream;
        QElapsedTimer lastData;
        QElapsedTimer opened;
        bool seen = false; //!< some lines arrived since the stream (re)opened
        qint64 lastTime = LogRecord::NoTime; //!< of the last entry delivered (resuming skips up to it)
        qint64 skipUpTo = LogRecord::NoTime;
        bool open = false;
    };
    void openStreams(bool resume);
    void onLines(Stream *stream, const QList<QByteArray> &lines);
    void onNotice(Stream *stream, const QString &message);
    void onFinished(Stream *stream, const std::optional<KubeError> &error);
    void addMarker(Stream *stream, const QString &text);
    void push(Stream *stream, QList<Cassandra::LogEntry> entries);
    void tick();
    void deliver(const QList<Cassandra::LogEntry> &entries);

    QPointer<LogModel> m_model;
    QPointer<KubeClient> m_client;
    Options m_options;
    std::vector<std::unique_ptr<Stream>> m_streams;
    std::unique_ptr<Cassandra::LogMerger> m_merger;
    QTimer m_tick;
    bool m_running = false;
};

} // namespace Ringside::Logs
