#include "logfixtures.h"

#include <QTimeZone>

namespace Ringside::Test {

QByteArray systemLogLine(const char *level, const char *thread, const QDateTime &time, const char *file, int line,
                         const QByteArray &message)
{
    QByteArray out = level;
    out.append(QByteArray(std::max<qsizetype>(1, 6 - out.size()), ' '));
    out += '[' + QByteArray(thread) + "] ";
    out += time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")).toLatin1();
    out += ' ' + QByteArray(file) + ':' + QByteArray::number(line) + " - " + message;
    return out;
}

GeneratedLog generateSystemLog(qint64 lines, const QDateTime &start, int stepMs, const QByteArray &tag)
{
    GeneratedLog g;
    g.text.reserve(lines * 120);
    // Times are formatted by hand: QDateTime::toString a million times would dominate the test.
    const qint64 base = start.toMSecsSinceEpoch();
    const QDate day0 = start.toUTC().date();
    const qint64 dayStart = start.toUTC().date().startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
    char stamp[48];
    const QByteArray suffix = tag.isEmpty() ? QByteArray() : ' ' + tag;
    for (qint64 i = 0; g.lines < lines; ++i) {
        const qint64 t = base + i * stepMs;
        const qint64 inDay = t - dayStart;
        const QDate day = day0.addDays(inDay / 86400000);
        const qint64 ms = inDay % 86400000;
        std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02d %02d:%02d:%02d,%03d", day.year(), day.month(), day.day(),
                      int(ms / 3600000), int(ms / 60000 % 60), int(ms / 1000 % 60), int(ms % 1000));
        const int ks = int(i % 7);
        const QByteArray keyspace = "ks_" + QByteArray::number(ks);
        const bool about35 = ks == 3 || ks == 5;
        QByteArray line;
        if (i % 50 == 49) {
            line = "ERROR [CompactionExecutor:2] " + QByteArray(stamp) + " CassandraDaemon.java:581 - Exception in "
                   "thread Thread[CompactionExecutor:2,1,main] " + keyspace + ".t" + QByteArray::number(i % 3) + suffix
                   + "\njava.lang.RuntimeException: boom " + QByteArray::number(i)
                   + "\n\tat org.apache.cassandra.db.compaction.CompactionTask.runMayThrow(CompactionTask.java:123)"
                     "\n\tat org.apache.cassandra.utils.WrappedRunnable.run(WrappedRunnable.java:28)";
            ++g.errors;
            g.lines += 4;
            g.errorsKs3 += ks == 3 ? 1 : 0;
            g.ks35 += about35 ? 1 : 0;
        } else if (i % 10 == 7) {
            line = "WARN  [ScheduledTasks:1] " + QByteArray(stamp) + " FailureDetector.java:288 - Not marking nodes "
                   "down due to local pause of 5" + QByteArray::number(i % 10) + "00000000 ns > 5000000000" + suffix;
            ++g.warnings;
            g.lines += 1;
        } else if (i % 10 == 0) {
            line = "DEBUG [CompactionExecutor:1] " + QByteArray(stamp) + " CompactionTask.java:155 - Compacting (" +
                   QByteArray::number(i, 16) + ") [/var/lib/cassandra/data/" + keyspace + "/t" +
                   QByteArray::number(i % 3) + "/nb-" + QByteArray::number(i) + "-big-Data.db:level=0, ]" + suffix;
            ++g.debugs;
            g.lines += 1;
            g.ks35 += about35 ? 1 : 0;
        } else if (i % 100 == 33) {
            line = "TRACE [ReadStage-1] " + QByteArray(stamp) + " ReadCallback.java:99 - Read " + keyspace +
                   ".t1 responses=2" + suffix;
            ++g.traces;
            g.lines += 1;
            g.ks35 += about35 ? 1 : 0;
        } else {
            line = "INFO  [MemtableFlushWriter:2] " + QByteArray(stamp) + " Memtable.java:456 - Writing Memtable-t" +
                   QByteArray::number(i % 3) + '@' + QByteArray::number(i) + " (" + keyspace + ")" + suffix;
            ++g.infos;
            ++g.writingMemtable;
            g.lines += 1;
            g.ks35 += about35 ? 1 : 0;
        }
        g.text += line;
        g.text += '\n';
        ++g.entries;
        if (i * stepMs < 30 * 60 * 1000) {
            ++g.inFirstHalfHour;
        }
    }
    return g;
}

} // namespace Ringside::Test
