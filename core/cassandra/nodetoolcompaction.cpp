#include "cassandra/nodetoolcompaction.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra {

namespace {

// "1h02m03s" -> 3723
qint64 parseRemaining(QStringView text)
{
    const qsizetype h = text.indexOf(u'h');
    const qsizetype m = text.indexOf(u'm');
    if (h <= 0 || m <= h || !text.endsWith(u's')) {
        return -1;
    }
    const auto hours = parseInteger(text.first(h));
    const auto minutes = parseInteger(text.sliced(h + 1, m - h - 1));
    const auto seconds = parseInteger(text.sliced(m + 1, text.size() - m - 2));
    if (!hours || !minutes || !seconds) {
        return -1;
    }
    return *hours * 3600 + *minutes * 60 + *seconds;
}

std::optional<qint64> parseAmount(QStringView text)
{
    if (const auto n = parseInteger(text)) {
        return n;
    }
    return parseByteSize(text); // -H: "1.5 MiB"
}

bool takeProgress(QStringView text, ActiveCompaction &c)
{
    if (text == u"n/a") {
        c.progressPercent.reset();
        return true;
    }
    c.progressPercent = parsePercent(text);
    return c.progressPercent.has_value() && text.endsWith(u'%');
}

// Fields from the right: id type... keyspace table completed total unit progress (plain byte counts only).
bool parseRowByFields(QStringView line, ActiveCompaction &c)
{
    const QList<QStringView> f = splitFields(line);
    if (f.size() < 8) {
        return false;
    }
    const qsizetype n = f.size();
    const auto completed = parseInteger(f[n - 4]);
    const auto total = parseInteger(f[n - 3]);
    if (!completed || !total || !takeProgress(f[n - 1], c)) {
        return false;
    }
    c.id = f[0].toString();
    QStringList type;
    for (qsizetype k = 1; k < n - 6; ++k) {
        type.append(f[k].toString());
    }
    c.type = type.join(u' ');
    c.keyspace = f[n - 6].toString();
    c.table = f[n - 5].toString();
    c.completed = *completed;
    c.total = *total;
    c.unit = f[n - 2].toString();
    return true;
}

// Slices by the header's column starts (TableBuilder left-aligns every cell under its header).
bool parseRowByColumns(QStringView line, const QList<qsizetype> &starts, ActiveCompaction &c)
{
    if (starts.size() != 8) {
        return false;
    }
    QStringView cells[8];
    for (int k = 0; k < 8; ++k) {
        const qsizetype from = starts[k];
        const qsizetype to = k + 1 < 8 ? starts[k + 1] : line.size();
        if (from >= line.size()) {
            return false;
        }
        cells[k] = line.sliced(from, std::min(to, line.size()) - from).trimmed();
    }
    const auto completed = parseAmount(cells[4]);
    const auto total = parseAmount(cells[5]);
    if (!completed || !total || cells[0].isEmpty() || !takeProgress(cells[7], c)) {
        return false;
    }
    c.id = cells[0].toString();
    c.type = cells[1].toString();
    c.keyspace = cells[2].toString();
    c.table = cells[3].toString();
    c.completed = *completed;
    c.total = *total;
    c.unit = cells[6].toString();
    return true;
}

// The labels 4.1/5.0 print in the first column (the longest one is followed by a single space).
QStringView knownLabel(QStringView line)
{
    static constexpr const char16_t *known[] = {
        u"concurrent compactors",
        u"compactions completed",
        u"data compacted",
        u"compactions aborted",
        u"compactions reduced",
        u"sstables dropped from compaction",
        u"15 minute rate",
        u"mean rate",
        u"compaction throughput (MiB/s)",
        u"current compaction throughput (1 minute)",
        u"current compaction throughput (5 minute)",
        u"current compaction throughput (15 minute)",
    };
    for (const char16_t *k : known) {
        const QStringView name(k);
        if (line.startsWith(name) && line.size() > name.size() && line[name.size()] == u' ') {
            return name;
        }
    }
    return {};
}

bool isKnownLabel(QStringView line)
{
    return !knownLabel(line).isEmpty();
}

// Splits "label   value" at a known label, else at the first run of two or more spaces.
bool splitLabel(QStringView line, QStringView &label, QStringView &value)
{
    if (const QStringView name = knownLabel(line); !name.isEmpty()) {
        label = name;
        value = line.sliced(name.size()).trimmed();
        return !value.isEmpty();
    }
    const qsizetype gap = line.indexOf(u"  ");
    if (gap <= 0) {
        return false;
    }
    label = line.first(gap).trimmed();
    value = line.sliced(gap).trimmed();
    return !value.isEmpty();
}

} // namespace

QJsonObject PendingCompactions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("keyspace"), keyspace}, {QStringLiteral("table"), table}, {QStringLiteral("tasks"), tasks}};
}

QJsonObject ActiveCompaction::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("keyspace"), keyspace);
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("completed"), jsonCount(completed));
    o.insert(QStringLiteral("total"), jsonCount(total));
    o.insert(QStringLiteral("unit"), unit);
    o.insert(QStringLiteral("progressPercent"), jsonOptional(progressPercent));
    return o;
}

QJsonObject CompactionStatsReport::toJson() const
{
    QJsonArray pending;
    for (const PendingCompactions &p : pendingByTable) {
        pending.append(p.toJson());
    }
    QJsonArray running;
    for (const ActiveCompaction &c : active) {
        running.append(c.toJson());
    }
    QJsonObject m;
    for (const auto &[key, value] : metrics) {
        m.insert(key, value);
    }
    QJsonObject o;
    o.insert(QStringLiteral("pendingTasks"), jsonCount(pendingTasks));
    o.insert(QStringLiteral("pendingByTable"), pending);
    o.insert(QStringLiteral("active"), running);
    o.insert(QStringLiteral("remainingTime"), remainingTime);
    o.insert(QStringLiteral("remainingSeconds"), jsonCount(remainingSeconds));
    o.insert(QStringLiteral("concurrentCompactors"), jsonCount(concurrentCompactors));
    o.insert(QStringLiteral("metrics"), m);
    o.insert(QStringLiteral("idle"), isIdle());
    return o;
}

ParseResult<CompactionStatsReport> parseCompactionStats(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool compactionstats"));
        failure.isError()) {
        return failure;
    }
    CompactionStatsReport r;
    bool inPending = false;
    bool inActive = false;
    QList<qsizetype> columnStarts;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView raw = lines[i];
        const QStringView line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith(u"pending tasks")) {
            QStringView value = line.sliced(13).trimmed();
            if (value.startsWith(u':')) {
                value = value.sliced(1).trimmed();
            }
            const auto n = parseInteger(value);
            if (!n) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a number of pending tasks"));
            }
            r.pendingTasks = *n;
            inPending = true;
            continue;
        }
        if (line.startsWith(u"- ") && inPending) {
            // 4.0: "- ks.table: 3"
            const qsizetype colon = line.lastIndexOf(u':');
            const QStringView name = colon > 2 ? line.sliced(2, colon - 2).trimmed() : QStringView();
            const qsizetype dot = name.indexOf(u'.');
            const auto n = colon > 0 ? parseInteger(line.sliced(colon + 1)) : std::nullopt;
            if (dot <= 0 || !n) {
                return unexpectedLine(lineNo, line, CoreTr::tr("\"- keyspace.table: count\""));
            }
            r.pendingByTable.append({name.first(dot).toString(), name.sliced(dot + 1).toString(), *n});
            continue;
        }
        if (line.startsWith(u"id ") && line.contains(u"compaction type") && line.contains(u"progress")) {
            inPending = false;
            inActive = true;
            columnStarts.clear();
            for (const char16_t *h :
                 {u"id", u"compaction type", u"keyspace", u"table", u"completed", u"total", u"unit", u"progress"}) {
                const qsizetype from = columnStarts.isEmpty() ? 0 : columnStarts.last() + 1;
                const qsizetype at = raw.indexOf(QStringView(h), from);
                if (at < 0) {
                    return unexpectedLine(lineNo, line, CoreTr::tr("the column header of active compactions"));
                }
                columnStarts.append(at);
            }
            continue;
        }
        if (line.startsWith(u"Active compaction remaining time")
            || line.startsWith(u"active compaction remaining time")) {
            QStringView value = line.sliced(32).trimmed();
            if (value.startsWith(u':')) {
                value = value.sliced(1).trimmed();
            }
            r.remainingTime = value.toString();
            r.remainingSeconds = parseRemaining(value);
            if (r.remainingSeconds < 0 && value != u"n/a") {
                return unexpectedLine(lineNo, line, CoreTr::tr("a remaining time such as \"0h01m30s\" or \"n/a\""));
            }
            inActive = false;
            continue;
        }
        if (inActive) {
            ActiveCompaction c;
            if (!parseRowByFields(line, c) && !parseRowByColumns(raw, columnStarts, c)) {
                return unexpectedLine(
                    lineNo, line,
                    CoreTr::tr(
                        "an active compaction row (id, type, keyspace, table, completed, total, unit, progress)"));
            }
            r.active.append(c);
            continue;
        }
        const QList<QStringView> fields = splitFields(line);
        if (inPending && fields.size() == 3 && parseInteger(fields[2]) && !isKnownLabel(line)) {
            // 4.1+: "ks   table   3"
            r.pendingByTable.append({fields[0].toString(), fields[1].toString(), *parseInteger(fields[2])});
            continue;
        }
        inPending = false;
        QStringView label;
        QStringView value;
        if (!splitLabel(line, label, value)) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a compactionstats line"));
        }
        if (label == u"concurrent compactors") {
            const auto n = parseInteger(value);
            if (!n) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a number of concurrent compactors"));
            }
            r.concurrentCompactors = int(*n);
        } else {
            r.metrics.append({label.toString(), value.toString()});
        }
    }
    if (r.pendingTasks < 0) {
        ParseError e;
        e.message = CoreTr::tr("no \"pending tasks\" line in nodetool compactionstats output");
        return e;
    }
    return r;
}

} // namespace Ringside::Cassandra
