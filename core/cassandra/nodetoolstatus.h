#pragma once

// `nodetool status` and `nodetool ring`, parsed into typed values (Cassandra 3.11, 4.0, 4.1, 5.0, DSE 6.8, HCD).

#include "cassandra/nodetoolcommon.h"

#include <QJsonObject>

namespace Ringside::Cassandra {

/*! The first letter of a `nodetool status` row. \since 0.1 */
enum class NodeStatus { Up, Down, Unknown };
/*! The second letter of a `nodetool status` row. \since 0.1 */
enum class NodeState { Normal, Leaving, Joining, Moving, Unknown };

/*! "Up", "Down", "?" \since 0.1 */
QString nodeStatusName(NodeStatus status);
/*! "Normal", "Leaving", "Joining", "Moving", "?" \since 0.1 */
QString nodeStateName(NodeState state);

/*! One node row of `nodetool status`. \since 0.1 */
struct StatusNode
{
    NodeStatus status = NodeStatus::Unknown;
    NodeState state = NodeState::Unknown;
    QString address;            //!< IP, IP:port (with -pp) or host name (with -r)
    DataSize load;              //!< "?" while the node has not reported its load
    int tokens = -1;            //!< number of tokens (vnodes layout), 1 in the single-token layout
    QString token;              //!< the token, in the single-token layout only
    std::optional<double> owns; //!< percent; nullopt where nodetool printed "?"
    QString hostId;             //!< empty when nodetool printed "null" or "?"
    QString rack;

    /*! "UN", "DN", "UJ", ... as nodetool prints it. \since 0.1 */
    QString code() const;
    QJsonObject toJson() const;
};

/*! One "Datacenter:" section. \since 0.1 */
struct StatusDatacenter
{
    QString name;
    QList<StatusNode> nodes;

    QJsonObject toJson() const;
};

/*! The whole `nodetool status` report. \since 0.1 */
struct StatusReport
{
    QList<StatusDatacenter> datacenters;
    bool effectiveOwnership = false; //!< header "Owns (effective)": a keyspace was given or all agree
    bool tokenPerNode = false;       //!< the single-token layout (a "Token" column instead of "Tokens")
    QStringList notes;               //!< "Note: ..." lines, without the prefix

    /*! All nodes of all datacenters. \since 0.1 */
    int nodeCount() const;
    /*! Nodes whose status is Up and state Normal. \since 0.1 */
    int upNormalCount() const;
    /*! The node with \a address, or nullptr. \since 0.1 */
    const StatusNode *findNode(const QString &address) const;
    QJsonObject toJson() const;
};

/*! Parses `nodetool status [keyspace]`. \since 0.1 */
ParseResult<StatusReport> parseStatus(QStringView text);

/*! One row of `nodetool ring`: a token and the node that owns it. \since 0.1 */
struct RingEntry
{
    QString address;
    QString rack;
    NodeStatus status = NodeStatus::Unknown;
    NodeState state = NodeState::Unknown;
    DataSize load;
    std::optional<double> owns;
    QString token;

    QJsonObject toJson() const;
};

/*! One datacenter of `nodetool ring`. \since 0.1 */
struct RingDatacenter
{
    QString name;
    QString wrapToken; //!< the token on the line under the header (the ring's last token, for wrap-around)
    QList<RingEntry> entries;

    QJsonObject toJson() const;
};

/*! The whole `nodetool ring` report. \since 0.1 */
struct RingReport
{
    QList<RingDatacenter> datacenters;
    QStringList notes;

    QJsonObject toJson() const;
};

/*! Parses `nodetool ring [keyspace]`. \since 0.1 */
ParseResult<RingReport> parseRing(QStringView text);

} // namespace Ringside::Cassandra

Q_DECLARE_METATYPE(Ringside::Cassandra::StatusReport)
Q_DECLARE_METATYPE(Ringside::Cassandra::RingReport)
