#pragma once

// Local log files: reading them (offline, on a worker thread) and exporting the buffer.

#include "models/logs/logstore.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Ringside::Logs {

class LogModel;

/*! Reads system.log files (also `kubectl logs --timestamps` output, detected from the first line) into a
    LogModel on a worker thread, in batches. Several files are merged by time, each named after its file as if it
    were a pod. Cancelled by cancel() or by destruction. \since 0.1 */
class LogFileLoader : public QObject
{
    Q_OBJECT
public:
    explicit LogFileLoader(LogModel *model, QObject *parent = nullptr);
    ~LogFileLoader() override;

    /*! Starts reading \a paths (cancelling a load that runs). */
    void load(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

    /*! The name a file has in the Pod column: its base name without ".log" ("dc1-rack1-sts-0"). */
    static QString sourceName(const QString &path);

Q_SIGNALS:
    void progress(qint64 bytesRead, qint64 bytesTotal);
    /*! The load ended: \a entries read, or an error (the entries read before it stay). */
    void finished(qint64 entries, const QString &error);

public:
    struct Channel; //!< shared with the worker
private:
    void drain();

    QPointer<LogModel> m_model;
    std::shared_ptr<Channel> m_channel;
    QFutureWatcher<void> m_watcher;
    QTimer m_drain;
    bool m_running = false;
};

/*! What exportEntries() writes. \since 0.1 */
struct ExportRequest
{
    LogStore::Snapshot snapshot;
    std::vector<qint64> ids; //!< these entries (ascending); all of the snapshot when empty and !onlyIds
    bool onlyIds = false;
    QStringList sourceNames; //!< by source index
    bool prefixSources = false; //!< "[pod] " before each entry (several pods)
};

/*! Writes the entries of \a request to \a path as logged (markers left out), atomically. Returns the number of
    entries written, or -1 with \a error set. Thread-safe. \since 0.1 */
qint64 exportEntries(const ExportRequest &request, const QString &path, QString *error);

} // namespace Ringside::Logs
