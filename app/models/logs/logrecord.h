#pragma once

// The compact form in which the log viewer keeps an entry: about 100 bytes plus the UTF-8 text, so that a million
// entries fit in a few hundred megabytes. Built from the core's Cassandra::LogEntry (the parser is reused as is).

#include "cassandra/systemlog.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <limits>

namespace Ringside::Logs {

/*! One container's log to read: `server-system-logger` of a Cassandra pod, say. \since 0.1 */
struct LogSource
{
    QString nameSpace;
    QString pod;
    QString container; //!< empty: the pod's only container
    bool operator==(const LogSource &) const = default;
};

/*! What a record is. \since 0.1 */
enum class RecordKind : quint8 {
    Entry,  //!< a log entry (one line, or a line with its continuation lines)
    Marker, //!< something the viewer says in the stream: a re-attachment after a restart, a stream that ended
};

/*! One entry of the log viewer's buffer. Immutable once stored; safe to read from any thread. \since 0.1 */
struct LogRecord
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    QByteArray text;  //!< UTF-8, as logged, lines joined with '\n'
    QString thread;   //!< shared with the parser's pool, no copy per entry
    QString file;     //!< "StorageService.java", empty when unknown
    qint64 time = NoTime; //!< milliseconds since the epoch (UTC): the logged time, else the stream time
    qint32 line = -1;     //!< source line, -1 when unknown
    qint32 lineCount = 1;
    qint32 messageOffset = 0; //!< bytes into text where the message of the first line starts
    quint16 source = 0;       //!< index of the pod/container in the store's sources
    Cassandra::LogLevel level = Cassandra::LogLevel::Unknown;
    RecordKind kind = RecordKind::Entry;

    bool hasTime() const { return time != NoTime; }
    bool isMarker() const { return kind == RecordKind::Marker; }
    /*! The first line (UTF-8). */
    QByteArrayView firstLine() const;
    /*! Line \a index (0-based) of the text (UTF-8); empty past the end. */
    QByteArrayView lineAt(int index) const;
    /*! The message of the first line (after " - "). */
    QByteArrayView message() const;
};

/*! Converts a parsed entry; \a source is the store's index of its pod. \since 0.1 */
LogRecord toRecord(const Cassandra::LogEntry &entry, quint16 source);
/*! A marker record at \a msecs (UTC) with \a text. \since 0.1 */
LogRecord markerRecord(const QString &text, qint64 msecs, quint16 source);

/*! The level a record counts as for filters: Unknown (plain lines, markers) counts as Info. \since 0.1 */
inline Cassandra::LogLevel filterLevel(Cassandra::LogLevel level)
{
    return level == Cassandra::LogLevel::Unknown ? Cassandra::LogLevel::Info : level;
}

/*! The number of UTF-16 code units of UTF-8 text (exact for valid UTF-8; cheap for ASCII). \since 0.1 */
qsizetype utf16Length(QByteArrayView utf8);

} // namespace Ringside::Logs

Q_DECLARE_METATYPE(Ringside::Logs::LogSource)
Q_DECLARE_TYPEINFO(Ringside::Logs::LogSource, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Ringside::Logs::LogRecord, Q_RELOCATABLE_TYPE);
