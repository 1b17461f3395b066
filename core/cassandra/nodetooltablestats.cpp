#include "cassandra/nodetooltablestats.h"

#include "coretr.h"

#include <QJsonArray>

#include <functional>

namespace Ringside::Cassandra {

namespace {

using Setter = std::function<bool(TableStats &, QStringView)>;

Setter count(qint64 TableStats::*member)
{
    return [member](TableStats &t, QStringView v) {
        const auto n = parseInteger(v);
        t.*member = n.value_or(-1);
        return n.has_value();
    };
}

Setter decimal(double TableStats::*member)
{
    return [member](TableStats &t, QStringView v) {
        const auto d = parseDecimal(v);
        t.*member = d.value_or(notANumber);
        return d.has_value();
    };
}

Setter latency(double TableStats::*member)
{
    return [member](TableStats &t, QStringView v) {
        if (v.endsWith(u"ms")) {
            v.chop(2);
        }
        const auto d = parseDecimal(v);
        t.*member = d.value_or(notANumber);
        return d.has_value();
    };
}

Setter size(DataSize TableStats::*member)
{
    return [member](TableStats &t, QStringView v) {
        t.*member = dataSize(v);
        return (t.*member).isKnown();
    };
}

const QHash<QString, Setter> &tableSetters()
{
    static const QHash<QString, Setter> setters = {
        {QStringLiteral("SSTable count"), count(&TableStats::sstableCount)},
        {QStringLiteral("Old SSTable count"), count(&TableStats::oldSstableCount)},
        {QStringLiteral("SSTables in each level"),
         [](TableStats &t, QStringView v) {
             if (!v.startsWith(u'[') || !v.endsWith(u']')) {
                 return false;
             }
             t.sstablesInEachLevel.clear();
             for (QStringView part : v.sliced(1, v.size() - 2).split(u',')) {
                 if (!part.trimmed().isEmpty()) {
                     t.sstablesInEachLevel.append(part.trimmed().toString());
                 }
             }
             return true;
         }},
        {QStringLiteral("Space used (live)"), size(&TableStats::spaceUsedLive)},
        {QStringLiteral("Space used (total)"), size(&TableStats::spaceUsedTotal)},
        {QStringLiteral("Space used by snapshots (total)"), size(&TableStats::spaceUsedBySnapshots)},
        {QStringLiteral("Off heap memory used (total)"), size(&TableStats::offHeapMemoryUsed)},
        {QStringLiteral("SSTable Compression Ratio"),
         [](TableStats &t, QStringView v) {
             const auto d = parseDecimal(v);
             t.compressionRatio = (d && *d >= 0) ? *d : notANumber;
             return d.has_value();
         }},
        {QStringLiteral("Number of partitions (estimate)"), count(&TableStats::partitionsEstimate)},
        {QStringLiteral("Memtable cell count"), count(&TableStats::memtableCellCount)},
        {QStringLiteral("Memtable data size"), size(&TableStats::memtableDataSize)},
        {QStringLiteral("Memtable switch count"), count(&TableStats::memtableSwitchCount)},
        {QStringLiteral("Local read count"), count(&TableStats::localReadCount)},
        {QStringLiteral("Local read latency"), latency(&TableStats::localReadLatencyMs)},
        {QStringLiteral("Local write count"), count(&TableStats::localWriteCount)},
        {QStringLiteral("Local write latency"), latency(&TableStats::localWriteLatencyMs)},
        {QStringLiteral("Pending flushes"), count(&TableStats::pendingFlushes)},
        {QStringLiteral("Percent repaired"), decimal(&TableStats::percentRepaired)},
        {QStringLiteral("Bloom filter false positives"), count(&TableStats::bloomFilterFalsePositives)},
        {QStringLiteral("Bloom filter false ratio"), decimal(&TableStats::bloomFilterFalseRatio)},
        {QStringLiteral("Bloom filter space used"), size(&TableStats::bloomFilterSpaceUsed)},
        {QStringLiteral("Compacted partition minimum bytes"), count(&TableStats::compactedPartitionMinBytes)},
        {QStringLiteral("Compacted partition maximum bytes"), count(&TableStats::compactedPartitionMaxBytes)},
        {QStringLiteral("Compacted partition mean bytes"), count(&TableStats::compactedPartitionMeanBytes)},
        {QStringLiteral("Average live cells per slice (last five minutes)"),
         decimal(&TableStats::averageLiveCellsPerSlice)},
        {QStringLiteral("Maximum live cells per slice (last five minutes)"),
         count(&TableStats::maximumLiveCellsPerSlice)},
        {QStringLiteral("Average tombstones per slice (last five minutes)"),
         decimal(&TableStats::averageTombstonesPerSlice)},
        {QStringLiteral("Maximum tombstones per slice (last five minutes)"),
         count(&TableStats::maximumTombstonesPerSlice)},
        {QStringLiteral("Dropped Mutations"), count(&TableStats::droppedMutations)},
        {QStringLiteral("Droppable tombstone ratio"), decimal(&TableStats::droppableTombstoneRatio)},
    };
    return setters;
}

bool setKeyspaceField(KeyspaceStats &k, QStringView key, QStringView value)
{
    auto latencyMs = [](QStringView v) {
        if (v.endsWith(u"ms")) {
            v.chop(2);
        }
        return parseDecimal(v);
    };
    if (key == u"Read Count" || key == u"Write Count" || key == u"Pending Flushes") {
        const auto n = parseInteger(value);
        (key == u"Read Count" ? k.readCount : key == u"Write Count" ? k.writeCount : k.pendingFlushes) = n.value_or(-1);
        return n.has_value();
    }
    if (key == u"Read Latency" || key == u"Write Latency") {
        const auto d = latencyMs(value);
        (key == u"Read Latency" ? k.readLatencyMs : k.writeLatencyMs) = d.value_or(notANumber);
        return d.has_value();
    }
    return true; // a keyspace line of another version
}

KeyspaceStats &keyspaceNamed(TableStatsReport &r, const QString &name)
{
    for (KeyspaceStats &k : r.keyspaces) {
        if (k.name == name) {
            return k;
        }
    }
    KeyspaceStats k;
    k.name = name;
    r.keyspaces.append(k);
    return r.keyspaces.last();
}

} // namespace

QString TableStats::field(const QString &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QJsonObject TableStats::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("keyspace"), keyspace);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("isIndex"), isIndex);
    o.insert(QStringLiteral("sstableCount"), jsonCount(sstableCount));
    o.insert(QStringLiteral("oldSstableCount"), jsonCount(oldSstableCount));
    if (!sstablesInEachLevel.isEmpty()) {
        o.insert(QStringLiteral("sstablesInEachLevel"), QJsonArray::fromStringList(sstablesInEachLevel));
    }
    o.insert(QStringLiteral("spaceUsedLive"), spaceUsedLive.toJson());
    o.insert(QStringLiteral("spaceUsedTotal"), spaceUsedTotal.toJson());
    o.insert(QStringLiteral("spaceUsedBySnapshots"), spaceUsedBySnapshots.toJson());
    o.insert(QStringLiteral("offHeapMemoryUsed"), offHeapMemoryUsed.toJson());
    o.insert(QStringLiteral("compressionRatio"), jsonNumber(compressionRatio));
    o.insert(QStringLiteral("partitionsEstimate"), jsonCount(partitionsEstimate));
    o.insert(QStringLiteral("memtableCellCount"), jsonCount(memtableCellCount));
    o.insert(QStringLiteral("memtableDataSize"), memtableDataSize.toJson());
    o.insert(QStringLiteral("memtableSwitchCount"), jsonCount(memtableSwitchCount));
    o.insert(QStringLiteral("localReadCount"), jsonCount(localReadCount));
    o.insert(QStringLiteral("localReadLatencyMs"), jsonNumber(localReadLatencyMs));
    o.insert(QStringLiteral("localWriteCount"), jsonCount(localWriteCount));
    o.insert(QStringLiteral("localWriteLatencyMs"), jsonNumber(localWriteLatencyMs));
    o.insert(QStringLiteral("pendingFlushes"), jsonCount(pendingFlushes));
    o.insert(QStringLiteral("percentRepaired"), jsonNumber(percentRepaired));
    o.insert(QStringLiteral("bloomFilterFalsePositives"), jsonCount(bloomFilterFalsePositives));
    o.insert(QStringLiteral("bloomFilterFalseRatio"), jsonNumber(bloomFilterFalseRatio));
    o.insert(QStringLiteral("bloomFilterSpaceUsed"), bloomFilterSpaceUsed.toJson());
    o.insert(QStringLiteral("compactedPartitionMinBytes"), jsonCount(compactedPartitionMinBytes));
    o.insert(QStringLiteral("compactedPartitionMaxBytes"), jsonCount(compactedPartitionMaxBytes));
    o.insert(QStringLiteral("compactedPartitionMeanBytes"), jsonCount(compactedPartitionMeanBytes));
    o.insert(QStringLiteral("averageLiveCellsPerSlice"), jsonNumber(averageLiveCellsPerSlice));
    o.insert(QStringLiteral("maximumLiveCellsPerSlice"), jsonCount(maximumLiveCellsPerSlice));
    o.insert(QStringLiteral("averageTombstonesPerSlice"), jsonNumber(averageTombstonesPerSlice));
    o.insert(QStringLiteral("maximumTombstonesPerSlice"), jsonCount(maximumTombstonesPerSlice));
    o.insert(QStringLiteral("droppedMutations"), jsonCount(droppedMutations));
    o.insert(QStringLiteral("droppableTombstoneRatio"), jsonNumber(droppableTombstoneRatio));
    o.insert(QStringLiteral("fieldCount"), int(fields.size()));
    if (!extraLines.isEmpty()) {
        o.insert(QStringLiteral("extraLines"), QJsonArray::fromStringList(extraLines));
    }
    return o;
}

QJsonObject KeyspaceStats::toJson() const
{
    QJsonArray t;
    for (const TableStats &table : tables) {
        t.append(table.toJson());
    }
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("readCount"), jsonCount(readCount));
    o.insert(QStringLiteral("readLatencyMs"), jsonNumber(readLatencyMs));
    o.insert(QStringLiteral("writeCount"), jsonCount(writeCount));
    o.insert(QStringLiteral("writeLatencyMs"), jsonNumber(writeLatencyMs));
    o.insert(QStringLiteral("pendingFlushes"), jsonCount(pendingFlushes));
    o.insert(QStringLiteral("tables"), t);
    return o;
}

const TableStats *TableStatsReport::findTable(const QString &keyspace, const QString &table) const
{
    for (const KeyspaceStats &k : keyspaces) {
        if (k.name != keyspace) {
            continue;
        }
        for (const TableStats &t : k.tables) {
            if (t.name == table) {
                return &t;
            }
        }
    }
    return nullptr;
}

QJsonObject TableStatsReport::toJson() const
{
    QJsonArray k;
    for (const KeyspaceStats &ks : keyspaces) {
        k.append(ks.toJson());
    }
    return QJsonObject{{QStringLiteral("totalTables"), jsonCount(totalTables)}, {QStringLiteral("keyspaces"), k}};
}

ParseResult<TableStatsReport> parseTableStats(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool tablestats")); failure.isError()) {
        return failure;
    }
    TableStatsReport r;
    KeyspaceStats *keyspace = nullptr;
    TableStats *table = nullptr;
    bool inSubTable = false;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty() || (line.count(u'-') == line.size())) {
            inSubTable = false;
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        const QStringView key = colon > 0 ? line.first(colon).trimmed() : QStringView();
        const QStringView value = colon > 0 ? line.sliced(colon + 1).trimmed() : QStringView();
        if (key == u"Total number of tables") {
            const auto n = parseInteger(
                value.first(std::max<qsizetype>(0, value.indexOf(u' ') < 0 ? value.size() : value.indexOf(u' '))));
            if (!n) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a number of tables"));
            }
            r.totalTables = int(*n);
            continue;
        }
        if (key == u"Keyspace") {
            if (value.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a keyspace name"));
            }
            keyspace = &keyspaceNamed(r, value.toString());
            table = nullptr;
            inSubTable = false;
            continue;
        }
        if (key == u"Table" || key == u"Table (index)") {
            if (value.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a table name"));
            }
            QString tableName = value.toString();
            if (!keyspace) {
                // Sorted layout (-s): "Table: ks.table", no keyspace sections.
                const qsizetype dot = tableName.indexOf(u'.');
                if (dot <= 0) {
                    return unexpectedLine(
                        lineNo, line,
                        CoreTr::tr("\"Keyspace :\" before the first table, or a table named keyspace.table"));
                }
                KeyspaceStats &k = keyspaceNamed(r, tableName.left(dot));
                tableName = tableName.mid(dot + 1);
                k.tables.append(TableStats());
                table = &k.tables.last();
                table->keyspace = k.name;
            } else {
                keyspace->tables.append(TableStats());
                table = &keyspace->tables.last();
                table->keyspace = keyspace->name;
            }
            table->name = tableName;
            table->isIndex = key == u"Table (index)";
            inSubTable = false;
            continue;
        }
        if (table && (inSubTable || colon <= 0)) {
            if (!inSubTable && colon <= 0) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a \"name: value\" line of table %1").arg(table->name));
            }
            table->extraLines.append(line.toString());
            continue;
        }
        if (colon <= 0) {
            return unexpectedLine(lineNo, line, CoreTr::tr("\"Keyspace : <name>\" or a \"name: value\" line"));
        }
        if (table) {
            if (line.endsWith(u':')) {
                // "Top partitions by size (last update: ...):" (5.0) and the rows under it.
                table->fields.append({line.chopped(1).toString(), QString()});
                inSubTable = true;
                continue;
            }
            table->fields.append({key.toString(), value.toString()});
            const auto setter = tableSetters().constFind(key.toString());
            if (setter != tableSetters().cend() && !(*setter)(*table, value)) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a valid value for \"%1\"").arg(key.toString()));
            }
            continue;
        }
        if (!keyspace) {
            return unexpectedLine(lineNo, line, CoreTr::tr("\"Keyspace : <name>\""));
        }
        if (!setKeyspaceField(*keyspace, key, value)) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a valid value for \"%1\"").arg(key.toString()));
        }
    }
    if (r.keyspaces.isEmpty()) {
        ParseError e;
        e.message = CoreTr::tr("nodetool tablestats output names no keyspace");
        return e;
    }
    return r;
}

} // namespace Ringside::Cassandra
