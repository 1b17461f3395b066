#include "cassandra/systemlog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace Ringside::Cassandra {

namespace {

constexpr qint64 msPerDay = 86400000;

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool digits(const char *p, int count, int &value)
{
    value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
        value = value * 10 + (p[i] - '0');
    }
    return true;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// "2024-03-12 10:15:32,123" (also 'T' and '.'); the wall-clock time as milliseconds since the epoch, read as if
// it were UTC. Returns the number of bytes read, 0 when the text is not such a date.
int parseWallClock(const char *p, qsizetype n, qint64 &msecs)
{
    if (n < 19) {
        return 0;
    }
    int y, mo, d, h, mi, s, ms = 0;
    if (!digits(p, 4, y) || p[4] != '-' || !digits(p + 5, 2, mo) || p[7] != '-' || !digits(p + 8, 2, d)
        || (p[10] != ' ' && p[10] != 'T') || !digits(p + 11, 2, h) || p[13] != ':' || !digits(p + 14, 2, mi)
        || p[16] != ':' || !digits(p + 17, 2, s)) {
        return 0;
    }
    int used = 19;
    if (n >= 23 && (p[19] == ',' || p[19] == '.') && digits(p + 20, 3, ms)) {
        used = 23;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) {
        return 0;
    }
    msecs = daysFromCivil(y, mo, d) * msPerDay + ((h * 60 + mi) * 60 + s) * 1000LL + ms;
    return used;
}

// RFC 3339 as the kubelet writes it: "2024-03-12T10:15:32.123456789Z" or with an offset. Returns bytes read.
int parseRfc3339(const char *p, qsizetype n, QDateTime &out)
{
    qint64 msecs = 0;
    if (n < 20 || p[10] != 'T' || parseWallClock(p, 19, msecs) != 19) {
        return 0;
    }
    qsizetype i = 19;
    if (i < n && p[i] == '.') {
        ++i;
        int scale = 100;
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            msecs += (p[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    if (i < n && p[i] == 'Z') {
        ++i;
    } else if (i + 6 <= n && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
        int oh, om;
        if (!digits(p + i + 1, 2, oh) || !digits(p + i + 4, 2, om)) {
            return 0;
        }
        const qint64 offset = (oh * 60 + om) * 60000LL;
        msecs += p[i] == '+' ? -offset : offset;
        i += 6;
    } else {
        return 0;
    }
    out = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
    return int(i);
}

std::optional<LogLevel> levelFromBytes(QByteArrayView b)
{
    switch (b.size()) {
    case 4:
        if (b == "INFO") {
            return LogLevel::Info;
        }
        if (b == "WARN") {
            return LogLevel::Warn;
        }
        break;
    case 5:
        if (b == "ERROR") {
            return LogLevel::Error;
        }
        if (b == "DEBUG") {
            return LogLevel::Debug;
        }
        if (b == "TRACE") {
            return LogLevel::Trace;
        }
        if (b == "FATAL") {
            return LogLevel::Fatal;
        }
        break;
    default: break;
    }
    return std::nullopt;
}

bool looksLikeContinuation(QByteArrayView l)
{
    return l.startsWith('\t') || l.startsWith(' ') || l.startsWith("Caused by:") || l.startsWith("Suppressed:")
           || (l.startsWith("...") && l.endsWith("more"));
}

bool isAscii(QByteArrayView b)
{
    for (const char c : b) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace: return QStringLiteral("TRACE");
    case LogLevel::Debug: return QStringLiteral("DEBUG");
    case LogLevel::Info: return QStringLiteral("INFO");
    case LogLevel::Warn: return QStringLiteral("WARN");
    case LogLevel::Error: return QStringLiteral("ERROR");
    case LogLevel::Fatal: return QStringLiteral("FATAL");
    case LogLevel::Unknown: break;
    }
    return QStringLiteral("-");
}

std::optional<LogLevel> logLevelFromName(QStringView name)
{
    const QString upper = name.trimmed().toString().toUpper();
    if (upper == u"WARNING") {
        return LogLevel::Warn;
    }
    return levelFromBytes(upper.toLatin1());
}

QStringView LogEntry::message() const
{
    const qsizetype nl = text.indexOf(u'\n');
    const qsizetype end = nl < 0 ? text.size() : nl;
    const qsizetype start = std::min<qsizetype>(messageOffset, end);
    return QStringView(text).sliced(start, end - start);
}

QStringView LogEntry::details() const
{
    const qsizetype nl = text.indexOf(u'\n');
    return nl < 0 ? QStringView() : QStringView(text).sliced(nl + 1);
}

QJsonObject LogEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("level"), logLevelName(level));
    o.insert(QStringLiteral("timestamp"), timestamp.isValid() ? timestamp.toString(Qt::ISODateWithMs) : QString());
    o.insert(QStringLiteral("thread"), thread);
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("message"), message().toString());
    o.insert(QStringLiteral("details"), details().toString());
    o.insert(QStringLiteral("lineCount"), lineCount);
    if (streamTime.isValid()) {
        o.insert(QStringLiteral("streamTime"), streamTime.toString(Qt::ISODateWithMs));
    }
    o.insert(QStringLiteral("pod"), pod);
    o.insert(QStringLiteral("container"), container);
    o.insert(QStringLiteral("sequence"), sequence);
    return o;
}

SystemLogParser::SystemLogParser()
    : SystemLogParser(Options())
{}

SystemLogParser::SystemLogParser(Options options)
    : m_options(std::move(options))
{}

void SystemLogParser::reset()
{
    m_partial.clear();
    m_pending = LogEntry();
    m_hasPending = false;
    m_lines = 0;
    m_sequence = 0;
    m_currentStreamTime = QDateTime();
}

QList<LogEntry> SystemLogParser::parseAll(QByteArrayView text, const Options &options)
{
    SystemLogParser parser(options);
    QList<LogEntry> entries = parser.feed(text);
    entries += parser.flush();
    return entries;
}

QList<LogEntry> SystemLogParser::feed(QByteArrayView chunk)
{
    QList<LogEntry> out;
    const char *data = chunk.data();
    const qsizetype n = chunk.size();
    qsizetype start = 0;
    if (!m_partial.isEmpty()) {
        const void *nl = n > 0 ? std::memchr(data, '\n', size_t(n)) : nullptr;
        if (!nl) {
            m_partial.append(chunk);
            return out;
        }
        const qsizetype end = static_cast<const char *>(nl) - data;
        m_partial.append(data, end);
        processLine(m_partial, out);
        m_partial.clear();
        start = end + 1;
    }
    while (start < n) {
        const void *nl = std::memchr(data + start, '\n', size_t(n - start));
        if (!nl) {
            m_partial.append(data + start, n - start);
            break;
        }
        const qsizetype end = static_cast<const char *>(nl) - data;
        processLine(QByteArrayView(data + start, end - start), out);
        start = end + 1;
    }
    return out;
}

QList<LogEntry> SystemLogParser::flush()
{
    QList<LogEntry> out;
    if (!m_partial.isEmpty()) {
        const QByteArray last = std::exchange(m_partial, QByteArray());
        processLine(last, out);
    }
    emitPending(out);
    return out;
}

void SystemLogParser::emitPending(QList<LogEntry> &out)
{
    if (!m_hasPending) {
        return;
    }
    m_pending.pod = m_options.pod;
    m_pending.container = m_options.container;
    m_pending.sequence = m_sequence++;
    out.append(std::move(m_pending));
    m_pending = LogEntry();
    m_hasPending = false;
}

QString SystemLogParser::intern(QHash<QByteArray, QString> &pool, QByteArrayView bytes)
{
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    const auto it = pool.constFind(key);
    if (it != pool.cend()) {
        return it.value();
    }
    if (pool.size() > 4096) {
        pool.clear(); // a pathological log with ever new thread names must not grow without bound
    }
    const QString value = QString::fromUtf8(bytes);
    pool.insert(bytes.toByteArray(), value);
    return value;
}

QDateTime SystemLogParser::toUtc(qint64 localMsecs)
{
    if (m_options.zone == QTimeZone::UTC || !m_options.zone.isValid()) {
        return QDateTime::fromMSecsSinceEpoch(localMsecs, QTimeZone::UTC);
    }
    // Zone offsets change on hour boundaries in practice; compute once per local hour.
    const qint64 hour = localMsecs / 3600000;
    if (hour != m_offsetHour) {
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(hour * 3600000, QTimeZone::UTC);
        const QDateTime local(wall.date(), wall.time(), m_options.zone);
        m_offsetMsecs = local.isValid() ? qint64(local.offsetFromUtc()) * 1000 : 0;
        m_offsetHour = hour;
    }
    return QDateTime::fromMSecsSinceEpoch(localMsecs - m_offsetMsecs, QTimeZone::UTC);
}

bool SystemLogParser::parseHeader(QByteArrayView line, LogEntry &e)
{
    const char *p = line.data();
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && i < 6 && p[i] >= 'A' && p[i] <= 'Z') {
        ++i;
    }
    const std::optional<LogLevel> level = levelFromBytes(QByteArrayView(p, i));
    if (!level) {
        return false;
    }
    qsizetype j = i;
    while (j < n && p[j] == ' ') {
        ++j;
    }
    if (j == i || j >= n || p[j] != '[') {
        return false;
    }
    const qsizetype threadStart = j + 1;
    // The thread name may contain ']' or spaces ("RMI TCP Connection(2)-10.0.0.1"): the right ']' is the one
    // followed by the date.
    qsizetype close = threadStart;
    qint64 wallMsecs = 0;
    qsizetype afterDate = -1;
    while (close < n) {
        const void *found = std::memchr(p + close, ']', size_t(n - close));
        if (!found) {
            return false;
        }
        close = static_cast<const char *>(found) - p;
        qsizetype d = close + 1;
        while (d < n && p[d] == ' ') {
            ++d;
        }
        if (d > close + 1) {
            if (const int used = parseWallClock(p + d, n - d, wallMsecs); used > 0) {
                afterDate = d + used;
                break;
            }
        }
        ++close;
    }
    if (afterDate < 0) {
        return false;
    }
    qsizetype s = afterDate;
    while (s < n && p[s] == ' ') {
        ++s;
    }
    // "File.java:123 - message" (DSE adds an MDC field before it: "  Service File.java:123 - ").
    qsizetype messageStart = s;
    QByteArrayView rest(p + s, n - s);
    const qsizetype dash = rest.indexOf(" - ");
    if (dash >= 0) {
        QByteArrayView location = rest.first(dash).trimmed();
        const qsizetype space = location.lastIndexOf(' ');
        if (space >= 0) {
            location = location.sliced(space + 1);
        }
        const qsizetype colon = location.lastIndexOf(':');
        const QByteArrayView lineText = colon > 0 ? location.sliced(colon + 1) : QByteArrayView();
        int sourceLine = -1;
        const bool numeric
            = !lineText.isEmpty() && lineText.size() <= 9 && digits(lineText.data(), int(lineText.size()), sourceLine);
        if (colon > 0 && (numeric || lineText == "?")) {
            e.file = location.first(colon) == "?" ? QString() : intern(m_files, location.first(colon));
            e.line = numeric ? sourceLine : -1;
            messageStart = s + dash + 3;
        }
    }
    e.level = *level;
    e.thread = intern(m_threads, QByteArrayView(p + threadStart, close - threadStart));
    e.timestamp = toUtc(wallMsecs);
    e.text = QString::fromUtf8(line);
    const QByteArrayView prefix(p, messageStart);
    e.messageOffset = int(isAscii(prefix) ? messageStart : QString::fromUtf8(prefix).size());
    return true;
}

void SystemLogParser::processLine(QByteArrayView line, QList<LogEntry> &out)
{
    ++m_lines;
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (m_options.kubernetesTimestamps) {
        QDateTime t;
        const int used = parseRfc3339(line.data(), line.size(), t);
        if (used > 0) {
            m_currentStreamTime = t;
            line = line.sliced(std::min<qsizetype>(used + 1, line.size()));
        }
    }
    if (line.startsWith('{') && line.endsWith('}')) {
        processJsonLine(line, out);
        return;
    }
    LogEntry header;
    if (parseHeader(line, header)) {
        emitPending(out);
        m_pending = std::move(header);
        m_pending.streamTime = m_currentStreamTime;
        m_hasPending = true;
        return;
    }
    if (m_hasPending && (m_pending.isStructured() || looksLikeContinuation(line))) {
        m_pending.text += u'\n';
        m_pending.text += QUtf8StringView(line);
        ++m_pending.lineCount;
        return;
    }
    emitPending(out);
    m_pending.text = QString::fromUtf8(line);
    m_pending.streamTime = m_currentStreamTime;
    m_hasPending = true;
}

void SystemLogParser::processJsonLine(QByteArrayView line, QList<LogEntry> &out)
{
    // Vector can be configured to print events as JSON: either the raw event ({"message": "INFO  [main] ..."}) or
    // the output of k8ssandra's parse_cassandra_log transform ({"loglevel", "thread", "timestamp", "class", ...}).
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || !o.value(QLatin1String("message")).isString()) {
        emitPending(out);
        m_pending.text = QString::fromUtf8(line);
        m_pending.streamTime = m_currentStreamTime;
        m_hasPending = true;
        return;
    }
    emitPending(out);
    const QString message = o.value(QLatin1String("message")).toString();
    if (const auto level = logLevelFromName(o.value(QLatin1String("loglevel")).toString())) {
        LogEntry e;
        e.level = *level;
        e.thread = o.value(QLatin1String("thread")).toString();
        e.file = o.value(QLatin1String("class")).toString();
        e.line = o.value(QLatin1String("line")).toVariant().toInt();
        const QByteArray ts = o.value(QLatin1String("timestamp")).toString().toLatin1();
        qint64 wall = 0;
        if (parseWallClock(ts.constData(), ts.size(), wall) > 0) {
            e.timestamp = toUtc(wall);
        }
        e.text = message.endsWith(u'\n') ? message.chopped(1) : message;
        e.lineCount = int(e.text.count(u'\n')) + 1;
        e.streamTime = m_currentStreamTime;
        m_pending = std::move(e);
        m_hasPending = true;
        emitPending(out);
        return;
    }
    // A raw event: its message is one whole multi-line entry.
    const QByteArray bytes = message.toUtf8();
    const bool savedTimestamps = std::exchange(m_options.kubernetesTimestamps, false);
    const QList<QByteArray> parts = bytes.split('\n');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty() && !(part.startsWith('{') && part.endsWith('}'))) {
            processLine(part, out);
            --m_lines;
        }
    }
    m_options.kubernetesTimestamps = savedTimestamps;
    emitPending(out);
}

} // namespace Ringside::Cassandra
