#include "models/logs/logquery.h"

#include "models/logs/logstr.h"

#include <QByteArrayMatcher>
#include <QStringDecoder>

using Ringside::Cassandra::LogLevel;

namespace Ringside::Logs {

namespace {

// A pattern without metacharacters, matched case-sensitively, is searched as bytes (grep's fast path).
std::optional<QByteArray> literalOf(const QRegularExpression &re)
{
    if (re.patternOptions() & QRegularExpression::CaseInsensitiveOption) {
        return std::nullopt;
    }
    const QString p = re.pattern();
    for (const QChar c : p) {
        if (QStringView(u"\\^$.|?*+()[]{}").contains(c)) {
            return std::nullopt;
        }
    }
    return p.toUtf8();
}

int segmentsOf(qsizetype characters, int wrapColumns)
{
    if (wrapColumns <= 0 || characters <= wrapColumns) {
        return 1;
    }
    return int((characters + wrapColumns - 1) / wrapColumns);
}

} // namespace

quint8 LogQuery::levelBit(LogLevel level)
{
    switch (filterLevel(level)) {
    case LogLevel::Trace: return 0x01;
    case LogLevel::Debug: return 0x02;
    case LogLevel::Info: return 0x04;
    case LogLevel::Warn: return 0x08;
    case LogLevel::Error:
    case LogLevel::Fatal: return 0x10;
    case LogLevel::Unknown: break;
    }
    return 0x04;
}

std::optional<QRegularExpression> LogQuery::compile(const QString &pattern, bool caseSensitive, QString *error)
{
    QRegularExpression re(pattern,
                          caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
        if (error) {
            *error = Tr::tr("Invalid regular expression at offset %1: %2")
                         .arg(re.patternErrorOffset())
                         .arg(re.errorString());
        }
        return std::nullopt;
    }
    re.optimize();
    return re;
}

bool recordMatches(const LogRecord &record, const QRegularExpression &re, QString &buffer)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const qsizetype need = decoder.requiredSpace(record.text.size());
    if (buffer.size() < need) {
        buffer.resize(need);
    }
    QChar *begin = buffer.data();
    QChar *end = decoder.appendToBuffer(begin, record.text);
    return re.matchView(QStringView(begin, end - begin)).hasMatch();
}

void appendEntryRows(const LogRecord &record, qint64 id, const LayoutOptions &options, std::deque<LogRow> &rows,
                     qint32 *maxColumns)
{
    const bool expanded = record.lineCount > 1 && options.isExpanded(id);
    const int lines = expanded ? record.lineCount : 1;
    qsizetype start = 0;
    for (int line = 0; line < lines; ++line) {
        const qsizetype nl = record.text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? record.text.size() : nl;
        QByteArrayView text = QByteArrayView(record.text).sliced(start, end - start);
        if (line == 0 && !record.isMarker()) {
            text = text.sliced(std::min<qsizetype>(record.messageOffset, text.size()));
        }
        const qsizetype characters = utf16Length(text);
        const int segments = segmentsOf(characters, options.wrapColumns);
        for (int s = 0; s < segments; ++s) {
            rows.push_back(LogRow{id, line, s});
        }
        if (maxColumns) {
            *maxColumns = std::max(*maxColumns, qint32(options.wrapColumns > 0
                                                           ? std::min<qsizetype>(characters, options.wrapColumns)
                                                           : characters));
        }
        start = end + 1;
    }
}

LayoutResult layoutRecords(const LogStore::Snapshot &snapshot, qint64 from, qint64 to, const LogQuery &query,
                           const LayoutOptions &options, const std::atomic_bool *cancel)
{
    LayoutResult result;
    result.from = std::max(from, snapshot.first());
    result.to = std::min(to, snapshot.end());
    std::vector<bool> hidden;
    for (const quint16 s : query.hiddenSources) {
        if (hidden.size() <= s) {
            hidden.resize(size_t(s) + 1, false);
        }
        hidden[s] = true;
    }
    const bool timed = query.from != LogRecord::NoTime || query.to != LogRecord::NoTime;
    const bool searching = query.hasSearch();
    const std::optional<QByteArray> literal = searching ? literalOf(query.search) : std::nullopt;
    const QByteArrayMatcher matcher(literal.value_or(QByteArray()));
    QString buffer;
    for (qint64 id = result.from; id < result.to; ++id) {
        if (cancel && (id & 0xfff) == 0 && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        const LogRecord &r = snapshot.at(id);
        if (r.source < hidden.size() && hidden[r.source]) {
            continue;
        }
        bool hit = false;
        if (!r.isMarker()) {
            if (!(query.levels & LogQuery::levelBit(r.level))) {
                continue;
            }
            if (timed
                && (!r.hasTime() || (query.from != LogRecord::NoTime && r.time < query.from)
                    || (query.to != LogRecord::NoTime && r.time >= query.to))) {
                continue;
            }
            if (searching) {
                hit = literal ? matcher.indexIn(r.text) >= 0 : recordMatches(r, query.search, buffer);
                if (query.onlyMatching && hit == query.invert) {
                    continue;
                }
            }
        }
        if (hit) {
            result.matches.push_back(id);
        }
        ++result.entries;
        appendEntryRows(r, id, options, result.rows, &result.maxColumns);
    }
    return result;
}

} // namespace Ringside::Logs
