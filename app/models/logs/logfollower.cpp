#include "models/logs/logfollower.h"

#include "kube/kubeclient.h"
#include "kube/kubeerror.h"
#include "kube/logstream.h"
#include "models/logs/logmodel.h"
#include "models/logs/logslogging.h"
#include "models/logs/logstr.h"

#include <QTimeZone>

using Ringside::Cassandra::LogEntry;

namespace Ringside::Logs {

namespace {

// A marker travels through the merger as an entry with a negative sequence (parsed entries count from 0).
constexpr qint64 markerSequence = -1;
// A source that received nothing for this long has its last (pending) entry shown: it is complete unless a
// continuation line is still to come, which would then show as a plain line of its own.
constexpr qint64 idleFlushMs = 700;
// How long a stream that has said nothing yet holds the others back: its history must be sorted in by time, not
// appended after theirs. An empty log (or a pod still pending) delays the others by this much, once.
constexpr qint64 firstDataWaitMs = 5000;

} // namespace

LogFollower::LogFollower(LogModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_tick.setInterval(std::chrono::milliseconds(100));
    connect(&m_tick, &QTimer::timeout, this, &LogFollower::tick);
}

LogFollower::~LogFollower()
{
    for (const auto &s : m_streams) {
        if (s->stream) {
            s->stream->disconnect(this);
            s->stream->stop();
        }
    }
}

QString LogFollower::displayName(const LogSource &source) const
{
    int samePod = 0;
    for (const auto &s : m_streams) {
        samePod += s->source.pod == source.pod ? 1 : 0;
    }
    if (samePod > 1 && !source.container.isEmpty()) {
        return source.pod + u'/' + source.container;
    }
    return source.pod;
}

QList<LogSource> LogFollower::sources() const
{
    QList<LogSource> out;
    for (const auto &s : m_streams) {
        out.append(s->source);
    }
    return out;
}

void LogFollower::start(KubeClient *client, const QList<LogSource> &sources, const Options &options)
{
    stop();
    m_streams.clear();
    m_client = client;
    m_options = options;
    for (const LogSource &source : sources) {
        auto s = std::make_unique<Stream>();
        s->source = source;
        m_streams.push_back(std::move(s));
    }
    for (const auto &s : m_streams) {
        s->name = displayName(s->source);
        if (m_model) {
            m_model->source(s->name);
        }
    }
    openStreams(false);
}

void LogFollower::openStreams(bool resume)
{
    if (!m_client || m_streams.empty()) {
        return;
    }
    m_merger = std::make_unique<Cassandra::LogMerger>();
    for (const auto &s : m_streams) {
        Cassandra::SystemLogOptions po;
        po.kubernetesTimestamps = true;
        po.pod = s->name;
        po.container = s->source.container;
        s->parser = std::make_unique<Cassandra::SystemLogParser>(po);
        s->merger = m_merger->addStream();
        LogOptions lo;
        lo.container = s->source.container;
        lo.follow = m_options.follow;
        lo.timestamps = true; // the stream time orders plain lines, and lets a resumed stream skip what it had
        lo.pollInterval = m_options.pollInterval;
        lo.podWaitTimeout = m_options.podWaitTimeout;
        if (resume && s->lastTime != LogRecord::NoTime) {
            lo.sinceTime = QDateTime::fromMSecsSinceEpoch(s->lastTime - s->lastTime % 1000, QTimeZone::UTC);
            s->skipUpTo = s->lastTime;
        } else if (m_options.tailLines) {
            lo.tailLines = m_options.tailLines;
        }
        s->stream = std::make_unique<LogStream>(m_client, s->source.nameSpace, s->source.pod, lo);
        Stream *raw = s.get();
        connect(s->stream.get(), &LogStream::lines, this, [this, raw](const QList<QByteArray> &l) { onLines(raw, l); });
        connect(s->stream.get(), &LogStream::notice, this, [this, raw](const QString &m) { onNotice(raw, m); });
        connect(s->stream.get(), &LogStream::finished, this,
                [this, raw](const std::optional<KubeError> &e) { onFinished(raw, e); });
        s->open = true;
        s->seen = false;
        s->lastData.start();
        s->opened.start();
    }
    const bool was = m_running;
    m_running = true;
    for (const auto &s : m_streams) {
        s->stream->start();
    }
    m_tick.start();
    if (!was) {
        Q_EMIT runningChanged(true);
    }
}

void LogFollower::stop()
{
    for (const auto &s : m_streams) {
        if (s->stream && s->open) {
            s->stream->disconnect(this);
            s->stream->stop();
            s->open = false;
            push(s.get(), s->parser->flush());
        }
    }
    if (m_merger) {
        deliver(m_merger->takeAll());
    }
    m_tick.stop();
    if (m_running) {
        m_running = false;
        Q_EMIT runningChanged(false);
    }
}

void LogFollower::setFollow(bool follow)
{
    if (follow == m_options.follow) {
        return;
    }
    m_options.follow = follow;
    if (!follow) {
        stop();
        return;
    }
    stop();
    openStreams(true);
}

bool LogFollower::isRunning() const
{
    return m_running;
}

int LogFollower::runningCount() const
{
    return int(std::count_if(m_streams.cbegin(), m_streams.cend(), [](const auto &s) { return s->open; }));
}

void LogFollower::push(Stream *stream, QList<LogEntry> entries)
{
    if (entries.isEmpty() || !m_merger) {
        return;
    }
    if (stream->skipUpTo != LogRecord::NoTime) {
        // Resumed with a sinceTime rounded down to the second: drop what was delivered before.
        qsizetype keep = 0;
        while (keep < entries.size()) {
            const QDateTime t = entries.at(keep).effectiveTime();
            if (t.isValid() && t.toMSecsSinceEpoch() > stream->skipUpTo) {
                break;
            }
            ++keep;
        }
        if (keep < entries.size()) {
            stream->skipUpTo = LogRecord::NoTime;
        }
        entries.remove(0, keep);
        if (entries.isEmpty()) {
            return;
        }
    }
    const QDateTime last = entries.constLast().effectiveTime();
    if (last.isValid()) {
        stream->lastTime = last.toMSecsSinceEpoch();
    }
    m_merger->append(stream->merger, entries);
}

void LogFollower::onLines(Stream *stream, const QList<QByteArray> &lines)
{
    QByteArray chunk;
    qsizetype size = 0;
    for (const QByteArray &l : lines) {
        size += l.size() + 1;
    }
    chunk.reserve(size);
    for (const QByteArray &l : lines) {
        chunk += l;
        chunk += '\n';
    }
    stream->lastData.start();
    stream->seen = true;
    push(stream, stream->parser->feed(chunk));
}

void LogFollower::addMarker(Stream *stream, const QString &text)
{
    if (!m_merger) {
        return;
    }
    LogEntry marker;
    marker.text = text;
    marker.streamTime = QDateTime::currentDateTimeUtc();
    marker.pod = stream->name;
    marker.container = stream->source.container;
    marker.sequence = markerSequence;
    m_merger->append(stream->merger, {marker});
}

void LogFollower::onNotice(Stream *stream, const QString &message)
{
    // The stream ended before this: its last entry is complete. A new container's log starts afresh.
    push(stream, stream->parser->flush());
    stream->parser->reset();
    addMarker(stream, message);
    qCInfo(lcLogs).noquote() << stream->name << message;
    Q_EMIT notice(message);
}

void LogFollower::onFinished(Stream *stream, const std::optional<KubeError> &error)
{
    push(stream, stream->parser->flush());
    stream->open = false;
    if (error) {
        const QString text = Tr::tr("The log of %1 could not be read: %2").arg(stream->name, error->message);
        addMarker(stream, text);
        Q_EMIT notice(text);
    } else if (m_options.follow) {
        addMarker(stream, Tr::tr("The log stream of %1 ended").arg(stream->name));
    }
    if (m_merger) {
        m_merger->close(stream->merger);
    }
    if (runningCount() == 0) {
        if (m_merger) {
            deliver(m_merger->takeAll());
        }
        m_tick.stop();
        m_running = false;
        Q_EMIT runningChanged(false);
        Q_EMIT finished();
    }
}

void LogFollower::tick()
{
    if (!m_merger) {
        return;
    }
    for (const auto &s : m_streams) {
        if (s->open && s->lastData.elapsed() > idleFlushMs) {
            push(s.get(), s->parser->flush());
        }
    }
    // The watermark lets quiet streams stop holding the others back. It must not while a stream is still to say
    // anything, or is still sending its history (entries older than the watermark, arriving now): that history
    // belongs before what the others would release, so only the merge by time may release entries then.
    QDateTime watermark = QDateTime::currentDateTimeUtc().addMSecs(-m_options.mergeDelay.count());
    for (const auto &s : m_streams) {
        if (!s->open) {
            continue;
        }
        const bool waitingForFirst = !s->seen && s->opened.elapsed() < firstDataWaitMs;
        const bool catchingUp = s->seen && s->lastData.elapsed() < idleFlushMs && s->lastTime != LogRecord::NoTime
                                && s->lastTime < watermark.toMSecsSinceEpoch();
        if (waitingForFirst || catchingUp) {
            watermark = QDateTime();
            break;
        }
    }
    deliver(m_merger->takeReady(watermark));
}

void LogFollower::deliver(const QList<LogEntry> &entries)
{
    if (entries.isEmpty() || !m_model) {
        return;
    }
    QList<LogRecord> records;
    records.reserve(entries.size());
    for (const LogEntry &e : entries) {
        const quint16 source = m_model->source(e.pod);
        if (e.sequence == markerSequence) {
            records.append(markerRecord(e.text, e.streamTime.toMSecsSinceEpoch(), source));
        } else {
            records.append(toRecord(e, source));
        }
    }
    m_model->append(std::move(records));
}

} // namespace Ringside::Logs
