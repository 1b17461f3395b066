#pragma once

#include "models/logs/logstore.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <chrono>

namespace Ringside::Logs {

/*! Every entry in the buffer, one row each (stack traces included in their entry), oldest first: the log as it
    was merged from its sources. Appends are queued and reach the views in coalesced batches (beginInsertRows
    once per tick, STYLE rule 4); when the buffer is full the oldest rows are removed and counted, never silently.
    \since 0.1 */
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, PodColumn, ThreadColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, //!< qint64, the record's id in the store
        LevelRole,                      //!< int(Cassandra::LogLevel)
        TimeRole,                       //!< qint64 msecs since the epoch, or LogRecord::NoTime
        TextRole,                       //!< QString, the whole entry as logged
        LineCountRole,
        IsMarkerRole,
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /*! Queues records; they appear at the next tick. */
    void append(QList<LogRecord> records);
    /*! Delivers the queued records now (tests, end of a file). */
    void flush();
    /*! Records queued and not yet shown. */
    qsizetype pendingCount() const { return m_pending.size(); }
    /*! The coalescing interval, clamped to 10–300 ms (default 50 ms). */
    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const;

    /*! The buffer size (entries); shrinking drops the oldest rows now. */
    void setCapacity(qint64 entries);
    qint64 capacity() const { return m_store.capacity(); }
    /*! Removes every row and resets the counts (the sources stay). */
    void clear();

    const LogStore &store() const { return m_store; }
    /*! Index of the source named \a name (pod, or pod/container), added when new. */
    quint16 source(const QString &name) { return m_store.source(name); }
    /*! The id of \a row's record. */
    qint64 idAt(int row) const { return m_store.firstId() + row; }
    int rowOf(qint64 id) const { return m_store.contains(id) ? int(id - m_store.firstId()) : -1; }
    const LogRecord &record(int row) const { return m_store.at(idAt(row)); }

    /*! "Complete: 1,234 entries (1,300 lines) since 2024-03-12 10:15:32 UTC", or, after the buffer dropped some,
        "Last 1,000,000 entries (…); 12,345 older entries (12,400 lines) dropped by the buffer limit of 1,000,000". */
    QString completenessText() const;

Q_SIGNALS:
    /*! After each batch (rows added or dropped). */
    void countsChanged();

private:
    void deliver();

    LogStore m_store;
    QList<LogRecord> m_pending;
    QTimer m_refresh;
};

/*! "2024-03-12 10:15:32.123" (UTC), or "" for NoTime. \since 0.1 */
QString formatLogTime(qint64 msecs);

} // namespace Ringside::Logs
