#include "models/logs/logmodel.h"

#include "models/logs/logstr.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using Ringside::Cassandra::LogLevel;

namespace Ringside::Logs {

QString formatLogTime(qint64 msecs)
{
    if (msecs == LogRecord::NoTime) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(std::chrono::milliseconds(50));
    connect(&m_refresh, &QTimer::timeout, this, &LogModel::deliver);
}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LogRecord &r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return formatLogTime(r.time);
        case LevelColumn: return r.isMarker() ? QString() : Cassandra::logLevelName(r.level);
        case PodColumn: return m_store.sourceName(r.source);
        case ThreadColumn: return r.thread;
        case SourceColumn:
            return r.file.isEmpty() ? QString() : r.line >= 0 ? r.file + u':' + QString::number(r.line) : r.file;
        case MessageColumn: return QString::fromUtf8(r.isMarker() ? QByteArrayView(r.text) : r.message());
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(QString::fromUtf8(r.text)) : QVariant();
    case EntryIdRole: return idAt(index.row());
    case LevelRole: return int(r.level);
    case TimeRole: return r.time;
    case TextRole: return QString::fromUtf8(r.text);
    case LineCountRole: return r.lineCount;
    case IsMarkerRole: return r.isMarker();
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn: return Tr::tr("Time (UTC)");
    case LevelColumn: return Tr::tr("Level");
    case PodColumn: return Tr::tr("Pod");
    case ThreadColumn: return Tr::tr("Thread");
    case SourceColumn: return Tr::tr("Source");
    case MessageColumn: return Tr::tr("Message");
    default: return {};
    }
}

void LogModel::append(QList<LogRecord> records)
{
    if (records.isEmpty()) {
        return;
    }
    if (m_pending.isEmpty()) {
        m_pending = std::move(records);
    } else {
        m_pending.append(std::move(records));
    }
    if (!m_refresh.isActive()) {
        m_refresh.start();
    }
}

void LogModel::flush()
{
    m_refresh.stop();
    deliver();
}

void LogModel::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refresh.setInterval(std::clamp(interval, std::chrono::milliseconds(10), std::chrono::milliseconds(300)));
}

std::chrono::milliseconds LogModel::refreshInterval() const
{
    return m_refresh.intervalAsDuration();
}

void LogModel::deliver()
{
    if (m_pending.isEmpty()) {
        return;
    }
    QList<LogRecord> batch = std::exchange(m_pending, {});
    const qint64 capacity = m_store.capacity();
    // New records that would be dropped at once are counted, never stored.
    const qsizetype skip = std::max<qsizetype>(0, batch.size() - capacity);
    if (skip > 0) {
        qint64 entries = 0;
        qint64 lines = 0;
        for (qsizetype i = 0; i < skip; ++i) {
            if (!batch.at(i).isMarker()) {
                ++entries;
                lines += batch.at(i).lineCount;
            }
        }
        m_store.countDropped(entries, lines);
    }
    const qint64 kept = batch.size() - skip;
    const qint64 dropOld = std::min(m_store.size(), std::max<qint64>(0, m_store.size() + kept - capacity));
    if (dropOld > 0) {
        beginRemoveRows(QModelIndex(), 0, int(dropOld - 1));
        m_store.dropFront(dropOld);
        endRemoveRows();
    }
    const int start = int(m_store.size());
    beginInsertRows(QModelIndex(), start, start + int(kept) - 1);
    for (qsizetype i = skip; i < batch.size(); ++i) {
        m_store.append(std::move(batch[i]));
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

void LogModel::setCapacity(qint64 entries)
{
    m_store.setCapacity(entries);
    const qint64 excess = std::max<qint64>(0, m_store.size() - m_store.capacity());
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, int(excess - 1));
        m_store.dropFront(excess);
        endRemoveRows();
        Q_EMIT countsChanged();
    }
}

void LogModel::clear()
{
    m_refresh.stop();
    m_pending.clear();
    beginResetModel();
    m_store.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

QString LogModel::completenessText() const
{
    const QLocale locale;
    const qint64 entries = m_store.entryCount();
    const qint64 lines = m_store.lineCount();
    const qint64 since = m_store.firstTime();
    QString sinceText;
    if (since != LogRecord::NoTime) {
        sinceText = formatLogTime(since).left(19) + QStringLiteral(" UTC");
    }
    if (m_store.droppedEntries() == 0) {
        if (sinceText.isEmpty()) {
            return Tr::tr("Complete: %1 entries (%2 lines)").arg(locale.toString(entries), locale.toString(lines));
        }
        return Tr::tr("Complete: %1 entries (%2 lines) since %3")
            .arg(locale.toString(entries), locale.toString(lines), sinceText);
    }
    return Tr::tr("Last %1 entries (%2 lines) since %3; %4 older entries (%5 lines) dropped by the buffer limit of %6")
        .arg(locale.toString(entries), locale.toString(lines), sinceText, locale.toString(m_store.droppedEntries()),
             locale.toString(m_store.droppedLines()), locale.toString(m_store.capacity()));
}

} // namespace Ringside::Logs
