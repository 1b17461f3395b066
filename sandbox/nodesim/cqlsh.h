#pragma once

#include "nodesim/nodetool.h"

#include <optional>

namespace Ringside::Sandbox::NodeSim {

/*! cqlsh -e, as cqlsh 4.x prints it: DESCRIBE KEYSPACES, DESCRIBE KEYSPACE x, SELECT from system_schema.keyspaces
    and system_schema.tables, and ALTER KEYSPACE ... WITH replication (which changes \a schema). \since 0.1 */
namespace Cqlsh {

/*! The superuser's credentials when the cluster has a superuser secret; cqlsh must then log in with them. */
struct Credentials
{
    QString username;
    QString password;
};

/*! Runs `cqlsh [options] -e STATEMENTS` against \a cluster (\a schema is the one to change). \a changed is set when
    an ALTER changed it. */
CommandOutput run(const QStringList &arguments, const SimCluster &cluster, SimSchema *schema,
                  const std::optional<Credentials> &credentials, bool *changed);
/*! What cqlsh prints when nothing answers on 9042 (exit code 1). */
CommandOutput connectionRefused();

QString describeKeyspaces(const SimSchema &schema);
QString describeKeyspace(const SimKeyspace &keyspace);
/*! Python's cmd.columnize(names, 80), which cqlsh uses for name lists. */
QString columnize(const QStringList &names, int width = 80);
/*! A cqlsh result table: header, separator, right-aligned values, "(N rows)". */
QString resultTable(const QStringList &columns, const QList<QStringList> &rows);
} // namespace Cqlsh

} // namespace Ringside::Sandbox::NodeSim
