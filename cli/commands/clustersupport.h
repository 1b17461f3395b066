#pragma once

// Shared by the cluster commands: what is installed, the topology of the context, and running an Operation
// (read-only guard, SelfSubjectAccessReview, dry-run, send, history, --wait with per-node progress).

#include "command.h"
#include "kubesession.h"

#include "cassandra/domain/detection.h"
#include "cassandra/domain/topology.h"
#include "cassandra/ops/operation.h"
#include "cassandra/ops/progress.h"

#include <QEventLoop>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace Ringside::Cli {

/*! A cluster command's connection: session, installation, and helpers. */
class ClusterSession
{
public:
    explicit ClusterSession(Invocation &inv);

    /*! Opens the session and detects what is installed; prints the error and returns false on failure. */
    bool open();
    KubeSession &kube() { return m_session; }
    const Cassandra::Domain::Installation &installation() const { return m_installation; }
    QString context() const { return m_context; }

    /*! Reads the objects of the namespace (every namespace with -A, or \a allNamespaces) and builds the topology. */
    std::optional<Cassandra::Domain::ClusterTopology> topology(bool allNamespaces = false);
    /*! The cluster NAME in the namespace; prints "cluster NAME not found" when missing. */
    std::optional<Cassandra::Domain::Cluster> cluster(const QString &name);
    /*! open(), then cluster(\a name): what most cluster commands start with; prints what failed. */
    std::optional<Cassandra::Domain::Cluster> openCluster(const QString &name)
    {
        return open() ? cluster(name) : std::nullopt;
    }
    /*! The objects of \a kind (a plural resource name) listed in the namespace (or all), or an error. */
    std::optional<QList<QJsonObject>> list(const QString &resource, bool allNamespaces, const QString &labelSelector = {});

    /*! Runs \a op: prints the summary, warnings and (with --diff or --dry-run) the diff; refuses invalid, read-only
        or forbidden writes; asks for confirmation when destructive; sends with a server dry-run first; records the
        history; follows \a progress while --wait. Returns the exit code. */
    int execute(const Cassandra::Ops::Operation &op, bool dryRun, bool showDiff,
                const std::function<Cassandra::Ops::Progress()> &progress = {});

    /*! Waits about \a ms while the event loop keeps running. */
    static void pause(int ms);
    /*! Prints progress lines that changed since the last call. */
    void printProgress(const Cassandra::Ops::Progress &p);
    /*! The --timeout in ms (default \a fallback). */
    qint64 timeoutMs(qint64 fallback) const;

private:
    int refuse(const Cassandra::Ops::Operation &op, const QString &message, int code);
    /*! Why \a op must not be sent because it changes a CassandraDatacenter that a K8ssandraCluster of another context
        manages, or an empty string. */
    QString managedElsewhere(const Cassandra::Ops::Operation &op);
    void record(const Cassandra::Ops::Operation &op, const QString &result, const QString &message);
    bool checkAccess(const Cassandra::Ops::Operation &op, QString *refusal);
    bool send(const Cassandra::Ops::ObjectChange &change, const QString &fieldManager, bool dryRun, QString *error);

    Invocation &m_inv;
    KubeSession m_session;
    Cassandra::Domain::Installation m_installation;
    QString m_context;
    QHash<QString, QString> m_printed;
};

/*! The read-only contexts: RINGSIDE_READ_ONLY_CONTEXTS plus the list the desktop app keeps in its settings
    ($XDG_CONFIG_HOME/Ringside/ringside.ini, else ~/.config/Ringside/ringside.ini, from the invocation's environment). */
QSet<QString> readOnlyContexts(const Invocation &inv);

/*! Runs one asynchronous core call to its end: \a start(context, ok, err) begins it; the value or the error lands in
    \a value or \a error. The CLI's way to wait (a local event loop; never in the GUI). */
template<typename T, typename E, typename Start>
bool await(Start start, T *value, E *error)
{
    QEventLoop loop;
    QObject context;
    bool done = false;
    bool ok = false;
    start(&context,
          [&](const T &v) {
              *value = v;
              ok = done = true;
              loop.quit();
          },
          [&](const E &e) {
              *error = e;
              done = true;
              loop.quit();
          });
    if (!done) {
        loop.exec();
    }
    return ok;
}

/*! Asks "question [y/N]" on the terminal; false when not answered yes. */
bool confirmOnTerminal(Invocation &inv, const QString &question);

} // namespace Ringside::Cli
