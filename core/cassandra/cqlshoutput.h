#pragma once

// What `cqlsh -e` prints for the statements Ringside runs: DESCRIBE KEYSPACES, DESCRIBE KEYSPACE x, and SELECTs
// (the "name | name" / "-----+-----" table with "(N rows)").

#include "cassandra/replication.h"

#include <QVariantMap>

namespace Ringside::Cassandra {

/*! One column of a CREATE TABLE. \since 0.1 */
struct CqlColumn
{
    enum class Kind { Regular, PartitionKey, Clustering, Static };

    QString name;
    QString type; //!< as written, e.g. "frozen<list<text>>"
    Kind kind = Kind::Regular;

    QJsonObject toJson() const;
};

/*! A CREATE TABLE (or CREATE MATERIALIZED VIEW) statement of DESCRIBE output. Option values are QVariant: strings,
    qlonglong, double, bool, or QVariantMap for maps such as compaction; "clustering_order" is a QStringList of
    "column ASC|DESC" in key order, "compact_storage" a bool. \since 0.1 */
struct CqlTableDefinition
{
    QString keyspace;
    QString name;
    bool isView = false;
    QString baseTable; //!< for views: the table they select from
    QList<CqlColumn> columns;
    QStringList partitionKey;
    QStringList clusteringColumns;
    QVariantMap options;

    /*! gc_grace_seconds, or -1 when not stated. \since 0.1 */
    qint64 gcGraceSeconds() const;
    /*! default_time_to_live, or -1 when not stated. \since 0.1 */
    qint64 defaultTimeToLive() const;
    /*! The compaction strategy class without its package ("SizeTieredCompactionStrategy"), or empty. \since 0.1 */
    QString compactionStrategy() const;
    QJsonObject toJson() const;
};

/*! A keyspace as DESCRIBE KEYSPACE prints it. \since 0.1 */
struct CqlKeyspaceDefinition
{
    QString name;
    ReplicationSettings replication;
    bool durableWrites = true;
    QVariantMap options; //!< other keyspace options (e.g. DSE graph_engine)
    QList<CqlTableDefinition> tables;
    QList<CqlTableDefinition> views;
    QStringList types;
    QStringList indexes;
    QStringList functions;
    QStringList aggregates;

    /*! The table \a name, or nullptr. \since 0.1 */
    const CqlTableDefinition *table(const QString &name) const;
    QJsonObject toJson() const;
};

/*! The keyspace names of `DESCRIBE KEYSPACES` (quoted names unquoted), in the order printed. \since 0.1 */
ParseResult<QStringList> parseDescribeKeyspaces(QStringView text);

/*! Reads every CREATE KEYSPACE/TABLE/TYPE/INDEX/MATERIALIZED VIEW/FUNCTION/AGGREGATE statement of
    `DESCRIBE KEYSPACE x` (the first CREATE KEYSPACE names the keyspace). \since 0.1 */
ParseResult<CqlKeyspaceDefinition> parseDescribeKeyspace(QStringView text);

/*! A result table printed by cqlsh. Cells are trimmed text as printed ("null" for null, collections in CQL
    literal form). \since 0.1 */
struct CqlResultSet
{
    QStringList columns;
    QList<QStringList> rows;
    int reportedRows = -1; //!< the "(N rows)" footer, -1 when absent
    QStringList warnings;  //!< "Warnings :" lines

    /*! The index of \a column, or -1. \since 0.1 */
    int columnIndex(const QString &column) const;
    /*! The cell of \a row in \a column, or an empty string. \since 0.1 */
    QString value(qsizetype row, const QString &column) const;
    QJsonObject toJson() const;
};

/*! Parses the first result table in cqlsh output; a footer that disagrees with the rows read is an error.
    \since 0.1 */
ParseResult<CqlResultSet> parseCqlTable(QStringView text);

/*! The keyspace replications from `SELECT keyspace_name, replication FROM system_schema.keyspaces`. \since 0.1 */
ParseResult<QList<QPair<QString, ReplicationSettings>>> parseKeyspaceReplications(const CqlResultSet &result);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::CqlKeyspaceDefinition)
Q_DECLARE_METATYPE(Ringside::Cassandra::CqlResultSet)
