#include "models/logs/logfiles.h"

#include "cassandra/logmerge.h"
#include "kube/logstream.h"
#include "models/logs/logmodel.h"
#include "models/logs/logstr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using Ringside::Cassandra::LogEntry;

namespace Ringside::Logs {

struct LogFileLoader::Channel
{
    QMutex mutex;
    QList<QList<LogRecord>> batches;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 entries = 0;
    QString error;
    std::atomic_bool cancel{false};
};

namespace {

constexpr qsizetype batchSize = 50000;
constexpr qint64 readChunk = 4 << 20;

using Channel = LogFileLoader::Channel;

void post(Channel &channel, QList<LogRecord> &records, qint64 bytes)
{
    QMutexLocker lock(&channel.mutex);
    channel.bytesRead = bytes;
    channel.entries += records.size();
    if (!records.isEmpty()) {
        channel.batches.append(std::exchange(records, {}));
    }
}

void fail(Channel &channel, const QString &error)
{
    QMutexLocker lock(&channel.mutex);
    channel.error = error;
}

bool openFile(QFile &file, Channel &channel)
{
    if (!file.open(QIODevice::ReadOnly)) {
        fail(channel, Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return false;
    }
    return true;
}

Cassandra::SystemLogOptions optionsFor(QFile &file, const QString &name)
{
    Cassandra::SystemLogOptions o;
    o.pod = name;
    const QByteArray head = file.peek(256);
    const qsizetype nl = head.indexOf('\n');
    o.kubernetesTimestamps = LogStream::parseTimestamp(nl < 0 ? QByteArrayView(head) : QByteArrayView(head).first(nl))
                                 .has_value();
    return o;
}

// One file: parsed as it is read, in batches.
void readOne(Channel &channel, const QString &path, const QString &name, quint16 source)
{
    QFile file(path);
    if (!openFile(file, channel)) {
        return;
    }
    Cassandra::SystemLogParser parser(optionsFor(file, name));
    QList<LogRecord> records;
    qint64 read = 0;
    while (!file.atEnd()) {
        if (channel.cancel.load()) {
            return;
        }
        const QByteArray chunk = file.read(readChunk);
        if (chunk.isEmpty() && file.error() != QFile::NoError) {
            fail(channel, Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        read += chunk.size();
        for (const LogEntry &e : parser.feed(chunk)) {
            records.append(toRecord(e, source));
        }
        if (records.size() >= batchSize) {
            post(channel, records, read);
        }
    }
    for (const LogEntry &e : parser.flush()) {
        records.append(toRecord(e, source));
    }
    post(channel, records, read);
}

// Several files: each parsed whole, then merged by time (the core's k-way merge).
void readMerged(Channel &channel, const QStringList &paths, const QStringList &names, const QList<quint16> &sources)
{
    QList<QList<LogEntry>> streams;
    qint64 read = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QFile file(paths.at(i));
        if (!openFile(file, channel)) {
            return;
        }
        Cassandra::SystemLogParser parser(optionsFor(file, names.at(i)));
        QList<LogEntry> entries;
        while (!file.atEnd()) {
            if (channel.cancel.load()) {
                return;
            }
            const QByteArray chunk = file.read(readChunk);
            read += chunk.size();
            entries += parser.feed(chunk);
            QMutexLocker lock(&channel.mutex);
            channel.bytesRead = read;
        }
        entries += parser.flush();
        streams.append(std::move(entries));
    }
    const QList<LogEntry> merged = Cassandra::mergeByTime(streams);
    streams.clear();
    QList<LogRecord> records;
    for (const LogEntry &e : merged) {
        records.append(toRecord(e, sources.at(names.indexOf(e.pod))));
        if (records.size() >= batchSize) {
            if (channel.cancel.load()) {
                return;
            }
            post(channel, records, read);
        }
    }
    post(channel, records, read);
}

} // namespace

LogFileLoader::LogFileLoader(LogModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_drain.setInterval(std::chrono::milliseconds(50));
    connect(&m_drain, &QTimer::timeout, this, &LogFileLoader::drain);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        drain();
        m_drain.stop();
        m_running = false;
        if (m_model) {
            m_model->flush();
        }
        QMutexLocker lock(&m_channel->mutex);
        const qint64 entries = m_channel->entries;
        const QString error = m_channel->cancel.load() ? Tr::tr("Cancelled") : m_channel->error;
        lock.unlock();
        Q_EMIT finished(entries, error);
    });
}

LogFileLoader::~LogFileLoader()
{
    if (m_channel) {
        m_channel->cancel.store(true); // the worker holds its own reference to the channel
    }
}

QString LogFileLoader::sourceName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".log"))) {
        name.chop(4);
    }
    return name;
}

void LogFileLoader::load(const QStringList &paths)
{
    cancel();
    if (m_running) {
        m_watcher.waitForFinished(); // cancelled: returns at the next chunk
    }
    auto channel = std::make_shared<Channel>();
    m_channel = channel;
    QStringList names;
    QList<quint16> sources;
    for (const QString &p : paths) {
        QString name = sourceName(p);
        while (names.contains(name)) {
            name += u'\'';
        }
        names.append(name);
        sources.append(m_model ? m_model->source(name) : quint16(0));
        channel->bytesTotal += QFileInfo(p).size();
    }
    m_running = true;
    m_drain.start();
    m_watcher.setFuture(QtConcurrent::run([channel, paths, names, sources] {
        if (paths.size() == 1) {
            readOne(*channel, paths.first(), names.first(), sources.first());
        } else {
            readMerged(*channel, paths, names, sources);
        }
    }));
}

void LogFileLoader::cancel()
{
    if (m_channel) {
        m_channel->cancel.store(true);
    }
}

void LogFileLoader::drain()
{
    if (!m_channel) {
        return;
    }
    QList<QList<LogRecord>> batches;
    qint64 read = 0;
    qint64 total = 0;
    {
        QMutexLocker lock(&m_channel->mutex);
        batches = std::exchange(m_channel->batches, {});
        read = m_channel->bytesRead;
        total = m_channel->bytesTotal;
    }
    for (QList<LogRecord> &b : batches) {
        if (m_model) {
            m_model->append(std::move(b));
        }
    }
    Q_EMIT progress(read, total);
}

qint64 exportEntries(const ExportRequest &request, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return -1;
    }
    qint64 written = 0;
    QByteArray buffer;
    const auto write = [&](const LogRecord &r) {
        if (r.isMarker()) {
            return;
        }
        if (request.prefixSources) {
            buffer += '[' + request.sourceNames.value(r.source).toUtf8() + "] ";
        }
        buffer += r.text;
        buffer += '\n';
        ++written;
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    };
    const LogStore::Snapshot &s = request.snapshot;
    if (request.onlyIds) {
        for (const qint64 id : request.ids) {
            if (id >= s.first() && id < s.end()) {
                write(s.at(id));
            }
        }
    } else {
        for (qint64 id = s.first(); id < s.end(); ++id) {
            write(s.at(id));
        }
    }
    file.write(buffer);
    if (!file.commit()) {
        if (error) {
            *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return -1;
    }
    return written;
}

} // namespace Ringside::Logs
