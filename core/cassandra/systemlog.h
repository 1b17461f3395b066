#pragma once

// Cassandra's system.log (logback pattern `%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`), as the
// server-system-logger container prints it, and the `cassandra` container's stdout (management API and server, same
// pattern, plus plain lines). Parsed incrementally: feed chunks as they arrive; lines may be split anywhere.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

namespace Ringside::Cassandra {

/*! A log level. Unknown is for lines that do not follow the pattern (e.g. "Starting Management API"); filters treat
    it like Info. \since 0.1 */
enum class LogLevel : quint8 { Trace, Debug, Info, Warn, Error, Fatal, Unknown };

/*! "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "-" \since 0.1 */
QString logLevelName(LogLevel level);
/*! The level named \a name (case-insensitive; "WARNING" is Warn), or nullopt. \since 0.1 */
std::optional<LogLevel> logLevelFromName(QStringView name);

/*! One log entry: its first line and every continuation line (stack trace, "Caused by:", "... 12 more"). The
    whole text is kept once, as logged; message() and details() are views into it. \since 0.1 */
struct LogEntry
{
    LogLevel level = LogLevel::Unknown;
    QDateTime timestamp; //!< UTC; invalid for a plain line without a stream time
    QString thread;
    QString file;          //!< "StorageService.java", empty when the pattern has none
    int line = -1;         //!< source line, -1 when unknown ("?")
    QString text;          //!< the entry as logged, lines joined with '\n' (no line end at the end)
    int messageOffset = 0; //!< where the message starts in the first line of text
    int lineCount = 1;
    QDateTime streamTime; //!< the Kubernetes timestamp of the first line (logs fetched with timestamps)
    QString pod;
    QString container;
    qint64 sequence = 0; //!< position in its stream, from 0

    /*! The message on the first line (after " - "). \since 0.1 */
    QStringView message() const;
    /*! The continuation lines (empty for a one-line entry). \since 0.1 */
    QStringView details() const;
    /*! True when the first line followed the logback pattern. \since 0.1 */
    bool isStructured() const { return level != LogLevel::Unknown; }
    /*! The time used to order entries: timestamp, else streamTime. \since 0.1 */
    QDateTime effectiveTime() const { return timestamp.isValid() ? timestamp : streamTime; }
    QJsonObject toJson() const;
};

/*! How to read a log stream. \since 0.1 */
struct SystemLogOptions
{
    QTimeZone zone = QTimeZone::UTC;   //!< the zone of the log's wall-clock times (the pod's; UTC by default)
    bool kubernetesTimestamps = false; //!< lines start with an RFC 3339 time (kubectl logs --timestamps)
    QString pod;                       //!< copied into every entry
    QString container;                 //!< copied into every entry
};

/*! An incremental system.log parser. Not thread-safe; one per stream. \since 0.1 */
class SystemLogParser
{
public:
    using Options = SystemLogOptions;

    SystemLogParser();
    explicit SystemLogParser(Options options);

    /*! Takes the next bytes of the stream and returns the entries that are now complete. An entry is complete when
        the next entry's first line has arrived, so the last one waits for more data or flush(). \since 0.1 */
    QList<LogEntry> feed(QByteArrayView chunk);
    /*! Ends the stream: returns the pending entry, including a last line that had no line end. \since 0.1 */
    QList<LogEntry> flush();
    /*! Forgets everything (e.g. when a followed container restarts and its log starts again). \since 0.1 */
    void reset();
    /*! Lines read so far. \since 0.1 */
    qint64 linesRead() const { return m_lines; }
    const Options &options() const { return m_options; }

    /*! Parses a whole text (feed + flush). \since 0.1 */
    static QList<LogEntry> parseAll(QByteArrayView text, const Options &options = Options());

private:
    void processLine(QByteArrayView line, QList<LogEntry> &out);
    void processJsonLine(QByteArrayView line, QList<LogEntry> &out);
    bool parseHeader(QByteArrayView line, LogEntry &entry);
    void emitPending(QList<LogEntry> &out);
    QString intern(QHash<QByteArray, QString> &pool, QByteArrayView bytes);
    QDateTime toUtc(qint64 localMsecs);

    Options m_options;
    QByteArray m_partial;
    LogEntry m_pending;
    bool m_hasPending = false;
    qint64 m_lines = 0;
    qint64 m_sequence = 0;
    QHash<QByteArray, QString> m_threads;
    QHash<QByteArray, QString> m_files;
    qint64 m_offsetHour = std::numeric_limits<qint64>::min();
    qint64 m_offsetMsecs = 0;
    QDateTime m_currentStreamTime;
};

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::LogEntry)
