#pragma once

#include "nodesim/nodemodel.h"

#include <QDateTime>

namespace Ringside::Sandbox {
class ContainerLog;
}

namespace Ringside::Sandbox::NodeSim {

/*! Writes what a Cassandra pod logs, in logback's `%-5level [%thread] %date{ISO8601} %F:%L - %msg` pattern: the
    `cassandra` container (management API and server start) and the `server-system-logger` container (system.log).
    Every line carries the wall-clock time it is written at (plus a few milliseconds between the lines of one
    burst). \since 0.1 */
class NodeLogWriter
{
public:
    NodeLogWriter(ContainerLog *cassandra, ContainerLog *systemLog);

    /*! The container started: management API, then Cassandra's startup up to gossip. */
    void starting(const SimCluster &cluster, const SimNode &node);
    /*! The node joined (or rejoined) the ring and serves CQL. */
    void started(const SimCluster &cluster, const SimNode &node, const QList<const SimNode *> &peers);
    void peerUp(const SimNode &peer, bool firstTime);
    void peerDown(const SimNode &peer);
    /*! A drain before a restart or a rolling change. */
    void drained(const SimNode &node);
    /*! The periodic life of a running node: compactions, flushes, GC pauses, repair sessions, streaming. \a tick
        counts calls; the choice of what happens is deterministic given the host ID and the tick. */
    void activity(const SimCluster &cluster, const SimNode &node, quint64 tick, bool slow, bool repair, bool storm);
    /*! The data volume is full: the commit log cannot be written (with the stack trace Cassandra logs). */
    void diskFull(const SimNode &node);
    /*! The process was killed: the JVM's last words are not written, but the management API notices. */
    void killed(const SimNode &node);

    /*! One line in the logback pattern. */
    static QByteArray line(const char *level, const QString &thread, const QDateTime &time, const char *file, int lineNo,
                           const QString &message);

private:
    void sys(const char *level, const QString &thread, const char *file, int lineNo, const QString &message,
             const QByteArray &details = {});
    void mgmt(const QByteArray &text);
    QDateTime tick();

    ContainerLog *m_cassandra;
    ContainerLog *m_system;
    QDateTime m_time;
};

} // namespace Ringside::Sandbox::NodeSim
