#pragma once

// What the log view shows of the buffer, and the pure function that lays it out as display rows (run on a worker
// thread for a full refresh, on the GUI thread for a small appended batch).

#include "models/logs/logstore.h"

#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <deque>
#include <optional>
#include <vector>

namespace Ringside::Logs {

/*! Which entries to show and what to search for. The default shows everything. It mirrors
    Cassandra::LogFilter (same semantics for the time range and the whole-entry regex), with a set of levels
    instead of a minimum, and a search that can highlight without filtering. \since 0.1 */
struct LogQuery
{
    static constexpr quint8 AllLevels = 0x1f;
    /*! The bit of \a level in levels: TRACE 1, DEBUG 2, INFO 4 (and plain lines), WARN 8, ERROR 16 (and FATAL). */
    static quint8 levelBit(Cassandra::LogLevel level);

    quint8 levels = AllLevels;
    QSet<quint16> hiddenSources; //!< store source indexes not to show
    QRegularExpression search;   //!< matched against the whole entry text; empty pattern: no search
    bool onlyMatching = false;   //!< show only entries that match the search (grep); else highlight only
    bool invert = false;         //!< with onlyMatching: show the entries that do not match (grep -v)
    qint64 from = LogRecord::NoTime; //!< inclusive
    qint64 to = LogRecord::NoTime;   //!< exclusive

    bool hasSearch() const { return !search.pattern().isEmpty(); }
    /*! Compiles \a pattern (optimised); nullopt with a translated message naming the offset when invalid. */
    static std::optional<QRegularExpression> compile(const QString &pattern, bool caseSensitive, QString *error);
};

/*! How entries become rows: folding of multi-line entries and wrapping of long lines. \since 0.1 */
struct LayoutOptions
{
    int wrapColumns = 0;    //!< wrap lines longer than this many characters; 0: no wrap
    bool expandAll = false; //!< multi-line entries unfolded by default
    QSet<qint64> toggled;   //!< entries whose folding differs from the default
    bool isExpanded(qint64 id) const { return expandAll != toggled.contains(id); }
};

/*! One display row: a segment of a line of an entry. \since 0.1 */
struct LogRow
{
    qint64 id = 0;   //!< the record's id in the store
    qint32 line = 0; //!< line of the entry (0: the first line)
    qint32 segment = 0; //!< wrapped part of the line (0: the start)
    friend bool operator<(const LogRow &a, const LogRow &b)
    {
        return std::tie(a.id, a.line, a.segment) < std::tie(b.id, b.line, b.segment);
    }
};

/*! The rows of [from, to) that pass a query. \since 0.1 */
struct LayoutResult
{
    std::deque<LogRow> rows;
    std::vector<qint64> matches; //!< ids of the shown entries the search matches, ascending
    qint64 from = 0;
    qint64 to = 0;
    qint64 entries = 0;  //!< entries shown (markers included)
    qint32 maxColumns = 0; //!< the longest shown segment, in characters (message part of first lines)
    bool cancelled = false;
};

/*! Lays out the records [from, to) of \a snapshot. Stops early (cancelled set) when \a cancel becomes true.
    Thread-safe: reads only the snapshot. \since 0.1 */
LayoutResult layoutRecords(const LogStore::Snapshot &snapshot, qint64 from, qint64 to, const LogQuery &query,
                           const LayoutOptions &options, const std::atomic_bool *cancel = nullptr);

/*! Rows for one entry (used when an entry is folded or unfolded). \since 0.1 */
void appendEntryRows(const LogRecord &record, qint64 id, const LayoutOptions &options, std::deque<LogRow> &rows,
                     qint32 *maxColumns = nullptr);

/*! True when \a record matches \a re (whole text, UTF-8 decoded into \a buffer, which is reused). \since 0.1 */
bool recordMatches(const LogRecord &record, const QRegularExpression &re, QString &buffer);

} // namespace Ringside::Logs

Q_DECLARE_TYPEINFO(Ringside::Logs::LogRow, Q_PRIMITIVE_TYPE);
