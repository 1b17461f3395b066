#include "nodesim/cqlsh.h"

#include "cassandra/cqllexer.h"

namespace Ringside::Sandbox::NodeSim::Cqlsh {

using Cassandra::CqlToken;
using Cassandra::CqlTokenStream;
using Cassandra::ReplicationSettings;

namespace {

QString serverError(int code, const char *kind, const QString &type, const QString &message)
{
    return QStringLiteral("<stdin>:1:%1: Error from server: code=%2 [%3] message=\"%4\"\n")
        .arg(type)
        .arg(code, 4, 10, QLatin1Char('0'))
        .arg(QLatin1StringView(kind), message);
}

QString invalid(const QString &message)
{
    return serverError(2200, "Invalid query", QStringLiteral("InvalidRequest"), message);
}

QString compactionMap(const SimTable &t)
{
    const QString cls = QStringLiteral("org.apache.cassandra.db.compaction.") + t.compaction;
    if (t.compaction == QLatin1String("TimeWindowCompactionStrategy")) {
        return QStringLiteral("{'class': '%1', 'compaction_window_size': '1', 'compaction_window_unit': 'DAYS', "
                              "'max_threshold': '32', 'min_threshold': '4'}")
            .arg(cls);
    }
    if (t.compaction == QLatin1String("LeveledCompactionStrategy")) {
        return QStringLiteral("{'class': '%1', 'sstable_size_in_mb': '160'}").arg(cls);
    }
    return QStringLiteral("{'class': '%1', 'max_threshold': '32', 'min_threshold': '4'}").arg(cls);
}

QString replicationMap(const SimKeyspace &k)
{
    ReplicationSettings r = k.replication;
    r.strategyClass = fullStrategyClass(r.strategyClass);
    return r.toCql();
}

QString quote(const QString &name)
{
    return Cassandra::quoteCqlIdentifier(name);
}

} // namespace

CommandOutput connectionRefused()
{
    return {{},
            "Connection error: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, "
            "\"Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused\")})\n",
            1};
}

QString columnize(const QStringList &list, int displayWidth)
{
    const qsizetype size = list.size();
    if (size == 0) {
        return QStringLiteral("<empty>\n");
    }
    qsizetype nrows = 1, ncols = size;
    QList<qsizetype> widths;
    for (nrows = 1; nrows < size; ++nrows) {
        ncols = (size + nrows - 1) / nrows;
        widths.clear();
        qsizetype total = -2;
        for (qsizetype col = 0; col < ncols; ++col) {
            qsizetype w = 0;
            for (qsizetype row = 0; row < nrows; ++row) {
                const qsizetype i = row + nrows * col;
                if (i >= size) {
                    break;
                }
                w = std::max(w, list.at(i).size());
            }
            widths.append(w);
            total += w + 2;
            if (total > displayWidth) {
                break;
            }
        }
        if (total <= displayWidth) {
            break;
        }
    }
    if (nrows >= size) {
        nrows = size;
        ncols = 1;
        widths = {0};
        for (const QString &s : list) {
            widths[0] = std::max(widths[0], s.size());
        }
    }
    QString out;
    for (qsizetype row = 0; row < nrows; ++row) {
        QStringList texts;
        for (qsizetype col = 0; col < ncols; ++col) {
            const qsizetype i = row + nrows * col;
            texts.append(i < size ? list.at(i) : QString());
        }
        while (!texts.isEmpty() && texts.last().isEmpty()) {
            texts.removeLast();
        }
        for (qsizetype col = 0; col < texts.size(); ++col) {
            texts[col] = texts.at(col).leftJustified(widths.value(col), u' ');
        }
        out += texts.join(QStringLiteral("  ")) + u'\n';
    }
    return out;
}

QString describeKeyspaces(const SimSchema &schema)
{
    QStringList names;
    for (const SimKeyspace &k : schema.keyspaces) {
        names.append(quote(k.name));
    }
    return u'\n' + columnize(names) + u'\n';
}

QString describeKeyspace(const SimKeyspace &k)
{
    QString out = QStringLiteral("\nCREATE KEYSPACE %1 WITH replication = %2  AND durable_writes = %3;\n")
                      .arg(quote(k.name), k.replication.toCql(),
                           k.durableWrites ? QStringLiteral("true") : QStringLiteral("false"));
    for (const SimTable &t : k.tables) {
        out += QStringLiteral("\nCREATE TABLE %1.%2 (\n").arg(quote(k.name), quote(t.name));
        const QStringList pk = t.partitionKey();
        const QStringList ck = t.clusteringColumns();
        const bool single = pk.size() == 1 && ck.isEmpty();
        for (const SimColumn &c : t.columns) {
            out += QStringLiteral("    ") + quote(c.name) + u' ' + c.type
                   + (c.kind == SimColumn::Kind::Static ? QStringLiteral(" static") : QString())
                   + (single && c.kind == SimColumn::Kind::PartitionKey ? QStringLiteral(" PRIMARY KEY") : QString())
                   + QStringLiteral(",\n");
        }
        if (single) {
            out.chop(2);
            out += u'\n';
        } else {
            QStringList quotedPk, quotedCk;
            for (const QString &p : pk) {
                quotedPk.append(quote(p));
            }
            for (const QString &c : ck) {
                quotedCk.append(quote(c));
            }
            const QString partition = pk.size() == 1 ? quotedPk.first() : u'(' + quotedPk.join(QStringLiteral(", ")) + u')';
            out += QStringLiteral("    PRIMARY KEY (") + (QStringList{partition} + quotedCk).join(QStringLiteral(", "))
                   + QStringLiteral(")\n");
        }
        out += u')';
        QString with = QStringLiteral(" WITH ");
        if (!ck.isEmpty()) {
            QStringList order;
            for (const SimColumn &c : t.columns) {
                if (c.kind == SimColumn::Kind::Clustering) {
                    order.append(quote(c.name) + (c.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
                }
            }
            out += QStringLiteral(" WITH CLUSTERING ORDER BY (") + order.join(QStringLiteral(", ")) + QStringLiteral(")\n");
            with = QStringLiteral("    AND ");
        }
        const bool lcs = t.compaction == QLatin1String("LeveledCompactionStrategy");
        const QStringList options{
            QStringLiteral("additional_write_policy = '99p'"),
            QStringLiteral("bloom_filter_fp_chance = ") + (lcs ? QStringLiteral("0.1") : QStringLiteral("0.01")),
            QStringLiteral("caching = {'keys': 'ALL', 'rows_per_partition': 'NONE'}"),
            QStringLiteral("cdc = false"),
            QStringLiteral("comment = ") + Cassandra::quoteCqlString(t.comment),
            QStringLiteral("compaction = ") + compactionMap(t),
            QStringLiteral("compression = {'chunk_length_in_kb': '16', 'class': "
                           "'org.apache.cassandra.io.compress.LZ4Compressor'}"),
            QStringLiteral("memtable = 'default'"),
            QStringLiteral("crc_check_chance = 1.0"),
            QStringLiteral("default_time_to_live = %1").arg(t.defaultTimeToLive),
            QStringLiteral("extensions = {}"),
            QStringLiteral("gc_grace_seconds = %1").arg(t.gcGraceSeconds),
            QStringLiteral("max_index_interval = 2048"),
            QStringLiteral("memtable_flush_period_in_ms = 0"),
            QStringLiteral("min_index_interval = 128"),
            QStringLiteral("read_repair = 'BLOCKING'"),
            QStringLiteral("speculative_retry = '99p'")};
        for (qsizetype i = 0; i < options.size(); ++i) {
            out += (i == 0 ? with : QStringLiteral("    AND ")) + options.at(i)
                   + (i + 1 == options.size() ? QStringLiteral(";\n") : QStringLiteral("\n"));
        }
    }
    return out + u'\n';
}

QString resultTable(const QStringList &columns, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &c : columns) {
        widths.append(c.size());
    }
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], r.at(i).size());
        }
    }
    QStringList header, dashes;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        header.append(columns.at(i).leftJustified(widths.at(i), u' '));
        dashes.append(QString(widths.at(i), u'-'));
    }
    QString out = QStringLiteral("\n ") + header.join(QStringLiteral(" | ")) + u'\n';
    out += u'-' + dashes.join(QStringLiteral("-+-")) + QStringLiteral("-\n");
    for (const QStringList &r : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < r.size(); ++i) {
            cells.append(r.at(i).rightJustified(widths.at(i), u' '));
        }
        out += u' ' + cells.join(QStringLiteral(" | ")) + u'\n';
    }
    return out + QStringLiteral("\n(%1 rows)\n").arg(rows.size());
}

namespace {

struct Result
{
    QString out;
    QString err;
};

Result select(CqlTokenStream &s, const SimCluster &cluster, const SimSchema &schema)
{
    QStringList columns;
    bool star = false;
    while (!s.atEnd() && !s.peek().isKeyword(u"from")) {
        const CqlToken &t = s.next();
        if (t.isSymbol(u'*')) {
            star = true;
        } else if (t.isIdentifier()) {
            columns.append(t.text);
        } else if (!t.isSymbol(u',')) {
            return {{}, QStringLiteral("<stdin>:1:SyntaxException: line 1:%1 no viable alternative at input '%2'\n")
                            .arg(t.line)
                            .arg(t.raw)};
        }
    }
    if (!s.acceptKeyword(u"from")) {
        return {{}, QStringLiteral("<stdin>:1:SyntaxException: line 1:6 mismatched input '<EOF>' expecting K_FROM\n")};
    }
    QString ks, table;
    s.readQualifiedName(ks, table);
    if (ks != QLatin1String("system_schema")
        || (table != QLatin1String("keyspaces") && table != QLatin1String("tables"))) {
        return {{},
                QStringLiteral("cqlsh (Ringside sandbox): only SELECT from system_schema.keyspaces and "
                               "system_schema.tables is simulated, not from %1.%2\n")
                    .arg(ks.isEmpty() ? QStringLiteral("<no keyspace>") : ks, table)};
    }
    QHash<QString, QString> where;
    if (s.acceptKeyword(u"where")) {
        do {
            const CqlToken &column = s.next();
            if (!s.acceptSymbol(u'=')) {
                return {{}, invalid(QStringLiteral("Only equality restrictions are simulated in this sandbox"))};
            }
            where.insert(column.text, s.next().text);
        } while (s.acceptKeyword(u"and"));
    }
    const bool tables = table == QLatin1String("tables");
    const QStringList all = tables ? QStringList{QStringLiteral("keyspace_name"), QStringLiteral("table_name"),
                                                 QStringLiteral("comment"), QStringLiteral("compaction"),
                                                 QStringLiteral("default_time_to_live"), QStringLiteral("gc_grace_seconds")}
                                   : QStringList{QStringLiteral("keyspace_name"), QStringLiteral("durable_writes"),
                                                 QStringLiteral("replication")};
    if (star) {
        columns = all;
    }
    for (const QString &c : std::as_const(columns) + where.keys()) {
        if (!all.contains(c)) {
            return {{}, invalid(QStringLiteral("Undefined column name %1 in table system_schema.%2").arg(c, table))};
        }
    }
    QList<QStringList> rows;
    for (const SimKeyspace &k : schema.keyspaces) {
        if (k.isVirtual() || (where.contains(QStringLiteral("keyspace_name")) && where.value(QStringLiteral("keyspace_name")) != k.name)) {
            continue;
        }
        if (!tables) {
            QHash<QString, QString> values{{QStringLiteral("keyspace_name"), k.name},
                                           {QStringLiteral("durable_writes"), k.durableWrites ? QStringLiteral("True") : QStringLiteral("False")},
                                           {QStringLiteral("replication"), replicationMap(k)}};
            QStringList row;
            for (const QString &c : std::as_const(columns)) {
                row.append(values.value(c));
            }
            rows.append(row);
            continue;
        }
        for (const SimTable &t : k.tables) {
            if (where.contains(QStringLiteral("table_name")) && where.value(QStringLiteral("table_name")) != t.name) {
                continue;
            }
            QHash<QString, QString> values{{QStringLiteral("keyspace_name"), k.name},
                                           {QStringLiteral("table_name"), t.name},
                                           {QStringLiteral("comment"), t.comment},
                                           {QStringLiteral("compaction"), compactionMap(t)},
                                           {QStringLiteral("default_time_to_live"), QString::number(t.defaultTimeToLive)},
                                           {QStringLiteral("gc_grace_seconds"), QString::number(t.gcGraceSeconds)}};
            QStringList row;
            for (const QString &c : std::as_const(columns)) {
                row.append(values.value(c));
            }
            rows.append(row);
        }
    }
    Q_UNUSED(cluster);
    return {resultTable(columns, rows), {}};
}

Result alterKeyspace(CqlTokenStream &s, const SimCluster &cluster, SimSchema *schema, bool *changed)
{
    const CqlToken &nameToken = s.next();
    const QString name = nameToken.text;
    SimKeyspace *k = schema->keyspace(name);
    if (!k || k->isVirtual()) {
        return {{}, invalid(QStringLiteral("Keyspace '%1' doesn't exist").arg(name))};
    }
    if (k->isLocal()) {
        return {{}, serverError(2100, "Unauthorized", QStringLiteral("Unauthorized"),
                                QStringLiteral("Cannot alter system keyspace %1").arg(name))};
    }
    if (!s.acceptKeyword(u"with")) {
        return {{}, QStringLiteral("<stdin>:1:SyntaxException: line 1:%1 mismatched input '%2' expecting K_WITH\n")
                        .arg(15 + name.size())
                        .arg(s.peek().raw)};
    }
    std::optional<ReplicationSettings> replication;
    std::optional<bool> durable;
    do {
        const CqlToken &option = s.next();
        if (!s.acceptSymbol(u'=')) {
            return {{}, QStringLiteral("<stdin>:1:SyntaxException: line 1:%1 mismatched input '%2' expecting '='\n")
                            .arg(option.line)
                            .arg(s.peek().raw)};
        }
        const Cassandra::ParseResult<QVariant> value = s.readLiteral();
        if (!value.isOk()) {
            return {{}, QStringLiteral("<stdin>:1:SyntaxException: %1\n").arg(value.error().message)};
        }
        if (option.isKeyword(u"replication")) {
            const auto r = ReplicationSettings::fromVariantMap(value.value().toMap());
            if (!r.isOk()) {
                return {{}, serverError(2300, "Query invalid because of configuration issue",
                                        QStringLiteral("ConfigurationException"), r.error().message)};
            }
            replication = r.value();
        } else if (option.isKeyword(u"durable_writes")) {
            durable = value.value().toBool();
        } else {
            return {{}, serverError(2000, "Syntax error in CQL query", QStringLiteral("SyntaxException"),
                                    QStringLiteral("Unknown property '%1'").arg(option.text))};
        }
    } while (s.acceptKeyword(u"and"));
    QString warnings;
    if (replication) {
        ReplicationSettings r = *replication;
        r.strategyClass = r.shortClassName();
        if (r.strategyClass.isEmpty()) {
            return {{}, serverError(2300, "Query invalid because of configuration issue",
                                    QStringLiteral("ConfigurationException"), QStringLiteral("Missing replication strategy class"))};
        }
        if (r.isNetworkTopology()) {
            const QMap<QString, int> sizes = cluster.datacenterSizes();
            for (auto it = r.options.cbegin(); it != r.options.cend(); ++it) {
                if (it.key() != QLatin1String("replication_factor") && !sizes.contains(it.key())) {
                    return {{}, serverError(2300, "Query invalid because of configuration issue",
                                            QStringLiteral("ConfigurationException"),
                                            QStringLiteral("Unrecognized strategy option {%1} passed to NetworkTopologyStrategy "
                                                           "for keyspace %2")
                                                .arg(it.key(), name))};
                }
                const int rf = it.value().toInt();
                if (rf > sizes.value(it.key())) {
                    warnings += QStringLiteral("Your replication factor %1 for keyspace %2 is higher than the number of "
                                               "nodes %3 for datacenter %4\n")
                                    .arg(rf)
                                    .arg(name)
                                    .arg(sizes.value(it.key()))
                                    .arg(it.key());
                }
            }
        } else if (!r.isSimple()) {
            return {{}, serverError(2300, "Query invalid because of configuration issue",
                                    QStringLiteral("ConfigurationException"),
                                    QStringLiteral("Unable to find replication strategy class '%1'").arg(replication->strategyClass))};
        }
        k->replication = r;
        *changed = true;
    }
    if (durable) {
        k->durableWrites = *durable;
        *changed = true;
    }
    return {warnings.isEmpty() ? QString() : QStringLiteral("\nWarnings :\n") + warnings + u'\n', {}};
}

} // namespace

CommandOutput run(const QStringList &arguments, const SimCluster &cluster, SimSchema *schema,
                  const std::optional<Credentials> &credentials, bool *changed)
{
    *changed = false;
    QString statements, user, password;
    bool haveStatements = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const auto value = [&] { return i + 1 < arguments.size() ? arguments.at(++i) : QString(); };
        if (a == QLatin1String("-e") || a == QLatin1String("--execute")) {
            statements = value();
            haveStatements = true;
        } else if (a.startsWith(QLatin1String("--execute="))) {
            statements = a.mid(10);
            haveStatements = true;
        } else if (a == QLatin1String("-u") || a == QLatin1String("--username")) {
            user = value();
        } else if (a == QLatin1String("-p") || a == QLatin1String("--password")) {
            password = value();
        } else if (a == QLatin1String("-k") || a == QLatin1String("--keyspace") || a == QLatin1String("--request-timeout")
                   || a == QLatin1String("--connect-timeout")) {
            value();
        }
    }
    if (credentials) {
        if (user.isEmpty()) {
            return {{},
                    "Connection error: ('Unable to connect to any servers', {'127.0.0.1:9042': "
                    "AuthenticationFailed('Remote end requires authentication')})\n",
                    1};
        }
        if (user != credentials->username || password != credentials->password) {
            return {{},
                    QStringLiteral("Connection error: ('Unable to connect to any servers', {'127.0.0.1:9042': "
                                   "AuthenticationFailed('Failed to authenticate to 127.0.0.1:9042: Error from server: "
                                   "code=0100 [Bad credentials] message=\"Provided username %1 and/or password are "
                                   "incorrect\"')})\n")
                        .arg(user)
                        .toUtf8(),
                    1};
        }
    }
    if (!haveStatements) {
        return {{}, "cqlsh (Ringside sandbox): give the statements with -e; the interactive shell is not simulated\n", 2};
    }
    const auto tokens = Cassandra::tokenizeCql(statements);
    if (!tokens.isOk()) {
        return {{}, (QStringLiteral("<stdin>:1:SyntaxException: ") + tokens.error().message + u'\n').toUtf8(), 2};
    }
    CqlTokenStream s(tokens.value());
    QString out, err;
    while (!s.atEnd() && err.isEmpty()) {
        if (s.acceptSymbol(u';')) {
            continue;
        }
        Result r;
        if (s.acceptKeyword(u"describe") || s.acceptKeyword(u"desc")) {
            if (s.acceptKeyword(u"keyspaces")) {
                r.out = describeKeyspaces(*schema);
            } else if (s.acceptKeyword(u"keyspace")) {
                const QString name = s.next().text;
                const SimKeyspace *k = schema->keyspace(name);
                r = k ? Result{describeKeyspace(*k), {}}
                      : Result{{}, invalid(QStringLiteral("'%1' not found in keyspaces").arg(name))};
            } else {
                r.err = QStringLiteral("cqlsh (Ringside sandbox): only DESCRIBE KEYSPACES and DESCRIBE KEYSPACE are simulated\n");
            }
        } else if (s.acceptKeyword(u"select")) {
            r = select(s, cluster, *schema);
        } else if (s.acceptKeyword(u"alter")) {
            if (!s.acceptKeyword(u"keyspace")) {
                r.err = QStringLiteral("cqlsh (Ringside sandbox): only ALTER KEYSPACE is simulated\n");
            } else {
                r = alterKeyspace(s, cluster, schema, changed);
            }
        } else {
            r.err = QStringLiteral("cqlsh (Ringside sandbox): \"%1\" is not simulated; DESCRIBE KEYSPACES, DESCRIBE "
                                   "KEYSPACE, SELECT from system_schema.keyspaces/tables and ALTER KEYSPACE are\n")
                        .arg(s.peek().raw);
        }
        out += r.out;
        err += r.err;
        s.skipStatement();
    }
    return {out.toUtf8(), err.toUtf8(), err.isEmpty() ? 0 : 2};
}

} // namespace Ringside::Sandbox::NodeSim::Cqlsh
