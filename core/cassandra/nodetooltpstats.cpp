#include "cassandra/nodetooltpstats.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra {

namespace {

// Header cells that contain spaces; every other header cell is one word.
QStringList splitHeader(QStringView header)
{
    static constexpr const char16_t *multiWord[]
        = {u"Pool Name", u"All time blocked", u"Oldest queued (ms)", u"Longest running (ms)"};
    QStringList columns;
    qsizetype i = 0;
    while (i < header.size()) {
        if (header[i].isSpace()) {
            ++i;
            continue;
        }
        bool matched = false;
        for (const char16_t *name : multiWord) {
            const QStringView n(name);
            if (header.sliced(i).startsWith(n)) {
                columns.append(n.toString());
                i += n.size();
                matched = true;
                break;
            }
        }
        if (matched) {
            continue;
        }
        const qsizetype start = i;
        while (i < header.size() && !header[i].isSpace()) {
            ++i;
        }
        columns.append(header.sliced(start, i - start).toString());
    }
    return columns;
}

std::optional<double> latencyCell(QStringView cell, bool &ok)
{
    if (cell == u"N/A" || cell == u"n/a") {
        ok = true;
        return std::nullopt;
    }
    const auto v = parseDecimal(cell);
    ok = v.has_value();
    return v;
}

} // namespace

QJsonObject ThreadPoolStats::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("active"), jsonCount(active));
    o.insert(QStringLiteral("pending"), jsonCount(pending));
    o.insert(QStringLiteral("completed"), jsonCount(completed));
    o.insert(QStringLiteral("blocked"), jsonCount(blocked));
    o.insert(QStringLiteral("allTimeBlocked"), jsonCount(allTimeBlocked));
    if (!extra.isEmpty()) {
        QJsonObject e;
        for (const auto &[key, value] : extra) {
            e.insert(key, value);
        }
        o.insert(QStringLiteral("extra"), e);
    }
    return o;
}

QJsonObject DroppedMessageStats::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("dropped"), dropped);
    o.insert(QStringLiteral("p50"), jsonOptional(p50));
    o.insert(QStringLiteral("p95"), jsonOptional(p95));
    o.insert(QStringLiteral("p99"), jsonOptional(p99));
    o.insert(QStringLiteral("max"), jsonOptional(max));
    return o;
}

const ThreadPoolStats *TpStatsReport::pool(const QString &name) const
{
    for (const ThreadPoolStats &p : pools) {
        if (p.name == name) {
            return &p;
        }
    }
    return nullptr;
}

qint64 TpStatsReport::totalDropped() const
{
    qint64 n = 0;
    for (const DroppedMessageStats &d : dropped) {
        n += d.dropped;
    }
    return n;
}

qint64 TpStatsReport::droppedMutations() const
{
    qint64 n = 0;
    for (const DroppedMessageStats &d : dropped) {
        QStringView type(d.type);
        if (type.endsWith(u"_REQ")) {
            type.chop(4);
        }
        if (type == u"MUTATION" || type == u"COUNTER_MUTATION" || type == u"VIEW_MUTATION" || type == u"BATCH_STORE") {
            n += d.dropped;
        }
    }
    return n;
}

QJsonObject TpStatsReport::toJson() const
{
    QJsonArray p;
    for (const ThreadPoolStats &pool : pools) {
        p.append(pool.toJson());
    }
    QJsonArray d;
    for (const DroppedMessageStats &drop : dropped) {
        d.append(drop.toJson());
    }
    QJsonObject o;
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    o.insert(QStringLiteral("pools"), p);
    o.insert(QStringLiteral("dropped"), d);
    o.insert(QStringLiteral("totalDropped"), totalDropped());
    o.insert(QStringLiteral("droppedMutations"), droppedMutations());
    return o;
}

ParseResult<TpStatsReport> parseTpStats(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool tpstats")); failure.isError()) {
        return failure;
    }
    enum class Part { Start, Pools, Dropped } part = Part::Start;
    TpStatsReport r;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u"Latencies waiting in queue")) {
            continue;
        }
        if (line.startsWith(u"Pool Name")) {
            r.columns = splitHeader(line);
            part = Part::Pools;
            continue;
        }
        if (line.startsWith(u"Message type")) {
            part = Part::Dropped;
            continue;
        }
        const QList<QStringView> f = splitFields(line);
        if (part == Part::Start) {
            return unexpectedLine(lineNo, line, CoreTr::tr("the \"Pool Name\" header"));
        }
        if (part == Part::Pools) {
            if (f.size() != r.columns.size()) {
                return unexpectedLine(lineNo, line,
                                      CoreTr::tr("%1 columns under the thread pool header").arg(r.columns.size()));
            }
            ThreadPoolStats pool;
            for (qsizetype c = 0; c < f.size(); ++c) {
                const QString &column = r.columns[c];
                qint64 *target = column == u"Pool Name"                                           ? nullptr
                                 : column == u"Active"                                            ? &pool.active
                                 : column == u"Pending"                                           ? &pool.pending
                                 : column == u"Completed"                                         ? &pool.completed
                                 : column == u"Blocked"                                           ? &pool.blocked
                                 : (column == u"All time blocked" || column == u"AllTimeBlocked") ? &pool.allTimeBlocked
                                                                                                  : nullptr;
                if (column == u"Pool Name") {
                    pool.name = f[c].toString();
                } else if (target) {
                    const auto n = parseInteger(f[c]);
                    if (!n) {
                        return unexpectedLine(lineNo, line, CoreTr::tr("a number in column \"%1\"").arg(column));
                    }
                    *target = *n;
                } else {
                    pool.extra.append({column, f[c].toString()});
                }
            }
            r.pools.append(pool);
            continue;
        }
        // Dropped messages: the "50% 95% 99% Max" sub-header, then "TYPE dropped [p50 p95 p99 max]".
        if (f.size() == 4 && f[0] == u"50%") {
            continue;
        }
        if (f.size() != 2 && f.size() != 6) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a dropped message row (type, count and four latencies)"));
        }
        DroppedMessageStats d;
        d.type = f[0].toString();
        const auto count = parseInteger(f[1]);
        if (!count) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a dropped message count"));
        }
        d.dropped = *count;
        if (f.size() == 6) {
            bool ok[4];
            d.p50 = latencyCell(f[2], ok[0]);
            d.p95 = latencyCell(f[3], ok[1]);
            d.p99 = latencyCell(f[4], ok[2]);
            d.max = latencyCell(f[5], ok[3]);
            if (!(ok[0] && ok[1] && ok[2] && ok[3])) {
                return unexpectedLine(lineNo, line, CoreTr::tr("latencies as numbers or N/A"));
            }
        }
        r.dropped.append(d);
    }
    if (r.columns.isEmpty()) {
        ParseError e;
        e.message = CoreTr::tr("no \"Pool Name\" header in nodetool tpstats output");
        return e;
    }
    return r;
}

} // namespace Ringside::Cassandra
