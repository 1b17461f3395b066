#pragma once

// Deterministic Cassandra system.log text for the log viewer tests, with the counts the generator knows by
// construction (independent of the code under test). No Q_OBJECT here.

#include <QByteArray>
#include <QDateTime>

namespace Ringside::Test {

struct GeneratedLog
{
    QByteArray text;
    qint64 entries = 0;
    qint64 lines = 0;
    qint64 errors = 0;      //!< each with a 3-line stack trace
    qint64 warnings = 0;
    qint64 infos = 0;
    qint64 debugs = 0;
    qint64 traces = 0;
    qint64 ks35 = 0;        //!< entries whose text contains "ks_3" or "ks_5" as a keyspace
    qint64 errorsKs3 = 0;   //!< ERROR entries about ks_3
    qint64 writingMemtable = 0; //!< INFO "Writing Memtable-…"
    qint64 inFirstHalfHour = 0; //!< entries logged in [start, start + 30 min)
};

/*! Entries until \a lines lines are written (a stack trace may end a little past it), one every \a stepMs from
    \a start (UTC wall clock, as logback writes it). \a tag goes into every message (to tell pods apart). */
GeneratedLog generateSystemLog(qint64 lines, const QDateTime &start, int stepMs, const QByteArray &tag = {});

/*! One system.log line: "LEVEL [thread] yyyy-MM-dd HH:mm:ss,zzz File.java:12 - message". */
QByteArray systemLogLine(const char *level, const char *thread, const QDateTime &time, const char *file, int line,
                         const QByteArray &message);

} // namespace Ringside::Test
