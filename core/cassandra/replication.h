#pragma once

// A keyspace's replication settings, as CQL writes them ({'class': 'NetworkTopologyStrategy', 'dc1': '3'}) and as
// `nodetool describecluster` prints them (NetworkTopologyStrategy {dc1=3}), and the ALTER KEYSPACE builder.

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>
#include <QMap>

namespace Ringside::Cassandra {

/*! The replication map of a keyspace. \since 0.1 */
struct ReplicationSettings
{
    QString strategyClass;          //!< as written: "NetworkTopologyStrategy" or the full Java class name
    QMap<QString, QString> options; //!< every entry but 'class' (DC names to factors, or replication_factor)

    /*! The class without its package: "NetworkTopologyStrategy". \since 0.1 */
    QString shortClassName() const;
    /*! NetworkTopologyStrategy (the one for multi-DC clusters). \since 0.1 */
    bool isNetworkTopology() const;
    /*! SimpleStrategy. \since 0.1 */
    bool isSimple() const;
    /*! LocalStrategy or EverywhereStrategy (system keyspaces that are not replicated by a factor). \since 0.1 */
    bool isLocalOrEverywhere() const;
    /*! The datacenters a NetworkTopologyStrategy keyspace replicates to (factor > 0), sorted. \since 0.1 */
    QStringList datacenters() const;
    /*! The number of full replicas in \a datacenter (NetworkTopologyStrategy; "3/1" transient counts 3), or the
        replication_factor of SimpleStrategy whatever the DC. 0 when the keyspace does not replicate there.
        \since 0.1 */
    int replicationFactor(const QString &datacenter = QString()) const;
    /*! {'class': 'NetworkTopologyStrategy', 'dc1': '3'} with proper quoting. \since 0.1 */
    QString toCql() const;
    QJsonObject toJson() const;

    /*! Reads a CQL map literal, e.g. the replication column of system_schema.keyspaces. \since 0.1 */
    static ParseResult<ReplicationSettings> fromCqlMap(QStringView text);
    /*! Reads what describecluster prints after "Replication class:", e.g. "NetworkTopologyStrategy {dc1=3, dc2=3}".
        \since 0.1 */
    static ParseResult<ReplicationSettings> fromReplicationInfo(QStringView text);
    /*! Builds from a parsed CQL map (QVariantMap from CqlTokenStream::readLiteral). \since 0.1 */
    static ParseResult<ReplicationSettings> fromVariantMap(const QVariantMap &map, int line = 0);
};

bool operator==(const ReplicationSettings &a, const ReplicationSettings &b);

/*! True when \a name can be written without quotes in CQL: lower case letters, digits and '_', starting with a
    letter, and not a reserved keyword. \since 0.1 */
bool isUnquotedCqlIdentifier(const QString &name);
/*! \a name as a CQL identifier: unchanged when it needs no quotes, else "double-quoted" with " doubled. \since 0.1 */
QString quoteCqlIdentifier(const QString &name);
/*! \a text as a CQL string literal: 'single-quoted' with ' doubled. \since 0.1 */
QString quoteCqlString(const QString &text);
/*! Why \a name cannot be a keyspace or table name (Cassandra allows 1 to 48 letters, digits and '_'), or an empty
    string when it can. Translated. \since 0.1 */
QString validateSchemaName(const QString &name);
/*! Why \a settings cannot be written (no class, a factor that is not a number, SimpleStrategy without
    replication_factor, a DC name that is empty), or an empty string. Translated. \since 0.1 */
QString validateReplication(const ReplicationSettings &settings);

/*! `ALTER KEYSPACE <ks> WITH replication = {...}` (plus `AND durable_writes = ...` when given), validated and
    quoted; an error (line 0) when the keyspace name or the settings are invalid. \since 0.1 */
ParseResult<QString> buildAlterKeyspaceReplication(const QString &keyspace, const ReplicationSettings &settings,
                                                   std::optional<bool> durableWrites = std::nullopt);

/*! \a current with \a datacenter added at \a factor replicas (or changed to it); a factor of 0 removes the DC.
    Fails unless \a current is NetworkTopologyStrategy. The typical "add a DC, then extend the keyspaces" step.
    \since 0.1 */
ParseResult<ReplicationSettings> withDatacenterFactor(const ReplicationSettings &current, const QString &datacenter,
                                                      int factor);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::ReplicationSettings)
