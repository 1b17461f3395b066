#include "cassandra/logmerge.h"

#include "coretr.h"

#include <queue>
#include <tuple>

namespace Ringside::Cassandra {

namespace {

constexpr qint64 beginningOfTime = std::numeric_limits<qint64>::min();

int levelRank(LogLevel level)
{
    return level == LogLevel::Unknown ? int(LogLevel::Info) : int(level);
}

qint64 timeOf(const LogEntry &e, qint64 carried)
{
    const QDateTime t = e.effectiveTime();
    return t.isValid() ? t.toMSecsSinceEpoch() : carried;
}

} // namespace

ParseResult<LogFilter> LogFilter::create(const QString &minimumLevel, const QString &regex, bool caseInsensitive)
{
    LogFilter f;
    if (!minimumLevel.isEmpty()) {
        const std::optional<LogLevel> level = logLevelFromName(minimumLevel);
        if (!level) {
            ParseError e;
            e.message
                = CoreTr::tr("unknown log level \"%1\" (use TRACE, DEBUG, INFO, WARN or ERROR)").arg(minimumLevel);
            return e;
        }
        f.minimumLevel = *level;
    }
    if (!regex.isEmpty()) {
        f.pattern = QRegularExpression(regex, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                              : QRegularExpression::NoPatternOption);
        if (!f.pattern.isValid()) {
            ParseError e;
            e.message = CoreTr::tr("invalid regular expression \"%1\" at offset %2: %3")
                            .arg(regex)
                            .arg(f.pattern.patternErrorOffset())
                            .arg(f.pattern.errorString());
            return e;
        }
        f.pattern.optimize();
    }
    return f;
}

bool LogFilter::matches(const LogEntry &entry) const
{
    if (levelRank(entry.level) < levelRank(minimumLevel)) {
        return false;
    }
    if (!pods.isEmpty() && !pods.contains(entry.pod)) {
        return false;
    }
    if (from.isValid() || to.isValid()) {
        const QDateTime t = entry.effectiveTime();
        if (!t.isValid() || (from.isValid() && t < from) || (to.isValid() && t >= to)) {
            return false;
        }
    }
    if (!pattern.pattern().isEmpty()) {
        const bool hit = pattern.matchView(entry.text).hasMatch();
        if (hit == invertPattern) {
            return false;
        }
    }
    return true;
}

QList<LogEntry> filterEntries(const QList<LogEntry> &entries, const LogFilter &filter)
{
    QList<LogEntry> out;
    for (const LogEntry &e : entries) {
        if (filter.matches(e)) {
            out.append(e);
        }
    }
    return out;
}

QList<LogEntry> mergeByTime(const QList<QList<LogEntry>> &streams)
{
    QList<QList<qint64>> times(streams.size());
    qsizetype total = 0;
    for (qsizetype s = 0; s < streams.size(); ++s) {
        qint64 carried = beginningOfTime;
        times[s].reserve(streams[s].size());
        for (const LogEntry &e : streams[s]) {
            carried = timeOf(e, carried);
            times[s].append(carried);
        }
        total += streams[s].size();
    }
    // (time, stream, index): the smallest first; ties by stream, then position.
    using Head = std::tuple<qint64, qsizetype, qsizetype>;
    std::priority_queue<Head, std::vector<Head>, std::greater<Head>> heads;
    for (qsizetype s = 0; s < streams.size(); ++s) {
        if (!streams[s].isEmpty()) {
            heads.emplace(times[s][0], s, 0);
        }
    }
    QList<LogEntry> out;
    out.reserve(total);
    while (!heads.empty()) {
        const auto [time, s, i] = heads.top();
        heads.pop();
        out.append(streams[s][i]);
        if (i + 1 < streams[s].size()) {
            heads.emplace(times[s][i + 1], s, i + 1);
        }
    }
    return out;
}

int LogMerger::addStream()
{
    m_streams.append(Stream());
    return int(m_streams.size() - 1);
}

void LogMerger::append(int stream, const QList<LogEntry> &entries)
{
    if (stream < 0 || stream >= m_streams.size()) {
        return;
    }
    Stream &s = m_streams[stream];
    for (const LogEntry &e : entries) {
        s.lastTime = timeOf(e, s.lastTime);
        s.buffer.append(e);
        s.times.append(s.lastTime);
        s.seen = true;
    }
}

void LogMerger::close(int stream)
{
    if (stream >= 0 && stream < m_streams.size()) {
        m_streams[stream].closed = true;
    }
}

QList<LogEntry> LogMerger::takeReady(const QDateTime &watermark)
{
    // Release strictly before the slowest open stream's last time (an equal time from it could still come and
    // would rank first on a tie), or up to the watermark. An open stream that has delivered nothing yet holds
    // everything back: it may still start with the earliest entry.
    qint64 limit = std::numeric_limits<qint64>::max();
    for (const Stream &s : m_streams) {
        if (!s.closed) {
            limit = std::min(limit, (!s.seen || s.lastTime == beginningOfTime) ? beginningOfTime : s.lastTime - 1);
        }
    }
    if (watermark.isValid()) {
        limit = std::max(limit, watermark.toMSecsSinceEpoch());
    }
    return take(limit);
}

QList<LogEntry> LogMerger::takeAll()
{
    return take(std::numeric_limits<qint64>::max());
}

qsizetype LogMerger::pendingCount() const
{
    qsizetype n = 0;
    for (const Stream &s : m_streams) {
        n += s.buffer.size() - s.head;
    }
    return n;
}

QList<LogEntry> LogMerger::take(qint64 limit)
{
    QList<LogEntry> out;
    while (true) {
        qsizetype best = -1;
        for (qsizetype s = 0; s < m_streams.size(); ++s) {
            const Stream &st = m_streams[s];
            if (st.head < st.buffer.size() && st.times[st.head] <= limit
                && (best < 0 || st.times[st.head] < m_streams[best].times[m_streams[best].head])) {
                best = s;
            }
        }
        if (best < 0) {
            break;
        }
        Stream &st = m_streams[best];
        out.append(std::move(st.buffer[st.head]));
        ++st.head;
    }
    for (Stream &st : m_streams) {
        if (st.head > 0 && st.head == st.buffer.size()) {
            st.buffer.clear();
            st.times.clear();
            st.head = 0;
        } else if (st.head > 1024) {
            st.buffer.remove(0, st.head);
            st.times.remove(0, st.head);
            st.head = 0;
        }
    }
    return out;
}

} // namespace Ringside::Cassandra
