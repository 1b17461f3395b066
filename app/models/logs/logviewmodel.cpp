#include "models/logs/logviewmodel.h"

#include "models/logs/logslogging.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Ringside::Logs {

namespace {

// Appended batches up to this size are laid out on the GUI thread (a few milliseconds); larger ones on a worker.
constexpr qint64 syncLayoutLimit = 20000;

struct ById
{
    bool operator()(const LogRow &row, qint64 id) const { return row.id < id; }
    bool operator()(qint64 id, const LogRow &row) const { return id < row.id; }
};

// Drops rows and matches of records below \a firstId; returns (rows dropped, distinct entries dropped).
std::pair<qint64, qint64> pruneBelow(std::deque<LogRow> &rows, std::deque<qint64> &matches, qint64 firstId)
{
    qint64 count = 0;
    qint64 entries = 0;
    qint64 last = -1;
    for (const LogRow &row : rows) {
        if (row.id >= firstId) {
            break;
        }
        if (row.id != last) {
            ++entries;
            last = row.id;
        }
        ++count;
    }
    rows.erase(rows.begin(), rows.begin() + count);
    while (!matches.empty() && matches.front() < firstId) {
        matches.pop_front();
    }
    return {count, entries};
}

} // namespace

LogViewModel::LogViewModel(LogModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    Q_ASSERT(source);
    connect(source, &QAbstractItemModel::rowsInserted, this, &LogViewModel::catchUp);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &LogViewModel::onSourceRemoved);
    connect(source, &QAbstractItemModel::modelReset, this, &LogViewModel::onSourceReset);
    m_laidOutTo = source->store().firstId();
    catchUp();
}

LogViewModel::~LogViewModel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

int LogViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> LogViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(LineRole, "line");
    names.insert(SegmentRole, "segment");
    names.insert(RowTextRole, "rowText");
    names.insert(LevelRole, "level");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(PodRole, "pod");
    names.insert(ThreadRole, "thread");
    names.insert(SourceRole, "source");
    names.insert(IsMarkerRole, "isMarker");
    names.insert(LineCountRole, "lineCount");
    names.insert(ExpandedRole, "expanded");
    names.insert(MatchRole, "match");
    return names;
}

QString LogViewModel::rowText(int row) const
{
    const LogRow &r = m_rows[size_t(row)];
    const LogRecord &record = m_source->store().at(r.id);
    QByteArrayView line = record.lineAt(r.line);
    if (r.line == 0 && !record.isMarker()) {
        line = line.sliced(std::min<qsizetype>(record.messageOffset, line.size()));
    }
    const QString text = QString::fromUtf8(line);
    if (m_options.wrapColumns <= 0) {
        return text;
    }
    return text.mid(qsizetype(r.segment) * m_options.wrapColumns, m_options.wrapColumns);
}

QVariant LogViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source) {
        return {};
    }
    const LogRow &row = m_rows[size_t(index.row())];
    const LogStore &store = m_source->store();
    if (!store.contains(row.id)) {
        return {}; // dropped by the buffer; the removal is on its way
    }
    const LogRecord &r = store.at(row.id);
    switch (role) {
    case Qt::DisplayRole: {
        if (row.line != 0 || row.segment != 0) {
            return rowText(index.row());
        }
        QString text = formatLogTime(r.time);
        if (!r.isMarker()) {
            text += u' ' + Cassandra::logLevelName(r.level);
        }
        text += QStringLiteral(" [") + store.sourceName(r.source) + QStringLiteral("] ") + rowText(index.row());
        return text;
    }
    case EntryIdRole: return row.id;
    case LineRole: return row.line;
    case SegmentRole: return row.segment;
    case RowTextRole: return rowText(index.row());
    case LevelRole: return int(r.level);
    case TimeRole: return r.time;
    case TimeTextRole: return formatLogTime(r.time);
    case PodRole: return store.sourceName(r.source);
    case ThreadRole: return r.thread;
    case SourceRole:
        return r.file.isEmpty() ? QString() : r.line >= 0 ? r.file + u':' + QString::number(r.line) : r.file;
    case IsMarkerRole: return r.isMarker();
    case LineCountRole: return r.lineCount;
    case ExpandedRole: return r.lineCount > 1 && m_options.isExpanded(row.id);
    case MatchRole: return searchMatches(row.id);
    default: return {};
    }
}

bool LogViewModel::searchMatches(qint64 id) const
{
    return std::binary_search(m_matches.begin(), m_matches.end(), id);
}

void LogViewModel::setQuery(const LogQuery &query)
{
    m_query = query;
    scheduleFull();
}

void LogViewModel::setWrapColumns(int columns)
{
    columns = std::max(0, columns);
    if (columns == m_options.wrapColumns) {
        return;
    }
    m_options.wrapColumns = columns;
    scheduleFull();
}

void LogViewModel::setExpandAll(bool expand)
{
    m_options.expandAll = expand;
    m_options.toggled.clear();
    scheduleFull();
}

bool LogViewModel::toggleExpanded(int row)
{
    if (row < 0 || row >= int(m_rows.size()) || !m_source) {
        return false;
    }
    const qint64 id = m_rows[size_t(row)].id;
    const LogRecord &record = m_source->store().at(id);
    if (record.lineCount <= 1 || record.isMarker()) {
        return false;
    }
    if (!m_options.toggled.remove(id)) {
        m_options.toggled.insert(id);
    }
    if (m_jobRunning) {
        scheduleFull(); // the running layout used the old folding
        return true;
    }
    const auto first = std::lower_bound(m_rows.begin(), m_rows.end(), id, ById());
    const auto last = std::upper_bound(first, m_rows.end(), id, ById());
    const int start = int(first - m_rows.begin());
    const int had = int(last - first);
    std::deque<LogRow> fresh;
    appendEntryRows(record, id, m_options, fresh, &m_maxColumns);
    const int now = int(fresh.size());
    if (now > had) {
        beginInsertRows(QModelIndex(), start + had, start + now - 1);
        m_rows.insert(m_rows.begin() + start + had, fresh.begin() + had, fresh.end());
        endInsertRows();
    } else if (now < had) {
        beginRemoveRows(QModelIndex(), start + now, start + had - 1);
        m_rows.erase(m_rows.begin() + start + now, m_rows.begin() + start + had);
        endRemoveRows();
    }
    Q_EMIT dataChanged(index(start), index(start), {ExpandedRole});
    return true;
}

qint64 LogViewModel::matchOrdinal(int row) const
{
    if (row < 0 || row >= int(m_rows.size())) {
        return 0;
    }
    return qint64(std::upper_bound(m_matches.begin(), m_matches.end(), m_rows[size_t(row)].id) - m_matches.begin());
}

int LogViewModel::findMatch(int row, bool forward) const
{
    if (m_matches.empty()) {
        return -1;
    }
    const bool valid = row >= 0 && row < int(m_rows.size());
    auto it = m_matches.begin();
    if (forward) {
        it = valid ? std::upper_bound(m_matches.begin(), m_matches.end(), m_rows[size_t(row)].id) : m_matches.begin();
        if (it == m_matches.end()) {
            it = m_matches.begin();
        }
    } else {
        it = valid ? std::lower_bound(m_matches.begin(), m_matches.end(), m_rows[size_t(row)].id) : m_matches.end();
        it = it == m_matches.begin() ? m_matches.end() - 1 : it - 1;
    }
    return rowOfEntry(*it);
}

int LogViewModel::rowOfEntry(qint64 id) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, ById());
    return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
}

int LogViewModel::rowAtOrAfter(qint64 id) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, ById());
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QString LogViewModel::copyText(const QList<int> &rows) const
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    const LogStore &store = m_source->store();
    const bool prefix = store.sources().size() > 1;
    QString out;
    qint64 last = -1;
    for (const int row : std::as_const(sorted)) {
        if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].id == last) {
            continue;
        }
        last = m_rows[size_t(row)].id;
        const LogRecord &r = store.at(last);
        if (prefix) {
            out += u'[' + store.sourceName(r.source) + QStringLiteral("] ");
        }
        out += QString::fromUtf8(r.text);
        out += u'\n';
    }
    return out;
}

std::vector<qint64> LogViewModel::shownIds() const
{
    std::vector<qint64> ids;
    ids.reserve(size_t(m_entries));
    for (const LogRow &row : m_rows) {
        if (ids.empty() || ids.back() != row.id) {
            ids.push_back(row.id);
        }
    }
    return ids;
}

void LogViewModel::scheduleFull()
{
    if (!m_source) {
        return;
    }
    ++m_generation;
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const bool wasBusy = m_jobRunning;
    m_jobRunning = true;
    m_jobIsAppend = false;
    const LogStore::Snapshot snapshot = m_source->store().snapshot();
    const quint64 generation = m_generation;
    QtConcurrent::run([snapshot, query = m_query, options = m_options, cancel = m_cancel] {
        return layoutRecords(snapshot, snapshot.first(), snapshot.end(), query, options, cancel.get());
    }).then(this, [this, generation](LayoutResult result) { onFull(result, generation); });
    if (!wasBusy) {
        Q_EMIT busyChanged(true);
    }
}

void LogViewModel::onFull(LayoutResult &result, quint64 generation)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation || result.cancelled || !m_source) {
        return; // a newer layout is on its way
    }
    m_jobRunning = false;
    beginResetModel();
    m_rows = std::move(result.rows);
    m_matches.assign(result.matches.begin(), result.matches.end());
    m_entries = result.entries;
    m_maxColumns = result.maxColumns;
    m_laidOutTo = result.to;
    m_entries -= pruneBelow(m_rows, m_matches, m_source->store().firstId()).second;
    endResetModel();
    qCDebug(lcLogs) << "layout:" << m_entries << "entries," << m_rows.size() << "rows," << m_matches.size() << "matches";
    Q_EMIT busyChanged(false);
    Q_EMIT refreshed();
    Q_EMIT countsChanged();
    catchUp();
}

void LogViewModel::insertResult(LayoutResult &result)
{
    const LogStore &store = m_source->store();
    std::deque<qint64> matches(result.matches.begin(), result.matches.end());
    result.entries -= pruneBelow(result.rows, matches, store.firstId()).second;
    m_laidOutTo = std::max(m_laidOutTo, result.to);
    m_maxColumns = std::max(m_maxColumns, int(result.maxColumns));
    if (!result.rows.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows(QModelIndex(), start, start + int(result.rows.size()) - 1);
        m_rows.insert(m_rows.end(), result.rows.begin(), result.rows.end());
        endInsertRows();
    }
    m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    m_entries += result.entries;
    Q_EMIT countsChanged();
}

void LogViewModel::catchUp()
{
    if (m_jobRunning || !m_source) {
        return;
    }
    const LogStore &store = m_source->store();
    m_laidOutTo = std::max(m_laidOutTo, store.firstId());
    if (m_laidOutTo >= store.endId()) {
        return;
    }
    if (store.endId() - m_laidOutTo <= syncLayoutLimit) {
        LayoutResult result = layoutRecords(store.snapshot(), m_laidOutTo, store.endId(), m_query, m_options);
        insertResult(result);
        return;
    }
    m_jobRunning = true;
    m_jobIsAppend = true;
    if (!m_cancel) {
        m_cancel = std::make_shared<std::atomic_bool>(false);
    }
    const LogStore::Snapshot snapshot = store.snapshot();
    const quint64 generation = m_generation;
    const qint64 from = m_laidOutTo;
    QtConcurrent::run([snapshot, from, query = m_query, options = m_options, cancel = m_cancel] {
        return layoutRecords(snapshot, from, snapshot.end(), query, options, cancel.get());
    }).then(this, [this, generation](LayoutResult result) {
        if (generation != m_generation || result.cancelled || !m_source) {
            return;
        }
        m_jobRunning = false;
        insertResult(result);
        Q_EMIT busyChanged(false);
        catchUp();
    });
    Q_EMIT busyChanged(true);
}

void LogViewModel::onSourceRemoved()
{
    const qint64 firstId = m_source->store().firstId();
    qint64 count = 0;
    while (count < qint64(m_rows.size()) && m_rows[size_t(count)].id < firstId) {
        ++count;
    }
    if (count > 0) {
        beginRemoveRows(QModelIndex(), 0, int(count - 1));
        m_entries -= pruneBelow(m_rows, m_matches, firstId).second;
        endRemoveRows();
    } else {
        pruneBelow(m_rows, m_matches, firstId);
    }
    for (auto it = m_options.toggled.begin(); it != m_options.toggled.end();) {
        if (*it < firstId) {
            it = m_options.toggled.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT countsChanged();
}

void LogViewModel::onSourceReset()
{
    ++m_generation;
    if (m_cancel) {
        m_cancel->store(true);
        m_cancel.reset();
    }
    const bool wasBusy = m_jobRunning;
    m_jobRunning = false;
    beginResetModel();
    m_rows.clear();
    m_matches.clear();
    m_entries = 0;
    m_maxColumns = 0;
    m_options.toggled.clear();
    m_laidOutTo = m_source->store().firstId();
    endResetModel();
    if (wasBusy) {
        Q_EMIT busyChanged(false);
    }
    Q_EMIT countsChanged();
    catchUp();
}

} // namespace Ringside::Logs
