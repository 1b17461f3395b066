#pragma once

#include "models/logs/logrecord.h"

#include <QList>

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace Ringside::Logs {

/*! A bounded ring buffer of log records, in chunks. Records are numbered by an id that grows forever (the first
    record ever stored is 0), so a dropped record is recognisable by its id. Mutated on one thread; snapshot()
    hands an immutable view to workers: records below the snapshot's end are never written again, and a chunk
    lives as long as a snapshot holds it. \since 0.1 */
class LogStore
{
public:
    static constexpr qint64 ChunkSize = 4096;
    static constexpr qint64 DefaultCapacity = 1000000;
    struct Chunk
    {
        std::array<LogRecord, ChunkSize> records;
    };

    /*! A read-only view of the records [first, end), for any thread. */
    class Snapshot
    {
    public:
        qint64 first() const { return m_first; }
        qint64 end() const { return m_end; }
        qint64 size() const { return m_end - m_first; }
        const LogRecord &at(qint64 id) const
        {
            const qint64 offset = id - m_base;
            return m_chunks[size_t(offset / ChunkSize)]->records[size_t(offset % ChunkSize)];
        }

    private:
        friend class LogStore;
        std::vector<std::shared_ptr<const Chunk>> m_chunks;
        qint64 m_base = 0;
        qint64 m_first = 0;
        qint64 m_end = 0;
    };

    explicit LogStore(qint64 capacity = DefaultCapacity);

    /*! The most records kept; older ones are dropped (and counted). At least 1. */
    qint64 capacity() const { return m_capacity; }
    void setCapacity(qint64 capacity);
    qint64 firstId() const { return m_first; }
    qint64 endId() const { return m_end; }
    qint64 size() const { return m_end - m_first; }
    /*! Stored records that are log entries (not markers). */
    qint64 entryCount() const { return size() - m_markers; }
    bool contains(qint64 id) const { return id >= m_first && id < m_end; }
    const LogRecord &at(qint64 id) const;

    /*! Appends without dropping anything (call dropFront() or trim() to honour the capacity). */
    void append(LogRecord record);
    /*! Drops the \a count oldest records. */
    void dropFront(qint64 count);
    /*! Drops the oldest records beyond the capacity; returns how many. */
    qint64 trim();
    /*! Counts records that were never stored because they would have been dropped at once. */
    void countDropped(qint64 entries, qint64 lines);
    /*! Forgets every record and every count (ids keep growing). */
    void clear();

    /*! Records dropped by the capacity so far, and their lines. */
    qint64 droppedEntries() const { return m_droppedEntries; }
    qint64 droppedLines() const { return m_droppedLines; }
    /*! Lines (entry lines, stack traces included) of the stored records, markers excluded. */
    qint64 lineCount() const { return m_lines; }
    /*! Stored entries per level (index: int(LogLevel)), markers excluded. */
    qint64 levelCount(Cassandra::LogLevel level) const { return m_levelCounts[size_t(level)]; }
    /*! The earliest time among the stored records, or LogRecord::NoTime. */
    qint64 firstTime() const;

    /*! Index of \a name (a pod, or "pod/container"), added when new. */
    quint16 source(const QString &name);
    QString sourceName(quint16 index) const { return index < m_sources.size() ? m_sources.at(index) : QString(); }
    QStringList sources() const { return m_sources; }

    Snapshot snapshot() const;

private:
    void account(const LogRecord &r, int sign);

    qint64 m_capacity;
    qint64 m_base = 0; //!< id of m_chunks.front()->records[0]
    qint64 m_first = 0;
    qint64 m_end = 0;
    std::deque<std::shared_ptr<Chunk>> m_chunks;
    qint64 m_droppedEntries = 0;
    qint64 m_droppedLines = 0;
    qint64 m_lines = 0;
    qint64 m_markers = 0;
    std::array<qint64, 7> m_levelCounts{};
    QStringList m_sources;
};

} // namespace Ringside::Logs
