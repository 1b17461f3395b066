#include "cassandra/cqlshoutput.h"

#include "cassandra/cqllexer.h"
#include "coretr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ringside::Cassandra {

namespace {

ParseError cqlError(int line, const QString &message)
{
    ParseError e;
    e.line = line;
    e.message = message;
    return e;
}

ParseError expectedToken(const CqlTokenStream &s, const QString &what)
{
    const QString found = s.atEnd() ? CoreTr::tr("the end of the output") : u'"' + s.peek().raw + u'"';
    return cqlError(s.line(), CoreTr::tr("expected %1, found %2").arg(what, found));
}

void acceptIfNotExists(CqlTokenStream &s)
{
    if (s.peek().isKeyword(u"if") && s.peek(1).isKeyword(u"not") && s.peek(2).isKeyword(u"exists")) {
        s.next();
        s.next();
        s.next();
    }
}

// Type text from raw tokens: "map<text, int>", "frozen<list<text>>".
QString joinType(const QList<CqlToken> &tokens)
{
    QString type;
    for (const CqlToken &t : tokens) {
        type += t.kind == CqlToken::Kind::QuotedName ? quoteCqlIdentifier(t.text) : t.raw;
        if (t.isSymbol(u',')) {
            type += u' ';
        }
    }
    return type;
}

// ( a ) or ( (a, b), c, d ) after PRIMARY KEY.
bool readPrimaryKey(CqlTokenStream &s, CqlTableDefinition &table)
{
    if (!s.acceptSymbol(u'(')) {
        return false;
    }
    if (s.acceptSymbol(u'(')) {
        do {
            if (!s.peek().isIdentifier()) {
                return false;
            }
            table.partitionKey.append(s.next().text);
        } while (s.acceptSymbol(u','));
        if (!s.acceptSymbol(u')')) {
            return false;
        }
    } else if (s.peek().isIdentifier()) {
        table.partitionKey.append(s.next().text);
    } else {
        return false;
    }
    while (s.acceptSymbol(u',')) {
        if (!s.peek().isIdentifier()) {
            return false;
        }
        table.clusteringColumns.append(s.next().text);
    }
    return s.acceptSymbol(u')');
}

ParseError readColumns(CqlTokenStream &s, CqlTableDefinition &table)
{
    if (!s.acceptSymbol(u'(')) {
        return expectedToken(s, CoreTr::tr("'(' and the column definitions"));
    }
    while (true) {
        if (s.peek().isKeyword(u"primary") && s.peek(1).isKeyword(u"key")) {
            s.next();
            s.next();
            if (!readPrimaryKey(s, table)) {
                return expectedToken(s, CoreTr::tr("a PRIMARY KEY (...) column list"));
            }
        } else {
            if (!s.peek().isIdentifier()) {
                return expectedToken(s, CoreTr::tr("a column name"));
            }
            CqlColumn column;
            column.name = s.next().text;
            QList<CqlToken> typeTokens;
            int depth = 0;
            while (!s.atEnd() && !(depth == 0 && (s.peek().isSymbol(u',') || s.peek().isSymbol(u')')))) {
                const CqlToken &t = s.next();
                depth += t.isSymbol(u'<') ? 1 : t.isSymbol(u'>') ? -1 : 0;
                typeTokens.append(t);
            }
            if (typeTokens.size() >= 2 && typeTokens[typeTokens.size() - 2].isKeyword(u"primary")
                && typeTokens.last().isKeyword(u"key")) {
                typeTokens.resize(typeTokens.size() - 2);
                table.partitionKey = {column.name};
            }
            if (!typeTokens.isEmpty() && typeTokens.last().isKeyword(u"static")) {
                typeTokens.removeLast();
                column.kind = CqlColumn::Kind::Static;
            }
            if (typeTokens.isEmpty()) {
                return expectedToken(s, CoreTr::tr("a type for column %1").arg(column.name));
            }
            // A type is one name at the top level (ks.udt counts as one), with parameters in <...>.
            int topLevelNames = 0;
            int typeDepth = 0;
            for (qsizetype k = 0; k < typeTokens.size(); ++k) {
                const CqlToken &t = typeTokens[k];
                typeDepth += t.isSymbol(u'<') ? 1 : t.isSymbol(u'>') ? -1 : 0;
                if (typeDepth == 0 && t.isIdentifier() && !(k > 0 && typeTokens[k - 1].isSymbol(u'.'))) {
                    ++topLevelNames;
                }
            }
            if (topLevelNames != 1 || typeDepth != 0) {
                return cqlError(typeTokens.first().line,
                                CoreTr::tr("expected ',' or ')' after the type of column %1, found \"%2\"")
                                    .arg(column.name, joinType(typeTokens)));
            }
            column.type = joinType(typeTokens);
            table.columns.append(column);
        }
        if (s.acceptSymbol(u')')) {
            break;
        }
        if (!s.acceptSymbol(u',')) {
            return expectedToken(s, CoreTr::tr("',' or ')' in the column definitions"));
        }
    }
    for (CqlColumn &c : table.columns) {
        if (table.partitionKey.contains(c.name)) {
            c.kind = CqlColumn::Kind::PartitionKey;
        } else if (table.clusteringColumns.contains(c.name)) {
            c.kind = CqlColumn::Kind::Clustering;
        }
    }
    return {};
}

// WITH a = 1 AND CLUSTERING ORDER BY (c DESC) AND COMPACT STORAGE AND b = {...} ;
ParseError readOptions(CqlTokenStream &s, QVariantMap &options)
{
    if (!s.acceptKeyword(u"with")) {
        return {};
    }
    do {
        if (s.peek().isKeyword(u"clustering") && s.peek(1).isKeyword(u"order")) {
            s.next();
            s.next();
            if (!s.acceptKeyword(u"by") || !s.acceptSymbol(u'(')) {
                return expectedToken(s, CoreTr::tr("CLUSTERING ORDER BY (...)"));
            }
            QStringList order; // "column DIRECTION", in key order
            do {
                if (!s.peek().isIdentifier()) {
                    return expectedToken(s, CoreTr::tr("a clustering column"));
                }
                const QString column = s.next().text;
                QString direction = QStringLiteral("ASC");
                if (s.peek().isKeyword(u"asc") || s.peek().isKeyword(u"desc")) {
                    direction = s.next().text.toUpper();
                }
                order.append(column + u' ' + direction);
            } while (s.acceptSymbol(u','));
            if (!s.acceptSymbol(u')')) {
                return expectedToken(s, CoreTr::tr("')' after the clustering order"));
            }
            options.insert(QStringLiteral("clustering_order"), order);
        } else if (s.peek().isKeyword(u"compact") && s.peek(1).isKeyword(u"storage")) {
            s.next();
            s.next();
            options.insert(QStringLiteral("compact_storage"), true);
        } else {
            if (!s.peek().isIdentifier()) {
                return expectedToken(s, CoreTr::tr("an option name"));
            }
            const QString name = s.next().text;
            if (!s.acceptSymbol(u'=')) {
                return expectedToken(s, CoreTr::tr("'=' after option %1").arg(name));
            }
            ParseResult<QVariant> value = s.readLiteral();
            if (!value.isOk()) {
                return value.error();
            }
            options.insert(name, value.value());
        }
    } while (s.acceptKeyword(u"and"));
    return {};
}

ParseError endStatement(CqlTokenStream &s)
{
    if (s.acceptSymbol(u';') || s.atEnd()) {
        return {};
    }
    return expectedToken(s, CoreTr::tr("';' at the end of the statement"));
}

ParseError readKeyspace(CqlTokenStream &s, CqlKeyspaceDefinition &ks)
{
    acceptIfNotExists(s);
    if (!s.peek().isIdentifier()) {
        return expectedToken(s, CoreTr::tr("a keyspace name"));
    }
    const int line = s.line();
    const QString name = s.next().text;
    QVariantMap options;
    if (const ParseError e = readOptions(s, options); e.isError()) {
        return e;
    }
    if (!options.contains(QStringLiteral("replication"))) {
        return cqlError(line, CoreTr::tr("CREATE KEYSPACE %1 has no replication").arg(name));
    }
    ParseResult<ReplicationSettings> replication
        = ReplicationSettings::fromVariantMap(options.take(QStringLiteral("replication")).toMap(), line);
    if (!replication.isOk()) {
        return replication.error();
    }
    if (ks.name.isEmpty()) {
        ks.name = name;
        ks.replication = replication.value();
        const QVariant durable = options.take(QStringLiteral("durable_writes"));
        ks.durableWrites = durable.isValid() ? durable.toBool() : true;
        ks.options = options;
    }
    return endStatement(s);
}

ParseError readTable(CqlTokenStream &s, CqlKeyspaceDefinition &ks)
{
    acceptIfNotExists(s);
    CqlTableDefinition table;
    if (!s.readQualifiedName(table.keyspace, table.name)) {
        return expectedToken(s, CoreTr::tr("a table name"));
    }
    if (const ParseError e = readColumns(s, table); e.isError()) {
        return e;
    }
    if (const ParseError e = readOptions(s, table.options); e.isError()) {
        return e;
    }
    ks.tables.append(table);
    return endStatement(s);
}

ParseError readView(CqlTokenStream &s, CqlKeyspaceDefinition &ks)
{
    acceptIfNotExists(s);
    CqlTableDefinition view;
    view.isView = true;
    if (!s.readQualifiedName(view.keyspace, view.name)) {
        return expectedToken(s, CoreTr::tr("a view name"));
    }
    while (!s.atEnd() && !s.peek().isKeyword(u"from")) {
        s.next();
    }
    QString baseKeyspace;
    if (!s.acceptKeyword(u"from") || !s.readQualifiedName(baseKeyspace, view.baseTable)) {
        return expectedToken(s, CoreTr::tr("FROM and the base table of view %1").arg(view.name));
    }
    while (!s.atEnd() && !(s.peek().isKeyword(u"primary") && s.peek(1).isKeyword(u"key")) && !s.peek().isSymbol(u';')) {
        s.next();
    }
    if (s.acceptKeyword(u"primary")) {
        s.next();
        if (!readPrimaryKey(s, view)) {
            return expectedToken(s, CoreTr::tr("the PRIMARY KEY of view %1").arg(view.name));
        }
    }
    if (const ParseError e = readOptions(s, view.options); e.isError()) {
        return e;
    }
    ks.views.append(view);
    return endStatement(s);
}

} // namespace

QJsonObject CqlColumn::toJson() const
{
    static const char *kinds[] = {"regular", "partition_key", "clustering", "static"};
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("kind"), QLatin1String(kinds[int(kind)])}};
}

qint64 CqlTableDefinition::gcGraceSeconds() const
{
    const QVariant v = options.value(QStringLiteral("gc_grace_seconds"));
    return v.isValid() ? v.toLongLong() : -1;
}

qint64 CqlTableDefinition::defaultTimeToLive() const
{
    const QVariant v = options.value(QStringLiteral("default_time_to_live"));
    return v.isValid() ? v.toLongLong() : -1;
}

QString CqlTableDefinition::compactionStrategy() const
{
    const QString cls = options.value(QStringLiteral("compaction")).toMap().value(QStringLiteral("class")).toString();
    return cls.mid(cls.lastIndexOf(u'.') + 1);
}

QJsonObject CqlTableDefinition::toJson() const
{
    QJsonArray cols;
    for (const CqlColumn &c : columns) {
        cols.append(c.toJson());
    }
    QJsonObject o;
    o.insert(QStringLiteral("keyspace"), keyspace);
    o.insert(QStringLiteral("name"), name);
    if (isView) {
        o.insert(QStringLiteral("baseTable"), baseTable);
    }
    o.insert(QStringLiteral("columns"), cols);
    o.insert(QStringLiteral("partitionKey"), QJsonArray::fromStringList(partitionKey));
    o.insert(QStringLiteral("clusteringColumns"), QJsonArray::fromStringList(clusteringColumns));
    o.insert(QStringLiteral("options"), QJsonObject::fromVariantMap(options));
    o.insert(QStringLiteral("gcGraceSeconds"), jsonCount(gcGraceSeconds()));
    o.insert(QStringLiteral("compactionStrategy"), compactionStrategy());
    return o;
}

const CqlTableDefinition *CqlKeyspaceDefinition::table(const QString &name) const
{
    for (const CqlTableDefinition &t : tables) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

QJsonObject CqlKeyspaceDefinition::toJson() const
{
    auto defs = [](const QList<CqlTableDefinition> &list) {
        QJsonArray a;
        for (const CqlTableDefinition &t : list) {
            a.append(t.toJson());
        }
        return a;
    };
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("replication"), replication.toJson());
    o.insert(QStringLiteral("durableWrites"), durableWrites);
    o.insert(QStringLiteral("options"), QJsonObject::fromVariantMap(options));
    o.insert(QStringLiteral("tables"), defs(tables));
    o.insert(QStringLiteral("views"), defs(views));
    o.insert(QStringLiteral("types"), QJsonArray::fromStringList(types));
    o.insert(QStringLiteral("indexes"), QJsonArray::fromStringList(indexes));
    o.insert(QStringLiteral("functions"), QJsonArray::fromStringList(functions));
    o.insert(QStringLiteral("aggregates"), QJsonArray::fromStringList(aggregates));
    return o;
}

ParseResult<QStringList> parseDescribeKeyspaces(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("cqlsh")); failure.isError()) {
        return failure;
    }
    ParseResult<QList<CqlToken>> tokens = tokenizeCql(text);
    if (!tokens.isOk()) {
        return tokens.error();
    }
    QStringList names;
    for (const CqlToken &t : tokens.value()) {
        if (!t.isIdentifier()) {
            return cqlError(t.line, CoreTr::tr("expected keyspace names, found \"%1\"").arg(t.raw));
        }
        names.append(t.text);
    }
    return names;
}

ParseResult<CqlKeyspaceDefinition> parseDescribeKeyspace(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("cqlsh")); failure.isError()) {
        return failure;
    }
    ParseResult<QList<CqlToken>> tokens = tokenizeCql(text);
    if (!tokens.isOk()) {
        return tokens.error();
    }
    CqlTokenStream s(tokens.value());
    CqlKeyspaceDefinition ks;
    while (!s.atEnd()) {
        if (s.acceptSymbol(u';')) {
            continue;
        }
        if (!s.acceptKeyword(u"create")) {
            if (s.peek().isKeyword(u"alter")) {
                s.skipStatement(); // "WITH INTERNALS" output: ALTER TABLE ... DROP for dropped columns
                continue;
            }
            return expectedToken(s, CoreTr::tr("a CREATE statement"));
        }
        if (s.peek().isKeyword(u"or") && s.peek(1).isKeyword(u"replace")) {
            s.next();
            s.next();
        }
        ParseError error;
        QString keyspace;
        QString name;
        if (s.acceptKeyword(u"keyspace")) {
            error = readKeyspace(s, ks);
        } else if (s.acceptKeyword(u"table")) {
            error = readTable(s, ks);
        } else if (s.peek().isKeyword(u"materialized") && s.peek(1).isKeyword(u"view")) {
            s.next();
            s.next();
            error = readView(s, ks);
        } else if (s.acceptKeyword(u"type") || s.acceptKeyword(u"function") || s.acceptKeyword(u"aggregate")) {
            const QString kind = tokens.value()[s.position() - 1].text;
            acceptIfNotExists(s);
            if (!s.readQualifiedName(keyspace, name)) {
                return expectedToken(s, CoreTr::tr("a %1 name").arg(kind));
            }
            (kind == u"type" ? ks.types : kind == u"function" ? ks.functions : ks.aggregates).append(name);
            s.skipStatement();
        } else if (s.acceptKeyword(u"index") || (s.acceptKeyword(u"custom") && s.acceptKeyword(u"index"))) {
            acceptIfNotExists(s);
            if (!s.readQualifiedName(keyspace, name)) {
                return expectedToken(s, CoreTr::tr("an index name"));
            }
            ks.indexes.append(name);
            s.skipStatement();
        } else {
            return expectedToken(
                s, CoreTr::tr("KEYSPACE, TABLE, TYPE, INDEX, MATERIALIZED VIEW, FUNCTION or AGGREGATE after CREATE"));
        }
        if (error.isError()) {
            return error;
        }
    }
    if (ks.name.isEmpty()) {
        return cqlError(0, CoreTr::tr("the DESCRIBE output has no CREATE KEYSPACE statement"));
    }
    return ks;
}

int CqlResultSet::columnIndex(const QString &column) const
{
    return int(columns.indexOf(column));
}

QString CqlResultSet::value(qsizetype row, const QString &column) const
{
    const int c = columnIndex(column);
    if (c < 0 || row < 0 || row >= rows.size()) {
        return {};
    }
    return rows[row].value(c);
}

QJsonObject CqlResultSet::toJson() const
{
    QJsonArray r;
    for (const QStringList &row : rows) {
        r.append(QJsonArray::fromStringList(row));
    }
    QJsonObject o;
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    o.insert(QStringLiteral("rows"), r);
    o.insert(QStringLiteral("reportedRows"), jsonCount(reportedRows));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

ParseResult<CqlResultSet> parseCqlTable(QStringView input)
{
    if (const ParseError failure = detectToolFailure(input, QStringLiteral("cqlsh")); failure.isError()) {
        return failure;
    }
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
    QString cleaned = input.toString();
    cleaned.remove(ansi);
    const QList<QStringView> lines = splitLines(cleaned);
    static const QRegularExpression footer(QStringLiteral("^\\((\\d+) rows?\\)$"));

    CqlResultSet result;
    qsizetype separator = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView t = lines[i].trimmed();
        if (t == u"Warnings :") {
            for (++i; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i) {
                result.warnings.append(lines[i].trimmed().toString());
            }
            continue;
        }
        if (t.size() >= 2 && t.startsWith(u'-') && t.count(u'-') + t.count(u'+') == t.size()) {
            separator = i;
            break;
        }
    }
    if (separator <= 0 || lines[separator - 1].trimmed().isEmpty()) {
        return cqlError(0, CoreTr::tr("no result table (a header line over a ----+---- line) in the cqlsh output"));
    }
    const QStringView sepLine = lines[separator];
    QList<qsizetype> bars;
    for (qsizetype k = 0; k < sepLine.size(); ++k) {
        if (sepLine[k] == u'+') {
            bars.append(k);
        }
    }
    auto cells = [&bars](QStringView line, QStringList &out) {
        out.clear();
        bool aligned = true;
        for (qsizetype b : bars) {
            aligned = aligned && b < line.size() && line[b] == u'|';
        }
        if (aligned) {
            qsizetype start = 0;
            for (qsizetype b : bars) {
                out.append(line.sliced(start, b - start).trimmed().toString());
                start = b + 1;
            }
            out.append(line.sliced(std::min(start, line.size())).trimmed().toString());
            return true;
        }
        // Wide characters shift the bars: fall back to splitting on " | " when the count fits.
        const QList<QStringView> parts = line.split(u" | ");
        if (parts.size() != bars.size() + 1) {
            return false;
        }
        for (QStringView p : parts) {
            out.append(p.trimmed().toString());
        }
        return true;
    };
    if (!cells(lines[separator - 1], result.columns)) {
        return cqlError(int(separator), CoreTr::tr("the header does not line up with the ----+---- line"));
    }
    for (qsizetype i = separator + 1; i < lines.size(); ++i) {
        const QStringView t = lines[i].trimmed();
        if (t.isEmpty()) {
            continue;
        }
        if (const QRegularExpressionMatch m = footer.matchView(t); m.hasMatch()) {
            result.reportedRows = m.captured(1).toInt();
            for (++i; i < lines.size(); ++i) {
                if (lines[i].trimmed() == u"Warnings :") {
                    for (++i; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i) {
                        result.warnings.append(lines[i].trimmed().toString());
                    }
                }
            }
            break;
        }
        QStringList row;
        if (!cells(lines[i], row)) {
            return cqlError(int(i + 1), CoreTr::tr("expected %1 cells separated by '|'").arg(result.columns.size()));
        }
        result.rows.append(row);
    }
    if (result.reportedRows >= 0 && result.reportedRows != result.rows.size()) {
        return cqlError(
            0, CoreTr::tr("cqlsh reported %1 rows but %2 were read").arg(result.reportedRows).arg(result.rows.size()));
    }
    return result;
}

ParseResult<QList<QPair<QString, ReplicationSettings>>> parseKeyspaceReplications(const CqlResultSet &result)
{
    const int name = result.columnIndex(QStringLiteral("keyspace_name"));
    const int replication = result.columnIndex(QStringLiteral("replication"));
    if (name < 0 || replication < 0) {
        return cqlError(0, CoreTr::tr("the result has no keyspace_name and replication columns"));
    }
    QList<QPair<QString, ReplicationSettings>> list;
    for (qsizetype r = 0; r < result.rows.size(); ++r) {
        ParseResult<ReplicationSettings> settings = ReplicationSettings::fromCqlMap(result.rows[r].value(replication));
        if (!settings.isOk()) {
            return cqlError(int(r + 1), CoreTr::tr("row %1: %2").arg(r + 1).arg(settings.error().message));
        }
        list.append({result.rows[r].value(name), settings.value()});
    }
    return list;
}

} // namespace Ringside::Cassandra
