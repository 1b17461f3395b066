#include "cassandra/nodetoolinfo.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra {

namespace {

// "entries 12, size 1.5 MiB, capacity 100 MiB, 34 hits, 56 requests, 0.607 recent hit rate, 14400 save period in
// seconds"
bool parseCache(QStringView value, CacheInfo &cache)
{
    cache.present = true;
    int recognised = 0;
    const QList<QStringView> parts = value.split(u", ");
    for (QStringView part : parts) {
        part = part.trimmed();
        auto suffix
            = [&](QStringView s) { return part.endsWith(s) ? part.chopped(s.size()).trimmed() : QStringView(); };
        bool ok = true;
        if (part.startsWith(u"entries ")) {
            const auto v = parseInteger(part.sliced(8));
            ok = v.has_value();
            cache.entries = v.value_or(-1);
        } else if (part.startsWith(u"size ")) {
            cache.size = dataSize(part.sliced(5));
            ok = cache.size.isKnown();
        } else if (part.startsWith(u"capacity ")) {
            cache.capacity = dataSize(part.sliced(9));
            ok = cache.capacity.isKnown();
        } else if (part.startsWith(u"overflow size:")) {
            cache.overflowSize = dataSize(part.sliced(14));
            ok = cache.overflowSize.isKnown();
        } else if (const QStringView v = suffix(u" save period in seconds"); !v.isNull()) {
            cache.savePeriodSeconds = parseInteger(v).value_or(-1);
            ok = cache.savePeriodSeconds >= 0;
        } else if (const QStringView v = suffix(u" recent hit rate"); !v.isNull()) {
            const auto rate = parseDecimal(v);
            ok = rate.has_value();
            cache.recentHitRate = rate.value_or(notANumber);
        } else if (const QStringView v = suffix(u" miss latency"); !v.isNull()) {
            const QList<QStringView> f = splitFields(v);
            const auto latency = f.isEmpty() ? std::nullopt : parseDecimal(f[0]);
            ok = latency.has_value() && f.size() <= 2;
            cache.missLatency = latency.value_or(notANumber);
            cache.missLatencyUnit = f.size() == 2 ? f[1].toString() : QString();
        } else if (const QStringView v = suffix(u" hits"); !v.isNull()) {
            cache.hits = parseInteger(v).value_or(-1);
            ok = cache.hits >= 0;
        } else if (const QStringView v = suffix(u" misses"); !v.isNull()) {
            cache.misses = parseInteger(v).value_or(-1);
            ok = cache.misses >= 0;
        } else if (const QStringView v = suffix(u" requests"); !v.isNull()) {
            cache.requests = parseInteger(v).value_or(-1);
            ok = cache.requests >= 0;
        } else {
            continue; // a part of a newer version: kept in fields
        }
        if (!ok) {
            return false;
        }
        ++recognised;
    }
    return recognised > 0;
}

std::optional<bool> parseBool(QStringView v)
{
    if (v == u"true") {
        return true;
    }
    if (v == u"false") {
        return false;
    }
    return std::nullopt;
}

} // namespace

QJsonObject CacheInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("entries"), jsonCount(entries));
    o.insert(QStringLiteral("size"), size.toJson());
    o.insert(QStringLiteral("capacity"), capacity.toJson());
    if (!overflowSize.text.isEmpty()) {
        o.insert(QStringLiteral("overflowSize"), overflowSize.toJson());
    }
    o.insert(QStringLiteral("hits"), jsonCount(hits));
    o.insert(QStringLiteral("misses"), jsonCount(misses));
    o.insert(QStringLiteral("requests"), jsonCount(requests));
    o.insert(QStringLiteral("recentHitRate"), jsonNumber(recentHitRate));
    o.insert(QStringLiteral("savePeriodSeconds"), jsonCount(savePeriodSeconds));
    if (!missLatencyUnit.isEmpty() || !std::isnan(missLatency)) {
        o.insert(QStringLiteral("missLatency"), jsonNumber(missLatency));
        o.insert(QStringLiteral("missLatencyUnit"), missLatencyUnit);
    }
    return o;
}

QJsonObject InfoReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("hostId"), hostId);
    o.insert(QStringLiteral("gossipActive"), gossipActive);
    o.insert(QStringLiteral("nativeTransportActive"), nativeTransportActive);
    o.insert(QStringLiteral("thriftActive"), thriftActive ? QJsonValue(*thriftActive) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("load"), load.toJson());
    if (!uncompressedLoad.text.isEmpty()) {
        o.insert(QStringLiteral("uncompressedLoad"), uncompressedLoad.toJson());
    }
    o.insert(QStringLiteral("generation"), jsonCount(generation));
    o.insert(QStringLiteral("uptimeSeconds"), jsonCount(uptimeSeconds));
    o.insert(QStringLiteral("heapUsedMb"), jsonNumber(heapUsedMb));
    o.insert(QStringLiteral("heapMaxMb"), jsonNumber(heapMaxMb));
    o.insert(QStringLiteral("offHeapMb"), jsonNumber(offHeapMb));
    o.insert(QStringLiteral("datacenter"), datacenter);
    o.insert(QStringLiteral("rack"), rack);
    o.insert(QStringLiteral("exceptions"), jsonCount(exceptions));
    const std::pair<const char16_t *, const CacheInfo *> caches[] = {{u"keyCache", &keyCache},
                                                                     {u"rowCache", &rowCache},
                                                                     {u"counterCache", &counterCache},
                                                                     {u"chunkCache", &chunkCache},
                                                                     {u"networkCache", &networkCache}};
    for (const auto &[name, cache] : caches) {
        if (cache->present) {
            o.insert(QString::fromUtf16(name), cache->toJson());
        }
    }
    o.insert(QStringLiteral("percentRepaired"), jsonOptional(percentRepaired));
    o.insert(QStringLiteral("tokenCount"), jsonCount(tokenCount));
    o.insert(QStringLiteral("tokens"), QJsonArray::fromStringList(tokens));
    o.insert(QStringLiteral("joined"), joined);
    if (!bootstrapState.isEmpty()) {
        o.insert(QStringLiteral("bootstrapState"), bootstrapState);
    }
    if (decommissioning) {
        o.insert(QStringLiteral("decommissioning"), *decommissioning);
    }
    return o;
}

ParseResult<InfoReport> parseInfo(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool info")); failure.isError()) {
        return failure;
    }
    InfoReport r;
    bool sawIdentity = false;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a \"name : value\" line"));
        }
        const QStringView key = line.first(colon).trimmed();
        const QStringView value = line.sliced(colon + 1).trimmed();
        r.fields.append({key.toString(), value.toString()});
        bool ok = true;
        if (key == u"ID") {
            r.hostId = value.toString();
            sawIdentity = true;
        } else if (key == u"Gossip active") {
            ok = parseBool(value).has_value();
            r.gossipActive = parseBool(value).value_or(false);
        } else if (key == u"Native Transport active") {
            ok = parseBool(value).has_value();
            r.nativeTransportActive = parseBool(value).value_or(false);
        } else if (key == u"Thrift active") {
            r.thriftActive = parseBool(value);
            ok = r.thriftActive.has_value();
        } else if (key == u"Load") {
            r.load = dataSize(value);
            ok = r.load.isKnown();
            sawIdentity = true;
        } else if (key == u"Uncompressed load") {
            r.uncompressedLoad = dataSize(value);
            ok = r.uncompressedLoad.isKnown();
        } else if (key == u"Generation No") {
            r.generation = parseInteger(value).value_or(-1);
            ok = r.generation >= 0;
        } else if (key == u"Uptime (seconds)") {
            r.uptimeSeconds = parseInteger(value).value_or(-1);
            ok = r.uptimeSeconds >= 0;
        } else if (key == u"Heap Memory (MB)") {
            const qsizetype slash = value.indexOf(u'/');
            const auto used = slash > 0 ? parseDecimal(value.first(slash)) : std::nullopt;
            const auto max = slash > 0 ? parseDecimal(value.sliced(slash + 1)) : std::nullopt;
            ok = used && max;
            r.heapUsedMb = used.value_or(notANumber);
            r.heapMaxMb = max.value_or(notANumber);
        } else if (key == u"Off Heap Memory (MB)") {
            const auto v = parseDecimal(value);
            ok = v.has_value();
            r.offHeapMb = v.value_or(notANumber);
        } else if (key == u"Data Center") {
            r.datacenter = value.toString();
        } else if (key == u"Rack") {
            r.rack = value.toString();
        } else if (key == u"Exceptions") {
            r.exceptions = parseInteger(value).value_or(-1);
            ok = r.exceptions >= 0;
        } else if (key == u"Key Cache") {
            ok = parseCache(value, r.keyCache);
        } else if (key == u"Row Cache") {
            ok = parseCache(value, r.rowCache);
        } else if (key == u"Counter Cache") {
            ok = parseCache(value, r.counterCache);
        } else if (key == u"Chunk Cache") {
            ok = parseCache(value, r.chunkCache);
        } else if (key == u"Network Cache") {
            ok = parseCache(value, r.networkCache);
        } else if (key == u"Percent Repaired") {
            r.percentRepaired = parsePercent(value);
            ok = r.percentRepaired.has_value() || value.startsWith(u"NaN");
        } else if (key == u"Token") {
            if (value.startsWith(u"(invoke with -T/--tokens to see all ")) {
                const QList<QStringView> words = splitFields(value);
                const auto n = words.size() >= 2 ? parseInteger(words[words.size() - 2]) : std::nullopt;
                ok = n.has_value();
                r.tokenCount = int(n.value_or(-1));
            } else if (value.startsWith(u"(node is not joined")) {
                r.joined = false;
                r.tokenCount = 0;
            } else {
                r.tokens.append(value.toString());
                r.tokenCount = int(r.tokens.size());
            }
        } else if (key == u"Bootstrap state") {
            r.bootstrapState = value.toString();
        } else if (key == u"Decommissioning") {
            r.decommissioning = parseBool(value);
        }
        if (!ok) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a valid value for \"%1\"").arg(key.toString()));
        }
    }
    if (!sawIdentity) {
        ParseError e;
        e.message = CoreTr::tr("this is not nodetool info output: it has neither an ID nor a Load line");
        return e;
    }
    return r;
}

QJsonObject GcStatsReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("intervalMs"), jsonNumber(intervalMs));
    o.insert(QStringLiteral("maxGcElapsedMs"), jsonNumber(maxGcElapsedMs));
    o.insert(QStringLiteral("totalGcElapsedMs"), jsonNumber(totalGcElapsedMs));
    o.insert(QStringLiteral("stdevGcElapsedMs"), jsonNumber(stdevGcElapsedMs));
    o.insert(QStringLiteral("gcReclaimedMb"), jsonNumber(gcReclaimedMb));
    o.insert(QStringLiteral("collections"), jsonNumber(collections));
    o.insert(QStringLiteral("directMemoryBytes"), jsonCount(directMemoryBytes));
    return o;
}

ParseResult<GcStatsReport> parseGcStats(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool gcstats")); failure.isError()) {
        return failure;
    }
    const QList<QStringView> lines = splitLines(text);
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(u"Interval (ms)")) {
            header = i;
            break;
        }
        if (!lines[i].trimmed().isEmpty()) {
            return unexpectedLine(int(i + 1), lines[i],
                                  CoreTr::tr("the gcstats header starting with \"Interval (ms)\""));
        }
    }
    if (header < 0) {
        ParseError e;
        e.message = CoreTr::tr("no \"Interval (ms)\" header in nodetool gcstats output");
        return e;
    }
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const QList<QStringView> fields = splitFields(lines[i]);
        if (fields.isEmpty()) {
            continue;
        }
        if (fields.size() != 7) {
            return unexpectedLine(int(i + 1), lines[i], CoreTr::tr("seven numbers under the gcstats header"));
        }
        double values[6];
        for (int f = 0; f < 6; ++f) {
            const auto v = parseDecimal(fields[f]);
            if (!v) {
                return unexpectedLine(int(i + 1), lines[i], CoreTr::tr("a number in column %1").arg(f + 1));
            }
            values[f] = *v;
        }
        const auto direct = parseInteger(fields[6]);
        if (!direct) {
            return unexpectedLine(int(i + 1), lines[i], CoreTr::tr("a byte count in the last column"));
        }
        GcStatsReport r;
        r.intervalMs = values[0];
        r.maxGcElapsedMs = values[1];
        r.totalGcElapsedMs = values[2];
        r.stdevGcElapsedMs = values[3];
        r.gcReclaimedMb = values[4];
        r.collections = values[5];
        r.directMemoryBytes = *direct < 0 ? -1 : *direct;
        return r;
    }
    ParseError e;
    e.line = int(header + 1);
    e.message = CoreTr::tr("the gcstats header has no values under it");
    return e;
}

} // namespace Ringside::Cassandra
