#include "models/logs/logstore.h"

namespace Ringside::Logs {

LogStore::LogStore(qint64 capacity)
    : m_capacity(std::max<qint64>(1, capacity))
{}

void LogStore::setCapacity(qint64 capacity)
{
    m_capacity = std::max<qint64>(1, capacity);
}

const LogRecord &LogStore::at(qint64 id) const
{
    Q_ASSERT(contains(id));
    const qint64 offset = id - m_base;
    return m_chunks[size_t(offset / ChunkSize)]->records[size_t(offset % ChunkSize)];
}

void LogStore::account(const LogRecord &r, int sign)
{
    if (r.isMarker()) {
        m_markers += sign;
        return;
    }
    m_lines += sign * r.lineCount;
    m_levelCounts[size_t(r.level)] += sign;
}

void LogStore::append(LogRecord record)
{
    const qint64 offset = m_end - m_base;
    if (offset / ChunkSize >= qint64(m_chunks.size())) {
        m_chunks.push_back(std::make_shared<Chunk>());
    }
    account(record, 1);
    m_chunks[size_t(offset / ChunkSize)]->records[size_t(offset % ChunkSize)] = std::move(record);
    ++m_end;
}

void LogStore::dropFront(qint64 count)
{
    count = std::clamp<qint64>(count, 0, size());
    for (qint64 id = m_first; id < m_first + count; ++id) {
        const LogRecord &r = at(id);
        account(r, -1);
        if (!r.isMarker()) {
            ++m_droppedEntries;
            m_droppedLines += r.lineCount;
        }
    }
    m_first += count;
    // Free whole chunks below the first record; a snapshot that still holds one keeps it alive.
    while (!m_chunks.empty() && m_base + ChunkSize <= m_first) {
        m_chunks.pop_front();
        m_base += ChunkSize;
    }
}

qint64 LogStore::trim()
{
    const qint64 excess = std::max<qint64>(0, size() - m_capacity);
    dropFront(excess);
    return excess;
}

void LogStore::countDropped(qint64 entries, qint64 lines)
{
    m_droppedEntries += entries;
    m_droppedLines += lines;
}

void LogStore::clear()
{
    m_chunks.clear();
    m_first = m_end;
    m_base = m_end;
    m_droppedEntries = 0;
    m_droppedLines = 0;
    m_lines = 0;
    m_markers = 0;
    m_levelCounts = {};
}

qint64 LogStore::firstTime() const
{
    // Entries are stored in time order (merged), but plain lines may have no time: the first one that has.
    for (qint64 id = m_first; id < m_end && id < m_first + 10000; ++id) {
        if (at(id).hasTime()) {
            return at(id).time;
        }
    }
    return LogRecord::NoTime;
}

quint16 LogStore::source(const QString &name)
{
    const qsizetype i = m_sources.indexOf(name);
    if (i >= 0) {
        return quint16(i);
    }
    m_sources.append(name);
    return quint16(m_sources.size() - 1);
}

LogStore::Snapshot LogStore::snapshot() const
{
    Snapshot s;
    s.m_chunks.assign(m_chunks.begin(), m_chunks.end());
    s.m_base = m_base;
    s.m_first = m_first;
    s.m_end = m_end;
    return s;
}

} // namespace Ringside::Logs
