#pragma once

// Filtering and merging of parsed log entries (pure functions and a small streaming merger; no models).

#include "cassandra/nodetoolcommon.h"
#include "cassandra/systemlog.h"

#include <QRegularExpression>
#include <QSet>

namespace Ringside::Cassandra {

/*! Which entries to show. A default-constructed filter passes everything. \since 0.1 */
struct LogFilter
{
    LogLevel minimumLevel = LogLevel::Trace; //!< entries below are dropped; Unknown counts as Info
    QRegularExpression pattern; //!< matched against the whole entry text (stack traces included); empty = all
    bool invertPattern = false; //!< keep the entries that do not match (grep -v)
    QDateTime from;             //!< inclusive; invalid = no lower bound
    QDateTime to;               //!< exclusive; invalid = no upper bound
    QSet<QString> pods;         //!< empty = every pod

    /*! A filter for "--level WARN --grep RE": fails with a translated message for an unknown level or an invalid
        regular expression (with its offset). Case-insensitive when \a caseInsensitive. \since 0.1 */
    static ParseResult<LogFilter> create(const QString &minimumLevel, const QString &regex,
                                         bool caseInsensitive = false);
    /*! True when \a entry passes. Entries without a time pass a time range only when it is open on that side.
        \since 0.1 */
    bool matches(const LogEntry &entry) const;
};

/*! The entries of \a entries that pass \a filter, in order. \since 0.1 */
QList<LogEntry> filterEntries(const QList<LogEntry> &entries, const LogFilter &filter);

/*! Merges several streams (one per pod), each in its own order, into one ordered by time. Ties keep the stream
    order (stable: the earlier stream first, then sequence). An entry without a time takes the time of the entry
    before it in its stream (the start of time at the beginning), so it stays next to its neighbours. \since 0.1 */
QList<LogEntry> mergeByTime(const QList<QList<LogEntry>> &streams);

/*! A streaming k-way merge for following many pods: append entries per stream as they arrive and take the ones
    that can no longer be preceded by a later arrival. \since 0.1 */
class LogMerger
{
public:
    /*! Adds a stream and returns its index (its rank for ties). \since 0.1 */
    int addStream();
    /*! Appends entries of \a stream (in stream order). \since 0.1 */
    void append(int stream, const QList<LogEntry> &entries);
    /*! Marks \a stream as ended: it no longer holds the others back. \since 0.1 */
    void close(int stream);
    /*! The entries that are safe to show: no open stream can still deliver an earlier one (an open stream that has
        delivered nothing yet holds everything back). Entries at or before \a watermark are released in any case:
        pass "now minus a few seconds" so that a quiet or empty pod does not stall the others. \since 0.1 */
    QList<LogEntry> takeReady(const QDateTime &watermark = QDateTime());
    /*! Everything that is buffered, merged. \since 0.1 */
    QList<LogEntry> takeAll();
    /*! Entries buffered and not yet taken. \since 0.1 */
    qsizetype pendingCount() const;

private:
    struct Stream
    {
        QList<LogEntry> buffer;
        QList<qint64> times; //!< effective time of each buffered entry (carried forward when missing)
        qsizetype head = 0;
        qint64 lastTime = std::numeric_limits<qint64>::min(); //!< time of the last appended entry
        bool seen = false;
        bool closed = false;
    };
    QList<LogEntry> take(qint64 limit);

    QList<Stream> m_streams;
};

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::LogFilter)
